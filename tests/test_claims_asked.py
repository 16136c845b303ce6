"""What a question asks about, and a reporting noun under "no", bear no
stance: nobody said them. Fictional articles."""

from __future__ import annotations

from pathlib import Path

from rashomon.claims import StatementView
from rashomon.claims.stance import is_silence

INQUIRY = """---
title: Inspectors question the rail operator
outlet: Valley Courier
published: 2035-02-09
---

Asked whether the drivers' union had warned the operator about the signals, the inspector Jonas Wirth said his team was still reading the files.

Asked whether he stood by his remarks of Monday, when he said the signals had failed, the minister said he had nothing to add.
"""


def test_what_a_question_asks_about_is_asserted_by_no_one(tmp_path: Path) -> None:
    from rashomon import Case

    (tmp_path / "inquiry.md").write_text(INQUIRY, encoding="utf-8")
    with Case(str(tmp_path / "case.db")) as case:
        case.ingest([str(tmp_path / "inquiry.md")])
        case.track("The drivers' union warned the operator about the signals")
        case.track("The signals failed")
        export = case.export()
    contents = {s["id"]: s["content"] for s in export["statements"]}
    stanced = {p["text"]: {contents[s["statement"]] for s in p["stances"]} for p in export["propositions"]}
    assert any(c.startswith("the signals") for c in contents.values())  # the nested statements are listed
    assert not any(c.startswith("about the signals") or c == "the signals" for c in stanced["The drivers' union warned the operator about the signals"])
    # a statement the question takes as made keeps its stance
    assert "the signals had failed" in stanced["The signals failed"]


def test_a_reporting_noun_under_no_says_nothing_was_said() -> None:
    sentence = "We received no warning from any union about the signals at Kessling."
    view = StatementView("s", "d", "the signals at Kessling", "assert", sentence=sentence, cue="warning from any union about")
    assert is_silence(view)
    assert not is_silence(StatementView("s", "d", "the signals", "assert", sentence="The union warned the company about the signals.",
                                        cue="warned the company about"))
