"""Wire datelines: "KESTLE (Wirepost) - Mayor Ana Dorn said ...".

A paragraph may open with where (and when, and from which agency) the story
was filed, ended by a spaced dash. The parser hangs it on the sentence's verb,
often as a subject of its own or as the start of the subject, so the speaker
came out as "KESTLE (Wirepost" or "KESTLE, Velden - Sen. Ana Dorn". A dateline
names no one who speaks; the speaker is the mention after its dash.
"""

from __future__ import annotations

from spacy.tokens import Token

DASHES = {"-", "--", "\u2013", "\u2014"}
MAX_WORDS = 12  # "MYRTLE BEACH, S.C., Aug. 3 (Wirepost) -" fits; a sentence does not


def dateline_end(token: Token) -> int | None:
    """The index of the first token after the dateline that opens ``token``'s
    paragraph, or None when the paragraph opens with none.

    A dateline is a few words with no verb before a dash spaced on both sides
    ("R-Vel." is a party tag, not one), that either has a bracketed agency or
    opens with a word in capitals: "Kestle (Wirepost) -", "KESTLE, Aug. 3 -".
    """
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text:
        if token.i - start >= MAX_WORDS:
            return None  # too far into its paragraph to be in a dateline
        start -= 1
    end = min(len(doc), start + MAX_WORDS + 1)
    dash = next((i for i in range(start + 1, end) if doc[i].text in DASHES and doc[i - 1].whitespace_ and doc[i].whitespace_), None)
    if dash is None or dash + 1 >= len(doc):
        return None
    words = doc[start:dash]
    if any(t.pos_ in ("VERB", "AUX") or t.is_alpha and t.is_lower for t in words):
        return None
    bracketed = any(t.text == "(" for t in words) and any(t.text == ")" for t in words)
    capitals = len(words[0].text) >= 3 and words[0].is_upper
    return dash + 1 if bracketed or capitals else None

