"""The case as flat tables, for spreadsheets and dataframes: CSV, JSON Lines, Parquet.

Each table is a list of dicts with the same keys in the same order. Lists
(aliases, evidence ids) are joined with `` | `` in CSV; JSON Lines and
Parquet keep them as lists.
"""

from __future__ import annotations

import json
from typing import Any

from .view import CaseView


def _date_parts(date: dict[str, Any] | None) -> tuple[str | None, str | None, str | None]:
    if not date:
        return None, None, None
    return date["value"], date.get("precision"), date.get("basis")


def statements_table(view: CaseView, with_text: bool = False) -> list[dict[str, Any]]:
    """One row per statement, with its speaker's name and its document's outlet and date."""
    props = {p["id"]: p["text"] for p in view.data["propositions"]}
    scores = {
        (p["id"], s["statement"]): s.get("score") for p in view.data["propositions"] for s in p["stances"]
    }
    rows = []
    for st in view.data["statements"]:
        doc = view.documents[st["document"]]
        said_on, precision, basis = _date_parts(st.get("said_on"))
        row: dict[str, Any] = {
            "id": st["id"],
            "document": st["document"],
            "outlet": doc.get("outlet"),
            "title": doc.get("title"),
            "url": doc.get("url"),
            "published": _date_parts(doc.get("published"))[0],
            "duplicate_of": doc.get("duplicate_of"),
            "speaker": st["speaker"],
            "speaker_name": view.actor_name(st["speaker"]) if st["speaker"] else None,
            "speaker_text": st.get("speaker_text"),
            "cue": st["cue"],
            "cue_class": st.get("cue_class"),
            "kind": st["kind"],
            "content": st["content"],
            "content_start": st["content_span"][0],
            "content_end": st["content_span"][1],
            "content_parts": st.get("content_parts"),
            "said_on": said_on,
            "said_on_precision": precision,
            "said_on_basis": basis,
            "confidence": st.get("confidence"),
            "stances": [
                {"proposition": p, "proposition_text": props[p], "value": v, "score": scores.get((p, st["id"]))}
                for p, v in view.stances_of.get(st["id"], [])
            ],
        }
        if with_text:
            context = view.statement_row(st["id"])["context"]
            row["sentence"] = "".join((context["before"], context["span"], context["after"])) if context else None
        rows.append(row)
    return rows


def documents_table(view: CaseView, with_text: bool = False) -> list[dict[str, Any]]:
    rows = []
    for doc in view.data["documents"]:
        published, precision, basis = _date_parts(doc.get("published"))
        row = {
            "id": doc["id"],
            "external_id": doc.get("external_id"),
            "title": doc.get("title"),
            "outlet": doc.get("outlet"),
            "authors": doc.get("authors") or [],
            "url": doc.get("url"),
            "published": published,
            "published_precision": precision,
            "published_basis": basis,
            "duplicate_of": doc.get("duplicate_of"),
        }
        if with_text:
            row["text"] = doc.get("text")
        rows.append(row)
    return rows


def actors_table(view: CaseView) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for st in view.data["statements"]:
        if st["speaker"]:
            counts[st["speaker"]] = counts.get(st["speaker"], 0) + 1
    return [
        {
            "id": a["id"],
            "name": a["name"],
            "kind": a["kind"],
            "aliases": a["aliases"],
            "affiliation": a.get("affiliation"),
            "affiliation_name": view.actor_name(a["affiliation"]) if a.get("affiliation") else None,
            "stands_for": a.get("stands_for"),
            "stands_for_name": view.actor_name(a["stands_for"]) if a.get("stands_for") else None,
            "statements": counts.get(a["id"], 0),
        }
        for a in view.data["actors"]
    ]


def propositions_table(view: CaseView) -> list[dict[str, Any]]:
    rows = []
    for prop in view.data["propositions"]:
        matrix = view.proposition_matrix(prop)
        rows.append({
            "id": prop["id"],
            "text": prop["text"],
            "origin": prop["origin"],
            **{value: count for value, count in matrix["counts"].items()},
            "independent_outlets": len(matrix["independent_outlets"]),
        })
    return rows


def stances_table(view: CaseView) -> list[dict[str, Any]]:
    return [
        {"proposition": p["id"], "statement": s["statement"], "value": s["value"], "score": s.get("score")}
        for p in view.data["propositions"]
        for s in p["stances"]
    ]


FINDING_KEYS = ("id", "type", "proposition", "actor", "summary", "statements")


def findings_table(view: CaseView) -> list[dict[str, Any]]:
    """One row per finding; the type-specific parts (sides, values, from/to) as JSON in ``details``."""
    rows = []
    for f in view.data["findings"]:
        details = {k: v for k, v in f.items() if k not in FINDING_KEYS}
        rows.append({
            "id": f["id"],
            "type": f["type"],
            "proposition": f.get("proposition"),
            "actor": f.get("actor"),
            "actor_name": view.actor_name(f["actor"]) if f.get("actor") else None,
            "summary": f.get("summary"),
            "statements": f.get("statements") or [],
            "details": json.dumps(details, ensure_ascii=False, sort_keys=True),
        })
    return rows


def all_tables(view: CaseView, with_text: bool = False) -> dict[str, list[dict[str, Any]]]:
    return {
        "documents": documents_table(view, with_text),
        "actors": actors_table(view),
        "statements": statements_table(view, with_text),
        "propositions": propositions_table(view),
        "stances": stances_table(view),
        "findings": findings_table(view),
    }
