"""Mark syndicated copies and near-duplicates in the store (``duplicate_of``).

Documents are compared originals first (earliest, then not crediting another
outlet's wire, then longest), so the copy points at the original.
The detection itself (MinHash over word shingles) is in
``rashomon.findings.duplicates``.
"""

from __future__ import annotations

from .findings.duplicates import find_duplicates, original_first
from .store import Store


def mark_duplicates(store: Store) -> int:
    """Recompute ``duplicate_of`` for every document; return how many changed."""
    stored = store.rows("SELECT id, text, outlet, published, duplicate_of FROM documents ORDER BY ingested_at, id")
    rows = [stored[i] for i in original_first([(r["published"], r["text"], r["outlet"]) for r in stored])]
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
