"""Shared by the eval scripts that score against the fictional corpora's gold files.

Gold files name documents by file name (``articles.jsonl#<id>`` for JSON
Lines records) and texts by exact substring, not offsets.
"""

from __future__ import annotations

from pathlib import Path

from rashomon.model import DocumentRecord

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "sample"


def document_name(record: DocumentRecord) -> str:
    """How the gold files name a document."""
    source = Path((record.source or "").split(":")[0])
    return f"{source.name}#{record.external_id}" if source.suffix == ".jsonl" else source.name


def nearest(text: str, needle: str | None, around: int = 0) -> tuple[int, int] | None:
    """Span of the occurrence of ``needle`` closest to ``around``."""
    if not needle:
        return None
    best = None
    start = text.find(needle)
    while start >= 0:
        if best is None or abs(start - around) < abs(best - around):
            best = start
        start = text.find(needle, start + 1)
    return None if best is None else (best, best + len(needle))
