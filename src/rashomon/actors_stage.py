"""Store glue for actor resolution: load known actors, resolve, write back.

The resolution logic is the pure library in ``rashomon.actors``; this module
only moves its records in and out of SQLite. The index is loaded once per
ingest and kept up to date as documents are resolved, so each new document
is matched against every actor seen so far (incremental ingest).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

from spacy.tokens import Doc

from .actors import (
    ActorIndex, Correction, CorrectionResult, KnownActor, actor_id, apply_corrections, mentions_from_doc,
    resolve_document,
)
from .actors.names import strip_titles
from .attribution.voiced import speaks_for_the_issuer
from .dating_stage import date_across_documents
from .errors import NotFound
from .model import ActorKind, Attribution
from .store import Store, dumps


def read_actors(db: sqlite3.Connection) -> list[KnownActor]:
    aliases: dict[str, list[str]] = {}
    for actor, alias in db.execute("SELECT actor, alias FROM actor_aliases ORDER BY rowid"):
        aliases.setdefault(actor, []).append(alias)
    actors = []
    for row in db.execute("SELECT id, name, kind, affiliation, stands_for, evidence FROM actors"):
        extra = json.loads(row[5] or "{}")
        actors.append(
            KnownActor.from_dict(
                {
                    "id": row[0], "name": row[1], "kind": row[2], "affiliation": row[3],
                    "stands_for": row[4], "aliases": aliases.get(row[0], []),
                    "evidence": extra.get("evidence"), "curated": extra.get("curated"),
                    "distinct_from": extra.get("distinct_from"),
                }
            )
        )
    return actors


def write_actor(db: sqlite3.Connection, actor: KnownActor) -> None:
    data = actor.as_dict()
    extra = {k: data[k] for k in ("evidence", "curated", "distinct_from")}
    db.execute(
        """INSERT INTO actors (id, name, kind, affiliation, stands_for, evidence) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
               affiliation = excluded.affiliation, stands_for = excluded.stands_for,
               evidence = excluded.evidence""",
        (actor.id, actor.name, actor.kind, actor.affiliation, actor.stands_for, dumps(extra)),
    )
    db.executemany(
        "INSERT OR IGNORE INTO actor_aliases (actor, alias) VALUES (?, ?)",
        [(actor.id, alias) for alias in actor.aliases],
    )


class ActorStage:
    """Resolves each new document's speakers and entities into the store."""

    def __init__(self, index: ActorIndex) -> None:
        self.index = index

    @classmethod
    def load(cls, store: Store) -> ActorStage:
        return cls(ActorIndex(read_actors(store.db)))

    def resolve(
        self, db: sqlite3.Connection, doc_id: str, doc: Doc, attributions: list[Attribution], issuer: str | None = None
    ) -> list[str | None]:
        """Write the document's mentions and touched actors; return speaker per
        attribution. ``issuer`` is the name of whoever speaks in the
        document's own voice (a press release's), if anyone does."""
        mentions = mentions_from_doc(doc, attributions)
        resolution = resolve_document(doc_id, mentions, self.index)
        # Actors this document refers to, e.g. a spokesperson's ministry, must
        # exist before rows point at them: write every touched actor first.
        for actor in resolution.actors.values():
            write_actor(db, actor)
        db.executemany(
            """INSERT OR IGNORE INTO mentions (document, start, end, text, label, actor, score)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [
                (doc_id, *r.mention.span, r.mention.text, r.mention.form, r.actor, r.score)
                for r in resolution.mentions
            ],
        )
        speakers = resolution.speakers()
        return [self._issuer(db, item, issuer) or speakers.get(position) for position, item in enumerate(attributions)]

    def _issuer(self, db: sqlite3.Connection, item: Attribution, issuer: str | None) -> str | None:
        actor, created = issuer_speaker(self.index, item, issuer)
        if actor is not None and created:
            write_actor(db, actor)
        return actor.id if actor is not None else None


def issuer_speaker(index: ActorIndex, item: Attribution, issuer: str | None) -> tuple[KnownActor | None, bool]:
    """A press release's issuer that its text never names, as the speaker
    of its own sentences and of its "we": the known actor of that name,
    else a new one added to the index (a person if the name opens with a
    title, "Mayor Ana Dorn", else a body). Several actors of that name leave
    the speaker open for the user to choose. Returns the actor and whether
    it is new."""
    if item.source_kind == "issuer" and item.speaker_span is None and item.speaker_text:
        name = " ".join(item.speaker_text.split())
    elif issuer and item.speaker_antecedent_span is None and speaks_for_the_issuer(item):
        name = " ".join(issuer.split())
    else:
        return None, False
    found = index.by_alias(name)
    if found:
        return (index.actors[index.canonical_id(next(iter(found)))] if len(found) == 1 else None), False
    titles, _, _ = strip_titles(name.split(), index.lexicon)
    kind: ActorKind = "person" if titles else "organization"
    actor = KnownActor(actor_id(kind, name), name, kind, aliases=[name])
    index.add(actor)
    return actor, True


# (table, column) pairs that hold an actor id: re-pointed when actors merge.
REPOINT = (
    ("statements", "speaker"),
    ("mentions", "actor"),
    ("actors", "affiliation"),
    ("actors", "stands_for"),
    ("findings", "actor"),
)


def _apply(db: sqlite3.Connection, corrections: list[Correction], replay: bool = False) -> CorrectionResult:
    """Apply corrections to the stored actors. On replay, a correction about
    actors that no longer exist (already merged away, not seen again) is
    skipped; a merge applies to whichever of its actors reappeared."""
    index = ActorIndex(read_actors(db))
    total = CorrectionResult()
    for correction in corrections:
        if replay and correction.action == "merge":
            present = [a for a in correction.payload.get("actors", []) if a in index.actors]
            if not present or correction.payload.get("into") not in index:
                continue
            correction = Correction("merge", {**correction.payload, "actors": present})
        try:
            result = apply_corrections(index, [correction])  # raises before changing anything
        except NotFound:
            if replay:
                continue
            raise
        total.redirects.update(result.redirects)
        total.removed.extend(result.removed)
        total.changed.update(result.changed)
    for old, new in total.redirects.items():
        for table, column in REPOINT:
            db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (new, old))
    for actor_id in total.removed:
        db.execute("DELETE FROM actors WHERE id = ?", (actor_id,))
        total.changed.pop(actor_id, None)
    for actor in total.changed.values():
        db.execute("DELETE FROM actor_aliases WHERE actor = ?", (actor.id,))
        write_actor(db, actor)
    return total


def correct(store: Store, correction: Correction) -> CorrectionResult:
    """Apply one user correction to the stored actors and keep it for replay.
    A merge puts two speakers' statements together, so dates are lent anew
    among the surviving speaker's statements."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with store.transaction() as db:
        result = _apply(db, [correction])
        db.execute(
            "INSERT INTO corrections (action, payload, created_at) VALUES (?, ?, ?)",
            (correction.action, dumps(correction.payload), now),
        )
    date_across_documents(store, set(result.redirects.values()))
    return result


def replay_corrections(store: Store) -> None:
    """Re-apply every stored correction, so they hold over newly ingested documents."""
    rows = store.rows("SELECT action, payload FROM corrections ORDER BY id")
    if rows:
        with store.transaction() as db:
            _apply(db, [Correction(r["action"], json.loads(r["payload"])) for r in rows], replay=True)
