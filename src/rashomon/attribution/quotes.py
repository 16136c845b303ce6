"""Quoted passages in raw text, whatever the quotation marks, and the
sentences they sit in.

A quote's span includes its marks (PolNeAR annotates direct speech with them).
A paragraph that opens a quote without closing it continues into the next
paragraph when that one opens with a quotation mark again (the newspaper
convention for quotes of several paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..markup import tag_spans

# opening mark -> closing marks accepted for it
PAIRS: dict[str, str] = {
    "\u201c": "\u201d\"",  # “ ”, or “ " as typed by mixed keyboards
    "\u201e": "\u201c\u201d",  # „ “ low-high
    "\u00ab": "\u00bb",  # « »
    "\u00bb": "\u00ab",  # » « (Danish, German)
    "\u2039": "\u203a",  # ‹ ›
    '"': '"\u201d',
    "``": "''",
    "''": "''",  # two apostrophes on both sides (a typewriter convention some papers keep)
    "\u2018": "\u2019",  # ‘ ’
    "'": "'",
}
SINGLE = {"\u2018", "'"}
# the first characters of opening marks, and of tags
CANDIDATES = re.compile("[" + re.escape("".join({mark[0] for mark in PAIRS}) + "<") + "]")
MAX_QUOTE_CHARS = 4000
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u2039\u203a"  # opening and closing marks, for strip() and membership tests


@dataclass(frozen=True)
class Quote:
    start: int  # at the opening mark
    end: int  # after the closing mark (or the end of the last paragraph)
    closed: bool

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def _opening_at(text: str, i: int) -> str | None:
    """The opening mark starting at ``i``, if the character there opens a quote."""
    if text.startswith("``", i):
        return "``"
    if text.startswith("''", i) and i + 2 < len(text) and not text[i + 2].isspace() and (not i or not text[i - 1].isalnum()):
        return "''"
    ch = text[i]
    if ch not in PAIRS:
        return None
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in SINGLE or ch == '"':
        # an opening mark follows a space, bracket or dash and precedes a word
        if before.isalnum() or after.isspace():
            return None
    if ch in SINGLE and _elided_year(text, i + 1):
        return None
    return ch


def _elided_year(text: str, i: int) -> bool:
    """'08 or '90s: an apostrophe standing for the century, not a quote."""
    digits = text[i : i + 2]
    rest = text[i + 2 : i + 4]
    return len(digits) == 2 and digits.isdigit() and not rest[:1].isdigit() and (rest[:1] != "s" or not rest[1:2].isalnum())


def _closing_at(text: str, i: int, opener: str) -> int:
    """Length of the closing mark for ``opener`` at ``i`` (0 if none)."""
    closers = PAIRS[opener]
    if opener in ("``", "''"):
        return 2 if text.startswith("''", i) else 0
    ch = text[i]
    if ch == opener == "\u201c" and _typed_as_closing(text, i):
        return 1
    if ch not in closers:
        return 0
    if ch == '"' and opener != '"' and text[i - 1].isspace():
        return 0  # a straight mark after a space opens a quote, it does not close one
    if opener in SINGLE:
        after = text[i + 1] if i + 1 < len(text) else " "
        if after.isalnum():  # an apostrophe inside a word (don't, O'Neill)
            return 0
        if text[i - 1].isspace():
            return 0
    return 1


def _typed_as_closing(text: str, i: int) -> bool:
    """'\u201cWe stay,\u201c she said': an opening mark typed where the closing one
    belongs, right after a word or punctuation and before a space or a stop."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return not text[i - 1].isspace() and text[i - 1] not in "([\u2014\u2013-" and (after.isspace() or after in ",.;:!?)")


def _paragraph_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _continues(text: str, at: int, opener: str) -> int | None:
    """Where the next paragraph re-opens the quote, if it does."""
    j = at
    while j < len(text) and text[j] in "\n\r \t\u00a0":
        j += 1
    if j < len(text) and "\n" in text[at:j] and _opening_at(text, j) == opener:
        return j
    return None


DOUBLE = ('"', "\u201c")


def _nested_end(text: str, i: int, opener: str, limit: int) -> int | None:
    """Where a quote within a quote closes, when a double mark of the other
    kind opens one at ``i`` ('"It is not about \u201cfair play\u201d any more."'):
    the \u201d that closes it would otherwise close the outer quote too. Not
    right after the opening mark ('"\u201cWe won,\u201d she said'): there the
    outer mark is a stray."""
    if opener not in DOUBLE or text[i] not in DOUBLE or text[i] == opener:
        return None
    inner = _opening_at(text, i)
    if inner is None or _typed_as_closing(text, i):
        return None
    for k in range(i + 1, limit):
        if _closing_at(text, k, inner):
            return k + 1
    return None


def find_quotes(text: str) -> list[Quote]:
    """Non-overlapping quotes, in text order (nested inner quotes are left inside)."""
    quotes: list[Quote] = []
    tag_ends = dict(tag_spans(text))  # a tag's attribute values are no quotes
    # single mark -> (scanned up to here without finding its closing mark, and
    # that scan ended the quote's last paragraph). Where a single mark closes
    # does not depend on where it opened, so a later opening mark skips that
    # stretch: each unmatched one would otherwise rescan up to MAX_QUOTE_CHARS.
    unclosed: dict[str, tuple[int, bool]] = {}
    i = 0
    n = len(text)
    while i < n:
        if i in tag_ends:
            i = tag_ends[i]
            continue
        opener = _opening_at(text, i)
        if opener is None:
            # on to the next character that could open a quote or a tag
            following = CANDIDATES.search(text, i + 1)
            i = following.start() if following is not None else n
            continue
        start = i
        j = i + len(opener)
        known = unclosed.get(opener)
        if known is not None and start < known[0]:
            if known[1]:
                i += 1  # no closing mark before that paragraph ends either
                continue
            j = known[0]
        limit = _paragraph_end(text, j)
        found = None
        ended = False
        while j < n and j - start < MAX_QUOTE_CHARS:
            if j >= limit:
                nxt = _continues(text, limit, opener)
                if nxt is None:
                    ended = True
                    break
                j = nxt + len(opener)
                limit = _paragraph_end(text, j)
                continue
            if j in tag_ends:
                j = tag_ends[j]
                continue
            inner = _nested_end(text, j, opener, limit) if j > start + len(opener) else None
            if inner is not None:
                j = inner  # its closing mark is not ours
                continue
            width = _closing_at(text, j, opener)
            if width:
                found = j + width
                break
            j += 1
        if found is not None:
            quotes.append(Quote(start, found, True))
            i = found
        elif opener in SINGLE:
            unclosed[opener] = (j, ended or j >= n)
            i += 1  # an unmatched single mark is most likely an apostrophe
        else:
            end = min(j, limit)
            if end - start > len(opener) + 1:
                quotes.append(Quote(start, end, False))
            i = max(end, i + 1)
    return quotes


class Sentences:
    """Sentence of each token, computed once (``Token.sent`` walks the doc)."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text  # Doc.text rebuilds the string on every access
        self.of_token: list[Span] = []
        for sent in doc.sents:
            self.of_token.extend([sent] * len(sent))

    def of(self, token: Token) -> Span:
        return self.of_token[token.i]

    def at_char(self, char: int, backwards: bool = False) -> Span | None:
        """The sentence of the first word at or after ``char`` (before it with
        ``backwards``): a quotation mark that opens a paragraph is often parsed
        into the previous sentence."""
        text = self.text
        step = -1 if backwards else 1
        while 0 <= char < len(text) and not text[char].isalnum():
            char += step
        if not 0 <= char < len(text):
            return None
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return self.of_token[span.start] if span is not None and len(span) else None
