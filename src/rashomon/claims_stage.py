"""Store glue for stances and findings: read views, assess what is new, write back.

The logic lives in the pure libraries ``rashomon.claims`` and
``rashomon.findings``. This module keeps three things incremental:
statement vectors are computed once and cached in ``statement_vectors``;
each proposition has a watermark (``assessed_through``, the last statement
rowid assessed) so a refresh only scores statements added since; a new
proposition is scored once over every statement. Findings are then rebuilt
from the stored stances with the user's overrides applied (cheap: < 1 s per
proposition, see bench/bench_claims.py).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np

from .claims import ActorInfo, Proposition, Stance, StatementIndex, StatementView, apply_overrides, discover
from .claims.glossary import Link, links_in_text, registry_links
from .claims.tracking import encode_statements
from .findings import DocumentView, claim_corroborations, discrepancies, proposition_findings
from .model import PartialDate
from .store import Store, dumps

# Claims nobody tracks are found by comparing every statement with every
# other (quadratic); past this many statements a refresh skips them and the
# user asks for them (``Case.discover``).
DISCOVERY_LIMIT = 20_000

VIEW_SQL = """
SELECT s.rowid AS rowid, s.id, s.document, s.content, s.cue, s.cue_class, s.kind, s.negated,
       s.said_on, s.said_on_basis, s.said_on_text, s.content_start, s.content_end,
       s.sentence_start, s.sentence_end, s.speaker, s.speaker_text, s.source_kind,
       d.outlet, d.duplicate_of, d.authors, d.text AS doc_text,
       a.kind AS actor_kind, a.name AS actor_name, a.stands_for, a.affiliation, p.name AS principal_name,
       o.cue_class AS outer_cue_class, o.content_start AS outer_start, s.cue_start, s.cue_end, s.speaker_start, s.speaker_end,
       s.antecedent_start, s.antecedent_end, s.content_parts
