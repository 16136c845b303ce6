"""A reader's view of a case: the contract export joined up for display.

The report, the web app and the flat export formats all need the same joins
(a statement's speaker name, outlet and date; a proposition's stance cells;
an actor's timeline; a finding's evidence sentences in context). They are
built here once, from ``export_json.export(store, with_text=True)``, so every
output fills in as the pipeline stages add stances and findings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..store import Store
from . import export_json

STANCE_VALUES = ("affirm", "deny", "retract", "no_evidence", "uncertain")
STANCE_LABELS = {
    "affirm": "affirms",
    "deny": "denies",
    "retract": "retracts",
    "no_evidence": "no evidence",
    "uncertain": "uncertain",
}
# One colour per stance, distinguishable in print and with the common colour-vision deficiencies.
STANCE_COLOURS = {
    "affirm": "#1b7837",
    "deny": "#c51b7d",
    "retract": "#7b3294",
    "no_evidence": "#878787",
    "uncertain": "#e08214",
}
FINDING_PLURALS = {"reversal": "reversals", "contradiction": "contradictions",
                   "discrepancy": "discrepancies", "corroboration": "corroborations"}
MATRIX_ACTORS = 50  # rows of a stance matrix chart; the busiest actors are kept
CONTEXT_CHARS = 220  # how far a context may reach beyond the statement's sentence
SAFE_URL_SCHEMES = ("http://", "https://")


def safe_url(url: str | None) -> str | None:
    """The URL if it is a web address; anything else (javascript:, data:) is dropped."""
    if url and url.strip().lower().startswith(SAFE_URL_SCHEMES):
        return url.strip()
    return None


def sentence_bounds(text: str, start: int, end: int, reach: int = CONTEXT_CHARS) -> tuple[int, int]:
    """The sentence (or paragraph) around ``text[start:end]``, at most ``reach`` characters wider."""
    left = max(0, start - reach)
    cut = max(text.rfind(mark, left, start) for mark in (". ", "! ", "? ", "\n"))
    left = cut + 1 if cut >= 0 else left
    right = min(len(text), end + reach)
    stops = [i for i in (text.find(mark, end, right) for mark in (". ", "! ", "? ", "\n")) if i >= 0]
    right = min(stops) + 1 if stops else right
    return left, right


def in_context(text: str, start: int, end: int, sentence: tuple[int, int] | None = None) -> dict[str, Any]:
    """``text[start:end]`` with its sentence around it (the parser's, if given), split for highlighting."""
    if sentence is None:
        left, right = sentence_bounds(text, start, end)
    else:
        left, right = min(sentence[0], start), max(sentence[1], end)
    return {
        "before": text[left:start].lstrip(),
        "span": text[start:end],
        "after": text[end:right].rstrip(),
        "start": start,
        "end": end,
        "clipped_left": left > 0 and text[left - 1] not in ".!?\n ",
        "clipped_right": right < len(text) and text[right - 1] not in ".!?\n",
    }


def _date_value(date: dict[str, Any] | None) -> str | None:
    return date["value"] if date else None


@dataclass
class CaseView:
    """The export plus indexes, and the derived tables a reader looks at."""

    data: dict[str, Any]
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    statements: dict[str, dict[str, Any]] = field(default_factory=dict)
    stances_of: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # statement -> [(prop, value)]
    sentences: dict[str, tuple[int, int]] = field(default_factory=dict)  # statement -> its sentence span

    @classmethod
    def from_store(cls, store: Store) -> CaseView:
        view = cls.from_export(export_json.export(store, with_text=True))
        columns = {row["name"] for row in store.rows("PRAGMA table_info(statements)")}
        if {"sentence_start", "sentence_end"} <= columns:  # the parser's sentences, where the store keeps them
            view.sentences = {
                row["id"]: (row["sentence_start"], row["sentence_end"])
                for row in store.rows("SELECT id, sentence_start, sentence_end FROM statements "
                                      "WHERE sentence_start IS NOT NULL AND sentence_end IS NOT NULL")
            }
        return view

    @classmethod
    def from_export(cls, data: dict[str, Any]) -> CaseView:
        view = cls(data)
        view.documents = {d["id"]: d for d in data["documents"]}
        view.actors = {a["id"]: a for a in data["actors"]}
        view.statements = {s["id"]: s for s in data["statements"]}
        stances_of: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for prop in data["propositions"]:
            for stance in prop["stances"]:
                stances_of[stance["statement"]].append((prop["id"], stance["value"]))
        view.stances_of = dict(stances_of)
        return view

    # -- single records ----------------------------------------------------

    def actor_name(self, actor_id: str | None) -> str:
        actor = self.actors.get(actor_id or "")
        return actor["name"] if actor else "(unnamed source)"

    def when(self, statement: dict[str, Any]) -> str | None:
        """When it was said: its own date, else its document's publication date."""
        said = _date_value(statement.get("said_on"))
        if said:
            return said
        return _date_value(self.documents[statement["document"]].get("published"))

    def source(self, doc_id: str) -> dict[str, Any]:
        doc = self.documents[doc_id]
        return {
            "id": doc_id,
            "outlet": doc.get("outlet"),
            "title": doc.get("title"),
            "url": safe_url(doc.get("url")),
            "published": _date_value(doc.get("published")),
            "duplicate_of": doc.get("duplicate_of"),
        }

    def statement_row(self, statement_id: str) -> dict[str, Any]:
        """A statement flattened for display, with its sentence in context."""
        st = self.statements[statement_id]
        text = self.documents[st["document"]].get("text") or ""
        start, end = st["content_span"]
        return {
            "id": st["id"],
            "speaker": st["speaker"],
            "speaker_name": self.actor_name(st["speaker"]) if st["speaker"] else (st.get("speaker_text") or "(unnamed source)"),
            "cue": st["cue"],
            "cue_class": st.get("cue_class"),
            "kind": st["kind"],
            "content": st["content"],
            "when": self.when(st),
            "said_on": st.get("said_on"),
            "source": self.source(st["document"]),
            "context": in_context(text, start, end, self.sentences.get(st["id"])) if text else None,
            "stances": [{"proposition": p, "value": v} for p, v in self.stances_of.get(st["id"], [])],
        }

    # -- derived tables ----------------------------------------------------

    def independent_outlets(self, statement_ids: list[str]) -> list[str]:
        """Distinct outlets behind these statements, syndicated copies counted once."""
        outlets: set[str] = set()
        for sid in statement_ids:
            doc = self.documents[self.statements[sid]["document"]]
            if doc.get("duplicate_of"):
                continue
            outlets.add(doc.get("outlet") or doc["id"])
        return sorted(outlets)

    def proposition_matrix(self, prop: dict[str, Any]) -> dict[str, Any]:
        """A proposition's stances as cells of an actors x time matrix."""
        cells = []
        for stance in prop["stances"]:
            st = self.statements.get(stance["statement"])
            if st is None:
                continue
            doc = self.documents[st["document"]]
            cells.append({
                "actor": st["speaker"] or "",
                "actor_name": self.actor_name(st["speaker"]) if st["speaker"] else (st.get("speaker_text") or "(unnamed source)"),
                "date": self.when(st),
                "value": stance["value"],
                "statement": st["id"],
                "content": st["content"],
                "cue": st["cue"],
                "outlet": doc.get("outlet") or "",
            })
        cells.sort(key=lambda c: (c["date"] or "9999", c["actor_name"]))
        actors = list(dict.fromkeys(c["actor_name"] for c in cells))
        busiest = {a for a, _ in Counter(c["actor_name"] for c in cells if c["date"]).most_common(MATRIX_ACTORS)}
        by_value = Counter(c["value"] for c in cells)
        statements_by_value: dict[str, list[str]] = defaultdict(list)
        for c in cells:
            statements_by_value[c["value"]].append(c["statement"])
        return {
            "id": prop["id"],
            "text": prop["text"],
            "origin": prop["origin"],
            "cells": cells,
            "actors": actors,
            "chart_actors": [a for a in actors if a in busiest],
            "counts": {v: by_value.get(v, 0) for v in STANCE_VALUES},
            "independent_outlets": self.independent_outlets([c["statement"] for c in cells]),
            "outlets_by_value": {v: len(self.independent_outlets(ids)) for v, ids in statements_by_value.items()},
            "undated": sum(1 for c in cells if not c["date"]),
        }

    def _side_date(self, side: dict[str, Any], first: bool) -> str | None:
        """When one side of a reversal was said: its own date, else its statements' first (or last)."""
        if side.get("said_on"):
            return str(side["said_on"])
        dates = sorted(d for d in (self.when(self.statements[s]) for s in side.get("statements") or []
                                   if s in self.statements) if d)
        return (dates[0] if first else dates[-1]) if dates else None

    def actor_timelines(self, only: str | None = None) -> list[dict[str, Any]]:
        """Per actor (or ``only`` that one): statements in time order, stances, and reversals marked.

        Actors without statements are left out; the busiest, and those with reversals, come first."""
        by_actor: dict[str, list[str]] = defaultdict(list)
        for st in self.data["statements"]:
            if st["speaker"] and (only is None or st["speaker"] == only):
                by_actor[st["speaker"]].append(st["id"])
        reversals: dict[str, list[dict[str, Any]]] = defaultdict(list)
        props = {p["id"]: p["text"] for p in self.data["propositions"]}
        for f in self.data["findings"]:
            if f["type"] == "reversal" and f.get("actor") in by_actor:
                reversals[f["actor"]].append({
                    "id": f["id"],
                    "proposition": props.get(f.get("proposition") or "", ""),
                    "from": f.get("from") or {},
                    "to": f.get("to") or {},
                    "from_date": self._side_date(f.get("from") or {}, first=True),
                    "to_date": self._side_date(f.get("to") or {}, first=False),
                    "summary": f.get("summary") or "",
                })
        out = []
        for actor_id, ids in by_actor.items():
            actor = self.actors.get(actor_id)
            if actor is None:
                continue
            rows = sorted((self.statement_row(i) for i in ids), key=lambda r: r["when"] or "9999")
            points = [
                {"date": r["when"], "proposition": props.get(s["proposition"], ""), "value": s["value"],
                 "statement": r["id"], "content": r["content"], "outlet": r["source"]["outlet"] or ""}
                for r in rows for s in r["stances"] if r["when"]
            ]
            out.append({
                "id": actor_id,
                "name": actor["name"],
                "kind": actor["kind"],
                "aliases": actor["aliases"],
                "statements": rows,
                "points": points,
                "reversals": reversals.get(actor_id, []),
            })
        out.sort(key=lambda a: (-len(a["reversals"]), -len(a["points"]), -len(a["statements"]), a["name"]))
        return out

    def finding_rows(self, kind: str | None = None, proposition: str | None = None) -> list[dict[str, Any]]:
        """Findings (of one type, on one proposition id, if given) with their evidence in context."""
        props = {p["id"]: p["text"] for p in self.data["propositions"]}
        out = []
        for f in self.data["findings"]:
            if (kind and f["type"] != kind) or (proposition and f.get("proposition") != proposition):
                continue
            evidence = [self.statement_row(s) for s in f.get("statements") or [] if s in self.statements]
            for row in evidence:  # its stance on the finding's proposition, if any
                row["value"] = next((s["value"] for s in row["stances"] if s["proposition"] == f.get("proposition")), None)
            values = []
            for item in f.get("values") or []:
                spans = []
                for doc_id, start, end in item.get("spans") or []:
                    doc = self.documents.get(doc_id)
                    if doc is None:
                        continue
                    spans.append({"source": self.source(doc_id),
                                  "context": in_context(doc.get("text") or "", start, end)})
                values.append({"value": item.get("value"), "spans": spans})
            out.append({
                "id": f["id"],
                "type": f["type"],
                "summary": f.get("summary") or "",
                "proposition": props.get(f.get("proposition") or ""),
                "actor_name": self.actor_name(f["actor"]) if f.get("actor") else None,
                "fact": f.get("fact"),
                "independent_sources": f.get("independent_sources"),
                "evidence": evidence,
                "values": values,
            })
        order = {"reversal": 0, "contradiction": 1, "discrepancy": 2, "corroboration": 3}
        out.sort(key=lambda f: (order.get(f["type"], 9), f["summary"]))
        return out

    def overview(self) -> dict[str, Any]:
        docs = self.data["documents"]
        dates = sorted(d for d in (self.when(s) for s in self.data["statements"]) if d)
        outlets = {d.get("outlet") or d["id"] for d in docs if not d.get("duplicate_of")}
        return {
            "documents": len(docs),
            "duplicates": sum(1 for d in docs if d.get("duplicate_of")),
            "outlets": len(outlets),
            "statements": len(self.data["statements"]),
            "actors": len(self.data["actors"]),
            "propositions": len(self.data["propositions"]),
            "findings": dict(Counter(f["type"] for f in self.data["findings"])),
            "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None,
            "generated_at": self.data.get("generated_at"),
        }
