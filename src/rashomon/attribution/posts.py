"""Embedded social-media posts: words closed by the post's signature.

A page that embeds a post keeps, as text, the post's words and then its
signature, on the same line or the next: "The ferry will not run on Monday.
— Ana Dorn (@anadorn) March 3, 2026". The words are the author's own, so
they are a direct statement; the speaker is the name in the signature (the
handle alone when no name is given) and the cue is the dash, as PolNeAR
marks it. The date the signature gives is the time stage's to read.

The handle is what tells a signature from a dash before a name in running
text ("— Ana Dorn, the mayor"): without one, nothing is read here.

An Instagram embed signs on a line of its own, "A post shared by Ana Dorn
(@anadorn)"; the caption before it is read the same way, with the
signature's words as the cue. An embed that kept no caption shows "View
this post on Instagram" instead, which is no statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..markup import TAG
from .content import Found

DASHES = ("\u2014", "\u2013", "--")
# what ends a signature, from its handle: "(@anadorn) March 3, 2026", a handle
# with a domain ("@anadorn.example.social", "@anadorn@example.social"), a time
# after the date ("at 10:14 AM"); then only spaces, stops or a closing tag to
# the line's end. The handle is looked for first and the dash before it
# second: a pattern that opened at every dash would read a line of dashes
# once per dash.
TAIL = re.compile(
    r"(?P<open>\(?)(?P<handle>@\w{1,30}(?:[.@][\w-]{1,40})*)\)?"
    r"(?P<date>[ \t]+(?:on[ \t]+)?[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}"
    r"(?:[ \t]+at[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?)?"
    r"[ \t.]*(?:</[A-Za-z][^>\n]{0,40}>)?[ \t.]*$",
    re.MULTILINE,
)
# an Instagram embed's signature, a line of its own: "A post shared by Ana
# Dorn (@anadorn)", perhaps "on Mar 3, 2026 at 10:14am PST" after it. The
# caption, when the page kept one, is the paragraph before.
SHARED = re.compile(
    r"^[ \t]*(?P<cue>A post shared by)[ \t]+"
    r"(?:(?P<name>[^\n()@]{1,80}?)[ \t]*\((?P<handle>@[\w.]{1,30})\)|(?P<bare>@[\w.]{1,30}))"
    r"(?:[ \t]+on(?:[ \t]+[^\n]{1,60}?)?)?[ \t.]*$",  # "on" alone: a page that dropped the <time>
    re.MULTILINE,
)
# what an embed shows in place of a caption it did not keep
NO_CAPTION = "view this post on instagram"
MAX_NAME = 80
NOT_IN_NAME = set("\n()@\u2014\u2013")
MIN_WORDS = 2


@dataclass(frozen=True)
class Signature:
    """"— Ana Dorn (@anadorn) March 3, 2026": where its parts are in the text."""

    dash: tuple[int, int]
    name: tuple[int, int]  # empty (start == end) when only the handle is given
    handle: tuple[int, int]
    end: int


def signatures(text: str) -> list[Signature]:
    """Every post signature in ``text``: a dash, a name of at most
    ``MAX_NAME`` characters, a handle, and nothing after it on its line but
    a date. Without a date, the name must be there and the handle in
    brackets: a bare "— @handle" closes a byline or a plea to follow."""
    found = []
    for tail in TAIL.finditer(text):
        line_start = text.rfind("\n", 0, tail.start()) + 1
        window_start = max(line_start, tail.start() - MAX_NAME - 4)
        window = text[window_start : tail.start()]
        dash = max(((window.rfind(mark), mark) for mark in DASHES), key=lambda hit: hit[0])
        if dash[0] < 0:
            continue
        dash_start = window_start + dash[0]
        name_start = dash_start + len(dash[1])
        name = text[name_start : tail.start()]
        if any(ch in NOT_IN_NAME for ch in name) or (dash[1] == "--" and name.startswith("-")):
            continue
        if not tail.group("date") and not (tail.group("open") and name.strip()):
            # "Follow Ana Dorn on Twitter — @anadorn", "Reporting by X — @x":
            # an embed signs with a name and its handle in brackets, or a date
            continue
        lead, trail = len(name) - len(name.lstrip(" \t")), len(name.rstrip(" \t"))
        found.append(Signature((dash_start, name_start), (name_start + lead, name_start + max(lead, trail)),
                               tail.span("handle"), tail.end()))
    for shared in SHARED.finditer(text):
        handle = shared.span("handle") if shared.group("handle") else shared.span("bare")
        named = shared.span("name") if shared.group("name") else (handle[0], handle[0])
        found.append(Signature(shared.span("cue"), named, handle, shared.end()))
    return sorted(found, key=lambda signature: signature.dash)


def embedded_posts(doc: Doc, text: str) -> list[Found]:
    """A statement for each post signature in ``text`` whose words are found."""
    found = []
    for signature in signatures(text):
        body = _body(text, signature.dash[0])
        if body is None:
            continue
        name_start, name_end = signature.name
        if name_start == name_end:
            name_start, name_end = signature.handle
        handle_end = signature.handle[1]
        mention = (name_start, handle_end + (text[handle_end : handle_end + 1] == ")"))
        speaker = doc.char_span(name_start, name_end, alignment_mode="expand")
        dash = doc.char_span(*signature.dash, alignment_mode="expand")
        if speaker is None or dash is None:
            continue
        found.append(
            Found(
                cue_tokens=list(dash),
                cue_class="assert",
                content=[body],
                speaker=speaker.root,
                construction="post",
                speaker_range=mention,
            )
        )
    return found


def _body(text: str, dash: int) -> tuple[int, int] | None:
    """The post's words: before the dash on its line, or, for a signature
    that opens its line, the paragraph before it. An opening tag
    ('<tweet author="@x">') is not part of them."""
    line_start = text.rfind("\n", 0, dash) + 1
    start, end = line_start, dash
    if not text[line_start:dash].strip():
        end = line_start - 1
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = text.rfind("\n", 0, end) + 1
    while (tag := TAG.match(text, start)) is not None and tag.end() <= end:
        start = tag.end()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if len(text[start:end].split()) < MIN_WORDS or text[start:end].strip().lower() == NO_CAPTION:
        return None
    return start, end
