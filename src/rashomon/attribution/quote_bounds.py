"""The bounds of a statement that holds a quote, once every quote is attached.

``direct.attach_quotes`` ties quotes to statements; the parse, read around
the quote marks, often draws the content a little too wide or too narrow.
:func:`fit_to_quotes` mends each statement in turn: a speaker the parser
found inside the quote, words after or before a quote that are the writer's
(a participle aside, a clause or setting hung on the cue), and words that
belong with the quote (a clause fronted before the cue, the start of the
sentence a quote goes on with, the name a relative clause gives, a colon's
or a quote's tail).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..model import Span as CharSpan
from ..temporal.lexicon import closes_abbreviation
from .content import SUBJECT_DEPS, Found
from .lexicon import Cues
from .quote_cues import SPOKEN_ENDINGS, name_after
from .quotes import QUOTE_MARKS, Quote, Sentences


def fit_to_quotes(doc: Doc, text: str, found: list[Found], quotes: list[Quote], cues: Cues, sentences: Sentences) -> None:
    """Mend, in place, the speaker and content bounds of every statement in ``found``."""
    for item in found:
        _speaker_outside_quote(item, quotes)
        _drop_words_after_quote(text, item, quotes, sentences)
        _drop_clause_before_quote(text, item, quotes)
        _drop_setting_before_cue(text, item, quotes)
        _take_fronted_clause(doc, text, item, found, sentences)
        _take_clause_before(text, item, found, sentences)
        _take_named(text, item)
        _take_lead_words(text, item)
        _take_colon_tail(text, item)
        _take_quote_tail(text, item, quotes)
        _drop_aside_after_quote(doc, text, item, quotes, cues)


def overlaps(a: CharSpan, b: CharSpan) -> bool:
    """The two character spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


# a colon, then words that open no quote, to the line's end
COLON_TAIL = re.compile(r"[ \t]*:[ \t]*[^\s\"'\u201c\u2018]")
SENTENCE_END = re.compile(r"[.!?](?=[ \n\"\u201d]|$)")


def _take_colon_tail(text: str, item: Found) -> None:
    """'agreed on one thing: The pier stays.': what a colon ends the content
    with is spelled out after it, to the end of the sentence (not the full
    stop of an abbreviation: 'Sens. Ana Ruiz')."""
    if not item.content or not item.cue_tokens:
        return
    start, end = item.content[-1]
    if COLON_TAIL.match(text, end) is None:
        return
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    stop = next((m.start() for m in SENTENCE_END.finditer(text, end, line_end) if not closes_abbreviation(text, m.start())), line_end)
    if text[stop : stop + 1] != "?":  # a question asked after it stands alone
        item.content[-1] = (start, len(text[:stop].rstrip()))


# words that go on with a sentence past a quote closed mid-phrase
QUOTE_TAIL = re.compile(r"[ \t]+(?:because|of|to|during|without)\b")


def _take_quote_tail(text: str, item: Found, quotes: list[Quote]) -> None:
    """'called the plan "a blunder" because it came late': a content that
    ends on a quote closed mid-phrase (no punctuation inside its closing
    mark) goes on with what the sentence says after it."""
    if not item.content or not item.cue_tokens:
        return
    start, end = item.content[-1]
    if not any(q.closed and q.end == end for q in quotes) or not text[end - 2 : end - 1].isalnum():
        return
    if QUOTE_TAIL.match(text, end) is None:
        return
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    stop = next((m.start() for m in SENTENCE_END.finditer(text, end, line_end) if not closes_abbreviation(text, m.start())), None)
    if stop is None or any(ch in text[end:stop] for ch in QUOTE_MARKS):
        return
    # up to a comma, semicolon or dash, where the sentence moves on ("..., and that ...")
    stop = next((k for k in range(end, stop) if text[k] in ",;\u2014\u2013" or text.startswith(" - ", k)), stop)
    item.content[-1] = (start, stop)


