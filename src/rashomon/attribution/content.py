"""What every finder builds: a ``Found`` statement and its content range.

The content of a statement is a token subtree less what is not the statement:
the cue and speaker, later cues that start statements of their own, a
dateline, edge punctuation. The finders (``indirect``, ``phrases``,
``nominal``, ``direct``) share these helpers so a content ends the same way
whichever construction found it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..model import Span as CharSpan
from .datelines import dateline_end
from .lexicon import NON_SPEECH_CLASSES, Cues
from .speakers import empty_it

CLAUSE_DEPS = ("ccomp",)


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


EDGE_PUNCT = set(",;:-\u2014\u2013()[]") | {"--"}


END_PUNCT = {".", "!", "?", "..."}


OPENING = {"\u201c", "\u2018", "\u00ab", "\u201e", "\u2039", "``"}


CLOSING = {"\u201d", "\u2019", "\u00bb", "\u203a", "''"}


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The words of a one-word-a-line data file (and the user's copies)."""
    from ..actors.lexicon import data_rows  # late: the actors package imports this one
    return frozenset(row[0].lower() for row in data_rows(name))


@dataclass
class Found:
    """One attribution before speakers are resolved and records are built."""

    cue_tokens: list[Token]
    cue_class: str
    content: list[CharSpan]
    speaker: Token | None
    construction: str
    content_head: Token | None = None
    # the speaker's mention when it is not the subtree of ``speaker`` (colon lines)
    speaker_range: CharSpan | None = None
    # what a relative pronoun speaker stands for ("voters" in "voters who said")
    antecedent: CharSpan | None = None

    @property
    def cue_span(self) -> CharSpan | None:
        if not self.cue_tokens:
            return None
        return (self.cue_tokens[0].idx, self.cue_tokens[-1].idx + len(self.cue_tokens[-1].text))


LIMITING = {"only", "merely", "simply"}


def trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range [start, end) without edge punctuation, spaces and dangling conjunctions.

    A closing quotation mark cannot start a statement, nor an opening one end it.
    """
    while start < end and (
        doc[start].is_space or doc[start].text in EDGE_PUNCT | END_PUNCT | CLOSING or doc[start].dep_ == "cc"
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_space or doc[end - 1].text in EDGE_PUNCT | END_PUNCT | OPENING or doc[end - 1].dep_ == "cc"
    ):
        if doc[end - 1].text == ")" and any(t.text == "(" for t in doc[start : end - 1]):
            break  # "(R-Velden)" keeps its bracket
        end -= 1
    if end <= start:
        return None
    if doc[start].lower_ in LIMITING and end - start > 1 and doc[start + 1].dep_ == "mark":
        start += 1  # "said only that ...": the adverb limits the saying, not what was said
    start = drop_dateline(doc, start, end)
    return (start, end) if end > start else None


DASHES = {"-", "--", "\u2013", "\u2014"}


TIME_ENTS = ("DATE", "TIME")


def drop_dateline(doc: Doc, start: int, end: int) -> int:
    """'VELDEN, March 4 (Wire) - The talks ...': the dateline is not said by anyone."""
    first = doc[start]
    if not (first.is_upper and first.is_alpha and len(first) > 1):
        # the parse may end a sentence after the place ("VELT" alone), so the
        # content opens inside the dateline: ", Feb 17 (Kestrel) - The ..."
        if start == 0 or not (doc[start - 1].text == "," or doc[start - 1].is_upper):
            return start  # cheap test first: trim runs on every range
        after = dateline_end(first)
        return after if after is not None and start < after < end else start
    for i in range(start + 1, min(start + 14, end - 1)):
        if doc[i].text in DASHES:
            return i + 1
    return start


def paragraph_breaks(doc: Doc, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if doc[i].is_space and "\n" in doc[i].text]


def token_ranges_to_chars(doc: Doc, ranges: list[tuple[int, int]]) -> list[CharSpan]:
    return [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)) for a, b in ranges]


def subtree_minus(
    doc: Doc, head: Token, excluded: list[Token], anchor: Token | None = None, cue: list[Token] | None = None
) -> list[tuple[int, int]]:
    """Contiguous token ranges of ``head``'s subtree, cut where excluded subtrees
    and the cue's own words sit.

    With an ``anchor`` (the cue), only the part in the cue's paragraph is kept:
    a parse that runs over a paragraph break does not carry the statement with it.
    """
    skip: set[int] = {t.i for t in cue or []}
    for token in excluded:
        skip.update(t.i for t in token.subtree)
    left, right = head.left_edge.i, head.right_edge.i + 1
    if anchor is not None:
        if paragraph_breaks(doc, right, anchor.i) or paragraph_breaks(doc, anchor.i, left):
            return []  # a clause in another paragraph is not this cue's
        for brk in paragraph_breaks(doc, left, right):
            if brk < anchor.i:
                left = max(left, brk + 1)
            else:
                right = min(right, brk)
                break
    ranges: list[tuple[int, int]] = []
    start = None
    for i in range(left, right):
        if i in skip:
            if start is not None:
                ranges.append((start, i))
                start = None
        elif start is None:
            start = i
    if start is not None:
        ranges.append((start, right))
    trimmed = [trim(doc, a, b) for a, b in ranges]
    return [r for r in trimmed if r is not None]


def later_cues(content_head: Token, cues: Cues) -> list[Token]:
    """Reporting verbs coordinated with or hanging off a content ("... and
    warned that ...", "..., telling reporters that ...", "... but took issue
    with ..."), sharing the speaker:
    each is a statement of its own, so the content stops before it.

    Not so, annotators rarely marking them on their own (measured on PolNeAR
    train): a participle with no comma before it, which tells how the
    content's action went ("gathered outside calling for X"), and a verb of
    belief or wish ("... and wants X")."""
    return [
        t
        for t in content_head.subtree
        # a finite past/present verb ("and warned"), not one sharing the
        # content's own subject ("majorities favor X and back Y")
        if (t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ") or t.dep_ == "advcl" and t.tag_ == "VBG" and set_off(t))
        and t.i > content_head.i
        and t.pos_ == "VERB"
        and (cues.verb_class(t) not in NON_SPEECH_CLASSES | {None} or phrase_class(t, cues) not in NON_SPEECH_CLASSES | {None})
        and not any(c.dep_ in SUBJECT_DEPS for c in t.children)
        and not same_clause(t, content_head, cues)
        or t.dep_ == "conj" and t.i > content_head.i and (own_report(t, cues) or t.head == content_head and (tense_clash(t) or auxiliary_clash(t, cues)))
    ]


def same_clause(verb: Token, content_head: Token, cues: Cues) -> bool:
    """"said the group is neutral and backs candidates of both parties": a
    verb coordinated with a content that has a subject of its own, in the
    same tense, shares that subject and goes on the content (measured on
    PolNeAR train), unless it brings in a clause of its own ("... and noted
    that Y", "... and promised to Y") or accuses ("... and criticized him
    for Y"): those start the speaker's next statement."""
    return (
        verb.dep_ == "conj"
        and verb.head == content_head
        and verb.tag_ == content_head.tag_
        and any(c.dep_ in SUBJECT_DEPS for c in content_head.children)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
        and cues.verb_class(verb) != "accuse"
    )


def tense_clash(verb: Token) -> bool:
    """"vowed to keep X and celebrated Y": a finite verb with no subject of its
    own cannot share an infinitive's "to"; the parse hung it on the wrong verb,
    and it goes with the cue's speaker, not inside the content. Only on the
    content's own head: deeper down the clash is as often a mistagged verb."""
    head = verb.head
    return (
        verb.tag_ in ("VBD", "VBZ")
        and head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def auxiliary_clash(verb: Token, cues: Cues) -> bool:
    """"that every target had been a military one, and called the deaths
    ...": a cue in the simple past or present, with no subject or auxiliary
    of its own, cannot share the perfect or modal of the verb it is hung on;
    it is the speaker's next statement."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ")
        and cues.verb_class(verb) not in NON_SPEECH_CLASSES - {"want"} | {None}
        and any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ == "have") for c in verb.head.children)
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children)
    )


def phrase_class(verb: Token, cues: Cues) -> str | None:
    """The class of a phrase cue written out from ``verb`` ("railed against"):
    the words alone, enough to tell where a content stops; ``frames.phrase_match``
    (which needs this module) also finds what the phrase governs."""
    written = phrase_words(verb, cues)
    return written[1] if written else None


def phrase_words(verb: Token, cues: Cues) -> tuple[list[Token], str] | None:
    """The words after ``verb`` that complete a phrase cue, and its class."""
    options = cues.verb_phrases.get(cues.verb_key(verb.lemma_.lower(), verb.lower_) or "", {})
    doc = verb.doc
    for words, cue_class in options.items():
        if tuple(t.lower_ for t in doc[verb.i + 1 : verb.i + 1 + len(words)]) == words:
            return list(doc[verb.i + 1 : verb.i + 1 + len(words)]), cue_class
    return None


def own_perfect(verb: Token) -> bool:
    """"... and has called him X": a perfect tense of its own, with no
    subject, starts a clause of its own whatever follows the verb."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def own_report(verb: Token, cues: Cues) -> bool:
    """A coordinated cue with a clause of its own, which annotators mark as a
    second statement (measured on PolNeAR train): with its own subject ("X,
    and he added that Y"), as a participle ("... and warning that Y") or with
    its own auxiliary ("... but did not suggest that Y"); a bare verb shares
    the content's modal and is part of it ("would go and say that Y"). A
    wish counts too ("... but did not recommend that Y"), save as a
    participle."""
    cue_class = cues.verb_class(verb)
    if cue_class in NON_SPEECH_CLASSES - {"want"} | {None}:
        return False
    if cue_class != "want" and own_perfect(verb):
        return True
    if not any(c.dep_ in CLAUSE_DEPS for c in verb.children):
        return False
    if cue_class == "want" and verb.tag_ == "VBG":
        return False  # "... and demanding that Y": a wish in passing, part of the first content
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return verb.tag_ in ("VBD", "VBZ", "VBP")
    return verb.tag_ == "VBG" or verb.tag_ == "VB" and any(c.dep_ == "aux" for c in verb.children)


def set_off(phrase: Token) -> bool:
    """A phrase after a comma or dash."""
    return phrase.left_edge.i > 0 and phrase.doc[phrase.left_edge.i - 1].text in DASHES | {","}


ASIDE_RELATIVES = ("which", "who", "whom", "whose", "where")


def relative_start(first: Token) -> bool:
    """The word a relative clause opens with: its pronoun, or a preposition
    governing one ("with whom he clashed", "under which ...")."""
    if first.lower_ in ASIDE_RELATIVES:
        return True
    return first.dep_ == "prep" and first.i + 1 < len(first.doc) and first.nbor().lower_ in ("which", "whom")


def without_aside(
    doc: Doc, ranges: list[tuple[int, int]], head: Token, cues: Cues | None = None
) -> list[tuple[int, int]]:
    """A content less the ", which ..." or ", who ..." clause that ends it:
    "condemned the bill, which passed in May" is about the bill, and "said she
    met Ms. Lund, who runs the mill" ends at Ms. Lund, as does "attacked Ms.
    Lund, with whom he clashed"; the aside is the writer's. A clause whose
    verb is itself a cue ("..., who said ...") stays: cut out, it would stand
    as a statement of its own, which annotators rarely mark (measured on
    PolNeAR train). Without ``cues`` every such clause goes."""
    if not ranges:
        return ranges
    start, end = ranges[-1]
    for clause in head.subtree:
        first = clause.left_edge
        if (
            clause.dep_ == "relcl"
            and clause.right_edge.i + 1 == end
            and relative_start(first)
            and doc[first.i - 1].text == ","
            and first.i - 1 > start
        ):
            if cues is not None and cues.verb_class(clause) is not None:
                return ranges
            return ranges[:-1] + [r for r in [trim(doc, start, first.i)] if r is not None]
    if (comma := writers_comment(doc, start, end, head)) is not None:
        return ranges[:-1] + [r for r in [trim(doc, start, comma)] if r is not None]
    return ranges


# "..., a week after the strike": when the statement was reported, not part of it
TIME_UNITS = {"minute", "hour", "day", "week", "month", "year", "fortnight"}
DAY_PARTS = {"morning", "afternoon", "evening", "night"}
MODIFIERS = ("DET", "NUM", "ADJ", "ADV", "CCONJ", "PUNCT")


def writers_comment(doc: Doc, start: int, end: int, head: Token) -> int | None:
    """Where a phrase set off by a comma at the end of a content, and the
    writer's rather than the speaker's, begins: one that opens with a noun
    from comment_nouns.txt summing the statement up (", the first admission
    by ...") or with a time after or before something (", a week after the
    strike"), unless that time follows a date it explains ("on Thursday
    night, two days after the strike")."""
    # a phrase ending where the content ends heads a subtree holding its last
    # word: one of that word's ancestors up to the content's head
    chain = [doc[end - 1], *doc[end - 1].ancestors]
    if head not in chain:
        return None
    for phrase in chain[: chain.index(head) + 1]:
        first = phrase.left_edge
        if phrase.right_edge.i + 1 != end or first.i - 1 <= start or doc[first.i - 1].text != ",":
            continue
        words = [t for t in doc[first.i : end] if t.pos_ not in MODIFIERS]
        if not words or words[0].pos_ != "NOUN":
            continue
        lemma = words[0].lemma_.lower()
        if lemma in word_list("comment_nouns.txt"):
            return first.i - 1
        before = doc[max(start, first.i - 3) : first.i - 1]
        dated = any(t.ent_type_ in TIME_ENTS or t.lemma_.lower() in DAY_PARTS for t in before)
        if lemma in TIME_UNITS and len(words) > 1 and words[1].lower_ in ("after", "before") and not dated:
            return first.i - 1
    return None


QUOTE_MARKS = OPENING | {'"', "''"}


def own_statement(verb: Token, cues: Cues) -> bool:
    """A reporting verb inside a content that brings in a quote of its own
    (", while Y said the 'stakes are high'", ", adding: '...'", "and called
    him 'a fraud'"), or one with a speaker of its own set against the
    content (", even as Y warned that ...", ", though Y blame ..."): a
    statement of its own, so the content ends before it."""
    if verb.pos_ not in ("VERB", "AUX") or cues.verb_class(verb) in NON_SPEECH_CLASSES | {None}:
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and verb.dep_ == "advcl" and subject.tag_ not in ("WDT", "WP") and contrast(verb):
        # "..., while 23 percent favored Y": a share backing another side is
        # the same finding going on, not a speaker of its own
        return cues.verb_class(verb) != "endorse" or not any(t.ent_type_ in ("PERCENT", "CARDINAL") for t in subject.subtree)
    if not any(t.text in QUOTE_MARKS and t.i > verb.i for t in verb.subtree):
        return False  # without a quote the gold keeps such clauses about as often as not
    if subject is not None:
        return verb.dep_ == "advcl" and subject.tag_ not in ("WDT", "WP")
    # a bare verb shares the content's modal: "he would sit X down and tell him '...'"
    return verb.dep_ in ("conj", "advcl") and verb.tag_ != "VB"


CONTRAST_MARKS = ("though", "although", "while", "whereas")


CONTRAST_WORDS = set(CONTRAST_MARKS) | {"even"}


def contrast(verb: Token) -> bool:
    """A clause set against the one it hangs on ("though X says", "even as X warns")."""
    return any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS or c.dep_ == "advmod" and c.lower_ == "even" for c in verb.children)


def cut_at_own_statements(
    doc: Doc, ranges: list[tuple[int, int]], content_head: Token, cue: Token, cues: Cues
) -> list[tuple[int, int]]:
    """``ranges`` less what follows the first statement of its own after
    ``content_head``, up to the ``cue`` when the cue comes later ("A, adding
    '...', B said"). The cue's own clause is not one."""
    # an object's content runs on past its subtree ("accused X of Y"): walk all of it
    last = max([content_head.right_edge.i + 1] + [b for _, b in ranges])
    if not any(t.text in QUOTE_MARKS or t.lower_ in CONTRAST_WORDS for t in doc[content_head.i + 1 : last]):
        return ranges  # most contents quote no one: spare the walk over the subtree
    starts = [
        t.left_edge.i
        for t in doc[content_head.i + 1 : last]
        if t.left_edge.i > content_head.i and not (t == cue or t.is_ancestor(cue)) and own_statement(t, cues)
    ]
    if not starts:
        return ranges
    cut = min(starts)
    end = cue.i if cut < cue.i else len(doc)
    pieces = [(a, min(b, cut)) for a, b in ranges if a < cut] + [(max(a, end), b) for a, b in ranges if b > end]
    return [r for r in (trim(doc, a, b) for a, b in pieces) if r is not None]


PARTICIPLE_PREPOSITIONS = ("before",)


def participle_report(verb: Token, cues: Cues) -> Token | None:
    """The first word of a participle cue with a clause of its own hanging
    inside another statement's content ("..., suggesting that B", "...
    before adding that B"): where that content ends. On PolNeAR train the
    gold makes most of these a statement of its own, wherever the parse
    hangs them; a participle without a clause ("..., contrasting it with
    Y"), a coordinated verb phrase ("... but would not give details") or a
    "while" clause it splits off far less often, so those stay
    inside. "after" in place of "before" did not occur there and is left out."""
    if verb.tag_ != "VBG" or cues.verb_class(verb) is None or not any(c.dep_ in CLAUSE_DEPS for c in verb.children):
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children):
        return None
    if verb.dep_ == "advcl":
        return verb.left_edge
    if verb.dep_ == "pcomp" and verb.head.lower_ in PARTICIPLE_PREPOSITIONS:
        return verb.head
    return None


def end_at_participle_reports(doc: Doc, found: list[Found], cues: Cues, quotes: list[CharSpan]) -> None:
    """Each content less the participle statements inside it ("A said the
    ferry runs late, believing that B"): the participle's statement stands
    on its own, spoken by whoever speaks the content it sat in, and the
    content keeps what comes before and after it."""
    for inner in found:
        verb = next((t for t in inner.cue_tokens if t.pos_ == "VERB"), None)
        if verb is None or any(a <= verb.idx < b for a, b in quotes) or (first := participle_report(verb, cues)) is None:
            continue
        if inner.speaker is not None and empty_it(inner.speaker, verb):
            continue  # "it seems ..., considering that ...": a reason given, not a view held
        if inner.content[0][0] < first.idx:
            continue
        last = verb.right_edge.idx + len(verb.right_edge.text)
        outers = [o for o in found if o is not inner and o.content[0][0] < first.idx < o.content[-1][1]]
        if not outers:
            continue
        nearest = min(outers, key=lambda o: o.content[-1][1] - o.content[0][0])
        if nearest.speaker is not None:
            # the content's speaker goes on speaking, not the clause's subject
            inner.speaker, inner.speaker_range, inner.antecedent = nearest.speaker, nearest.speaker_range, nearest.antecedent
        for outer in outers:
            pieces: list[CharSpan] = []
            for a, b in outer.content:
                if b <= first.idx or a >= last:
                    pieces.append((a, b))  # untouched: its quotation marks stay as they are
                    continue
                for x, y in ((a, first.idx), (last, b)):
                    span = doc.char_span(x, y, alignment_mode="expand") if x < y else None
                    kept = trim(doc, span.start, span.end) if span else None
                    if kept is not None:
                        pieces += token_ranges_to_chars(doc, [kept])
            if pieces:
                outer.content = pieces
