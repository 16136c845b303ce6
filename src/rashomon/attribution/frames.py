"""Frames: where the content of a reporting verb lies around it.

Each function reads one shape off the dependency parse: a verb + preposition
cue ("point to X", "spoke warmly of X"), an object ("condemned the raid") and
its complement ("described it as a lie"), a topic ("spoke about X"), an
infinitive ("vowed to ..."), a question ("asked X whether ..."), a pro-form
("said so"), a clause the parser hung elsewhere, and the inverted cue ("The
plan, he said, will fail"). ``indirect.verb_cue`` chooses among them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .content import OPENING, SUBJECT_DEPS, TIME_ENTS, later_cues, trim, word_list
from .lexicon import Cues

# Words a phrase cue's own words may enclose without changing what it says:
# plain adjectives and adverbs, not graded ones ("a closer look", "the best case")
FREE_TAGS = ("JJ", "RB")
FREE_WORDS = 2  # at most this many of them
# prepositions a noun rarely takes for itself, unlike "of", "for" or "on"
TOPIC_ONLY = ("about",)
# prepositions of a phrase cue only right after its verb ("stood by its figure"): apart
# from it, "by" is a means or an agent ("standing in the way, he said, by creating ...")
ADJACENT_ONLY = ("by",)


def phrase_match(verb: Token, cues: Cues) -> tuple[list[Token], Token, str] | None:
    """A verb + preposition cue ("point to", "lash out at"): its words and the governed phrase."""
    key = cues.verb_key(verb.lemma_.lower(), verb.lower_)
    options = cues.phrases_after(key)
    if not options:
        return object_phrase(verb, key, cues)
    doc = verb.doc
    window = words_after(verb, options)
    for words, cue_class in options:
        end = phrase_end(window, words)
        if end is None:
            continue
        end += verb.i + 1
        last = doc[end - 1]
        if last.dep_ == "mark" and last.head.head.i == verb.i:
            # "called for the army to withdraw": "for" marks the clause
            return list(doc[verb.i : end]), last.head, cue_class
        if last.dep_ == "aux" and last.head.dep_ == "xcomp" and last.head.head.i == verb.i:
            # "voted to close the pier": the infinitive, with its "to", is the content
            return list(doc[verb.i : end - 1]), last.head, cue_class
        if last.head.i != verb.i and last.head.i not in range(verb.i, end):
            continue
        governed = [c for c in last.children if c.dep_ in ("pobj", "pcomp")]
        if not governed and (last.dep_ == "prt" or last.dep_ == "advmod" and len(words) == 1):
            # "laid out his plan": the particle's verb governs the object, also
            # when the parser reads the particle as an adverb ("walked back the
            # remark"; PolNeAR train +3 overlap, +2 exact for +4 predictions)
            governed = [c for c in verb.children if c.dep_ == "dobj" and c.i > last.i]
        if not governed and last.pos_ == "NOUN" and last.lemma_.lower() not in cues.nouns:
            # "made the point that ...", "made a commitment to hold ...": the noun's clause
            # (a reporting noun's own cue takes it: "made the case that ...")
            governed = [c for c in last.children if c.dep_ in ("acl", "ccomp") and c.i > last.i and any(
                m.dep_ == "mark" and m.lower_ == "that" or m.dep_ == "aux" and m.lower_ == "to" for m in c.children)]
        if governed and governed[0].ent_type_ not in TIME_ENTS:  # "commented on Tuesday"
            return list(doc[verb.i : end]), governed[0], cue_class
    return object_phrase(verb, key, cues) or separated_preposition(verb, cues.verb_phrases[key or ""])


def object_phrase(verb: Token, key: str | None, cues: Cues) -> tuple[list[Token], Token, str] | None:
    """A verb cue only with one noun as its object ("accepted the Harbour Party's
    nomination", "drew a clear contrast between the ferry plans"): the object is
    what was said, the verb alone the cue (as in "cast X as Y")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or (key or "", obj.lemma_.lower()) not in cues.object_phrases:
        return None
    return [verb], obj, cues.object_phrases[key or "", obj.lemma_.lower()]


def separated_preposition(verb: Token, options: dict[tuple[str, ...], str]) -> tuple[list[Token], Token, str] | None:
    """A verb + preposition cue with words between them ("spoke warmly of",
    "talked to reporters about"): the preposition is still the verb's own."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "with") and not any(c.dep_ == "dobj" for c in verb.children):
            # (with an object, "to" is the object's: "tweeted a link to a story about X")
            child = topic_on_addressee(child, options) or child
        if child.dep_ != "prep" or child.i <= verb.i + 1 or (child.lower_,) not in options or child.lower_ in ADJACENT_ONLY:
            continue
        if child.lower_ == "as" and (obj := object_frame(verb)) is not None and obj.i < child.i:
            # "cast the rival as a spoiler": the object and what it is cast as;
            # the cue is the verb alone, the object sits between it and "as"
            return [verb], obj, options[(child.lower_,)]
        governed = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if governed is not None and governed.ent_type_ not in TIME_ENTS:
            return [verb, child], governed, options[(child.lower_,)]
    return None


def topic_on_addressee(prep: Token, options: dict[tuple[str, ...], str]) -> Token | None:
    """"spoke with the Courier about the plan", "talked to voters about
    jobs": the parser hangs the topic on whom the cue was said to or with;
    it is still the cue's own preposition (PolNeAR train +2 overlap, +1
    exact for +2 predictions)."""
    person = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if person is None:
        return None
    return next((c for c in person.children if c.dep_ == "prep" and c.lower_ in TOPIC_ONLY and (c.lower_,) in options), None)


def phrase_before_clause(verb: Token, cues: Cues) -> tuple[list[Token], str] | None:
    """A phrase cue written out after its verb and followed by a clause
    ("pointed out that ...", "made it clear that ..."): its words and class."""
    options = cues.phrases_after(cues.verb_key(verb.lemma_.lower(), verb.lower_))
    window = words_after(verb, options)
    for words, cue_class in options:
        end = phrase_end(window, words)
        if end is not None:
            return list(verb.doc[verb.i : verb.i + 1 + end]), cue_class
    return None


def words_after(verb: Token, options: list[tuple[tuple[str, ...], str]]) -> list[tuple[str, str]]:
    """The lower-cased form and tag of the words after the verb, as many as
    its longest phrase cue and the free words take: read once, not per phrase."""
    size = len(options[0][0]) + FREE_WORDS if options else 0
    return [(t.lower_, t.tag_) for t in verb.doc[verb.i + 1 : verb.i + 1 + size]]


def phrase_end(window: list[tuple[str, str]], words: tuple[str, ...]) -> int | None:
    """How many of the ``window`` words (form and tag, from where the phrase
    would start) a phrase cue's words take: exactly as many, or up to two
    more for modifiers among them ("had very harsh words for", "weighed in so
    publicly on"), which the cue lines cannot all spell out (a second free
    word: PolNeAR train +1 overlap, +1 exact for +1 prediction)."""
    size = len(words)
    if tuple(form for form, _ in window[:size]) == words:
        return size
    at = skipped = 0
    for form, tag in window:
        if at == size:
            break
        if form == words[at]:
            at += 1
        elif tag in FREE_TAGS and skipped < FREE_WORDS:
            skipped += 1
        else:
            return None
    return at + skipped if at == size else None


def said_object(verb: Token, cues: Cues) -> Token | None:
    """An object that names a statement ("that question", "his warning", "a story")."""
    # or what one tells ("told a joke", "tells a different story")
    told_nouns = word_list("told_nouns.txt")
    said = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and (c.lemma_.lower() in cues.nouns or c.lemma_.lower() in told_nouns)), None)
    if said is not None and said.lemma_.lower() in told_nouns and any(c.lower_ == "the" for c in said.lefts):
        # "told the story of how ...": what the story is about was said
        told = next((p for p in said.rights if p.dep_ == "prep" and p.lower_ == "of"), None)
        return next((c for c in told.children if c.dep_ in ("pobj", "pcomp")), said) if told is not None else said
    return said


def object_frame(verb: Token) -> Token | None:
    """The object of an evaluative cue, or None."""
    # a name the parser took for a complement ("skywriters blasted Trest") is the object
    return next((c for c in verb.children if c.i > verb.i and (
        c.dep_ in ("dobj", "oprd") or c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN"))), None)


# prepositions that name what a cue is about ("speculated about the cost",
# "agreed with that point"), not when or where it happened
TOPIC_PREPOSITIONS = ("about", "on", "of", "against", "over", "with")
NOT_TOPICS = ("GPE", "LOC", "FAC", "CARDINAL", "PERSON", "ORG", "NORP")


def topic_frame(verb: Token) -> Token | None:
    """What a cue with no clause or object is about: the object of its first
    topic preposition, unless that names a time, a place or a party."""
    for child in verb.children:
        if child.i > verb.i and child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in NOT_TOPICS + TIME_ENTS and obj.pos_ != "PRON":
                return obj
            return None
    return None


# what an addressee is told about: "reminded voters of the stakes", "told
# the staff about the audit"
ADDRESSEE_TOPICS = ("of", "about")


def addressee_topic(verb: Token) -> Token | None:
    """The "of / about" phrase after an addressee verb's object, hung on the
    verb or on the object: with its preposition, it is what was said. Under
    an indefinite object it is part of the object ("asked a series of
    questions", "told a version of the story")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children)
    return next((c for c in list(verb.children) + ([] if indefinite else list(obj.children))
                 if c.dep_ == "prep" and c.i > obj.i and c.lower_ in ADDRESSEE_TOPICS), None)


def likeness(verb: Token) -> bool:
    """"It reminds me of the old harbour": a likeness the writer sees, not a
    reminder anyone gave."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("me", "us") and c.i > verb.i), None)
    return obj is not None and any(c.dep_ == "prep" and c.lower_ == "of" for c in list(verb.children) + list(obj.children))


def goal_frame(verb: Token) -> Token | None:
    """"Voters look to the senator for answers", "she is looking to the
    spring": what an intention verb with a subject of its own turns to; in
    the progressive, also what it is "for" ("the guild is looking for a new
    ferry")."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i), None)
    if prep is None and progressive(verb) and verb.i + 1 < len(verb.doc) and (after := verb.doc[verb.i + 1]).lower_ == "for":
        # right after the verb ("things are looking dire for the guild" is no goal); a
        # relative pronoun ("the ferry they are looking for") is read through its noun
        prep = after if after.head.i == verb.i and not any(c.tag_ in ("WDT", "WP") for c in after.children) else None
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def progressive(verb: Token) -> bool:
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


