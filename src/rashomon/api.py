"""The public Python API. The CLI and the web app are thin layers over it.

    from rashomon import Case
    with Case("case.db") as case:
        case.ingest(["articles/"])
        case.track("The dam was struck on purpose")
        data = case.export()
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import Any

from . import pipeline
from .claims_stage import refresh_claims
from .errors import InputError, NotFound, UsageError
from .ids import proposition_id
from .ingest import read_inputs
from .model import DocumentRecord
from .outputs import export_json
from .store import Store


class Case:
    """One investigation: a store plus the operations on it."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.store = Store(path)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str],
        overrides: dict[str, Any] | None = None,
        on_error: Callable[[InputError], None] | None = None,
        on_progress: Callable[[int], None] | None = None,
    ) -> pipeline.IngestReport:
        """Ingest files, folders or ``-`` (JSON Lines on stdin)."""
        return pipeline.ingest(self.store, read_inputs(paths, overrides), on_error, on_progress)

    def ingest_records(self, records: Iterable[DocumentRecord]) -> pipeline.IngestReport:
        return pipeline.ingest(self.store, records)

    def track(self, text: str) -> dict[str, Any]:
        """Store a proposition to follow, in the user's words (idempotent)."""
        text = " ".join(text.split())
        if not text:
            raise UsageError("a proposition needs some words, e.g. rashomon track \"The bridge was mined\"")
        prop_id = proposition_id(text)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.store.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO propositions (id, text, origin, created_at) VALUES (?, ?, 'tracked', ?)",
                (prop_id, text, now),
            )
        refresh_claims(self.store)
        return self.proposition(prop_id)

    # -- reading ---------------------------------------------------------

    def proposition(self, prop_id: str) -> dict[str, Any]:
        rows = self.store.rows("SELECT id, text, origin, created_at FROM propositions WHERE id = ?", (prop_id,))
        if not rows:
            raise NotFound(f"no proposition {prop_id!r}; list them with `rashomon propositions`")
        return rows[0]

    def propositions(self) -> list[dict[str, Any]]:
        return self.store.rows("SELECT id, text, origin, created_at FROM propositions ORDER BY created_at, id")

    def documents(self) -> list[dict[str, Any]]:
        return self.store.rows(
            """SELECT d.id, d.published, d.published_basis, d.outlet, d.title, d.duplicate_of,
                      length(d.text) AS characters,
                      (SELECT count(*) FROM statements s WHERE s.document = d.id) AS statements,
                      d.source
               FROM documents d ORDER BY d.published, d.id"""
        )

    def statements(self, document: str | None = None, speaker: str | None = None) -> list[dict[str, Any]]:
        where, params = [], []
        if document:
            where.append("s.document = ?")
            params.append(document)
        if speaker:
            where.append("s.speaker = ?")
            params.append(speaker)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return self.store.rows(
            f"""SELECT s.id, s.document, s.said_on, a.name AS speaker, s.speaker_text, s.cue,
                       s.cue_class, s.kind, s.content
                FROM statements s JOIN documents d ON d.id = s.document
                LEFT JOIN actors a ON a.id = s.speaker
                {clause} ORDER BY d.published, s.document, s.position""",
            tuple(params),
        )

    def actors(self) -> list[dict[str, Any]]:
        return self.store.rows(
            """SELECT a.id, a.name, a.kind,
                      (SELECT group_concat(alias, ' | ') FROM actor_aliases x WHERE x.actor = a.id) AS aliases,
                      (SELECT name FROM actors b WHERE b.id = a.affiliation) AS affiliation,
                      (SELECT name FROM actors b WHERE b.id = a.stands_for) AS stands_for,
                      (SELECT count(*) FROM statements s WHERE s.speaker = a.id) AS statements
               FROM actors a ORDER BY statements DESC, a.name"""
        )

    def summary(self) -> dict[str, Any]:
        counts = self.store.counts()
        counts["by_speaker"] = self.store.rows(
            """SELECT coalesce(a.name, '(unnamed source)') AS speaker, count(*) AS statements
               FROM statements s LEFT JOIN actors a ON a.id = s.speaker
               GROUP BY 1 ORDER BY 2 DESC, 1"""
        )
        return counts

    def export(self, with_text: bool = False) -> dict[str, Any]:
        return export_json.export(self.store, with_text)
