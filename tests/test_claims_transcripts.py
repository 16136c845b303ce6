"""A radio transcript in Markdown ("**Telki:** ..."): the interviewer's
lines are put to the interviewee, and each answer is about what it was
asked. Fictional."""

from __future__ import annotations

from pathlib import Path

TRANSCRIPT = """---
title: "Q&A: the harbour board's chief on the strike"
outlet: Coastline Radio
published: 2042-02-11
authors:
  - Rosa Telki
---

Margit Olsberg, chief executive of the Evrell harbour board, spoke to Coastline Radio on Tuesday morning.

**Telki:** The dockers' union says the night-shift plan was never agreed.

**Olsberg:** It was agreed. We have minutes of the November meeting signed by both sides, and we will publish them.

**Telki:** Will you meet the union?

**Olsberg:** Our door is open.
"""


def test_an_answer_takes_the_subject_of_the_line_it_answers(tmp_path: Path) -> None:
    from rashomon import Case

    (tmp_path / "qa.md").write_text(TRANSCRIPT, encoding="utf-8")
    claim = "The dockers' union agreed to the night-shift plan"
    with Case(str(tmp_path / "case.db")) as case:
        case.ingest([str(tmp_path / "qa.md")])
        case.track(claim)
        export = case.export(with_text=True)
    assert "**" not in export["documents"][0]["text"]  # Markdown's emphasis is not the article's words
    by_id = {s["id"]: s for s in export["statements"]}
    said = {by_id[s["statement"]]["speaker_text"]: s["value"] for p in export["propositions"] for s in p["stances"]}
    assert said.get("Olsberg") == "affirm"  # "It was agreed." answers the union's denial put to her
    assert "Telki" not in said  # the interviewer puts the union's words; she claims nothing
    assert said.get("The dockers' union") == "deny"  # what the union says stays the union's


def test_the_interviewers_lines_claim_nothing_in_a_plain_transcript(tmp_path: Path) -> None:
    from rashomon import Case

    (tmp_path / "qa.txt").write_text(TRANSCRIPT.replace("**", ""), encoding="utf-8")
    claim = "The dockers' union agreed to the night-shift plan"
    with Case(str(tmp_path / "case.db")) as case:
        case.ingest([str(tmp_path / "qa.txt")])
        case.track(claim)
        export = case.export()
    by_id = {s["id"]: s for s in export["statements"]}
    said = {by_id[s["statement"]]["speaker_text"]: s["value"] for p in export["propositions"] for s in p["stances"]}
    assert said.get("Olsberg") == "affirm" and "Telki" not in said
