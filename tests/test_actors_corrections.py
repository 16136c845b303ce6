"""User corrections and the registry: merge, split, alias, rename, YAML/CSV round trips."""

from __future__ import annotations

import pytest

from rashomon.actors import (ActorIndex, Correction, KnownActor, Mention, apply_corrections, from_csv, from_yaml,
                             import_registry, resolve_document, to_csv, to_yaml)
from rashomon.actors.corrections import alias_add, merge, rename, split
from rashomon.errors import NotFound, UsageError


def person(text: str, kind: str = "person") -> list[Mention]:
    return [Mention(text, (0, len(text)), kind, "name", name=text)]  # type: ignore[arg-type]


def resolve(index: ActorIndex, doc: str, text: str, kind: str = "person") -> str:
    actor = resolve_document(doc, person(text, kind), index).mentions[0].actor
    assert actor is not None
    return index.canonical_id(actor)


def test_merge_moves_aliases_and_redirects_the_old_id() -> None:
    index = ActorIndex()
    first = resolve(index, "d1", "Omar Qadhani")
    second = resolve(index, "d2", "Colonel Zuberi")
    result = apply_corrections(index, [merge(first, second)])
    assert result.redirects == {second: first} and result.removed == [second]
    assert index.canonical_id(second) == first and second not in index.actors
    assert "Colonel Zuberi" in index.get(first).aliases  # type: ignore[union-attr]
    # A later document naming the merged alias lands on the survivor.
    assert resolve(index, "d3", "Colonel Zuberi") == first


def test_split_moves_aliases_to_a_new_actor_that_stays_apart() -> None:
    index = ActorIndex()
    actor = resolve(index, "d1", "Arvid Petrovani")
    assert resolve(index, "d2", "A. Petrovani") == actor
    result = apply_corrections(index, [split(actor, ["A. Petrovani"], name="Anton Petrovani")])
    new_id = next(i for i in result.changed if i != actor)
    assert result.moved_aliases[new_id] == (actor, ["A. Petrovani"])
    assert "A. Petrovani" not in index.get(actor).aliases  # type: ignore[union-attr]
    assert actor in index.get(new_id).distinct_from  # type: ignore[union-attr]
    # Re-ingesting the split spelling resolves to the new actor, not back to the old one.
    assert resolve(index, "d3", "A. Petrovani") == new_id
    assert resolve(index, "d4", "Arvid Petrovani") == actor


def test_replaying_a_split_keeps_what_the_new_actor_learnt() -> None:
    index = ActorIndex()
    actor = resolve(index, "d1", "Arvid Petrovani")
    resolve(index, "d2", "A. Petrovani")
    correction = split(actor, ["A. Petrovani"], name="Anton Petrovani")
    new_id = next(i for i in apply_corrections(index, [correction]).changed if i != actor)
    assert resolve(index, "d3", "Anton Petrovani") == new_id
    apply_corrections(index, [correction])
    assert "Anton Petrovani" in index.get(new_id).aliases  # type: ignore[union-attr]
    assert index.get(new_id).evidence.mentions >= 1  # type: ignore[union-attr]


def test_alias_add_is_curated_and_wins() -> None:
    index = ActorIndex()
    actor = resolve(index, "d1", "Lena Dorvik")
    apply_corrections(index, [alias_add(actor, "The Iron Lady of Ostrava")])
    assert resolve(index, "d2", "The Iron Lady of Ostrava") == actor


def test_rename_keeps_the_id() -> None:
    index = ActorIndex()
    actor = resolve(index, "d1", "Petrovani")
    apply_corrections(index, [rename(actor, "Arvid Petrovani")])
    renamed = index.get(actor)
    assert renamed is not None and renamed.name == "Arvid Petrovani" and renamed.id == actor


def test_corrections_round_trip_as_records_and_replay_after_reingest() -> None:
    stored = [merge("x", "y").as_dict()]
    assert Correction.from_dict(stored[0]) == merge("x", "y")
    def ingest() -> tuple[ActorIndex, str, str]:
        index = ActorIndex()
        return index, resolve(index, "d1", "Omar Qadhani"), resolve(index, "d2", "Colonel Zuberi")
    index, first, second = ingest()
    records = [merge(first, second).as_dict()]
    again, first_again, second_again = ingest()
    apply_corrections(again, [Correction.from_dict(r) for r in records])
    assert (first_again, second_again) == (first, second)
    assert again.canonical_id(second) == first


def test_unknown_actor_and_action_are_user_errors() -> None:
    with pytest.raises(NotFound):
        apply_corrections(ActorIndex(), [rename("actor_missing", "X")])
    with pytest.raises(UsageError):
        Correction.from_dict({"action": "explode", "payload": {}})


def test_registry_yaml_round_trip_keeps_every_field() -> None:
    index = ActorIndex()
    resolve(index, "d1", "Ruritel Corporation", "organization")
    resolve(index, "d2", "Lena Dorvik")
    text = to_yaml(index)
    again = {a.id: a.as_dict() for a in from_yaml(text)}
    assert again == {a.id: a.as_dict() for a in index}


def test_registry_csv_round_trip_and_import_makes_aliases_curated() -> None:
    index = ActorIndex()
    actor = resolve(index, "d1", "Lena Dorvik")
    text = to_csv(index)
    assert text.splitlines()[0] == "id,name,kind,aliases,affiliation,stands_for"
    rows = from_csv(text + "\n,Velmor Bank,organization,Velmor | VB,,\n")
    assert [r.name for r in rows] == ["Lena Dorvik", "Velmor Bank"]
    assert rows[1].id.startswith("actor_") and rows[1].aliases == ["Velmor", "VB"]
    fresh = ActorIndex()
    import_registry(fresh, rows)
    assert resolve(fresh, "d2", "Lena Dorvik") == actor
    assert resolve(fresh, "d3", "VB", "organization") == rows[1].id


def test_registry_rejects_bad_input() -> None:
    with pytest.raises(UsageError):
        from_yaml("actors: [{kind: person}]")
    with pytest.raises(UsageError):
        from_csv("id,name,kind\nx,Lena,alien\n")
    with pytest.raises(UsageError):
        from_yaml("format: something-else\nactors: []")


def test_known_actor_dict_round_trip() -> None:
    actor = KnownActor("actor_1", "Lena Dorvik", "person", aliases=["Lena Dorvik", "Dorvik"], curated=["Dorvik"])
    assert KnownActor.from_dict(actor.as_dict()).as_dict() == actor.as_dict()
