"""A document in its issuer's own voice (a press release, an official
statement): its sentences that quote no one else are the issuer's statements."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from rashomon.api import Case
from rashomon.attribution import Issuer, extract, issuer_from_title
from rashomon.cli import cli

RELEASE = """Statement by the Harbour Authority of Velmar on the closure of the north pier

VELMAR, 4 March 2026 - The Harbour Authority of Velmar regrets the disruption caused to ferry passengers this week.

Cracks were found in two of the pier's supporting piles on Monday. The pier will not reopen before April.

Contact with the pier's contractor was lost on Tuesday. We urge the ferry operators to use the south quay until the repairs are done. The union has claimed that the inspection was rushed. This claim is false.

Will the fares rise?

Notes to editors
The press office can be reached at press@harbour.example.org.
"""


def _found(nlp: Language, text: str, issuer: Issuer | None) -> list[tuple[str | None, str, str]]:
    return [
        (a.source_kind, a.speaker_text or "", text[a.content_span[0] : a.content_span[1]])
        for a in extract(nlp(text), issuer=issuer)
    ]


def test_a_title_names_the_issuer(nlp: Language) -> None:
    issuer = issuer_from_title(None, RELEASE, nlp)
    assert issuer is not None and issuer.name == "Harbour Authority of Velmar"
    assert issuer.cue_span is not None and RELEASE[slice(*issuer.cue_span)] == "Statement"
    remarks = issuer_from_title("Remarks by Mayor Ana Dorn at the harbour festival", "Good evening.", nlp)
    assert remarks is not None and remarks.name == "Mayor Ana Dorn" and remarks.cue_span is None
    joint = issuer_from_title("Joint statement of the Velmar and Kestle port councils", "...", nlp)
    assert joint is not None and joint.name == "Velmar and Kestle port councils"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # a verb that describes what the statement is about is not the title's own
        ("Statement by the Harbour Authority of Velmar on the storm that closed the north pier", "Harbour Authority of Velmar"),
        ("Remarks by Mayor Ana Dorn at the summit where the port councils agreed a budget", "Mayor Ana Dorn"),
        ("Statement by Kestle Ferries on the capsizing of the MV Arden, which sank on Friday", "Kestle Ferries"),
        # after a colon come the statement's own words
        ("Statement by the dockers' union: the pier must reopen", "dockers' union"),
    ],
)
def test_a_release_title_may_hold_a_verb_about_its_subject(nlp: Language, title: str, name: str) -> None:
    issuer = issuer_from_title(title, "The pier closed on Monday.", nlp)
    assert issuer is not None and issuer.name == name


def test_the_issuer_below_a_press_release_label(nlp: Language) -> None:
    text = (
        "PRESS RELEASE\nHarbour Authority of Velmar\n\n4 March 2026\n\n"
        "The north pier will stay closed until April. Cracks were found in two piles.\n"
    )
    issuer = issuer_from_title(None, text, nlp)
    assert issuer is not None and issuer.name == "Harbour Authority of Velmar" and issuer.cue == "press release"
    found = _found(nlp, text, issuer)
    # the label, the name and the date are the heading, not claims
    assert [content for _, _, content in found] == [
        "The north pier will stay closed until April.",
        "Cracks were found in two piles.",
    ]
    # a headline under the label is not an issuer
    headline = "Press release\nDeminers find rocket fragments, charity says\n\nThe charity said it found them."
    assert issuer_from_title(None, headline, nlp) is None


@pytest.mark.parametrize(
    "title",
    [
        "Ferry passengers stranded as north pier closes",
        "Statement expected from harbour chiefs",
        "Mayor issues statement",
        # a headline about a statement has a verb of its own
        "Remarks by Mayor Ana Dorn at the harbour festival draw criticism",
        "Statement from the harbour authority angers ferry crews",
        "Statement by the harbour master was misleading, ferry crews say",
    ],
)
def test_a_news_headline_names_no_issuer(nlp: Language, title: str) -> None:
    assert issuer_from_title(title, "The pier closed on Monday.", nlp) is None
    assert issuer_from_title(None, title + "\n\nThe pier closed on Monday.", nlp) is None


def test_the_issuer_speaks_its_own_sentences(nlp: Language) -> None:
    found = _found(nlp, RELEASE, issuer_from_title(None, RELEASE))
    own = [content for kind, _, content in found if kind == "issuer"]
    assert own == [
        "Cracks were found in two of the pier's supporting piles on Monday.",
        "The pier will not reopen before April.",
        # a sentence that opens like a closing heading ("Contact") is no heading
        "Contact with the pier's contractor was lost on Tuesday.",
        "This claim is false.",
    ]
    # the issuer's speaker span is its first mention in the text, the title's
    assert {speaker for kind, speaker, _ in found if kind == "issuer"} == {"Harbour Authority of Velmar"}
    # what the issuer reports someone else claiming stays that someone's
    assert ("organization", "The union", "that the inspection was rushed") in found
    # its own reporting verb keeps its own speaker; the title, the question and
    # the notes to editors are no claims
    assert any(speaker == "The Harbour Authority of Velmar" and content.startswith("the disruption") for _, speaker, content in found)
    assert not any("Will the fares" in content or "press office" in content or "closure of" in content for _, _, content in found)


def test_we_is_the_issuer(nlp: Language) -> None:
    issuer = issuer_from_title(None, RELEASE)
    records = extract(nlp(RELEASE), issuer=issuer)
    we = next(a for a in records if a.speaker_text == "We")
    assert we.speaker_antecedent_span is not None and RELEASE[slice(*we.speaker_antecedent_span)] == "Harbour Authority of Velmar"


@pytest.mark.slow
def test_statement_by_flows_from_front_matter_to_the_export(tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "pier.md").write_text(
        "---\ntitle: North pier update\npublished: 2026-03-04\nstatement_by: Harbour Authority of Velmar\n---\n"
        "The Harbour Authority of Velmar has closed the north pier. Cracks were found in two supporting piles.\n",
        encoding="utf-8",
    )
    with Case(tmp_path / "c.db") as case:
        assert case.ingest([str(folder)]).ok
        data = case.export()
    assert data["documents"][0]["statement_by"] == "Harbour Authority of Velmar"
    own = [s for s in data["statements"] if s["content"] == "Cracks were found in two supporting piles."]
    assert len(own) == 1 and own[0]["speaker_text"] == "Harbour Authority of Velmar" and own[0]["speaker"]
    # the sentence that names the issuer (its speaker span) is about it, not its claim
    assert not any(s["content"].startswith("The Harbour Authority of Velmar has closed") for s in data["statements"])
    assert own[0]["said_on"]["value"] == "2026-03-04"


@pytest.mark.slow
def test_the_cli_flag_names_the_issuer(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("The north pier will stay closed until April. No ferry will use it before then.\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", db, "ingest", "-q", "--statement-by", "Harbour Authority of Velmar", str(note)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--db", db, "export"])
    data = json.loads(result.output)
    rows = data["statements"]
    assert [r["content"] for r in rows] == [
        "The north pier will stay closed until April.",
        "No ferry will use it before then.",
    ]
    # the text never names its issuer: the name stands without a span, and is an actor
    assert {(r["speaker_text"], r["speaker_span"]) for r in rows} == {("Harbour Authority of Velmar", None)}
    actors = {a["id"]: a for a in data["actors"]}
    assert {actors[r["speaker"]]["name"] for r in rows} == {"Harbour Authority of Velmar"}
    assert actors[rows[0]["speaker"]]["kind"] == "organization"


@pytest.mark.slow
def test_we_is_the_issuer_the_text_never_names(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(
        "The Velmar ferry union met on Monday. The north pier will stay closed until April.\n\n"
        "We have asked the union to postpone its strike until the repairs are finished.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", db, "ingest", "-q", "--statement-by", "Harbour Authority of Velmar", str(note)])
    assert result.exit_code == 0, result.output
    data = json.loads(runner.invoke(cli, ["--db", db, "export"]).output)
    names = {a["id"]: a["name"] for a in data["actors"]}
    we = next(s for s in data["statements"] if s["speaker_text"] == "We")
    # not the union, the last body named before it: the issuer speaks as "we"
    assert names[we["speaker"]] == "Harbour Authority of Velmar"


def test_a_sentence_about_reports_is_the_issuers(nlp: Language) -> None:
    # the reports are what the sentence speaks of; that they are false is the issuer's claim
    text = ("Statement by the Harbour Authority of Velmar on the closure of the north pier\n\n"
            "The pier will not reopen before April. "
            "Reports that the Minister of Harbours ordered the closure of the pier are false.\n")
    issuer = issuer_from_title(None, text, nlp)
    found = _found(nlp, text, issuer)
    assert ("issuer", "Harbour Authority of Velmar",
            "Reports that the Minister of Harbours ordered the closure of the pier are false.") in found