# question words opening a second topic ("talked about X and how ..."; not
# after "but": "X, but what Y heard was ..." is a sentence of its own)
TOPIC_QUESTIONS = ("how", "whether", "what", "why")


def with_second_topic(doc: Doc, ranges: list[tuple[int, int]], topic: Token) -> list[tuple[int, int]]:
    """A preposition's object up to a second topic the parser hung on the
    preposition or on the cue instead of on the first: "support for X and
    for Y" (the preposition repeated), "talked about X and how ..."."""
    prep = topic.head
    if not ranges or prep.dep_ != "prep":
        return ranges
    end = ranges[-1][1]
    for holder in (prep, prep.head):
        for c in holder.children:
            between = doc[end : c.left_edge.i]
            if c.dep_ != "conj" or c.i < end or not all(t.lower_ in ("and", "or", ",") for t in between):
                continue
            if c.pos_ == "ADP" and c.lower_ == prep.lower_ or c.left_edge.lower_ in TOPIC_QUESTIONS:
                return ranges[:-1] + [r for r in [trim(doc, ranges[-1][0], c.right_edge.i + 1)] if r is not None]
    return ranges


# prepositions that may say where the object stands ("showed her in the
# lead", "put him within reach"), or else where the cue happened
STATE_PREPOSITIONS = ("in", "within", "among", "ahead", "behind")