FROM statements s
JOIN documents d ON d.id = s.document
LEFT JOIN actors a ON a.id = s.speaker
LEFT JOIN actors p ON p.id = COALESCE(a.stands_for, a.affiliation)
LEFT JOIN statements o ON o.id = s.parent
"""


def _view(row: dict[str, Any]) -> StatementView:
    text = row["doc_text"]
    start = row["sentence_start"] if row["sentence_start"] is not None else row["content_start"]
    end = row["sentence_end"] if row["sentence_end"] is not None else row["content_end"]
    said_on = (
        PartialDate(row["said_on"], row["said_on_basis"] or "unknown", row["said_on_text"])
        if row["said_on"] else None
    )
    return StatementView(
        id=row["id"], document=row["document"], content=_without_attribution(row), cue_class=row["cue_class"],
        sentence=text[start:end], outlet=row["outlet"], actor=row["speaker"],
        actor_stands_for=row["stands_for"], actor_affiliation=row["affiliation"],
        actor_kind=row["actor_kind"] or "unknown", actor_name=row["actor_name"], cue=row["cue"],
        kind=row["kind"], negated=bool(row["negated"]), said_on=said_on,
        duplicate_of=row["duplicate_of"], content_span=(row["content_start"], row["content_end"]),
        principal_name=row["principal_name"], by_author=_is_author(row["actor_name"], json.loads(row["authors"] or "[]")),
        unnamed_source=_unnamed_source(row, text), speaker_text=row["speaker_text"],
        in_question=_asked_about(row, text),
    )


def _without_attribution(row: dict[str, Any]) -> str:
    """The content with the attribution that interrupts it blanked out
    (\"A,\" said the firm's director, \"B.\"): the speaker's name and cue,
    and a sentence of attribution between a quote's parts, are not part of
    what is claimed.
    Blanks of the same length keep offsets into the content valid."""
    content: str = row["content"]
    start, end = row["content_start"], row["content_end"]
    blanks = [(row["speaker_start"], row["speaker_end"]), (row["cue_start"], row["cue_end"])]
    # between two parts of a quote, a gap that ends a sentence is all attribution ('"A," the
    # director told a news conference. "B."'); one that does not may be the writer's
    # paraphrase of more ('"A," he said, and the rashes might have "B"')
    parts = sorted(tuple(p) for p in json.loads(row["content_parts"] or "[]"))
    blanks += [(b, c) for (_, b), (c, _) in zip(parts, parts[1:]) if SENTENCE_END.search(row["doc_text"][b:c])]
    for a, b in blanks:
        if a is not None and b is not None and start <= a and b <= end:
            content = content[: a - start] + " " * (b - a) + content[b - start :]
    return content


SENTENCE_END = re.compile(r"[.!?]\s")


# how far into a question's content the statement it asks about may begin:
# "whether the union had warned ...", not "whether he stood by his remarks of
# March 9, when he said ..." (a statement the question takes as made)
ASKED_WORDS = 8


def _asked_about(row: dict[str, Any], text: str) -> bool:
    """Is the statement what a question asks ("Asked whether the union had
    warned the company ...")? Then no one asserts it."""
    if row["outer_cue_class"] != "question" or row["cue_start"] is None or row["outer_start"] is None:
        return False
    lead = text[row["outer_start"] : row["cue_start"]]
    return "," not in lead and len(lead.split()) <= ASKED_WORDS


# sources the text describes without naming ("officials", "a senior official",
# "two drivers"); an unresolved pronoun is not one: it stands for someone unknown
UNNAMED_KINDS = ("unnamed", "group", "role")


def _unnamed_source(row: dict[str, Any], text: str) -> str | None:
    """How the text describes a source no actor stands for: its mention, or
    for a pronoun ("«...,» she said") the description it refers to."""
    if row["speaker"] is not None:
        return None
    if row["source_kind"] in UNNAMED_KINDS:
        return str(row["speaker_text"])
    if row["source_kind"] == "pronoun" and row["antecedent_start"] is not None:
        return str(text[row["antecedent_start"] : row["antecedent_end"]])
    return None


def _is_author(actor_name: str | None, authors: Sequence[str]) -> bool:
    """Whether the speaker is one of the article's bylined authors, by full
    name or, for a one-word name, by surname (an interviewer labelled "Kovrig:")."""
    if not actor_name:
        return False
    name = " ".join(actor_name.split()).casefold()
    return any(
        name == " ".join(author.split()).casefold()
        or (" " not in name and name == (author.split() or [""])[-1].casefold())
        for author in authors
    )


def statement_views(store: Store) -> tuple[list[StatementView], list[int]]:
    rows = store.rows(VIEW_SQL + " ORDER BY s.rowid")
    return [_view(r) for r in rows], [r["rowid"] for r in rows]


def statement_vectors(store: Store, views: Sequence[StatementView]) -> tuple[np.ndarray, np.ndarray]:
    """Cached vectors; encode (and cache) the statements that have none."""
    cached = {
        row["statement"]: (row["content"], row["sentence"])
        for row in store.rows("SELECT statement, content, sentence FROM statement_vectors")
    }
    missing = [v for v in views if v.id not in cached]
    if missing:
        content, sentence = encode_statements(missing)
        with store.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO statement_vectors (statement, content, sentence) VALUES (?, ?, ?)",
                [(v.id, c.astype(np.float32).tobytes(), s.astype(np.float32).tobytes())
                 for v, c, s in zip(missing, content, sentence)],
            )
            cached.update({v.id: (c.astype(np.float32).tobytes(), s.astype(np.float32).tobytes())
                           for v, c, s in zip(missing, content, sentence)})
    content = np.stack([np.frombuffer(cached[v.id][0], dtype=np.float32) for v in views])
    sentence = np.stack([np.frombuffer(cached[v.id][1], dtype=np.float32) for v in views])
    return content, sentence


def document_links(store: Store) -> dict[str, list[Link]]:
    """What each document says its names are; read once per document and cached."""
    cached = {r["document"]: [Link(*row) for row in json.loads(r["links"])] for r in store.rows("SELECT document, links FROM document_links")}
    missing = store.rows("SELECT id, text FROM documents WHERE id NOT IN (SELECT document FROM document_links)")
    if missing:
        found = {r["id"]: links_in_text(r["text"]) for r in missing}
        with store.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO document_links (document, links) VALUES (?, ?)",
                [(d, dumps([link.as_row() for link in links])) for d, links in found.items()],
            )
        cached.update(found)
    return cached


def actor_infos(store: Store) -> dict[str, ActorInfo]:
    aliases: dict[str, list[str]] = {}
    for r in store.rows("SELECT actor, alias FROM actor_aliases"):
        aliases.setdefault(r["actor"], []).append(r["alias"])
    return {
        r["id"]: ActorInfo(r["id"], r["kind"], r["affiliation"], r["stands_for"], r["name"], tuple(aliases.get(r["id"], ())))
        for r in store.rows("SELECT id, kind, affiliation, stands_for, name FROM actors")
    }


def _proposition(row: dict[str, Any]) -> Proposition:
    return Proposition(row["id"], row["text"], row["origin"], tuple(json.loads(row["also"] or "[]")))


