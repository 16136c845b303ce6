"""Statements set out with a colon rather than quotation marks.

Colon lines open with a speaker and a colon: headlines ("Minister: Talks
Failed") and transcripts ("SMITH: We will not resign."). Colon nouns are an
owned reporting noun before a colon ("Their argument: B."). Colon blocks are
a paragraph closed by "X wrote:" and the block that follows it.
"""

from __future__ import annotations

import re

import numpy
from spacy.tokens import Doc, Span, Token

from ..markup import is_tag
from ..model import Span as CharSpan
from .content import Found
from .lexicon import Cues
from .quotes import QUOTE_MARKS
from .subjects import cue_tokens_of, subject_of

BYLINE_DASHES = "\u2015\u2014\u2013-"


MAX_LABEL_TOKENS = 8
NEWLINE = re.compile("\n")


def colon_lines(doc: Doc, text: str, cues: Cues) -> list[Found]:
    """Lines that open with a speaker and a colon: headlines ("Minister: Talks
    Failed") and transcripts ("SMITH: We will not resign."). The rest of the
    line is the statement, as written."""
    found = []
    for start in line_starts(doc, text):
        labelled = _line_label(doc, start, cues)
        if labelled is None:
            continue
        label, colon = labelled
        line_end = text.find("\n", colon.idx)
        line_end = len(text) if line_end < 0 else line_end
        content_start = colon.idx + 1
        while content_start < line_end and text[content_start].isspace():
            content_start += 1
        content_end = line_content_end(text, content_start, line_end)
        if len(text[content_start:content_end].split()) < 3 or _topic_line(doc, content_start, content_end):
            continue
        found.append(
            Found(
                cue_tokens=[colon],
                cue_class="assert",
                content=[(content_start, content_end)],
                speaker=label.root,
                construction="colon",
                speaker_range=(label.start_char, label.end_char),
            )
        )
    return found + _noun_colons(doc, text, cues) + _name_on_question(doc, text, cues)


def line_starts(doc: Doc, text: str) -> list[int]:
    """The index of the first token of each line (0 and every token after a
    newline), from the tokens' offsets: no Token object is made per word."""
    offsets = doc.to_array("IDX")
    breaks = [m.start() for m in NEWLINE.finditer(text)]
    return sorted({0, *(int(i) for i in numpy.searchsorted(offsets, breaks, side="right"))})


def _line_label(doc: Doc, start: int, cues: Cues) -> tuple[Span, Token] | None:
    """The speaker label and colon of a colon line opening at token ``start``."""
    while start < len(doc) and (doc[start].is_punct and doc[start].text != ":" or is_tag(doc[start].text)):
        start += 1  # a stray quotation mark, dash or markup tag opening the line
    if start >= len(doc):
        return None
    window = doc[start : min(start + 2 * MAX_LABEL_TOKENS + 1, len(doc))]  # a topic may follow the name
    colon = next((t for t in window if t.text == ":" or "\n" in t.text), None)
    if colon is None or colon.text != ":" or colon.i == start:
        return None
    label = _label_of(doc[start : colon.i], cues)
    return None if label is None else (label, colon)


def labels_a_line(colon: Token, cues: Cues) -> bool:
    """The colon closes the speaker label a colon line opens with ("Ana Ruiz:
    ..." at the start of a line): ``colon_lines`` reads it."""
    doc = colon.doc
    start = colon.i
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    labelled = _line_label(doc, start, cues)
    return labelled is not None and labelled[1].i == colon.i


QUESTION_WORDS = ("why", "how", "what", "whether")


