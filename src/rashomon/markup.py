"""Markup tags left in article text.

Scraped articles often keep the tags of what the page embedded ('<tweet
id="77" author="@anadorn">The ferry runs on Monday.</tweet>'). Read as words,
a tag's attributes become speakers ('01">BREAKING') and its quoted values
become quotes. The pipeline makes each tag one token and a sentence of its
own (`rashomon.nlp`), and quote finding steps over them
(`rashomon.attribution.quotes`); the text itself, and every offset into it,
stays as given.
"""

from __future__ import annotations

import re

# An opening, closing or self-closing tag. Every attribute must carry a value
# ('<b>', '<a href="x">'), so prose such as "if a <b and c> d" is no tag.
TAG = re.compile(
    r"""</?[A-Za-z][\w:-]*"""
    r"""(?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))*"""
    r"""\s*/?>"""
)


def tag_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the markup tags in ``text``, in order."""
    if "<" not in text:
        return []
    return [m.span() for m in TAG.finditer(text)]


def is_tag(word: str) -> bool:
    """A token that is a whole tag (the pipeline makes each tag one token)."""
    return word[:1] == "<" and TAG.fullmatch(word) is not None