def circumstance(prep: Token, cues: Cues) -> bool:
    """A phrase saying when or where the cue happened ("in May", "in Ohio",
    "in a tweet"), not what was said."""
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), prep)
    return obj.ent_type_ in TIME_ENTS + ("GPE", "LOC", "FAC", "EVENT") or obj.lemma_.lower() in cues.settings


# names after "on" that say where or through what something was said ("on
# Harbour Hill", "on the Courier's morning show", "on Velden Radio")
SAID_ON = ("ORG", "PRODUCT", "FAC", "GPE", "LOC", "WORK_OF_ART", "EVENT")
SECOND_OBJECT_DEPS = ("dobj", "advmod")
PROFORM_OBJECTS = ("it", "them", "this", "that", "these", "those")


# "Ruiz slams Dorn in harbour debate", "Malk endorses Ruiz with a nod from the guild":
# in a headline, a phrase after a named target says when or how, not whom
TARGET_CLASSES = ("accuse", "endorse", "oppose")
CIRCUMSTANCE_PREPOSITIONS = ("at", "in", "after", "with", "during", "before")


def object_range(doc: Doc, verb: Token, obj: Token, cues: Cues) -> list[tuple[int, int]]:
    """The object with its "as / for / of" complement ("described it as a lie")."""
    end = obj.right_edge.i + 1
    # a pronoun standing for what was said ("described it in print", "know it
    # too") is marked alone: what follows it tells where or how
    bare = obj.lower_ in PROFORM_OBJECTS
    for child in verb.children:
        if child.i > obj.i and (
            child.dep_ in ("oprd", "xcomp")
            or child.dep_ == "prep" and child.lower_ in ("as", "for", "of", "with", "about", "on", "to", "against", "from", "over")
            # "praised the plan on Monday / on Velden Radio", "has backed the plan
            # for years": when or where it was said, not what
            and not (child.lower_ == "on" and any(o.ent_type_ in TIME_ENTS + SAID_ON for o in child.children))
            and not (child.lower_ == "for" and all(t.ent_type_ in TIME_ENTS for t in child.subtree if t.i > child.i))
            or child.dep_ == "prep" and child.lower_ in STATE_PREPOSITIONS and not bare and not circumstance(child, cues)
        ):
            end = max(end, child.right_edge.i + 1)
    for child in verb.children:
        # a second object or an adverb right after it completes what was said
        # ("called him the enforcer", "put her well behind"); not a comma away
        if child.dep_ in SECOND_OBJECT_DEPS and child.left_edge.i == end and not (bare and child.dep_ == "advmod"):
            end = child.right_edge.i + 1
        elif child.dep_ == "advcl" and child.left_edge.i == end and as_complement(child):
            # "sees the levy as outdated": the parser hangs "as outdated" as a
            # clause; it ends before a comma or dash, or a word coordinated with it
            end = next((t.i for t in doc[child.i + 1 : child.right_edge.i + 1]
                        if t.is_punct and not t.is_quote and doc[t.i - 1].whitespace_ or t.head == child and t.dep_ in ("cc", "conj")),
                       child.right_edge.i + 1)
    if (purpose := infinitive_after(verb, end, cues)) is not None:
        # up to a reporting verb coordinated with it ("to keep X and oppose Y")
        end = min([c.left_edge.i for c in purpose.children if c.dep_ == "conj" and cues.verb_class(c)] + [purpose.right_edge.i + 1])
    cut = later_cues(obj, cues)
    if cut:
        end = min(end, min(t.left_edge.i for t in cut))
    if obj.pos_ == "PROPN" and verb.sent.start == 0 and cues.verb_class(verb) in TARGET_CLASSES:
        end = min([end] + [c.i for c in list(obj.children) + list(verb.children) if c.i > obj.i and c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPOSITIONS])
    return [r for r in [trim(doc, obj.left_edge.i, end)] if r is not None]


