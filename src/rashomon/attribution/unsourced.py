"""Statements with no named source whose subject is part of what is said.

"The plan appears to have stalled", "X is expected to win", "it was reported
that ...", "it seems like ...", "he was charged with fraud", and participles:
"the plan backed by the council" (an agent speaks), "the contests known as
Super Tuesday" (no one is named), a participle that is a misread finite verb
("an analysis of the records identified X"). ``indirect._verb_cue`` calls
these where the verb names no speaker of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .content import (CLAUSE_DEPS, SUBJECT_DEPS, TIME_ENTS, Found, phrase_words, subtree_minus, token_ranges_to_chars, trim,
                      without_aside, word_list)
from .frames import object_range
from .lexicon import NON_SPEECH_CLASSES, Cues
from .subjects import NOMINALS, agentive, agent_as, agent_of, cue_tokens_of, is_expletive, is_passive, lemma_of

# what completes a verb whose subject is part of the statement: "X is expected
# to win", "X appears ready", "X is seen as a threat", "X was named chair"
COMPLEMENT_DEPS = ("xcomp", "oprd", "acomp", "attr")
COMPLEMENT_PREPOSITIONS = ("as", "like", "for")
# What completes a passive with no agent, the subject's part of what was said:
# "was charged with fraud", "was questioned about the loan", "was offered the job"
PASSIVE_OBJECTS = (("dobj", "dative"), ("with", "of", "on", "about", "over"))
# raising verbs that never take an object ("sound" does: "sounded the alarm")
INTRANSITIVE_RAISING = ("seem", "appear")
# nouns a relative clause with no relative word modifies as when, why, how
# or where: "the first time X appeared to ...", "the way X seemed to ..."
ADVERBIAL_NOUNS = ("time", "way", "reason", "place", "moment")
# dashes that open an aside (content.DASHES also counts a bare hyphen)
DASHES = ("--", "—", "–")
FINITE = ("VBD", "VBZ", "VBP")
# verbs of hearsay whose participle, right after a thing, stands for "is said to"
HEARSAY_VERBS = frozenset({"say", "report", "rumor", "rumour", "allege", "believe", "think"})


def complement_ranges(verb: Token, deps: tuple[str, ...] = COMPLEMENT_DEPS, preps: tuple[str, ...] = COMPLEMENT_PREPOSITIONS) -> list[tuple[int, int]]:
    """What completes a verb whose subject is part of the statement: "is
    seen as a threat", "is known for its polls", "was blamed for the delay"."""
    doc = verb.doc
    ranges = []
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ in deps or child.dep_ == "prep" and child.lower_ in preps and not dated(child):
            ranges.append(trim(doc, child.left_edge.i, child.right_edge.i + 1))
    return [r for r in ranges if r is not None]


def dated(prep: Token) -> bool:
    """"on Monday": when, not what; after "as" a date is a name ("the
    contests known as Super Tuesday")."""
    return prep.lower_ != "as" and any(c.ent_type_ in TIME_ENTS for c in prep.children)


def predicate_deps(verb: Token) -> tuple[str, ...]:
    """"the vote seemed a rebuke": after a verb that takes no object, the
    parse's object is the predicate."""
    return COMPLEMENT_DEPS + ("dobj",) if verb.lemma_.lower() in INTRANSITIVE_RAISING else COMPLEMENT_DEPS


def raised_complement(verb: Token, cues: Cues) -> bool:
    """The complement follows the raising verb at once and is not itself a
    reporting verb ("seemed to blame Y" is Y blamed by the subject)."""
    following = [c for c in verb.children if c.i > verb.i and c.dep_ in predicate_deps(verb) + ("prep",)]
    if not following:
        return False
    first = min(following, key=lambda c: c.i)
    if first.dep_ == "prep" and first.lower_ not in ("as", "like"):
        return False  # "appeared on the radio"
    if first.left_edge.i != verb.i + 1 and not (first.left_edge.i == verb.i + 2 and verb.nbor(1).dep_ == "advmod"):
        return False
    return not (first.dep_ == "xcomp" and cues.verb_class(first) is not None)


