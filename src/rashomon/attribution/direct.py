"""Direct speech: tie quoted passages to the cues and speakers around them.

A cue-anchored statement whose content reaches into a quote takes the whole
quote (marks included). A quote no statement covers is attached, in order of
preference, to a statement whose cue sits in the same sentence ("A," he said,
"B."), or just before it after a colon; to a reporting verb in its sentence
whose clause the parser did not link; to any verb with its own subject
right before the comma or colon that opens it ('Ben Olt shot back, "B."');
to any verb right after it ("A," she beamed) or before a colon that opens
it, or to a reporting verb with no subject of its own before the comma that
opens it ('led the board to state, "B."'), to a bracketed source after it or
a noun before a colon that opens it (``quote_cues``); to the direct
statement of the sentence before when the quote ends a sentence of its own
('"A," he said. Now, "B."'); or, when the quote stands as its own sentence with no
verb of saying, to the last speaker quoted nearby. Statements set out with a
colon and no quotation marks are ``colons``'. Once every quote is attached,
``quote_bounds`` mends each statement's speaker and content bounds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..model import Span as CharSpan
from .content import Found
from .lexicon import Cues
from .quote_cues import (
    any_verb_quote,
    bracket_citation,
    colon_opening,
    cue_verb_opening,
    dash_byline,
    named_before_colon,
    said_as_object,
    said_beside,
    verb_after,
    verb_before_colon,
    verb_opening,
)
from .quote_bounds import fit_to_quotes, overlaps, quote_before_cue
from .quotes import QUOTE_MARKS, Quote, Sentences
from .subjects import cue_tokens_of, subject_of

MIN_QUOTE_WORDS = 4  # shorter quotes are mostly titles and scare quotes
CONTINUATION_CHARS = 1200  # how far back a verbless quote looks for its speaker


def _merge(spans: list[CharSpan]) -> list[CharSpan]:
    merged: list[CharSpan] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _extend_over_quotes(item: Found, quotes: list[Quote], ends: list[int]) -> list[Quote]:
    """Grow the content over quotes it reaches into; return the quotes used.

    ``quotes`` are in text order and do not overlap (``find_quotes``), so
    their ``ends`` are sorted too: only those from the first one ending
    inside the content up to the content's growing end are read."""
    cue = item.cue_span
    used: list[Quote] = []
    parts = list(item.content)
    if not parts:
        return used
    reach = max(end for _, end in parts)
    for quote in quotes[bisect_right(ends, min(start for start, _ in parts)) :]:
        if quote.start >= reach:
            break
        if cue and overlaps(quote.span, cue):
            continue
        if any(overlaps(quote.span, part) for part in parts):
            used.append(quote)
            parts.append(quote.span)
            reach = max(reach, quote.end)
    if used:
        item.content = _merge(parts)
    return used


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


def _verb_in_sentence(text: str, sent: Span, quote: Quote, cues: Cues, quotes: list[Quote]) -> Token | None:
    """The reporting verb with a subject nearest the quote, outside it and
    any other quote (whose words are someone else's): in its
    paragraph, or in the one before when that ends with a colon (the parser
    sometimes runs a sentence on into the next paragraph)."""
    best = None
    introduced = text[: quote.start].rstrip().endswith(":")
    inside = [q for q in quotes if q.start < sent.end_char and sent.start_char < q.end]
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or any(q.start <= token.idx < q.end for q in inside):
            continue
        if "\n" in text[min(token.idx, quote.end) : max(token.idx, quote.start)] and not (introduced and token.idx < quote.start):
            continue
        if cues.verb_class(token) is not None and subject_of(token) is not None:
            distance = min(abs(token.idx - quote.start), abs(token.idx - quote.end))
            if best is None or distance < best[0]:
                best = (distance, token)
    return best[1] if best else None


