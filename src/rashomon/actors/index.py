"""A blocking index over known actors: find the few candidates worth scoring.

Each actor is filed under short keys: every alias (folded), and for people
the transliteration key of the surname, its one-letter deletions (so a
dropped or changed letter still meets) and its consonant skeleton; for
organisations the normalised name, its acronym and its first word. Looking
up a mention touches a handful of keys, so resolving against 100,000 actors
stays in milliseconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .known import KnownActor
from .lexicon import Lexicon, fold, load_lexicon
from .metonyms import place_key
from .names import PersonName, acronyms, org_key, org_tokens, parse_person, qualified, skeleton

# A first-word block this large names a generic word ("national"), not a lead.
MAX_TOKEN_BLOCK = 200


def deletions(key: str) -> set[str]:
    """The key and every form with one letter dropped (symmetric-delete blocking)."""
    if len(key) < 5:
        return {key}
    return {key} | {key[:i] + key[i + 1:] for i in range(len(key))}


def alias_key(text: str) -> str:
    return place_key(text)


@dataclass
class Profile:
    """Precomputed comparable forms of one actor's names."""

    people: list[PersonName] = field(default_factory=list)
    org_token_lists: list[list[str]] = field(default_factory=list)
    org_keys: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    qualified: set[tuple[str | None, str]] = field(default_factory=set)  # (country, rest of the name)
    alias_keys: set[str] = field(default_factory=set)
    curated_keys: set[str] = field(default_factory=set)


def person_keys(name: PersonName) -> set[str]:
    key = name.surname_key
    if not key:
        return set()
    keys = {"d:" + k for k in deletions(key)}
    if len(key) >= 4:
        keys.add("k:" + skeleton(key))
    return keys


def org_block_keys(text: str, generic: frozenset[str]) -> set[str]:
    """Name key ("o:"), acronyms of a long name ("x:"), first word ("t:"), last word ("l:",
    so that "the Inspectorate" meets the "National Environment Inspectorate")."""
    tokens = org_tokens(text)
    keys = {"o:" + " ".join(tokens)} if tokens else set()
    keys |= {"x:" + short for short in acronyms(text, generic)}
    if tokens:
        keys.add("t:" + tokens[0][:5])
        keys.add("l:" + tokens[-1])
    return keys


