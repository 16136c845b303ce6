"""Run the stages over documents and write each document in one transaction.

ingest -> nlp -> attribution -> time -> actors, then the store-wide steps
that depend on all documents (duplicates, corrections, stances, findings).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice

from spacy.tokens import Doc

from . import attribution, temporal
from .actors_stage import ActorStage, replay_corrections
from .claims_stage import refresh_claims
from .dating_stage import date_across_documents
from .duplicates import mark_duplicates
from .errors import AnalysisFailed, InputError
from .ids import document_id, statement_id
from .model import Attribution, DocumentRecord, PartialDate, TimeExpression
from .nlp import BATCH_SIZE, load_pipeline
from .store import Store, dumps


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    # added documents with no publication date, given or read from their text
    # (by source name): their statements get a date only from their own words
    undated: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class Analysis:
    """Everything the per-document stages found, ready to store."""

    doc_id: str
    record: DocumentRecord
    published: PartialDate | None
    attributions: list[Attribution]
    said_on: list[PartialDate | None]
    expressions: list[TimeExpression]
    issuer: str | None = None  # who speaks in the document's own voice


def _batches(items: Iterable[DocumentRecord], size: int) -> Iterator[list[DocumentRecord]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def analyse(doc_id: str, record: DocumentRecord, doc: Doc, near: str | None = None) -> Analysis:
    """The per-document stages after the spaCy pass (no store access).

    ``near``: a date close to the document's (its batch's typical one), which
    gives a year to a dateline that lacks one.
    """
    # The stages read the parse's text: the stored one with each newline that
    # only wraps a line read as a space (`rashomon.linewraps`), same offsets.
    text = doc.text
    unanchored = None  # the expressions read with no publication date, when they had to be
    if record.published:
        published: PartialDate | None = PartialDate(record.published, record.published_basis)
    else:
        unanchored = temporal.tag(text, None, doc)
        published = temporal.infer_published(text, doc, near=near, expressions=unanchored)
    issuer = attribution.issuer_of(record.title, record.statement_by, text, load_pipeline(), record.outlet)
    attributions = attribution.extract(doc, issuer=issuer)
    if published is None and unanchored is not None:
        expressions = unanchored  # nothing to anchor them to: tagging again would give the same
    else:
        expressions = temporal.tag(text, published.value if published else None, doc)
    said_on = temporal.date_statements(text, attributions, expressions, published, doc)
    if text != record.text:
        _as_written(record.text, attributions, expressions)
    return Analysis(doc_id, record, published, attributions, said_on, expressions, issuer.name if issuer else None)


def _as_written(text: str, attributions: list[Attribution], expressions: list[TimeExpression]) -> None:
    """A span's own text is the stored text's, newlines and all (contract rule 1)."""
    for item in attributions:
        if item.cue_span:
            item.cue = text[item.cue_span[0]:item.cue_span[1]]
        if item.speaker_span:
            item.speaker_text = text[item.speaker_span[0]:item.speaker_span[1]]
    for expression in expressions:
        expression.text = text[expression.span[0]:expression.span[1]]


def sentence_span(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """From the start of the sentence the content starts in to the end of the
    one it ends in (a quote may run over several sentences)."""
    first = doc.char_span(span[0], span[0] + 1, alignment_mode="expand")
    last = doc.char_span(max(span[1] - 1, span[0]), span[1], alignment_mode="expand")
    if first is None or last is None or not doc.has_annotation("SENT_START"):
        return span
    return min(first.sent.start_char, span[0]), max(last.sent.end_char, span[1])


def write_document(store: Store, analysis: Analysis, actors: ActorStage, doc: Doc) -> None:
    """Store one analysed document and its statements in one transaction."""
    record = analysis.record
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    published = analysis.published
    with store.transaction() as db:
        db.execute(
            """INSERT INTO documents (id, external_id, title, outlet, authors, url, published,
                   published_basis, published_text, language, text, source, ingested_at, statement_by)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                analysis.doc_id, record.external_id, record.title, record.outlet,
                dumps(record.authors), record.url,
                published.value if published else None,
                published.basis if published else None,
                published.text if published else None,
                record.language, record.text, record.source, now, analysis.issuer,
            ),
        )
        speakers = actors.resolve(db, analysis.doc_id, doc, analysis.attributions, analysis.issuer)
        ids = [statement_id(analysis.doc_id, *a.content_span) for a in analysis.attributions]
        text = record.text
        for position, (item, said_on) in enumerate(zip(analysis.attributions, analysis.said_on)):
            db.execute(
                """INSERT OR IGNORE INTO statements (id, document, position, speaker, speaker_text,
                       speaker_start, speaker_end, source_kind, cue, cue_class, cue_start, cue_end,
                       kind, content, content_start, content_end, negated, confidence, parent,
                       said_on, said_on_basis, said_on_text, sentence_start, sentence_end, content_parts,
                       antecedent_start, antecedent_end)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    ids[position], analysis.doc_id, position, speakers[position], item.speaker_text,
                    *(item.speaker_span or (None, None)), item.source_kind, item.cue, item.cue_class,
                    *(item.cue_span or (None, None)), item.kind,
                    text[item.content_span[0]:item.content_span[1]], *item.content_span,
                    int(item.negated), item.confidence,
                    ids[item.parent] if item.parent is not None else None,
                    said_on.value if said_on else None,
                    said_on.basis if said_on else None,
                    said_on.text if said_on else None,
                    *sentence_span(doc, item.content_span),
                    dumps([list(part) for part in item.content_parts]) if item.content_parts else None,
                    *(item.speaker_antecedent_span or (None, None)),
                ),
            )
        db.executemany(
            """INSERT OR IGNORE INTO time_expressions (document, start, end, text, value, type, reference)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [
                (analysis.doc_id, *e.span, e.text, e.value, e.type, e.reference)
                for e in analysis.expressions
            ],
        )


