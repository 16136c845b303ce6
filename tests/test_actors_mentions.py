"""Mentions with evidence from a parsed fictional article, and resolution end to end."""

from __future__ import annotations

import pytest

from rashomon.actors import ActorIndex, mentions_from_doc, resolve_document
from rashomon.model import Attribution

TEXT = (
    "Defence Minister Arvid Petrovani said on Monday that the shells were fired. "
    "The minister later said the figure was wrong. He said it again on Tuesday. "
    "A spokesperson for the Ministry of Defence said the claims were false. "
    "Kremlin spokesperson Dmitra Olyanova said the report was invented. "
    "Experts said the debris matched. Sources close to the government said talks failed. "
    "The Chilean side refused to comment. Official Ottawa was silent."
)


def attribution(speaker: str, source_kind: str = "named", antecedent: str | None = None) -> Attribution:
    start = TEXT.index(speaker)
    span = None
    if antecedent is not None:
        a = TEXT.index(antecedent)
        span = (a, a + len(antecedent))
    return Attribution((0, 1), "said", "assert", "indirect", speaker_span=(start, start + len(speaker)),
                       speaker_text=speaker, source_kind=source_kind, speaker_antecedent_span=span)


ATTRIBUTIONS = [
    attribution("Arvid Petrovani"),
    attribution("The minister", "role"),
    attribution("He", "pronoun", antecedent="Arvid Petrovani"),
    attribution("A spokesperson for the Ministry of Defence", "role"),
    attribution("Dmitra Olyanova"),
    attribution("Experts", "group"),
    attribution("Sources close to the government", "group"),
    attribution("The Chilean side", "organization"),
    attribution("Official Ottawa", "organization"),
]


@pytest.fixture(scope="module")
def resolved():
    from rashomon.nlp import load_pipeline

    doc = load_pipeline()(TEXT)
    index = ActorIndex()
    mentions = mentions_from_doc(doc, ATTRIBUTIONS)
    resolution = resolve_document("doc1", mentions, index)
    return index, mentions, resolution


def speaker(resolved, number: int):
    index, _, resolution = resolved
    actor = resolution.speakers()[number]
    return index.get(actor) if actor else None


@pytest.mark.slow
def test_mentions_carry_roles_in_front_of_a_name(resolved) -> None:
    _, mentions, _ = resolved
    minister = next(m for m in mentions if m.name == "Arvid Petrovani")
    assert "defence minister" in minister.roles and minister.attribution == 0


@pytest.mark.slow
def test_role_and_pronoun_speakers_resolve_to_the_named_minister(resolved) -> None:
    named = speaker(resolved, 0)
    assert named is not None and named.name == "Arvid Petrovani"
    assert speaker(resolved, 1) is named and speaker(resolved, 2) is named


@pytest.mark.slow
def test_unnamed_spokesperson_speaks_for_the_ministry(resolved) -> None:
    spokesperson = speaker(resolved, 3)
    index, _, _ = resolved
    assert spokesperson is not None and spokesperson.kind == "person"
    body = index.get(spokesperson.affiliation)
    assert body is not None and "Ministry of Defence" in body.name


@pytest.mark.slow
def test_seat_of_power_before_a_role_is_the_affiliation(resolved) -> None:
    index, _, _ = resolved
    olyanova = speaker(resolved, 4)
    assert olyanova is not None and olyanova.name == "Dmitra Olyanova"
    kremlin = index.get(olyanova.affiliation)
    assert kremlin is not None and kremlin.stands_for is not None
    assert index.get(kremlin.stands_for).name == "Russia"  # type: ignore[union-attr]


@pytest.mark.slow
def test_groups_are_actors_of_kind_group(resolved) -> None:
    experts, sources = speaker(resolved, 5), speaker(resolved, 6)
    assert experts is not None and sources is not None and experts is not sources
    assert experts.kind == sources.kind == "group"
    assert sources.name == "sources close to the government"


@pytest.mark.slow
def test_the_x_side_and_official_capital_name_the_state(resolved) -> None:
    index, _, _ = resolved
    chile, ottawa = speaker(resolved, 7), speaker(resolved, 8)
    assert chile is not None and chile.kind == "state" and chile.name == "Chile"
    assert ottawa is not None and ottawa.kind == "state"
    assert index.get(ottawa.stands_for).name == "Canada"  # type: ignore[union-attr]


@pytest.mark.slow
def test_broken_speaker_spans_are_skipped(resolved) -> None:
    from rashomon.nlp import load_pipeline

    doc = load_pipeline()("!!! ??? ...")
    broken = [Attribution((0, 1), "said", "assert", "indirect", speaker_span=span) for span in [(5, 2), (0, 0), (4, 400)]]
    assert mentions_from_doc(doc, broken) == []


BODIES = (
    "Chile's Ministry of Defence said the convoy was lost. "
    "The Chilean defence ministry later said the convoy was found. "
    "The carmaker Velmor Motors said production would resume."
)


@pytest.fixture(scope="module")
def bodies():
    from rashomon.nlp import load_pipeline

    doc = load_pipeline()(BODIES)
    speakers = ["Chile's Ministry of Defence", "The Chilean defence ministry", "The carmaker Velmor Motors"]
    attributions = []
    for speaker_text in speakers:
        start = BODIES.index(speaker_text)
        attributions.append(Attribution((0, 1), "said", "assert", "indirect",
                                        speaker_span=(start, start + len(speaker_text)), speaker_text=speaker_text))
    index = ActorIndex()
    resolution = resolve_document("doc2", mentions_from_doc(doc, attributions), index)
    return index, resolution.speakers()


@pytest.mark.slow
def test_a_national_body_in_two_wordings_is_one_actor(bodies) -> None:
    index, speakers = bodies
    assert speakers[0] is not None and speakers[0] == speakers[1]
    assert "Chile" in index.get(speakers[0]).name  # type: ignore[union-attr]


@pytest.mark.slow
def test_a_description_before_a_name_is_about_the_name(bodies) -> None:
    index, speakers = bodies
    company = index.get(speakers[2])
    assert company is not None and company.kind == "organization" and company.name == "Velmor Motors"


OFFICE = (
    "Prime Minister Arvid Petrovani spoke on Monday. "
    "His office later said the figure was wrong. "
    "The office of Prime Minister Arvid Petrovani confirmed the correction."
)


@pytest.mark.slow
def test_a_persons_office_is_a_body_belonging_to_the_person() -> None:
    from rashomon.nlp import load_pipeline

    doc = load_pipeline()(OFFICE)
    attributions = []
    for speaker_text in ("His office", "The office of Prime Minister Arvid Petrovani"):
        start = OFFICE.index(speaker_text)
        attributions.append(Attribution((0, 1), "said", "assert", "indirect",
                                        speaker_span=(start, start + len(speaker_text)), speaker_text=speaker_text))
    index = ActorIndex()
    speakers = resolve_document("doc3", mentions_from_doc(doc, attributions), index).speakers()
    office = index.get(speakers[0])
    assert office is not None and speakers[0] == speakers[1] and office.kind == "organization"
    assert index.get(office.affiliation).name == "Arvid Petrovani"  # type: ignore[union-attr]
