"""Direct speech: tie quoted passages to the cues and speakers around them.

A cue-anchored statement whose content reaches into a quote takes the whole
quote (marks included). A quote no statement covers is attached, in order of
preference, to a statement whose cue sits in the same sentence ("A," he said,
"B."), or just before it after a colon; to a reporting verb in its sentence
whose clause the parser did not link; to any verb with its own subject
right before the comma or colon that opens it ('Ben Olt shot back, "B."');
to any verb right after it ("A," she
beamed) or before a colon that opens it; or, when the quote stands as its own
sentence with no verb of saying, to the last speaker quoted nearby.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..model import Span as CharSpan
from .content import SUBJECT_DEPS, Found, word_list
from .subjects import cue_tokens_of, participle_speaker, subject_of
from .lexicon import NON_SPEECH_CLASSES, Cues
from .quotes import Quote

QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u2039\u203a"
MIN_QUOTE_WORDS = 4  # shorter quotes are mostly titles and scare quotes
MANNER_POS = ("ADV", "ADP", "PRON", "PART")  # words between a verb of speech and its colon
MAX_MANNER_WORDS = 4
CONTINUATION_CHARS = 1200  # how far back a verbless quote looks for its speaker


def _overlaps(a: CharSpan, b: CharSpan) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _merge(spans: list[CharSpan]) -> list[CharSpan]:
    merged: list[CharSpan] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _extend_over_quotes(item: Found, quotes: list[Quote]) -> list[Quote]:
    """Grow the content over quotes it reaches into; return the quotes used."""
    cue = item.cue_span
    used = []
    parts = list(item.content)
    for quote in quotes:
        if cue and _overlaps(quote.span, cue):
            continue
        if any(_overlaps(quote.span, part) for part in parts):
            used.append(quote)
            parts.append(quote.span)
    if used:
        item.content = _merge(parts)
    return used


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


def _words(doc: Doc, quote: Quote) -> int:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return sum(1 for t in span if not t.is_punct) if span is not None else 0


def _intro_before(text: str, quote: Quote, item: Found) -> bool:
    """The cue ends its sentence with a colon or comma right before the quote."""
    cue = item.cue_span
    if cue is None or cue[1] > quote.start:
        return False
    between = text[cue[1] : quote.start]
    if len(between) > 200 or "\n\n" in between.strip():
        return False
    stripped = between.strip()
    return stripped.endswith(":") or (stripped.endswith(",") and len(stripped) < 40)


def _in_speaker(quote: Quote, item: Found) -> bool:
    """'Ana Ruiz, the star of "Harbour Nights," said ...': a quote after the
    speaker's noun, inside its phrase, is a title that names them, not what
    they said."""
    speaker = item.speaker
    if speaker is None:
        return False
    right = speaker.right_edge
    return speaker.idx < quote.start and quote.end <= right.idx + len(right.text)


def _verb_in_sentence(text: str, sent: Span, quote: Quote, cues: Cues) -> Token | None:
    """The reporting verb with a subject nearest the quote, outside it: in its
    paragraph, or in the one before when that ends with a colon (the parser
    sometimes runs a sentence on into the next paragraph)."""
    best = None
    introduced = text[: quote.start].rstrip().endswith(":")
    for token in sent:
        if quote.start <= token.idx < quote.end or token.pos_ not in ("VERB", "AUX"):
            continue
        if "\n" in text[min(token.idx, quote.end) : max(token.idx, quote.start)] and not (introduced and token.idx < quote.start):
            continue
        if cues.verb_class(token) is not None and subject_of(token) is not None:
            distance = min(abs(token.idx - quote.start), abs(token.idx - quote.end))
            if best is None or distance < best[0]:
                best = (distance, token)
    return best[1] if best else None


def _stands_alone(doc: Doc, quote: Quote, sentences: Sentences) -> bool:
    """The quote is its own sentence(s): nothing but punctuation outside it in
    its paragraph (the parser may run its sentence on into the next one)."""
    first = sentences.at_char(quote.start)
    last = sentences.at_char(quote.end - 1, backwards=True)
    if first is None or last is None:
        return False
    text = sentences.text
    outside = [
        t
        for t in doc[first.start : last.end]
        if not (quote.start <= t.idx < quote.end) and not t.is_punct and not t.is_space
        and "\n" not in text[min(t.idx, quote.end) : max(t.idx, quote.start)]
    ]
    return not outside


def attach_quotes(doc: Doc, text: str, found: list[Found], quotes: list[Quote], cues: Cues) -> list[Found]:
    covered: set[Quote] = set()
    for item in found:
        covered.update(_extend_over_quotes(item, quotes))
    result = _split_at_second_cues(doc, text, found, quotes, cues)
    sentences = Sentences(doc, text)
    by_sentence: dict[int, list[Found]] = {}
    for item in result:
        if item.cue_tokens:
            by_sentence.setdefault(sentences.of(item.cue_tokens[0]).start, []).append(item)

    for quote in quotes:
        if quote in covered:
            continue
        sent = sentences.at_char(quote.start)
        if sent is None:
            continue
        host = _continued(quote, result, quotes, sentences)
        if host is not None and (after := _verb_after(doc, text, quote, cues)) is not None:
            # '"A," read one. "B," read another.': the quote has its own cue
            result.append(after)
            by_sentence.setdefault(sent.start, []).append(after)
            continue
        byline = None if host else _dash_byline(doc, text, quote, cues)
        said = None if host or byline else _said_as_object(doc, text, quote, cues)
        if said is not None:
            result.append(said)
            by_sentence.setdefault(sent.start, []).append(said)
            continue
        if host is None and byline is None and _words(doc, quote) < MIN_QUOTE_WORDS and not _said_beside(doc, text, quote, cues):
            continue  # short quotes only continue a statement; alone they are mostly titles
        own_verb = _verb_in_sentence(text, sent, quote, cues)
        opening = None if host else _verb_opening(doc, text, quote)
        if opening is not None and (own_verb is None or own_verb.i < opening[0].i):
            if not any(opening[0] in item.cue_tokens for item in by_sentence.get(sent.start, [])):
                item = _any_verb_quote(opening[0], quote, cues, opening[1])
                result.append(item)
                by_sentence.setdefault(sent.start, []).append(item)
                continue
        if host is None and (host := _host(text, quote, sent, by_sentence, result, own_verb)) is not None:
            if _quote_before_cue(text, quote, sent, host.cue_span, host.content, quotes):
                host.content = [quote.span]
                continue
        if host is not None and (verb := _second_cue(doc, text, host, host.content[-1][1], quote.start, cues)) is not None:
            second = _statement_of(verb, host, [quote.span], cues)
            result.append(second)
            by_sentence.setdefault(sent.start, []).append(second)
            continue
        if host is not None:
            if not _in_speaker(quote, host):
                host.content = _merge(host.content + [quote.span])
            continue
        # '"Why now? Why today?" he asked.': the cue follows the quote's last sentence
        last = sentences.at_char(quote.end, backwards=False)
        if last is not None and "\n" in text[quote.end : last.start_char]:
            last = None  # a cue in the next paragraph belongs to that paragraph
        verb = own_verb or (
            _verb_in_sentence(text, last, quote, cues) if last is not None and last.start != sent.start else None
        )
        if byline is not None:
            item = byline
        elif (named := _named_before_colon(doc, text, quote, cues)) is not None:
            item = named
        elif verb is not None:
            item = Found(
                cue_tokens=cue_tokens_of(verb),
                cue_class=cues.verb_class(verb) or "assert",
                content=[quote.span],
                speaker=subject_of(verb),
                construction="quote",
            )
        elif (after := _verb_after(doc, text, quote, cues) or _verb_before_colon(doc, text, quote, cues, sentences)) is not None:
            item = after
        elif _stands_alone(doc, quote, sentences) and (alone := _continuation(doc, quote, result)) is not None:
            previous = _last_speaker_before(result, quote.start)
            if previous is not None and previous.speaker is alone.speaker and _paragraph_after(text, previous, quote) and (
                _quoted_end(previous, quotes) or _next_sentence(previous, quote, sentences)
            ):
                # the speaker's quote goes on in the next paragraph: one statement
                previous.content = _merge(previous.content + [quote.span])
                continue
            item = alone
        else:
            continue
        result.append(item)
        by_sentence.setdefault(sent.start, []).append(item)
    for item in result:
        _speaker_outside_quote(item, quotes)
        _drop_words_after_quote(text, item, quotes, sentences)
        _drop_clause_before_quote(text, item, quotes)
        _drop_setting_before_cue(text, item, quotes)
        _take_fronted_clause(doc, text, item, result, sentences)
        _take_clause_before(text, item, result, sentences)
        _take_named(text, item)
        _take_lead_words(text, item)
        _take_colon_tail(text, item)
    return result


# a colon, then words that open no quote, up to the sentence's closing mark or the line's end
COLON_TAIL = re.compile(r"[ \t]*:[ \t]*([^\s\"'\u201c\u2018][^\n]*?)(?=[.!?](?:[ \n\"\u201d]|$)|$)", re.M)


def _take_colon_tail(text: str, item: Found) -> None:
    """'agreed on one thing: The pier stays.': what a colon ends the content
    with is spelled out after it, to the end of the sentence."""
    if not item.content or not item.cue_tokens:
        return
    start, end = item.content[-1]
    tail = COLON_TAIL.match(text, end)
    if tail is not None and text[tail.end(1) : tail.end(1) + 1] != "?":  # a question asked after it stands alone
        item.content[-1] = (start, tail.end(1))


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


def _quote_before_cue(
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
    return all(part[0] >= cue[1] and not any(_overlaps(q.span, part) for q in quotes) for part in after)


def _drop_words_after_quote(text: str, item: Found, quotes: list[Quote], sentences: Sentences) -> None:
    """'"We stay," she said, smiling at them.': a quote that reached the
    content through the cue's clause keeps only itself when it was spoken
    before the cue."""
    first, after = item.content[0], item.content[1:]
    quote = next((q for q in quotes if q.span == first), None) if after else None
    if quote is None:
        return
    sent = sentences.at_char(first[0])
    if sent is not None and _quote_before_cue(text, quote, sent, item.cue_span, after, quotes):
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
    inside = [q for q in quotes if start < q.start and q.end <= cue[0] and any(_overlaps(q.span, p) for p in item.content)]
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
    if words and words[0].lower() in COMPLEMENTIZERS and "," not in intro:
        item.content = after
        return
    if text[after[0][0]] not in QUOTE_MARKS or not text[after[0][0] : after[0][1]].lstrip(QUOTE_MARKS + " ")[:1].isupper():
        return
    if len(intro) > MAX_INTRO_CHARS or not intro.endswith((",", ":")) or any(ch in intro for ch in ".\n"):
        return
    if any(_overlaps(q.span, part) for q in quotes for part in before):
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
    if any(other is not item and any(_overlaps(span, part) for part in other.content) for other in found):
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
    if any(other is not item and any(_overlaps(span, part) for part in other.content) for other in found):
        return
    item.content = [(front, end)] + item.content[1:]


SPOKEN_ENDINGS = (",", "!", "?")
NOUN_PHRASE = ("PROPN", "NOUN", "DET", "ADJ", "NUM")


def _verb_after(doc: Doc, text: str, quote: Quote, cues: Cues) -> Found | None:
    """'"We stay," Ana Ruiz beamed.' or '"We stay," said Ana Ruiz, angered ...':
    a quote ending with a comma, "!" or "?" and followed by a verb within a
    few words is spoken, whatever the verb, by its subject or by the name
    right after it (the parser often misses the inverted subject)."""
    inner = text[quote.start : quote.end].rstrip(QUOTE_MARKS).rstrip()
    after = doc.char_span(quote.end, min(len(text), quote.end + 40), alignment_mode="contract")
    if not inner.endswith(SPOKEN_ENDINGS) or after is None:
        return None
    for token in list(after)[:4]:
        if "\n" in token.text:
            return None
        if _misread_verb(token, cues):
            return _any_verb_quote(token, quote, cues, *_name_before(token))
        if token.pos_ != "VERB":
            continue
        speaker, speaker_range = subject_of(token), None
        if speaker is None or quote.start <= speaker.idx < quote.end:
            named = _name_after(token)
            if named is None:
                return None
            speaker, speaker_range = named
        return _any_verb_quote(token, quote, cues, speaker, speaker_range)
    return None


def _misread_verb(token: Token, cues: Cues) -> bool:
    """'"...," Ana Ruiz notes.': a reporting verb in -s that ends the sentence
    right after a name, which the parser takes for a plural noun."""
    doc = token.doc
    return (
        token.tag_ == "NNS"
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text in (".", "!")
        and token.i > 0
        and doc[token.i - 1].pos_ == "PROPN"
        and cues.verb_class(token) is not None
    )


def _name_before(verb: Token) -> tuple[Token, CharSpan]:
    """The name right before a verb ('Ana Ruiz notes'): its last word and its extent."""
    name = first = verb.doc[verb.i - 1]
    while first.i > 0 and first.nbor(-1).pos_ == "PROPN":
        first = first.nbor(-1)
    return name, (first.idx, name.idx + len(name))


def _name_after(verb: Token) -> tuple[Token, CharSpan] | None:
    """The noun phrase right after an inverted verb ('said Ana Ruiz'): its
    last noun and its extent."""
    phrase = []
    for word in verb.doc[verb.i + 1 : verb.i + 1 + MAX_LABEL_TOKENS]:
        if word.pos_ not in NOUN_PHRASE:
            break
        phrase.append(word)
    nouns = [w for w in phrase if w.pos_ in ("PROPN", "NOUN")]
    if not nouns:
        return _one_after(verb)
    return nouns[-1], (phrase[0].idx, nouns[-1].idx + len(nouns[-1]))


# '"The pier leaks," read one [of the signs].': a pronoun standing for one
# of the speakers just named
SPEAKER_PRONOUNS = ("one", "another")


def _one_after(verb: Token) -> tuple[Token, CharSpan] | None:
    """'read one.', 'tweeted another.': the pronoun alone right after the verb."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ not in SPEAKER_PRONOUNS:
        return None
    word = doc[verb.i + 1]
    if word.i + 1 < len(doc) and not doc[word.i + 1].is_punct:
        return None  # 'read one sign', 'said one voter': the noun names the speaker
    return word, (word.idx, word.idx + len(word))


