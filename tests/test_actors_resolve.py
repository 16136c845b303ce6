"""Within- and cross-document resolution rules, on hand-built mentions (fictional names)."""

from __future__ import annotations

from typing import Any

from rashomon.actors import ActorIndex, Mention, resolve_document


def mention(text: str, part: str, kind: str, form: str, occurrence: int = 0, **extra: Any) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    name = part if form in ("name", "group", "state", "metonym") else None
    return Mention(part, (start, start + len(part)), kind, form, name=extra.pop("name", name), **extra)  # type: ignore[arg-type]


def names(index: ActorIndex, resolution: Any) -> list[str | None]:
    return [index.get(r.actor).name if r.actor else None for r in resolution.mentions]


def test_within_document_full_name_surname_title_role_pronoun_are_one_actor() -> None:
    text = ("Prime Minister Arvid Petrovani spoke. Petrovani said more. Mr Petrovani left. "
            "The prime minister denied it. He said so.")
    full = mention(text, "Arvid Petrovani", "person", "name", roles=("prime minister",))
    mentions = [
        full,
        mention(text, "Petrovani", "person", "name", 1),
        mention(text, "Mr Petrovani", "person", "name"),
        mention(text, "The prime minister", "person", "role", roles=("prime minister",), attribution=0),
        mention(text, "He", "person", "pronoun", antecedent_span=full.span, attribution=1),
    ]
    index = ActorIndex()
    resolution = resolve_document("d1", mentions, index)
    actors = {r.actor for r in resolution.mentions}
    assert len(actors) == 1 and None not in actors
    assert resolution.speakers() == {0: resolution.mentions[0].actor, 1: resolution.mentions[0].actor}
    actor = index.get(resolution.mentions[0].actor)
    assert actor is not None and actor.name == "Arvid Petrovani"
    assert {"Arvid Petrovani", "Petrovani", "Mr Petrovani"} <= set(actor.aliases)


def test_two_namesakes_in_one_document_stay_apart() -> None:
    text = "Arvid Petrovani met Mira Petrovani. Mira spoke first."
    mentions = [mention(text, "Arvid Petrovani", "person", "name"), mention(text, "Mira Petrovani", "person", "name"),
                mention(text, "Mira", "person", "name", 1)]
    resolution = resolve_document("d1", mentions, ActorIndex())
    first, second, third = (r.actor for r in resolution.mentions)
    assert first != second and second == third


def test_role_without_a_named_holder_is_unresolved() -> None:
    text = "The prime minister said nothing."
    resolution = resolve_document("d1", [mention(text, "The prime minister", "person", "role",
                                                 roles=("prime minister",), attribution=0)], ActorIndex())
    assert resolution.speakers() == {0: None}


def test_the_ministry_resolves_to_the_named_ministry() -> None:
    text = "The Ostrava Ministry of Transport issued a note. Later the ministry said it was wrong."
    mentions = [mention(text, "Ostrava Ministry of Transport", "organization", "name"),
                mention(text, "the ministry", "organization", "role", roles=("ministry",), attribution=0)]
    resolution = resolve_document("d1", mentions, ActorIndex())
    assert resolution.mentions[0].actor == resolution.mentions[1].actor is not None


def test_spokesperson_keeps_the_person_with_the_body_as_affiliation() -> None:
    text = "Lena Dorvik, a spokeswoman for Ruritel, said the plant was closed."
    body = mention(text, "Ruritel", "organization", "name")
    person = mention(text, "Lena Dorvik", "person", "name", roles=("spokesperson",), affiliation="Ruritel",
                     affiliation_span=body.span, attribution=0)
    index = ActorIndex()
    resolution = resolve_document("d1", [person, body], index)
    speaker = index.get(resolution.speakers()[0])
    assert speaker is not None and speaker.kind == "person" and speaker.name == "Lena Dorvik"
    assert speaker.affiliation == resolution.mentions[1].actor


def test_a_spokespersons_statements_can_be_read_as_the_bodys() -> None:
    text = "Lena Dorvik, a spokeswoman for the Kremlin, said the plant was closed."
    body = mention(text, "the Kremlin", "state", "metonym", country="Russia")
    person = mention(text, "Lena Dorvik", "person", "name", roles=("spokesperson",), affiliation="the Kremlin",
                     affiliation_span=body.span, attribution=0)
    index = ActorIndex()
    resolution = resolve_document("d1", [person, body], index)
    chain = [index.get(a).name for a in index.speaks_for(resolution.speakers()[0])]  # type: ignore[union-attr]
    assert chain == ["Lena Dorvik", "the Kremlin", "Russia"]


