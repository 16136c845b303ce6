"""A PDF's pages as one running text: the lines a layout repeats on every
page (running heads and feet, page numbers) are left out.

Between the last line of one page and the first of the next sit the page's
foot and the next page's head ("THE HARBOUR GAZETTE  3"). Left in, they
would split a sentence, or a quote, that runs over the page break. What is
furniture is read from the document itself: a line in the first or last
lines of a page is left out when it is a page number, or when a line of the
same shape (digits aside, any case) sits in the same place on at least half
the pages, and on two or more.

A word the layout hyphenated at a line end ("inspec-\ntors") is put back
together, and moved up to the line it began on, so the parser reads one
word. A hyphen can also be the word's own ("well-\nknown"). It is kept when
the document writes the word with it elsewhere, or when both halves are
words and the joined form is not one; it goes when the document writes the
word whole elsewhere, or when the joined form is a word. The word list is
pyspellchecker's English frequency list (MIT).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

EDGE = 2  # lines at the top and at the foot of a page that can be furniture
PAGE_NUMBER = re.compile(
    r"(?:page|p\.|pg\.?)?\s*[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?(?:\s*(?:of|/)\s*\d{1,4})?",
    re.IGNORECASE,
)


# a word broken at a line end: its first part, then the next line's first
# word, what sticks to that word (",", ".”"), and the space after it
LINE_END_HYPHEN = re.compile(r"([^\W\d_]+)-\n([^\W\d_]+)(\S*)([ \t]*)")


def page_text(pages: list[str]) -> str:
    """The pages' text without their furniture, pages joined by a line
    break, words hyphenated at line ends whole again."""
    return join_hyphenated(_without_furniture(pages))


def join_hyphenated(text: str) -> str:
    """Each word broken at a line end made whole on the line it began on."""
    if "-\n" not in text:
        return text
    lowered = text.casefold()

    def whole(match: re.Match[str]) -> str:
        first, second, stuck, space = match.groups()
        if not second[0].islower():
            return match.group()  # "Kestle-\nVelden": a line may end with a name's own hyphen
        hyphen = "-" if _keeps_hyphen(first, second, lowered) else ""
        rest_of_line = match.end() < len(text) and text[match.end()] != "\n"
        return first + hyphen + second + stuck + ("\n" if rest_of_line else space)

    return LINE_END_HYPHEN.sub(whole, text)


def _keeps_hyphen(first: str, second: str, lowered: str) -> bool:
    joined, compound = (first + second).casefold(), f"{first}-{second}".casefold()
    if re.search(rf"\b{re.escape(compound)}\b", lowered):
        return True
    if re.search(rf"\b{re.escape(joined)}\b", lowered):
        return False
    is_word = _english_word_test()
    return not is_word(joined) and is_word(first) and is_word(second)


@lru_cache(maxsize=1)
def _english_word_test() -> Callable[[str], bool]:
    from spellchecker import SpellChecker  # only when a PDF has a broken word (~0.2 s to load)

    return SpellChecker(language="en", distance=1).__contains__  # any case


def _without_furniture(pages: list[str]) -> str:
    lines = [page.strip("\n").split("\n") for page in pages if page.strip()]
    furniture = _repeated_shapes(lines)
    kept = []
    for page in lines:
        dropped = {i for i, place in _edges(page) if _is_furniture(page[i], place, furniture)}
        kept.append("\n".join(line for i, line in enumerate(page) if i not in dropped).strip("\n"))
    return "\n".join(page for page in kept if page.strip())


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def _edges(page: list[str]) -> list[tuple[int, str]]:
    """The lines that can be furniture, each with its place (head or foot)."""
    content = [i for i, line in enumerate(page) if line.strip()]
    return [(i, "head" if i in content[:EDGE] else "foot") for i in sorted({*content[:EDGE], *content[-EDGE:]})]


def _repeated_shapes(pages: list[list[str]]) -> set[tuple[str, str]]:
    """(place, shape) pairs that recur on at least half the pages, and on two or more."""
    seen: Counter[tuple[str, str]] = Counter()
    for page in pages:
        seen.update({(place, _shape(page[i])) for i, place in _edges(page)})
    return {key for key, count in seen.items() if count >= max(2, (len(pages) + 1) // 2)}


def _is_furniture(line: str, place: str, furniture: set[tuple[str, str]]) -> bool:
    return bool(PAGE_NUMBER.fullmatch(line.strip())) or (place, _shape(line)) in furniture
