"""Whole records: cue classes, negation, nested statements, exact spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from rashomon.model import Attribution

pytestmark = pytest.mark.slow

STORY = (
    "Velden, 3 March. Interior Minister Tomas Brevik denied on Monday that troops had crossed the river.\n\n"
    "“We have not fired a single shell,” he said.\n\n"
    "Opposition leader Amara Quist said that a ferry captain had told her the troops crossed at night. "
    "The ministry later retracted its claim that the dam had been sabotaged, according to the Velden Courier. "
    "Reportedly, the convoy never reached Orvala."
)


@pytest.fixture(scope="module")
def story(nlp: Language) -> list[Attribution]:
    return extract(nlp(STORY))


def by_cue(items: list[Attribution], cue: str) -> Attribution:
    return next(a for a in items if a.cue == cue)


def test_records_spans_index_the_text(story: list[Attribution]) -> None:
    for item in story:
        for start, end in [item.content_span, *item.content_parts]:
            assert 0 <= start < end <= len(STORY)
        if item.cue_span:
            assert STORY[item.cue_span[0] : item.cue_span[1]] == item.cue
        if item.speaker_span:
            assert STORY[item.speaker_span[0] : item.speaker_span[1]] == item.speaker_text
        assert 0.0 <= item.confidence <= 1.0


def test_records_cue_classes(story: list[Attribution]) -> None:
    assert by_cue(story, "denied").cue_class == "deny"
    assert by_cue(story, "retracted").cue_class == "retract"
    assert by_cue(story, "said").cue_class == "assert"
    assert by_cue(story, "according to").cue_class == "report"


def test_records_negation_in_content(story: list[Attribution]) -> None:
    quote = next(a for a in story if a.kind == "direct")
    assert quote.negated
    assert not by_cue(story, "denied").negated  # the cue negates, the content does not
    assert by_cue(story, "Reportedly").negated


def test_records_nested_statement_is_linked(story: list[Attribution]) -> None:
    outer = next(a for a in story if a.speaker_text == "Opposition leader Amara Quist")
    inner = by_cue(story, "told")
    assert inner.parent == story.index(outer)
    assert STORY[inner.content_span[0] : inner.content_span[1]] == "the troops crossed at night"
    assert outer.parent is None


def test_records_pronoun_in_direct_quote_resolved(story: list[Attribution]) -> None:
    quote = next(a for a in story if a.kind == "direct")
    assert quote.speaker_text == "he"
    assert quote.speaker_antecedent_span is not None
    assert STORY[quote.speaker_antecedent_span[0] : quote.speaker_antecedent_span[1]].endswith("Tomas Brevik")


def test_records_ordered_by_content(story: list[Attribution]) -> None:
    starts = [a.content_span[0] for a in story]
    assert starts == sorted(starts)


def test_records_extra_cue_file(nlp: Language, tmp_path: Path) -> None:
    extra = tmp_path / "cues.tsv"
    extra.write_text("harrumph\taccuse\tverb\n", encoding="utf-8")
    text = "Councillor Bram Oster harrumphed that the ferry was a disgrace."
    assert not any(a.cue == "harrumphed" for a in extract(nlp(text)))
    [item] = extract(nlp(text), extra_cues=extra)
    assert (item.cue, item.cue_class) == ("harrumphed", "accuse")