# a word opening the writer's aside after a quote ('"a scandal," pointing to ...', '"a scandal," which ...')
ASIDE_OPENERS = ("VBG", "WDT", "WP")
PARTICIPLES = ("VBG", "VBN")  # after a subordinator: '"a scandal," when asked about ...'


def _drop_aside_after_quote(doc: Doc, text: str, item: Found, quotes: list[Quote], cues: Cues) -> None:
    """'called the toll "a scandal," pointing to the fares', '... "a scandal,"
    which it was not', '... "a scandal," when asked about the fares': after
    a quote closed with a comma inside its marks, a participle, a relative
    clause or a subordinator with a participle is the writer's aside, not the
    content (a reporting participle is the speaker's next statement, split off
    later)."""
    if not item.content or not item.cue_tokens:
        return
    start, end = item.content[-1]
    quote = next(
        (q for q in quotes if q.closed and start <= q.start and q.end < end and text[q.end - 2 : q.end - 1] == ","),
        None,
    )
    if quote is None or quote.start < item.cue_tokens[-1].idx or any(ch in text[quote.end : end] for ch in QUOTE_MARKS):
        return
    tail = doc.char_span(quote.end, end, alignment_mode="contract")
    if tail is None or not len(tail):
        return
    if (tail[0].tag_ in ASIDE_OPENERS and cues.verb_class(tail[0]) is None) or (
        len(tail) > 1 and tail[0].pos_ == "SCONJ" and tail[1].tag_ in PARTICIPLES
    ):
        item.content[-1] = (start, quote.end)


MAX_LEAD_CHARS = 80


def _take_lead_words(text: str, item: Found) -> None:
    """'pledging to "bomb them all,"', 'called the pier "a disgrace."': a quote
    that goes on with the cue's own clause (it opens in lower case) takes the
    words between the cue and it; not a setting ('said repeatedly "..."')."""
    if len(item.content) != 1 or not item.cue_tokens or text[item.content[0][0]] not in QUOTE_MARKS:
        return
    start, end = item.content[0]
    if not text[start:end].lstrip(QUOTE_MARKS + " ")[:1].islower():
        return
    cue = item.cue_tokens[-1]
    between = text[cue.idx + len(cue.text) : start]
    if not between.strip() or len(between) > MAX_LEAD_CHARS or any(ch in between for ch in ",:;.!?\n\u2014\u2013"):
        return
    first = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    if first is None or first.idx >= start or first.pos_ in ("ADP", "ADV", "PUNCT"):
        return
    item.content = [(first.idx, end)]


RELATIVE_WORDS = ("what", "which", "who", "whom", "that")


def _take_named(text: str, item: Found) -> None:
    """'what Ana Ruiz called "a gift"', 'the videos she calls "Harbour TV"',
    'which lenders considered too risky': a name given to the object of a
    relative clause goes with what it names (PolNeAR keeps the relative word,
    or for a quote the noun when there is none)."""
    if len(item.content) != 1 or not item.cue_tokens:
        return
    verb = item.cue_tokens[0]
    start, end = item.content[0]
    named = [c for c in verb.rights if c.dep_ == "oprd" and start <= c.idx < end]
    if not named or verb.idx > start:
        return
    quoted = text[start] in QUOTE_MARKS
    # the clause's object, not its subject ('who called it fair'); before a
    # quote the parser often takes it for the subject ('who she called "a gift"')
    pronoun = next(
        (
            c
            for c in verb.lefts
            if c.tag_ in ("WP", "WDT") and c.lower_ in RELATIVE_WORDS and (quoted or c.dep_ not in SUBJECT_DEPS)
        ),
        None,
    )
    if pronoun is not None:
        item.content = [(pronoun.idx, end)]
    elif quoted and verb.dep_ in ("relcl", "acl") and not any(c.dep_ == "dobj" for c in verb.children):
        first = next(t for t in verb.head.subtree if not t.is_punct)
        item.content = [(first.idx, end)]


MAX_INVERSION_CHARS = 40  # '"...," said a spokesman for the campaign'