def _speaker_outside_quote(item: Found, quotes: list[Quote]) -> None:
    """'"You hear that a lot," said Dan Kilby': the parser may take a noun
    inside the quote for the cue's subject; the speaker is then another
    subject of the cue outside the quote, or the name right after the cue."""
    speaker = item.speaker
    if speaker is None or not item.cue_tokens:
        return
    inside = [q for q in quotes if q.start <= speaker.idx < q.end and any(_overlaps(q.span, part) for part in item.content)]
    if not inside:
        return
    verb = item.cue_tokens[0]
    others = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not any(q.start <= c.idx < q.end for q in quotes)]
    if others:
        item.speaker, item.speaker_range = others[0], None
    elif (named := _name_after(verb)) is not None and not any(q.start <= named[0].idx < q.end for q in quotes):
        item.speaker, item.speaker_range = named


def _any_verb_quote(verb: Token, quote: Quote, cues: Cues, speaker: Token, speaker_range: CharSpan | None = None) -> Found:
    """The quote spoken through a verb that need not be in the lexicon
    (an unknown verb asserts)."""
    return Found(
        cue_tokens=cue_tokens_of(verb),
        cue_class=cues.verb_class(verb) or "assert",
        content=[quote.span],
        speaker=speaker,
        construction="quote",
        speaker_range=speaker_range,
    )


