"""Reporting sentences the parser breaks, read off their surface.

A plain reporting sentence can lose its frame in a wrong parse: in "The plan
will fail, even with more money, she said." the cue may become the content
verb's complement, or the root with the content hanging as a loose
dependent; in "Dana Verho, a teacher helping to organise the march, said the
rally would go ahead." the name may become the subject of "helping", leaving
the cue with a clause and no subject. ``indirect.verb_cue`` calls these
fallbacks only where it finds no speaker or no frame for a cue; they read
the word order and commas around the cue instead of its dependents.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..model import Span as CharSpan
from .content import (CLOSING, END_PUNCT, OPENING, SUBJECT_DEPS, TIME_ENTS, Found, paragraph_breaks,
                      token_ranges_to_chars, trim)
from .frames import SETTING_PREPOSITIONS
from .lexicon import NON_SPEECH_CLASSES, Cues
from .unsourced import bare_gerund

FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
NOUN_POS = ("NOUN", "PROPN", "PRON")
# words a speaker mention is made of ("the city's former mayor, Dana Verho")
MENTION_POS = NOUN_POS + ("DET", "ADJ", "NUM", "ADP", "PART", "CCONJ", "PUNCT")
# how long a speaker or the words after a sentence-final cue ("in an
# interview on Tuesday") may run before the shape is no longer a plain report
MAX_MENTION_WORDS = 10
MAX_TAIL_WORDS = 10
# first words of a phrase that opens a sentence before its subject
OPENING_POS = ("ADP", "SCONJ", "ADV", "CCONJ", "VERB", "AUX")
# words that open a complement, not a time or a setting, after a verb
COMPLEMENT_WORDS = ("as", "like", "that", "than", "to", "for", "about")
# words that open a subordinate clause: a content that starts with one needs
# a main clause after it ("If it rains, the march will go ahead")
SUBORDINATORS = (
    "if", "when", "while", "though", "although", "because", "as", "since", "after", "before", "despite", "unless",
    "until", "once", "whether",
)


def sentence_start(doc: Doc, token: Token) -> int:
    """Where the token's sentence starts, or its paragraph if that is later."""
    start = token.sent.start
    breaks = paragraph_breaks(doc, start, token.i)
    return breaks[-1] + 1 if breaks else start


def plain_tail(doc: Doc, verb: Token, end: int, cues: Cues) -> bool:
    """Only a few words with no verb of their own ("on Tuesday", "in an
    interview", "told reporters") between the cue and ``end``; not its
    object or complement ("found it hard", "is known as")."""
    words = [t for t in doc[verb.i + 1 : end] if not t.is_space]
    for i in range(len(words) - 2):
        if words[i].text == "," and words[i + 1].tag_ == "VBG":
            words = words[:i] + words[-1:]  # "..., the Post reported, citing a source."
            break
    if len(words) > MAX_TAIL_WORDS or any(
        t.pos_ in ("VERB", "AUX") or t.lower_ in COMPLEMENT_WORDS or is_quote_mark(t) for t in words
    ):
        return False
    objects = [t for t in words if t.dep_ in ("dobj", "oprd", "acomp", "attr", "xcomp")]
    return not objects or cues.verb_key(verb.lemma_.lower(), verb.lower_) in cues.addressee_verbs


def rest_of_sentence(doc: Doc, verb: Token, cues: Cues) -> tuple[int, int] | None:
    """What the content takes after a cue set between commas ("The plan,
    she said on Friday, will fail."): the token range after the second
    comma; an empty range for a cue that closes its sentence; None when
    the cue takes words of its own."""
    end = verb.sent.end
    while end > verb.i + 1 and doc[end - 1].is_space:
        end -= 1
    # '..., he said, and "we ran."': the quote closes after the stop (but in
    # 'he looked up, frowned and said, "..."' the quote has a cue of its own)
    quoted = end > verb.i + 2 and is_quote_mark(doc[end - 1]) and doc[end - 2].text in END_PUNCT
    if quoted:
        end -= 1
    if doc[end - 1].text not in END_PUNCT:
        return None
    comma = next((t.i for t in doc[verb.i + 1 : end] if t.text == ","), None)
    # not "..., citing a source." nor "..., which prompted ...": those belong to the cue
    if comma is not None and doc[comma + 1].tag_ not in ("VBG", "WDT", "WP") and plain_tail(doc, verb, comma, cues):
        if quoted and any(t.pos_ == "VERB" and cues.verb_key(t.lemma_.lower(), t.lower_) in cues.verbs for t in doc[comma + 1 : end]):
            return None
        return comma + 1, end
    return (end, end) if plain_tail(doc, verb, end, cues) else None