def subject_content(verb: Token, subject: Token | None, cues: Cues, cue_class: str | None) -> Found | None:
    """No named source, and the subject is part of what is said: "The council
    is expected to approve the budget", "The plan appears stalled", "The
    figures were announced", "It seems that ...". The speaker is unnamed."""
    doc, raising = verb.doc, lemma_of(verb, cues) in cues.raising
    written = said_of_subject(verb, cues) if cue_class is None else None
    if written is not None:
        cue_class = written[1]
    # a clause ending before a named subject is a neighbouring sentence the
    # parse hung on the verb ("X rose; Y is expected to ..."), not its content
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and not before_subject(c, subject)]
    if clauses:
        # "it was reported that ...", and "he was told that ...": the
        # subject heard it, someone unnamed said it
        ranges = [r for c in clauses for r in subtree_minus(doc, c, [], verb)]
        head = clauses[0]
    elif is_expletive(subject) and raising and (clause := raised_clause(verb)) is not None:
        ranges = [r for r in [trim(doc, clause[0], clause[1].right_edge.i + 1)] if r is not None]
        head = clause[1]
    else:
        # "what happened can hardly be called a stumble": a clause as the subject
        subject = subject or next((c for c in verb.children if c.dep_ in ("csubj", "csubjpass") and c.i < verb.i), None)
        # "it seems certain to pass": with no clause to hedge, "it" is the thing hedged
        # "what is often called X": a free relative names a thing by what it is called
        free_relative = subject is not None and subject.lower_ == "what" and verb.dep_ in ("ccomp", "pcomp", "pobj") and is_passive(verb)
        if subject is None or is_expletive(subject) and not (raising and subject.dep_ == "nsubj") or subject.tag_ in ("WDT", "WP") and verb.dep_ != "relcl" and not free_relative:
            return None
        if verb.lemma_.lower() in cues.addressee_verbs:
            return None  # "she was told / asked / warned": the addressee, not the statement
        complement = complement_ranges(verb, predicate_deps(verb)) or is_passive(verb) and complement_ranges(verb, *PASSIVE_OBJECTS) or []
        if raising and subject.lower_ == "that" and subject.tag_ == "DT" and len(list(subject.subtree)) == 1:
            return None  # "that sounds like a lot": the writer on what came before (none of 6 matched on PolNeAR train)
        if raising and not raised_complement(verb, cues):
            return None  # "X appeared on TV to defend her", "X seemed to blame Y": not a hedge
        if not complement and (not is_passive(verb) or cue_class in NON_SPEECH_CLASSES and not known_of(verb, cue_class, cues)
                               or verb.lemma_.lower() in word_list("naming_verbs.txt")):
            return None  # "the mayor appeared", "the report is expected", "the race was called": no statement
        if not complement and subject.pos_ == "PRON" and len(list(subject.subtree)) == 1:
            return None  # "she was rebuffed": the statement would be a bare pronoun, saying nothing
        ranges = before_trailing_comma(verb, complement)
        head = subject
        if not (complement and borrowed_subject(verb, subject)):
            ranges = antecedent(verb, subject) + opener(verb, subject) + subtree_minus(doc, subject, [], verb) + ranges
    cue_tokens, ranges = without_phrase(verb, written[0] if written else [], ranges)
    if not ranges or cue_class is None:
        return None
    # "X is expected to win the district, which ...": the aside is the writer's
    return Found(
        cue_tokens=cue_tokens,
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, without_aside(doc, sorted(ranges), verb, cues)),
        speaker=None,
        construction="unsourced",
        content_head=head,
    )


# perception verbs whose passive tells that something was sighted, not known
SIGHTINGS = frozenset({"see", "witness", "spot"})


def known_of(verb: Token, cue_class: str | None, cues: Cues) -> bool:
    """"the timetable was not yet known", "the route is widely known": a
    bare passive of knowing states that its subject is (or is not) known,
    by no one named; "the boat was seen" only tells where it was."""
    return cue_class == "perceive" and verb.lemma_.lower() not in SIGHTINGS | cues.clause_only


def said_of_subject(verb: Token, cues: Cues) -> tuple[list[Token], str] | None:
    """"X is widely regarded as Y", "X was singled out": a verb known only
    from a phrase takes the phrase's class and words, which the content does
    not hold ("X is focused on Y" is X's own attention, not said of X)."""
    written = phrase_words(verb, cues)
    if written is None or written[0][-1].lower_ != "as" and written[0][-1].dep_ == "prep":
        return None
    return written


