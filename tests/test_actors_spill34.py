"""Speakers a wire story writes around the names the tagger gets wrong: a
dateline taken for a body, a company taken for a person, a hospital taken
for a building. Every sentence is invented (rashomon.actors.mentions,
within, resolve)."""

from __future__ import annotations

import pytest

from rashomon.actors import ActorIndex, mentions_from_doc, resolve_document
from rashomon.model import Attribution

pytestmark = pytest.mark.slow

WIRE = ("\nKESTRAVE, Vessland (Pellow Wire) — Dead trout floated on Monday below a tannery owned by "
        "Ostrin Leathercraft, and nine people were treated.\n\n"
        "The company said the tannery had been closed since Friday.\n\n"
        "Ostrin Leathercraft, which employs about 300 people in Kestrave, makes saddles.")


def speakers_across(*documents: tuple[str, tuple[str, ...]]) -> list[list[str | None]]:
    """Resolve the documents in order into one index; per document, the actor name of
    each speaker (its last occurrence in the text)."""
    from rashomon.nlp import load_pipeline

    index, names = ActorIndex(), []
    for number, (text, speakers) in enumerate(documents):
        attributions = []
        for speaker in speakers:
            start = text.rindex(speaker)
            attributions.append(Attribution((0, 1), "said", "assert", "indirect", speaker_span=(start, start + len(speaker)),
                                            speaker_text=speaker, source_kind="named"))
        resolution = resolve_document(f"d{number}", mentions_from_doc(load_pipeline()(text), attributions), index)
        found = resolution.speakers()
        actors = [index.get(found[i] or "") for i in range(len(attributions))]
        names.append([actor.name if actor is not None else None for actor in actors])
    return names


def test_a_dateline_after_a_blank_line_is_a_place_not_the_company(nlp) -> None:
    mentions = mentions_from_doc(nlp(WIRE), [])
    dateline = next(m for m in mentions if m.text == "KESTRAVE")
    assert (dateline.kind, dateline.form) == ("unknown", "place")


def test_the_company_is_the_name_a_which_clause_shows_is_a_body() -> None:
    assert speakers_across((WIRE, ("The company",))) == [["Ostrin Leathercraft"]]


def test_a_short_form_tagged_as_a_person_is_the_body_an_earlier_article_named() -> None:
    later = ("Ostrin said on Tuesday that the tannery would reopen.", ("Ostrin",))
    assert speakers_across((WIRE, ()), later)[1] == ["Ostrin Leathercraft"]


def test_a_hospital_tagged_as_a_building_speaks_and_the_hospital_joins_it() -> None:
    text = "Twelve people had been treated at Kestrave District Hospital by Friday night, the hospital said."
    assert speakers_across((text, ("the hospital",))) == [["Kestrave District Hospital"]]


def test_the_company_is_not_a_hospital_the_article_names() -> None:
    text = ("Twelve people had been treated at Kestrave District Hospital by Friday night, the hospital said. "
            "Ostrin Leathercraft, which employs about 300 people in Kestrave, makes saddles. "
            "The company said nothing had leaked.")
    assert speakers_across((text, ("the hospital", "The company"))) == [
        ["Kestrave District Hospital", "Ostrin Leathercraft"]]
