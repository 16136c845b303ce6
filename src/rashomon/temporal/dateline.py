"""Is a date the article's own date line or byline date?

"VELMORA, March 4 (Northline) -", "WASHINGTON -- March 3, 2021 --", a date
alone on its line, "Published: 2021-04-27": the date of the article, not of
anything it reports. A date inside running text ("Then came Dec. 14, 2012")
is not one.
"""

from __future__ import annotations

import re

from ..model import Span

# What may stand before the date on its line: nothing, a place in capitals, a
# byline, or a publishing label.
_HEAD = re.compile(
    r"\s*(?:[A-Z][A-Z.'\- ]*[A-Z.](?:\s*\([^)\n]{1,40}\))?\s*(?:,|--|-|\u2013|\u2014)\s*"
    r"|By\s[^\n]{1,60}?\s*(?:,|\||-|\u2013|\u2014)\s*"
    r"|(?:Published|Updated|Posted|Dated?)(?:\s+on)?\s*:?\s*)?"
)
# What may follow it: the end of the line, a dash, an agency in brackets, a time.
_TAIL = re.compile(r"[ \t]*(?:$|\n|\(|-|\u2013|\u2014|\||,?\s*\d{1,2}[:.]\d\d)", re.MULTILINE)
LINE_REACH = 80


def is_dateline(text: str, span: Span) -> bool:
    line_start = text.rfind("\n", 0, span[0]) + 1
    if span[0] - line_start > LINE_REACH:
        return False
    head = _HEAD.match(text, line_start, span[0])
    return head is not None and head.end() == span[0] and _TAIL.match(text, span[1]) is not None
