"""Actor corrections persist: replayed after ingest, round-trip through the registry."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from rashomon.api import Case
from rashomon.cli import cli

pytestmark = pytest.mark.slow

THIRD = """---
title: Ferry back in service
outlet: Coast Wire
published: 2031-05-20
---
Tomas Brennick said the ferry would sail again on Monday. Anya Folau said she was not convinced.
"""


def _id(case: Case, name: str) -> str:
    return next(a["id"] for a in case.actors() if a["name"] == name)


def test_actors_merge_holds_after_new_documents(db_path: str, articles: Path) -> None:
    with Case(db_path) as case:
        case.ingest([str(articles)])
        brennick, folau = _id(case, "Tomas Brennick"), _id(case, "Anya Folau")
        case.correct_actor("merge", into=brennick, actors=[folau])
        case.correct_actor("rename", actor=brennick, name="Harbour voices")
        (articles / "three.md").write_text(THIRD, encoding="utf-8")
        case.ingest([str(articles)])
        speakers = {s["speaker"] for s in case.statements() if s["document"]}
        names = {a["name"] for a in case.actors()}
        assert "Harbour voices" in speakers
        assert "Anya Folau" not in names and "Tomas Brennick" not in names


def test_actors_registry_round_trip(tmp_path: Path, articles: Path) -> None:
    first, second = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    with Case(first) as case:
        case.ingest([str(articles)])
        brennick = _id(case, "Tomas Brennick")
        case.correct_actor("alias_add", actor=brennick, alias="T. Brenick")
        registry = case.export_registry("yaml")
    with Case(second) as case:
        assert case.import_registry(registry, "yaml") > 0
        case.ingest([str(articles)])
        actor = next(a for a in case.actors() if a["id"] == brennick)
        assert "T. Brenick" in actor["aliases"] and actor["statements"] >= 2


def test_actors_cli_unknown_actor_is_one_line(db_path: str) -> None:
    result = CliRunner().invoke(cli, ["--db", db_path, "actors", "rename", "actor_missing", "X"])
    assert result.exit_code == 1 and result.output.startswith("Error: [E")
    assert "Traceback" not in result.output
