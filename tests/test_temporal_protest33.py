"""Statement dates in stories told day by day: weeks, "hours later", "three days after ... said",
interview transcripts, pronouns and reporting nouns.

Every sentence and name here is fictional. Published on Wednesday 2026-03-11 unless a test says so.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.model import Attribution, PartialDate
from rashomon.temporal import date_statements, tag

PUBLISHED = PartialDate("2026-03-11", basis="metadata")


def statement(text: str, cue: str, content: str, speaker: str | None = None, kind: str = "named",
              after: str = "") -> Attribution:
    """An attribution located in ``text``; ``after`` names text its cue and speaker come after, when an
    earlier statement has the same words."""
    offset = text.index(after) + len(after) if after else 0
    cue_at = text.index(cue, offset)
    content_at = text.index(content)
    speaker_at = text.index(speaker, offset) if speaker else None
    return Attribution(content_span=(content_at, content_at + len(content)), cue=cue, cue_class="assert",
                       kind="indirect", cue_span=(cue_at, cue_at + len(cue)),
                       speaker_span=(speaker_at, speaker_at + len(speaker)) if speaker and speaker_at is not None else None,
                       speaker_text=speaker, source_kind=kind)


def said_on(text: str, attributions: list[Attribution], doc: Doc | None = None,
            published: PartialDate = PUBLISHED) -> list[tuple[str, str, str | None] | None]:
    dates = date_statements(text, attributions, tag(text, published.value, doc), published, doc)
    return [(d.value, d.basis, d.text) if d is not None else None for d in dates]


def test_clock_time_digits_do_not_make_a_date_explicit(nlp: Language) -> None:
    text = "At 10.15 pm on Friday, the Harl council said the bridge would close."
    [date] = said_on(text, [statement(text, "said", "the bridge would close", "the Harl council")], nlp(text))
    assert date is not None and date[:2] == ("2026-03-06", "relative")


def test_earlier_this_week_dates_the_statement_to_its_month(nlp: Language) -> None:
    # "on Monday" belongs to the relative clause; "earlier this week" to the cue.
    text = ("The Pellan harbour master, who had denied on Monday that the pier was unsafe, "
            "conceded earlier this week that the pier had cracked.")
    a = statement(text, "conceded", "the pier had cracked", "The Pellan harbour master")
    assert said_on(text, [a], nlp(text)) == [("2026-03", "relative", "earlier this week")]


def test_last_weekend_dates_the_statement_to_its_month(nlp: Language) -> None:
    text = "Ilka Varn, who said last weekend that the ferry was late, resigned."
    a = statement(text, "said", "the ferry was late", "who", kind="pronoun")
    assert said_on(text, [a], nlp(text)) == [("2026-03", "relative", "last weekend")]


def test_a_week_across_two_months_gives_the_year(nlp: Language) -> None:
    # Published Wednesday 2026-04-01: this week runs from March 30 to April 5.
    text = "The Orvel mayor conceded earlier this week that the tunnel had flooded."
    a = statement(text, "conceded", "the tunnel had flooded", "The Orvel mayor")
    published = PartialDate("2026-04-01", basis="metadata")
    assert said_on(text, [a], nlp(text), published) == [("2026", "relative", "earlier this week")]


def test_a_week_does_not_carry_to_the_next_sentence() -> None:
    text = "Inspectors arrived in Tolm last week. They will report in June, according to an official."
    a = statement(text, "according to", "They will report in June", "an official", kind="unnamed")
    assert said_on(text, [a]) == [("2026-03-11", "publication", None)]


def test_hours_later_is_the_day_the_story_last_set() -> None:
    found = {x.text: x.value for x in tag("On Thursday the Tolm board met. Hours later it resigned.", "2026-03-11")}
    assert found["Hours later"] == "2026-03-05"


def test_counted_hours_later_is_left_to_the_duration() -> None:
    found = {x.text: (x.type, x.value) for x in tag("On Thursday the board met. Two hours later it resigned.",
                                                     "2026-03-11")}
    assert "Hours later" not in found and "hours later" not in found
    assert found["Two hours"] == ("duration", "PT2H")


def test_hours_later_counts_from_the_story_not_from_what_was_said(nlp: Language) -> None:
    # Saturday is what Ada Kors talked about (March 7); the story stood at Thursday (March 5).
    text = "On Thursday, Ada Kors said she had left Tolm on Saturday. Hours later her party said she had resigned."
    kors = statement(text, "said", "she had left Tolm on Saturday", "Ada Kors")
    party = statement(text, "said", "she had resigned", "her party", kind="organization", after="Hours later")
    assert said_on(text, [kors, party], nlp(text))[1] == ("2026-03-05", "relative", "Hours later")


def test_days_after_a_statement_count_back_from_the_main_clause(nlp: Language) -> None:
    text = ("Judge Mira Olt ruled on Friday that the sale was void, three days after the Tolm port authority "
            "said it had approved the sale.")
    a = statement(text, "said", "it had approved the sale", "the Tolm port authority")
    assert said_on(text, [a], nlp(text)) == [("2026-03-03", "relative", "three days after")]


def test_a_day_before_a_statement_counts_forward(nlp: Language) -> None:
    text = "The Velt dam burst on Monday, a day before the water board said the dam was sound."
    a = statement(text, "said", "the dam was sound", "the water board")
    assert said_on(text, [a], nlp(text)) == [("2026-03-10", "relative", "a day before")]


def test_pronoun_goes_on_from_the_speaker_not_from_whom_he_quoted(nlp: Language) -> None:
    text = ("On Tuesday, Dov Reyes said his deputy had told him on Sunday that the pumps had failed.\n"
            "'We acted as fast as we could,' he told members.")
    reyes = statement(text, "said", "his deputy had told him on Sunday that the pumps had failed", "Dov Reyes")
    deputy = statement(text, "told", "the pumps had failed", "his deputy")
    he = statement(text, "told", "We acted as fast as we could,", "he", kind="pronoun", after="could,'")
    dates = said_on(text, [reyes, deputy, he], nlp(text))
    assert dates[1] is not None and dates[1][0] == "2026-03-08"
    assert dates[2] is not None and dates[2][:2] == ("2026-03-10", "relative")


def test_pronoun_after_another_person_is_named_is_theirs(nlp: Language) -> None:
    text = ("The Velt water board said on Tuesday that the reservoir was full.\n"
            "Mara Quist, a farmer near the dam, lost two fields. Speaking from her kitchen, she said: "
            "\"Nobody warned us.\"")
    board = statement(text, "said", "the reservoir was full", "The Velt water board", kind="organization")
    she = statement(text, "said", "Nobody warned us.", "she", kind="pronoun", after="kitchen")
    assert said_on(text, [board, she], nlp(text))[1] == ("2026-03-11", "publication", None)


def test_relative_pronoun_speaker_does_not_go_on_from_an_earlier_statement(nlp: Language) -> None:
    text = ("The Velt water board said on Tuesday that the reservoir was full.\n"
            "The mayor, who said the dam was sound, called for calm.")
    board = statement(text, "said", "the reservoir was full", "The Velt water board", kind="organization")
    who = statement(text, "said", "the dam was sound", "who", kind="pronoun", after="mayor")
    assert said_on(text, [board, who], nlp(text))[1] == ("2026-03-11", "publication", None)


def test_statement_of_a_date_which_said_is_dated_by_it(nlp: Language) -> None:
    text = "The reply is hard to square with the council's statement of 2 March, which said the school would stay open."
    a = statement(text, "said", "the school would stay open", "which", kind="pronoun")
    assert said_on(text, [a], nlp(text)) == [("2026-03-02", "explicit", "2 March")]


def test_reporting_noun_is_not_dated_by_another_clause(nlp: Language) -> None:
    text = "Photographs released by the Orvel museum on Monday lend weight to the guides' claim that the vase was stolen."
    a = statement(text, "claim", "the vase was stolen", "the guides")
    assert said_on(text, [a], nlp(text)) == [("2026-03-11", "publication", None)]


def test_reporting_noun_takes_the_date_of_the_verb_it_hangs_on(nlp: Language) -> None:
    text = "On Monday the Orvel ministry issued a denial that any order had been given."
    a = statement(text, "denial", "any order had been given", "the Orvel ministry")
    assert said_on(text, [a], nlp(text)) == [("2026-03-09", "relative", "Monday")]


def test_transcript_answers_take_the_day_of_the_interview(nlp: Language) -> None:
    text = ("Tomas Edel, the head of the Orvel fishers' union, spoke to the Harbour Gazette late on Monday.\n\n"
            "Gazette: What happened at the quay?\n\n"
            "Edel: We saw the trawler turn back. Nobody told us why.\n")
    a = statement(text, "Edel:", "We saw the trawler turn back. Nobody told us why.", "Edel:")
    assert said_on(text, [a], nlp(text)) == [("2026-03-09", "relative", "Monday")]
