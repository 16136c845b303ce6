"""PDF input: the pages' text, read as a document; bad PDFs named with their reason."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf

from rashomon.api import Case
from rashomon.errors import InputError
from rashomon.ingest import read_inputs
from rashomon.ingest.pdf_text import page_text
from rashomon.model import DocumentRecord

# A fictional article as a PDF would set it: lines broken at the page's width
# (in a proportional font, so full lines differ in length), no blank line
# between paragraphs, and a sentence running over the page break.
PAGE_ONE = [
    "Harbour board suspends the night ferry",
    "By Oren Talvik",
    "Speaking at the quay on Monday, the harbour board\u2019s chair, Ilse",
    "Varrow, said that the night crossing to Dunmore Quay would stay closed",
    "until the inspectors of the maritime agency had finished their survey of",
    "the older of the two hulls. The crossing has run every night since the",
    "spring, and its operators had planned a second boat for the summer.",
    "\u201cWe will not reopen the crossing before the inspectors report, and",
    "nobody on the board has suggested otherwise,\u201d Varrow told reporters at",
]
PAGE_TWO = [
    "the quay. She added that the day service would run as usual.",
    "The ferry operators\u2019 union denied that any of its members had raised",
    "concerns about the hull before the crossing was suspended.",
]


def make_pdf(pages: list[list[str]], title: str | None = None, author: str | None = None) -> bytes:
    """A minimal PDF: each page a list of lines in Helvetica 11pt. Objects
    are numbered in order: the font, each page's content, each page, the
    page tree, the catalogue, then the document information."""
    objects: list[bytes] = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for lines in pages:
        shown = [b"(" + _pdf_string(line) + b") Tj T*" for line in lines]
        stream = b"\n".join([b"BT /F1 11 Tf 14 TL 72 760 Td", *shown, b"ET"])
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    tree = 2 + 2 * len(pages)
    for content in range(2, 2 + len(pages)):
        objects.append(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 1 0 R >> >> >>" % (tree, content)
        )
    kids = b" ".join(b"%d 0 R" % (2 + len(pages) + n) for n in range(len(pages)))
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages))
    objects.append(b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
    trailer = b"/Size %d /Root %d 0 R" % (len(objects) + 1 + bool(title or author), tree + 1)
    if title or author:
        fields = [b"/%s (%s)" % (key, _pdf_string(value)) for key, value in ((b"Title", title), (b"Author", author)) if value]
        objects.append(b"<< " + b" ".join(fields) + b" >>")
        trailer += b" /Info %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< " + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _pdf_string(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")


def _read(path: Path, **overrides: object) -> list[DocumentRecord | InputError]:
    return list(read_inputs([str(path)], overrides))


def test_the_pages_text_and_metadata_are_read(tmp_path: Path) -> None:
    path = tmp_path / "ferry.pdf"
    path.write_bytes(make_pdf([PAGE_ONE, PAGE_TWO], title="Night ferry suspended", author="Oren Talvik"))
    [record] = _read(path, outlet="Quay Courier")
    assert isinstance(record, DocumentRecord)
    assert record.text == "\n".join(PAGE_ONE + PAGE_TWO)  # pages joined by one line break
    assert (record.title, record.authors, record.outlet) == ("Night ferry suspended", ["Oren Talvik"], "Quay Courier")
    assert record.published is None  # a PDF's creation date is not the article's


def test_a_pdf_is_analysed_across_its_wrapped_lines_and_pages(tmp_path: Path) -> None:
    path = tmp_path / "ferry.pdf"
    path.write_bytes(make_pdf([PAGE_ONE, PAGE_TWO]))
    with Case(tmp_path / "case.db") as case:
        assert case.ingest([str(path)]).ok
        data = case.export(with_text=True)
    (document,) = data["documents"]
    text = document["text"]
    found = {}
    for st in data["statements"]:
        assert text[slice(*st["content_span"])] == st["content"]
        if st["speaker_span"]:
            assert text[slice(*st["speaker_span"])] == st["speaker_text"]
        found[st["cue"]] = st
    said = found["said"]
    assert said["speaker_text"].endswith("Ilse\nVarrow")
    assert said["content"].startswith("that the night crossing") and said["content"].endswith("two hulls")
    # the quote runs over the page break and keeps its speaker
    told = found["told"]
    assert told["speaker_text"] == "Varrow" and "nobody on the board" in told["content"]
    assert found["denied"]["speaker_text"] == "The ferry operators\u2019 union"


def test_running_heads_feet_and_page_numbers_are_left_out(tmp_path: Path) -> None:
    body = PAGE_ONE + PAGE_TWO
    pages = [body[:5], body[5:9], body[9:]]  # the quote runs from page two to page three
    laid_out = [
        ["QUAY COURIER · Tuesday 13 May 2031", *lines, f"Page {n} of 3", "quaycourier.example/ferry"]
        for n, lines in enumerate(pages, 1)
    ]
    laid_out[0][0] = "Quay Courier"  # the first page's head differs; the others still repeat
    path = tmp_path / "ferry.pdf"
    path.write_bytes(make_pdf(laid_out))
    [record] = _read(path)
    assert isinstance(record, DocumentRecord)
    assert record.text == "\n".join(["Quay Courier", *body])
    with Case(tmp_path / "case.db") as case:
        assert case.ingest([str(path)]).ok
        told = next(st for st in case.statements() if st["cue"] == "told")
    assert told["speaker_text"] == "Varrow" and told["content"].endswith("has suggested otherwise,\u201d")


def test_words_hyphenated_at_line_ends_are_whole_again(tmp_path: Path) -> None:
    lines = [
        "The harbour master, Ilse Varrow, said on Monday that the inspec-",
        "tors of the maritime agency would finish their survey of the well-",
        "known older hull before the crossing reopened, and that the govern-",
        "ment had offered to pay for the repairs to the damaged hull plates.",
        "Her deputy said the ferry would then run a reduced winter time-",
        "table, which the island council had asked for in a well-known letter.",
    ]
    path = tmp_path / "ferry.pdf"
    path.write_bytes(make_pdf([lines]))
    [record] = _read(path)
    assert isinstance(record, DocumentRecord)
    assert record.text.split("\n") == [
        "The harbour master, Ilse Varrow, said on Monday that the inspectors",
        "of the maritime agency would finish their survey of the well-known",
        "older hull before the crossing reopened, and that the government",
        "had offered to pay for the repairs to the damaged hull plates.",
        "Her deputy said the ferry would then run a reduced winter timetable,",
        "which the island council had asked for in a well-known letter.",
    ]
    with Case(tmp_path / "case.db") as case:
        assert case.ingest([str(path)]).ok
        said = next(st for st in case.statements() if st["speaker_text"] == "The harbour master, Ilse Varrow")
    assert said["content"] == (
        "that the inspectors\nof the maritime agency would finish their survey of the well-known\n"
        "older hull before the crossing reopened, and that the government\n"
        "had offered to pay for the repairs to the damaged hull plates"
    )


def test_page_text_keeps_what_only_looks_like_furniture() -> None:
    # a line repeated inside the pages, not at their edges, is the article's
    page = ["Harbour notes", "The board met.", "Vote: 4 to 1", "It adjourned.", "More follows.", "Last line"]
    pages = ["\n".join([f"Line one of page {n}", *page[1:5], f"End of page {n}"]) for n in (1, 2, 3)]
    assert page_text(pages).count("Vote: 4 to 1") == 3
    # heads that repeat are left out, page numbers even on one page
    assert page_text(["ACME NEWS\nFirst.\n1", "ACME NEWS\nSecond.\n- 2 -"]) == "First.\nSecond."
    assert page_text(["A single page.\n7"]) == "A single page."
    assert page_text(["Title\nOnly this."]) == "Title\nOnly this."


def test_bad_pdfs_are_named_with_their_reason(tmp_path: Path) -> None:
    (tmp_path / "damaged.pdf").write_bytes(make_pdf([PAGE_ONE])[:300])
    (tmp_path / "scan.pdf").write_bytes(make_pdf([[]]))
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(make_pdf([PAGE_ONE])))
    writer.encrypt("secret", algorithm="RC4-128")
    locked = io.BytesIO()
    writer.write(locked)
    (tmp_path / "locked.pdf").write_bytes(locked.getvalue())
    (tmp_path / "good.txt").write_text("The bridge reopened.", encoding="utf-8")
    results = _read(tmp_path)
    errors = {Path(e.source).name: e.reason for e in results if isinstance(e, InputError)}
    assert errors["damaged.pdf"].startswith("unreadable PDF")
    assert errors["scan.pdf"].startswith("no text in the PDF")
    assert errors["locked.pdf"].startswith("the PDF is encrypted")
    assert [r.text for r in results if isinstance(r, DocumentRecord)] == ["The bridge reopened."]
