"""Phrase cues beyond verb + preposition: "put it" before a quote, and
receptions, where the subject is what others reacted to."""

from __future__ import annotations

from spacy.language import Language

from rashomon.attribution.lexicon import load_cues
from rashomon.attribution.phrases import reception_cue
from test_attribution_frames import statements


def test_put_it_before_a_quote_names_its_speaker(nlp: Language) -> None:
    doc = nlp('As Professor Quill put it, "The council has run out of ideas."')
    assert statements(doc, "put") == [('"The council has run out of ideas."', "Professor Quill")]


def test_put_without_a_statement_is_no_cue(nlp: Language) -> None:
    assert statements(nlp("Mayor Brandt put a ban on fireworks."), "put") == []


def reception(nlp: Language, text: str, noun: str) -> tuple[str, str | None, str] | None:
    """Content, speaker and cue of the reception anchored on ``noun``."""
    doc = nlp(text)
    found = reception_cue(next(t for t in doc if t.text == noun), load_cues())
    if found is None:
        return None
    content = " ".join(text[a:b] for a, b in found.content)
    speaker = found.speaker.text if found.speaker is not None else None
    return content, speaker, " ".join(t.text for t in found.cue_tokens)


def test_drew_criticism_from_names_who_reacted(nlp: Language) -> None:
    text = "The zoning plan has drawn sharp criticism from neighbouring mayors."
    assert reception(nlp, text, "criticism") == ("The zoning plan", "mayors", "drawn criticism")


def test_drew_criticism_without_a_source_is_unsourced(nlp: Language) -> None:
    assert reception(nlp, "The levy drew criticism.", "criticism") == ("The levy", None, "drew criticism")


def test_criticism_with_another_verb_is_no_reception(nlp: Language) -> None:
    assert reception(nlp, "Councillor Varga repeated her criticism.", "criticism") is None


def test_extract_reports_a_reception(nlp: Language) -> None:
    doc = nlp("The zoning plan has drawn sharp criticism from neighbouring mayors.")
    assert statements(doc, "drawn sharp criticism") == [("The zoning plan", "neighbouring mayors")]


def test_a_plural_reaction_noun_is_found_by_its_lemma(nlp: Language) -> None:
    doc = nlp("The zoning plans have drawn sharp criticisms from neighbouring mayors.")
    assert [content for content, _ in statements(doc, "drawn sharp criticisms")] == ["The zoning plans"]
