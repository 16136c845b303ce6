"""Speakers: the mention as written, its kind of source, and pronouns resolved
to the named mention they refer to."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from rashomon.attribution import extract

pytestmark = pytest.mark.slow


def text_of(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0] : span[1]] if span else None


def test_speakers_pronoun_resolved_to_named_person(nlp: Language) -> None:
    text = "Amara Quist arrived in Orvala on Monday. She said the bridge had been mined."
    [item] = extract(nlp(text))
    assert item.source_kind == "pronoun"
    assert text_of(text, item.speaker_span) == "She"
    assert text_of(text, item.speaker_antecedent_span) == "Amara Quist"


def test_speakers_pronoun_takes_the_nearest_person(nlp: Language) -> None:
    text = (
        "Tomas Brevik met the press in Velden. Later, Amara Quist toured the harbour.\n\n"
        "She said the cranes had been sabotaged."
    )
    [item] = extract(nlp(text))
    assert text_of(text, item.speaker_antecedent_span) == "Amara Quist"


@pytest.mark.parametrize(
    "text",
    [
        "Jon Arvik told Mara Velt that the channel was closed. He said it would reopen on Monday.",
        "Harbour pilot Jon Arvik told Kestrel by phone that the channel was closed. He declined to say more.",
    ],
)
def test_speakers_a_pronoun_after_told_x_is_the_teller_not_the_told(nlp: Language, text: str) -> None:
    second = extract(nlp(text))[-1]
    assert text_of(text, second.speaker_antecedent_span) == "Jon Arvik"


def test_speakers_possessive_pronoun_of_an_organisation(nlp: Language) -> None:
    text = "The ministry later retracted its claim that the dam had been sabotaged."
    claim = next(a for a in extract(nlp(text)) if a.cue == "claim")
    assert text_of(text, claim.speaker_span) == "its"
    assert text_of(text, claim.speaker_antecedent_span) == "The ministry"


@pytest.mark.parametrize(
    "text, who, kind",
    [
        ("Interior Minister Tomas Brevik said the border was closed.", "Interior Minister Tomas Brevik", "named"),
        ("The ministry said the border was closed.", "The ministry", "organization"),
        ("The Velden Port Authority said the border was closed.", "The Velden Port Authority", "organization"),
        (
            "A spokeswoman for the Velden Port Authority said the dock would reopen.",
            "A spokeswoman for the Velden Port Authority",
            "role",
        ),
        ("Officials said the road to Orvala was closed.", "Officials", "group"),
        ("Sources said the minister would resign.", "Sources", "unnamed"),
        ("He said the border was closed.", "He", "pronoun"),
    ],
)
def test_speakers_kind_of_source(nlp: Language, text: str, who: str, kind: str) -> None:
    [item] = extract(nlp(text))
    assert text_of(text, item.speaker_span) == who
    assert item.speaker_text == who
    assert item.source_kind == kind


def test_speakers_span_points_at_the_mention(nlp: Language) -> None:
    text = "Far from the capital, Councillor Bram Oster said on Monday that the ferry was unsafe."
    [item] = extract(nlp(text))
    assert item.speaker_span is not None
    assert text[item.speaker_span[0] : item.speaker_span[1]] == "Councillor Bram Oster"


def test_speakers_who_asked_is_not_who_answered(nlp: Language) -> None:
    text = "Asked whether the bridge was safe, Mayor Ilse Varnholt said that it would be inspected on Monday."
    asked, said = extract(nlp(text))
    assert (asked.cue, asked.speaker_span, asked.source_kind) == ("Asked", None, "unnamed")
    assert text_of(text, said.speaker_span) == "Mayor Ilse Varnholt"


def test_speakers_relative_pronoun_stands_for_its_noun(nlp: Language) -> None:
    text = "The ferry was praised by residents who said the crossing had never been faster."
    said = next(a for a in extract(nlp(text)) if a.cue == "said")
    assert (said.speaker_text, said.source_kind) == ("who", "pronoun")
    assert text_of(text, said.speaker_antecedent_span) == "residents"


def tagged(nlp: Language, text: str, people: list[tuple[str, int]], others: tuple[tuple[str, str, int], ...] = ()) -> Doc:
    """The parse of ``text`` with entities set by hand (a word and its occurrence), as a
    tagger might get them wrong."""
    doc = nlp(text)
    spans = []
    for word, label, occurrence in [(w, "PERSON", n) for w, n in people] + list(others):
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(word, start + 1)
        spans.append(doc.char_span(start, start + len(word), label=label))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def test_speakers_he_is_not_the_place_a_briefing_was_held_in(nlp: Language) -> None:
    text = "Army spokesman Colonel Dario Fenck told a briefing in Varnok. He said that the shelling had stopped."
    doc = tagged(nlp, text, [("Dario Fenck", 0), ("Varnok", 0)])  # the city mistaken for a person
    he = [item for item in extract(doc) if item.source_kind == "pronoun"]
    assert [text_of(text, item.speaker_antecedent_span) for item in he] == ["Dario Fenck"]


def test_speakers_she_is_not_a_name_tagged_a_place_elsewhere(nlp: Language) -> None:
    text = "Dorvik rejected the plan. Marta Quell praised the envoys of Dorvik. She said the port would reopen."
    doc = tagged(nlp, text, [("Marta Quell", 0), ("Dorvik", 1)], (("Dorvik", "GPE", 0),))
    she = [item for item in extract(doc) if text_of(text, item.speaker_span) == "She"]
    assert [text_of(text, item.speaker_antecedent_span) for item in she] == ["Marta Quell"]


def test_speakers_she_is_not_a_known_country(nlp: Language) -> None:
    text = "Marta Quell thanked Norway for the aid. She said the port would reopen."
    doc = tagged(nlp, text, [("Marta Quell", 0), ("Norway", 0)])  # a country, by the countries data file
    she = [item for item in extract(doc) if text_of(text, item.speaker_span) == "She"]
    assert [text_of(text, item.speaker_antecedent_span) for item in she] == ["Marta Quell"]


def test_speakers_she_is_not_a_ship(nlp: Language) -> None:
    text = ("Harbour master Marta Quell spoke after the MV Arden capsized. "
            "The Arden had left late. She said the quay had been crowded.")
    doc = tagged(nlp, text, [("Marta Quell", 0), ("Arden", 1)])  # the ship's later mention taken for a person
    she = [item for item in extract(doc) if text_of(text, item.speaker_span) == "She"]
    assert [text_of(text, item.speaker_antecedent_span) for item in she] == ["Marta Quell"]


def test_speakers_pronoun_in_a_fronted_clause_refers_ahead_to_the_subject(nlp: Language) -> None:
    text = ("Tomas Brevik spoke first at the summit. After she criticised the plan, "
            "Senator Amara Quist told reporters that it would fail.")
    she = [item for item in extract(nlp(text)) if item.source_kind == "pronoun"]
    assert she and {text_of(text, item.speaker_antecedent_span) for item in she} == {"Amara Quist"}


def test_speakers_pronoun_after_the_main_clause_still_looks_back(nlp: Language) -> None:
    text = "Tomas Brevik spoke first. Amara Quist arrived later, and she said the plan would fail."
    she = [item for item in extract(nlp(text)) if item.source_kind == "pronoun"]
    assert [text_of(text, item.speaker_antecedent_span) for item in she] == ["Amara Quist"]


def test_speakers_a_surname_of_a_full_name_stays_a_person(nlp: Language) -> None:
    text = "Ilse Varro met the envoys. Varro Street was closed. Dorn Alvik greeted Varro. She said the port would reopen."
    doc = tagged(nlp, text, [("Ilse Varro", 0), ("Dorn Alvik", 0), ("Varro", 2)], (("Varro", "GPE", 1),))
    she = [item for item in extract(doc) if text_of(text, item.speaker_span) == "She"]
    assert [text_of(text, item.speaker_antecedent_span) for item in she] == ["Varro"]


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Amara Quist (R-Vel.) called the toll a blunder.",
        "The guild (which runs the ferries) said the toll was unfair.",
        '"The toll is unfair," said Amara Quist (the mayor).',
    ],
)
def test_speakers_bracket_the_mention_opens_closes_with_it(nlp: Language, text: str) -> None:
    [item] = extract(nlp(text))
    speaker = text_of(text, item.speaker_span)
    assert speaker is not None and speaker.endswith(")") and item.speaker_text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Velden's Ministry of Transport on Thursday denied that the ferry had been sold.", "Velden's Ministry of Transport"),
        ("Mayor Ilka Dorn on Monday said the pier would reopen in June.", "Mayor Ilka Dorn"),
        ("A harbour poll out Monday showed the mayor ahead by ten points.", "A harbour poll"),
        # a time inside the mention's own clause, after a comma, stays with it
        ("Oda Renn, who lost her boat in the storm at Kestle, in May 2030, said the pier was unsafe.",
         "Oda Renn, who lost her boat in the storm at Kestle, in May 2030"),
        # "of last year" describes the mention; it is not when it spoke
        ("The harbour plan of last year said the pier was unsafe.", "The harbour plan of last year"),
    ],
)
def test_speakers_leave_the_time_of_speaking_to_the_verb(nlp: Language, text: str, speaker: str) -> None:
    items = [a for a in extract(nlp(text)) if a.speaker_span]
    assert text_of(text, items[0].speaker_span) == speaker


def test_speakers_pronoun_in_a_clause_between_subject_and_verb_is_that_subject(nlp: Language) -> None:
    text = (
        "Amara Quist toured the harbour on Monday. A port official, speaking on condition of anonymity "
        "because he wanted to warn residents, said the cranes had been sabotaged."
    )
    [he] = [item for item in extract(nlp(text)) if item.speaker_text == "he"]
    assert text_of(text, he.speaker_antecedent_span) == "A port official"


@pytest.mark.parametrize(
    "text, antecedent",
    [
        # the nearest person is a woman by her honorific: "he" is the man before her
        ("Tomas Brevik opened the hearing. Mrs Amara Quist sat beside him.\n\nHe said the cranes had been sabotaged.", "Tomas Brevik"),
        # and by her role word
        ("Tomas Brevik opened the hearing. Spokeswoman Amara Quist sat beside him.\n\nHe said the cranes had been sabotaged.", "Tomas Brevik"),
    ],
)
def test_speakers_pronoun_skips_a_person_of_the_other_gender(nlp: Language, text: str, antecedent: str) -> None:
    [he] = [item for item in extract(nlp(text)) if item.speaker_text == "He"]
    assert text_of(text, he.speaker_antecedent_span) == antecedent


def test_speakers_it_is_the_body_that_was_the_last_subject(nlp: Language) -> None:
    text = (
        "On Monday, Velden's transport ministry published a summary of the harbour contracts. "
        "It said the cranes had been bought in 2024."
    )
    [it] = [item for item in extract(nlp(text)) if item.speaker_text == "It"]
    assert text_of(text, it.speaker_antecedent_span) == "Velden's transport ministry"


def test_a_notice_label_before_a_colon_is_not_the_speaker(nlp: Language) -> None:
    # the parser takes "Correction" for a second subject of "said"
    text = (
        "The ferry was halted on Monday.\n\n"
        "Editor's note: An earlier version of this story misstated the date of the storm.\n\n"
        "Correction: An earlier version of this article said the pier was built in 1902."
    )
    said = [a for a in extract(nlp(text)) if a.cue == "said"]
    assert [text_of(text, a.speaker_span) for a in said] == ["An earlier version of this article"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Velmar Foods said on Tuesday it was recalling two batches of its formula.",
         "it was recalling two batches of its formula"),
        ("The mayor said Tuesday the bridge would reopen.", "the bridge would reopen"),
        # a date inside the reported clause stays in it
        ("The mayor said the bridge would reopen on Tuesday.", "the bridge would reopen on Tuesday"),
    ],
)
def test_a_date_right_after_the_cue_says_when_it_was_said(nlp: Language, text: str, content: str) -> None:
    [item] = extract(nlp(text))
    assert text[slice(*item.content_span)] == content