def _said_beside(doc: Doc, text: str, quote: Quote, cues: Cues) -> bool:
    """A short quote that is spoken, not a title: it ends with a comma, "!"
    or "?" inside its marks and a verb follows within a few words ('"Out,
    now!" she shouted.', '"Oh, my word," a woman gasped.'), unless a word or
    comma comes right before a quote that is no exclamation or question (a
    title: 'On "Noon Talk," Ana Ruiz said ...'); or a verb and a colon or comma come right before it
    ('She shouted: "Out!"'), or the verb alone before an outcry ('a man
    yelled "Stay there!"')."""
    inner = text[quote.start : quote.end].rstrip(QUOTE_MARKS).rstrip()
    after = doc.char_span(quote.end, min(len(text), quote.end + 40), alignment_mode="contract")
    prior = text[: quote.start].rstrip(" \t\u00a0")
    titled = bool(prior) and (prior[-1].isalnum() or prior[-1] == ",") and not inner.rstrip(",").endswith(("!", "?"))
    if not titled and inner.endswith(SPOKEN_ENDINGS) and after is not None:
        for token in list(after)[:4]:
            if "\n" in token.text:
                break
            if token.pos_ == "VERB" or (token.pos_ == "AUX" and cues.verb_class(token) is not None):
                return True
    before = text[max(0, quote.start - 30) : quote.start].rstrip()
    if inner.endswith(("!", "?")) and before[-1:].isalpha():
        span = doc.char_span(max(0, quote.start - 30), quote.start, alignment_mode="contract")
        words = [t for t in span or [] if not t.is_space]
        return bool(words) and words[-1].pos_ == "VERB" and cues.verb_class(words[-1]) is not None
    if before.endswith((",", ":")):
        span = doc.char_span(max(0, quote.start - 30), quote.start, alignment_mode="contract")
        words = [t for t in span or [] if not t.is_punct and not t.is_space]
        return bool(words) and words[-1].pos_ == "VERB" and cues.verb_class(words[-1]) is not None
    return False


