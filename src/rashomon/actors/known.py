"""The actor record the resolver matches against and the store keeps.

``KnownActor`` matches the export's actor (id, name, kind, aliases,
affiliation, stands_for) plus ``evidence``: what resolution has learnt about
the actor (given names, roles, bodies, co-mentioned actors), kept as plain
JSON so the store can save it in one column.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..ids import content_id
from ..model import ActorKind
from .lexicon import fold

# Co-mentioned actors kept per actor: enough to tell two namesakes apart.
MAX_CO_MENTIONS = 40


def actor_id(kind: str, key: str, salt: int = 0) -> str:
    """Ids from content: the same kind and normalised name give the same id on every run."""
    return content_id("actor", kind, fold(key), *((salt,) if salt else ()))


@dataclass
class Evidence:
    """What is known about an actor beyond its names, with counts."""

    given: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    affiliations: Counter[str] = field(default_factory=Counter)  # actor ids
    co_mentions: Counter[str] = field(default_factory=Counter)  # actor ids
    suffix: str | None = None
    gender: str | None = None
    mentions: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "given": dict(self.given), "roles": dict(self.roles), "affiliations": dict(self.affiliations),
            "co_mentions": dict(self.co_mentions.most_common(MAX_CO_MENTIONS)),
            "suffix": self.suffix, "gender": self.gender, "mentions": self.mentions,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Evidence:
        data = data or {}
        return cls(Counter(data.get("given", {})), Counter(data.get("roles", {})),
                   Counter(data.get("affiliations", {})), Counter(data.get("co_mentions", {})),
                   data.get("suffix"), data.get("gender"), int(data.get("mentions", 0)))

    def absorb(self, other: Evidence) -> None:
        self.given.update(other.given)
        self.roles.update(other.roles)
        self.affiliations.update(other.affiliations)
        self.co_mentions.update(other.co_mentions)
        if len(self.co_mentions) > MAX_CO_MENTIONS * 2:
            self.co_mentions = Counter(dict(self.co_mentions.most_common(MAX_CO_MENTIONS)))
        self.suffix = self.suffix or other.suffix
        self.gender = self.gender or other.gender
        self.mentions += other.mentions


@dataclass
class KnownActor:
    """One real-world actor: a person, organisation, state (or metonym), or group.

    ``curated`` aliases come from the user (registry import, ``alias add``):
    a mention spelled exactly so always resolves to this actor.
    ``distinct_from`` lists actors the user split off: never merged back.
    """

    id: str
    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    affiliation: str | None = None
    stands_for: str | None = None
    evidence: Evidence = field(default_factory=Evidence)
    curated: list[str] = field(default_factory=list)
    distinct_from: list[str] = field(default_factory=list)

    def add_alias(self, alias: str) -> bool:
        alias = " ".join(alias.split())
        if alias and alias not in self.aliases:
            self.aliases.append(alias)
            return True
        return False

    def as_dict(self) -> dict[str, Any]:
        """The export's actor fields plus evidence and the user's constraints."""
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "aliases": list(self.aliases),
            "affiliation": self.affiliation, "stands_for": self.stands_for,
            "evidence": self.evidence.as_dict(), "curated": list(self.curated),
            "distinct_from": list(self.distinct_from),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KnownActor:
        return cls(str(data["id"]), str(data["name"]), data.get("kind") or "unknown",
                   list(data.get("aliases") or []), data.get("affiliation") or None,
                   data.get("stands_for") or None, Evidence.from_dict(data.get("evidence")),
                   list(data.get("curated") or []), list(data.get("distinct_from") or []))
