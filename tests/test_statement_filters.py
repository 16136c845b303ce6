"""`rashomon statements` filters: speaker by name, cue class, kind, dates,
text, negation and unsourced statements, and their errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rashomon import Case
from rashomon.cli import cli
from rashomon.errors import UsageError

# The two articles of conftest.py, written out: `from conftest import` is ambiguous
# under the full run, where tests/browser has a conftest too.
ARTICLE_ONE = """---
title: Ferry halted at Dunmore Quay
outlet: The Harbour Gazette
published: 2031-05-04
---
The ferry service to Kestle Island was halted on Monday after a hull crack was found.

"We will not sail until the inspectors are satisfied," said Tomas Brennick, the harbour master.

The operator denied that the crack had been reported a week earlier, according to a company statement.
"""

ARTICLE_TWO = """---
title: Island council questions ferry safety
outlet: Kestle Weekly
published: 2031-05-09
---
Councillor Anya Folau said the ferry had sailed with a known fault for days.

Tomas Brennick told reporters that the inspection would finish by Friday.
"""

ARTICLE_THREE = """---
title: Ferry back in service
outlet: Kestle Weekly
published: 2031-06-02
---
Tomas Brennick denied that the hull had ever been unsafe.

The operator reportedly paid for the repairs itself.

Councillor Anya Folau said the island had not been told about the fault.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("filters")
    for name, text in (("one.md", ARTICLE_ONE), ("two.md", ARTICLE_TWO), ("three.md", ARTICLE_THREE)):
        (folder / name).write_text(text, encoding="utf-8")
    path = str(folder / "case.db")
    with Case(path) as case:
        # the store sits in the folder it reads, and is passed over, not reported
        assert not case.ingest([str(folder)]).errors
    return path


def listed(db: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["--db", db, "statements", "--nl", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def error(db: str, *args: str, code: int = 1) -> str:
    result = CliRunner().invoke(cli, ["--db", db, "statements", *args])
    assert result.exit_code == code
    return result.output


def test_speaker_by_name_part_or_id(db: str) -> None:
    by_part = listed(db, "--speaker", "brennick")
    assert by_part and {s["speaker"] for s in by_part} == {"Tomas Brennick"}
    assert len(by_part) == 3
    with Case(db) as case:
        actor = next(a["id"] for a in case.actors() if a["name"] == "Tomas Brennick")
    assert listed(db, "--speaker", actor) == by_part
    assert listed(db, "--speaker", "  TOMAS   brennick ") == by_part


def test_cue_class_kind_and_text(db: str) -> None:
    denials = listed(db, "--cue-class", "deny")
    assert {s["content"] for s in denials} == {
        "that the crack had been reported a week earlier",
        "that the hull had ever been unsafe",
    }
    both = listed(db, "--cue-class", "deny", "--speaker", "Brennick")
    assert [s["content"] for s in both] == ["that the hull had ever been unsafe"]
    direct = listed(db, "--kind", "direct")
    assert [s["content"] for s in direct] == ['"We will not sail until the inspectors are satisfied,"']
    assert [s["speaker"] for s in listed(db, "--contains", "INSPECTION")] == ["Tomas Brennick"]
    # the user's % and _ are text, not wildcards
    assert listed(db, "--contains", "%") == []


def test_dates_overlap_whole_periods(db: str) -> None:
    everything = listed(db)
    may = listed(db, "--since", "2031-05", "--until", "2031-05")
    assert may and all(s["said_on"].startswith("2031-05") for s in may)
    june = listed(db, "--since", "2031-06-01")
    assert june and all(s["said_on"] >= "2031-06" for s in june)
    assert len(may) + len(june) == len([s for s in everything if s["said_on"]])
    assert listed(db, "--until", "2031-05-08") == [s for s in may if s["said_on"] <= "2031-05-08"]
    assert listed(db, "--since", "2032") == []


def test_unsourced_and_negated(db: str) -> None:
    unsourced = listed(db, "--unsourced")
    assert [(s["speaker"], s["content"]) for s in unsourced] == [(None, "The operator reportedly paid for the repairs itself")]
    negated = {s["content"] for s in listed(db, "--negated")}
    assert "the island had not been told about the fault" in negated
    not_negated = listed(db, "--not-negated")
    assert len(negated) + len(not_negated) == len(listed(db))


def test_filter_errors_say_what_to_do(db: str) -> None:
    assert "[E040] no cue class 'denial'; the classes are" in error(db, "--cue-class", "denial")
    assert "[E040] --since takes a date as YYYY, YYYY-MM or YYYY-MM-DD" in error(db, "--since", "05/2031")
    assert "[E030] no actor has the id, name or alias 'Ilse Marrowby'" in error(db, "--speaker", "Ilse Marrowby")
    assert "exclude each other" in error(db, "--speaker", "Brennick", "--unsourced")
    assert "Invalid value for '--kind'" in error(db, "--kind", "quoted", code=2)
    with Case(db) as case, pytest.raises(UsageError, match="unknown kind 'quoted'"):
        case.statements(kinds=["quoted"])
