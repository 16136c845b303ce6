"""An interviewer's questions, asked by the article's own author, take no
position: they prompt the answers. The interview below is fictional."""

from __future__ import annotations

from pathlib import Path

from rashomon.claims_stage import _is_author

INTERVIEW = """---
title: "The mill owner on the night of the spill"
outlet: The Harbour Ledger
authors:
  - Tamsin Roel
published: 2031-03-04
---

Ulric Vanto, who owns the Osk paper mill, spoke to Tamsin Roel of The Harbour Ledger on Monday.

Roel: Who dumped the dye into the canal on Friday night?

Vanto: Nobody at the mill dumped anything. Our tanks were sealed all week.

Roel: Why did the fishermen find dye near your outflow?

Vanto: The dye came from upstream. The mill dumped no dye into the canal.
"""


def test_the_author_is_matched_by_full_name_or_a_one_word_surname() -> None:
    assert _is_author("Tamsin Roel", ["Tamsin  Roel"])
    assert _is_author("Roel", ["Tamsin Roel"])
    assert not _is_author("Ulric Roel", ["Tamsin Roel"])  # a namesake is not the author
    assert not _is_author(None, ["Tamsin Roel"])
    assert not _is_author("Tamsin Roel", [])


def test_an_interviewers_questions_take_no_stance(tmp_path: Path) -> None:
    from rashomon.api import Case

    path = tmp_path / "interview.md"
    path.write_text(INTERVIEW, encoding="utf-8")
    with Case(str(tmp_path / "case.db")) as case:
        report = case.ingest([str(path)])
        assert not report.errors, report.errors
        prop = case.track("The Osk paper mill dumped dye into the canal")
        statements = {s["id"]: s for s in case.statements()}
        questions = [s for s in statements.values() if s["content"].endswith("?")]
        assert questions, "the interviewer's questions are statements (as PolNeAR marks them)"
        rows = case.store.rows("SELECT statement, value FROM stances WHERE proposition = ?", (prop["id"],))
        stances = {r["statement"]: r["value"] for r in rows}
        assert not {q["id"] for q in questions} & stances.keys()
        assert "deny" in stances.values()  # the mill owner's answers still count