def _manner_word(token: Token) -> bool:
    """An adverb, preposition or its pronoun between a verb of speech and its
    colon ('back at him'); not the verb's object, which has a statement of its own."""
    return token.pos_ in MANNER_POS and token.dep_ not in ("dobj", "dative")


def _noun_misread(verb: Token) -> bool:
    """'the reality show "Cake Wars"': a "verb" with a compound noun right
    before it is a noun the parser misread; its quote is a title."""
    return verb.i > 0 and verb.nbor(-1).dep_ == "compound" and verb.nbor(-1).head == verb


def _said_as_object(doc: Doc, text: str, quote: Quote, cues: Cues) -> Found | None:
    """'She ended by saying "Too many."', 'Why not just say: "They stay"?':
    a quote right after a verb of speech, as its object or after a colon,
    or after a colon or comma with only manner words between ('replied
    calmly: "No."'), is what the verb says, however short. Not after a naming
    verb ('a show called "Tides"'), an addressee verb ('told "Noon Talk"'), a
    participle used as an adjective ('self-described "rebels"', 'so-called
    "rebels"') or a misread noun ('the reality show "Cake Wars"')."""
    at = len(text[: quote.start].rstrip(" \t\u00a0"))
    mark = text[at - 1] if at else ""
    if mark in (":", ","):
        at = len(text[: at - 1].rstrip(" \t\u00a0"))
    span = doc.char_span(max(0, at - 60), at, alignment_mode="contract")
    words = [t for t in span or [] if not t.is_space]
    if not words or words[-1].idx + len(words[-1]) != at:
        return None
    gap = 0
    if mark in (":", ","):
        # 'responds enthusiastically: "Okay!"', 'chanted back at him, "Go home"'
        while gap < MAX_MANNER_WORDS and gap + 1 < len(words) and _manner_word(words[-1 - gap]):
            gap += 1
        if mark == "," and not gap:
            return None  # a verb right before the comma: the usual paths take it
    verb = words[-1 - gap]
    lemma = verb.lemma_.lower()
    cue_class = cues.verb_class(verb)
    if (
        verb.pos_ != "VERB"
        or cue_class is None
        or cue_class in NON_SPEECH_CLASSES
        or verb.dep_ == "amod"
        or (verb.i > 0 and verb.nbor(-1).text == "-")
        or _noun_misread(verb)
        or lemma in cues.addressee_verbs
        or lemma in word_list("naming_verbs.txt")
    ):
        return None
    speaker = subject_of(verb)
    speaker_range = None
    if speaker is None:
        speaker, speaker_range = participle_speaker(verb, cues)
    return Found(
        cue_tokens=cue_tokens_of(verb),
        cue_class=cue_class,
        content=[quote.span],
        speaker=speaker,
        construction="quote",
        speaker_range=speaker_range,
    )


