"""Actor corrections from the web app, written to the store.

The correction logic is ``rashomon.actors.apply_corrections``; this module
records each correction in the ``corrections`` table (so the pipeline can
replay it after later ingests), applies it to the stored actors now
(re-pointing statements and mentions of a merged actor to the survivor),
and refreshes stances and findings so they follow.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from ..actors import ActorIndex, Correction, CorrectionResult, apply_corrections
from ..actors_stage import read_actors, write_actor
from ..claims_stage import refresh_claims
from ..store import Store

REPOINT = (  # (table, column) that hold an actor id
    ("statements", "speaker"),
    ("mentions", "actor"),
    ("actors", "affiliation"),
    ("actors", "stands_for"),
    ("findings", "actor"),
)


def correct(store: Store, correction: Correction) -> CorrectionResult:
    """Apply one correction to the stored actors and keep it for replay."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with store.transaction() as db:
        index = ActorIndex(read_actors(db))
        result = apply_corrections(index, [correction])  # raises NotFound/UsageError before any write
        db.execute(
            "INSERT INTO corrections (action, payload, created_at) VALUES (?, ?, ?)",
            (correction.action, json.dumps(correction.payload, ensure_ascii=False, sort_keys=True), now),
        )
        for old, new in result.redirects.items():
            for table, column in REPOINT:
                db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (new, old))
        for actor_id in result.removed:
            db.execute("DELETE FROM actors WHERE id = ?", (actor_id,))
        for actor in result.changed.values():
            db.execute("DELETE FROM actor_aliases WHERE actor = ?", (actor.id,))
            write_actor(db, actor)
    refresh_claims(store)
    return result
