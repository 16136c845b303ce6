"""Statement dates (said_on): when a statement was made, per contract rule 3.

Every sentence and name here is fictional.
"""

from __future__ import annotations

import pytest

from rashomon.model import Attribution, PartialDate
from rashomon.temporal import date_statements, tag

PUBLISHED = PartialDate("2026-03-11", basis="metadata")


def attribution(text: str, cue: str, content: str, speaker: str | None = None) -> Attribution:
    cue_at = text.index(cue)
    content_at = text.index(content)
    return Attribution(content_span=(content_at, content_at + len(content)), cue=cue.split()[0], cue_class="assert",
                       kind="indirect", cue_span=(cue_at, cue_at + len(cue.split()[0])), speaker_text=speaker)


def said_on(text: str, pairs: list[tuple[str, ...]], published: PartialDate | None = PUBLISHED,
            doc: object = None) -> list[PartialDate | None]:
    attributions = [attribution(text, *pair) for pair in pairs]
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


@pytest.mark.slow
def test_parse_prefers_the_date_attached_to_the_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dana Oster, who took office on January 5, told reporters on Tuesday that the Velt bridge was safe."
    doc = nlp(text)
    [date] = said_on(text, [("told", "the Velt bridge was safe")], doc=doc)
    assert date is not None
    assert (date.value, date.text) == ("2026-03-10", "Tuesday")


def test_a_year_that_tells_the_speakers_past_dates_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Engineer Lise Marrot, who studied the dam for the regional council in 2023, said the embankment had"
            " shown cracks for years. \"I warned them in writing,\" she said.")
    dates = said_on(text, [("said the", "the embankment had shown cracks for years"),
                           ("said.", "I warned them in writing")], doc=nlp(text))
    assert [(d.value, d.basis) if d else None for d in dates] == [("2026-03-11", "publication")] * 2


def test_perfect_tense_statement_has_no_date() -> None:
    text = "On Friday the Kessel ministry, which has denied any shelling, met envoys."
    [date] = said_on(text, [("has denied", "any shelling")])  # the cue as written, with "has"
    assert date is None


def test_present_tense_statement_holds_at_publication() -> None:
    text = "Families fled Tarn in March 2026.\nSome say they will not return."
    [date] = said_on(text, [("say", "they will not return")])
    assert date == PartialDate("2026-03-11", basis="publication", text=None)


def test_dateline_is_not_a_statement_date() -> None:
    text = "ORLAN, March 10 (Northline) - Officials said the road was open."
    [date] = said_on(text, [("said", "the road was open")])
    assert date is not None and date.basis == "publication"


def test_date_of_an_earlier_remark_does_not_date_the_new_one() -> None:
    text = "Asked about his remarks of March 2, Pol Vane told reporters he had nothing to add."
    [date] = said_on(text, [("told", "he had nothing to add")])
    assert date is not None and date.basis == "publication"


def test_remarks_of_a_date_date_the_clause_that_tells_them() -> None:
    text = "Asked about her remarks of March 2, when she said the Orlan dam was cracked, Mira Tell declined to comment."
    remark, asked = said_on(text, [("said the", "the Orlan dam was cracked"), ("declined", "to comment")])
    assert remark == PartialDate("2026-03-02", basis="explicit", text="March 2")
    assert asked is not None and asked.basis == "publication"  # the new words are not those remarks


def test_interview_of_a_date_in_which_dates_the_statement() -> None:
    text = "The protest follows an interview of March 4 in which Pol Vane said the Velt mine would close."
    [date] = said_on(text, [("said", "the Velt mine would close")])
    assert date is not None and (date.value, date.basis) == ("2026-03-04", "explicit")


def test_a_non_speech_noun_of_a_date_does_not_date_the_clause() -> None:
    text = "After the floods of March 2, when Pol Vane said the levee would hold, crews left Tarn."
    [date] = said_on(text, [("said", "the levee would hold")])
    assert date is not None and date.basis == "publication"