# what completes a relative object after its verb: "which he called a
# disaster", "which she described as a lie", "that they blamed for the delay"
# (the parser may read "called which a disaster" as two objects)
RELATIVE_COMPLEMENTS = ("oprd", "xcomp", "acomp", "ccomp", "dobj")
RELATIVE_PREPOSITIONS = ("as", "for", "to", "of")


def relative_object(verb: Token) -> Token | None:
    """"the deal, which he called a betrayal": the relative word standing as
    the object of a relative-clause cue, before it. A bare "that" ("the tax
    that she opposed") is not: annotators mark the noun it stands for (16 to
    6 on train), unless it is the subject of what the verb says."""
    if verb.dep_ != "relcl":
        return free_relative_as(verb)
    relative = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.tag_ in ("WDT", "WP")), None)
    if relative is not None and relative.lower_ == "that" and not said_of_relative(verb):
        return None
    return relative


def free_relative_as(verb: Token) -> Token | None:
    """"the vote was a rebuke to what the guild saw as contempt": a free
    relative whose subject takes it as something is that subject's view
    ("what | as contempt"); without the "as" ("what the guild proposed")
    the gold seldom marks it."""
    if verb.dep_ not in ("pcomp", "ccomp", "pobj") or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.lower_ == "what"), None)


def said_of_relative(verb: Token) -> bool:
    """"a plan that she hopes will pass": a clause right after the verb, which
    the parser left without its subject, the relative word."""
    return any(c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1 for c in verb.children)