def mention_before(doc: Doc, verb: Token, floor: int) -> tuple[int, int] | None:
    """The speaker's words between a comma and the cue ("..., the mayor
    also said", "..., a study by Dana Verho, a sociologist, found"): their
    token range, without the adverbs and auxiliaries that follow them."""
    end = verb.i
    while end > floor and doc[end - 1].pos_ in ("ADV", "AUX", "PART") and doc[end - 1].dep_ != "case":
        end -= 1
    if end > floor and doc[end - 1].text == ",":
        # an apposition closes the mention: take the noun phrase before it too
        inner = segment_before(doc, end - 1, floor)
        start = segment_before(doc, inner - 1, floor) if inner is not None else None
        end -= 1
    else:
        start = segment_before(doc, end, floor)
    if start is None or start <= floor + 1 or doc[start - 1].text != ",":
        return None
    if is_quote_mark(doc[start]):
        return None  # '"We stay," she said.': direct speech, which ``direct`` attaches
    return start, end


def segment_before(doc: Doc, end: int, floor: int) -> int | None:
    """Where the noun phrase ending at ``end`` starts, after the previous
    comma; None for words that are not a speaker's ("..., and he", "...,
    which critics")."""
    if end <= floor or doc[end - 1].pos_ not in NOUN_POS or doc[end - 1].tag_ in ("WP", "WDT"):
        return None
    start = end - 1
    while start > floor and doc[start - 1].text != ",":
        word = doc[start - 1]
        # "fundraising documents": a participle as the mention's first word
        modifier = word.dep_ in ("amod", "compound") or word.tag_ == "VBG" and doc[start - 2].text == ","
        if word.pos_ not in MENTION_POS and not modifier or word.text in END_PUNCT or end - start >= MAX_MENTION_WORDS:
            return None
        start -= 1
    if doc[start].pos_ in ("CCONJ", "ADP") or any(t.tag_ in ("WP", "WDT") for t in doc[start:end]):
        return None
    return start


def is_quote_mark(token: Token) -> bool:
    return token.text in OPENING | CLOSING | {'"', "'"}


def mention_head(doc: Doc, start: int, end: int, subject: Token | None) -> Token:
    """The mention's head: the verb's subject if the parser found it there,
    else the first noun the others in the mention hang on."""
    if subject is not None and start <= subject.i < end:
        return subject
    heads = [t for t in doc[start:end] if t.pos_ in NOUN_POS and not start <= t.head.i < end]
    return heads[0] if heads else doc[end - 1]


def main_clause(doc: Doc, start: int, end: int) -> bool:
    """The words hold a verb with a subject outside a fronted subordinate
    clause or phrase: not "Traveling together, they feel", "When he left,
    she said" nor "On the day the results came, he said"."""
    while start < end and doc[start].pos_ == "ADV":
        start += 1  # "even after ..."
    if start == end or doc[start].tag_ in ("VBN", "VBG"):
        return False  # "Asked whether ..., she said": the question is not her statement
    at = start
    if doc[start].lower_ in SUBORDINATORS or doc[start].pos_ == "ADP":
        at = next((i for i in range(start, end) if doc[i].text == ","), end)
    # a finite verb, or one with a subject the tagger took for a participle
    return any(
        t.tag_ in FINITE_TAGS or t.pos_ == "VERB" and any(c.dep_ in SUBJECT_DEPS for c in t.children)
        for t in doc[at:end]
    )


