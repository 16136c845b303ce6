"""Bodies a country has several of, and a body's short name across articles:
"Selvane's health ministry" is not Selvane's defence ministry, and "the
Inspectorate" of a later article is the "National Water Inspectorate" an
earlier one named. Every sentence is invented (rashomon.actors.mentions,
index, resolve)."""

from __future__ import annotations

import pytest

from rashomon.actors import ActorIndex, mentions_from_doc, resolve_document
from rashomon.actors.mentions import span_mention
from rashomon.model import Attribution

pytestmark = pytest.mark.slow


def speakers_across(*documents: tuple[str, tuple[str, ...]]) -> list[list[str | None]]:
    """Resolve the documents in order into one index; per document, the actor
    name of each speaker (its first occurrence in the text)."""
    from rashomon.nlp import load_pipeline

    index, names = ActorIndex(), []
    for number, (text, speakers) in enumerate(documents):
        attributions = []
        for speaker in speakers:
            start = text.index(speaker)
            attributions.append(Attribution((0, 1), "said", "assert", "indirect", speaker_span=(start, start + len(speaker)),
                                            speaker_text=speaker, source_kind="named"))
        resolution = resolve_document(f"d{number}", mentions_from_doc(load_pipeline()(text), attributions), index)
        found = resolution.speakers()
        actors = [index.get(found[i] or "") for i in range(len(attributions))]
        names.append([actor.name if actor is not None else None for actor in actors])
    return names


def test_a_countrys_ministry_keeps_the_word_that_says_which(nlp, sample_world) -> None:
    text = "Selvane's health ministry said on Monday that the wells were safe."
    mention = span_mention(nlp(text), 0, len("Selvane's health ministry"))
    assert mention.name == "Selvane health ministry"
    assert mention.roles == ("health ministry",)
    # a ministry the lexicon knows keeps its canonical name
    text = "Selvane's ministry of defence said on Monday that the wells were safe."
    assert span_mention(nlp(text), 0, len("Selvane's ministry of defence")).name == "Selvane defence ministry"


def test_two_ministries_of_one_country_stay_apart_and_the_later_one_joins_its_own(sample_world) -> None:
    first = ("Selvane's health ministry said the wells were safe. Selvane's finance ministry said the budget would hold.",
             ("Selvane's health ministry", "Selvane's finance ministry"))
    later = ("The health ministry on Tuesday withdrew its statement about the wells.", ("The health ministry",))
    names = speakers_across(first, later)
    assert names[0] == ["Selvane health ministry", "Selvane finance ministry"]
    assert names[1] == ["Selvane health ministry"]


def test_a_bodys_last_word_is_that_body_in_a_later_article() -> None:
    first = ("The National Water Inspectorate said on Monday that it had sent two inspectors to the dam.",
             ("The National Water Inspectorate",))
    later = ("The Inspectorate said on Thursday that it would publish its findings within days.", ("The Inspectorate",))
    assert speakers_across(first, later)[1] == ["National Water Inspectorate"]