def relative_object_ranges(doc: Doc, verb: Token, relative: Token) -> list[tuple[int, int]]:
    """The relative word and what the verb says of it ("which | a
    betrayal"): annotators mark both, not the antecedent."""
    complement = next(
        (
            c
            for c in verb.children
            if c.i > verb.i and (c.dep_ in RELATIVE_COMPLEMENTS or c.dep_ == "prep" and c.lower_ in RELATIVE_PREPOSITIONS)
        ),
        None,
    )  # the first: a later one says when or where
    said = trim(doc, complement.left_edge.i, complement.right_edge.i + 1) if complement is not None else None
    return [(relative.i, relative.i + 1)] + ([said] if said is not None else [])


def infinitive_frame(verb: Token) -> tuple[int, Token] | None:
    """``X vowed to ...`` / ``X urged Y to ...`` / ``X suggested building ...``:
    start token index and the xcomp."""
    if advice(verb):
        return None
    for child in verb.children:
        if (child.dep_ == "xcomp" or child.dep_ == "advcl" and _adjacent(verb, child)) and child.i > verb.i and (
            child.tag_ == "VBG" and child.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            start = child.left_edge.i
            obj = next((c for c in verb.children if c.dep_ in ("dobj",) and verb.i < c.i < child.i), None)
            if obj is not None:
                start = obj.left_edge.i
            return start, child
    return None


# "may want to": the writer's advice to the subject ("buyers may want to wait"), not its wish
ADVICE_MODALS = ("may", "might")


def advice(verb: Token) -> bool:
    return verb.lemma_.lower() == "want" and any(c.dep_ == "aux" and c.lower_ in ADVICE_MODALS for c in verb.children)


def _adjacent(verb: Token, clause: Token) -> bool:
    """Only the verb's own time words between it and the clause ("vowed last
    month to ..."): the parser then reads the infinitive as a purpose."""
    between = verb.doc[verb.i + 1 : clause.left_edge.i]
    return all(t.dep_ in ("npadvmod", "advmod", "amod", "det") and t.text != "," for t in between)


def infinitive_after(verb: Token, end: int, cues: Cues) -> Token | None:
    """"condemned the calls to ban X", "backed the rights of parents to
    choose", "spent $5,000 supporting him": the parser hangs the noun's
    infinitive or participle on the verb as an adverbial clause; right after
    the content, with no comma, it is part of it. A reporting verb there ("met
    X to discuss Y") is a statement of its own."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.left_edge.i == end
            and (c.left_edge.lower_ == "to" and c.left_edge.head.i == c.i or c.left_edge.i == c.i and c.tag_ == "VBG")
            and cues.verb_class(c) is None
        ),
        None,
    )


def as_complement(clause: Token) -> bool:
    """"as outdated", "as too costly", "as captured by a clique": an
    adjective or a participle the parser made a clause of its own under
    "as", with no subject or auxiliary, is what the object is taken for."""
    return ((clause.pos_ == "ADJ" or clause.tag_ in ("VBN", "VBG")) and clause.left_edge.lower_ == "as"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cop") for c in clause.children))


def as_after(verb: Token, end: int) -> Token | None:
    """"referred to the mayor as a friend": the verb's "as" right after a
    phrase cue's object completes what was said."""
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == end), None)