def stranded_phrase(verb: Token, cues: Cues) -> Found | None:
    """"the change the party warned about in its report", "the figures
    Verho points to": a verb + preposition cue in a relative clause with no
    relative word, its preposition left with no object. What it governs is
    the noun the clause hangs on, said by the clause's subject. Not a
    pronoun subject ("the issues you care about": mostly words quoted), nor
    an infinitive ("a lot to worry about"). Rare, but mostly statements on
    PolNeAR train."""
    doc, noun = verb.doc, verb.head
    if verb.dep_ != "relcl" or noun.i > verb.i or any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or subject.tag_ in ("WDT", "WP"):
        return None
    options = cues.verb_phrases.get(verb.lemma_.lower(), {})
    preposition = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and (c.lower_,) in options
                        and not any(k.dep_ in ("pobj", "pcomp") for k in c.children)), None)
    if preposition is None or options[(preposition.lower_,)] in NON_SPEECH_CLASSES:
        return None
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in NOUN_POS:
        noun = noun.head.head  # "the sort of change the party warned about"
    start = noun.left_edge.i
    while start < noun.i and doc[start].pos_ == "ADV":
        start += 1  # "exactly the sort of ...": the adverb is the writer's
    words = trim(doc, start, verb.left_edge.i)
    if words is None:
        return None
    return Found(
        cue_tokens=[verb, preposition],
        cue_class=options[(preposition.lower_,)],
        content=token_ranges_to_chars(doc, [words]),
        speaker=subject,
        construction="verb",
        content_head=noun,
    )


def spoken_words(doc: Doc, start: int, end: int, floor: int) -> bool:
    """Words that open their sentence and are a saying with no clause of
    their own: an order ("Sit down, get to work, she told them.") or an
    interjection ("Sorry, Orlo said.")."""
    first = doc[start]
    if start != floor or doc[end].text != ",":
        return False
    if first.tag_ == "VB" and first.dep_ not in ("aux", "auxpass") and not has_subject(first):
        return True
    return first.pos_ == "INTJ" or end - start == 1 and first.pos_ == "ADJ"


def trailing_report(verb: Token, cue_class: str | None, cue_tokens: list[Token], cues: Cues) -> Found | None:
    """"<content>, <speaker> <cue> [when, to whom]." ending its sentence, or
    set between commas inside it, with no frame in the parse: the content
    is the rest of the sentence."""
    doc = verb.doc
    finite = verb.tag_ in FINITE_TAGS[:3] or verb.tag_ == "VBN" and doc[verb.i - 1].lemma_ == "have"  # "a poll has found"
    if cue_class is None or not finite:
        return bare_gerund(verb, cues, cue_class)  # no speaker to find: only a gerund's object remains
    floor = sentence_start(doc, verb)
    rest = rest_of_sentence(doc, verb, cues)
    mention = mention_before(doc, verb, floor) if rest is not None else None
    if rest is None or mention is None:
        return None
    content = [r for r in (trim(doc, floor, mention[0] - 1), trim(doc, *rest)) if r is not None]
    if not content or not any(main_clause(doc, *r) or spoken_words(doc, *r, floor) for r in content):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return Found(
        cue_tokens=cue_tokens,
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, content),
        speaker=mention_head(doc, *mention, subject),
        construction="verb",
        speaker_range=token_ranges_to_chars(doc, [mention])[0],
    )


