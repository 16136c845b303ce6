"""Statement dates in American wire style: whole days counted in hours, a present-tense statement
after a relative clause with its own date, and a document taken up as "The notice".

Every sentence and name here is fictional. Published on Wednesday 2026-03-11 unless a test says so.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.model import Attribution, PartialDate
from rashomon.temporal import date_statements, tag

PUBLISHED = PartialDate("2026-03-11", basis="metadata")


def statement(text: str, cue: str, content: str, speaker: str, after: str = "") -> Attribution:
    """An attribution located in ``text``, its cue and speaker searched after ``after``."""
    offset = text.index(after) + len(after) if after else 0
    cue_at, content_at, speaker_at = text.index(cue, offset), text.index(content), text.index(speaker, offset)
    return Attribution(content_span=(content_at, content_at + len(content)), cue=cue, cue_class="assert",
                       kind="indirect", cue_span=(cue_at, cue_at + len(cue)),
                       speaker_span=(speaker_at, speaker_at + len(speaker)), speaker_text=speaker,
                       source_kind="named")


def said_on(text: str, attributions: list[Attribution], doc: Doc | None = None) -> list[tuple[str, str] | None]:
    dates = date_statements(text, attributions, tag(text, PUBLISHED.value, doc), PUBLISHED, doc)
    return [(d.value, d.basis) if d is not None else None for d in dates]


def test_hours_in_whole_days_later_count_days() -> None:
    found = {x.text: x.value for x in tag("The Orlin dam cracked on Monday. Some 48 hours later it burst.",
                                          PUBLISHED.value)}
    assert found["Some 48 hours later"] == "2026-03-11"


def test_statement_dated_by_hours_in_whole_days(nlp: Language) -> None:
    text = ("Anglers first saw the foam late on Sunday. Some 72 hours later, the Pelm water board said "
            "the foam was harmless.")
    a = statement(text, "said", "the foam was harmless", "the Pelm water board")
    assert said_on(text, [a], nlp(text)) == [("2026-03-11", "relative")]


def test_present_tense_statement_ignores_its_speakers_relative_clause(nlp: Language) -> None:
    text = "The Tessary Growers' Union, which sued the mill in Dunmarrow on Friday, says the weir was opened too early."
    a = statement(text, "says", "the weir was opened too early", "The Tessary Growers' Union")
    assert said_on(text, [a], nlp(text)) == [("2026-03-11", "publication")]


def test_past_tense_statement_keeps_its_speakers_relative_clause(nlp: Language) -> None:
    text = "The Tessary mayor, who flew to Dunmarrow on Friday, said the weir was opened too early."
    a = statement(text, "said", "the weir was opened too early", "The Tessary mayor")
    assert said_on(text, [a], nlp(text)) == [("2026-03-06", "relative")]


def test_the_notice_takes_up_the_dated_notice_before_it(nlp: Language) -> None:
    text = ("The Halvey port authority on Monday closed the east quay. Its safety notice, dated March 9, says "
            "the crane rails had shifted. The notice says the quay will stay closed for a month.")
    first = statement(text, "says", "the crane rails had shifted", "Its safety notice")
    second = statement(text, "says", "the quay will stay closed for a month", "The notice", after="shifted.")
    assert said_on(text, [first, second], nlp(text)) == [("2026-03-09", "explicit"), ("2026-03-09", "relative")]


def test_a_definite_speaker_in_a_later_paragraph_takes_up_nothing(nlp: Language) -> None:
    text = ("The Halvey ministry said on Monday that the quay was safe.\n\n"
            "The ministry says the crane rails had shifted.")
    first = statement(text, "said", "the quay was safe", "The Halvey ministry")
    second = statement(text, "says", "the crane rails had shifted", "The ministry", after="safe.")
    assert said_on(text, [first, second], nlp(text)) == [("2026-03-09", "relative"), ("2026-03-11", "publication")]
