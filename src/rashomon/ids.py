"""Ids derived from content, so re-running over the same input gives the same ids."""

from __future__ import annotations

import hashlib


def content_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return f"{prefix}_{digest.hexdigest()[:16]}"


def document_id(text: str, outlet: str | None) -> str:
    # Text and outlet: the same wire copy carried by two outlets is two
    # documents (one marked duplicate_of the other), not one.
    return content_id("doc", text, outlet or "")


def statement_id(document: str, content_start: int, content_end: int) -> str:
    return content_id("st", document, content_start, content_end)


def proposition_id(text: str) -> str:
    return content_id("prop", " ".join(text.lower().split()))