def speaker_after(verb: Token, cue_class: str | None, cue_tokens: list[Token], cues: Cues) -> Found | None:
    """"<content>, said <speaker>[, apposition]." with no frame in the parse
    (the name hung on a later clause): the content is the sentence up to
    the comma before the cue. Not after a mention ("..., Ana Dorn, 49, told
    the Courier": whom it was told), nor a verb naming its object."""
    doc = verb.doc
    if cue_class not in ("assert", "report") or verb.tag_ not in FINITE_TAGS[:3] or verb.lemma_.lower() in cues.addressee_verbs:
        return None
    comma = verb.i - 1
    if comma > 0 and is_quote_mark(doc[comma]):
        comma -= 1  # '"..." , said' with the quote closed before the comma
    floor = sentence_start(doc, verb)
    if comma <= floor or doc[comma].text != ",":
        return None
    end = next((t.i for t in doc[verb.i + 1 : verb.sent.end] if t.text == "," or t.text in END_PUNCT), verb.sent.end)
    words = doc[verb.i + 1 : end]
    if not 0 < len(words) <= MAX_MENTION_WORDS or not mention_words(words) or words[0].pos_ not in ("DET", "PROPN"):
        return None
    while end < verb.sent.end and doc[end].text == ",":
        # "said Ana Dorn, a teacher, ...": an apposition is part of the mention
        after = next((t.i for t in doc[end + 1 : verb.sent.end] if t.text == "," or t.text in END_PUNCT), verb.sent.end)
        if after == end + 1 or not mention_words(doc[end + 1 : after]):
            break
        end = after
    mention = doc[verb.i + 1 : end]
    if any(t.dep_ in ("dobj", "oprd") and t.head == verb for t in words) or mention_before(doc, verb, floor) is not None:
        return None
    head = mention_head(doc, words.start, words.end, None)
    content = trim(doc, floor, comma)
    if head.ent_type_ in TIME_ENTS or content is None or not main_clause(doc, *content):
        return None  # "..., a study by X, concluded this year."
    if any(t.pos_ == "VERB" and t.lemma_.lower() in cues.verbs and "," in (doc[t.i - 1].text, doc[t.i - 2].text)
           for t in doc[max(content[0], 2) : content[1]]):
        return None  # '"...," said Ana Dorn, the Courier reports': the words are hers
    return Found(
        cue_tokens=cue_tokens,
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, [content]),
        speaker=head,
        construction="verb",
        speaker_range=(mention.start_char, mention.end_char),
    )


def fronted_speaker(verb: Token) -> tuple[Token, CharSpan] | None:
    """For a finite cue with no subject in "[In a speech,] <speaker>,
    <apposition>, <cue> ...", the speaker's head and mention: the noun
    phrase that opens the sentence between commas, after any opening phrase
    of time, place or manner."""
    doc = verb.doc
    finite = verb.tag_ in FINITE_TAGS[:3] or any(c.dep_ == "aux" for c in verb.children)
    before = verb.i - 1
    while before > 0 and doc[before].pos_ == "ADV":
        before -= 1  # "..., meanwhile said"
    if not finite or doc[before].text != ",":
        return None
    start = sentence_start(doc, verb)
    commas = [i for i in range(start, before + 1) if doc[i].text == ","]
    for left, right in zip([start - 1] + commas, commas):
        words = doc[left + 1 : right]
        if not len(words):
            return None
        if opening_phrase(words):
            continue
        if not mention_words(words):
            return None
        head = mention_head(doc, words.start, words.end, None)
        return head, (words.start_char, words.end_char)
    return None


