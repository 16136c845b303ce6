"""The public Python API. The CLI and the web app are thin layers over it.

    from rashomon import Case
    with Case("case.db") as case:
        case.ingest(["articles/"])
        case.track("The dam was struck on purpose")
        data = case.export()
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timezone
from typing import Any

from . import pipeline
from .claims_stage import refresh_claims
from .errors import InputError, NotFound, UsageError
from .ids import proposition_id
from .ingest import read_inputs
from .model import DocumentRecord
from .outputs import export_json
from .statement_filters import StatementFilter
from .store import Store

PROPOSITION_SQL = "SELECT id, text, origin, created_at, also, profile FROM propositions"


def _with_profile(row: dict[str, Any]) -> dict[str, Any]:
    """A proposition row with its JSON columns read."""
    return {**row, "also": json.loads(row["also"] or "[]"), "profile": json.loads(row["profile"] or "[]")}


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
        records = read_inputs(paths, overrides, skip=self.store.files())
        return pipeline.ingest(self.store, records, on_error, on_progress)

    def ingest_records(self, records: Iterable[DocumentRecord]) -> pipeline.IngestReport:
        return pipeline.ingest(self.store, records)

    def track(self, text: str, also: Sequence[str] = ()) -> dict[str, Any]:
        """Store a proposition to follow, in the user's words (idempotent).

        ``also``: words the user knows mean the same as what the proposition
        is about ("Harrow-4C", "M26"); a statement using one of them speaks
        of it. Given again for a tracked proposition, they are added."""
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
            terms = [" ".join(t.split()) for t in also if t.strip()]
            if terms:
                (known,) = db.execute("SELECT also FROM propositions WHERE id = ?", (prop_id,)).fetchone()
                merged = list(dict.fromkeys([*json.loads(known or "[]"), *terms]))
                # assessed_through = 0: its profile changed, so every statement is scored again.
                db.execute(
                    "UPDATE propositions SET also = ?, assessed_through = 0 WHERE id = ?",
                    (json.dumps(merged, ensure_ascii=False), prop_id),
                )
        refresh_claims(self.store)
        return self.proposition(prop_id)

    # -- reading ---------------------------------------------------------

    def proposition(self, prop_id: str) -> dict[str, Any]:
        rows = self.store.rows(f"{PROPOSITION_SQL} WHERE id = ?", (prop_id,))
        if not rows:
            raise NotFound(f"no proposition {prop_id!r}; list them with `rashomon propositions`")
        return _with_profile(rows[0])

    def propositions(self) -> list[dict[str, Any]]:
        """Tracked propositions, each with its concepts and the words that
        count for each (``profile``), so a wrong expansion can be seen."""
        return [_with_profile(r) for r in self.store.rows(f"{PROPOSITION_SQL} ORDER BY created_at, id")]

    def documents(self) -> list[dict[str, Any]]:
        return self.store.rows(
            """SELECT d.id, d.published, d.published_basis, d.outlet, d.title, d.duplicate_of,
                      length(d.text) AS characters,
                      (SELECT count(*) FROM statements s WHERE s.document = d.id) AS statements,
                      d.source
               FROM documents d ORDER BY d.published, d.id"""
        )

    def statements(self, document: str | None = None, speaker: str | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Statements in publication order. ``speaker`` is an actor id, name or
        alias; other filters are those of :class:`StatementFilter`."""
        clause, params = StatementFilter(document=document, speaker=speaker, **filters).where(self.store)
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

    def findings(self, type: str | None = None, proposition: str | None = None) -> list[dict[str, Any]]:
        """Findings shaped as in the export, optionally of one type or proposition."""
        return [
            f for f in export_json.findings(self.store)
            if (type is None or f["type"] == type) and (proposition is None or f.get("proposition") == proposition)
        ]

    def discover(self, min_documents: int = 2) -> list[dict[str, Any]]:
        """Candidate propositions: statements from several documents asserting one thing."""
        from .claims import discover
        from .claims_stage import statement_vectors, statement_views, update_findings

        views, _ = statement_views(self.store)
        if not views:
            return []
        content, sentence = statement_vectors(self.store, views)
        found = discover(views, content, sentence, min_documents=min_documents)
        update_findings(self.store)  # the vectors now exist: claim corroborations join the findings
        return [
            {"text": c.text, "documents": len(c.documents), "statements": c.statements,
             "saying": c.saying, "denying": c.denying, "cohesion": round(c.cohesion, 3)}
            for c in found
        ]

    def set_stance(self, statement: str, proposition: str, value: str | None) -> None:
        """Override a statement's stance (``None``: it does not bear on the
        proposition). The override persists across re-runs; findings follow."""
        from .model import StanceValue

        allowed = set(StanceValue.__args__)  # type: ignore[attr-defined]
        if value is not None and value not in allowed:
            raise UsageError(f"stance must be one of {', '.join(sorted(allowed))} (or 'none'), not {value!r}")
        if not self.store.scalar("SELECT 1 FROM statements WHERE id = ?", (statement,)):
            raise NotFound(f"no statement {statement!r}; list them with `rashomon statements`")
        self.proposition(proposition)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.store.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO stance_overrides (proposition, statement, value, created_at) VALUES (?, ?, ?, ?)",
                (proposition, statement, value or "none", now),
            )
        refresh_claims(self.store)

    def clear_stance(self, statement: str, proposition: str) -> None:
        """Remove an override: the computed stance applies again."""
        with self.store.transaction() as db:
            db.execute("DELETE FROM stance_overrides WHERE proposition = ? AND statement = ?", (proposition, statement))
        refresh_claims(self.store)

    # -- actor corrections (persist: replayed after every ingest) ----------

    def correct_actor(self, action: str, **payload: Any) -> dict[str, Any]:
        """Apply a correction: merge (into, actors), split (actor, aliases, name),
        alias_add / alias_remove (actor, alias), rename (actor, name),
        set (actor, kind / affiliation / stands_for)."""
        from .actors import Correction
        from .actors_stage import correct

        result = correct(self.store, Correction.from_dict({"action": action, "payload": payload}))
        refresh_claims(self.store)
        return {"changed": sorted(result.changed), "removed": sorted(result.removed),
                "redirects": dict(result.redirects)}

    def export_registry(self, fmt: str = "yaml") -> str:
        """The actor registry as YAML or CSV text, to edit and import again."""
        from .actors import to_csv, to_yaml
        from .actors_stage import read_actors

        actors = sorted(read_actors(self.store.db), key=lambda a: (a.name.lower(), a.id))
        return to_yaml(actors) if fmt == "yaml" else to_csv(actors)

    def import_registry(self, text: str, fmt: str = "yaml") -> int:
        """Add or update actors from a registry file; its names become curated
        aliases that always resolve to their actor. Returns actors written."""
        from .actors import ActorIndex, from_csv, from_yaml, import_registry
        from .actors_stage import read_actors, write_actor

        imported = from_yaml(text) if fmt == "yaml" else from_csv(text)
        with self.store.transaction() as db:
            result = import_registry(ActorIndex(read_actors(db)), imported)
            for actor in result.changed.values():
                write_actor(db, actor)
        refresh_claims(self.store)
        return len(result.changed)

    def summary(self) -> dict[str, Any]:
        counts: dict[str, Any] = dict(self.store.counts())
        counts["by_speaker"] = self.store.rows(
            """SELECT coalesce(a.name, '(unnamed source)') AS speaker, count(*) AS statements
               FROM statements s LEFT JOIN actors a ON a.id = s.speaker
               GROUP BY 1 ORDER BY 2 DESC, 1"""
        )
        return counts

    def export(self, with_text: bool = False) -> dict[str, Any]:
        return export_json.export(self.store, with_text)