def _verb_opening(doc: Doc, text: str, quote: Quote) -> tuple[Token, Token] | None:
    """'After Ana Ruiz praised the pier, Ben Olt shot back, "It leaks."': the
    verb right before the comma or colon that opens a quote spoken as a
    sentence (capitalised) is its cue, whatever the verb, when it has a
    subject of its own; an earlier cue in the sentence is not (not a
    relative clause's verb: 'apologized for what happened: "..."'). Returns
    the verb and its subject."""
    at = len(text[: quote.start].rstrip(" \t\u00a0"))
    if at == 0 or text[at - 1] not in ",:" or not text[quote.start : quote.end].lstrip(QUOTE_MARKS + " ")[:1].isupper():
        return None
    span = doc.char_span(max(0, at - 40), at - 1, alignment_mode="contract")
    words = [t for t in span or [] if not t.is_punct and not t.is_space]
    if not words or "\n" in text[words[-1].idx : quote.start]:
        return None
    last = words[-1]
    verb = last
    if last.dep_ in ("prt", "advmod") and last.head.i == last.i - 1:
        verb = last.head  # 'shot back'
    subject = subject_of(verb) if verb.pos_ == "VERB" else None
    if subject is None or subject.tag_ in ("WP", "WDT"):
        return None
    return verb, subject


