"""Hard-wrapped text: plain-text wire copy, e-mail and text taken out of a PDF
break every line at a fixed width, so a newline falls inside sentences
('... the ministry\\nsaid on Monday ...'). Read as paragraph breaks, those
newlines cut statements in two: on PolNeAR articles wrapped at 72 columns,
attribution overlap F1 fell from 0.87 to 0.74 (docs/benchmarks.md).

`unwrap` gives the text the parser reads: each newline that only wraps a
line becomes a space, one character for one, so every offset into it is an
offset into the stored text, which stays exactly as ingested. A newline is a
wrap when the document is wrapped (most of its lines end near one width) and
the line it ends is full: the next line's first word would not have fit on
it. A short line (a paragraph's last, a headline, a byline) keeps its break,
as does one before a list item.
"""

from __future__ import annotations

import re

# Text wrapped narrower than this is a list or verse, not filled prose, and
# anything wider is a paragraph a line (a newline there is a real break).
MIN_WIDTH = 40
MAX_WIDTH = 200
# Lines broken at the width, before the document counts as wrapped: a few
# similar lines (a headline, a byline and a dateline) prove nothing.
MIN_WRAPS = 4
# Share of the single line breaks that must fall at the width.
MIN_SHARE = 0.6
# Proportional fonts (a PDF's text) make full lines differ in characters:
# where too few lines are full at one width, a line this much under it, with
# room for the next word, counts as full.
SLACK = 0.15
EXTRA_LOOSE = 0.1
LIST_ITEM = re.compile(r"[-*\u2022\u25aa\u2013\u2014>]\s|\(?[0-9]{1,2}[.)]\s|\(?[a-z][.)]\s")


def wrap_breaks(text: str) -> list[int]:
    """Offsets of the newlines in ``text`` that only wrap a line."""
    if text.count("\n") < MIN_WRAPS:
        return []
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    # (line index, its length without trailing space) for each single break:
    # a line with text, followed by a line with text
    singles = [
        (i, len(lines[i].rstrip()))
        for i in range(len(lines) - 1)
        if lines[i].strip() and lines[i + 1].strip()
    ]
    if len(singles) < MIN_WRAPS:
        return []
    lengths = sorted(length for _, length in singles)
    typical = lengths[int(0.9 * (len(lengths) - 1))]
    # the width: the longest line near the typical long one (a stray long
    # line, such as a web address, is no guide)
    width = max(n for n in lengths if n <= typical * (1 + SLACK))
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return []
    exact = [i for i, length in singles if _is_full(length, lines[i + 1], width, 0.0)]
    loose = [i for i, length in singles if _is_full(length, lines[i + 1], width, SLACK)]
    # One width, if it explains nearly all the lines the looser test finds;
    # the looser test only where lines vary (a proportional font).
    full = exact if len(loose) - len(exact) <= EXTRA_LOOSE * len(singles) else loose
    if len(full) < MIN_WRAPS or len(full) < MIN_SHARE * len(singles):
        return []
    return [starts[i + 1] - 1 for i in full if not _opens_block(lines[i + 1])]


def _is_full(length: int, following: str, width: int, slack: float) -> bool:
    words = following.split(None, 1)
    return length <= width * (1 + slack) and length + 1 + len(words[0]) > width * (1 - slack)


def _opens_block(line: str) -> bool:
    """An indented line or a list item starts something new."""
    return line[:1] in " \t" or LIST_ITEM.match(line) is not None


def unwrap(text: str) -> str:
    """``text`` with each wrapping newline read as a space (same length; a
    carriage return before it too)."""
    breaks = wrap_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
        if at and chars[at - 1] == "\r":
            chars[at - 1] = " "
    return "".join(chars)