def update_stances(store: Store) -> int:
    """Assess what changed since the last refresh; return stances written.

    Propositions compete for statements (a statement takes its stance on the
    proposition it is nearest), so a newly tracked proposition re-scores all
    statements on all propositions; new statements alone are scored against
    every proposition without touching the others, unless they changed a
    proposition's profile (a new document says what a name is), which
    re-scores everything too.
    """
    propositions = store.rows("SELECT id, text, origin, also, profile, assessed_through FROM propositions ORDER BY created_at, id")
    if not propositions:
        return 0
    views, rowids = statement_views(store)
    if not views:
        return 0
    newest = max(rowids)
    if all(p["assessed_through"] >= newest for p in propositions):
        return 0
    index = StatementIndex()
    for document, links in document_links(store).items():
        index.glossary.set_links(document, links)
    index.set_registry(registry_links(actor_infos(store)))
    index.add(views, *statement_vectors(store, views))
    index.set_tracked([_proposition(p) for p in propositions])
    profiles = {p["id"]: dumps(index.profile(_proposition(p))) for p in propositions}
    if any(p["assessed_through"] == 0 or p["profile"] != profiles[p["id"]] for p in propositions):
        stances = [s for group in index.track_all().values() for s in group]
        replaced = {v.id for v in views}
    else:
        since = min(p["assessed_through"] for p in propositions)
        new_ids = [v.id for v, r in zip(views, rowids) if r > since]
        stances = index.update(new_ids)
        replaced = set(new_ids) | {s.statement for s in stances}
    with store.transaction() as db:
        db.executemany("DELETE FROM stances WHERE statement = ?", [(i,) for i in replaced])
        db.executemany(
            "INSERT OR REPLACE INTO stances (proposition, statement, value, score) VALUES (?, ?, ?, ?)",
            [(s.proposition, s.statement, s.value, round(s.score, 3)) for s in stances],
        )
        db.execute("UPDATE propositions SET assessed_through = ?", (newest,))
        db.executemany("UPDATE propositions SET profile = ? WHERE id = ?", [(v, k) for k, v in profiles.items()])
    return len(stances)


def stances_with_overrides(store: Store, proposition: str) -> list[Stance]:
    computed = [
        # The stored score is the relevance (discounted for "uncertain", which findings skip).
        Stance(r["statement"], proposition, r["value"], r["score"] or 0.0, r["score"] or 0.0)
        for r in store.rows("SELECT statement, value, score FROM stances WHERE proposition = ?", (proposition,))
    ]
    overrides = {
        (r["statement"], proposition): (None if r["value"] == "none" else r["value"])
        for r in store.rows("SELECT statement, value FROM stance_overrides WHERE proposition = ?", (proposition,))
    }
    return apply_overrides(computed, overrides)


def embeddings_in_use(store: Store) -> bool:
    """Whether the case pays for statement vectors: once it tracks a proposition
    or has asked for discovery. Encoding costs about as much as the spaCy pass,
    so a case that only ingests (and lists statements) does not pay it, and
    claim corroborations wait until then."""
    return bool(store.scalar("SELECT 1 FROM propositions LIMIT 1")
                or store.scalar("SELECT 1 FROM statement_vectors LIMIT 1"))


def update_findings(store: Store) -> int:
    """Rebuild every finding from stored stances (overrides applied) and
    documents, and the corroborations of claims several outlets carry."""
    views, _ = statement_views(store)
    by_id = {v.id: v for v in views}
    actors = actor_infos(store)
    names = {actor_id: info.name or actor_id for actor_id, info in actors.items()}
    found: list[dict[str, Any]] = []
    for prop in store.rows("SELECT id, text, origin, also FROM propositions ORDER BY created_at, id"):
        proposition = _proposition(prop)
        stances = stances_with_overrides(store, proposition.id)
        found += proposition_findings(proposition, stances, by_id, names, actors)
    times: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for r in store.rows("SELECT document, start, end, value FROM time_expressions WHERE type = 'date' ORDER BY document, start"):
        times[r["document"]].append((r["start"], r["end"], r["value"]))
    documents = [
        DocumentView(r["id"], r["text"], r["outlet"], r["published"], r["duplicate_of"], tuple(times.get(r["id"], ())))
        for r in store.rows("SELECT id, text, outlet, published, duplicate_of FROM documents ORDER BY published, id")
    ]
    found += discrepancies(documents, [(info.name or "", *info.aliases) for info in actors.values()])
    if 0 < len(views) <= DISCOVERY_LIMIT and embeddings_in_use(store):
        found += claim_corroborations(discover(views, *statement_vectors(store, views)), by_id)
    with store.transaction() as db:
        db.execute("DELETE FROM findings")
        db.executemany(
            "INSERT OR REPLACE INTO findings (id, type, proposition, actor, payload, summary) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (f["id"], f["type"], f.get("proposition"), f.get("actor"),
                 dumps({k: v for k, v in f.items() if k not in ("id", "type", "summary")}), f.get("summary"))
                for f in found
            ],
        )
    return len(found)


def refresh_claims(store: Store) -> None:
    update_stances(store)
    update_findings(store)


__all__ = ["refresh_claims", "update_stances", "update_findings", "statement_views", "statement_vectors",
           "embeddings_in_use"]