def _verb_before_colon(doc: Doc, text: str, quote: Quote, cues: Cues, sentences: Sentences) -> Found | None:
    """'As Ana Ruiz put it: "..."', 'She went on: "..."': a colon opening the
    quote, after a verb and its subject, whatever the verb."""
    at = len(text[: quote.start].rstrip())
    if at == 0 or text[at - 1] != ":":
        return None
    colon = doc.char_span(at - 1, at, alignment_mode="expand")
    if colon is None or colon.start == 0:
        return None
    sent = sentences.of(colon[0])
    for token in reversed(doc[sent.start : colon.start]):
        if token.pos_ == "VERB" and (speaker := subject_of(token)) is not None:
            return _any_verb_quote(token, quote, cues, speaker)
    return None


def _named_before_colon(doc: Doc, text: str, quote: Quote, cues: Cues) -> Found | None:
    """'... pollster Ana Ruiz: "Turnout will fall."' or 'From the report: "..."':
    a name, or a body or document, right before a colon that opens the quote."""
    at = quote.start
    while at > 0 and text[at - 1] in " \t\u00a0":
        at -= 1
    if at == 0 or text[at - 1] != ":":
        return None
    colon = doc.char_span(at - 1, at, alignment_mode="expand")
    if colon is None or colon.start == 0:
        return None
    last = doc[colon.start - 1]
    if last.ent_type_ in ("PERSON", "ORG"):
        ents = [e for e in doc.ents if e.start <= last.i < e.end]
        start, end = ents[0].start_char, ents[0].end_char
    elif last.pos_ == "NOUN" and last.lemma_.lower() in cues.organizations:
        start, end = doc[last.left_edge.i].idx, last.idx + len(last.text)
    else:
        return None
    return Found(
        cue_tokens=list(colon),
        cue_class="assert",
        content=[quote.span],
        speaker=last,
        construction="colon",
        speaker_range=(start, end),
    )


BYLINE_DASHES = "\u2015\u2014\u2013-"


def _dash_byline(doc: Doc, text: str, quote: Quote, cues: Cues) -> Found | None:
    """'"We stay." \u2015 Ana Ruiz': a quote signed with a dash and a name."""
    at = quote.end
    while at < len(text) and text[at] in " \t\u00a0":
        at += 1
    if at >= len(text) or text[at] not in BYLINE_DASHES:
        return None
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    name = doc.char_span(at + 1, len(text[:line_end].rstrip(" .\u00a0")), alignment_mode="contract")
    dash = doc.char_span(at, at + 1, alignment_mode="expand")
    if name is None or not len(name) or len(name) > MAX_LABEL_TOKENS or dash is None or not _speaker_label(name, cues):
        return None
    return Found(
        cue_tokens=list(dash),
        cue_class="assert",
        content=[quote.span],
        speaker=name.root,
        construction="quote",
        speaker_range=(name.start_char, name.end_char),
    )


