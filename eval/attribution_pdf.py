"""Attribution on text as it comes out of a PDF: PolNeAR articles laid out
in pages, scored against the gold of the articles as given.

    python eval/attribution_pdf.py [--split train] [--articles 200] [--width 72] [--lines 48]

Each article is set as a PDF would set it, then read back as pypdf gives a
PDF's text (a list of lines per page):
- each paragraph is broken into lines of at most ``--width`` characters,
  with no blank line between paragraphs;
- a word of seven letters or more that does not fit is hyphenated where
  the most of it fits, three letters at least on each side ("inspec-" /
  "tors"), harsher than a typesetter, who breaks at syllables; a word with
  its own hyphen may break after it ("well-" / "known");
- every page of ``--lines`` lines has a running head and a foot with the
  page number;
- with ``--gap``, an empty line ends each paragraph, as the text of some
  PDFs has it; without, a paragraph whose last line is full runs on into
  the next, for a reader as for the parser.

It is read two ways: the pages joined as they were before running heads
and hyphens were handled (pages joined by a line break), and with
`rashomon.ingest.pdf_text.page_text`, as ingest now reads a PDF. The
text read differs from the article's, so predicted spans are carried back
to the article through its characters other than white space (aligned
with difflib where they differ). The script also counts the articles
whose characters other than white space come back exactly.
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import difflib
import re
import sys

from attribution_polnear import Tally, parsed_split

from rashomon.attribution import extract
from rashomon.ingest.pdf_text import page_text
from rashomon.model import Attribution, Span
from rashomon.nlp import load_pipeline

HEAD = "THE POLNEAR TEST SHEET \u00b7 POLITICS"
WORD = re.compile(r"\S+")


def lay_out(text: str, width: int, gap: bool = False) -> list[str]:
    """The article's lines as a PDF page sets them; ``gap``: an empty line
    after each paragraph."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if gap and lines and lines[-1] and not paragraph.strip():
            lines.append("")
        line = ""
        for word in WORD.findall(paragraph):
            while word:
                room = width - len(line) - (1 if line else 0)
                if len(word) <= room:
                    line, word = (f"{line} {word}" if line else word), ""
                    continue
                cut = _break_point(word, room)
                if cut:
                    piece = word[:cut] if word[cut - 1] == "-" else word[:cut] + "-"
                    lines.append(f"{line} {piece}" if line else piece)
                    line, word = "", word[cut:]
                elif line:
                    lines.append(line)
                    line = ""
                else:  # longer than a line: set it alone
                    lines.append(word)
                    word = ""
        if line:
            lines.append(line)
    return lines


def _break_point(word: str, room: int) -> int:
    """Where to break ``word`` to fit ``room`` characters with a hyphen, or 0."""
    own = [i + 1 for i, c in enumerate(word) if c == "-" and 0 < i < len(word) - 1 and i + 1 <= room]
    if own:
        return own[-1]
    if len(word) < 7 or not word.isalpha():
        return 0
    cut = min(room - 1, len(word) - 3)
    return cut if cut >= 3 else 0


def pages_of(lines: list[str], per_page: int) -> list[str]:
    chunks = [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    return ["\n".join([HEAD, *chunk, f"Page {n} of {len(chunks)}"]) for n, chunk in enumerate(chunks, 1)]


class CarryBack:
    """Offsets in the text read carried to the article, through the
    characters other than white space."""

    def __init__(self, article: str, read: str) -> None:
        self.article_at = [i for i, c in enumerate(article) if not c.isspace()]
        self.read_at = [i for i, c in enumerate(read) if not c.isspace()]
        a = "".join(article[i] for i in self.article_at)
        r = "".join(read[i] for i in self.read_at)
        self.exact = a == r
        self.to_article: dict[int, int] = {}
        if self.exact:
            self.to_article = dict(enumerate(range(len(a))))
        else:
            for block in difflib.SequenceMatcher(None, r, a, autojunk=False).get_matching_blocks():
                self.to_article.update({block.a + k: block.b + k for k in range(block.size)})

    def span(self, span: Span | None) -> Span | None:
        if span is None:
            return None
        first = bisect.bisect_left(self.read_at, span[0])
        last = bisect.bisect_left(self.read_at, span[1]) - 1
        kept = [self.to_article[k] for k in range(first, last + 1) if k in self.to_article]
        if not kept:
            return None
        return self.article_at[min(kept)], self.article_at[max(kept)] + 1

    def attribution(self, item: Attribution) -> Attribution | None:
        content = self.span(item.content_span)
        if content is None:
            return None
        parts = [p for p in map(self.span, item.content_parts) if p is not None]
        return dataclasses.replace(
            item, content_span=content, content_parts=parts, cue_span=self.span(item.cue_span),
            speaker_span=self.span(item.speaker_span), speaker_antecedent_span=self.span(item.speaker_antecedent_span),
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--width", type=int, default=72)
    parser.add_argument("--lines", type=int, default=48, help="lines of text a page")
    parser.add_argument("--gap", action="store_true", help="an empty line between paragraphs, as some PDFs give")
    args = parser.parse_args()
    articles, docs = parsed_split(args.split)
    articles, docs = articles[: args.articles], docs[: args.articles]
    nlp = load_pipeline()

    given = Tally()
    for (_, _, golds), doc in zip(articles, docs):
        given.add(golds, extract(doc))
    print(f"PolNeAR {args.split}: {len(articles)} articles, width {args.width}, {args.lines} lines a page")
    print("\n".join(given.lines("as given")))
    laid_out = [pages_of(lay_out(text, args.width, args.gap), args.lines) for _, text, _ in articles]
    hyphens = sum(page.count("-\n") for pages in laid_out for page in pages)
    print(f"laid out: {sum(map(len, laid_out))} pages, {hyphens} lines ending in a hyphen")
    for label, read in (("pages joined, as before", "\n".join), ("read as ingest reads a PDF", page_text)):
        texts = [read(pages) for pages in laid_out]
        tally = Tally()
        exact = 0
        for (_, text, golds), read_text, doc in zip(articles, texts, nlp.pipe(texts, batch_size=32)):
            back = CarryBack(text, read_text)
            exact += back.exact
            tally.add(golds, [a for a in map(back.attribution, extract(doc)) if a is not None])
        print(f"{label}: {exact} of {len(articles)} articles read back with every character other than white space")
        print("\n".join(tally.lines(label)))
    print("command: python eval/attribution_pdf.py " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()
