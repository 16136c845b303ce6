"""Which statements to list: the filters behind ``rashomon statements``.

A fact-checker's questions are of the form "every denial by the ministry
since March" or "what was said about the bridge, unsourced". Each filter
is one SQL condition; they combine with AND, and a filter given several
values (``--cue-class deny --cue-class retract``) matches any of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, get_args

from .errors import NotFound, UsageError
from .ingest.readers import DATE_RE
from .model import StatementKind
from .store import Store

KINDS: tuple[str, ...] = get_args(StatementKind)


@dataclass
class StatementFilter:
    document: str | None = None
    speaker: str | None = None  # an actor id, a name or an alias, or part of one
    cue_classes: Sequence[str] = field(default_factory=tuple)
    kinds: Sequence[str] = field(default_factory=tuple)
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: str | None = None
    contains: str | None = None
    negated: bool | None = None
    unsourced: bool = False  # no source named at all (a hedge: "reportedly")

    def where(self, store: Store) -> tuple[str, list[Any]]:
        """The WHERE clause (empty when nothing is filtered) and its parameters."""
        conditions: list[str] = []
        params: list[Any] = []

        def add(condition: str, *values: Any) -> None:
            conditions.append(condition)
            params.extend(values)

        if self.document:
            add("s.document = ?", self.document)
        if self.speaker and self.unsourced:
            raise UsageError("--speaker and --unsourced exclude each other: an unsourced statement names none")
        if self.speaker:
            actors = speaker_ids(store, self.speaker)
            add(f"s.speaker IN ({', '.join('?' * len(actors))})", *actors)
        if self.unsourced:
            add("s.source_kind = 'unnamed'")
        if self.cue_classes:
            check_cue_classes(store, self.cue_classes)
            add(f"s.cue_class IN ({', '.join('?' * len(self.cue_classes))})", *self.cue_classes)
        if self.kinds:
            unknown = sorted(set(self.kinds) - set(KINDS))
            if unknown:
                raise UsageError(f"unknown kind {unknown[0]!r}; use one of {', '.join(KINDS)}")
            add(f"s.kind IN ({', '.join('?' * len(self.kinds))})", *self.kinds)
        # said_on may be partial ("2026-03"). A statement is in range when its
        # period overlaps it: padding with "-99" gives a partial date's last
        # day for the lower bound, and a prefix sorts before all its days.
        if self.since:
            add("substr(s.said_on || '-99-99', 1, 10) >= ?", checked_date(self.since, "--since"))
        if self.until:
            add("s.said_on <= ?", (checked_date(self.until, "--until") + "-99-99")[:10])
        if self.contains:
            # instr on lower(): LIKE would read the user's % and _ as wildcards.
            add("instr(lower(s.content), ?) > 0", self.contains.lower())
        if self.negated is not None:
            add("s.negated = ?", int(self.negated))
        return (f"WHERE {' AND '.join(conditions)}" if conditions else ""), params


def check_cue_classes(store: Store, wanted: Sequence[str]) -> None:
    """A class no statement has and no cue file names is a typo ("denial"):
    say so, with the classes there are, rather than list nothing."""
    from .attribution.lexicon import load_cues

    cues = load_cues()
    known = {r["cue_class"] for r in store.rows("SELECT DISTINCT cue_class FROM statements")}
    known |= {*cues.single_words().values(), *cues.phrases.values(), *cues.hedges.values()}
    unknown = sorted(set(wanted) - known)
    if unknown:
        raise UsageError(f"no cue class {unknown[0]!r}; the classes are {', '.join(sorted(known))}")


def checked_date(value: str, option: str) -> str:
    if not DATE_RE.match(value):
        raise UsageError(f"{option} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


def speaker_ids(store: Store, speaker: str) -> list[str]:
    """Actors meant by ``speaker``: its id; else every actor whose name or
    alias it equals (any case); else every one whose name or alias holds it."""
    if store.rows("SELECT id FROM actors WHERE id = ?", (speaker,)):
        return [speaker]
    names = store.rows(
        """SELECT id, name AS label FROM actors
           UNION SELECT actor, alias FROM actor_aliases"""
    )
    wanted = " ".join(speaker.split()).casefold()
    for match in (lambda label: label == wanted, lambda label: wanted in label):
        found = sorted({r["id"] for r in names if match(" ".join(r["label"].split()).casefold())})
        if found:
            return found
    raise NotFound(f"no actor has the id, name or alias {speaker!r}; list them with `rashomon actors -t`")