def quote_before_cue(
    text: str, quote: Quote, sent: Span, cue: CharSpan | None, after: list[CharSpan], quotes: list[Quote]
) -> bool:
    """'"We stay," she told them.': a quote opening its sentence, spoken
    before the cue, is what was said; the words the parser found after the
    cue (``after``: an addressee, a setting) are not."""
    if cue is None or quote.end > cue[0] or len(text[quote.end : cue[0]]) > MAX_INVERSION_CHARS:
        return False
    opening = max(sent.start_char, text.rfind("\n", 0, quote.start) + 1)  # the parser may join paragraphs
    if any(ch.isalnum() for ch in text[opening : quote.start]):
        return False  # a title: 'On "Face the Nation," she said ...'
    if not text[quote.start : quote.end].rstrip(QUOTE_MARKS).rstrip().endswith(SPOKEN_ENDINGS):
        return False
    return all(part[0] >= cue[1] and not any(overlaps(q.span, part) for q in quotes) for part in after)


def _drop_words_after_quote(text: str, item: Found, quotes: list[Quote], sentences: Sentences) -> None:
    """'"We stay," she said, smiling at them.': a quote that reached the
    content through the cue's clause keeps only itself when it was spoken
    before the cue."""
    first, after = item.content[0], item.content[1:]
    quote = next((q for q in quotes if q.span == first), None) if after else None
    if quote is None:
        return
    sent = sentences.at_char(first[0])
    if sent is not None and quote_before_cue(text, quote, sent, item.cue_span, after, quotes):
        item.content = [first]


QUOTE_BREAKS = (":", "-", "\u2013", "\u2014", "(")


def _drop_clause_before_quote(text: str, item: Found, quotes: list[Quote]) -> None:
    """'She doubted the plan - "We need the details," she said - and ...':
    the parser may hang the clause before a quote on the cue after it; a
    quote set off by a colon, a dash or a bracket and spoken before its cue
    is what was said, the clause before it is the writer's."""
    cue = item.cue_span
    start = item.content[0][0]
    if cue is None or text[start] in QUOTE_MARKS:
        return
    inside = [q for q in quotes if start < q.start and q.end <= cue[0] and any(overlaps(q.span, p) for p in item.content)]
    quote = inside[-1] if inside else None
    if quote is None or len(text[quote.end : cue[0]]) > MAX_INVERSION_CHARS:
        return
    if not text[quote.start : quote.end].rstrip(QUOTE_MARKS).rstrip().endswith(SPOKEN_ENDINGS):
        return
    if not text[start : quote.start].rstrip().endswith(QUOTE_BREAKS):
        return
    item.content = [quote.span] + [part for part in item.content[1:] if part[0] >= quote.end]


MAX_INTRO_CHARS = 60  # 'Ana Ruiz said in the debate,' between the cue and its quote
COMPLEMENTIZERS = ("that", "if", "whether")


def _drop_setting_before_cue(text: str, item: Found, quotes: list[Quote]) -> None:
    """'After reading the letter, Ana Ruiz said, "It is clear."', 'On Monday,
    Ana Ruiz said that it was clear': words the parser hung before the cue
    are the setting of what follows it when that is a quote opening its own
    sentence after a comma or colon, or a clause the cue runs straight into
    (not one after a cue set between commas: 'It is clear, she said, that ...')."""
    cue = item.cue_span
    if cue is None or len(item.content) < 2:
        return
    before = [part for part in item.content if part[1] <= cue[0]]
    after = item.content[len(before) :]
    if not before or not after or after[0][0] < cue[1]:
        return
    intro = text[cue[1] : after[0][0]].rstrip()
    words = text[after[0][0] : after[0][1]].split()
    # not past a full stop: 'she said. That makes it "..."' opens a sentence with "That"
    if words and words[0].lower() in COMPLEMENTIZERS and "," not in intro and not intro.endswith((".", "!", "?")):
        item.content = after
        return
    if text[after[0][0]] not in QUOTE_MARKS or not text[after[0][0] : after[0][1]].lstrip(QUOTE_MARKS + " ")[:1].isupper():
        return
    if len(intro) > MAX_INTRO_CHARS or not intro.endswith((",", ":")) or any(ch in intro for ch in ".\n"):
        return
    if any(overlaps(q.span, part) for q in quotes for part in before):
        return
    item.content = after