def test_unnamed_spokesperson_is_an_actor_of_the_body() -> None:
    text = "A spokesperson for Ruritel said the plant was closed."
    body = mention(text, "Ruritel", "organization", "name")
    role = mention(text, "A spokesperson for Ruritel", "person", "role", roles=("spokesperson",),
                   affiliation="Ruritel", affiliation_span=body.span, attribution=0)
    index = ActorIndex()
    resolution = resolve_document("d1", [role, body], index)
    speaker = index.get(resolution.speakers()[0])
    assert speaker is not None and speaker.kind == "person"
    assert speaker.affiliation == resolution.mentions[1].actor


def test_metonyms_are_their_own_actors_standing_for_the_state() -> None:
    text = "The Kremlin denied it. Moscow insisted. Russia said nothing."
    mentions = [mention(text, "The Kremlin", "state", "metonym", country="Russia"),
                mention(text, "Moscow", "state", "metonym", country="Russia"),
                mention(text, "Russia", "state", "state", country="Russia")]
    index = ActorIndex()
    resolution = resolve_document("d1", mentions, index)
    kremlin, moscow, state = (index.get(r.actor) for r in resolution.mentions)
    assert kremlin is not None and moscow is not None and state is not None
    assert len({kremlin.id, moscow.id, state.id}) == 3
    assert kremlin.stands_for == moscow.stands_for == state.id
    assert state.kind == "state" and state.stands_for is None


def test_a_place_is_an_actor_only_when_it_speaks() -> None:
    text = "Ostrava said the road was open. The convoy reached Kestle."
    mentions = [mention(text, "Ostrava", "unknown", "place", attribution=0),
                mention(text, "Kestle", "unknown", "place")]
    index = ActorIndex()
    resolution = resolve_document("d1", mentions, index)
    speaker = index.get(resolution.mentions[0].actor)  # type: ignore[arg-type]
    assert speaker is not None and speaker.kind == "state"
    assert resolution.mentions[1].actor is None and len(index) == 1


def test_groups_are_kept_apart_by_what_they_are() -> None:
    text = "Experts said one thing; local media said another; experts agreed."
    mentions = [mention(text, "Experts", "group", "group", name="experts"),
                mention(text, "local media", "group", "group"),
                mention(text, "experts", "group", "group")]
    index = ActorIndex()
    resolution = resolve_document("d1", mentions, index)
    first, second, third = (r.actor for r in resolution.mentions)
    assert first == third != second
    assert index.get(first).kind == "group"  # type: ignore[union-attr]


def test_cross_document_variant_spelling_reuses_the_actor() -> None:
    index = ActorIndex()
    one = resolve_document("d1", [mention("Armen Petrosian spoke.", "Armen Petrosian", "person", "name")], index)
    two = resolve_document("d2", [mention("Armen Petrosyan spoke.", "Armen Petrosyan", "person", "name")], index)
    assert one.mentions[0].actor == two.mentions[0].actor
    assert two.mentions[0].score >= 0.62
    assert "Armen Petrosyan" in index.get(one.mentions[0].actor).aliases  # type: ignore[union-attr]


def test_co_mentioned_actors_pick_between_namesakes() -> None:
    index = ActorIndex()
    text = "Arvid Petrovani met Ruritel. Mira Petrovani met Velmor."
    resolve_document("d1", [mention(text, "Arvid Petrovani", "person", "name"),
                            mention(text, "Ruritel", "organization", "name")], index)
    resolve_document("d2", [mention(text, "Mira Petrovani", "person", "name"),
                            mention(text, "Velmor", "organization", "name")], index)
    later = "Velmor said Petrovani resigned."
    resolution = resolve_document("d3", [mention(later, "Velmor", "organization", "name"),
                                         mention(later, "Petrovani", "person", "name")], index)
    assert index.get(resolution.mentions[1].actor).name == "Mira Petrovani"  # type: ignore[union-attr]


def test_ids_are_stable_across_runs() -> None:
    text = "Arvid Petrovani of Ruritel spoke in Moscow."
    def run() -> list[str | None]:
        mentions = [mention(text, "Arvid Petrovani", "person", "name"),
                    mention(text, "Ruritel", "organization", "name"),
                    mention(text, "Moscow", "state", "metonym", country="Russia")]
        return [r.actor for r in resolve_document("d1", mentions, ActorIndex()).mentions]
    assert run() == run()


def test_touched_actors_serialise_to_the_export_fields() -> None:
    index = ActorIndex()
    resolution = resolve_document("d1", [mention("Arvid Petrovani spoke.", "Arvid Petrovani", "person", "name")],
                                  index)
    record = next(iter(resolution.actors.values())).as_dict()
    assert {"id", "name", "kind", "aliases", "affiliation", "stands_for"} <= set(record)
    assert resolution.created == [record["id"]]