def speaker_just_before(verb: Token) -> tuple[Token, CharSpan] | None:
    """For a finite cue with no subject, the noun phrase just before it that
    the parse hung elsewhere: "Dana Verho claims he ..." read as a noun with
    "claims" its object, "At a forum in Velden, Verho argued ..." with the
    name hung on the place. Its head and mention; None where the noun is
    another verb's subject ("a merger announced Monday would ...")."""
    doc = verb.doc
    if verb.tag_ not in FINITE_TAGS[:3]:
        return None
    while verb.dep_ == "conj" and verb.head.tag_ in FINITE_TAGS[:3]:
        verb = verb.head  # "Verho railed against X and accused ...": the first verb's speaker
    floor = sentence_start(doc, verb)
    end = verb.i
    while end > floor and doc[end - 1].pos_ == "ADV":
        end -= 1  # "Verho also said"
    if (named := name_read_as_word(doc, end, floor)) is not None:
        return named, (named.idx, named.idx + len(named))
    aside = bracket_before(doc, end, floor)
    if aside < end and (comma := next((i for i in range(aside - 1, floor, -1) if doc[i].text == ","), None)) is not None:
        if doc[comma + 1].pos_ == "CCONJ":
            floor = comma + 2  # "..., but Sen. Verho (a teacher) says": the conjunction is not the speaker's
    start = segment_before(doc, aside, floor)
    if start is None or start > floor and doc[start - 1].text != "," or any(is_quote_mark(t) for t in doc[start:end]):
        return None
    head = mention_head(doc, start, aside, None)
    if head.dep_ in SUBJECT_DEPS and not aside <= head.head.i < end or head.ent_type_ in TIME_ENTS:
        return None  # "Wednesday added ..." names no speaker; a name made the aside's subject still does
    return head, (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


def bracket_before(doc: Doc, end: int, floor: int) -> int:
    """Where a bracketed aside closing just before ``end`` opens ("Sen. Dana
    Verho (D-Ore.) says ...": the parser hangs the name inside the aside or
    on a clause before it, leaving the cue with no subject); ``end`` itself
    when there is none. On PolNeAR train 3 missed statements had this shape;
    reading past the aside recovers 1 (+1 overlap, +1 exact, no loss)."""
    if end - 1 <= floor or doc[end - 1].text != ")":
        return end
    opening = next((i for i in range(end - 2, floor, -1) if doc[i].text in ("(", ")")), None)
    return opening if opening is not None and doc[opening].text == "(" else end


def name_read_as_word(doc: Doc, end: int, floor: int) -> Token | None:
    """'..., From said.', '..." Will wrote.': a surname that is also a
    function word, capitalised after a comma or a quote, which the tagger
    read as that word."""
    word = doc[end - 1] if end - 1 > floor else None
    if word is None or not word.is_title or word.pos_ in NOUN_POS or word.is_punct:
        return None
    before = doc[end - 2]
    return word if before.text == "," or is_quote_mark(before) and before.text in CLOSING | {'"', "'"} else None


def headline_speaker(verb: Token) -> Token | None:
    """"Velden wins the harbour vote;\nSays the levy will be cut", "Velden
    Wades In: Urges ...": a headline clause that opens on its verb after the
    first line's semicolon or colon has no subject of its own and goes on
    speaking for the clause before it. That clause's subject speaks."""
    doc = verb.doc
    top = verb
    while top.dep_ in ("conj", "advcl") and top.head.i != top.i and not has_subject(top.head):
        top = top.head  # "Spurns offer, blasts ...": the verbs share the missing subject
    first = doc[top.left_edge.i]
    before = first.i - 1
    while before > 0 and doc[before].is_space:
        before -= 1
    if first.tag_ != "VBZ" or before < 1 or doc[before].text not in (";", ":"):
        return None
    if "\n" in doc.text[: doc[before].idx]:
        return None  # not in the first line
    root = doc[before - 1].sent.root
    if root.i == top.i:
        return None
    return next((c for c in root.children if c.dep_ in SUBJECT_DEPS and c.pos_ in NOUN_POS), None)


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def opening_phrase(words: Span) -> bool:
    """A phrase of time, place or manner before the subject ("On Friday",
    "In a speech", "But in Velden", "Speaking to reporters")."""
    first = words[0]
    return first.pos_ in OPENING_POS or first.tag_ in ("VBN", "VBG") or all(t.ent_type_ in TIME_ENTS for t in words)


def mention_words(words: Span) -> bool:
    """A short noun phrase."""
    if len(words) > MAX_MENTION_WORDS or is_quote_mark(words[0]) or any(t.pos_ not in MENTION_POS for t in words):
        return False
    return any(t.pos_ in NOUN_POS for t in words)


def after_cue(ranges: list[tuple[int, int]], verb: Token) -> list[tuple[int, int]]:
    """The content of a cue whose speaker opens the sentence lies after the
    cue: a broken parse may hang the speaker's apposition in its clause."""
    clipped = [trim(verb.doc, max(a, verb.i + 1), b) for a, b in ranges if b > verb.i + 1]
    return [r for r in clipped if r is not None]


# words that open what was asked after a fronted "Asked ..." ("about the
# cost", "if the plan was legal", "why he trailed")
QUESTION_OPENERS = ("about", "if", "whether", "why", "what", "how", "when", "where", "who", "which")
# words that may come before a fronted question cue ("When asked ...")
QUESTION_LEADS = ("when", "once", "after", "if")


def asked_opening(verb: Token, cue_class: str | None) -> Found | None:
    """"Asked during a debate why he trailed, X said ...", "When asked at a
    briefing about the merger, she ...": the parser hangs the question on a
    noun of the setting phrase, or makes the cue the root. What was asked
    runs from its first question word to the comma closing the opening; who
    asked is not named."""
    if verb.tag_ != "VBN" or cue_class != "question" or any(c.dep_ in SUBJECT_DEPS + ("aux", "auxpass") for c in verb.children):
        return None
    doc = verb.doc
    start = sentence_start(doc, verb)
    while start < verb.i and (doc[start].is_space or is_quote_mark(doc[start])):
        start += 1
    if not (verb.i == start or verb.i == start + 1 and doc[start].lower_ in QUESTION_LEADS):
        return None
    comma = next((t.i for t in doc[verb.i + 1 : verb.sent.end] if t.text == ","), None)
    if comma is None:
        return None
    opener = next((t.i for t in doc[verb.i + 1 : comma] if t.lower_ in QUESTION_OPENERS), None)
    content = trim(doc, opener, comma) if opener is not None else None
    if content is None:
        return None
    return Found(
        cue_tokens=[verb],
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, [content]),
        speaker=None,
        construction="verb",
    )


