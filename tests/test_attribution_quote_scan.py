"""Unmatched single quotation marks: each is still read as an apostrophe, and a
later quote still closes."""

from rashomon.attribution.quotes import MAX_QUOTE_CHARS, find_quotes


def test_unmatched_single_marks_find_no_quote_and_a_later_one_closes():
    text = "\u2018a " * (MAX_QUOTE_CHARS // 2) + "\n\nShe said \u2018we stay\u2019 and left."
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["\u2018we stay\u2019"]


def test_a_single_quote_after_a_long_unclosed_stretch_still_closes_within_reach():
    # the first marks find no closing mark within MAX_QUOTE_CHARS; the last one does
    text = "\u2018a " * MAX_QUOTE_CHARS + "b\u2019 end"
    quotes = find_quotes(text)
    assert quotes and quotes[0].end == text.index("\u2019") + 1
    assert all(q.end - q.start <= MAX_QUOTE_CHARS + 1 for q in quotes)
