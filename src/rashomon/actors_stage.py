"""Store glue for actor resolution: load known actors, resolve, write back.

The resolution logic is the pure library in ``rashomon.actors``; this module
only moves its records in and out of SQLite. The index is loaded once per
ingest and kept up to date as documents are resolved, so each new document
is matched against every actor seen so far (incremental ingest).
"""

from __future__ import annotations

import json
import sqlite3

from spacy.tokens import Doc

from .actors import ActorIndex, KnownActor, mentions_from_doc, resolve_document
from .model import Attribution
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
        self, db: sqlite3.Connection, doc_id: str, doc: Doc, attributions: list[Attribution]
    ) -> list[str | None]:
        """Write the document's mentions and touched actors; return speaker per attribution."""
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
        return [speakers.get(position) for position in range(len(attributions))]