def _name_on_question(doc: Doc, text: str, cues: Cues) -> list[Found]:
    """'Ana Ruiz on why the ferry must stay': a headline with no verb of its
    own, a name and "on" a question, is what the name says on it, as with
    the colon of "Ana Ruiz on the ferry: ..."."""
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    on = next((t for t in doc if t.lower_ == "on" or t.idx >= line_end), None)
    if on is None or on.lower_ != "on" or not 0 < on.i <= MAX_LABEL_TOKENS or on.i + 1 >= len(doc):
        return []
    if doc[on.i + 1].lower_ not in QUESTION_WORDS or any(t.text == ":" for t in doc[on.i :] if t.idx < line_end):
        return []
    label = doc[0 : on.i]
    if not speaker_label(label, cues):
        return []
    start = doc[on.i + 1].idx
    return [Found(cue_tokens=[on], cue_class="assert", content=[(start, line_content_end(text, start, line_end))],
                  speaker=label.root, construction="colon", speaker_range=(label.start_char, label.end_char))]


SAYING = ("assert", "report")  # 'with a warning: B' says B; 'with a decision: B' does not


def _noun_colons(doc: Doc, text: str, cues: Cues) -> list[Found]:
    """'Their argument: B.', 'The party sent him a message: B.', 'Ruiz came
    out with a warning: B.': a reporting noun right before a colon, owned by
    someone (its possessor, the subject of the verb it is the object of, or
    of the verb a spoken noun comes "with"), introduces what they say.
    Without an owner ('an urgent decision: B') or with a noun that is no
    saying ('won with 60% support: B') the colon lists or explains."""
    found = []
    for colon in doc:
        if colon.text != ":" or colon.i == 0:
            continue
        noun = doc[colon.i - 1]
        if noun.pos_ != "NOUN" or (cue_class := cues.nouns.get(noun.lemma_.lower())) is None:
            continue
        owner = next((t for t in noun.children if t.dep_ == "poss"), None)
        if owner is None and noun.dep_ == "dobj":
            owner = subject_of(noun.head)
        elif owner is None and cue_class in SAYING and noun.dep_ == "pobj" and noun.head.lower_ == "with":
            owner = subject_of(noun.head.head) if noun.head.head.pos_ == "VERB" else None
        if owner is None:
            continue
        end = colon.sent.end_char
        line_end = text.find("\n", colon.idx)
        end = end if line_end < 0 else min(end, line_end)
        start = colon.idx + 1
        while start < end and text[start].isspace():
            start += 1
        end = line_content_end(text, start, end)
        if len(text[start:end].split()) < 2:
            continue
        found.append(Found(cue_tokens=[noun], cue_class=cue_class, content=[(start, end)], speaker=owner, construction="colon"))
    return found


MIN_BLOCK_WORDS = 4


BLOCK_COLON = re.compile(r":[ \t\u00a0]*\n\s*")  # a colon ending its paragraph


def colon_blocks(doc: Doc, text: str, cues: Cues) -> list[Found]:
    """'Ana Ruiz wrote:' closing a paragraph, and the next paragraph set out
    as a block without quotation marks: that paragraph is what she wrote.
    Only a reporting verb with its own subject, the colon right after it
    (or after its "that"): 'He noted the low turnout:' introduces an
    illustration, not words."""
    found = []
    for match in BLOCK_COLON.finditer(text):
        colon = doc.char_span(match.start(), match.start() + 1)
        if colon is None or colon.start < 2:
            continue
        verb = doc[colon.start - 1]
        if verb.lower_ == "that":
            verb = verb.nbor(-1)
        if (cue_class := cues.verb_class(verb)) is None or (speaker := subject_of(verb)) is None:
            continue
        start = match.end()
        if start >= len(text) or not (text[start].isalnum() or text[start] == "\u2026"):
            continue  # a quoted paragraph is a quote's; markup or a list is no block
        lines = _block_lines(text, start)
        if len(text[slice(*lines[0])].split()) < MIN_BLOCK_WORDS:
            continue
        found.append(
            Found(
                cue_tokens=cue_tokens_of(verb),
                cue_class=cue_class,
                content=lines,
                speaker=speaker,
                construction="colon",
            )
        )
    return found


