"""Who speaks a quote that no statement's content reaches.

``direct.attach_quotes`` tries these in turn for such a quote: a verb right
after it ('"We stay," Ana Ruiz beamed', or after a name and an aside set
off by commas), a verb of speech it is the object of
('by saying "Never again."'), a verb and subject before the comma or colon
that opens it ('Ben Olt shot back, "It leaks."'), a verb or a name before a
colon, a dash and a name signing it, or a bracketed source citing it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..model import Span as CharSpan
from .colons import BYLINE_DASHES, MAX_LABEL_TOKENS, labels_a_line, speaker_label
from .content import Found, word_list
from .lexicon import NON_SPEECH_CLASSES, Cues
from .quotes import QUOTE_MARKS, Quote, Sentences
from .subjects import cue_tokens_of, participle_speaker, subject_of

MANNER_POS = ("ADV", "ADP", "PRON", "PART")  # words between a verb of speech and its colon


MAX_MANNER_WORDS = 4


SPOKEN_ENDINGS = (",", "!", "?")


NOUN_PHRASE = ("PROPN", "NOUN", "DET", "ADJ", "NUM")


def verb_after(doc: Doc, text: str, quote: Quote, cues: Cues) -> Found | None:
    """'"We stay," Ana Ruiz beamed.' or '"We stay," said Ana Ruiz, angered ...':
    a quote ending with a comma, "!" or "?" and followed by a verb within a
    few words is spoken, whatever the verb, by its subject or by the name
    right after it (the parser often misses the inverted subject)."""
    inner = text[quote.start : quote.end].rstrip(QUOTE_MARKS).rstrip()
    after = doc.char_span(quote.end, min(len(text), quote.end + 40), alignment_mode="contract")
    if not inner.endswith(SPOKEN_ENDINGS) or after is None:
        return None
    comma = next((t for t in list(after)[1:6] if t.text == ","), None)
    if comma is not None and (aside := _verb_after_aside(comma, quote, cues)) is not None:
        return aside
    for token in list(after)[:4]:
        if "\n" in token.text:
            return None
        if _misread_verb(token, cues):
            return any_verb_quote(token, quote, cues, *_name_before(token))
        if token.pos_ != "VERB":
            continue
        speaker, speaker_range = subject_of(token), None
        if speaker is None or quote.start <= speaker.idx < quote.end:
            named = name_after(token) or _name_between(quote, token)
            if named is None:
                return None
            speaker, speaker_range = named
        return any_verb_quote(token, quote, cues, speaker, speaker_range)
    return None


MAX_ASIDE_TOKENS = 16


def _verb_after_aside(comma: Token, quote: Quote, cues: Cues) -> Found | None:
    """'"We stay," Ana Ruiz, wearing a red hat, said quietly.': a name right
    after the quote, then an aside set off by commas, then a reporting verb
    with no subject of its own (the parser hangs the name on the quote).
    On PolNeAR train: 1 more statement, matched exactly."""
    doc = comma.doc
    name = [t for t in doc[max(0, comma.i - 5) : comma.i] if t.idx >= quote.end]
    if not name or not all(t.pos_ in NOUN_PHRASE for t in name) or name[-1].pos_ not in ("PROPN", "NOUN"):
        return None
    for token in doc[comma.i + 1 : comma.i + 1 + MAX_ASIDE_TOKENS]:
        if "\n" in token.text or token.text in (".", ";"):
            return None
        if token.text == "," and token.i + 1 < len(doc):
            verb = doc[token.i + 1]
            if verb.pos_ != "VERB" or cues.verb_class(verb) is None:
                continue
            subject = subject_of(verb)
            if subject is not None and not (quote.start <= subject.idx < quote.end) and subject not in name:
                return None
            return any_verb_quote(verb, quote, cues, name[-1], (name[0].idx, name[-1].idx + len(name[-1])))
    return None


def _name_between(quote: Quote, verb: Token) -> tuple[Token, CharSpan] | None:
    """'"...," Ana Ruiz wrote.' with the name misread (a modal: 'Will
    wrote'; an interjection): the capitalised words between the quote and
    its verb. On PolNeAR train: 2 more statements, both matched (3 more exact).
    (``fallback.name_read_as_word`` reads one such word before a verb cue
    with no quote; here the quote bounds the name, so up to three words.)"""
    words = [t for t in verb.doc[max(0, verb.i - 4) : verb.i] if t.idx >= quote.end]
    if not words or len(words) > 3 or not all(t.is_alpha and t.text[0].isupper() for t in words):
        return None
    return words[-1], (words[0].idx, words[-1].idx + len(words[-1]))


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


def name_after(verb: Token) -> tuple[Token, CharSpan] | None:
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


def any_verb_quote(verb: Token, quote: Quote, cues: Cues, speaker: Token, speaker_range: CharSpan | None = None) -> Found:
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


def said_beside(doc: Doc, text: str, quote: Quote, cues: Cues) -> bool:
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


def said_as_object(doc: Doc, text: str, quote: Quote, cues: Cues) -> Found | None:
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


def _verb_opening_quote(doc: Doc, text: str, quote: Quote) -> Token | None:
    """The word right before the comma or colon that opens a quote spoken as
    a sentence (capitalised), or the verb of a particle there ('shot back')."""
    at = len(text[: quote.start].rstrip(" \t\u00a0"))
    if at == 0 or text[at - 1] not in ",:" or not text[quote.start : quote.end].lstrip(QUOTE_MARKS + " ")[:1].isupper():
        return None
    span = doc.char_span(max(0, at - 40), at - 1, alignment_mode="contract")
    words = [t for t in span or [] if not t.is_punct and not t.is_space]
    if not words or "\n" in text[words[-1].idx : quote.start]:
        return None
    last = words[-1]
    if last.dep_ in ("prt", "advmod") and last.head.i == last.i - 1:
        return last.head  # 'shot back'
    return last


def verb_opening(doc: Doc, text: str, quote: Quote) -> tuple[Token, Token] | None:
    """'After Ana Ruiz praised the pier, Ben Olt shot back, "It leaks."': the
    verb right before the comma or colon that opens a quote spoken as a
    sentence (capitalised) is its cue, whatever the verb, when it has a
    subject of its own; an earlier cue in the sentence is not (not a
    relative clause's verb: 'apologized for what happened: "..."'). Returns
    the verb and its subject."""
    verb = _verb_opening_quote(doc, text, quote)
    subject = subject_of(verb) if verb is not None and verb.pos_ == "VERB" else None
    if verb is None or subject is None or subject.tag_ in ("WP", "WDT"):
        return None
    return verb, subject


def cue_verb_opening(doc: Doc, text: str, quote: Quote, cues: Cues) -> Found | None:
    """'The vote led the harbour board to state, "The pier stays."', 'Adding,
    "We will not wait."': a reporting verb right before the comma or colon
    that opens a quote is its cue even with no subject of its own."""
    verb = _verb_opening_quote(doc, text, quote)
    if verb is None or verb.pos_ != "VERB" or (cue_class := cues.verb_class(verb)) is None:
        return None
    return Found(
        cue_tokens=cue_tokens_of(verb),
        cue_class=cue_class,
        content=[quote.span],
        speaker=subject_of(verb),
        construction="quote",
    )


def verb_before_colon(doc: Doc, text: str, quote: Quote, cues: Cues, sentences: Sentences) -> Found | None:
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
            return any_verb_quote(token, quote, cues, speaker)
    return None


def named_before_colon(doc: Doc, text: str, quote: Quote, cues: Cues) -> Found | None:
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
    if last.left_edge.i > 0 and last.left_edge.nbor(-1).lower_ == "by":
        return None  # '"Pier to close," by Ana Ruiz:' heads an excerpt of her article, not her words
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


def dash_byline(doc: Doc, text: str, quote: Quote, cues: Cues) -> Found | None:
    """'"We stay." \u2015 Ana Ruiz': a quote signed with a dash and a name."""
    at, line_end = _rest_of_line(text, quote.end)
    if at >= len(text) or text[at] not in BYLINE_DASHES:
        return None
    name = doc.char_span(at + 1, len(text[:line_end].rstrip(" .\u00a0")), alignment_mode="contract")
    dash = doc.char_span(at, at + 1, alignment_mode="expand")
    if name is None or not len(name) or len(name) > MAX_LABEL_TOKENS or dash is None or not speaker_label(name, cues):
        return None
    return _sourced_by(name, dash, quote)


def _sourced_by(name: Span, cue: Span, quote: Quote) -> Found:
    """The quote asserted by the source ``name`` that a mark (a dash, brackets) sets after it."""
    return Found(
        cue_tokens=list(cue),
        cue_class="assert",
        content=[quote.span],
        speaker=name.root,
        construction="quote",
        speaker_range=(name.start_char, name.end_char),
    )


def _rest_of_line(text: str, end: int) -> tuple[int, int]:
    """Where the words after a quote closing at ``end`` start on its line, and where the line ends."""
    at = end
    while at < len(text) and text[at] in " \t\u00a0":
        at += 1
    line_end = text.find("\n", at)
    return at, len(text) if line_end < 0 else line_end


MAX_CITATION_WORDS = 4


def bracket_citation(doc: Doc, text: str, quote: Quote) -> Found | None:
    """'"The pier will close in May." [Harbour Courier.]': a quote that a
    bracketed source closes its line with is that source's words (not one a
    colon opens: 'Ana Ruiz: "..." [Courier.]' is the named speaker's). On
    PolNeAR train nearly all such quotes are statements (the gold often
    names the heading before the quote as their source)."""
    if text[: quote.start].rstrip().endswith(":"):
        return None
    at, line_end = _rest_of_line(text, quote.end)
    closing = text.find("]", at, line_end)
    if at >= line_end or text[at] != "[" or closing < 0 or text[closing + 1 : line_end].strip():
        return None
    name = doc.char_span(at + 1, len(text[:closing].rstrip(" .\u00a0")), alignment_mode="contract")
    brackets = doc.char_span(at, closing + 1, alignment_mode="expand")
    if name is None or not 0 < len(name) <= MAX_CITATION_WORDS or brackets is None:
        return None
    if not any(_names(t) for t in name) or any(t.pos_ in ("VERB", "AUX") for t in name):
        return None  # '[Applause.]', '[Emphasis added.]': a note, not a source
    return _sourced_by(name, brackets, quote)


def _names(word: Token) -> bool:
    """A name, or a word written as one ("NYT", "HarbourNews")."""
    return word.pos_ == "PROPN" or (word.is_alpha and word.text[:1].isupper() and not word.text.istitle())


def colon_opening(doc: Doc, text: str, quote: Quote, cues: Cues) -> Found | None:
    """'From the mayor's letter: "We stay."', 'Then came the punch line:
    "..."': a colon opening a quote that no verb or name before it speaks
    (not a colon line's label, nor an excerpt's byline) sets out what the
    noun before it says: its owner's words, or no one's named. On PolNeAR
    train most such quotes are statements."""
    at = len(text[: quote.start].rstrip(" \t\u00a0"))
    colon = doc.char_span(at - 1, at) if at and text[at - 1] == ":" else None
    if colon is None or colon.start == 0 or labels_a_line(colon[0], cues):
        return None
    last = doc[colon.start - 1]
    if "\n" in last.text or (last.left_edge.i > 0 and last.left_edge.nbor(-1).lower_ == "by"):
        return None  # '"Pier to close," by Ana Ruiz:' heads an excerpt
    owner = next((c for c in last.children if c.dep_ == "poss"), None)
    speaker = owner if owner is not None else (last if last.pos_ == "PROPN" else None)
    return Found(cue_tokens=list(colon), cue_class="assert", content=[quote.span], speaker=speaker, construction="colon")
