"""Hard-wrapped text: newlines that only wrap a line are read as spaces,
real breaks are kept, and the stored text and its offsets stay as given."""

from __future__ import annotations

import textwrap
from pathlib import Path

from rashomon.api import Case
from rashomon.attribution import extract
from rashomon.linewraps import unwrap, wrap_breaks
from rashomon.nlp import load_pipeline

PARAGRAPHS = [
    "Harbour board suspends the night ferry",
    "By Oren Talvik",
    "Speaking at the quay on Monday, the harbour board's chair, Ilse Varrow, said that the night crossing "
    "to Dunmore Quay would stay closed until the inspectors of the maritime agency "
    "had finished their survey of the older of the two hulls.",
    '"We will not reopen the crossing before the inspectors report, and nobody on '
    'the board has suggested otherwise," Varrow told reporters at the quay. She '
    "added that the day service would run as usual.",
    "The ferry operators' union denied that any of its members had raised concerns "
    "about the hull before the crossing was suspended, and accused the board of "
    "delaying the inspection for months.",
]


def wrapped(width: int = 60) -> str:
    """The article hard-wrapped at ``width``; headline and byline on lines of their own."""
    head, byline, *body = PARAGRAPHS
    return f"{head}\n{byline}\n\n" + "\n\n".join(textwrap.fill(p, width) for p in body)


def plain() -> str:
    """The same article with one paragraph a line (what `wrapped` unwraps to)."""
    head, byline, *body = PARAGRAPHS
    return f"{head}\n{byline}\n\n" + "\n\n".join(body)


def test_wrapping_newlines_become_spaces_and_nothing_else_changes():
    text = wrapped()
    assert text != plain() and len(text) == len(plain())  # textwrap only turned spaces into newlines
    assert unwrap(text) == plain()


def test_headline_byline_and_paragraph_breaks_are_kept():
    text = unwrap(wrapped())
    assert text.startswith("Harbour board suspends the night ferry\nBy Oren Talvik\n\nSpeaking at")
    assert text.count("\n\n") == 3


def test_a_short_line_ends_its_paragraph_where_paragraphs_are_single_newlines():
    body = [textwrap.fill(p, 64) for p in PARAGRAPHS[2:]]
    text = "\n".join(body)
    # each paragraph's last line is short, so its newline stays a break
    assert unwrap(text).count("\n") == 2


def test_list_items_and_indented_lines_keep_their_breaks():
    filler = textwrap.fill(PARAGRAPHS[2], 60)
    text = filler + "\n- the night crossing, closed since Monday\n" + filler + "\n    The survey begins on Friday."
    kept = {i for i, c in enumerate(unwrap(text)) if c == "\n"}
    assert text.index("\n- the") in kept
    assert text.index("\n    The survey") in kept


def test_text_with_a_paragraph_a_line_is_not_wrapped():
    assert wrap_breaks(plain()) == []
    assert wrap_breaks("\n".join(PARAGRAPHS)) == []


def test_a_short_list_of_similar_lines_is_not_wrapped():
    names = "Ilse Varrow, chair\nOren Talvik, reporter\nMira Osk, inspector\nTeo Brand, pilot\nAda Lunn, clerk"
    assert wrap_breaks(names) == []


def test_a_carriage_return_before_a_wrap_is_read_as_space_too():
    text = wrapped().replace("\n", "\r\n")
    read = unwrap(text)
    assert len(read) == len(text)
    assert read.replace("  ", " ").count("\r\n") == text.count("\r\n") - len(wrap_breaks(text))
    assert "chair, Ilse" in read.replace("  ", " ") or "chair,  Ilse" in read


def test_the_parse_reads_across_wraps_and_keeps_the_offsets():
    text = wrapped(42)
    doc = load_pipeline()(text)
    assert len(doc.text) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, doc.text))
    # the wraps no longer open sentences: as many as in the unwrapped article
    assert len(list(doc.sents)) == len(list(load_pipeline()(plain()).sents))


def spans(text: str) -> set[tuple[str | None, str, str]]:
    """(speaker, cue, content) of each statement, read with wraps as spaces."""
    read = unwrap(text)
    return {
        (read[slice(*a.speaker_span)] if a.speaker_span else None, a.cue, read[slice(*a.content_span)])
        for a in extract(load_pipeline()(text))
    }


def test_statements_on_wrapped_text_match_the_unwrapped_ones():
    for width in (40, 60, 72):
        assert spans(wrapped(width)) == spans(plain()), width
    found = spans(wrapped(40))
    assert ("the harbour board's chair, Ilse Varrow", "said", "that the night crossing to Dunmore Quay would stay "
            "closed until the inspectors of the maritime agency had finished their survey of the older of the two "
            "hulls") in found
    assert any(speaker == "Varrow" and content.startswith('"We will not reopen') for speaker, _, content in found)


def test_a_wrapped_article_is_stored_exactly_and_its_spans_index_it(tmp_path: Path):
    source = tmp_path / "ferry.txt"
    text = wrapped(64)  # "Ilse\nVarrow"
    source.write_text(text, encoding="utf-8")
    with Case(tmp_path / "case.db") as case:
        assert case.ingest([str(source)]).ok
        data = case.export(with_text=True)
    (document,) = data["documents"]
    assert document["text"] == text
    assert data["statements"]
    for st in data["statements"]:
        assert text[slice(*st["content_span"])] == st["content"]
        if st["speaker_span"]:
            assert text[slice(*st["speaker_span"])] == st["speaker_text"]
    assert any(st["speaker_text"].endswith("Ilse\nVarrow") and st["cue"] == "said" for st in data["statements"])
    for expression in data["time_expressions"]:
        assert text[slice(*expression["span"])] == expression["text"]