def _heading(text: str, quote: Quote) -> bool:
    """'"NO DEAL ON THE PIER"' alone in its paragraph: a quote in capitals
    standing alone is a section heading, not a speaker's next words."""
    words = re.findall(r"[^\W\d_]+", text[quote.start : quote.end])
    return len(words) > 1 and all(word.isupper() for word in words)


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
    ends = [quote.end for quote in quotes]
    for item in found:
        covered.update(_extend_over_quotes(item, quotes, ends))
    result = _split_at_second_cues(doc, text, found, quotes, cues)
    sentences = Sentences(doc, text)
    by_sentence: dict[int, list[Found]] = {}
    for item in result:
        if item.cue_tokens:
            by_sentence.setdefault(sentences.of(item.cue_tokens[0]).start, []).append(item)

    spans = {quote.span for quote in quotes}  # looked up per statement and quote: a set, not a scan
    for quote in quotes:
        if quote in covered:
            continue
        sent = sentences.at_char(quote.start)
        if sent is None:
            continue
        host = _continued(quote, result, spans, sentences)
        if host is not None and (after := verb_after(doc, text, quote, cues)) is not None:
            # '"A," read one. "B," read another.': the quote has its own cue
            result.append(after)
            by_sentence.setdefault(sent.start, []).append(after)
            continue
        byline = None if host else dash_byline(doc, text, quote, cues)
        said = None if host or byline else said_as_object(doc, text, quote, cues)
        if said is not None:
            result.append(said)
            by_sentence.setdefault(sent.start, []).append(said)
            continue
        if host is None and byline is None and _words(doc, quote) < MIN_QUOTE_WORDS and not said_beside(doc, text, quote, cues):
            continue  # short quotes only continue a statement; alone they are mostly titles
        own_verb = _verb_in_sentence(text, sent, quote, cues, quotes)
        opening = None if host else verb_opening(doc, text, quote)
        if opening is not None and (own_verb is None or own_verb.i < opening[0].i):
            if not any(opening[0] in item.cue_tokens for item in by_sentence.get(sent.start, [])):
                item = any_verb_quote(opening[0], quote, cues, opening[1])
                result.append(item)
                by_sentence.setdefault(sent.start, []).append(item)
                continue
        if host is None and (host := _host(text, quote, sent, by_sentence, result, own_verb)) is not None:
            if quote_before_cue(text, quote, sent, host.cue_span, host.content, quotes):
                host.content = [quote.span]
                continue
        if host is not None and (after := _own_cue_after(doc, text, quote, host, cues)) is not None:
            if after.speaker is not None and host.cue_tokens[0] in after.speaker.subtree:
                # 'asked Ana Ruiz, who wants a vote': the host only described the speaker
                result.remove(host)
                by_sentence[sent.start] = [item for item in by_sentence.get(sent.start, []) if item is not host]
            result.append(after)
            by_sentence.setdefault(sent.start, []).append(after)
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
            _verb_in_sentence(text, last, quote, cues, quotes) if last is not None and last.start != sent.start else None
        )
        if byline is not None:
            item = byline
        elif (named := named_before_colon(doc, text, quote, cues)) is not None:
            item = named
        elif verb is not None:
            item = Found(
                cue_tokens=cue_tokens_of(verb),
                cue_class=cues.verb_class(verb) or "assert",
                content=[quote.span],
                speaker=subject_of(verb),
                construction="quote",
            )
        elif (after := verb_after(doc, text, quote, cues) or verb_before_colon(doc, text, quote, cues, sentences)) is not None:
            item = after
        elif (bare := cue_verb_opening(doc, text, quote, cues)) is not None:
            item = bare
        elif (cited := bracket_citation(doc, text, quote)) is not None:
            item = cited
        elif (opened := colon_opening(doc, text, quote, cues)) is not None:
            item = opened
        elif (led := _led_in_after_quote(text, quote, sent, result, sentences)) is not None:
            # '"A," she said. Now, "B."': the speaker's next sentence, one statement
            led[0].content = _merge(led[0].content + [(led[1], quote.end)])
            continue
        elif (
            _stands_alone(doc, quote, sentences)
            and not _heading(text, quote)
            and (alone := _continuation(doc, quote, result)) is not None
        ):
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
    result = _split_at_colon_verbs(doc, text, result, quotes, cues)
    fit_to_quotes(doc, text, result, quotes, cues, sentences)
    return result


def _continued(quote: Quote, found: list[Found], spans: set[tuple[int, int]], sentences: Sentences) -> Found | None:
    """A direct statement this quote goes on with: '"A," she said. "B."' is one
    statement in two pieces (nothing but the cue's sentence lies between, even
    when it adds a clause: '"A," she said, adding that B. "C."' joins C to A,
    as PolNeAR mostly does)."""
    for item in found:
        if item.speaker is None or not item.cue_tokens:
            continue
        last = item.content[-1]
        if last not in spans:
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


