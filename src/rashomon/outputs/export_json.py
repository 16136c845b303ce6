"""The whole analysis as one JSON object, per ../shared/contract/export.schema.json."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from ..model import PartialDate
from ..store import Store

FORMAT = "rashomon-export"
VERSION = 1


def _date(value: str | None, basis: str | None, text: str | None = None) -> dict[str, Any] | None:
    if not value:
        return None
    return PartialDate(value, basis or "unknown", text).as_dict()  # type: ignore[arg-type]


def _span(start: int | None, end: int | None) -> list[int] | None:
    return None if start is None or end is None else [start, end]


def documents(store: Store, with_text: bool = False) -> list[dict[str, Any]]:
    out = []
    for row in store.rows("SELECT * FROM documents ORDER BY published, id"):
        item = {
            "id": row["id"],
            "external_id": row["external_id"],
            "title": row["title"],
            "outlet": row["outlet"],
            "authors": json.loads(row["authors"]),
            "url": row["url"],
            "published": _date(row["published"], row["published_basis"], row["published_text"]),
            "duplicate_of": row["duplicate_of"],
        }
        if row["statement_by"]:
            item["statement_by"] = row["statement_by"]  # the issuer whose own statement the document is
        if with_text:
            item["text"] = row["text"]
        out.append(item)
    return out


def actors(store: Store) -> list[dict[str, Any]]:
    aliases: dict[str, list[str]] = {}
    for row in store.rows("SELECT actor, alias FROM actor_aliases ORDER BY alias"):
        aliases.setdefault(row["actor"], []).append(row["alias"])
    return [
        {
            "id": row["id"],
            "name": row["name"],
            "kind": row["kind"],
            "aliases": aliases.get(row["id"], []),
            "affiliation": row["affiliation"],
            "stands_for": row["stands_for"],
        }
        for row in store.rows("SELECT * FROM actors ORDER BY name, id")
    ]


def statements(store: Store) -> list[dict[str, Any]]:
    out = []
    sql = """SELECT s.* FROM statements s JOIN documents d ON d.id = s.document
             ORDER BY d.published, s.document, s.position"""
    for row in store.rows(sql):
        out.append(
            {
                "id": row["id"],
                "document": row["document"],
                "speaker": row["speaker"],
                "speaker_text": row["speaker_text"],
                "speaker_span": _span(row["speaker_start"], row["speaker_end"]),
                # Extension: for a pronoun speaker, the mention it refers to
                "speaker_antecedent_span": _span(row["antecedent_start"], row["antecedent_end"]),
                "source_kind": row["source_kind"],
                "cue": row["cue"],
                "cue_span": _span(row["cue_start"], row["cue_end"]),
                "cue_class": row["cue_class"],
                "kind": row["kind"],
                "content": row["content"],
                "content_span": [row["content_start"], row["content_end"]],
                # Extension: the pieces of a quote broken by its cue; content_span is their hull.
                "content_parts": json.loads(row["content_parts"]) if row["content_parts"] else None,
                "negated": bool(row["negated"]),
                "parent": row["parent"],
                "said_on": _date(row["said_on"], row["said_on_basis"], row["said_on_text"]),
                "confidence": row["confidence"],
            }
        )
    return out


def propositions(store: Store) -> list[dict[str, Any]]:
    # The user's overrides win over computed stances ("none": not relevant).
    stances: dict[str, list[dict[str, Any]]] = {}
    sql = """SELECT proposition, statement, value, score, 0 AS overridden FROM stances s
             WHERE NOT EXISTS (SELECT 1 FROM stance_overrides o
                               WHERE o.proposition = s.proposition AND o.statement = s.statement)
             UNION ALL
             SELECT proposition, statement, value, 1.0, 1 FROM stance_overrides WHERE value != 'none'
             ORDER BY proposition, statement"""
    for row in store.rows(sql):
        item = {"statement": row["statement"], "value": row["value"], "score": row["score"]}
        if row["overridden"]:
            item["overridden"] = True
        stances.setdefault(row["proposition"], []).append(item)
    return [
        {"id": row["id"], "text": row["text"], "origin": row["origin"], "stances": stances.get(row["id"], [])}
        for row in store.rows("SELECT * FROM propositions ORDER BY created_at, id")
    ]


def findings(store: Store) -> list[dict[str, Any]]:
    out = []
    for row in store.rows("SELECT * FROM findings ORDER BY type, id"):
        item = json.loads(row["payload"])
        item.update({"id": row["id"], "type": row["type"], "summary": row["summary"]})
        out.append(item)
    return out


def time_expressions(store: Store) -> list[dict[str, Any]]:
    return [
        {
            "document": row["document"],
            "span": [row["start"], row["end"]],
            "text": row["text"],
            "value": row["value"],
            "type": row["type"],
            "reference": row["reference"],
        }
        for row in store.rows("SELECT * FROM time_expressions ORDER BY document, start")
    ]


def export(store: Store, with_text: bool = False) -> dict[str, Any]:
    """The contract's export object for everything in the store."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "documents": documents(store, with_text),
        "actors": actors(store),
        "statements": statements(store),
        "propositions": propositions(store),
        "findings": findings(store),
        "time_expressions": time_expressions(store),
    }
