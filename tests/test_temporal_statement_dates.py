"""Statement dates (said_on): when a statement was made, per contract rule 3.

Every sentence and name here is fictional.
"""

from __future__ import annotations

import pytest

from rashomon.model import Attribution, PartialDate
from rashomon.temporal import date_statements, tag

PUBLISHED = PartialDate("2026-03-11", basis="metadata")


def attribution(text: str, cue: str, content: str) -> Attribution:
    cue_at = text.index(cue)
    content_at = text.index(content)
    return Attribution(content_span=(content_at, content_at + len(content)), cue=cue, cue_class="assert",
                       kind="indirect", cue_span=(cue_at, cue_at + len(cue)))


def said_on(text: str, pairs: list[tuple[str, str]], published: PartialDate | None = PUBLISHED,
            doc: object = None) -> list[PartialDate | None]:
    attributions = [attribution(text, cue, content) for cue, content in pairs]
    expressions = tag(text, published.value if published else None)
    return date_statements(text, attributions, expressions, published, doc)  # type: ignore[arg-type]


def test_date_opening_the_sentence_is_explicit() -> None:
    text = "On February 26, Dana Oster said the Velt bridge was safe."
    [date] = said_on(text, [("said", "the Velt bridge was safe")])
    assert date == PartialDate("2026-02-26", basis="explicit", text="February 26")


def test_day_of_month_in_an_interview() -> None:
    text = "In an interview on the 23rd, Pol Vane said the Orlan plan would fail."
    [date] = said_on(text, [("said", "the Orlan plan would fail")])
    assert date is not None
    assert (date.value, date.basis) == ("2026-02-23", "explicit")


def test_weekday_after_the_cue_is_relative() -> None:
    text = "The Kessel ministry said on Monday that the convoy had turned back."
    [date] = said_on(text, [("said", "the convoy had turned back")])
    assert date is not None
    assert (date.value, date.basis, date.text) == ("2026-03-09", "relative", "Monday")


def test_date_the_statement_talks_about_is_not_when_it_was_said() -> None:
    text = "Mayor Ilse Brandt said the dam was built in 1998 and inspected on June 4, 2019."
    [date] = said_on(text, [("said", "the dam was built in 1998 and inspected on June 4, 2019")])
    assert date == PartialDate("2026-03-11", basis="publication", text=None)


def test_paragraph_narrative_date_carries_to_later_statements() -> None:
    text = ("On March 2, 2026, shells fell on Tarn. The district governor said the town was calm.\n"
            "Aid workers said supplies were short.")
    first, second = said_on(text, [("said the town", "the town was calm"), ("said supplies", "supplies were short")])
    assert first is not None and (first.value, first.basis) == ("2026-03-02", "explicit")
    # A new paragraph without a date falls back to the publication date.
    assert second == PartialDate("2026-03-11", basis="publication", text=None)


def test_two_days_later_is_relative_to_the_story() -> None:
    text = "Vane spoke on March 2, 2026. Two days later his office said he had been misinformed."
    [date] = said_on(text, [("said", "he had been misinformed")])
    assert date is not None
    assert (date.value, date.basis) == ("2026-03-04", "relative")


def test_future_date_is_not_when_it_was_said() -> None:
    text = "The Orlan ministry said it will publish the report on Friday."
    [date] = said_on(text, [("said", "it will publish the report on Friday")])
    assert date is not None and date.basis == "publication"


def test_without_any_date_there_is_none() -> None:
    text = "A spokesman said the talks had stalled."
    assert said_on(text, [("said", "the talks had stalled")], published=None) == [None]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from rashomon.nlp import load_pipeline

    return load_pipeline()


@pytest.mark.slow
def test_parse_prefers_the_date_attached_to_the_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dana Oster, who took office on January 5, told reporters on Tuesday that the Velt bridge was safe."
    doc = nlp(text)
    [date] = said_on(text, [("told", "the Velt bridge was safe")], doc=doc)
    assert date is not None
    assert (date.value, date.text) == ("2026-03-10", "Tuesday")
