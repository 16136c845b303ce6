"""Readers per input format. Each yields DocumentRecords or InputErrors.

A reader never raises for a bad input: it yields an ``InputError`` naming the
file (and line) so the caller reports it and goes on with the rest.
"""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import yaml

from ..errors import InputError
from ..model import DocumentRecord
from .pdf_text import page_text

MAX_FILE_BYTES = 50 * 1024 * 1024
# spaCy's own default limit; longer texts need splitting before analysis.
MAX_TEXT_CHARS = 1_000_000
DATE_RE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | PDF_SUFFIXES

Result = DocumentRecord | InputError


def decode(data: bytes, source: str) -> str:
    if not data.strip():
        raise InputError(source, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (contains NUL bytes); give text, HTML or JSON Lines")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            source,
            f"not UTF-8 (byte {exc.start}); convert it first, e.g. `iconv -f latin1 -t utf-8`",
        ) from exc


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(str(path), f"file too large ({size} bytes, limit {MAX_FILE_BYTES})")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc


def check_text(record: DocumentRecord) -> DocumentRecord:
    source = record.source or "<input>"
    if not record.text.strip():
        raise InputError(source, "no text")
    if len(record.text) > MAX_TEXT_CHARS:
        raise InputError(
            source, f"text too long ({len(record.text)} characters, limit {MAX_TEXT_CHARS}); split it"
        )
    if record.published is not None and not DATE_RE.match(record.published):
        raise InputError(source, f"published {record.published!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return record


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):  # YAML turns timestamps into datetimes
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# Where other tools put a publication date, read when "published" (the
# input contract's field) is absent: Jekyll and Hugo front matter and
# trafilatura's JSON ("date"), schema.org ("datePublished"), news-please
# ("date_publish") and common crawler fields. The first present one counts.
DATE_ALIASES = ("date", "datePublished", "date_published", "date_publish", "published_at",
                "publish_date", "publication_date", "pubdate")
# an ISO timestamp ("2027-02-14T09:30:00Z", "2027-02-14 09:30"): its day is the date
TIMESTAMP_RE = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})[T ][0-9]{2}:[0-9]{2}")


def _published(data: dict[str, Any], source: str) -> str | None:
    """The contract's "published" as given (checked later), else the first
    alias, read more leniently: a timestamp gives its day. An alias that is
    no date is an error naming that field, not a silent gap."""
    if data.get("published") is not None:
        return _str_or_none(data["published"])
    for name in DATE_ALIASES:
        value = _str_or_none(data.get(name))
        if value is None or not value.strip():
            continue
        value = value.strip()
        stamp = TIMESTAMP_RE.match(value)
        if stamp:
            return stamp.group(1)
        if DATE_RE.match(value):
            return value
        raise InputError(source, f"{name} {value!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp)")
    return None


def record_from_mapping(data: dict[str, Any], text: str, source: str) -> DocumentRecord:
    authors = data.get("authors") or data.get("author") or []
    if isinstance(authors, str):
        authors = [authors]
    return DocumentRecord(
        text=text,
        title=_str_or_none(data.get("title")),
        outlet=_str_or_none(data.get("outlet")),
        authors=[str(a) for a in authors],
        url=_str_or_none(data.get("url")),
        published=_published(data, source),
        language=_str_or_none(data.get("language")),
        external_id=_str_or_none(data.get("id")),
        source=source,
        statement_by=_str_or_none(data.get("statement_by")),
    )


def read_jsonl(stream: IO[bytes], source: str) -> Iterator[Result]:
    """One document per line, per the input contract; errors name the line."""
    for number, raw in enumerate(stream, start=1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig")
            data = json.loads(line)
        except UnicodeDecodeError:
            yield InputError(where, "line is not UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(data, dict):
            yield InputError(where, "each line must be a JSON object")
            continue
        text = data.get("text")
        if not isinstance(text, str) or not text:
            yield InputError(where, "missing \"text\" (a non-empty string)")
            continue
        try:
            yield check_text(record_from_mapping(data, text, where))
        except InputError as exc:
            yield exc


PLAIN_FIELD = re.compile(r"^([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*$")


def _plain_front_matter(block: str) -> dict[str, str] | None:
    """Front matter that is not valid YAML but plain "key: value" lines, as
    people write a headline with quotes in it (title: 'We were told', says
    nurse): each value as written. None when a line is anything else."""
    fields: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        found = PLAIN_FIELD.match(line)
        if found is None:
            return None
        value = found.group(2)
        if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"" and value[0] not in value[1:-1]:
            value = value[1:-1]  # quoted whole
        fields[found.group(1)] = value
    return fields


MARKDOWN_SUFFIXES = {".md", ".markdown"}
# Markdown's formatting, which a reader never sees as words: emphasis
# ("**Olsberg:** It was agreed"), heading marks, and links, which keep their
# text. Emphasis must hug its words ("2 * 3 * 4" stays), and single
# underscores open and close at word edges ("snake_case" stays).
MARKDOWN_FORMATTING = [
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), r"\1"),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE), ""),
    (re.compile(r"(?<!!)\[([^\]\n]+)\]\([^)\s]+(?:\s+\"[^\"]*\")?\)"), r"\1"),
]


