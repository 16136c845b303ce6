"""Dates lent across documents: a re-reported statement takes the date its earlier report gives it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rashomon.api import Case
from rashomon.dating_stage import date_across_documents
from rashomon.temporal.cross_document import Dated, cross_dates, earlier


def st(id: str, document: str, content: str, said_on: str | None, basis: str | None = "publication",
       speaker: str | None = "vell", cue_class: str = "assert", negated: bool = False) -> Dated:
    return Dated(id, document, speaker, content, cue_class, negated, said_on, basis)


def test_reported_again_later_takes_the_first_reports_date() -> None:
    first = st("a", "d1", "the ferry was inspected twice before it sailed", "2031-04-02", "explicit")
    again = st("b", "d2", "the ferry had been inspected twice", "2031-04-20")
    assert cross_dates([first, again]) == {"b": "2031-04-02"}


def test_a_new_count_is_a_new_statement() -> None:
    first = st("a", "d1", "doctors at the clinic have treated 38 people for fever", "2031-04-02", "explicit")
    later = st("b", "d2", "45 people had now been treated for fever", "2031-04-05")
    same = st("c", "d3", "38 people had been treated for fever", "2031-04-06")
    assert cross_dates([first, later, same]) == {"c": "2031-04-02"}


def test_undated_document_borrows_a_date() -> None:
    first = st("a", "d1", "the quay lights failed at dusk", "2031-04-02")
    undated = st("b", "d2", "the quay lights failed", None, None)
    assert cross_dates([first, undated]) == {"b": "2031-04-02"}


def test_another_speaker_lends_nothing() -> None:
    first = st("a", "d1", "the quay lights failed at dusk", "2031-04-02", speaker="harbour-board")
    assert cross_dates([first, st("b", "d2", "the quay lights failed at dusk", "2031-04-20")]) == {}


def test_unnamed_sources_are_never_matched() -> None:
    first = st("a", "d1", "the quay lights failed at dusk", "2031-04-02", speaker=None)
    assert cross_dates([first, st("b", "d2", "the quay lights failed at dusk", "2031-04-20", speaker=None)]) == {}


def test_a_negated_or_denied_version_is_another_statement() -> None:
    first = st("a", "d1", "the quay lights failed at dusk", "2031-04-02")
    negated = st("b", "d2", "the quay lights never failed at dusk", "2031-04-20")
    denied = st("c", "d3", "the quay lights failed at dusk", "2031-04-21", cue_class="deny")
    assert cross_dates([first, negated, denied]) == {}


def test_a_different_claim_sharing_one_word_is_not_matched() -> None:
    first = st("a", "d1", "the ferry sailed late", "2031-04-02")
    other = st("b", "d2", "the ferry crew was paid in full and the owners apologised", "2031-04-20")
    assert cross_dates([first, other]) == {}


def test_own_dates_stay() -> None:
    later = st("a", "d1", "the quay lights failed at dusk", "2031-04-25", "explicit")
    dated = st("b", "d2", "the quay lights failed at dusk", "2031-04-20", "explicit")
    published = st("c", "d3", "the quay lights failed at dusk", "2031-04-22")
    assert cross_dates([later, dated, published]) == {"c": "2031-04-20"}


def test_the_same_document_lends_nothing() -> None:
    first = st("a", "d1", "the quay lights failed at dusk", "2031-04-02", "explicit")
    assert cross_dates([first, st("b", "d1", "the quay lights failed at dusk", "2031-04-20")]) == {}


def test_a_date_lent_on_is_not_lent_again() -> None:
    first = st("a", "d1", "the quay lights failed at dusk", "2031-04-02", "cross_document")
    assert cross_dates([first, st("b", "d2", "the quay lights failed at dusk", "2031-04-20")]) == {}


def test_earlier_compares_at_the_coarser_precision() -> None:
    assert earlier("2031-04-02", "2031-04-20")
    assert earlier("2031-04-02", "2031-04")  # within the month, and more precise
    assert not earlier("2031-04", "2031-04-20")  # says less
    assert not earlier("2031-05-01", "2031-04")
    assert earlier("2031-03", None)


@pytest.mark.slow
def test_store_dates_a_re_report_whichever_document_came_first(tmp_path: Path) -> None:
    first = {"id": "one", "title": "Quay closed", "outlet": "Dunmore Post", "published": "2031-04-03",
             "text": "DUNMORE - Harbour master Ilse Varn said on Tuesday that the quay lights failed at dusk "
                     "because a cable was cut."}
    second = {"id": "two", "title": "Quay reopens", "outlet": "Coast Ledger", "published": "2031-04-20",
              "text": "The quay reopened on Monday. Harbour master Ilse Varn has said that the quay lights failed "
                      "at dusk because a cable was cut."}
    paths = []
    for record in (second, first):  # the re-report arrives first, alone
        paths.append(tmp_path / f"{record['id']}.jsonl")
        paths[-1].write_text(json.dumps(record) + "\n", encoding="utf-8")

    def dates(case: Case) -> list[tuple[str, str]]:
        said = [s["said_on"] for s in case.export()["statements"]]
        return sorted((d["value"], d["basis"]) if d else ("", "unknown") for d in said)

    with Case(tmp_path / "case.db") as case:
        case.ingest([str(paths[0])])
        assert dates(case) == [("", "unknown")]  # "has said": made some time before the report
        case.ingest([str(paths[1])])
        assert dates(case) == [("2031-04-01", "cross_document"), ("2031-04-01", "relative")]
        assert date_across_documents(case.store) == 1  # re-dating every speaker agrees with the ingest's
        assert dates(case) == [("2031-04-01", "cross_document"), ("2031-04-01", "relative")]
        case.ingest([str(p) for p in paths])  # nothing new: nothing moves
        assert dates(case) == [("2031-04-01", "cross_document"), ("2031-04-01", "relative")]


@pytest.mark.slow
def test_merging_two_speakers_lends_dates_between_their_statements(tmp_path: Path) -> None:
    # The same person under a former name: until a user merges the two actors,
    # neither report can date the other.
    first = {"id": "one", "title": "Lights out", "outlet": "Dunmore Post", "published": "2031-04-03",
             "text": "DUNMORE - Harbour master Ilse Varn said on Tuesday that the quay lights failed at dusk "
                     "because a cable was cut."}
    second = {"id": "two", "title": "Quay reopens", "outlet": "Coast Ledger", "published": "2031-04-20",
              "text": "The quay reopened on Monday. Harbour master Oda Brekke has said that the quay lights "
                      "failed at dusk because a cable was cut."}
    path = tmp_path / "both.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (first, second)), encoding="utf-8")

    def dates(case: Case) -> dict[str, tuple[str, str]]:
        said = {s["speaker"]: s["said_on"] for s in case.export()["statements"]}
        return {speaker: (d["value"], d["basis"]) if d else ("", "unknown") for speaker, d in said.items()}

    with Case(tmp_path / "case.db") as case:
        case.ingest([str(path)])
        ids = {a["name"]: a["id"] for a in case.actors()}
        assert dates(case)[ids["Oda Brekke"]] == ("", "unknown")  # "has said": some time before the report
        case.correct_actor("merge", into=ids["Ilse Varn"], actors=[ids["Oda Brekke"]])
        said = [s["said_on"] for s in case.export()["statements"]]
        assert sorted((d["value"], d["basis"]) for d in said) == [
            ("2031-04-01", "cross_document"), ("2031-04-01", "relative")]
