"""Datasette metadata describes every table and column of the store."""

from __future__ import annotations

from pathlib import Path

from rashomon.outputs.datasette import metadata
from rashomon.store import Store


def test_outputs_datasette_metadata_covers_the_schema(tmp_path: Path) -> None:
    tables = metadata()["databases"]["rashomon"]["tables"]
    with Store(tmp_path / "rashomon.db") as store:
        schema = {
            name: [row["name"] for row in store.rows(f"PRAGMA table_info({name})")]
            for name in (r["name"] for r in store.rows("SELECT name FROM sqlite_master WHERE type = 'table'"))
            if name != "sqlite_sequence"
        }
    assert sorted(tables) == sorted(schema)
    for name, columns in schema.items():
        assert tables[name]["description"], name
        assert sorted(tables[name]["columns"]) == sorted(columns), name
        label = tables[name].get("label_column")
        assert label is None or label in columns


def test_outputs_datasette_metadata_is_keyed_by_file_name() -> None:
    assert list(metadata("/cases/ferry-2031.db")["databases"]) == ["ferry-2031"]