def test_interview_without_a_date_keeps_the_publication_rule() -> None:
    text = "The denial follows an interview in which Pol Vane said the Velt mine would close."
    [date] = said_on(text, [("said", "the Velt mine would close")])
    assert date == PartialDate("2026-03-11", basis="publication", text=None)


def test_until_a_day_means_said_before_it() -> None:
    text = "Until Monday, the Kessel ministry had insisted that no convoy had crossed."
    [date] = said_on(text, [("had insisted", "no convoy had crossed")])
    assert date == PartialDate("2026-03", basis="relative", text="Until Monday")


def test_until_the_first_of_a_month_gives_the_month_before() -> None:
    text = "Pol Vane had maintained until March 1 that the Velt mine was safe."
    [date] = said_on(text, [("had maintained", "the Velt mine was safe")])
    assert date is not None and (date.value, date.basis) == ("2026-02", "relative")


def test_until_a_month_gives_the_year_before_it() -> None:
    text = "Until January 2026, Pol Vane had insisted that the Velt mine was safe."
    [date] = said_on(text, [("had insisted", "the Velt mine was safe")])
    assert date is not None and date.value == "2025"


def test_nested_statement_takes_the_date_inside_the_quote() -> None:
    text = '"Two months ago I told you that we had no proof," Lena Ostrova said.'
    outer = attribution(text, "said", "Two months ago I told you that we had no proof,")
    inner = attribution(text, "told", "we had no proof")
    expressions = tag(text, PUBLISHED.value)
    outer_date, inner_date = date_statements(text, [outer, inner], expressions, PUBLISHED)
    assert outer_date is not None and outer_date.basis == "publication"
    assert inner_date is not None and (inner_date.value, inner_date.basis) == ("2026-01", "relative")


def test_same_speaker_keeps_the_date_of_the_story() -> None:
    text = ("President Lena Ostrova said on Monday that the border was closed.\n"
            "Aid convoys waited at Tarn.\n"
            '"We will reopen it when it is safe," Ostrova said.')
    first, second = said_on(text, [("said on", "the border was closed", "President Lena Ostrova"),
                                   ("said.", "We will reopen it when it is safe,", "Ostrova")])
    assert first is not None and first.value == "2026-03-09"
    assert second is not None and (second.value, second.basis) == ("2026-03-09", "relative")


def test_split_quote_date_between_the_pieces_dates_it() -> None:
    text = '"The road is open," Mayor Ilse Brandt said on Monday, "and it will stay open."'
    first, second = (text.index("The road"), text.index('," Mayor'))
    third, fourth = (text.index("and it"), text.rindex('."') + 1)
    cue = text.index("said")
    split = Attribution(content_span=(first, fourth), cue="said", cue_class="assert", kind="direct",
                        cue_span=(cue, cue + 4), content_parts=[(first, second + 1), (third, fourth)])
    [date] = date_statements(text, [split], tag(text, PUBLISHED.value), PUBLISHED)
    assert date is not None and (date.value, date.text) == ("2026-03-09", "Monday")


def test_thousands_of_statements_stay_fast() -> None:
    import time

    sentence = "On March 3, 2021, Mayor Kim Vell said the Tarn bridge would reopen on Friday.\n"
    text = sentence * 2000
    attributions = []
    for i in range(2000):
        base = i * len(sentence)
        cue, content = base + sentence.index("said"), base + sentence.index("the Tarn")
        attributions.append(Attribution(content_span=(content, base + len(sentence) - 2), cue="said",
                                        cue_class="assert", kind="indirect", cue_span=(cue, cue + 4),
                                        speaker_text=f"Speaker {i}"))
    expressions = tag(text, "2021-04-01")
    started = time.perf_counter()
    dates = date_statements(text, attributions, expressions, PartialDate("2021-04-01", basis="metadata"))
    assert time.perf_counter() - started < 2.0  # no statements-by-dates quadratic scan
    assert {d.value for d in dates if d} == {"2021-03-03"}
