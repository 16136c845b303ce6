"""Page helpers that are plain data transformations (no web framework)."""

from __future__ import annotations

from typing import Any


def document_segments(text: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Split a document's text into plain runs and statement spans, for highlighting.

    Spans are exact character offsets into the stored text; a statement that
    overlaps an earlier one is not highlighted twice (it is still listed).
    """
    spans = sorted(
        ((r["context"]["start"], r["context"]["end"], r) for r in rows if r.get("context")),
        key=lambda item: (item[0], -item[1]),
    )
    segments: list[dict[str, Any]] = []
    at = 0
    for start, end, row in spans:
        if start < at or end <= start:
            continue
        if start > at:
            segments.append({"text": text[at:start], "statement": None})
        segments.append({"text": text[start:end], "statement": row["id"], "speaker": row["speaker_name"],
                         "cue": row["cue"]})
        at = end
    if at < len(text):
        segments.append({"text": text[at:], "statement": None})
    return segments