def test_first_word_of_a_body_named_in_the_document_joins_it() -> None:
    text = "Velmor Dynamics won the tender. Velmor said the plant would open."
    mentions = [mention(text, "Velmor Dynamics", "organization", "name"),
                mention(text, "Velmor", "organization", "name", 1)]
    resolution = resolve_document("d1", mentions, ActorIndex())
    assert resolution.mentions[0].actor == resolution.mentions[1].actor


def test_first_word_known_as_another_body_does_not_join() -> None:
    index = ActorIndex()
    known = resolve_document("d0", [mention("Velmor said.", "Velmor", "organization", "name")], index)
    text = "Velmor Dynamics won the tender. Velmor said the plant would open."
    mentions = [mention(text, "Velmor Dynamics", "organization", "name"),
                mention(text, "Velmor", "organization", "name", 1)]
    resolution = resolve_document("d1", mentions, index)
    assert resolution.mentions[1].actor == known.mentions[0].actor != resolution.mentions[0].actor


def test_a_surname_tagged_as_a_place_joins_the_person() -> None:
    text = "Mayor Oskar Brannholt spoke. Brannholt said the bridge was safe. Massin agreed."
    mentions = [mention(text, "Oskar Brannholt", "person", "name"),
                mention(text, "Brannholt", "unknown", "place", 1, label="GPE", attribution=0),
                mention(text, "Massin", "group", "group", label="NORP", attribution=1)]
    resolution = resolve_document("d1", mentions, ActorIndex())
    assert resolution.mentions[1].actor == resolution.mentions[0].actor
    # No one called Massin is named here: it stays what the recogniser said.
    assert resolution.mentions[2].actor not in (None, resolution.mentions[0].actor)


def test_a_surname_tagged_as_a_place_joins_the_person_named_in_another_document() -> None:
    index = ActorIndex()
    first = "Mayor Oskar Brannholt opened the bridge."
    resolve_document("d1", [mention(first, "Oskar Brannholt", "person", "name")], index)
    later = "Brannholt said the bridge was safe. Ostrava said the road was open."
    resolution = resolve_document("d2", [mention(later, "Brannholt", "unknown", "place", label="GPE", attribution=0),
                                         mention(later, "Ostrava", "unknown", "place", attribution=1)], index)
    mayor, city = (index.get(r.actor) for r in resolution.mentions)  # type: ignore[arg-type]
    assert mayor is not None and mayor.name == "Oskar Brannholt" and mayor.kind == "person"
    assert city is not None and city.kind == "state"  # no one of that surname: a place that speaks


def test_he_never_joins_the_place_at_his_antecedent_span() -> None:
    # An upstream tagger took the city for a person: "he" still goes to the colonel.
    text = "Colonel Dario Fenck told a briefing in Reykjavik. He said the shelling had stopped."
    city = mention(text, "Reykjavik", "state", "metonym", country="Iceland")
    mentions = [mention(text, "Dario Fenck", "person", "name", attribution=0), city,
                mention(text, "He", "person", "pronoun", antecedent_span=city.span, attribution=1)]
    index = ActorIndex()
    resolution = resolve_document("d1", mentions, index)
    colonel, place, pronoun = (r.actor for r in resolution.mentions)
    assert colonel is not None and place is not None and place != colonel
    assert pronoun == colonel


def test_it_may_join_the_state_at_its_antecedent_span() -> None:
    text = "Iceland sent envoys. It said the border was open."
    state = mention(text, "Iceland", "state", "state", country="Iceland")
    mentions = [state, mention(text, "It", "unknown", "pronoun", antecedent_span=state.span, attribution=0)]
    index = ActorIndex()
    resolution = resolve_document("d1", mentions, index)
    first, second = (r.actor for r in resolution.mentions)
    assert first is not None and second == first


def test_it_for_a_body_with_no_name_stays_alone() -> None:
    # "a laboratory ..., it said": no named body fits, so no actor, rather than
    # the last organisation the document names
    text = "Dunmere Holdings hired a laboratory in Kestle. The samples were clean, it said."
    body = mention(text, "Dunmere Holdings", "organization", "name")
    lab = mention(text, "a laboratory in Kestle", "organization", "role", roles=("laboratory",))
    mentions = [body, lab, mention(text, "it", "unknown", "pronoun", antecedent_span=lab.span, attribution=0)]
    resolution = resolve_document("d1", mentions, ActorIndex())
    assert resolution.mentions[2].actor is None
