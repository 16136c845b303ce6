"""Direct speech: quotes in any marks, speaker before, after or inside, quotes
over several paragraphs, verbless quotes, speaker-colon lines."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from rashomon.model import Attribution

pytestmark = pytest.mark.slow


def run(nlp: Language, text: str) -> list[Attribution]:
    return extract(nlp(text))


def content(text: str, item: Attribution) -> str:
    return text[item.content_span[0] : item.content_span[1]]


def speaker(text: str, item: Attribution) -> str | None:
    return text[item.speaker_span[0] : item.speaker_span[1]] if item.speaker_span else None


@pytest.mark.parametrize(
    "opening, closing",
    [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“"), ("``", "''"), ("''", "''")],
)
def test_direct_every_quotation_mark(nlp: Language, opening: str, closing: str) -> None:
    quote = f"{opening}The ferry will not sail before the inspection,{closing}"
    text = f"{quote} said Harbour Master Ilse Varnholt."
    [item] = run(nlp, text)
    assert content(text, item) == quote
    assert speaker(text, item) == "Harbour Master Ilse Varnholt"
    assert item.kind == "direct" and item.cue == "said"


def test_direct_speaker_before_quote(nlp: Language) -> None:
    text = "Mayor Ilse Varnholt said: “The bridge will reopen in May.”"
    [item] = run(nlp, text)
    assert content(text, item) == "“The bridge will reopen in May.”"
    assert speaker(text, item) == "Mayor Ilse Varnholt"
    assert item.kind == "direct"


def test_direct_speaker_inside_split_quote(nlp: Language) -> None:
    text = "“The bridge is safe,” Mayor Ilse Varnholt said, “and the ferry will run on Sundays.”"
    [item] = run(nlp, text)
    assert [text[a:b] for a, b in item.content_parts] == [
        "“The bridge is safe,”",
        "“and the ferry will run on Sundays.”",
    ]
    assert item.content_span == (item.content_parts[0][0], item.content_parts[-1][1])
    assert speaker(text, item) == "Mayor Ilse Varnholt"
    assert item.cue_span is not None and text[slice(*item.cue_span)] == "said"


def test_direct_quote_continues_after_the_cue_sentence(nlp: Language) -> None:
    text = "“The ferry is old,” Councillor Bram Oster said. “It has to be replaced this year.”"
    [item] = run(nlp, text)
    assert [text[a:b] for a, b in item.content_parts] == [
        "“The ferry is old,”",
        "“It has to be replaced this year.”",
    ]


def test_direct_continued_quote_whose_opening_mark_the_parser_misplaces(nlp: Language) -> None:
    """The parser ends the cue's sentence after the next quote's opening
    mark; the quote still goes on with the same statement, and a cue in the
    next paragraph does not take it."""
    text = (
        "The port was closed.\n\n"
        "''The bottom line is that the council is not doing enough,'' Ms. Varga said. "
        "''With the money it has, it could reopen the ferry tomorrow, but it has done nothing.''\n\n"
        "The council said it was reviewing the matter."
    )
    first, second = run(nlp, text)
    assert speaker(text, first) == "Ms. Varga"
    assert [text[a:b] for a, b in first.content_parts] == [
        "''The bottom line is that the council is not doing enough,''",
        "''With the money it has, it could reopen the ferry tomorrow, but it has done nothing.''",
    ]
    assert content(text, second) == "it was reviewing the matter"


def test_direct_quote_over_several_paragraphs(nlp: Language) -> None:
    text = (
        "Councillor Bram Oster said:\n\n"
        "“We looked at every option for the crossing.\n\n"
        "“The ferry will stop running in June.”\n\n"
        "The council meets again next week."
    )
    [item] = run(nlp, text)
    assert content(text, item) == (
        "“We looked at every option for the crossing.\n\n“The ferry will stop running in June.”"
    )
    assert speaker(text, item) == "Councillor Bram Oster"


def test_direct_verbless_quote_goes_to_last_named_speaker(nlp: Language) -> None:
    text = (
        "Councillor Bram Oster spoke at the town hall on Monday.\n\n"
        "“The ferry is older than the bridge. It has to go.”"
    )
    [item] = run(nlp, text)
    assert content(text, item) == "“The ferry is older than the bridge. It has to go.”"
    assert speaker(text, item) == "Bram Oster"
    assert item.cue_span is None and item.kind == "direct"


def test_direct_verbless_quote_after_an_attribution(nlp: Language) -> None:
    text = (
        "Councillor Bram Oster said the ferry would stop in June.\n\n"
        "“We cannot pay for a new hull. Nobody can.”"
    )
    first, second = run(nlp, text)
    assert content(text, first) == "the ferry would stop in June"
    assert content(text, second) == "“We cannot pay for a new hull. Nobody can.”"
    assert second.speaker_span == first.speaker_span


def test_direct_no_statements_inside_a_quote(nlp: Language) -> None:
    text = "“I think the ferry is safe, and I know the crew,” Councillor Bram Oster said."
    [item] = run(nlp, text)
    assert item.cue == "said"


def test_direct_scare_quotes_are_not_statements(nlp: Language) -> None:
    text = "The so-called “peace train” left Orvala at dawn."
    assert run(nlp, text) == []


@pytest.mark.parametrize(
    "text, who, said",
    [
        (
            "Minister Tomas Brevik: Talks With Orvala Have Failed.\n\nThe minister spoke in Velden.",
            "Minister Tomas Brevik",
            "Talks With Orvala Have Failed",  # a headline's full stop is left out
        ),
        (
            "The hearing resumed at noon.\n\nVARNHOLT: We will not close the harbour this winter.\n\nIt ended at one.",
            "VARNHOLT",
            "We will not close the harbour this winter",  # its full stop too
        ),
    ],
)
def test_direct_speaker_colon_lines(nlp: Language, text: str, who: str, said: str) -> None:
    [item] = run(nlp, text)
    assert speaker(text, item) == who
    assert content(text, item) == said


def test_direct_label_colon_is_not_a_speaker(nlp: Language) -> None:
    assert run(nlp, "Update: The harbour stayed open all night.\n\nShips left at dawn.") == []


def test_direct_cue_after_a_quote_of_several_sentences(nlp: Language) -> None:
    text = "“Why publish a summary and not the licences? Why now?” Councillor Bram Oster asked."
    [item] = run(nlp, text)
    assert content(text, item) == "“Why publish a summary and not the licences? Why now?”"
    assert (item.cue, item.cue_class, speaker(text, item)) == ("asked", "question", "Councillor Bram Oster")


def test_direct_quote_signed_with_a_dash(nlp: Language) -> None:
    text = "Readers wrote in.\n“The ferry was the only way to reach the mainland.” ― Ilse Varnholt\n“Bring it back.” ― Bram Oster"
    first, second = run(nlp, text)
    assert (content(text, first), speaker(text, first)) == (
        "“The ferry was the only way to reach the mainland.”",
        "Ilse Varnholt",
    )
    assert speaker(text, second) == "Bram Oster" and first.cue == "―"


def test_direct_short_quote_beside_its_cue(nlp: Language) -> None:
    text = '"Out, now!" the captain shouted.'
    [item] = extract(nlp(text))
    assert (item.cue, text[item.content_span[0] : item.content_span[1]]) == ("shouted", '"Out, now!"')


def test_direct_quote_going_on_in_the_next_paragraph_is_one_statement(nlp: Language) -> None:
    text = (
        'Ilse Varga spoke at the harbour on Monday. "We will rebuild the pier before the winter," she said.\n\n'
        '"The ferries will run again, and every family will get its boat back."'
    )
    [item] = extract(nlp(text))
    assert [text[a:b] for a, b in item.content_parts] == [
        '"We will rebuild the pier before the winter,"',
        '"The ferries will run again, and every family will get its boat back."',
    ]


@pytest.mark.parametrize(
    "text, who",
    [
        ('Turnout surprised the pollster Ana Ruiz: "Nobody expected this many voters in the rain."', "Ana Ruiz"),
        ('The board was blunt. From the report: "The pier cannot be saved in its present form."', "the report"),
    ],
)
def test_direct_name_before_a_colon(nlp: Language, text: str, who: str) -> None:
    [item] = extract(nlp(text))
    assert text[item.speaker_span[0] : item.speaker_span[1]] == who
    assert text[item.content_span[0] : item.content_span[1]].startswith('"')


def test_direct_quote_goes_on_past_a_topic_aside(nlp: Language) -> None:
    # "referring to ..." names what the speaker meant; the next quote is still
    # the same statement, and the aside stays a statement of its own
    first = "“The old bridge will hold through the winter,”"
    second = "“We built it to last.”"
    text = f"{first} Mayor Ada Vell said, referring to the river crossing at Tarvik. {second}"
    items = run(nlp, text)
    quoted = [item for item in items if item.cue == "said"]
    assert [content(text, item) for item in quoted] == [text[: text.index(second) + len(second)]]
    assert [text[a:b] for a, b in quoted[0].content_parts] == [first, second]
    assert any(content(text, item) == "the river crossing at Tarvik" for item in items)