MAX_ASIDE_WORDS = 6  # "the New Jersey governor told reporters,"


def _take_fronted_clause(doc: Doc, text: str, item: Found, found: list[Found], sentences: Sentences) -> None:
    """'If the bridge closes, she said, "the town will be cut off."': a quote
    that goes on with the sentence (it opens in lower case) after a cue set
    between commas; the words before the cue are part of what was said."""
    first = item.content[0]
    if item.speaker is None or not item.cue_tokens or text[first[0]] not in QUOTE_MARKS:
        return
    opening = text[first[0] : first[1]].lstrip(QUOTE_MARKS + " ")
    if not opening[:1].islower():
        return
    aside = min(item.speaker.left_edge.idx, item.cue_tokens[0].idx)
    between = text[aside : first[0]].rstrip()
    if item.cue_tokens[-1].idx > first[0] or not between.endswith(",") or len(between.split()) > MAX_ASIDE_WORDS:
        return
    sent = sentences.of(item.cue_tokens[0])
    start = sent.start_char
    while start < aside and not text[start].isalnum():
        start += 1
    front = text[start:aside].rstrip()
    if not front.endswith(",") or len(front.split()) < 2 or "\n" in front:
        return
    span = (start, start + len(front) - 1)
    if any(other is not item and any(overlaps(span, part) for part in other.content) for other in found):
        return
    item.content = [span] + item.content


# a quote right after these words is a phrase of the sentence, not its predicate
PHRASE_OPENERS = ("ADP", "DET", "SCONJ", "PART", "VERB")


def _take_clause_before(text: str, item: Found, found: list[Found], sentences: Sentences) -> None:
    """'The new bridge "was never needed," she said.': a quote (or its first
    piece) that goes on with its sentence (it opens in lower case) before a
    cue that follows it;
    the start of the sentence is part of what was said (not when the quote
    is only the object of a word before it: 'because of "bad faith"')."""
    if not item.cue_tokens or text[item.content[0][0]] not in QUOTE_MARKS:
        return
    start, end = item.content[0]
    if item.cue_tokens[0].idx < end or not text[start:end].lstrip(QUOTE_MARKS + " ")[:1].islower():
        return
    sent = sentences.at_char(start)
    if sent is None or sent.start_char >= start:
        return
    front = sent.start_char
    while front < start and not text[front].isalnum():
        front += 1
    if front >= start or any(ch in text[front:start] for ch in QUOTE_MARKS + ":\n"):
        return
    before = sentences.doc.char_span(front, start, alignment_mode="contract")
    if before is None or not len(before) or before[-1].pos_ in PHRASE_OPENERS:
        return
    span = (front, start)
    if any(other is not item and any(overlaps(span, part) for part in other.content) for other in found):
        return
    item.content = [(front, end)] + item.content[1:]


def _speaker_outside_quote(item: Found, quotes: list[Quote]) -> None:
    """'"You hear that a lot," said Dan Kilby': the parser may take a noun
    inside the quote for the cue's subject; the speaker is then another
    subject of the cue outside the quote, or the name right after the cue."""
    speaker = item.speaker
    if speaker is None or not item.cue_tokens:
        return
    inside = [q for q in quotes if q.start <= speaker.idx < q.end and any(overlaps(q.span, part) for part in item.content)]
    if not inside:
        return
    verb = item.cue_tokens[0]
    others = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not any(q.start <= c.idx < q.end for q in quotes)]
    if others:
        item.speaker, item.speaker_range = others[0], None
    elif (named := name_after(verb)) is not None and not any(q.start <= named[0].idx < q.end for q in quotes):
        item.speaker, item.speaker_range = named
