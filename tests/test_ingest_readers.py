"""Readers report each bad input by name and reason, and keep going."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rashomon.errors import InputError
from rashomon.ingest import read_inputs
from rashomon.ingest.readers import read_jsonl
from rashomon.model import DocumentRecord


def _read(*paths: Path, **overrides):
    return list(read_inputs([str(p) for p in paths], overrides))


def test_ingest_front_matter_and_flags(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Dam report\npublished: 2031-02-03\n---\nThe dam held.\n", encoding="utf-8")
    [record] = _read(path, outlet="Valley Post")
    assert isinstance(record, DocumentRecord)
    assert record.text == "The dam held.\n"
    assert (record.title, record.published, record.outlet) == ("Dam report", "2031-02-03", "Valley Post")


def test_front_matter_that_is_no_yaml_but_plain_fields_is_read_as_written(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: 'We were told to keep quiet', says nurse\noutlet: 'Valley Post'\n"
                    "published: 2031-02-03\n---\nThe ward stayed open.\n", encoding="utf-8")
    [record] = _read(path)
    assert isinstance(record, DocumentRecord)
    assert (record.title, record.outlet, record.published) == ("'We were told to keep quiet', says nurse", "Valley Post", "2031-02-03")
    broken = tmp_path / "b.md"
    broken.write_text("---\ntitle: 'Unclosed\n  - a list item\n---\nText.\n", encoding="utf-8")
    [error] = _read(broken)
    assert isinstance(error, InputError) and error.reason.startswith("bad YAML front matter")


def test_ingest_text_kept_exactly(tmp_path: Path) -> None:
    text = "He said \u201cno\u201d.\u00a0Twice.\r\n  Indented.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    [record] = _read(path)
    assert record.text == text


def test_ingest_bad_files_are_named_with_reason(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "good.txt").write_text("The bridge reopened.", encoding="utf-8")
    results = _read(tmp_path)
    errors = {Path(e.source).name: e.reason for e in results if isinstance(e, InputError)}
    assert errors["empty.txt"] == "empty file"
    assert errors["binary.txt"].startswith("binary file")
    assert errors["latin1.txt"].startswith("not UTF-8")
    assert errors["notes.docx"].startswith("unsupported file type '.docx'")
    assert errors["broken.pdf"].startswith("unreadable PDF")
    assert [r.text for r in results if isinstance(r, DocumentRecord)] == ["The bridge reopened."]


def test_ingest_missing_and_unreadable(tmp_path: Path, monkeypatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("x", encoding="utf-8")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)  # tests may run as root
    results = _read(tmp_path / "absent.md", locked)
    assert [e.reason for e in results] == ["no such file or folder", "cannot read: Permission denied"]


def test_ingest_jsonl_reports_line_numbers() -> None:
    lines = [
        b'{"text": "First story.", "outlet": "Wire One", "published": "2031-01"}',
        b"{not json",
        b'{"title": "no text here"}',
        b'["a", "list"]',
        b'{"text": "Bad date.", "published": "05/01/2031"}',
        b"",
        b'{"text": "Last story.", "id": "ext-9"}',
    ]
    results = list(read_jsonl(io.BytesIO(b"\n".join(lines)), "feed.jsonl"))
    errors = [(e.source, e.reason.split(":")[0]) for e in results if isinstance(e, InputError)]
    assert errors == [
        ("feed.jsonl:2", "malformed JSON"),
        ("feed.jsonl:3", 'missing "text" (a non-empty string)'),
        ("feed.jsonl:4", "each line must be a JSON object"),
        ("feed.jsonl:5", "published '05/01/2031' is not YYYY, YYYY-MM or YYYY-MM-DD"),
    ]
    records = [r for r in results if isinstance(r, DocumentRecord)]
    assert [(r.text, r.published, r.external_id) for r in records] == [
        ("First story.", "2031-01", None),
        ("Last story.", None, "ext-9"),
    ]


def test_ingest_html_extracts_article_not_navigation(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        """<html><head><title>Quarry blast | Hill Times</title>
        <meta property="og:site_name" content="Hill Times">
        <meta name="author" content="Rosa Delane">
        <meta property="article:published_time" content="2031-07-08T09:00:00Z">
        <script>alert('never run')</script></head>
        <body><nav>Home | Sport | Weather</nav>
        <article><h1>Quarry blast shakes Orvale</h1>
        <p>A blast at the Orvale quarry broke windows in three streets on Tuesday morning.</p>
        <p>The quarry owner said the charge had been larger than planned, and apologised to residents.</p>
        </article><footer>Copyright Hill Times</footer></body></html>""",
        encoding="utf-8",
    )
    [record] = _read(page)
    assert isinstance(record, DocumentRecord), record
    assert "broke windows" in record.text and "larger than planned" in record.text
    assert "Sport" not in record.text and "Copyright" not in record.text and "alert" not in record.text
    assert record.published == "2031-07-08"
    assert record.outlet == "Hill Times"
    assert record.authors == ["Rosa Delane"]


def test_a_date_under_another_tools_name_is_the_publication_date(tmp_path: Path) -> None:
    # Jekyll/Hugo "date" (YAML reads it as a date), a timestamp's day, and the contract's field first
    (tmp_path / "a.md").write_text("---\ndate: 2031-02-03\n---\nThe dam held.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ndate: 2031-02-03 18:30:00\n---\nThe dam held again.\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("---\npublished: 2031-02\ndate: 2031-02-03\n---\nThe dam broke.\n", encoding="utf-8")
    lines = [{"text": "The quay closed.", "datePublished": "2031-02-04T09:15:00+01:00"},
             {"text": "The quay opened.", "date_publish": "2031-02-05 07:00:00"}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    published = {r.text.strip(): r.published for r in _read(tmp_path)}
    assert published == {"The dam held.": "2031-02-03", "The dam held again.": "2031-02-03",
                         "The dam broke.": "2031-02", "The quay closed.": "2031-02-04", "The quay opened.": "2031-02-05"}


def test_an_aliased_date_that_is_no_date_is_an_error_naming_its_field(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ndate: last Tuesday\n---\nThe dam held.\n", encoding="utf-8")
    [error] = _read(tmp_path / "a.md")
    assert isinstance(error, InputError)
    assert error.reason == "date 'last Tuesday' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp)"


def test_markdown_formatting_is_not_the_articles_words() -> None:
    from rashomon.ingest.readers import plain_markdown

    assert plain_markdown("**Olsberg:** Our door is *open*.") == "Olsberg: Our door is open."
    assert plain_markdown("__Q:__ Why now?\n## The vote\nSee [the minutes](https://x.example/m) here.") == (
        "Q: Why now?\nThe vote\nSee the minutes here."
    )
    # what only looks like formatting stays
    assert plain_markdown("2 * 3 * 4 = 24, a*b*c, file_name_here") == "2 * 3 * 4 = 24, a*b*c, file_name_here"


def test_a_markdown_file_is_stored_as_read_and_a_text_file_as_written(tmp_path: Path) -> None:
    body = "---\ntitle: T\n---\n\n**Olsberg:** It was agreed.\n"
    (tmp_path / "a.md").write_text(body, encoding="utf-8")
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    texts = {Path(r.source).suffix: r.text for r in read_inputs([str(tmp_path / "a.md"), str(tmp_path / "a.txt")], {})}
    assert texts[".md"].strip() == "Olsberg: It was agreed."
    assert texts[".txt"].strip() == "**Olsberg:** It was agreed."
