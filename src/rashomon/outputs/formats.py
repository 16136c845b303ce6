"""Export formats by name. ``rashomon export --format NAME`` calls ``write``.

Every writer writes bytes to a binary stream. ``write`` accepts a path
(``-`` for stdout), a binary stream, or a text stream that has a binary
``buffer`` underneath (what click and ``sys.stdout`` give), so text and
binary formats go through the same call. Binary formats (``csv`` is a zip,
``parquet``) refuse to write to a terminal.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any

from ..errors import UsageError
from ..store import Store
from . import claimreview, export_json, graphml, tables
from .view import CaseView

Writer = Callable[[Store, IO[bytes], bool], None]


@dataclass(frozen=True)
class Format:
    writer: Writer
    binary: bool
    suffix: str
    description: str


def _text(out: IO[bytes]) -> io.TextIOWrapper:
    return io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=True)


def _done(text: io.TextIOWrapper) -> None:
    text.flush()
    text.detach()  # leave the caller's stream open


def write_json(store: Store, out: IO[bytes], with_text: bool) -> None:
    text = _text(out)
    json.dump(export_json.export(store, with_text), text, ensure_ascii=False, indent=2)
    text.write("\n")
    _done(text)


def write_jsonl(store: Store, out: IO[bytes], with_text: bool) -> None:
    text = _text(out)
    for row in tables.statements_table(CaseView.from_store(store), with_text):
        text.write(json.dumps(row, ensure_ascii=False) + "\n")
    _done(text)


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return json.dumps(value, ensure_ascii=False)
        return " | ".join(str(v) for v in value)
    return value


def write_csv_zip(store: Store, out: IO[bytes], with_text: bool) -> None:
    """A zip of CSV files, one per table, UTF-8 with a header row."""
    buffer = io.BytesIO()  # zipfile needs to seek; stdout cannot
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, rows in tables.all_tables(CaseView.from_store(store), with_text).items():
            text = io.StringIO()
            writer = csv.writer(text, lineterminator="\n")
            columns = list(rows[0]) if rows else []
            writer.writerow(columns)
            for row in rows:
                writer.writerow([_csv_cell(row[c]) for c in columns])
            info = zipfile.ZipInfo(f"{name}.csv", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.getvalue().encode("utf-8"))
    out.write(buffer.getvalue())


def write_parquet(store: Store, out: IO[bytes], with_text: bool) -> None:
    """The statements table as Parquet; stances as a list of structs per row."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise UsageError("parquet export needs pyarrow: pip install pyarrow") from exc
    rows = tables.statements_table(CaseView.from_store(store), with_text)
    stance = pa.struct([("proposition", pa.string()), ("proposition_text", pa.string()),
                        ("value", pa.string()), ("score", pa.float64())])
    fields = [(name, pa.string()) for name in (rows[0] if rows else tables_columns(with_text))]
    types = {"content_start": pa.int64(), "content_end": pa.int64(), "confidence": pa.float64(),
             "content_parts": pa.list_(pa.list_(pa.int64())), "stances": pa.list_(stance)}
    schema = pa.schema([(name, types.get(name, kind)) for name, kind in fields])
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), buffer)
    out.write(buffer.getvalue())


def tables_columns(with_text: bool) -> list[str]:
    """Column names of the statements table, for an empty case."""
    columns = ["id", "document", "outlet", "title", "url", "published", "duplicate_of", "speaker",
               "speaker_name", "speaker_text", "cue", "cue_class", "kind", "content", "content_start",
               "content_end", "said_on", "said_on_precision", "said_on_basis", "confidence", "stances"]
    return columns + (["sentence"] if with_text else [])


def write_claimreview(store: Store, out: IO[bytes], with_text: bool) -> None:
    text = _text(out)
    json.dump(claimreview.claim_reviews(CaseView.from_store(store)), text, ensure_ascii=False, indent=2)
    text.write("\n")
    _done(text)


def write_graphml(store: Store, out: IO[bytes], with_text: bool) -> None:
    graphml.write(CaseView.from_store(store), out)


FORMATS: dict[str, Format] = {
    "json": Format(write_json, False, ".json", "the whole analysis, per the export contract"),
    "jsonl": Format(write_jsonl, False, ".jsonl", "one statement per line, with speaker, outlet and stances"),
    "csv": Format(write_csv_zip, True, ".zip", "a zip of CSV tables: documents, actors, statements, "
                                               "propositions, stances, findings"),
    "parquet": Format(write_parquet, True, ".parquet", "the statements table, stances nested"),
    "claimreview": Format(write_claimreview, False, ".jsonld", "schema.org ClaimReview per tracked proposition"),
    "graphml": Format(write_graphml, False, ".graphml", "actors and propositions with stance edges"),
}


@contextmanager
def _binary(output: str | os.PathLike[str] | IO[Any]) -> Iterator[IO[bytes]]:
    if isinstance(output, str | os.PathLike):
        if str(output) == "-":
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
            return
        with open(output, "wb") as handle:
            yield handle
        return
    if hasattr(output, "encoding"):  # a text stream: write to the bytes underneath
        output.flush()
        binary: IO[bytes] = output.buffer  # type: ignore[attr-defined]
        yield binary
        binary.flush()
        return
    yield output


def write(fmt: str, store: Store, output: str | os.PathLike[str] | IO[Any], with_text: bool = False) -> None:
    """Write the case in format ``fmt`` to a path (``-``: stdout) or an open stream."""
    spec = FORMATS.get(fmt)
    if spec is None:
        raise UsageError(f"unknown format {fmt!r}; use one of {', '.join(sorted(FORMATS))}")
    with _binary(output) as stream:
        if spec.binary and stream.isatty():
            raise UsageError(f"{fmt} output is binary; write it to a file: -o case{spec.suffix}")
        spec.writer(store, stream, with_text)


__all__ = ["FORMATS", "Format", "write"]