def _continued(quote: Quote, found: list[Found], quotes: list[Quote], sentences: Sentences) -> Found | None:
    """A direct statement this quote goes on with: '"A," she said. "B."' is one
    statement in two pieces (nothing but the cue's sentence lies between, even
    when it adds a clause: '"A," she said, adding that B. "C."' joins C to A,
    as PolNeAR mostly does)."""
    for item in found:
        if item.speaker is None or not item.cue_tokens:
            continue
        last = item.content[-1]
        if not any(q.span == last for q in quotes):
            continue
        tail = max(last[1], sentences.of(item.cue_tokens[-1]).end_char)
        if quote.start < tail and not sentences.text[quote.start : tail].strip(QUOTE_MARKS + " "):
            tail = quote.start  # the parser gave the quote's opening mark to the cue's sentence
        between = sentences.text[tail : quote.start]
        # no paragraph break since the last piece: the parser may run the
        # cue's sentence on into the next paragraph
        if tail <= quote.start and not between.strip() and "\n" not in sentences.text[last[1] : quote.start]:
            return item
    return None


def _host(
    text: str, quote: Quote, sent: Span, by_sentence: dict[int, list[Found]], found: list[Found], verb: Token | None
) -> Found | None:
    """A statement this quote continues: same sentence, or introduced by a
    colon (in a new paragraph, only one that ends at its cue). Not one in its sentence when the quote's own reporting verb is not
    that statement's cue ('"A," he said, after she said B.')."""
    in_sentence = by_sentence.get(sent.start, [])
    if verb is not None and not any(verb in item.cue_tokens for item in in_sentence):
        in_sentence = []
    for item in in_sentence:
        cue = item.cue_span
        if item.construction in ("verb", "quote") and item.speaker is not None and cue is not None:
            if "\n" not in text[min(cue[1], quote.start) : max(cue[0], quote.start)]:
                return item
    for item in found:
        if item.speaker is not None and item.construction in ("verb", "quote") and _intro_before(text, quote, item):
            ends = item.content[-1][1]
            if ends <= quote.start and not text[ends : quote.start].strip(" \n\t:,.\u00a0"):
                if "\n" in text[ends : quote.start] and item.cue_span and ends > item.cue_span[1]:
                    continue  # 'She listed its faults:' then a quoted paragraph: PolNeAR splits them
                return item
            if item.cue_span and ends <= item.cue_span[1]:
                return item
    return None


MAX_LEAD_IN_CHARS = 40  # "adding of the mayor," "Then she added:" before the quote


def _second_cue(doc: Doc, text: str, host: Found, end: int, start: int, cues: Cues) -> Token | None:
    """'"A," Ilse said, adding later, "B."': another reporting verb between the
    host's piece ending at ``end`` and the quote at ``start``, leading straight
    into it (no other verb, a comma or colon right before the quote: 'then
    added a caveat:'), makes the quote a statement of its own. A clause of the
    verb's own in between ('adding that C. "B."') leaves the quote to the
    host, as PolNeAR does."""
    if end > start or "\n" in text[end:start]:
        return None
    between = doc.char_span(end, start, alignment_mode="contract")
    if between is None:
        return None
    verb = next(
        (t for t in reversed(between) if t.pos_ == "VERB" and t.dep_ != "relcl" and cues.verb_class(t) is not None),
        None,
    )
    if verb is None or verb in host.cue_tokens:
        return None
    lead = text[verb.idx + len(verb.text) : start]
    if len(lead) > MAX_LEAD_IN_CHARS or not lead.strip().endswith((",", ":")):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : between.end]):
        return None
    return verb


def _statement_of(verb: Token, host: Found, content: list[CharSpan], cues: Cues) -> Found:
    """The second cue's statement: its own subject speaks, or else the host's
    speaker ('Ilse said, adding')."""
    speaker = subject_of(verb)
    return Found(
        cue_tokens=cue_tokens_of(verb),
        cue_class=cues.verb_class(verb) or "assert",
        content=content,
        speaker=speaker or host.speaker,
        construction="quote",
        speaker_range=None if speaker else host.speaker_range,
    )


def _split_at_second_cues(doc: Doc, text: str, found: list[Found], quotes: list[Quote], cues: Cues) -> list[Found]:
    """A content the parser ran on over a second cue into its quote
    ('said, adding of her, "B."' with B hung on "said") ends before it."""
    starts = {q.start for q in quotes}
    extra = []
    for item in found:
        for k in range(1, len(item.content)):
            start = item.content[k][0]
            if start in starts and (verb := _second_cue(doc, text, item, item.content[k - 1][1], start, cues)) is not None:
                extra.append(_statement_of(verb, item, item.content[k:], cues))
                item.content = item.content[:k]
                break
    return found + extra


