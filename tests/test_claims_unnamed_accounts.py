"""An unnamed source's testimony told over several sentences, and the words
that interrupt a quote. Fictional articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rashomon.claims import Proposition, StatementIndex, StatementView

from test_claims_tracking import FILLER, bag_of_words

WHISTLEBLOWER = """---
title: Plant worker says warnings about the press line were ignored
outlet: Valley Courier
published: 2039-05-12
---

A technician at the Orlen Metals plant in Skarrow says managers were warned in March that the hydraulic press on line four was leaking oil.

The technician, who asked not to be named because she still works at the plant, said she had written to her supervisor twice. «Nobody came to look at it,» she said. «We were told to keep the line running.»

Orlen Metals rejected the account.
"""

CAUTION = """---
title: Orlen Metals halts line four
outlet: Valley Courier
published: 2039-05-13
---

"We are acting out of caution," said Orlen Metals' head of safety, Dr. Ilse Varn. "The line will stay closed until the inspection is over."
"""


def _case_export(tmp_path: Path, articles: dict[str, str], propositions: list[str]) -> dict[str, Any]:
    from rashomon import Case

    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Case(str(tmp_path / "case.db")) as case:
        case.ingest([str(tmp_path / name) for name in articles])
        for proposition in propositions:
            case.track(proposition)
        return case.export(with_text=True)


def _stances(export: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Per proposition, each stanced statement's content -> value."""
    contents = {s["id"]: s["content"] for s in export["statements"]}
    return {p["text"]: {contents[s["statement"]]: s["value"] for s in p["stances"]} for p in export["propositions"]}


def test_an_unnamed_source_keeps_her_quotes_and_the_rejection_of_her_account(tmp_path: Path) -> None:
    claim = "Managers at Orlen Metals were warned about the leaking press"
    export = _case_export(tmp_path, {"whistle.md": WHISTLEBLOWER}, [claim])
    text = export["documents"][0]["text"]
    quote = next(s for s in export["statements"] if s["speaker_text"] == "she" and s["kind"] == "direct")
    start, end = quote["speaker_antecedent_span"]
    assert text[start:end].startswith("The technician, who asked not to be named")
    # "the account" is her whole testimony, whose first statement is the warning
    assert _stances(export)[claim].get("the account") == "deny"
    contradiction = next(f for f in export["findings"] if f["type"] == "contradiction")
    assert "Orlen Metals" in contradiction["summary"] and "technician" in contradiction["summary"]


def test_the_words_that_interrupt_a_quote_are_not_what_it_claims(tmp_path: Path) -> None:
    claim = "Orlen Metals was warned about the leaking press"
    export = _case_export(tmp_path, {"whistle.md": WHISTLEBLOWER, "caution.md": CAUTION}, [claim])
    quote = next(s["content"] for s in export["statements"] if s["content"].startswith('"We are acting'))
    assert quote not in _stances(export)[claim]  # the speaker's employer is named by the attribution, not the quote


def test_who_we_are_comes_from_the_speakers_description() -> None:
    """"They came at us", said by a teacher who brought his daughter to the
    rally, speaks of the rally's crowd: a denial that it attacked anyone."""
    index = StatementIndex(encoder=bag_of_words)
    quote = StatementView(
        "q", "d1", "“Nobody threw anything. They came at us without warning,”", "assert",
        sentence="“Nobody threw anything. They came at us without warning,” said Edvin Sarr, a teacher who had brought his daughter to the rally.",
        actor="sarr", actor_name="Edvin Sarr", speaker_text="Edvin Sarr, a teacher who had brought his daughter to the rally",
    )
    index.add([*FILLER, quote, StatementView("p", "d2", "protesters threw stones at the police", actor="police")])
    stances = {s.statement: s.value for s in index.track(Proposition("attack", "Protesters attacked the police"))}
    assert stances.get("q") == "deny"

