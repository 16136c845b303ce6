"""Re-parse Title Case headlines as sentence case.

The statistical tagger and parser read capitals as names, so a headline such
as "Kestle Council Denies Ferry Was Unsafe" comes out as one long proper noun
with no verb. This component, added last in the pipeline, re-parses such
a line from a sentence-cased copy of its words and copies the tags, lemmas and
tree back onto the original tokens. The text, offsets and entities stay as
the full pass made them.
"""

from __future__ import annotations

import re
from typing import cast

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

NAME = "headlines"
# Part of the eval's parse cache key: bump when the re-parse changes.
VERSION = "headlines2"

WORD = re.compile(r"[A-Za-z][\w’']*")
MIN_WORDS = 3
MIN_CAPITALISED = 0.6
ACRONYM_MAX = 4  # GOP, FBI, NATO keep their capitals
ATTRS: list[int | str] = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD"]
# Entities stay as the full pass found them on the original capitals.
SKIP = {"ner", NAME}


def title_case(line: str) -> bool:
    words = WORD.findall(line)
    if len(words) < MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= MIN_CAPITALISED


def headline_range(text: str) -> tuple[int, int] | None:
    """Characters of the first line when it is a Title Case paragraph of its own."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    return (start, start + len(line)) if title_case(line) else None


def sentence_case(words: list[str], names: frozenset[str] = frozenset()) -> list[str]:
    """Lower every word but the first, the first after a colon, acronyms and names."""
    out = []
    first = True
    for word in words:
        keep = first or word in names or (word.isupper() and len(word) <= ACRONYM_MAX)
        out.append(word if keep else word.lower())
        if any(c.isalpha() for c in word):
            first = False
        if word == ":":
            first = True
    return out


def body_names(body: Span) -> frozenset[str]:
    """Words the body capitalises inside a sentence: names, which keep their capital."""
    return frozenset(t.text for t in body if t.text[:1].isupper() and not t.is_sent_start and not t.is_upper)


class HeadlineParser:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        found = headline_range(doc.text)
        span = found and doc.char_span(*found, alignment_mode="contract")
        if not span or len(span) < MIN_WORDS:
            return doc
        words = [t.text for t in span]
        spaces = [bool(t.whitespace_) for t in span]
        spaces[-1] = False
        cased = Doc(doc.vocab, words=sentence_case(words, body_names(doc[span.end :])), spaces=spaces)
        for name, proc in self.nlp.pipeline:
            if name not in SKIP:
                cased = proc(cased)
        return self.graft(doc, span.start, cased)

    @staticmethod
    def graft(doc: Doc, start: int, cased: Doc) -> Doc:
        """Copy the re-parse onto doc[start:start+len(cased)] as its own sentence."""
        end = start + len(cased)
        rows = doc.to_array(ATTRS)
        rows[start:end] = cased.to_array(ATTRS)
        # Where the full pass joined the body to the headline, the first
        # orphaned body token becomes the root of the rest.
        orphans = [t.i for t in doc[end:] if start <= t.head.i < end and not t.is_space]
        for i in orphans:
            # Relative heads are stored as two's complement in the uint64 array.
            rows[i, ATTRS.index("HEAD")] = numpy.int64(orphans[0] - i).view(numpy.uint64)
        if orphans:
            rows[orphans[0], ATTRS.index("DEP")] = doc.vocab.strings["ROOT"]
        # spaCy's stub calls to_array's uint64 result float64.
        doc.from_array(ATTRS, cast(Ints2d, rows))
        return doc


@Language.factory(NAME)
def make_headline_parser(nlp: Language, name: str) -> HeadlineParser:
    return HeadlineParser(nlp)