def asked_to(verb: Token, governed: Token) -> Token | None:
    """"called on the council to reopen the port": what the council is asked
    to do is part of the statement; the parser hangs it on the verb."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp" and c.i > governed.right_edge.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _has_figure(token: Token) -> bool:
    return any(t.like_num or t.text in ("$", "%") for t in token.subtree)


def figure_frame(verb: Token) -> tuple[Token, Token] | None:
    """"The Orlen Ledger put her fortune at $45 million", "estimates put the toll
    closer to 300": an estimate, the object and the figure it is put at (or
    a comparative holding one), returned as the object and the figure's
    head."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ != "PRON"), None)
    if obj is None:
        return None
    # the parser may hang the "at" phrase on the object's own modifiers
    candidates = [c for c in verb.children if c.i > obj.i] + [t for t in obj.subtree if t.i > obj.i]
    figure = next((c for c in candidates if _has_figure(c) and (
        c.dep_ == "prep" and c.lower_ == "at" or c.dep_ == "advmod" and c.head.i == verb.i and c.tag_ in ("JJR", "RBR"))), None)
    return (obj, figure) if figure is not None else None


def _ends_clause(token: Token) -> bool:
    """Punctuation or the end of the text right after ``token``."""
    return token.i + 1 == len(token.doc) or token.nbor(1).is_punct


def proform_frame(verb: Token) -> Token | None:
    """"40 percent said so / the same / yes", "she thinks so": a word right
    after the cue stands for the statement."""
    for child in verb.children:
        if child.left_edge.i != verb.i + 1:
            continue
        if child.lower_ in ("so", "yes", "no") and child.dep_ in ("advmod", "intj", "dobj"):
            return child
        if child.lower_ == "same" and child.dep_ in ("npadvmod", "dobj"):
            return child
        if child.tag_ == "WRB" and child.dep_ == "advmod" and child.right_edge.i == child.i and _ends_clause(child):
            return child  # "she did not say when.": the question left open (train: +2 ov, +2 exact)
    return None


def clause_after_phrase(verb: Token) -> list[Token]:
    """A "that" clause the parser hung on a phrase between the cue and it
    ("said from the start that ...", "said on Tuesday that ...", "said in
    one of a series of messages that ...")."""
    for child in verb.children:
        if child.dep_ != "prep" or child.i < verb.i or child.lower_ == "as":
            continue  # "touted the figures as proof that ...": the clause is part of what they were called
        for clause in child.subtree:
            near = clause.head.dep_ == "pobj" and clause.head.head.i == child.i
            if (
                near and clause.dep_ in ("acl", "relcl")
                # deeper down only after a phrase saying where or when: "that"
                # after "a claim" or "accused X of" starts the claim's clause
                or child.lower_ in SETTING_PREPOSITIONS and clause.dep_ in ("relcl", "pcomp")
            ) and opened_by_that(clause):
                return [clause]
    return []


