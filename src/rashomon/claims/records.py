"""Plain records the claims and findings stages read and write.

They carry only what stance and findings need, so the caller (the pipeline,
reading the store) builds them from whatever it keeps; nothing here touches
SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import PartialDate, Span, StanceValue


@dataclass(frozen=True)
class StatementView:
    """One attributed statement with its speaker resolved and its date.

    ``actor`` is the speaker's actor id (``None`` when unresolved);
    ``actor_stands_for`` and ``actor_affiliation`` come from the actors stage
    (a metonym's referent, a spokesperson's body) and let an office speak for
    its principal. ``sentence`` is the whole sentence the content sits in.
    ``duplicate_of`` is the id of the document this statement's document
    copies, if any (syndicated wire copy counts once).
    """

    id: str
    document: str
    content: str
    cue_class: str = "assert"
    sentence: str = ""
    outlet: str | None = None
    actor: str | None = None
    actor_stands_for: str | None = None
    actor_affiliation: str | None = None
    actor_kind: str = "unknown"
    actor_name: str | None = None
    cue: str = ""
    kind: str = "indirect"
    negated: bool = False
    said_on: PartialDate | None = None
    duplicate_of: str | None = None
    content_span: Span | None = None
    principal_name: str | None = None  # the name of whom the speaker speaks for (see ``principal``)
    by_author: bool = False  # the speaker is one of the article's authors (an interviewer)
    # the words naming a source no actor stands for ("two drivers interviewed
    # by the Monitor", "a senior official"): an unnamed source, not a hedge's none
    unnamed_source: str | None = None
    # the speaker's mention as written ("Aurel Bensky, a teacher who had
    # brought his daughter to the rally"): who "we" and "us" are
    speaker_text: str | None = None
    # inside a question's content ("Asked whether the union had warned the
    # company ..."): what is asked about, asserted by no one
    in_question: bool = False

    @property
    def principal(self) -> str | None:
        """The actor this statement speaks for: a metonym's referent, an
        office's or spokesperson's body, else the speaker itself."""
        return self.actor_stands_for or self.actor_affiliation or self.actor

    @property
    def source_document(self) -> str:
        """The document this one is a copy of, or itself."""
        return self.duplicate_of or self.document


@dataclass(frozen=True)
class ActorInfo:
    """What findings need of an actor: its kind and whom it speaks for."""

    id: str
    kind: str = "unknown"
    affiliation: str | None = None
    stands_for: str | None = None
    name: str | None = None
    aliases: tuple[str, ...] = ()  # surface forms ("the prime minister"), to find who a retraction names


@dataclass(frozen=True)
class Proposition:
    """A claim tracked by the user (or discovered), in plain words."""

    id: str
    text: str
    origin: str = "tracked"  # tracked | discovered
    also: tuple[str, ...] = ()  # words the user says mean the same (``rashomon track --also``)


@dataclass(frozen=True)
class Stance:
    """A statement's stance on a proposition (contract rule 5).

    ``relevance`` says how much the statement bears on the proposition (0-1);
    ``score`` is the confidence in ``value``. ``overridden`` marks a value set
    by the user, which no recomputation changes.
    """

    statement: str
    proposition: str
    value: StanceValue
    score: float
    relevance: float
    overridden: bool = False

    def as_dict(self) -> dict[str, object]:
        """Shaped like an item of ``propositions[].stances`` in the export."""
        return {"statement": self.statement, "value": self.value, "score": round(self.score, 3)}


@dataclass
class DiscoveredProposition:
    """A cluster of statements from different documents asserting one thing."""

    text: str
    statements: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    cohesion: float = 0.0
    saying: list[str] = field(default_factory=list)  # members that say ``text`` is so
    denying: list[str] = field(default_factory=list)  # members that say it is not
