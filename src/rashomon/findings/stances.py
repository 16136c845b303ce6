"""The three findings read from stances: reversal, contradiction, corroboration.

Each takes one proposition, its stances and the statements they refer to,
and returns dicts shaped like the ``findings`` items of the export contract.
An actor's "family" is the actor a statement speaks for
(:attr:`StatementView.principal`): a spokesperson or office counts for its
body, a metonym for its referent.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set as AbstractSet
from dataclasses import dataclass, field

from ..claims.records import ActorInfo, DiscoveredProposition, Proposition, Stance, StatementView
from ..claims.stance import RELEVANT
from .common import STANCE_PHRASES, actor_label, earliest, finding_id, latest, quoted

# Value pairs that are not a change of story: a retraction followed by a
# denial is the same position restated, and "we have no evidence of a
# breach" followed by "there was no breach" the same position made firmer.
NOT_A_REVERSAL = {("retract", "deny"), ("no_evidence", "deny")}
# Dates that say when the report came out, not when the words were said.
NOT_OWN_DATE = ("publication", "cross_document")
DIRECTED = ("affirm", "deny", "retract", "no_evidence")
# the voice of every source a text describes without naming, in a contradiction
UNNAMED = "\0unnamed"


class Speakers:
    """Who speaks for whom, from the actor table (or the statements' own fields).

    An actor's *voice* is the actor whose story its statements tell: a
    metonym's referent ("Kelsgrad" -> the Orvenian government), a person's
    organisation when that person belongs to an organisation (a spokesperson
    -> her ministry), else the actor itself. A president affiliated with a
    state keeps her own voice. An actor's *root* is the top of its
    affiliation chain (the government every ministry belongs to).
    """

    def __init__(self, statements: Iterable[StatementView], actors: Mapping[str, ActorInfo] | None = None) -> None:
        self.actors: dict[str, ActorInfo] = {}
        for s in statements:
            if s.actor and s.actor not in self.actors:
                self.actors[s.actor] = ActorInfo(s.actor, s.actor_kind, s.actor_affiliation, s.actor_stands_for, s.actor_name)
        self.actors.update(actors or {})

    def voice(self, actor: str) -> str:
        seen = {actor}
        while True:
            info = self.actors.get(actor)
            if info is None:
                return actor
            parent = info.stands_for
            if parent is None and info.kind == "person" and info.affiliation:
                body = self.actors.get(info.affiliation)
                parent = info.affiliation if body is not None and body.kind == "organization" else None
            if parent is None or parent in seen:
                return actor
            seen.add(parent)
            actor = parent

    def root(self, actor: str) -> str:
        seen = {actor}
        while (info := self.actors.get(actor)) is not None:
            parent = info.stands_for or info.affiliation
            if parent is None or parent in seen:
                break
            seen.add(parent)
            actor = parent
        return actor

    def named_in(self, actor: str, text: str, names: Mapping[str, str]) -> bool:
        """Is the person mentioned in a (lower-cased) text, by surname or by
        an alias of two words or more? Only people misspeak: a place or a
        body named in a retraction ("near Tarvik") is what it is about."""
        info = self.actors.get(actor)
        if info is not None and info.kind not in ("person", "unknown"):
            return False
        surname = self.name(actor, names).split()[-1:]
        aliases = [a.lower() for a in (info.aliases if info else ()) if len(a.split()) >= 2]
        return bool(surname and len(surname[0]) > 2 and re.search(rf"\b{re.escape(surname[0].lower())}\b", text)) or any(
            re.search(rf"\b{re.escape(a)}\b", text) for a in aliases
        )

    def name(self, actor: str | None, names: Mapping[str, str]) -> str:
        if actor is not None and actor in self.actors and self.actors[actor].name and actor not in names:
            return self.actors[actor].name  # type: ignore[return-value]
        return actor_label(actor, names)


@dataclass
class Run:
    """Consecutive statements (in said_on order) of one voice with one value."""

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
        precise = [v for v in dated if len(v) == 10]
        dated = precise or dated
        return dated[0] if which == "first" else dated[-1]

    def rests_on_own_words(self, own_words: AbstractSet[str]) -> bool:
        """Does a statement of the run bear on the proposition by its own
        words (``own_words``: the ids of those that do)? A stance taken only
        through its context (a reply in a passage on the subject) is too weak
        to call a change of story; a retraction always bears on what it takes back."""
        return self.value == "retract" or any(s.id in own_words for s in self.statements)

    def as_dict(self, which: str) -> dict[str, object]:
        return {"value": self.value, "said_on": self.said_on(which), "statements": [s.id for s in self.statements]}


Item = tuple[Stance, StatementView]


def _by_own_words(stance: Stance) -> bool:
    """A stance its statement's own words take (or a user set), not one
    taken only through its passage."""
    return stance.relevance >= RELEVANT or stance.overridden


def _joined(stances: Sequence[Stance], statements: Mapping[str, StatementView]) -> list[Item]:
    return [(st, statements[st.statement]) for st in stances if st.statement in statements and st.value in DIRECTED]


def _runs(items: list[Item]) -> list[Run]:
    """Group a voice's dated stances into runs of one value, in said_on order.

    Runs are built from day-precise dates; a statement dated only to the
    month ("in March") joins a run of its value that it overlaps, since it
    cannot say on which side of a change it falls. A statement whose value
    differs but whose date cannot be ordered against the run is left out.
    A day on which the voice says several things keeps the run going when
    one of them bears on the proposition by its own words with the run's
    value (the voice has not clearly moved; "I told you we had no evidence"
    only recalls the old position); else its position that day is its most
    relevant statement's. A user's corrections that day outweigh its other
    stances.
    """
    dated = [x for x in items if x[1].said_on]
    precise = [x for x in dated if x[1].said_on.precision == "day"]  # type: ignore[union-attr]
    base = precise or dated
    by_day: dict[str, list[Item]] = defaultdict(list)
    for item in base:
        by_day[earliest(item[1].said_on)].append(item)  # type: ignore[arg-type]
    runs: list[Run] = []
    for day, said in sorted(by_day.items()):
        heard = [x for x in said if x[0].overridden] or said  # the user's corrections speak for the day
        if runs and runs[-1].value in {stance.value for stance, _ in heard if _by_own_words(stance)}:
            value = runs[-1].value
        else:
            value = max(heard, key=lambda x: (x[0].relevance, x[1].id))[0].value
        views = sorted((view for stance, view in said if stance.value == value), key=lambda v: v.id)
        if runs and runs[-1].value == value:
            runs[-1].statements += views
        elif not runs or runs[-1].last < day:
            runs.append(Run(value, views))
    for stance, view in dated:
        if precise and view.said_on.precision != "day":  # type: ignore[union-attr]
            for run in runs:
                if run.value == stance.value and earliest(view.said_on) <= run.last and latest(view.said_on) >= run.first:  # type: ignore[arg-type]
                    run.statements.append(view)
                    break
    return runs


def _own_runs(runs: list[Run], own_words: AbstractSet[str]) -> list[Run]:
    """The runs that rest on their own words, neighbours of one value joined:
    a denial, then "we have seen no evidence" said only in passing, then an
    admission is still a denial followed by an admission."""
    kept: list[Run] = []
    for run in runs:
        if not run.rests_on_own_words(own_words):
            continue
        if kept and kept[-1].value == run.value:
            kept[-1].statements += run.statements
        else:
            kept.append(Run(run.value, list(run.statements)))
    return kept


def _retracted_voice(retractions: list[Item], voice: str, by_voice: Mapping[str, list[Item]], speakers: Speakers, names: Mapping[str, str]) -> str | None:
    """Whose earlier statement an office's retraction takes back: a voice
    that affirmed or denied before it and is either of the same root (the
    same government) or named in the retraction ("the prime minister was
    misinformed"); named ones first, then the most recent, then an affirmation."""
    dates = [v.said_on for _, v in retractions if v.said_on]
    first = min(earliest(d) for d in ([d for d in dates if d.precision == "day"] or dates))  # type: ignore[union-attr]
    text = " ".join(v.sentence or v.content for _, v in retractions).lower()
    best, best_key = None, None
    for other, items in by_voice.items():
        named = speakers.named_in(other, text, names)
        if other == voice or (speakers.root(other) != speakers.root(voice) and not named):
            continue
        earlier = [(st, v) for st, v in items if st.value in ("affirm", "deny") and v.said_on and latest(v.said_on) < first]
        if not earlier:
            continue
        key = (
            named,
            max(latest(v.said_on) for _, v in earlier),  # type: ignore[arg-type]
            any(st.value == "affirm" for st, _ in earlier),
        )
        if best_key is None or key > best_key:
            best, best_key = other, key
    return best


def _new_words(later: Run, earlier: Run, held: Mapping[tuple[str, str], str], root: str) -> Run:
    """The later run without what may be the earlier story re-reported: a
    statement dated only by its article ("The denial follows an interview
    in which Massin said ...") whose value its voice, or one of the same
    root, had already taken by the end of the earlier run was perhaps said
    then; it shows no change of story."""
    before = held.get((root, later.value))
    if before is None or before > earlier.last:
        return later
    return Run(later.value, [s for s in later.statements if not (s.said_on and s.said_on.basis in NOT_OWN_DATE)])


def reversals(
    proposition: Proposition,
    stances: Sequence[Stance],
    statements: Mapping[str, StatementView],
    names: Mapping[str, str] | None = None,
    actors: Mapping[str, ActorInfo] | None = None,
) -> list[dict[str, object]]:
    """One finding per change of a voice's stance over ``said_on``."""
    names = names or {}
    joined = _joined(stances, statements)
    speakers = Speakers([v for _, v in joined], actors)
    by_voice: dict[str, list[Item]] = defaultdict(list)
    for stance, view in joined:
        if view.actor is not None:
            by_voice[speakers.voice(view.actor)].append((stance, view))
    # An office that only retracts speaks for whoever it retracts.
    for voice in list(by_voice):
        items = by_voice[voice]
        retractions = [x for x in items if x[0].value == "retract" and x[1].said_on]
        if not retractions or any(st.value != "retract" for st, _ in items):
            continue
        target = _retracted_voice(retractions, voice, by_voice, speakers, names)
        if target is not None:
            by_voice[target] += by_voice.pop(voice)
    # When each root (a government and its offices) first took each value.
    held: dict[tuple[str, str], str] = {}
    for stance, view in joined:
        if view.actor is not None and view.said_on:
            key = (speakers.root(view.actor), stance.value)
            held[key] = min(held.get(key, "9999"), earliest(view.said_on))
    own_words = {st.statement for st in stances if _by_own_words(st)}
    found: list[dict[str, object]] = []
    for voice, items in sorted(by_voice.items()):
        runs = _own_runs(_runs(items), own_words)
        for a, b in zip(runs, runs[1:]):
            b = _new_words(b, a, held, speakers.root(voice))
            if not b.statements or (a.value, b.value) in NOT_A_REVERSAL or not b.rests_on_own_words(own_words):
                continue
            ids = [s.id for s in a.statements + b.statements]
            whose = _one_speaker(a.statements + b.statements, speakers) or voice
            summary = (
                f"{speakers.name(whose, names)} {STANCE_PHRASES[a.value]} {quoted(proposition.text)} on {a.said_on('last')}, "
                f"then {STANCE_PHRASES[b.value]} it on {b.said_on('first')}."
            )
            found.append(
                {
                    "id": finding_id("reversal", proposition.id, voice, a.value, b.value, *ids),
                    "type": "reversal",
                    "proposition": proposition.id,
                    "actor": whose,
                    "from": a.as_dict("last"),
                    "to": b.as_dict("first"),
                    "statements": ids,
                    "summary": summary,
                }
            )
    return found


def _one_speaker(views: Sequence[StatementView], speakers: Speakers) -> str | None:
    """The person who said every statement of a change of story: a police chief
    who denied and then admitted changed his own story, though his statements
    count for his force; a spokesman then a chief executive changed the company's."""
    said_by = {view.actor for view in views}
    if len(said_by) != 1:
        return None
    actor = said_by.pop()
    info = speakers.actors.get(actor) if actor else None
    return actor if info is not None and info.kind == "person" else None


def contradictions(
    proposition: Proposition,
    stances: Sequence[Stance],
    statements: Mapping[str, StatementView],
    names: Mapping[str, str] | None = None,
    actors: Mapping[str, ActorInfo] | None = None,
) -> list[dict[str, object]]:
    """Voices that affirm against voices that deny the proposition, both
    sides listed (a voice that changed its story can be on both).

    A source the text describes but does not name ("two drivers", "a senior
    official") is a voice too: an anonymous account against an official
    denial is the contest an analyst looks for. Its side lists it under
    ``unnamed_sources`` (no actor id stands for it), and a contradiction
    needs a named actor on at least one side."""
    names = names or {}
    joined = [(st, v) for st, v in _joined(stances, statements)
              if st.value in ("affirm", "deny") and (v.actor or v.unnamed_source)]
    speakers = Speakers([v for _, v in joined if v.actor], actors)
    sides: dict[str, dict[str, list[str]]] = {"affirm": defaultdict(list), "deny": defaultdict(list)}
    unnamed: dict[str, dict[str, str]] = {"affirm": {}, "deny": {}}
    for stance, view in joined:
        if view.actor:
            sides[stance.value][speakers.voice(view.actor)].append(view.id)
        else:
            sides[stance.value][UNNAMED].append(view.id)
            described = " ".join((view.unnamed_source or "").split())
            unnamed[stance.value].setdefault(described.casefold(), described)  # "Two drivers" is "two drivers"
    named = set(sides["affirm"]) | set(sides["deny"])
    if not sides["affirm"] or not sides["deny"] or set(sides["affirm"]) == set(sides["deny"]) or named == {UNNAMED}:
        return []
    listed = [
        {"actors": sorted(set(sides[value]) - {UNNAMED}), "value": value,
         "statements": [i for ids in sides[value].values() for i in ids],
         **({"unnamed_sources": sorted(unnamed[value].values())} if unnamed[value] else {})}
        for value in ("affirm", "deny")
    ]
    ids = listed[0]["statements"] + listed[1]["statements"]  # type: ignore[operator]

    def who(value: str) -> str:
        labels = sorted(speakers.name(a, names) for a in sides[value] if a != UNNAMED)
        if unnamed[value]:
            described = sorted(unnamed[value].values())
            labels.append(f"unnamed sources ({'; '.join(described[:2])}{'; ...' if len(described) > 2 else ''})")
        return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]

    summary = f"{who('affirm')} affirmed {quoted(proposition.text)}; {who('deny')} denied it."

    return [
        {
            "id": finding_id("contradiction", proposition.id, *sorted(ids)),
            "type": "contradiction",
            "proposition": proposition.id,
            "sides": listed,
            "statements": ids,
            "summary": summary[:1].upper() + summary[1:],
        }
    ]


def _independent(backing: Sequence[StatementView], statements: Mapping[str, StatementView]) -> tuple[set[str], int]:
    """Distinct outlets behind some statements, a copy counting as its
    original (the original's outlet if known); and how many copies there were."""
    outlet_of = {s.document: s.outlet for s in statements.values()}
    sources = {}
    for view in backing:
        source = view.source_document
        sources[source] = outlet_of.get(source) or (view.outlet if source == view.document else None) or source
    return set(sources.values()), len({v.document for v in backing}) - len(sources)


def _copies_note(copies: int) -> str:
    return f" ({copies} syndicated or near-duplicate copies counted once)" if copies else ""


def corroboration(
    proposition: Proposition,
    stances: Sequence[Stance],
    statements: Mapping[str, StatementView],
    minimum: int = 2,
) -> list[dict[str, object]]:
    """How many independent outlets back the proposition, and how many back
    its denial; syndicated copies and near-duplicates count once."""
    found: list[dict[str, object]] = []
    for value, verb in (("affirm", "backing"), ("deny", "denying")):
        backing = [view for stance, view in _joined(stances, statements) if stance.value == value]
        outlets, copies = _independent(backing, statements)
        if len(outlets) < minimum:
            continue
        ids = [v.id for v in backing]
        found.append(
            {
                "id": finding_id("corroboration", proposition.id, value, *sorted(ids)),
                "type": "corroboration",
                "proposition": proposition.id,
                "value": value,
                "independent_sources": len(outlets),
                "outlets": sorted(outlets),
                "statements": ids,
                "summary": f"{len(outlets)} independent outlets report statements {verb} {quoted(proposition.text)}{_copies_note(copies)}.",
            }
        )
    return found


def claim_corroborations(
    claims: Sequence[DiscoveredProposition],
    statements: Mapping[str, StatementView],
    minimum: int = 2,
) -> list[dict[str, object]]:
    """Independent outlets behind each discovered claim (statements from
    several documents saying one thing, see ``rashomon.claims.discover``),
    for claims nobody tracks yet."""
    found: list[dict[str, object]] = []
    for claim in claims:
        # a claim's cluster holds its denials too ("denied that its aircraft had
        # flown"): each side is corroborated on its own
        for value, verb, side in (("affirm", "saying", claim.saying), ("deny", "denying", claim.denying)):
            ids = [i for i in side if i in statements]
            outlets, copies = _independent([statements[i] for i in ids], statements)
            if len(outlets) < minimum:
                continue
            found.append(
                {
                    "id": finding_id("corroboration", "claim", *sorted(ids)),
                    "type": "corroboration",
                    "proposition": None,
                    "claim": claim.text,
                    "value": value,
                    "independent_sources": len(outlets),
                    "outlets": sorted(outlets),
                    "statements": ids,
                    "summary": f"{len(outlets)} independent outlets carry statements {verb} {quoted(claim.text)}{_copies_note(copies)}.",
                }
            )
    return found
