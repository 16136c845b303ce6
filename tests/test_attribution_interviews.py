"""Answers of a question-and-answer transcript ("Q: ... A: ...") are the
interviewee's direct statements (rashomon.attribution.interviews)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from rashomon.attribution import extract

INTRO = "Ana Dorn, the mayor of Sarnby, spoke to the Courier on Monday about the pier.\n\n"
TRANSCRIPT = (
    "Q: Will the pier close?\n\n"
    "A: Not this year. We have the money to repair it.\n\n"
    "Q: And the tolls?\n\n"
    "A: They stay. I think the guild knows that.\n\n"
)


def answers(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    """Content, speaker as written, and kind of each statement cued by an answer label."""
    return [
        (text[slice(*a.content_span)], text[slice(*a.speaker_span)] if a.speaker_span else None, a.kind)
        for a in extract(nlp(text))
        if a.cue in ("A:", "A.")
    ]


def test_each_answer_is_the_interviewees_direct_statement(nlp: Language) -> None:
    text = INTRO + TRANSCRIPT + "The council meets on Friday."
    speaker = "Ana Dorn, the mayor of Sarnby"
    assert answers(nlp, text) == [
        ("Not this year. We have the money to repair it", speaker, "direct"),
        ("They stay. I think the guild knows that", speaker, "direct"),
    ]


def test_a_cue_inside_an_answer_is_part_of_it(nlp: Language) -> None:
    # "I think" is the interviewee's own wording, as inside a quotation
    text = INTRO + TRANSCRIPT
    assert "think" not in [a.cue for a in extract(nlp(text))]


def test_an_answer_runs_on_to_the_next_question_and_the_last_ends_with_its_paragraph(nlp: Language) -> None:
    text = (
        INTRO
        + "Q: Will the pier close?\n\nA: Not this year.\n\nWe have the money to repair it.\n\n"
        + "Q: And the tolls?\n\nA: They stay for now.\n\nThe council meets on Friday."
    )
    found = [content for content, _, _ in answers(nlp, text)]
    assert found == ["Not this year.\n\nWe have the money to repair it", "They stay for now"]


def test_the_interviewee_is_the_person_named_most_before_the_questions(nlp: Language) -> None:
    text = (
        "Olam Trest has long opposed the pier. Ana Dorn, the mayor, backs it.\n\n"
        "Dorn spoke to the Courier on Monday.\n\n" + TRANSCRIPT.replace("Q:", "Q.").replace("A:", "A.")
    )
    speakers = {speaker for _, speaker, _ in answers(nlp, text)}
    assert len(speakers) == 1 and speakers.pop().startswith("Ana Dorn")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # an explainer answers in the writer's voice: no one says "I" or "we"
        "Ana Dorn backs the new toll.\n\nQ: What is the toll?\n\nA: A fee charged at the pier.\n\n"
        "Q: Who pays it?\n\nA: Every driver who crosses.",
        # no person named before the questions: no one is guessed
        "The Courier spoke to the mayor.\n\n" + TRANSCRIPT,
        # one question is no transcript
        INTRO + "Q: Will the pier close?\n\nA: Not this year, we have the money.",
    ],
)
def test_no_answers_are_read_without_an_interview(nlp: Language, text: str) -> None:
    assert answers(nlp, text) == []


def test_answers_are_stored_with_the_interviewee_as_their_speaker(tmp_path: Path) -> None:
    from rashomon.api import Case

    article = tmp_path / "interview.md"
    article.write_text("---\ntitle: Dorn on the pier\npublished: 2026-03-05\n---\n" + INTRO + TRANSCRIPT, encoding="utf-8")
    with Case(tmp_path / "case.db") as case:
        case.ingest([str(article)])
        found = [s for s in case.statements() if s["cue"] == "A:"]
    assert [s["speaker"] for s in found] == ["Ana Dorn", "Ana Dorn"]
    assert all(s["kind"] == "direct" for s in found)


def test_a_long_transcript_is_read_in_its_first_section_only(nlp: Language) -> None:
    # past the first section the introduction is out of reach, and the person
    # an earlier answer names ("Olam Trest") is no interviewee
    from rashomon.attribution.sections import SECTION_TOKENS

    from rashomon.attribution.sections import sections

    pair = "Q: And the pier?\n\nA: I think Olam Trest is wrong about it, and we will say so.\n\n"
    # padded so that the second section opens with an answer naming Olam Trest
    text = INTRO + "The pier is old. " * 3 + "\n\n" + pair * (SECTION_TOKENS // 20)
    doc = nlp(text)
    assert [doc[start].text for start, _ in sections(doc)[1:]] == ["A"]
    speakers = {text[slice(*a.speaker_span)] for a in extract(doc) if a.cue == "A:" and a.speaker_span}
    assert speakers == {"Ana Dorn, the mayor of Sarnby"}


def test_an_interviewee_the_recogniser_missed_is_the_introductions_subject(nlp: Language) -> None:
    # below a blank line (front matter removed) the model tags no person here
    intro = "\nAda Quell, chief inspector of the maritime investigation board, spoke to the Ledger on Saturday.\n\n"
    text = intro + (
        "Q: Was the Selka Star near Carrow Point that night?\n\n"
        "A: The tracking data we were given puts it forty miles away.\n\n"
        "Q: Does that settle it?\n\n"
        "A: It means we have more work to do. I would not rule anything out.\n\n"
    )
    assert not [e for e in nlp(text).ents if e.label_ == "PERSON"]
    speakers = {speaker for _, speaker, _ in answers(nlp, text)}
    assert speakers == {"Ada Quell"}
