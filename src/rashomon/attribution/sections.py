"""Long documents are read in sections.

Several steps of the stage compare each statement with every quote or every
other statement. On a news article that costs nothing (PolNeAR's longest has
under 7,000 tokens), but it grows with the square of the length: a document at
the ingest limit (a million characters) took minutes. A document over
``SECTION_TOKENS`` is cut at paragraph breaks into sections of at most that
many tokens, each read on its own, so the time grows with the length.

What a section cannot see: a pronoun, or a quote with no verb, whose speaker is
named only in the section before stays unresolved, and a section's first
sentence is read as a document's first sentence is (a headline's rules may
apply to it).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from ..model import Attribution

SECTION_TOKENS = 10_000


def sections(doc: Doc, limit: int = SECTION_TOKENS) -> list[tuple[int, int]]:
    """Token ranges of at most ``limit`` tokens, each ending at a paragraph
    break where there is one, else at a sentence's end, else at the limit."""
    ranges = []
    start = 0
    while len(doc) - start > limit:
        window = range(start + limit, start, -1)
        cut = next((i for i in window if _after_line_break(doc, i)), None)
        cut = cut or next((i for i in window if doc[i].is_sent_start), None) or start + limit
        ranges.append((start, cut))
        start = cut
    ranges.append((start, len(doc)))
    return ranges


def _after_line_break(doc: Doc, i: int) -> bool:
    before = doc[i - 1]
    return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)


def shifted(record: Attribution, chars: int, records_before: int) -> Attribution:
    """A section's statement with its offsets into the whole document."""

    def move(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else (span[0] + chars, span[1] + chars)

    return dataclasses.replace(
        record,
        content_span=(record.content_span[0] + chars, record.content_span[1] + chars),
        content_parts=[(a + chars, b + chars) for a, b in record.content_parts],
        cue_span=move(record.cue_span),
        speaker_span=move(record.speaker_span),
        speaker_antecedent_span=move(record.speaker_antecedent_span),
        parent=None if record.parent is None else record.parent + records_before,
    )