def clause_ahead(verb: Token) -> tuple[int, int] | None:
    """"While the rivals say the plan must change, they differ on ...": the
    parse hung the cue, with no clause of its own, on the clause that follows
    it; that clause, up to the end of its words, is what was said."""
    doc, head = verb.doc, verb.head
    start = verb.right_edge.i + 1
    if verb.dep_ != "advcl" or head.i <= verb.i or head.pos_ not in ("VERB", "AUX") or doc[start].is_punct:
        return None
    if not has_subject(verb):
        return None  # "Publishing the accounts took a week": a gerund reports nothing here
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i < start or any(t.is_punct or t.is_space for t in doc[verb.i + 1 : subject.left_edge.i]):
        return None  # "After she testified, the panel ...": a comma ends the cue's clause
    return trim(doc, start, head.right_edge.i + 1)


# subject pronouns that can only open a clause of their own
CLAUSE_PRONOUNS = ("he", "she", "they", "we", "i")


def clause_cut_off(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """"Ana Ruiz, who brags she has visited every pier, will run": the parse
    hung the clause right after the cue elsewhere, here as the sentence's own
    verb, and left the cue with nothing after it. A subject pronoun right
    after the cue opens that clause, up to the comma that ends it; returned
    with the clause's verb. Not after an adverbial clause ("When we replied
    we lost"), whose main clause follows it."""
    doc = verb.doc
    if verb.dep_ in ("advcl", "parataxis") or verb.i + 1 >= len(doc) or any(c.i > verb.i for c in verb.children):
        return None
    pronoun = doc[verb.i + 1]
    clause = pronoun.head
    if pronoun.lower_ not in CLAUSE_PRONOUNS or pronoun.dep_ not in SUBJECT_DEPS or verb.is_ancestor(pronoun) or clause.i < pronoun.i:
        return None
    end = next((c.i for c in clause.children if c.i > clause.i and c.is_punct), clause.right_edge.i + 1)
    span = trim(doc, pronoun.i, end)
    return (clause, span) if span is not None else None


def verb_read_as_adjective(verb: Token, cue_class: str | None) -> Found | None:
    """"Orlo described families playing in the park", "He implied traders
    were to blame": the parser read a past-tense cue right after a name or a
    subject pronoun as an adjective on the noun after it. A past tense is no
    participle: the name or pronoun (opening its clause) speaks, and the rest
    of the sentence is what was said. Not after a number or a comma ("271
    pledged delegates", "the Act, proposed legislation that ...")."""
    doc = verb.doc
    if cue_class is None or verb.tag_ != "VBD" or verb.dep_ != "amod" or verb.i == 0:
        return None
    start = verb.i - 1
    if doc[start].lower_ not in CLAUSE_PRONOUNS:
        while start > 0 and doc[start - 1].tag_ == "NNP":
            start -= 1
        if doc[verb.i - 1].tag_ != "NNP":
            return None
    floor = sentence_start(doc, verb)
    if start > floor and doc[start - 1].text != ",":
        return None
    end = verb.sent.end
    content = trim(doc, verb.i + 1, end)
    if content is None:
        return None
    return Found(
        cue_tokens=[verb],
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, [content]),
        speaker=doc[verb.i - 1],
        construction="verb",
        speaker_range=token_ranges_to_chars(doc, [(start, verb.i)])[0],
    )