def _own_cue_after(doc: Doc, text: str, quote: Quote, host: Found, cues: Cues) -> Found | None:
    """'"A," she said, but "B," said Ana Ruiz.': a quote opening its own
    sentence with a reporting verb of its own right after it (in its
    sentence) is its own statement, not a piece of the host's."""
    if not text[quote.start : quote.end].lstrip(QUOTE_MARKS + " ")[:1].isupper():
        return None
    after = verb_after(doc, text, quote, cues)
    if after is None or any(t in host.cue_tokens for t in after.cue_tokens):
        return None
    verb = after.cue_tokens[0]
    words = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if verb.tag_ == "VBG" or cues.verb_class(verb) is None or words is None or verb.sent != words[-1].sent:
        return None
    return after


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


# finds, for a statement, the verb between a piece ending at ``end`` and a quote at ``start``
PieceVerb = Callable[[Found, int, int], Token | None]


def _split_at_verbs(found: list[Found], quotes: list[Quote], cues: Cues, verb_between: PieceVerb) -> list[Found]:
    """A statement whose later quote ``verb_between`` gives a verb of its own
    ends before that quote; the quote and what follows are the verb's statement."""
    starts = {q.start for q in quotes}
    extra = []
    for item in found:
        for k in range(1, len(item.content)):
            start = item.content[k][0]
            if start in starts and (verb := verb_between(item, item.content[k - 1][1], start)) is not None:
                extra.append(_statement_of(verb, item, item.content[k:], cues))
                item.content = item.content[:k]
                break
    return found + extra


def _split_at_second_cues(doc: Doc, text: str, found: list[Found], quotes: list[Quote], cues: Cues) -> list[Found]:
    """A content the parser ran on over a second cue into its quote
    ('said, adding of her, "B."' with B hung on "said") ends before it."""
    return _split_at_verbs(found, quotes, cues, lambda item, end, start: _second_cue(doc, text, item, end, start, cues))


def _split_at_colon_verbs(doc: Doc, text: str, found: list[Found], quotes: list[Quote], cues: Cues) -> list[Found]:
    """'"A," Ana Ruiz said. Later she went further: "B."', 'she said A, but
    she gave him some credit: "B."': a piece of a statement that a colon
    opens after a clause with a verb of its own (whatever the verb; not the
    statement's cue, nor a relative clause's: 'as one who believes: "B."')
    is that verb's statement."""
    return _split_at_verbs(found, quotes, cues, lambda item, end, start: _colon_verb(doc, text, item, end, start))


def _colon_verb(doc: Doc, text: str, item: Found, end: int, start: int) -> Token | None:
    """The last verb between ``end`` and a colon right before ``start``."""
    if end > start or not text[end:start].rstrip().endswith(":"):
        return None
    between = doc.char_span(end, start, alignment_mode="contract")
    verb = next((t for t in reversed(between) if t.pos_ == "VERB"), None) if between is not None else None
    return None if verb is None or verb in item.cue_tokens or verb.dep_ == "relcl" else verb


def _led_in_after_quote(
    text: str, quote: Quote, sent: Span, found: list[Found], sentences: Sentences
) -> tuple[Found, int] | None:
    """'"We stay," Ana Ruiz said. Now, "the pier is ours."', '"...," she
    said. That makes him "a fine choice."': a sentence that opens with words
    of its own and ends with a quote, right after a sentence whose statement
    ends with a quote, goes on with that statement, its opening words and
    all. Returns the statement and where the sentence starts. On PolNeAR
    train the gold joins nearly all such sentences to the statement before
    (after an unquoted statement it seldom does)."""
    start = sent.start_char
    while start < quote.start and not text[start].isalnum():
        start += 1
    if start >= quote.start or any(ch in text[start : quote.start] for ch in QUOTE_MARKS + "\n"):
        return None
    last = sentences.at_char(quote.end - 1, backwards=True)
    if last is None or text[quote.end : last.end_char].strip(" .\n"):
        return None  # the sentence goes on past the quote
    previous = sentences.at_char(start - 1, backwards=True)
    if previous is None or text[previous.end_char : start].strip():
        return None
    if any(overlaps((start, quote.start), part) for item in found for part in item.content):
        return None
    before = [
        item
        for item in found
        if item.speaker is not None
        and item.cue_tokens
        and previous.start_char < item.content[-1][1] <= start
        and text[item.content[-1][1] - 1] in QUOTE_MARKS
        and not any(ch in text[item.content[-1][1] : start] for ch in QUOTE_MARKS + "\n")
    ]
    # the outermost: a statement nested in it may end at the same quote
    return (min(before, key=lambda item: item.content[0][0]), start) if before else None


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