def plain_markdown(text: str) -> str:
    """The text of a Markdown article as a reader sees it (MARKDOWN_FORMATTING)."""
    if not any(mark in text for mark in "*_#["):
        return text
    for pattern, replacement in MARKDOWN_FORMATTING:
        text = pattern.sub(replacement, text)
    return text


def read_text_file(path: Path, overrides: dict[str, Any]) -> Result:
    """.txt/.md with optional YAML front matter; flags fill what it lacks. A
    Markdown file's formatting is dropped (plain_markdown): the stored text,
    which every span indexes, is the article as read."""
    source = str(path)
    try:
        content = decode(read_bytes(path), source)
        meta: dict[str, Any] = {}
        text = content
        match = FRONT_MATTER_RE.match(content)
        if match:
            try:
                loaded = yaml.safe_load(match.group(1)) or {}
            except yaml.YAMLError as exc:
                loaded = _plain_front_matter(match.group(1))
                if loaded is None:
                    raise InputError(source, f"bad YAML front matter: {exc}") from exc
            if not isinstance(loaded, dict):
                raise InputError(source, "YAML front matter must be a mapping")
            meta = loaded
            text = content[match.end():]
        if path.suffix.lower() in MARKDOWN_SUFFIXES:
            text = plain_markdown(text)
        meta.update({k: v for k, v in overrides.items() if v is not None})
        return check_text(record_from_mapping(meta, text, source))
    except InputError as exc:
        return exc


def read_html_file(path: Path, overrides: dict[str, Any]) -> Result:
    """Main text and metadata of a web page, with trafilatura (it never runs scripts)."""
    import trafilatura  # heavy import, only when HTML is ingested

    source = str(path)
    try:
        html = decode(read_bytes(path), source)
        extracted = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            favor_precision=True,
            # Article metadata first; allow dates up to the far future so a
            # clock-skewed or scheduled page is not silently undated.
            date_extraction_params={"original_date": True, "max_date": "2099-12-31"},
        )
        text = getattr(extracted, "text", None) if extracted is not None else None
        if not text or not text.strip():
            raise InputError(source, "no article text found in the HTML")
        authors = getattr(extracted, "author", None)
        meta = {
            "title": getattr(extracted, "title", None),
            "outlet": getattr(extracted, "sitename", None),
            "authors": [a.strip() for a in authors.split(";")] if authors else [],
            "url": getattr(extracted, "url", None),
            "published": getattr(extracted, "date", None),
        }
        meta.update({k: v for k, v in overrides.items() if v is not None})
        return check_text(record_from_mapping(meta, text, source))
    except InputError as exc:
        return exc


def read_pdf_file(path: Path, overrides: dict[str, Any]) -> Result:
    """The text of a PDF's pages, with pypdf (pure Python; it runs none of a
    PDF's scripts or forms). "As ingested" is this extracted text (contract
    rule 1). Pages are joined by a line break, not a paragraph break, so a
    sentence running over a page end can be read as one once its lines are
    unwrapped (`rashomon.linewraps`); running heads, feet and page numbers
    are left out (`pdf_text`). The title and author come from the
    document information; its creation date is when the file was made, not
    when the article appeared, so the publication date is left to the text
    and the flags."""
    from pypdf import PdfReader  # only when a PDF is ingested

    source = str(path)
    try:
        data = read_bytes(path)
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(source, "the PDF is encrypted; save an unprotected copy first")
            pages = [page.extract_text() or "" for page in reader.pages]
            info = reader.metadata
        except InputError:
            raise
        except Exception as exc:  # a damaged PDF can fail anywhere in the parser; report it by name
            raise InputError(source, f"unreadable PDF: {type(exc).__name__}: {exc}") from exc
        text = page_text(pages)
        if not text.strip():
            raise InputError(source, "no text in the PDF (a scanned image? run OCR on it first)")
        author = _pdf_field(info, "author")
        meta: dict[str, Any] = {"title": _pdf_field(info, "title"), "authors": [author] if author else []}
        meta.update({k: v for k, v in overrides.items() if v is not None})
        return check_text(record_from_mapping(meta, text, source))
    except InputError as exc:
        return exc


def _pdf_field(info: Any, name: str) -> str | None:
    value = getattr(info, name, None) if info is not None else None
    return (value.strip() or None) if isinstance(value, str) else None


def read_path(path: Path, overrides: dict[str, Any]) -> Iterator[Result]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        try:
            with path.open("rb") as stream:
                yield from read_jsonl(stream, str(path))
        except OSError as exc:
            yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
    elif suffix in TEXT_SUFFIXES:
        yield read_text_file(path, overrides)
    elif suffix in HTML_SUFFIXES:
        yield read_html_file(path, overrides)
    elif suffix in PDF_SUFFIXES:
        yield read_pdf_file(path, overrides)
    else:
        known = ", ".join(sorted(SUPPORTED))
        yield InputError(str(path), f"unsupported file type {suffix or '(none)'!r}; supported: {known}")
