"""Store-wide statement dating: dates one document lends another (``temporal.cross_document``).

Runs from the statements' own dates, so the result does not depend on the
order documents arrived in: statements dated from elsewhere on an earlier run
first fall back to their own document's date. A date is only ever lent between
statements of the same speaker, so after an ingest or a correction only the
speakers it touched are re-dated: the other groups cannot have changed, and a
one-document ingest into a large case stays cheap.
"""

from __future__ import annotations

import json
from collections.abc import Collection

from .store import Store
from .temporal.cross_document import Dated, cross_dates

_ROWS = """
SELECT s.id, s.document, s.speaker, s.content, s.cue_class, s.negated, s.said_on, s.said_on_basis,
       s.said_on_text, d.published
FROM statements s JOIN documents d ON d.id = s.document
{where}
ORDER BY s.rowid
"""


def date_across_documents(store: Store, speakers: Collection[str] | None = None) -> int:
    """Give re-reported statements the date an earlier report gives them; the
    number so dated. With ``speakers``, only those speakers' statements."""
    if speakers is None:
        rows = store.rows(_ROWS.format(where=""))
    elif not speakers:
        return 0
    else:
        where = "WHERE s.speaker IN (SELECT value FROM json_each(?))"
        rows = store.rows(_ROWS.format(where=where), (json.dumps(sorted(speakers)),))
    own: dict[str, tuple[str | None, str | None, str | None]] = {}
    statements = []
    for r in rows:
        said_on, basis, text = r["said_on"], r["said_on_basis"], r["said_on_text"]
        if basis == "cross_document":
            said_on, basis, text = r["published"], "publication" if r["published"] else None, None
        own[r["id"]] = (said_on, basis, text)
        statements.append(Dated(r["id"], r["document"], r["speaker"], r["content"], r["cue_class"],
                                bool(r["negated"]), said_on, basis))
    lent = cross_dates(statements)
    changes = []
    for r in rows:
        dated = (lent[r["id"]], "cross_document", None) if r["id"] in lent else own[r["id"]]
        if dated != (r["said_on"], r["said_on_basis"], r["said_on_text"]):
            changes.append((*dated, r["id"]))
    with store.transaction() as db:
        db.executemany("UPDATE statements SET said_on = ?, said_on_basis = ?, said_on_text = ? WHERE id = ?", changes)
    return len(lent)