def ingest(
    store: Store,
    results: Iterable[DocumentRecord | InputError],
    on_error: Callable[[InputError], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> IngestReport:
    """Analyse and store documents; already-stored ones are left untouched."""
    report = IngestReport()
    seen: set[str] = set()

    def fresh() -> Iterator[DocumentRecord]:
        for item in results:
            if isinstance(item, InputError):
                report.errors.append(item)
                if on_error:
                    on_error(item)
                continue
            doc_id = document_id(item.text, item.outlet)
            if doc_id in seen or store.has_document(doc_id):
                report.unchanged.append(doc_id)
                if on_progress:
                    on_progress(1)
                continue
            seen.add(doc_id)
            yield item

    nlp = None
    actors: ActorStage | None = None
    for batch in _batches(fresh(), batch_size):
        nlp = nlp or load_pipeline()
        actors = actors or ActorStage.load(store)
        near = temporal.typical_date(r.published for r in batch)
        for record, doc in zip(batch, nlp.pipe([r.text for r in batch], batch_size=batch_size)):
            doc_id = document_id(record.text, record.outlet)
            try:
                analysis = analyse(doc_id, record, doc, near)
            except Exception as error:  # articles are untrusted: one that trips a bug costs only itself
                failed = AnalysisFailed(record.source or record.title or doc_id, error)
                report.errors.append(failed)
                if on_error:
                    on_error(failed)
            else:
                write_document(store, analysis, actors, doc)
                report.added.append(doc_id)
                if analysis.published is None:
                    report.undated.append(record.source or record.title or doc_id)
            if on_progress:
                on_progress(1)
    if report.added:
        refresh(store, report.added)
    return report


def refresh(store: Store, added: list[str] | None = None) -> None:
    """Store-wide steps after documents or corrections change. With the
    ``added`` documents' ids, dates are lent anew only among their speakers'
    statements (the only ones an ingest can change); without, among all."""
    mark_duplicates(store)
    replay_corrections(store)  # before dating: a replayed merge may re-point the new statements
    speakers = None if added is None else speakers_of(store, added)
    date_across_documents(store, speakers)  # before claims: reversals read said_on
    refresh_claims(store)


def speakers_of(store: Store, documents: list[str]) -> set[str]:
    rows = store.rows(
        "SELECT DISTINCT speaker FROM statements WHERE speaker IS NOT NULL"
        " AND document IN (SELECT value FROM json_each(?))",
        (json.dumps(documents),),
    )
    return {r["speaker"] for r in rows}


__all__ = ["ingest", "analyse", "refresh", "IngestReport", "Analysis"]