def without_phrase(verb: Token, words: list[Token], ranges: list[tuple[int, int]]) -> tuple[list[Token], list[tuple[int, int]]]:
    """The cue with a phrase's words after the verb ("regarded as"), and
    the content ranges starting after them."""
    cue_tokens = sorted({t.i: t for t in cue_tokens_of(verb) + words}.values(), key=lambda t: t.i)
    last = cue_tokens[-1].i
    return cue_tokens, [(last + 1, b) if a > verb.i and a <= last < b - 1 else (a, b) for a, b in ranges]


def antecedent(verb: Token, subject: Token) -> list[tuple[int, int]]:
    """"a question Lee seemed to have settled": a relative clause with no
    relative word hedges its noun, which the statement takes in."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.i > verb.i or any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in verb.subtree):
        return []
    if noun.ent_type_ in TIME_ENTS or noun.lemma_.lower() in ADVERBIAL_NOUNS:
        return []  # "the day X seemed ...": when or how, not what is hedged
    return [r for r in [trim(verb.doc, noun.left_edge.i, subject.left_edge.i)] if r is not None]


def opener(verb: Token, subject: Token) -> list[tuple[int, int]]:
    """"... was unsure why the plan seemed to stall", "is that so far X seems
    ...": a clause the hedge heads takes in its opening word and what
    precedes its subject."""
    mark = next((c for c in verb.children if c.i < subject.i and (c.dep_ == "mark" or c.tag_ == "WRB")), None)
    if verb.dep_ != "ccomp" or mark is None:
        return []
    return [r for r in [trim(verb.doc, mark.i, subject.left_edge.i)] if r is not None]


def borrowed_subject(verb: Token, subject: Token) -> bool:
    """"He lost the vote and seemed to take hope from X": a second verb
    sharing the first one's subject hedges only its own complement."""
    first = verb.head  # finite, or the parse's participle misread ("X, purported to be ..., appear")
    finite = first.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in first.children)
    return verb.dep_ == "conj" and subject.head == first and finite


def before_subject(clause: Token, subject: Token | None) -> bool:
    """The clause ends before the verb's named subject begins."""
    return subject is not None and not is_expletive(subject) and clause.right_edge.i < subject.left_edge.i


