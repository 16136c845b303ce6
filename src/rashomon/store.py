"""The case store: one SQLite file (WAL mode) that Datasette can also open.

One writer connection per process; readers may open the same file at once.
Writes go through ``transaction()``, so an interrupted ingest keeps every
finished document and no half of any other.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import StoreUnusable
from .migrations import migrate

DEFAULT_DB = "rashomon.db"


def default_path() -> str:
    return os.environ.get("RASHOMON_DB") or DEFAULT_DB


class Store:
    """An open case store. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = str(path if path is not None else default_path())
        self.db = self._connect(self.path)
        migrate(self.db)

    @staticmethod
    def _connect(path: str) -> sqlite3.Connection:
        if path != ":memory:":
            target = Path(path)
            if target.is_dir():
                raise StoreUnusable(path, "it is a directory")
            if not target.parent.exists():
                raise StoreUnusable(path, f"folder {str(target.parent)!r} does not exist")
        try:
            # Autocommit mode: transactions are explicit (see transaction()).
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA foreign_keys = ON")
            if path != ":memory:":
                db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreUnusable(path, str(exc)) from exc
        return db

    def close(self) -> None:
        self.db.close()

    def files(self) -> frozenset[Path]:
        """The store's file and SQLite's companions to it (journal, WAL)."""
        main = Path(self.path).resolve()
        return frozenset({main, *(main.with_name(main.name + end) for end in ("-wal", "-shm", "-journal"))})

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- reading ---------------------------------------------------------

    def rows(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self.db.execute(sql, params)]

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    def has_document(self, doc_id: str) -> bool:
        return self.scalar("SELECT 1 FROM documents WHERE id = ?", (doc_id,)) is not None

    def counts(self) -> dict[str, int]:
        tables = ("documents", "statements", "actors", "propositions", "findings")
        return {t: self.scalar(f"SELECT count(*) FROM {t}") for t in tables}


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
