"""The three findings read from stances: reversal, contradiction, corroboration.

Each takes one proposition, its stances and the statements they refer to,
and returns dicts shaped like the ``findings`` items of the export contract.
An actor's "family" is the actor a statement speaks for
(:attr:`StatementView.principal`): a spokesperson or office counts for its
body, a metonym for its referent.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..claims.records import Proposition, Stance, StatementView
from .common import STANCE_PHRASES, actor_label, before, earliest, finding_id, latest, quoted

# Value pairs that are not a change of story: a retraction followed by a
# denial is the same position restated.
NOT_A_REVERSAL = {("retract", "deny")}
DIRECTED = ("affirm", "deny", "retract", "no_evidence")


@dataclass
class Run:
    """Consecutive statements (in said_on order) of one family with one value."""

    value: str
    statements: list[StatementView] = field(default_factory=list)

    @property
    def first(self) -> str:
        return min(earliest(s.said_on) for s in self.statements if s.said_on)

    @property
    def last(self) -> str:
        return max(latest(s.said_on) for s in self.statements if s.said_on)

    def said_on(self, which: str) -> str:
        dated = sorted((s.said_on.value for s in self.statements if s.said_on), key=lambda v: (v + "-00-00")[:10])
        return dated[0] if which == "first" else dated[-1]

    def as_dict(self, which: str) -> dict[str, object]:
        return {"value": self.value, "said_on": self.said_on(which), "statements": [s.id for s in self.statements]}


def _joined(stances: Sequence[Stance], statements: Mapping[str, StatementView]) -> list[tuple[Stance, StatementView]]:
    return [(st, statements[st.statement]) for st in stances if st.statement in statements and st.value in DIRECTED]


def _runs(items: list[tuple[Stance, StatementView]]) -> list[Run]:
    """Group a family's dated stances into runs; a statement whose value
    differs but whose date cannot be ordered against the run is left out."""
    dated = sorted((x for x in items if x[1].said_on), key=lambda x: (earliest(x[1].said_on), x[1].id))  # type: ignore[arg-type]
    runs: list[Run] = []
    for stance, view in dated:
        if runs and runs[-1].value == stance.value:
            runs[-1].statements.append(view)
        elif not runs or runs[-1].last < earliest(view.said_on):  # type: ignore[arg-type]
            runs.append(Run(stance.value, [view]))
    return runs


def _same_person_swap(a: Run, b: Run, principal: str) -> bool:
    """Two different people of one body (two ministers of one government)
    disagreeing is a contradiction, not the body changing its story."""
    speakers_a = {s.actor for s in a.statements}
    speakers_b = {s.actor for s in b.statements}
    people = {s.actor for s in a.statements + b.statements if s.actor_kind == "person"}
    return (
        principal not in speakers_a | speakers_b
        and speakers_a.isdisjoint(speakers_b)
        and speakers_a | speakers_b <= people
    )


def reversals(
    proposition: Proposition,
    stances: Sequence[Stance],
    statements: Mapping[str, StatementView],
    names: Mapping[str, str] | None = None,
) -> list[dict[str, object]]:
    """One finding per change of an actor family's stance over ``said_on``."""
    names = names or {}
    by_family: dict[str, list[tuple[Stance, StatementView]]] = defaultdict(list)
    for stance, view in _joined(stances, statements):
        if view.principal is not None:
            by_family[view.principal].append((stance, view))
    found = []
    for principal, items in sorted(by_family.items()):
        runs = _runs(items)
        for a, b in zip(runs, runs[1:]):
            if (a.value, b.value) in NOT_A_REVERSAL or _same_person_swap(a, b, principal):
                continue
            ids = [s.id for s in a.statements + b.statements]
            who = actor_label(principal, names, [v for _, v in items])
            summary = (
                f"{who} {STANCE_PHRASES[a.value]} {quoted(proposition.text)} on {a.said_on('last')}, "
                f"then {STANCE_PHRASES[b.value]} it on {b.said_on('first')}."
            )
            found.append(
                {
                    "id": finding_id("reversal", proposition.id, principal, a.value, b.value, *ids),
                    "type": "reversal",
                    "proposition": proposition.id,
                    "actor": principal,
                    "from": a.as_dict("last"),
                    "to": b.as_dict("first"),
                    "statements": ids,
                    "summary": summary,
                }
            )
    return found


def contradictions(
    proposition: Proposition,
    stances: Sequence[Stance],
    statements: Mapping[str, StatementView],
    names: Mapping[str, str] | None = None,
) -> list[dict[str, object]]:
    """One finding per proposition that some families affirm and others deny."""
    names = names or {}
    sides: dict[str, dict[str, list[str]]] = {"affirm": defaultdict(list), "deny": defaultdict(list)}
    views = []
    for stance, view in _joined(stances, statements):
        if stance.value in sides and view.principal is not None:
            sides[stance.value][view.principal].append(view.id)
            views.append(view)
    affirming, denying = set(sides["affirm"]), set(sides["deny"])
    if not affirming or not denying or affirming == denying:
        return []
    listed = [
        {"actors": sorted(sides[value]), "value": value, "statements": [i for ids in sides[value].values() for i in ids]}
        for value in ("affirm", "deny")
    ]
    ids = listed[0]["statements"] + listed[1]["statements"]  # type: ignore[operator]

    def who(actors: set[str]) -> str:
        labels = sorted(actor_label(a, names, views) for a in actors)
        return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]

    summary = f"{who(affirming)} affirmed {quoted(proposition.text)}; {who(denying)} denied it."
    return [
        {
            "id": finding_id("contradiction", proposition.id, *sorted(ids)),
            "type": "contradiction",
            "proposition": proposition.id,
            "sides": listed,
            "statements": ids,
            "summary": summary,
        }
    ]


def corroboration(
    proposition: Proposition,
    stances: Sequence[Stance],
    statements: Mapping[str, StatementView],
    minimum: int = 2,
) -> list[dict[str, object]]:
    """How many independent outlets back the proposition (copies count once)."""
    backing = [view for stance, view in _joined(stances, statements) if stance.value == "affirm"]
    outlet_of = {s.document: s.outlet for s in statements.values()}
    sources = {}
    for view in backing:
        source = view.source_document
        # A copy counts as its original: the original's outlet if we know it.
        sources[source] = outlet_of.get(source) or (view.outlet if source == view.document else None) or source
    outlets = set(sources.values())
    if len(outlets) < minimum:
        return []
    ids = [v.id for v in backing]
    copies = len({v.document for v in backing}) - len(sources)
    extra = f" ({copies} syndicated or near-duplicate copies counted once)" if copies else ""
    return [
        {
            "id": finding_id("corroboration", proposition.id, *sorted(ids)),
            "type": "corroboration",
            "proposition": proposition.id,
            "independent_sources": len(outlets),
            "outlets": sorted(outlets),
            "statements": ids,
            "summary": f"{len(outlets)} independent outlets report statements backing {quoted(proposition.text)}{extra}.",
        }
    ]