def _block_lines(text: str, start: int) -> list[CharSpan]:
    """The lines of a block from ``start`` to the next blank line: a block
    quote keeps its line breaks, and each line is a piece of the statement."""
    lines = []
    while start < len(text) and not text[start].isspace():
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        lines.append((start, start + len(text[start:end].rstrip())))
        start = end + 1
    return lines


def _topic_line(doc: Doc, start: int, end: int) -> bool:
    """'Ostland and Vorland: A troubled friendship', 'Velden: Ana Ruiz, Tom
    Brevik, ...': with neither a verb nor a quotation mark, the words after
    the colon name a topic or list names; they claim nothing."""
    words = doc.char_span(start, end, alignment_mode="expand") or ()
    return not any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS for t in words)


MAX_CITATION_CHARS = 30  # "[Gallup.]": the source a roundup cites after a quote


def line_content_end(text: str, start: int, end: int) -> int:
    """Where the statement of a colon line ends: before a bracketed citation
    closing the line ("[Gallup.]"), else before its full stop (in headlines
    and transcripts alike) and the semicolon that joins two headlines: none
    of them is part of what was said."""
    end = len(text[:end].rstrip())
    opening = text.rfind("[", start, end)
    if text[end - 1] == "]" and opening > start and end - opening <= MAX_CITATION_CHARS:
        return len(text[:opening].rstrip())
    if text[end - 1] == ";":
        end -= 1
    if text[end - 1] == "." and text[end - 2] not in QUOTE_MARKS:
        end -= 1
    return end


def _label_of(words: Span, cues: Cues) -> Span | None:
    """The speaker in the words before a line's colon: all of them, or the
    name after a tag and a dash ("EXCLUSIVE \u2013 Ana Ruiz:"), or the name
    before a topic ("Ana Ruiz on the Harbour Plan:") or an audience ("Ana
    Ruiz to Fishermen Worried About Quotas:"), the line's first preposition
    ("The one flaw in Ruiz's plans to ..." names no speaker)."""
    topic = next((t for t in words if t.lower_ in TOPIC_WORDS or t.pos_ == "ADP"), None)
    if topic is not None and topic.lower_ in TOPIC_WORDS and words.start < topic.i <= words.start + MAX_LABEL_TOKENS:
        name = words.doc[words.start : topic.i]
        if speaker_label(name, cues):
            return name
    dash = next((t for t in reversed(words) if t.text in BYLINE_DASHES), None)
    if dash is not None and dash.i > words.start and words.end - MAX_LABEL_TOKENS <= dash.i < words.end - 1:
        rest = words.doc[dash.i + 1 : words.end]
        if speaker_label(rest, cues):
            return rest
    if len(words) > MAX_LABEL_TOKENS:
        return None
    if speaker_label(words, cues) or (words.start == 0 and _one_word_title(words, cues)):
        return words
    return None


TOPIC_WORDS = ("on", "about", "to")


def _one_word_title(label: Span, cues: Cues) -> bool:
    """'Poll: Turnout will fall', 'Varnholt: I stay': a headline's single
    capitalised word before a colon names who says it, even when the tagger
    takes it for a common noun; not a label word ("Update:") nor a cry
    ("Wow:") that opens a teaser, not someone's words."""
    word = label[0]
    if len(label) != 1 or word.pos_ == "INTJ":
        return False
    return word.is_alpha and word.text[0].isupper() and word.lower_ not in cues.labels


def speaker_label(label: Span, cues: Cues) -> bool:
    """A name or a body in front of a colon, not a label like "Update" or "The
    Latest" (its article skipped), or a time."""
    first = label[1] if len(label) > 1 and label[0].pos_ == "DET" else label[0]
    if first.lower_ in cues.labels:
        return False
    if any(t.like_num or t.pos_ in ("VERB", "AUX") for t in label):
        return False
    if any(t.text in "\"\u201c\u201d.?!;" for t in label):
        return False
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in label) or (
        label.text.isupper() and len(label.text) > 1
    )
