"""Plain records passed between pipeline stages.

Every span is a pair of Python ``str`` indices into the document text exactly
as ingested (contract rule 1). Stages never mutate the text; they return
records that point into it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Span = tuple[int, int]
Precision = Literal["year", "month", "day"]
DateBasis = Literal[
    "metadata", "explicit", "relative", "publication", "cross_document", "inferred", "unknown"
]
StatementKind = Literal["direct", "indirect", "mixed"]
ActorKind = Literal["person", "organization", "state", "group", "unknown"]
StanceValue = Literal["affirm", "deny", "retract", "no_evidence", "uncertain"]


def precision_of(value: str) -> Precision:
    """``2021`` -> year, ``2021-04`` -> month, ``2021-04-27`` -> day."""
    return {4: "year", 7: "month", 10: "day"}[len(value)]  # type: ignore[return-value]


@dataclass(frozen=True)
class PartialDate:
    """A date at the precision the evidence supports (contract rule 2)."""

    value: str
    basis: DateBasis = "unknown"
    text: str | None = None

    @property
    def precision(self) -> Precision:
        return precision_of(self.value)

    def as_dict(self) -> dict[str, str | None]:
        return {"value": self.value, "precision": self.precision, "text": self.text, "basis": self.basis}


@dataclass
class Attribution:
    """One attributed statement found in one document (attribution stage output)."""

    content_span: Span
    cue: str
    cue_class: str
    kind: StatementKind
    cue_span: Span | None = None
    speaker_span: Span | None = None
    speaker_text: str | None = None
    # named | pronoun | role | organization | group | unnamed | issuer (a
    # sentence of a press release or an official statement, its issuer's)
    source_kind: str = "named"
    # For pronoun speakers: the span of the mention they were resolved to.
    speaker_antecedent_span: Span | None = None
    negated: bool = False
    confidence: float = 0.5
    # Index (in the same list) of the attribution this one is nested in.
    parent: int | None = None
    # The pieces of a statement interrupted by its cue and speaker ("A," he
    # said, "B."); content_span is then their hull. Empty for one piece.
    content_parts: list[Span] = field(default_factory=list)


@dataclass
class TimeExpression:
    """A time expression with its TIMEX3-style value (temporal stage output)."""

    span: Span
    text: str
    value: str
    type: Literal["date", "time", "duration", "set"] = "date"
    reference: str | None = None


@dataclass
class DocumentRecord:
    """A document as a reader produced it, before analysis."""

    text: str
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    published: str | None = None
    published_basis: DateBasis = "metadata"
    language: str | None = None
    external_id: str | None = None
    source: str | None = None  # file name (and line) it came from, for messages
    # who speaks in the document's own voice (a press release's issuer); None for a news report
    statement_by: str | None = None
