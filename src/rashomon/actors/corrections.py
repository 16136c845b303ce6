"""User corrections to actors, as data records the store keeps and replays.

Each correction is a small record (``action`` + ``payload``) so the store
can save it as JSON and apply it again after every ingest: corrections
persist across re-runs. Actions:

- ``merge``: ``{"into": A, "actors": [B, ...]}``: B's aliases and evidence move
  to A; B's id redirects to A.
- ``split``: ``{"actor": A, "aliases": [...], "name": optional}``: those
  aliases become a new actor (id from A and the aliases), and the two are
  kept apart from then on.
- ``alias_add`` / ``alias_remove``: ``{"actor": A, "alias": "..."}``. An
  added alias is curated: a mention spelled so always resolves to A.
- ``rename``: ``{"actor": A, "name": "..."}``: the display name (ids stay).
- ``set``: ``{"actor": A, "kind"|"affiliation"|"stands_for": ...}``.

Applying a correction that names an actor no longer there (merged away,
never created) follows merges, and raises ``NotFound`` otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import NotFound, UsageError
from .index import ActorIndex
from .known import KnownActor, actor_id

ACTIONS = ("merge", "split", "alias_add", "alias_remove", "rename", "set")
SETTABLE = ("kind", "affiliation", "stands_for")
KINDS = ("person", "organization", "state", "group", "unknown")


@dataclass(frozen=True)
class Correction:
    action: str
    payload: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {"action": self.action, "payload": dict(self.payload)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Correction:
        action = data.get("action")
        if action not in ACTIONS:
            raise UsageError(f"unknown correction {action!r}; use one of {', '.join(ACTIONS)}")
        return cls(str(action), dict(data.get("payload") or {}))


def merge(into: str, *others: str) -> Correction:
    return Correction("merge", {"into": into, "actors": list(others)})


def split(actor: str, aliases: Iterable[str], name: str | None = None) -> Correction:
    payload: dict[str, Any] = {"actor": actor, "aliases": list(aliases)}
    if name:
        payload["name"] = name
    return Correction("split", payload)


def alias_add(actor: str, alias: str) -> Correction:
    return Correction("alias_add", {"actor": actor, "alias": alias})


def alias_remove(actor: str, alias: str) -> Correction:
    return Correction("alias_remove", {"actor": actor, "alias": alias})


def rename(actor: str, name: str) -> Correction:
    return Correction("rename", {"actor": actor, "name": name})


@dataclass
class CorrectionResult:
    """What the store must change: ids merged away, actors to upsert or delete."""

    redirects: dict[str, str] = field(default_factory=dict)  # old id -> surviving id
    changed: dict[str, KnownActor] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    moved_aliases: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # new id -> (from, aliases)


def _actor(index: ActorIndex, actor: object) -> KnownActor:
    found = index.get(str(actor)) if actor else None
    if found is None:
        raise NotFound(f"no actor {actor!r}: list actors to find its id")
    return found


def apply_corrections(index: ActorIndex, corrections: Iterable[Correction]) -> CorrectionResult:
    """Apply corrections in order to the index; report what changed for the store."""
    result = CorrectionResult()
    for correction in corrections:
        handler = _HANDLERS.get(correction.action)
        if handler is None:
            raise UsageError(f"unknown correction {correction.action!r}; use one of {', '.join(ACTIONS)}")
        handler(index, correction.payload, result)
    return result


def _merge(index: ActorIndex, payload: dict[str, Any], result: CorrectionResult) -> None:
    target = _actor(index, payload.get("into"))
    for other_id in payload.get("actors") or []:
        other = _actor(index, other_id)
        if other.id == target.id:
            continue
        for alias in [other.name, *other.aliases]:
            target.add_alias(alias)
        for alias in other.curated:
            if alias not in target.curated:
                target.curated.append(alias)
        target.evidence.absorb(other.evidence)
        target.distinct_from = [d for d in dict.fromkeys(target.distinct_from + other.distinct_from)
                                if d not in (target.id, other.id)]
        index.remove(other.id)
        index.redirect(other.id, target.id)
        for old, new in list(result.redirects.items()):
            if new == other.id:
                result.redirects[old] = target.id
        result.redirects[other.id] = target.id
        result.changed.pop(other.id, None)
        result.removed.append(other.id)
        # Whatever pointed at the merged actor (a spokesperson, a metonym) now points at the survivor.
        for actor in index:
            if actor.affiliation == other.id or actor.stands_for == other.id:
                actor.affiliation = target.id if actor.affiliation == other.id else actor.affiliation
                actor.stands_for = target.id if actor.stands_for == other.id else actor.stands_for
                result.changed[actor.id] = actor
    index.add(target)
    result.changed[target.id] = target


def _split(index: ActorIndex, payload: dict[str, Any], result: CorrectionResult) -> None:
    source = _actor(index, payload.get("actor"))
    aliases = [a for a in payload.get("aliases") or [] if a]
    if not aliases:
        raise UsageError("split needs at least one alias to move to the new actor")
    name = str(payload.get("name") or aliases[0])
    new_id = actor_id(source.kind, f"{source.id}|{'|'.join(sorted(aliases))}")
    # Replayed after every ingest: the second time, keep what the new actor has learnt since.
    new = index.actors.get(new_id) or KnownActor(new_id, name, source.kind, affiliation=source.affiliation)
    for alias in [name, *aliases]:
        new.add_alias(alias)
        if alias not in new.curated:
            new.curated.append(alias)
    if source.id not in new.distinct_from:
        new.distinct_from.append(source.id)
    source.aliases = [a for a in source.aliases if a not in aliases]
    source.curated = [a for a in source.curated if a not in aliases]
    if source.name in aliases:
        source.name = source.aliases[0] if source.aliases else source.name
    if new.id not in source.distinct_from:
        source.distinct_from.append(new.id)
    index.add(source)
    index.add(new)
    result.changed[source.id] = source
    result.changed[new.id] = new
    result.moved_aliases[new.id] = (source.id, aliases)


def _alias_add(index: ActorIndex, payload: dict[str, Any], result: CorrectionResult) -> None:
    actor = _actor(index, payload.get("actor"))
    alias = str(payload.get("alias") or "").strip()
    if not alias:
        raise UsageError("alias add needs a non-empty alias")
    actor.add_alias(alias)
    if alias not in actor.curated:
        actor.curated.append(alias)
    # A curated alias belongs to one actor: take it from any other.
    for other in list(index):
        if other.id != actor.id and alias in other.curated:
            other.curated.remove(alias)
            index.add(other)
            result.changed[other.id] = other
    index.add(actor)
    result.changed[actor.id] = actor


def _alias_remove(index: ActorIndex, payload: dict[str, Any], result: CorrectionResult) -> None:
    actor = _actor(index, payload.get("actor"))
    alias = str(payload.get("alias") or "")
    actor.aliases = [a for a in actor.aliases if a != alias]
    actor.curated = [a for a in actor.curated if a != alias]
    index.add(actor)
    result.changed[actor.id] = actor


def _rename(index: ActorIndex, payload: dict[str, Any], result: CorrectionResult) -> None:
    actor = _actor(index, payload.get("actor"))
    name = str(payload.get("name") or "").strip()
    if not name:
        raise UsageError("rename needs a non-empty name")
    actor.name = name
    actor.add_alias(name)
    index.add(actor)
    result.changed[actor.id] = actor


def _set(index: ActorIndex, payload: dict[str, Any], result: CorrectionResult) -> None:
    actor = _actor(index, payload.get("actor"))
    for key in SETTABLE:
        if key not in payload:
            continue
        value = payload[key]
        if key == "kind":
            if value not in KINDS:
                raise UsageError(f"kind must be one of {', '.join(KINDS)}, not {value!r}")
            actor.kind = value
        else:
            setattr(actor, key, _actor(index, value).id if value else None)
    index.add(actor)
    result.changed[actor.id] = actor


_HANDLERS = {"merge": _merge, "split": _split, "alias_add": _alias_add, "alias_remove": _alias_remove,
             "rename": _rename, "set": _set}