def opened_by_that(clause: Token) -> bool:
    """The clause starts with "that" as its complementizer, or as the object of a
    preposition later in it: the parser's relative reading with a stranded
    preposition ("insisted since the accident that the rules are among the
    strictest", read as "the accident that the rules are among"), or as the
    determiner of a plural subject, which it cannot be."""
    first = clause.left_edge
    if first.lower_ != "that":
        return False
    if first.dep_ == "det" and first.head.tag_ in ("NNS", "NNPS") and first.head.head.i == clause.i:
        return True  # "and that guards had been ordered": no "that guards" but a complementizer
    return first.dep_ == "mark" and first.head.i == clause.i or first.dep_ == "pobj" and first.head.i > first.i


def clause_on_predicate(verb: Token) -> list[Token]:
    """The predicate word of a phrase cue that the parser hung the clause on
    ("has now made clear that ...": "clear" as the verb's predicate, its
    clause below it); ``_verb_cue`` keeps it only when the words spell a
    phrase cue, and then takes the clause under it."""
    return [c for c in verb.children if c.dep_ in ("oprd", "acomp") and c.i > verb.i and any(d.dep_ == "ccomp" for d in c.children)]


# prepositions of a phrase saying where, when or through what a cue was said
SETTING_PREPOSITIONS = ("in", "at", "during", "after", "before", "via", "through")


def addressee_clause(verb: Token, cues: Cues) -> list[Token]:
    """"asked the mayor how long it would take", "assured voters he was
    ready", "told a veterans group that the fund is empty": the parser hangs
    the clause on the addressee, as its complement or as a relative clause
    with no relative word (a "that" marking it, with a subject of its own,
    opens a complement, not a relative clause)."""
    if cues.verb_key(verb.lemma_.lower(), verb.lower_) not in cues.addressee_verbs:
        return []
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "dative") or obj.i < verb.i:
            continue
        for clause in obj.children:
            marked = any(t.dep_ == "mark" and t.lower_ == "that" for t in clause.children)
            if clause.i > obj.i and (
                clause.dep_ == "ccomp"
                or clause.dep_ == "relcl"
                and (marked or obj.pos_ in ("PRON", "PROPN") or obj.tag_ == "NNS")  # "a question he dodged" is a relative clause
                and (marked or not any(t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" for t in clause.children))
                and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
            ):
                return [clause]
    return []


# "who" opens a plain relative clause ("asked Trest, who trails, to ...")
QUESTION_WORDS = ("why", "how", "whether", "if", "what", "when", "where")


def question_clause(verb: Token, cue_class: str | None) -> list[Token]:
    """"asked the mayor if / whether ...": the parser hangs the question on
    the verb as an adverbial clause, not as its complement."""
    if cue_class != "question":
        return []
    for child in verb.children:
        # "was asked by a caller why ...", "asked her how ...": or on whom it
        # was asked of or by, as a clause opening on a question word
        person = next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "agent" else child
        if person is None or person.dep_ not in ("dobj", "dative", "pobj") or person.i < verb.i:
            continue
        for clause in person.children:
            if clause.dep_ in ("relcl", "ccomp", "acl") and clause.i > person.i and clause.left_edge.lower_ in QUESTION_WORDS:
                return [clause]
    return [
        c for c in verb.children
        if c.dep_ == "advcl" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
    ][:1]


def inverted(verb: Token) -> bool:
    """The cue hangs off its own content: "The plan, he said, will fail."."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    return verb.dep_ == "parataxis"


def lead_in(verb: Token) -> list[Token]:
    """What opens the sentence before a cue that introduces a quote: in
    'Asked about costs, she said, "We stay."' the parser hangs the cue off
    the quote's verb, but what was said is the quote alone. Without a quote
    ("In her view, she said, the plan fails") the opening stays: annotators
    keep it."""
    head, doc = verb.head, verb.doc
    after = verb.i + 1
    while after < len(doc) and doc[after].text in (",", ":"):
        after += 1
    if head.i < verb.i or after >= len(doc) or doc[after].text not in OPENING | {'"'}:
        return []
    return [c for c in head.children if c.i < verb.left_edge.i and c.dep_ not in SUBJECT_DEPS + ("expl", "aux", "auxpass", "neg")]