def _continuation(doc: Doc, quote: Quote, found: list[Found]) -> Found | None:
    """A quote standing alone belongs to the last speaker, or failing that to
    the last person named before it."""
    previous = _last_speaker_before(found, quote.start)
    if previous is not None:
        return Found(
            cue_tokens=[],
            cue_class=previous.cue_class if previous.cue_class != "question" else "assert",
            content=[quote.span],
            speaker=previous.speaker,
            construction="continuation",
            speaker_range=previous.speaker_range,
        )
    people = [e for e in doc.ents if e.label_ == "PERSON" and quote.start - CONTINUATION_CHARS < e.end_char <= quote.start]
    if not people:
        return None
    person = people[-1]
    return Found(
        cue_tokens=[],
        cue_class="assert",
        content=[quote.span],
        speaker=person.root,
        construction="continuation",
        speaker_range=(person.start_char, person.end_char),
    )


def _quoted_end(item: Found, quotes: list[Quote]) -> bool:
    """The statement's content ends with a quote."""
    return any(q.span[1] == item.content[-1][1] for q in quotes)


def _paragraph_after(text: str, item: Found, quote: Quote) -> bool:
    """The quote opens the paragraph right after the one the statement ends
    in (or goes on in that one): no paragraph of other text lies between."""
    lines = text[item.content[-1][1] : quote.start].split("\n")[1:]
    return not any(line.strip() for line in lines)


def _next_sentence(item: Found, quote: Quote, sentences: Sentences) -> bool:
    """The quote opens the sentence right after the one the statement ends
    in, in the same paragraph (across a break PolNeAR splits as often as not)."""
    text = sentences.text
    end = item.content[-1][1]
    sent = sentences.at_char(end - 1, backwards=True)
    if sent is None or sent.end_char > quote.start or "\n" in text[end : quote.start]:
        return False
    return not text[sent.end_char : quote.start].strip()


def _last_speaker_before(found: list[Found], start: int) -> Found | None:
    best = None
    for item in found:
        end = item.content[-1][1]
        if item.speaker is None or end > start or start - end > CONTINUATION_CHARS:
            continue
        if best is None or end > best.content[-1][1]:
            best = item
    return best


MAX_LABEL_TOKENS = 8


def colon_lines(doc: Doc, text: str, cues: Cues) -> list[Found]:
    """Lines that open with a speaker and a colon: headlines ("Minister: Talks
    Failed") and transcripts ("SMITH: We will not resign."). The rest of the
    line is the statement, as written."""
    found = []
    starts = [0] + [t.i + 1 for t in doc if "\n" in t.text or "\n" in t.whitespace_]
    for start in sorted(set(starts)):
        while start < len(doc) and doc[start].is_punct and doc[start].text != ":":
            start += 1  # a stray quotation mark or dash opening the line
        if start >= len(doc):
            continue
        window = doc[start : min(start + 2 * MAX_LABEL_TOKENS + 1, len(doc))]  # a topic may follow the name
        colon = next((t for t in window if t.text == ":" or "\n" in t.text), None)
        if colon is None or colon.text != ":" or colon.i == start:
            continue
        label = _label_of(doc[start : colon.i], cues)
        if label is None:
            continue
        line_end = text.find("\n", colon.idx)
        line_end = len(text) if line_end < 0 else line_end
        content_start = colon.idx + 1
        while content_start < line_end and text[content_start].isspace():
            content_start += 1
        content_end = _line_content_end(text, content_start, line_end)
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
    return found + _noun_colons(doc, text, cues)


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
        end = _line_content_end(text, start, end)
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


def _line_content_end(text: str, start: int, end: int) -> int:
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
        if _speaker_label(name, cues):
            return name
    dash = next((t for t in reversed(words) if t.text in BYLINE_DASHES), None)
    if dash is not None and dash.i > words.start and words.end - MAX_LABEL_TOKENS <= dash.i < words.end - 1:
        rest = words.doc[dash.i + 1 : words.end]
        if _speaker_label(rest, cues):
            return rest
    if len(words) > MAX_LABEL_TOKENS:
        return None
    if _speaker_label(words, cues) or (words.start == 0 and _one_word_title(words, cues)):
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


def _speaker_label(label: Span, cues: Cues) -> bool:
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

