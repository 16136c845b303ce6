"""The CLI through click's CliRunner: exit codes, messages, output formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rashomon.cli import cli


def run(*args: str, db: str, input: str | None = None):
    return CliRunner().invoke(cli, ["--db", db, *args], input=input, catch_exceptions=False)


def test_cli_every_command_has_help() -> None:
    for name, command in cli.commands.items():
        assert command.help, f"{name} has no help"
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_cli_unusable_db_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path), "documents"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: [E002] cannot use")
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_cli_track_and_list_propositions(db_path: str) -> None:
    result = run("track", "  The dam   was breached on purpose ", db=db_path)
    assert result.exit_code == 0
    created = json.loads(result.output)
    assert created["text"] == "The dam was breached on purpose" and created["origin"] == "tracked"
    again = json.loads(run("track", "The dam was breached on purpose", db=db_path).output)
    assert again["id"] == created["id"]
    listed = run("propositions", "--csv", db=db_path).output
    rows = list(csv.DictReader(io.StringIO(listed)))
    assert [r["text"] for r in rows] == ["The dam was breached on purpose"]


def test_cli_empty_proposition_is_an_error(db_path: str) -> None:
    result = run("track", "   ", db=db_path)
    assert result.exit_code == 1 and result.output.startswith("Error: [E040]")


@pytest.mark.slow
def test_cli_ingest_reports_bad_files_and_keeps_going(tmp_path: Path, articles: Path, db_path: str) -> None:
    (articles / "empty.txt").write_bytes(b"")
    (articles / "feed.jsonl").write_text('{"text": "The port reopened, officials said."}\n{broken\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", db_path, "ingest", str(articles)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: [E010] {articles / 'empty.txt'}: empty file",
        f"error: [E010] {articles / 'feed.jsonl'}:2: malformed JSON: Expecting property name enclosed in double quotes (column 2)",
    ]
    assert "3 added, 0 unchanged, 2 failed" in result.stderr
    docs = json.loads(run("documents", db=db_path).output)
    assert len(docs) == 3
    again = CliRunner().invoke(cli, ["--db", db_path, "ingest", str(articles / "one.md")])
    assert again.exit_code == 0 and "0 added, 1 unchanged, 0 failed" in again.stderr


@pytest.mark.slow
def test_cli_ingest_stdin_and_output_formats(db_path: str) -> None:
    line = json.dumps({"text": "The harbour master said the quay was closed.", "outlet": "Bay Wire",
                       "published": "2031-03-02", "id": "bw-1"})
    result = CliRunner().invoke(cli, ["--db", db_path, "ingest", "-"], input=line + "\n")
    assert result.exit_code == 0, result.output
    as_json = json.loads(run("statements", db=db_path).output)
    assert as_json and as_json[0]["content"] == "the quay was closed"
    nl = run("statements", "--nl", db=db_path).output.splitlines()
    assert [json.loads(x) for x in nl] == as_json
    table = run("statements", "-t", db=db_path).output
    assert table.splitlines()[0].split()[:3] == ["id", "document", "said_on"]
    docs = json.loads(run("documents", db=db_path).output)
    assert docs[0]["outlet"] == "Bay Wire" and docs[0]["published"] == "2031-03-02"


@pytest.mark.slow
def test_cli_ingest_names_documents_with_no_date(db_path: str) -> None:
    lines = [{"text": "The harbour master said on Tuesday that the quay was closed."},
             {"text": "The harbour master said the quay reopened.", "published": "2031-03-02"}]
    result = CliRunner().invoke(cli, ["--db", db_path, "ingest", "-"], input="\n".join(json.dumps(x) for x in lines) + "\n")
    assert result.exit_code == 0, result.output
    [note] = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert note.startswith("note: 1 document has no publication date, given or found in its text (<stdin>:1)")
    assert "--published" in note