def before_trailing_comma(verb: Token, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"X is expected to win, despite Y" / "..., as Z votes": a phrase set off
    by a comma after the hedged complement is the writer's context, not part
    of what is expected or seems so (a list, "ready, willing and able", or a
    participle, "..., revealing X", stays). So is an aside after a dash,
    unless the dash hangs from a noun it renames ("a rival -- a retired
    judge"), and a time phrase on the hedge, comma or not: "X seemed
    confident after the vote", "X appeared to waver when Y spoke"."""
    doc, chain = verb.doc, {verb.i}
    link: Token | None = verb
    while link is not None:
        chain.add(link.i)
        link = next((c for c in link.children if c.dep_ in COMPLEMENT_DEPS and c.i > link.i), None)
    cut = []
    for a, b in ranges:
        comma = next((i for i in range(a + 1, b - 1) if doc[i].text == "," and doc[i].head.i in chain and doc[i + 1].tag_ == "IN"
                      or doc[i].text in DASHES and doc[i].head.pos_ not in NOMINALS or time_phrase(doc[i], chain)), None)
        cut.append((a, b) if comma is None else trim(doc, a, comma))
    return [r for r in cut if r is not None]


# words opening a time phrase that dates a hedge rather than being hedged;
# "expected to vote before / until / as ..." is more often part of what is
# expected (measured on PolNeAR train), so those stay
TIME_OPENERS = ("after", "when")


def time_phrase(word: Token, chain: set[int]) -> bool:
    """"after the vote" / "when Y spoke" on the hedged complement: the
    writer says when it seemed so, not what seemed so."""
    if word.lower_ not in TIME_OPENERS:
        return False
    if word.dep_ == "prep":
        return word.head.i in chain
    return word.dep_ in ("mark", "advmod") and word.head.dep_ == "advcl" and word.head.head.i in chain


def raised_clause(verb: Token) -> tuple[int, Token] | None:
    """After an empty "it", the clause a raising verb hedges: "it seems like
    no one will be spared" (without its "like"), "it seems increasingly
    likely that ..." (the adjective that holds the clause): where it starts,
    and its head."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("like", "if", "though") for m in child.children):
            start = max(m.i for m in child.children if m.dep_ == "mark" and m.i < child.i) + 1
            return start, child
        if child.dep_ in ("oprd", "acomp") and any(c.dep_ == "ccomp" for c in child.children):
            return child.left_edge.i, child
    return None


# classes that report words or sight, not a stance: their participle names a
# thing ("the counties identified by the paper"); a stance on it ("the plan
# backed by the council") is the agent's view. Measured on PolNeAR train:
# 37% of these matched a statement, 11% exactly.
PLAIN_REPORTS = frozenset({"assert", "report", "perceive"})


def participle_cue(verb: Token, cues: Cues, cue_class: str | None) -> Found | None:
    """"the plan backed by the council": the noun is what the agent said.
    With no agent, a complement makes it a statement of no named source:
    "the string of contests known as Super Tuesday", "a year expected to
    bring record turnout"."""
    agent = agent_of(verb)
    if cue_class is None and agent is None and (written := said_of_subject(verb, cues)) is not None:
        return unsourced_participle(verb, written[1], written[0])  # "a judge regarded as the court's anchor"
    if cue_class is None:
        return None
    if agent is None:
        return misread_finite(verb, cues, cue_class) or unsourced_participle(verb, cue_class)
    # "the memo seen by the agency", "an affidavit written by X": a thing, no
    # view of the agent's; but "a step seen by planners as a lifeline" is one
    taken_as = agent_as(agent) if cue_class == "perceive" else None
    if cue_class in PLAIN_REPORTS and taken_as is None:
        return first_reported(verb, agent, cue_class)
    doc = verb.doc
    ranges = subtree_minus(doc, verb.head, [verb], verb)
    if not ranges:
        return None
    speaker_range = None
    if taken_as is not None:
        # the noun and what it is taken for
        ranges = ranges + [r for r in [trim(doc, taken_as.i, taken_as.right_edge.i + 1)] if r is not None]
        speaker_range = token_ranges_to_chars(doc, [(agent.left_edge.i, taken_as.i)])[0]
    return Found(
        cue_tokens=cue_tokens_of(verb),
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, ranges),
        speaker=agent,
        construction="verb",
        content_head=verb.head,
        speaker_range=speaker_range,
    )


def first_reported(verb: Token, agent: Token, cue_class: str) -> Found | None:
    """"The ferry deal, first reported by the Courier, is ...", "a fact first
    reported by the Courier": a report that breaks news names its source.
    The news is the noun, and when the noun is its clause's subject, what
    the clause says of it. Rare, but a statement wherever it occurs on
    PolNeAR train."""
    if verb.dep_ != "acl" or not any(c.lower_ == "first" and c.dep_ == "advmod" for c in verb.children):
        return None
    doc, noun = verb.doc, verb.head
    ranges = subtree_minus(doc, noun, [verb], verb)
    clause = noun.head
    if noun.dep_ in SUBJECT_DEPS and clause.i > noun.i and (rest := trim(doc, noun.right_edge.i + 1, clause.right_edge.i + 1)) is not None:
        ranges = ranges + [rest]
    if not ranges:
        return None
    return Found(
        cue_tokens=cue_tokens_of(verb),
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, ranges),
        speaker=agent,
        construction="verb",
        content_head=noun,
    )


