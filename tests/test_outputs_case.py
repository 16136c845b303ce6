"""One case store for the output, report and web tests, built once per session.

It holds the bundled fictional sample corpus with its tracked propositions,
plus one hostile fictional document (a <script> element, an onerror
attribute, a javascript: URL) and a known statement, stance and finding on
it, inserted directly so the tests do not depend on how well the pipeline
stages score that text. Other test modules import ``case_db`` from here.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

HOSTILE = """---
title: "<script>window.__pwned = 1</script> Quayside notice"
outlet: The Quayside Test Sheet
published: 2026-05-20
url: "javascript:window.__pwned = 1"
---
A notice pinned at the quay read <script>window.__pwned = 1</script> in large letters.

"<img src=x onerror=window.__pwned=1> was all the screen showed," said Odo Ferrant, a ferry clerk.
"""
HOSTILE_SPAN = "<img src=x onerror=window.__pwned=1> was all the screen showed"
ACTOR = "actor_test_odo_ferrant"
STATEMENT = "st_test_hostile"
FINDING = "find_test_reversal"

_built: dict[str, str] = {}


def _insert_known_records(db_path: str) -> None:
    from rashomon.store import Store

    with Store(db_path) as store:
        doc = store.rows("SELECT id, text FROM documents WHERE outlet = 'The Quayside Test Sheet'")[0]
        start = doc["text"].index(HOSTILE_SPAN)
        prop = store.rows("SELECT id FROM propositions ORDER BY created_at, id")[0]["id"]
        with store.transaction() as db:
            db.execute("INSERT OR REPLACE INTO actors (id, name, kind) VALUES (?, 'Odo Ferrant', 'person')", (ACTOR,))
            db.execute("INSERT OR IGNORE INTO actor_aliases (actor, alias) VALUES (?, 'Odo Ferrant')", (ACTOR,))
            db.execute(
                """INSERT OR REPLACE INTO statements (id, document, position, speaker, speaker_text, cue, cue_class,
                       kind, content, content_start, content_end, said_on, said_on_basis)
                   VALUES (?, ?, 999, ?, 'Odo Ferrant', 'said', 'assert', 'direct', ?, ?, ?, '2026-05-20', 'publication')""",
                (STATEMENT, doc["id"], ACTOR, HOSTILE_SPAN, start, start + len(HOSTILE_SPAN)),
            )
            db.execute("INSERT OR REPLACE INTO stances (proposition, statement, value, score) VALUES (?, ?, 'deny', 0.9)",
                       (prop, STATEMENT))
            payload = {"proposition": prop, "actor": ACTOR, "statements": [STATEMENT],
                       "from": {"value": "affirm", "said_on": "2026-05-01", "statements": []},
                       "to": {"value": "deny", "said_on": "2026-05-20", "statements": [STATEMENT]}}
            db.execute(
                "INSERT OR REPLACE INTO findings (id, type, proposition, actor, payload, summary) VALUES (?, 'reversal', ?, ?, ?, ?)",
                (FINDING, prop, ACTOR, json.dumps(payload),
                 "Odo Ferrant <b>affirmed</b> it, then denied it on 2026-05-20."),
            )


def build_case(folder: Path) -> str:
    """Ingest the sample corpus and the hostile document into ``folder/case.db``."""
    if "db" in _built:
        return _built["db"]
    from rashomon.api import Case
    from rashomon.demo import sample_articles, tracked_propositions

    hostile = folder / "hostile.md"
    hostile.write_text(HOSTILE, encoding="utf-8")
    db_path = str(folder / "case.db")
    with Case(db_path) as case:
        for text in tracked_propositions():
            case.track(text)
        report = case.ingest([*sample_articles(), str(hostile)])
        assert not report.errors, report.errors
    _insert_known_records(db_path)
    _built["db"] = db_path
    return db_path


@pytest.fixture(scope="session")
def case_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Path of the shared case store. Read it only; copy it (``case_copy``) to write."""
    return build_case(tmp_path_factory.mktemp("outputs-case"))


@pytest.fixture
def case_copy(case_db: str, tmp_path: Path) -> str:
    """A private copy of the shared store, for tests that write."""
    target = tmp_path / "case.db"
    shutil.copy(case_db, target)
    return str(target)
