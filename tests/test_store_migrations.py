from __future__ import annotations

import sqlite3

import pytest

from rashomon.errors import StoreUnusable
from rashomon.migrations import MIGRATIONS
from rashomon.store import Store


def test_store_records_every_migration_once(db_path: str) -> None:
    with Store(db_path) as store:
        names = [r["name"] for r in store.rows("SELECT name FROM migrations")]
    assert names == [m.__name__ for m in MIGRATIONS]
    with Store(db_path) as store:  # reopening applies nothing new
        assert store.scalar("SELECT count(*) FROM migrations") == len(MIGRATIONS)


def test_store_uses_wal(db_path: str) -> None:
    with Store(db_path) as store:
        assert store.scalar("PRAGMA journal_mode") == "wal"


def test_store_transaction_rolls_back_on_error(db_path: str) -> None:
    with Store(db_path) as store:
        with pytest.raises(RuntimeError):
            with store.transaction() as db:
                db.execute(
                    "INSERT INTO propositions (id, text, origin, created_at) VALUES ('p', 't', 'tracked', 'now')"
                )
                raise RuntimeError("interrupted")
        assert store.scalar("SELECT count(*) FROM propositions") == 0


@pytest.mark.parametrize("kind", ["directory", "missing_folder", "not_sqlite"])
def test_store_unusable_path_is_one_clear_error(tmp_path, kind: str) -> None:
    if kind == "directory":
        path = tmp_path
    elif kind == "missing_folder":
        path = tmp_path / "nope" / "case.db"
    else:
        path = tmp_path / "case.db"
        path.write_bytes(b"this is not a database, just some bytes" * 100)
    with pytest.raises(StoreUnusable) as info:
        Store(path)
    assert str(info.value).startswith("[E002] cannot use")
    assert "--db" in str(info.value)


def test_store_failed_migration_leaves_nothing(tmp_path, monkeypatch) -> None:
    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("boom")

    monkeypatch.setattr("rashomon.migrations.MIGRATIONS", [*MIGRATIONS, broken])
    with pytest.raises(sqlite3.OperationalError):
        Store(tmp_path / "case.db")
    db = sqlite3.connect(tmp_path / "case.db")
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half_done" not in tables and "documents" in tables