def complementizer_read_as_relative(verb: Token) -> list[Token]:
    """"said before the town hall that the network asked her ...": the tagger
    read "that" as a complementizer, but the parse made the clause a relative
    one on the phrase's noun, with "that" as an object in it. A relative
    clause with a subject of its own after that object is the cue's clause."""
    for child in verb.children:
        if child.dep_ != "prep" or child.i < verb.i or child.lower_ not in SETTING_PREPOSITIONS:
            continue
        for clause in child.subtree:
            first = verb.doc[clause.left_edge.i]
            if (clause.dep_ == "relcl" and first.lower_ == "that" and first.tag_ == "IN"
                    and first.dep_ != "mark" and any(c.dep_ == "nsubj" and c.i > first.i for c in clause.children)):
                return [clause]
    return []


def second_subject(verb: Token) -> list[Token]:
    """"the host said families of victims file lawsuits": the tagger read the
    clause's verb as a noun, so the parse hangs the clause's subject on the
    cue as a second subject and the cue has no clause. That subject, with
    what hangs on it, is what was said. Only right after the cue's own
    subject ('"...," said Verho, a teacher' is the speaker's apposition).
    On PolNeAR train: 1 recovered statement, no loss."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or not subjects[0].i < verb.i < subjects[1].i or subjects[1].pos_ == "PROPN":
        return []  # '"Thanks!" wrote Dana Verho': a name after the cue is its speaker
    between = verb.doc[subjects[0].right_edge.i + 1 : verb.i]
    return [subjects[1]] if all(t.dep_ in ("aux", "advmod", "neg") for t in between) else []


def clause_after_comma(verb: Token) -> list[Token]:
    """"sent a note saying, if re-elected, she would ...": a comma after a
    participle cue cuts the clause off it, and the parse hangs the clause on
    the main verb. A clause with its own subject starting right after the
    comma, outside the cue's subtree, is what was said.
    On PolNeAR train: 1 recovered statement, no loss."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl") or verb.i + 2 >= len(doc) or doc[verb.i + 1].text != ",":
        return []
    if any(c.dep_ != "punct" for c in verb.children):
        return []
    first = doc[verb.i + 2]
    clause = next((t for t in [first, *first.ancestors] if t.left_edge.i == first.i and t.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.is_ancestor(verb) or not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return []
    return [clause]


def participle_as_subject(verb: Token) -> list[Token]:
    """"'We will win,' she said, adding the fee would fall": the parse made
    the participle the subject of the clause it reports, with that clause's
    own subject as its object. The clause, which hangs on an earlier verb
    (not the sentence's own, as in "Thirdly, hiring more staff is ..."), is
    what was said; the speaker is that earlier verb's subject. On PolNeAR
    train the shape is rare, and every statement it found was in the gold."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "csubj" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return []
    if head.i < verb.i or head.dep_ == "ROOT" or head.pos_ not in ("VERB", "AUX"):
        return []
    return [head]
