"""Discrepancies: sources giving different values for the same fact.

Two value mentions from independent documents (copies count as their
original) are taken to state the same fact when they have the same dimension
(a date, a length, a count of the same noun...), the same role (a limit,
"licensed for 250", or an increment, "a further 171", is never compared with
a plain value) and enough context in common: the word the value hangs on
("range", "report"; for a count also the word after its noun, "19 people
were killed"), the words around it and the names in its sentence. Mentions
linked this way form one fact. Two of its values clash where two mentions
linked directly (not through a chain of others), from different sources,
cannot both be right after normalisation (45 miles is 72.4 km, not 90 km); a
count that grew between reports and two bounds on the same side do not
clash. Each clashing value is reported with its document spans.

Names are compared separately: the same multi-word name written two ways in
different documents ("Colonel Radek Sollum" / "Colonel Radek Solum").
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from ..claims.lexicon import stem
from .common import finding_id
from .values import ValueMention, calendar_words, counted_predicates, extract_values, predicate_words

# Context score (see _link_score) needed to link two mentions as one fact.
# A measured quantity (a range in km) is specific already; dates and counts
# are everywhere, so they need more context in common.
SAME_FACT = {"date": 4, "number": 4, "time of day": 4}
SAME_FACT_COUNT = 3
SAME_FACT_QUANTITY = 2
TOLERANCE = 0.03  # relative difference below which two amounts agree (rounding)
# a share is rounded to the point: 58 percent and 59 percent are two figures
POINT_TOLERANCE = {"percent": 0.5}
# "about 90 km/h" and "87 km/h" can both be right: an estimate allows this much
APPROXIMATE = {"about", "around", "roughly", "approximately", "some", "nearly", "almost"}
ESTIMATE_TOLERANCE = 0.1
NAME_SIMILAR = 0.75
# A count reported larger some days later (victims found, bomblets cleared)
# has grown; it does not contradict the earlier figure.
GROWTH_DAYS = 3
LOWER_BOUNDS = {"at least", "more than", "over", "as many as"}
# Two bounds on the same side ("more than 300", "more than forty") never clash.
BOUND_SIDES = {"at least": "lower", "more than": "lower", "over": "lower", "up to": "upper", "fewer than": "upper", "less than": "upper",
               # hours of the clock
               "after": "lower", "shortly after": "lower", "just after": "lower", "soon after": "lower",
               "before": "upper", "shortly before": "upper", "just before": "upper", "until": "upper"}
NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}\b")


@dataclass(frozen=True)
class DocumentView:
    """A document as the findings need it; ``published`` is an ISO date or None."""

    id: str
    text: str
    outlet: str | None = None
    published: str | None = None
    duplicate_of: str | None = None
    # dated time expressions stored at ingest (start, end, ISO value); None: tag the text
    times: tuple[tuple[int, int, str], ...] | None = None

    @property
    def source(self) -> str:
        return self.duplicate_of or self.id


def _link_score(a: ValueMention, b: ValueMention) -> int:
    shared_terms = a.terms & b.terms
    shared_names = len(a.proper & b.proper)
    # what the value hangs on: the word before it, or for a count the word
    # after its noun ("killing 19 people" and "19 people were killed")
    same_head = bool({a.head, a.after} & {b.head, b.after} - {None})
    if a.dimension in ("number", "duration") and not same_head:
        # a bare number has nothing but its head to say what it counts; a length of
        # time ("two days", "four days after", "five days too late") nothing but
        # its head to say what lasted or passed
        return 0
    if a.dimension == "date" and not same_head:
        # dates hung on different words need the event in common, not only
        # who took part: "Mavrik visited on Thursday" and "Mavrik spoke on
        # Thursday" are two days of one person
        shared_terms -= {stem(p) for p in a.proper | b.proper}
        shared_names = 0
    if a.dimension.startswith("count:") and a.after != b.after and {a.after, b.after} <= counted_predicates():
        return 0  # "27 people were injured" and "84 people were detained": two facts, whatever else they share
    if a.dimension.startswith("count:") and _other_places(a, b):
        return 0  # "employs 600 people in Saltreve" and "1,100 people in Marvaska": two workforces
    if a.dimension.startswith("count:") and not same_head:
        # the counted noun is shared by every count of it ("people"): with
        # different heads ("killing 23 people", "a count of 300 people") it
        # says nothing about the fact; nor does either noun as written
        # ("passengers", counted as people). Nor do the names of the story,
        # which every count in it shares ("31 people treated" and "employs
        # 1,100 people" in two reports on one company): as for dates, the
        # event has to be in common
        shared_terms -= {a.dimension.split(":", 1)[1], stem(a.text.split()[-1]), stem(b.text.split()[-1])}
        shared_terms -= {stem(p) for p in a.proper | b.proper}
        shared_names = 0
    return len(shared_terms) + shared_names + 2 * same_head


def _other_places(a: ValueMention, b: ValueMention) -> bool:
    """Each count is followed by a name, and the names differ: "600 people in
    Saltreve", "1,100 people in Marvaska" count in two places. Days and
    months are not places ("19 people were killed on Tuesday")."""
    def place(m: ValueMention) -> str | None:
        names = {stem(p) for p in m.proper if p.lower() not in calendar_words()}
        return m.after if m.after in names else None

    pa, pb = place(a), place(b)
    return pa is not None and pb is not None and pa != pb


def _needed(dimension: str) -> int:
    if dimension in SAME_FACT:
        return SAME_FACT[dimension]
    return SAME_FACT_COUNT if dimension.startswith("count:") else SAME_FACT_QUANTITY


def _agree(a: ValueMention, b: ValueMention) -> bool:
    if isinstance(a.value, str) or isinstance(b.value, str):
        return str(a.value)[-5:] == str(b.value)[-5:] if "--" in f"{a.value}{b.value}" else a.value == b.value

    def close(x: float | None, y: float | None) -> bool:
        if x is None or y is None:
            return x is None and y is None
        if a.dimension in POINT_TOLERANCE:
            return abs(x - y) <= POINT_TOLERANCE[a.dimension]
        return abs(x - y) <= TOLERANCE * max(abs(x), abs(y), 1e-9)

    return close(a.value, b.value) and close(a.upper, b.upper)


def _display(m: ValueMention) -> str:
    if isinstance(m.value, str):
        return m.value.lstrip("-")
    if m.qualifier and m.dimension.startswith("count:"):
        return f"{m.qualifier} {m.text}"  # "more than 300 people" is not "300 people"
    if m.dimension == "length":
        km = m.value / 1000
        shown = f"{km:.3g} km" if m.upper is None else f"{km:.3g}-{m.upper / 1000:.3g} km"
        return f"{m.text} ({shown})" if not re.search(r"\bk(?:m|ilomet)", m.text, re.I) else m.text
    return m.text


def _fact(mentions: list[ValueMention]) -> str:
    heads = [m.head_word for m in mentions if m.head_word]
    head = max(dict.fromkeys(heads), key=heads.count) if heads else None  # a tie: the first seen, not set order
    names = set.intersection(*(set(m.proper) for m in mentions)) if mentions else set()
    kind = mentions[0].dimension
    if kind.startswith("count:"):
        what = "number of " + mentions[0].text.split()[-1]
        happened = {m.after for m in mentions}
        if len(happened) == 1 and (word := predicate_words().get(happened.pop() or "")) is not None:
            what, head = f"{what} {word}", None  # "the number of patients infected": what they share says the fact
    else:
        what = {"date": "date", "length": "distance", "number": "figure"}.get(kind, kind)
    if mentions and mentions[0].role:
        what = f"{mentions[0].role} on the {what}" if mentions[0].role == "limit" else f"{what} ({mentions[0].role})"
    parts = [what]
    if head:
        parts.append(f"({head}")
    # the shared names as the first mention writes them, whole ("Brenmoor Mine Action Group")
    written = [" ".join(w for w in name.split() if w in names) for name in mentions[0].names] if mentions else []
    subject = ", ".join(list(dict.fromkeys(n for n in written if n))[:2])
    text = " ".join(parts) + (f", {subject})" if head and subject else ")" if head else f" ({subject})" if subject else "")
    return text


def _union_find(n: int) -> tuple[list[int], Callable[[int], int]]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    return parent, find


def _grew(a: ValueMention, b: ValueMention, published: Mapping[str, str | None]) -> bool:
    """``b`` is a later, larger count than ``a`` (or the reverse)."""
    if not (a.dimension.startswith("count:") or a.dimension == "number") or isinstance(a.value, str):
        return False
    # a count made up to a day it names ("treated by Thursday night") is of that day
    da, db = a.as_of or published.get(a.document), b.as_of or published.get(b.document)
    if not da or not db or len(da) < 10 or len(db) < 10:
        return False
    if db < da:
        a, b, da, db = b, a, db, da
    gap = (date.fromisoformat(db[:10]) - date.fromisoformat(da[:10])).days
    # a running total ("treated 31 people since dawn") grows by the day
    needed = 1 if a.running or b.running else GROWTH_DAYS
    return gap >= needed and a.value <= b.value and (a.qualifier is None or a.qualifier in LOWER_BOUNDS)  # type: ignore[operator]


def _compatible(a: ValueMention, b: ValueMention, published: Mapping[str, str | None]) -> bool:
    """Both can be right: a count that grew between two reports, two bounds
    on the same side ("more than 300" and "more than forty" people), or an
    estimate and a figure near it."""
    side = BOUND_SIDES.get(a.qualifier or "")
    return _grew(a, b, published) or (side is not None and side == BOUND_SIDES.get(b.qualifier or "")) or _estimates(a, b)


def _estimates(a: ValueMention, b: ValueMention) -> bool:
    """One is an estimate ("about 90") the other falls within. Not an hour of
    the clock: "approximately 23:15" is a time, not a share of one."""
    if a.dimension in ("date", "time of day") or not {a.qualifier, b.qualifier} & APPROXIMATE \
            or not isinstance(a.value, float) or not isinstance(b.value, float):
        return False
    return abs(a.value - b.value) <= ESTIMATE_TOLERANCE * max(abs(a.value), abs(b.value))


def _findings_from_groups(
    mentions: list[ValueMention],
    groups: dict[int, list[int]],
    links: dict[int, list[tuple[int, int]]],
    source: dict[str, str],
    published: Mapping[str, str | None],
) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for root, members in groups.items():
        if len({source[mentions[i].document] for i in members}) < 2:
            continue
        values: list[list[int]] = []
        bucket_of: dict[int, int] = {}
        for i in sorted(members, key=lambda i: (mentions[i].document, mentions[i].span)):
            for k, bucket in enumerate(values):
                if _agree(mentions[bucket[0]], mentions[i]):
                    bucket.append(i)
                    break
            else:
                k = len(values)
                values.append([i])
            bucket_of[i] = k
        # A value is shown only where it meets another head on: two mentions
        # linked directly (not through a chain of linked mentions), from
        # different sources, that cannot both be right.
        clashing = {
            k
            for i, j in links[root]
            if bucket_of[i] != bucket_of[j]
            and source[mentions[i].document] != source[mentions[j].document]
            and not _compatible(mentions[i], mentions[j], published)
            for k in (bucket_of[i], bucket_of[j])
        }
        if not clashing:
            continue
        shown = [[mentions[i] for i in bucket] for k, bucket in enumerate(values) if k in clashing]
        evidence = [m for bucket in shown for m in bucket]
        fact = _fact(evidence)
        items = [
            {
                "value": _display(bucket[0]),
                "documents": sorted({m.document for m in bucket}),
                "spans": [[m.document, m.span[0], m.span[1]] for m in bucket],
            }
            for bucket in shown
        ]
        summary = f"Sources disagree on the {fact}: " + " vs ".join(
            f"{item['value']} ({len(item['documents'])} document{'s' if len(item['documents']) > 1 else ''})" for item in items
        ) + "."
        found.append(
            {
                "id": finding_id("discrepancy", *sorted(f"{m.document}:{m.span[0]}" for m in evidence)),
                "type": "discrepancy",
                "proposition": None,
                "fact": fact,
                "values": items,
                "statements": [],
                "summary": summary,
            }
        )
    return found


def value_discrepancies(documents: Sequence[DocumentView]) -> list[dict[str, object]]:
    """Discrepancies in dates, amounts and quantities across documents."""
    source = {d.id: d.source for d in documents}
    mentions: list[ValueMention] = []
    for d in documents:
        mentions += extract_values(d.id, d.text, published=d.published, times=d.times)
    # a limit ("licensed for 250") or an increment ("a further 171") is its own
    # fact: never compared with a count of what happened
    by_dimension: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_dimension[m.dimension, m.role].append(i)
    parent, find = _union_find(len(mentions))
    linked: list[tuple[int, int]] = []
    for indices in by_dimension.values():
        for x, i in enumerate(indices):
            for j in indices[x + 1 :]:
                a, b = mentions[i], mentions[j]
                if source[a.document] != source[b.document] and _link_score(a, b) >= _needed(a.dimension):
                    parent[find(i)] = find(j)
                    linked.append((i, j))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        groups[find(i)].append(i)
    links: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i, j in linked:
        links[find(i)].append((i, j))
    return _findings_from_groups(mentions, groups, links, source, {d.id: d.published for d in documents})


def _merged(a: str, b: str, same_entity: Sequence[frozenset[str]]) -> bool:
    """Are both spellings names of one entity the actor registry merged
    (transliterations it already treats as one person are not a discrepancy)?"""
    def names(group: frozenset[str], text: str) -> bool:
        return any(text == n or text.endswith(" " + n) for n in group)
    return any(names(group, a) and names(group, b) for group in same_entity)


def name_discrepancies(
    documents: Sequence[DocumentView], same_entity: Iterable[Iterable[str]] = ()
) -> list[dict[str, object]]:
    """The same name spelled differently in different documents: all words
    equal but one, and that one a close variant (not a different name).
    ``same_entity`` lists the names (and aliases) of each known entity;
    spellings of one entity are not reported."""
    groups = [frozenset(n for n in names if len(n.split()) >= 2) for names in same_entity]
    spellings: dict[tuple[str, ...], list[tuple[str, int, int]]] = defaultdict(list)
    for d in documents:
        for m in NAME.finditer(d.text):
            spellings[tuple(m.group().split())].append((d.id, m.start(), m.end()))
    source = {d.id: d.source for d in documents}
    # Names equal but for the word at one position share that position's key:
    # compare within keys, not every name with every other (quadratic in a big case).
    blocks: dict[tuple[int, tuple[str, ...]], list[tuple[str, ...]]] = defaultdict(list)
    for name in spellings:
        for i in range(len(name)):
            blocks[i, name[:i] + name[i + 1 :]].append(name)
    pairs = sorted({(min(a, b), max(a, b), i) for (i, _), block in blocks.items()
                    for x, a in enumerate(block) for b in block[x + 1 :]})
    found: list[dict[str, object]] = []
    seen = set()
    for a, b, i in pairs:
        p, q = a[i], b[i]
        if p[0] != q[0] or difflib.SequenceMatcher(None, p, q).ratio() < NAME_SIMILAR or p.rstrip("s") == q.rstrip("s"):
            continue
        if _merged(" ".join(a), " ".join(b), groups):
            continue
        docs_a = {source[d] for d, _, _ in spellings[a]}
        docs_b = {source[d] for d, _, _ in spellings[b]}
        if docs_a == docs_b or (a, b) in seen:
            continue
        seen.add((a, b))
        items = [
            {"value": " ".join(n), "documents": sorted({d for d, _, _ in spellings[n]}), "spans": [list(s) for s in spellings[n]]}
            for n in (a, b)
        ]
        fact = f"spelling of the name {' '.join(a)}"
        found.append(
            {
                "id": finding_id("discrepancy", "name", " ".join(a), " ".join(b)),
                "type": "discrepancy",
                "proposition": None,
                "fact": fact,
                "values": items,
                "statements": [],
                "summary": f"Sources disagree on the {fact}: \u201c{' '.join(a)}\u201d vs \u201c{' '.join(b)}\u201d.",
            }
        )
    return found


def discrepancies(documents: Sequence[DocumentView], same_entity: Iterable[Iterable[str]] = ()) -> list[dict[str, object]]:
    """Every discrepancy (values and names) across the given documents;
    ``same_entity``: see :func:`name_discrepancies`."""
    return value_discrepancies(documents) + name_discrepancies(documents, same_entity)