class ActorIndex:
    """Known actors with blocking keys; merged-away ids redirect to the survivor."""

    def __init__(self, known: Iterable[KnownActor] = (), lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.actors: dict[str, KnownActor] = {}
        self.redirects: dict[str, str] = {}
        self.profiles: dict[str, Profile] = {}
        self._blocks: dict[str, set[str]] = defaultdict(set)
        self._keys_of: dict[str, set[str]] = {}
        for actor in known:
            self.add(actor)

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Iterator[KnownActor]:
        return iter(self.actors.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors or actor_id in self.redirects

    def canonical_id(self, actor_id: str) -> str:
        """Follow merges: the id that now stands for ``actor_id``."""
        seen = set()
        while actor_id in self.redirects and actor_id not in seen:
            seen.add(actor_id)
            actor_id = self.redirects[actor_id]
        return actor_id

    def get(self, actor_id: str) -> KnownActor | None:
        return self.actors.get(self.canonical_id(actor_id))

    def speaks_for(self, actor_id: str) -> list[str]:
        """The actor and whom its statements can be read as: its body, that body's state...

        A spokesperson -> the ministry -> (a metonym ->) the state. Lets a reader
        view a spokesperson's statements as the body's.
        """
        chain: list[str] = []
        current: str | None = self.canonical_id(actor_id)
        while current and current not in chain:
            chain.append(current)
            actor = self.actors.get(current)
            if actor is None:
                break
            following = actor.affiliation or actor.stands_for
            current = self.canonical_id(following) if following else None
        return chain

    def add(self, actor: KnownActor) -> None:
        """Add an actor, or re-file it after its names changed."""
        if actor.id in self.actors:
            self.remove(actor.id)
        self.actors[actor.id] = actor
        self.redirects.pop(actor.id, None)
        self.profiles[actor.id] = Profile()
        self._keys_of[actor.id] = set()
        for alias in dict.fromkeys([actor.name, *actor.aliases, *actor.curated]):
            self.add_alias_keys(actor, alias)
        self.file_member(actor)

    def file_member(self, actor: KnownActor) -> None:
        """File a person under the body they speak for, once that is known."""
        if actor.kind == "person" and actor.affiliation:
            self._blocks["m:" + actor.affiliation].add(actor.id)
            self._keys_of[actor.id].add("m:" + actor.affiliation)

    def members(self, body_id: str) -> set[str]:
        """The people known to speak for a body."""
        return set(self._blocks.get("m:" + body_id, ()))

    def add_alias_keys(self, actor: KnownActor, alias: str) -> None:
        """File one more surface form of an actor already in the index."""
        profile = self.profiles[actor.id]
        key = alias_key(alias)
        if not key:
            return
        keys = {"a:" + key}
        profile.alias_keys.add(key)
        if alias in actor.curated:
            profile.curated_keys.add(key)
        if actor.kind == "person":
            name = parse_person(alias, self.lexicon)
            if name is not None and name.surname_key:
                if name not in profile.people:
                    profile.people.append(name)
                keys |= person_keys(name)
        elif actor.kind == "organization":
            tokens = org_tokens(alias)
            if tokens and tokens not in profile.org_token_lists:
                profile.org_token_lists.append(tokens)
                profile.org_keys.add(org_key(alias))
                profile.acronyms |= acronyms(alias, self.lexicon.org_words)
                country, rest = qualified(tokens, self.lexicon)
                profile.qualified.add((country, rest))
                keys.add("b:" + rest)
            keys |= org_block_keys(alias, self.lexicon.org_words)
        for block_key in keys:
            self._blocks[block_key].add(actor.id)
        self._keys_of[actor.id] |= keys

    def remove(self, actor_id: str) -> KnownActor | None:
        actor = self.actors.pop(actor_id, None)
        for key in self._keys_of.pop(actor_id, set()):
            block = self._blocks.get(key)
            if block is not None:
                block.discard(actor_id)
                if not block:
                    del self._blocks[key]
        self.profiles.pop(actor_id, None)
        return actor

    def redirect(self, old: str, new: str) -> None:
        """Remember that ``old`` was merged into ``new``."""
        self.redirects[old] = new

    def by_alias(self, text: str) -> set[str]:
        return set(self._blocks.get("a:" + alias_key(text), ()))

    def person_candidates(self, name: PersonName, surface: str) -> set[str]:
        found = self.by_alias(surface) | self.by_alias(fold(name.surname))
        for key in person_keys(name):
            found |= self._blocks.get(key, set())
        return {i for i in found if self.actors[i].kind == "person"}

    def org_candidates(self, surface: str) -> set[str]:
        found = self.by_alias(surface)
        tokens = org_tokens(surface)
        for key in org_block_keys(surface, self.lexicon.org_words):
            if key.startswith("x:"):
                # A long name meets bodies known by its acronym ("General Motors" -> "GM").
                key = "o:" + key[2:]
            block = self._blocks.get(key, set())
            if key[:2] in ("t:", "l:") and len(block) > MAX_TOKEN_BLOCK:
                continue
            found |= block
        if tokens:
            # The name without a leading country meets "US Air Force" and "the Air Force".
            block = self._blocks.get("b:" + qualified(tokens, self.lexicon)[1], set())
            if len(block) <= MAX_TOKEN_BLOCK:
                found |= block
        if len(tokens) == 1:
            # An acronym written as a name ("GM") meets the long forms filed under it.
            block = self._blocks.get("x:" + tokens[0], set())
            if len(block) <= MAX_TOKEN_BLOCK:
                found |= block
        return {i for i in found if self.actors[i].kind == "organization"}
