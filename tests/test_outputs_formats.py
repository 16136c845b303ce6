"""Every export format, produced from the sample corpus, read back and checked."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from rashomon.cli import cli
from rashomon.errors import UsageError
from rashomon.outputs import formats
from rashomon.outputs.view import CaseView
from rashomon.store import Store
from test_outputs_case import ACTOR, FINDING, STATEMENT, case_db  # noqa: F401  (session fixture)

pytestmark = pytest.mark.slow


def produce(db: str, fmt: str, with_text: bool = False) -> bytes:
    out = io.BytesIO()
    with Store(db) as store:
        formats.write(fmt, store, out, with_text)
    return out.getvalue()


@pytest.fixture(scope="module")
def view(case_db: str) -> CaseView:  # noqa: F811
    with Store(case_db) as store:
        return CaseView.from_store(store)


def test_outputs_jsonl_has_one_record_per_statement_with_stances(case_db: str, view: CaseView) -> None:  # noqa: F811
    records = [json.loads(line) for line in produce(case_db, "jsonl", with_text=True).decode().splitlines()]
    assert [r["id"] for r in records] == [s["id"] for s in view.data["statements"]]
    mine = next(r for r in records if r["id"] == STATEMENT)
    assert mine["speaker_name"] == "Odo Ferrant" and mine["outlet"] == "The Quayside Test Sheet"
    assert [s["value"] for s in mine["stances"]] == ["deny"]
    assert "<img src=x onerror" in mine["sentence"]  # data stays data: escaping is the renderer's job


def test_outputs_csv_is_a_zip_of_tables(case_db: str, view: CaseView) -> None:  # noqa: F811
    archive = zipfile.ZipFile(io.BytesIO(produce(case_db, "csv")))
    assert sorted(archive.namelist()) == sorted(
        f"{t}.csv" for t in ("documents", "actors", "statements", "propositions", "stances", "findings"))
    tables = {n: list(csv.DictReader(io.StringIO(archive.read(n).decode("utf-8")))) for n in archive.namelist()}
    assert len(tables["statements.csv"]) == len(view.data["statements"])
    assert len(tables["actors.csv"]) == len(view.data["actors"])
    assert sum(len(p["stances"]) for p in view.data["propositions"]) == len(tables["stances.csv"])
    actor = next(r for r in tables["actors.csv"] if r["id"] == ACTOR)
    assert actor["statements"] == "1" and actor["aliases"] == "Odo Ferrant"
    finding = next(r for r in tables["findings.csv"] if r["id"] == FINDING)
    assert finding["type"] == "reversal" and json.loads(finding["details"])["to"]["value"] == "deny"


def test_outputs_parquet_reads_back(case_db: str, view: CaseView, tmp_path: Path) -> None:  # noqa: F811
    import pyarrow.parquet as pq

    path = tmp_path / "case.parquet"
    with Store(case_db) as store:
        formats.write("parquet", store, str(path))
    table = pq.read_table(path)
    assert table.num_rows == len(view.data["statements"])
    rows = {r["id"]: r for r in table.to_pylist()}
    assert rows[STATEMENT]["stances"][0]["value"] == "deny"
    assert isinstance(rows[STATEMENT]["content_start"], int)


# schema.org: the properties each type used here may carry (its own and inherited ones), and the
# types a nested object may have for a property. From https://schema.org/ClaimReview, /Claim,
# /Quotation, /NewsArticle, /Organization, /Person, /Rating.
THING = {"@type", "@id", "name", "description", "url", "alternateName"}
CREATIVE_WORK = THING | {"author", "datePublished", "dateCreated", "text", "headline", "publisher", "isPartOf"}
SCHEMA_ORG = {
    "ClaimReview": CREATIVE_WORK | {"claimReviewed", "itemReviewed", "reviewRating"},
    "Claim": CREATIVE_WORK | {"appearance", "firstAppearance"},
    "Quotation": CREATIVE_WORK | {"spokenByCharacter"},
    "NewsArticle": CREATIVE_WORK,
    "Organization": THING,
    "Person": THING,
    "Rating": THING | {"ratingValue", "bestRating", "worstRating", "ratingExplanation"},
}
RANGES = {
    "itemReviewed": {"Claim"},
    "reviewRating": {"Rating"},
    "author": {"Organization", "Person"},
    "publisher": {"Organization", "Person"},
    "appearance": {"Quotation", "NewsArticle"},
    "spokenByCharacter": {"Organization", "Person"},
    "isPartOf": {"NewsArticle"},
}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_node(node: dict, where: str) -> None:
    kind = node.get("@type")
    if kind is None:  # a reference to a node elsewhere in the graph
        assert set(node) == {"@id"}, where
        return
    assert kind in SCHEMA_ORG, f"{where}: unexpected type {kind}"
    extra = set(node) - SCHEMA_ORG[kind]
    assert not extra, f"{where}: {kind} has no properties {extra}"
    for key, value in node.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                if "@type" in item and key in RANGES:
                    assert item["@type"] in RANGES[key], f"{where}.{key}: {item['@type']}"
                check_node(item, f"{where}.{key}")
            elif key.startswith("date"):
                assert ISO_DATE.match(item), f"{where}.{key}: {item}"


def test_outputs_claimreview_has_the_schema_org_shape(case_db: str, view: CaseView) -> None:  # noqa: F811
    doc = json.loads(produce(case_db, "claimreview"))
    assert doc["@context"] == "https://schema.org"
    tracked = [p for p in view.data["propositions"] if p["origin"] == "tracked"]
    reviews = doc["@graph"]
    assert [r["claimReviewed"] for r in reviews] == [p["text"] for p in tracked]
    for review, prop in zip(reviews, tracked):
        check_node(review, review["@id"])
        assert review["reviewRating"]["alternateName"]
        assert len(review["itemReviewed"]["appearance"]) == len(prop["stances"])
    first = reviews[0]["itemReviewed"]["appearance"]
    mine = next(a for a in first if a["@id"] == f"#{STATEMENT}")
    assert mine["spokenByCharacter"] == {"@type": "Person", "@id": f"#{ACTOR}", "name": "Odo Ferrant"}
    assert mine["description"] == "said: denies"


def test_outputs_graphml_loads_with_networkx(case_db: str, view: CaseView) -> None:  # noqa: F811
    import networkx as nx

    graph = nx.read_graphml(io.BytesIO(produce(case_db, "graphml")))
    assert graph.number_of_nodes() == len(view.data["actors"]) + len(view.data["propositions"])
    prop = view.data["propositions"][0]["id"]
    assert graph.nodes[ACTOR]["label"] == "Odo Ferrant" and graph.nodes[prop]["type"] == "proposition"
    [edge] = graph.get_edge_data(ACTOR, prop).values()
    assert edge["stance"] == "deny" and edge["weight"] == 1 and edge["evidence"] == STATEMENT
    stances = sum(d["weight"] for _, _, d in graph.edges(data=True) if d["relation"] == "stance")
    with_speaker = sum(1 for p in view.data["propositions"] for s in p["stances"]
                       if view.statements[s["statement"]]["speaker"] in view.actors)
    assert stances == with_speaker


def test_outputs_binary_format_refuses_a_terminal(case_db: str) -> None:  # noqa: F811
    class Terminal(io.BytesIO):
        def isatty(self) -> bool:
            return True

    with Store(case_db) as store, pytest.raises(UsageError, match="binary"):
        formats.write("parquet", store, Terminal())


def test_outputs_export_command_writes_every_format(case_db: str, tmp_path: Path) -> None:  # noqa: F811
    runner = CliRunner()
    for fmt in formats.FORMATS:
        target = tmp_path / f"case{formats.FORMATS[fmt].suffix}"
        result = runner.invoke(cli, ["--db", case_db, "export", "--format", fmt, "-o", str(target)])
        assert result.exit_code == 0, (fmt, result.output)
        assert target.stat().st_size > 0
    assert zipfile.is_zipfile(tmp_path / "case.zip")
    result = runner.invoke(cli, ["--db", case_db, "export", "--format", "jsonl"])
    assert result.exit_code == 0 and STATEMENT in result.output
