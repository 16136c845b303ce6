"""End to end over tiny fictional articles: spans, ids, idempotence, failures."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from rashomon.api import Case
from rashomon.model import DocumentRecord

pytestmark = pytest.mark.slow
SHARED_CONTRACT = Path(__file__).parents[1].parent / "shared" / "contract"


@pytest.fixture
def case(db_path: str, articles: Path):
    with Case(db_path) as case:
        report = case.ingest([str(articles)])
        assert report.ok and len(report.added) == 2
        yield case


def test_pipeline_spans_index_exact_text(case: Case) -> None:
    data = case.export(with_text=True)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    assert data["statements"], "the fixture articles contain attributed statements"
    for st in data["statements"]:
        text = texts[st["document"]]
        start, end = st["content_span"]
        assert text[start:end] == st["content"]
        if st["speaker_span"]:
            assert text[slice(*st["speaker_span"])] == st["speaker_text"]
        if st["cue_span"]:
            assert text[slice(*st["cue_span"])] == st["cue"]
    for te in data["time_expressions"]:
        assert texts[te["document"]][slice(*te["span"])] == te["text"]


def test_pipeline_stores_text_exactly(case: Case, articles: Path) -> None:
    stored = {d["title"]: d["text"] for d in case.export(with_text=True)["documents"]}
    raw = (articles / "one.md").read_text(encoding="utf-8")
    assert raw.endswith(stored["Ferry halted at Dunmore Quay"])


def test_pipeline_second_ingest_changes_nothing(case: Case, articles: Path) -> None:
    before = case.export()
    report = case.ingest([str(articles)])
    assert report.added == [] and len(report.unchanged) == 2
    after = case.export()
    before.pop("generated_at"), after.pop("generated_at")
    assert before == after


def test_pipeline_ids_derive_from_content(tmp_path: Path, articles: Path) -> None:
    exports = []
    for name in ("a.db", "b.db"):
        with Case(tmp_path / name) as case:
            case.ingest([str(articles)])
            data = case.export()
            exports.append(
                ([d["id"] for d in data["documents"]], [s["id"] for s in data["statements"]],
                 sorted(a["id"] for a in data["actors"]))
            )
    assert exports[0] == exports[1]


def test_pipeline_export_validates_against_contract(case: Case) -> None:
    schema = json.loads((SHARED_CONTRACT / "export.schema.json").read_text(encoding="utf-8"))
    case.track("The ferry sailed with a known fault")
    jsonschema.validate(case.export(with_text=True), schema)


def test_pipeline_interrupted_ingest_keeps_finished_documents(db_path: str, monkeypatch) -> None:
    import rashomon.pipeline as pipeline

    records = [
        DocumentRecord(text="The mayor said the bridge was safe.", outlet="One"),
        DocumentRecord(text="The engineer said the bridge was not safe.", outlet="Two"),
    ]
    real = pipeline.write_document
    calls = []

    def crash_on_second(store, analysis, actors, doc):
        calls.append(analysis.doc_id)
        if len(calls) == 2:
            # Fail inside the second document's transaction, after its first writes.
            with store.transaction() as db:
                db.execute(
                    "INSERT INTO documents (id, text, ingested_at) VALUES (?, 'partial', 'now')",
                    (analysis.doc_id,),
                )
                raise KeyboardInterrupt
        return real(store, analysis, actors, doc)

    monkeypatch.setattr(pipeline, "write_document", crash_on_second)
    with Case(db_path) as case, pytest.raises(KeyboardInterrupt):
        case.ingest_records(records)
    monkeypatch.setattr(pipeline, "write_document", real)
    with Case(db_path) as case:
        stored = case.documents()
        assert [d["id"] for d in stored] == [calls[0]]
        assert case.store.scalar("SELECT count(*) FROM statements WHERE document = ?", (calls[1],)) == 0
        report = case.ingest_records(records)  # the rerun completes the second
        assert report.added == [calls[1]] and report.unchanged == [calls[0]]


def test_pipeline_document_that_trips_a_bug_is_reported_and_skipped(db_path: str, monkeypatch) -> None:
    import rashomon.pipeline as pipeline

    records = [
        DocumentRecord(text="The mayor said the bridge was safe.", outlet="One", source="one.md"),
        DocumentRecord(text="The engineer said the bridge was not safe.", outlet="Two", source="two.md"),
        DocumentRecord(text="The pilot said the harbour was calm.", outlet="Three", source="three.md"),
    ]
    real = pipeline.attribution.extract

    def crash_on_engineer(doc, **options):
        if "engineer" in doc.text:
            raise IndexError("token index out of range")
        return real(doc, **options)

    monkeypatch.setattr(pipeline.attribution, "extract", crash_on_engineer)
    failed, progress = [], []
    with Case(db_path) as case:
        report = pipeline.ingest(case.store, records, on_error=failed.append, on_progress=progress.append)
        assert len(report.added) == 2 and not report.ok
        assert [e.source for e in report.errors] == ["two.md"] and failed == report.errors
        assert "[E011] two.md: analysis failed (IndexError" in str(failed[0])
        assert sum(progress) == 3  # the skipped document still counts as done
        assert case.store.scalar("SELECT count(*) FROM statements") >= 2  # the others were analysed and stored
    monkeypatch.setattr(pipeline.attribution, "extract", real)
    with Case(db_path) as case:
        assert case.ingest_records(records).added == [pipeline.document_id(records[1].text, "Two")]


def test_pipeline_broken_quote_exports_its_parts(db_path: str) -> None:
    text = ('"The ferry will not sail today," the harbour master Ilse Dorrow said on Monday. '
            '"We are waiting for the wind to drop."\n\n'
            '"The quay is closed," Dorrow said, "until the storm has passed."\n')
    record = DocumentRecord(text=text, outlet="Quay Gazette", published="2031-02-03", title="Quay closed")
    with Case(db_path) as case:
        assert case.ingest_records([record]).ok
        data = case.export(with_text=True)
    schema = json.loads((SHARED_CONTRACT / "export.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    parts = {text[slice(*st["content_parts"][0])].lstrip('"')[:12]: st for st in data["statements"] if st["content_parts"]}
    assert sorted(parts) == ["The ferry wi", "The quay is "]
    for st in parts.values():
        (first, second) = st["content_parts"]
        assert st["content_span"] == [first[0], second[1]]
        assert "said" not in text[slice(*first)] + text[slice(*second)]
    assert text[slice(*parts["The quay is "]["content_parts"][1])].lstrip('"').startswith("until the storm has passed")


def test_pipeline_ingest_alone_does_not_encode_statements(case: Case) -> None:
    # Sentence vectors cost about a spaCy pass: only a case that tracks or discovers pays for them.
    assert case.store.scalar("SELECT count(*) FROM statement_vectors") == 0
    case.discover()
    assert case.store.scalar("SELECT count(*) FROM statement_vectors") == case.store.scalar(
        "SELECT count(*) FROM statements")
