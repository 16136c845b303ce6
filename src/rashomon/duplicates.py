"""Mark syndicated copies and near-duplicates in the store (``duplicate_of``).

Documents are compared oldest first, so the copy points at the original.
The detection itself (MinHash over word shingles) is in
``rashomon.findings.duplicates``.
"""

from __future__ import annotations

from .findings.duplicates import find_duplicates
from .store import Store


def mark_duplicates(store: Store) -> int:
    """Recompute ``duplicate_of`` for every document; return how many changed."""
    rows = store.rows(
        "SELECT id, text, duplicate_of FROM documents ORDER BY coalesce(published, '9999'), ingested_at, id"
    )
    originals = find_duplicates([row["text"] for row in rows])
    changes = [
        (rows[original]["id"] if original is not None else None, row["id"])
        for row, original in zip(rows, originals)
        if (rows[original]["id"] if original is not None else None) != row["duplicate_of"]
    ]
    if changes:
        with store.transaction() as db:
            db.executemany("UPDATE documents SET duplicate_of = ? WHERE id = ?", changes)
    return len(changes)
