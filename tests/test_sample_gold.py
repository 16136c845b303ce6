"""The hand-written gold files quote their corpora exactly.

Gold files name documents by file name (JSON Lines records as
``articles.jsonl#<id>``) and quote text rather than offsets, so they survive
format changes. These tests check that every document named exists and every
quoted text occurs in that document's text, for the bundled sample corpus, the
held-out evaluation corpus and the development corpora (``eval/ferry``,
``eval/protest``, ``eval/spill``).
They read the files directly (no pipeline), so a failure points at the gold,
not at a stage.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "rashomon" / "sample"
HELDOUT = ROOT / "eval" / "heldout"
FERRY = ROOT / "eval" / "ferry"
PROTEST = ROOT / "eval" / "protest"
SPILL = ROOT / "eval" / "spill"
CORPORA = {"sample": SAMPLE, "heldout": HELDOUT, "ferry": FERRY, "protest": PROTEST, "spill": SPILL}

FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)
STANCES = {"affirm", "deny", "retract", "no_evidence", "uncertain"}
KINDS = {"direct", "indirect", "mixed"}
BASES = {"explicit", "relative", "publication", "cross_document", "unknown"}
CUE_CLASSES = {"assert", "deny", "confirm", "admit", "retract", "accuse", "question", "promise", "report"}
DATE_RE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")


class _ArticleText(HTMLParser):
    """Text of the <article> element, one line per block, scripts skipped."""

    BLOCKS = {"p", "h1", "h2", "h3", "li", "blockquote"}

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "article":
            self.depth += 1
        elif tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1
        elif tag in ("script", "style"):
            self.skip -= 1
        elif tag in self.BLOCKS and self.depth:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.parts.append(data)


def document_text(corpus: Path, name: str) -> str:
    if "#" in name:
        file_name, record_id = name.split("#", 1)
        for line in (corpus / file_name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record.get("id") == record_id:
                    return str(record["text"])
        raise AssertionError(f"{name}: no record with id {record_id!r} in {file_name}")
    raw = (corpus / name).read_text(encoding="utf-8")
    if name.endswith((".html", ".htm")):
        parser = _ArticleText()
        parser.feed(raw)
        return "".join(parser.parts)
    match = FRONT_MATTER_RE.match(raw)
    return raw[match.end():] if match else raw


def corpus_documents(corpus: Path) -> set[str]:
    names: set[str] = set()
    for path in corpus.iterdir():
        if path.suffix in (".md", ".html", ".txt") and path.name != "README.md":
            names.add(path.name)
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    names.add(f"{path.name}#{json.loads(line)['id']}")
    return names


def load(corpus: Path, name: str) -> dict[str, Any] | None:
    path = corpus / "gold" / name
    if not path.exists():
        return None
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path}: not a mapping"
    return data


def quotes(corpus: Path) -> Iterator[tuple[str, str, str]]:
    """(gold file, document, quoted text) for every quotation in the gold."""
    statements = load(corpus, "statements.yaml")
    assert statements is not None
    for s in statements["statements"]:
        yield "statements.yaml", s["document"], s["content"]
        for piece in s.get("content_extra", []):
            yield "statements.yaml", s["document"], piece
    props = load(corpus, "propositions.yaml")
    for p in (props or {}).get("propositions", []):
        for st in p["stances"]:
            if "content" in st:
                yield "propositions.yaml", st["document"], st["content"]
    findings = load(corpus, "findings.yaml") or {}
    for key in ("discrepancies", "not_discrepancies", "ambiguous"):
        for d in findings.get(key, []):
            for v in d.get("values", [{"mentions": d.get("mentions", [])}]):
                for m in v["mentions"]:
                    yield "findings.yaml", m["document"], m["text"]


@pytest.mark.parametrize("corpus_name", sorted(CORPORA))
def test_sample_gold_quotes_occur_in_their_documents(corpus_name: str) -> None:
    corpus = CORPORA[corpus_name]
    existing = corpus_documents(corpus)
    cache: dict[str, str] = {}
    missing = []
    for gold_file, doc, text in quotes(corpus):
        assert doc in existing, f"{gold_file}: document {doc!r} does not exist in {corpus}"
        if doc not in cache:
            cache[doc] = document_text(corpus, doc)
        if text not in cache[doc]:
            missing.append(f"{gold_file}: {doc}: {text!r}")
    assert not missing, "quoted text not found:\n" + "\n".join(missing)


@pytest.mark.parametrize("corpus_name", sorted(CORPORA))
def test_sample_gold_statements_are_well_formed(corpus_name: str) -> None:
    corpus = CORPORA[corpus_name]
    data = load(corpus, "statements.yaml")
    assert data is not None
    existing = corpus_documents(corpus)
    for d in data.get("documents", []):
        assert d["document"] in existing, d["document"]
    ids = [s["id"] for s in data["statements"]]
    assert len(ids) == len(set(ids)), "duplicate statement ids"
    for s in data["statements"]:
        where = f"{s['id']} ({s['document']})"
        assert s["kind"] in KINDS, where
        assert s["basis"] in BASES, where
        assert s["cue_class"] in CUE_CLASSES, where
        assert s["said_on"] is None or DATE_RE.match(s["said_on"]), where
        assert (s["said_on"] is None) == (s["basis"] == "unknown"), where
        text = document_text(corpus, s["document"])
        # an issuer's own sentence (a press release's) has no cue word in the text
        assert s["cue"] in text if s["cue"] is not None else s.get("speaker_kind") == "issuer", f"{where}: cue {s['cue']!r} not in text"
        assert s["speaker"] in text, f"{where}: speaker {s['speaker']!r} not in text"
        for ref in ("nested_in", "copy_of"):
            if ref in s:
                assert s[ref] in ids, where


@pytest.mark.parametrize("corpus_name", sorted(CORPORA))
def test_sample_gold_references_resolve(corpus_name: str) -> None:
    corpus = CORPORA[corpus_name]
    statements = {s["id"]: s for s in load(corpus, "statements.yaml")["statements"]}  # type: ignore[index]
    actors = load(corpus, "actors.yaml")
    names: set[str] = set()
    if actors is not None:
        names = {a["name"] for a in actors["actors"]}
        for a in actors["actors"]:
            for key in ("affiliation", "stands_for"):
                assert a.get(key) is None or a[key] in names, f"{a['name']}: {key} {a[key]!r}"
        for s in statements.values():
            assert s["actor"] is None or s["actor"] in names, f"{s['id']}: actor {s['actor']!r}"
    props = load(corpus, "propositions.yaml")
    assert props is not None
    prop_ids = {p["id"] for p in props["propositions"]}
    for p in props["propositions"]:
        for st in p["stances"]:
            assert st["value"] in STANCES, st
            s = statements[st["statement"]]
            if "content" in st:
                assert (st["document"], st["content"]) == (s["document"], s["content"]), st
    findings = load(corpus, "findings.yaml")
    assert findings is not None
    for r in findings.get("reversals", []):
        assert r["proposition"] in prop_ids
        assert not names or r["actor"] in names, r["actor"]
        assert r["from"]["value"] != r["to"]["value"]
        assert r["from"]["said_on"] < r["to"]["said_on"]
        for side in ("from", "to"):
            assert r[side]["value"] in STANCES
            for sid in r[side]["statements"]:
                assert sid in statements, sid
    for c in findings.get("contradictions", []):
        assert c["proposition"] in prop_ids
        values = {side["value"] for side in c["sides"]}
        assert len(values) == len(c["sides"]) >= 2
        for side in c["sides"]:
            for sid in side["statements"]:
                assert sid in statements, sid
            for actor in side["actors"]:
                assert not names or actor in names, actor
    for k in findings.get("corroborations", []):
        assert k["independent_sources"] == len(k["independent_outlets"])
        for sid in k.get("statements", []):
            assert sid in statements, sid
    for key in ("reversals", "contradictions", "discrepancies", "corroborations"):
        assert findings.get(key), f"{corpus_name}: no {key} in findings.yaml"
