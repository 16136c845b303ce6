"""Schema migrations: named functions applied in order, each in a transaction.

Applied names are recorded in the ``migrations`` table, so opening an older
store upgrades it in place and opening a current one does nothing. Add a new
function to ``MIGRATIONS``; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Execute statements one by one (``executescript`` would commit early)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""


def m0001_initial(db: sqlite3.Connection) -> None:
    run_script(
        db,
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            external_id TEXT,
            title TEXT,
            outlet TEXT,
            authors TEXT NOT NULL DEFAULT '[]',  -- JSON array
            url TEXT,
            published TEXT,                      -- YYYY, YYYY-MM or YYYY-MM-DD
            published_basis TEXT,
            published_text TEXT,
            language TEXT,
            text TEXT NOT NULL,                  -- exactly as ingested
            source TEXT,                         -- file (and line) it came from
            duplicate_of TEXT REFERENCES documents(id),
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE actors (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            affiliation TEXT,
            stands_for TEXT,
            evidence TEXT NOT NULL DEFAULT '{}'  -- JSON: first names, titles, roles...
        );
        CREATE TABLE actor_aliases (
            actor TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            PRIMARY KEY (actor, alias)
        );
        CREATE TABLE statements (
            id TEXT PRIMARY KEY,
            document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,           -- order within the document
            speaker TEXT REFERENCES actors(id),
            speaker_text TEXT,
            speaker_start INTEGER, speaker_end INTEGER,
            source_kind TEXT,
            cue TEXT NOT NULL,
            cue_class TEXT NOT NULL,
            cue_start INTEGER, cue_end INTEGER,
            kind TEXT NOT NULL,
            content TEXT NOT NULL,
            content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
            negated INTEGER NOT NULL DEFAULT 0,
            confidence REAL,
            parent TEXT,
            said_on TEXT, said_on_basis TEXT, said_on_text TEXT
        );
        CREATE INDEX statements_document ON statements(document);
        CREATE INDEX statements_speaker ON statements(speaker);
        CREATE TABLE mentions (
            document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, end INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT,
            actor TEXT REFERENCES actors(id),
            score REAL,
            PRIMARY KEY (document, start, end)
        );
        CREATE INDEX mentions_actor ON mentions(actor);
        CREATE TABLE time_expressions (
            document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, end INTEGER NOT NULL,
            text TEXT NOT NULL,
            value TEXT NOT NULL,
            type TEXT,
            reference TEXT,
            PRIMARY KEY (document, start, end)
        );
        CREATE TABLE propositions (
            id TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            origin TEXT NOT NULL,                -- tracked | discovered
            created_at TEXT NOT NULL
        );
        CREATE TABLE stances (
            proposition TEXT NOT NULL REFERENCES propositions(id) ON DELETE CASCADE,
            statement TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
            value TEXT NOT NULL,
            score REAL,
            PRIMARY KEY (proposition, statement)
        );
        CREATE TABLE stance_overrides (
            proposition TEXT NOT NULL,
            statement TEXT NOT NULL,
            value TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (proposition, statement)
        );
        CREATE TABLE findings (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            proposition TEXT,
            actor TEXT,
            payload TEXT NOT NULL,               -- JSON, shaped like the export's finding
            summary TEXT
        );
        -- User corrections (actor merges, aliases, renames...): replayed after
        -- every ingest so they survive re-runs.
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            action TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """
    )


def m0002_claims_state(db: sqlite3.Connection) -> None:
    """Sentence spans and cached vectors for stance, and a per-proposition
    watermark so only statements added since are assessed."""
    run_script(
        db,
        """
        ALTER TABLE statements ADD COLUMN sentence_start INTEGER;
        ALTER TABLE statements ADD COLUMN sentence_end INTEGER;
        ALTER TABLE propositions ADD COLUMN assessed_through INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE statement_vectors (
            statement TEXT PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
            content BLOB NOT NULL,               -- float32 MiniLM embedding
            sentence BLOB NOT NULL
        );
        """,
    )


def m0003_content_parts(db: sqlite3.Connection) -> None:
    """The pieces of a quote broken by its cue ('"A," he said, "B."'): a JSON list
    of [start, end] offsets, NULL when the content is one piece."""
    run_script(db, "ALTER TABLE statements ADD COLUMN content_parts TEXT;")


def m0004_proposition_profiles(db: sqlite3.Connection) -> None:
    """What each document says its names are (read once, cached), and each
    proposition's user-given equivalent terms and last computed profile."""
    run_script(
        db,
        """
        CREATE TABLE document_links (
            document TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            links TEXT NOT NULL                  -- JSON [[member, whole, relation, evidence], ...]
        );
        ALTER TABLE propositions ADD COLUMN also TEXT;      -- JSON list of the user's equivalent terms
        ALTER TABLE propositions ADD COLUMN profile TEXT;   -- JSON concepts, as shown to the user
        """,
    )


def m0005_document_issuer(db: sqlite3.Connection) -> None:
    """Who speaks in a document's own voice (a press release's issuer):
    NULL for a news report."""
    run_script(db, "ALTER TABLE documents ADD COLUMN statement_by TEXT;")


def m0006_speaker_antecedent(db: sqlite3.Connection) -> None:
    """Where a pronoun speaker's antecedent is ("The technician, who asked not
    to be named, ... «...,» she said"): an unnamed source's later quotes are
    still that source's. NULL for other speakers, and for statements stored
    before this column (re-ingest to fill it)."""
    run_script(
        db,
        """
        ALTER TABLE statements ADD COLUMN antecedent_start INTEGER;
        ALTER TABLE statements ADD COLUMN antecedent_end INTEGER;
        """,
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    m0001_initial, m0002_claims_state, m0003_content_parts, m0004_proposition_profiles, m0005_document_issuer,
    m0006_speaker_antecedent,
]


def applied(db: sqlite3.Connection) -> set[str]:
    db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return {row[0] for row in db.execute("SELECT name FROM migrations")}


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply pending migrations; return the names applied."""
    done = applied(db)
    new = []
    for migration in MIGRATIONS:
        name = migration.__name__
        if name in done:
            continue
        db.execute("BEGIN IMMEDIATE")  # one transaction per migration
        try:
            migration(db)
            db.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        new.append(name)
    return new