def misread_finite(verb: Token, cues: Cues, cue_class: str) -> Found | None:
    """"The campaign called the report a rush to judgment": a bare participle
    with an object of its own, right after its noun, is the noun's finite verb
    misread; the noun said the object ("the need to have cited X" is no report)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    head, doc = verb.head, verb.doc
    if obj is None or head.i > verb.i or head.pos_ not in NOMINALS or verb.left_edge.i != verb.i:
        return None
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in NOMINALS:
        head = head.head.head  # "an analysis of the records identified ...": the analysis speaks
    mention = trim(doc, head.left_edge.i, verb.i)
    ranges = object_range(doc, verb, obj, cues)
    if mention is None or not ranges:
        return None
    return Found(
        cue_tokens=cue_tokens_of(verb),
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, ranges),
        speaker=head,
        construction="verb",
        content_head=obj,
        speaker_range=token_ranges_to_chars(doc, [mention])[0],
    )


def reduced_relative(verb: Token, cues: Cues, cue_class: str | None) -> Found | None:
    """"The deal announced Friday would last four years": the parser took the
    participle for the main verb and the real predicate for its clause (a
    clause with no subject, opening on an auxiliary). The subject is what
    the participle reports, from no named source."""
    if cue_class is None or verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("ROOT", "conj"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if subject is None or clause is None or subject.pos_ == "PRON" or any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return None
    if subject.ent_type_ == "PERSON" or verb.nbor(1).is_punct:
        return None  # "Lee said, 'is ...'", "Lee said ending X could ...": a speaker, not a reduced relative
    if clause.left_edge.dep_ not in ("aux", "auxpass", "neg") or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return _unsourced_from(verb, cue_class, subject, subject.right_edge.i + 1)


def said_to(verb: Token, cues: Cues, cue_class: str | None) -> Found | None:
    """"A database said to hold the records ... is being offered": "said to"
    straight after a thing, with no auxiliary, is the hearsay of "is said
    to", not the thing speaking. The content is the thing and what it is
    said to be or do, up to the clause the parser hung on the infinitive
    (the sentence's own predicate, opening on its auxiliary)."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if cue_class is None or subject is None or verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in HEARSAY_VERBS:
        return None
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.i == verb.i + 2 and doc[verb.i + 1].tag_ == "TO"), None)
    if infinitive is None or subject.pos_ != "NOUN" or subject.ent_type_ or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return None
    if agentive(subject, cues):  # "the spokesman said to expect delays": an instruction he gave
        return None
    end = infinitive.right_edge.i + 1
    predicate = next((c for c in infinitive.children if c.dep_ == "ccomp" and c.left_edge.dep_ in ("aux", "auxpass", "det")), None)
    auxiliaries = [c.i for c in predicate.children if c.dep_ in ("aux", "auxpass") and c.i < predicate.i] if predicate is not None else []
    if auxiliaries:
        end = min(auxiliaries)  # "... customers | is being offered"
    return _unsourced_from(verb, cue_class, subject, end)


def _unsourced_from(verb: Token, cue_class: str, subject: Token, end: int) -> Found | None:
    """A statement with no named source whose content runs from the subject to ``end``."""
    noun = trim(verb.doc, subject.left_edge.i, end)
    if noun is None:
        return None
    return Found(
        cue_tokens=cue_tokens_of(verb),
        cue_class=cue_class,
        content=token_ranges_to_chars(verb.doc, [noun]),
        speaker=None,
        construction="unsourced",
        content_head=subject,
    )


def unsourced_participle(verb: Token, cue_class: str, phrase: list[Token] | None = None) -> Found | None:
    """The noun and the participle's complement, no source named: "the
    contests known as Super Tuesday". A naming object ("a group called X")
    only names, and a participle with an object or subject of its own is a
    misread finite verb (read by ``misread_finite``)."""
    doc = verb.doc
    complement = complement_ranges(verb, tuple(d for d in COMPLEMENT_DEPS if d != "oprd"))
    if not complement or verb.head.i > verb.i or any(c.dep_ in ("dobj", "nsubj") for c in verb.children):
        return None
    head = verb.head
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head  # "the string of contests known as ...": the whole phrase
    noun = trim(doc, head.left_edge.i, verb.left_edge.i)
    if noun is None:
        return None
    cue_tokens, complement = without_phrase(verb, phrase or [], complement)
    return Found(
        cue_tokens=cue_tokens,
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, [noun] + complement),
        speaker=None,
        construction="unsourced",
        content_head=verb.head,
    )


# classes whose object is itself the stance taken: "criticizing the media",
# "endorsing the senator", "denying the charge"
STANCE_CLASSES = ("accuse", "endorse", "oppose", "deny")


def bare_gerund(verb: Token, cues: Cues, cue_class: str | None) -> Found | None:
    """"Criticizing the plan will cost votes", "focused on attacking her": a
    gerund with no subject that takes a stance on its object; the object is
    what is said, by no one named. After "for" it gives a reason ("the
    reason for criticizing X"), and whoever it blames is read elsewhere."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    # or calls or describes it ("calling the plan a fraud"); a verb that
    # reports only a clause or is said to someone has no such object
    plain = cue_class == "assert" and lemma_of(verb, cues) not in cues.clause_only | cues.addressee_verbs
    if cue_class is None or not (cue_class in STANCE_CLASSES or plain) or verb.tag_ != "VBG" or obj is None or verb.head.lower_ == "for":
        return None
    ranges = object_range(verb.doc, verb, obj, cues)
    if not ranges:
        return None
    return Found(
        cue_tokens=cue_tokens_of(verb),
        cue_class=cue_class,
        content=token_ranges_to_chars(verb.doc, ranges),
        speaker=None,
        construction="unsourced",
        content_head=obj,
    )
