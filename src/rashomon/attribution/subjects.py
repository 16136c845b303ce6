"""Who a reporting verb's clause is about, as the parse tells it.

The subject (climbing through coordination, control and a misplaced
auxiliary), the agent of a passive, the noun a participle or a relative
clause speaks for, whether a subject is empty ("it") or can hold a view at
all, and the cue's own words. ``indirect``, ``unsourced``, ``nominal`` and
``direct`` read speakers through these.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.lexicon import fold, people_words
from ..model import Span as CharSpan
from .content import CLAUSE_DEPS, SUBJECT_DEPS, auxiliary_clash, own_report, phrase_class, set_off, token_ranges_to_chars, trim
from .datelines import dateline_end
from .lexicon import NON_SPEECH_CLASSES, Cues

# verbs whose object keeps the subject company rather than acting for it
MEETING_VERBS = frozenset({"join", "meet", "email", "visit", "contact", "phone", "accompany"})
# dependents of a verb that carry its subject over to a reporting verb
INHERIT_DEPS = ("conj", "xcomp", "advcl", "acl")


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing through coordination and control."""
    token = verb
    bare = verb.tag_ == "VB"  # an infinitive, or one coordinated with it, may take its controller
    for _ in range(4):
        subjects = [child for child in token.children if child.dep_ in SUBJECT_DEPS and child.pos_ != "PUNCT"]
        if subjects:
            return _past_dateline(_past_label(subjects))
        if (on_aux := _subject_on_auxiliary(token)) is not None:
            return on_aux
        if (listed := _subject_of_first_in_list(token)) is not None:
            return listed
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            token = token.head  # "after saying ...": climb through the preposition
            if token.head.dep_ == "acomp":
                token = token.head  # "X was quick in saying ...": and through the adjective
        elif token.dep_ == "acomp" and any(c.dep_ in CLAUSE_DEPS for c in verb.children):
            pass  # "X was quick to point out that ...", "voters are likelier to say that ..."
        elif token.dep_ not in INHERIT_DEPS or token.head.i == token.i:
            return None
        elif token.dep_ == "xcomp" and bare and (controller := _object_controller(token)) is not None:
            return controller
        bare = bare and token.head.tag_ == "VB"  # "urged X to sign and lobbied for": not the infinitive's
        token = token.head
    return None


def _past_label(subjects: list[Token]) -> Token:
    """"Correction: An earlier version of this story said ...": a label and its
    colon that the parser took for a second subject. The subject is the one
    after the colon (or after a comma)."""
    first = subjects[0]
    if len(subjects) < 2 or subjects[1].i < first.i or subjects[1].pos_ not in ("NOUN", "PROPN", "PRON"):
        return first
    # a comma the parser hung on the first subject still sets it off ("that
    # hackers had stolen data, a week after its spokesman said": "data" and
    # "spokesman" both subjects of "said")
    edge = first.right_edge.i + (0 if first.right_edge.is_punct and first.right_edge.i > first.i else 1)
    between = {t.text for t in first.doc[edge : subjects[1].left_edge.i]}
    # "But that being said, Ana Dorn insisted": the parser's first subject
    # opens a phrase set off by a comma, and the verb's own comes after it;
    # a name before the comma keeps its clause ("Howard, who has made films
    # since 1961, ...")
    if ":" in between or "," in between and first.pos_ != "PROPN":
        return subjects[1]
    return first


def _past_dateline(subject: Token) -> Token:
    """"KESTLE (Wirepost) - Mayor Ana Dorn said": a parse that takes the
    dateline for the subject; the subject is the verb's other one past the
    dash, or the mention the parser hung on the dateline."""
    end = dateline_end(subject)
    if end is None or subject.i >= end:
        return subject
    later = next((c for c in subject.head.children if c.dep_ in SUBJECT_DEPS and c.i >= end), None)
    if later is not None:
        return later
    return next((t for t in subject.subtree if t.i >= end and t.head.i < end), subject)


def _object_controller(xcomp: Token) -> Token | None:
    """"The ruling led analysts to question ...", "the delay forced the
    council to admit ...": the infinitive's subject is the person or group
    its head verb acts on, not the head verb's subject. A thing as object
    ("used the speech to attack ...") leaves the subject to the head, and so
    does a verb of meeting ("joined two senators to reject ...", "emailed
    her to thank her"): there the object is company, not the doer."""
    if xcomp.head.pos_ != "VERB" or xcomp.head.lemma_.lower() in MEETING_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in xcomp.children):
        return None
    obj = next((c for c in xcomp.head.children if c.dep_ == "dobj" and c.i < xcomp.i), None)
    if obj is None:
        return None
    if obj.pos_ == "PRON":
        return obj if obj.lower_ in ("him", "her", "them", "us", "me", "you") else None
    person = obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.lemma_.lower() in people_words()
    return obj if person else None


def reporter_of(verb: Token, cues: Cues) -> Token | None:
    """"X said that she would attend but did not suggest that ...", "X said
    the mill would close, citing ...": a second statement the parse hung
    inside the first one's clause is the first speaker's, not the clause
    subject's."""
    clause = verb.head
    aside = verb.dep_ == "advcl" and verb.tag_ == "VBG" and set_off(verb)
    # a finite phrase cue the content stops before ("... and railed against Y")
    phrase = verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and phrase_class(verb, cues) is not None
    if not (aside or phrase or verb.dep_ == "conj" and (own_report(verb, cues) or auxiliary_clash(verb, cues)
                                                         or _speechless_subject(verb, cues))) or clause.dep_ not in CLAUSE_DEPS:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or cues.verb_class(clause.head) is None:
        return None
    return subject_of(clause.head)


def _speechless_subject(verb: Token, cues: Cues) -> bool:
    """"X said the closure was ordered by the council and accused the board
    of delay": a speech verb the parse hung on the reported clause would take
    that clause's subject, a thing that cannot speak; it is X's next statement."""
    if cues.verb_class(verb) in NON_SPEECH_CLASSES | {None}:
        return False
    subject = subject_of(verb)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN", "NUM") and not agentive(subject, cues)


def rootless_subject(verb: Token) -> tuple[Token, CharSpan] | None:
    """"Ruiz called Trest a liar" parsed with a noun for its root and the
    verb as a modifier ("acl") below it: a finite form, or a participle with
    an object or a clause of its own (a modifier of a noun seldom has one),
    is the sentence's verb, and the root's words before it its subject."""
    if verb.dep_ != "acl" or any(c.dep_ in ("agent", "aux", "auxpass") for c in verb.children):
        return None
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN", "NUM", "PRON") or root.i > verb.i:
        return None
    if not (verb.tag_ in ("VBD", "VBZ") or verb.tag_ == "VBN" and any(c.dep_ in ("dobj", "oprd", "ccomp") and c.i > verb.i for c in verb.children)):
        return None
    # not the scene set before it ("Speaking at a rally, Ruiz called ...")
    start = min([c.left_edge.i for c in root.lefts if c.dep_ not in ("advcl", "prep", "punct", "npadvmod", "advmod")] + [root.i])
    span = trim(verb.doc, start, verb.left_edge.i)
    return (root, token_ranges_to_chars(verb.doc, [span])[0]) if span else None


def subject_with_first_verb(verb: Token) -> tuple[Token, CharSpan] | None:
    """"X, the police chief, repeated that ..., and questioned whether ..."
    parsed with the first verb a modifier of the subject ("acl") and the
    second the sentence's verb: a modifier with a clause or an object of its
    own, before the subject's "and", is the first of two predicates. The
    subject's mention ends where the first verb begins."""
    noun = verb.head
    if noun.dep_ == "appos":
        noun = noun.head  # hung on the subject's apposition ("X, the fire chief, repeated")
    if verb.dep_ != "acl" or noun.dep_ not in SUBJECT_DEPS or noun.head.i < verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("agent", "aux", "auxpass") for c in verb.children) or verb.tag_ not in ("VBD", "VBN"):
        return None
    if not any(c.dep_ in ("dobj", "ccomp") and c.i > verb.i for c in verb.children):
        return None
    if not any(c.dep_ == "cc" and c.i > verb.right_edge.i for c in noun.children):
        return None
    span = trim(verb.doc, noun.left_edge.i, verb.left_edge.i)
    return (noun, token_ranges_to_chars(verb.doc, [span])[0]) if span else None


def noun_coordinated(verb: Token) -> tuple[Token, CharSpan] | None:
    """"The court overruled the ban and said ..." parsed with the verb
    coordinated to its subject noun (the first verb a modifier of the noun):
    the noun speaks, its mention ending where that first verb begins."""
    noun = verb.head
    if verb.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i or noun.dep_ not in ("nsubj", "ROOT"):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    first = next((t for t in verb.doc[noun.i + 1 : verb.i] if t.pos_ == "VERB" and t.dep_ in ("acl", "relcl") and noun.is_ancestor(t)), None)
    if first is None or any(c.dep_ in SUBJECT_DEPS + ("mark",) or c.tag_ in ("WDT", "WP") for c in first.children):
        return None  # no first verb, or a relative clause ("officials who met and said"): a plain list of nouns
    span = trim(verb.doc, noun.left_edge.i, first.left_edge.i)
    return (noun, token_ranges_to_chars(verb.doc, [span])[0]) if span else None


def _subject_of_first_in_list(verb: Token) -> Token | None:
    """"X summed up A, denounced B and said C": the parser took the first
    verb of a list for a clause of the second, with the list's subject: a
    clause before the verb with no word to subordinate it, set off by a comma."""
    for clause in verb.lefts:
        if clause.dep_ == "advcl" and clause.pos_ == "VERB" and verb.doc[clause.right_edge.i + 1].text == "," and not any(
            c.dep_ in ("mark", "aux", "auxpass") or c.tag_ == "WRB" for c in clause.children
        ):
            return next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i), None)
    return None


def _subject_on_auxiliary(verb: Token) -> Token | None:
    """A subject the parser hung on the verb's auxiliary when a phrase splits
    them ("X's allies have in the past said ...")."""
    for aux in verb.children:
        if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i:
            for child in aux.children:
                if child.dep_ in SUBJECT_DEPS and child.i < aux.i:
                    return child
    return None


def document_author(noun: Token, cues: Cues) -> Token | None:
    """Who wrote or gave a statement, letter or speech that is said to say
    something: its owner ("his letter saying"), or the subject of the verb
    that issues it ("X issued a statement saying", "during a speech
    attacking ..." hangs on a clause whose subject gave it)."""
    lemma = noun.lemma_.lower()
    if lemma not in cues.settings and noun.lower_ not in cues.settings and lemma not in cues.nouns:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    if noun.dep_ == "dobj":
        return subject_of(noun.head)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head.head)
    return None


NOMINALS = ("NOUN", "PROPN", "PRON")
# "the council is due to discuss the strike": a timetable, not a statement
TIMETABLE = ("due", "set", "scheduled", "slated", "poised")


def participle_speaker(verb: Token, cues: Cues) -> tuple[Token | None, CharSpan | None]:
    """Who speaks through a verb with no subject of its own, and the mention
    when it is not the speaker's whole phrase: the noun a participle hangs
    from ("a group supporting the mayor", "those backing the bill"), the
    subject of the adjective an infinitive completes ("X was quick to cast
    ..."), and for a gerund after a noun's preposition, the subject of the
    clause the noun belongs to ("X drew criticism for promoting ..."), when
    that is someone who can speak. Coordinated verbs share it ("...
    singling out X and calling for Y")."""
    token = verb
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head, doc = token.head, verb.doc
    if token.dep_ == "acl" and token.tag_ == "VBG" and head.pos_ in NOMINALS:
        author = document_author(head, cues)
        if author is not None:
            return author, None
        trimmed = trim(doc, head.left_edge.i, token.left_edge.i)  # the group, without what follows
        return head, token_ranges_to_chars(doc, [trimmed])[0] if trimmed else None
    # right before the verb, with no comma or quotation mark between
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i == verb.i - 1 and not c.right_edge.is_punct]
    if before and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        # "activists clamoring for X say (that) ...": the parser took the
        # subject and its participle for a clause of the verb ('"A," said X,
        # angered that ...' is a quote, not a subject)
        return next((c for c in before[0].children if c.dep_ in SUBJECT_DEPS), None), None
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if token.dep_ == "xcomp" and infinitive and head.dep_ == "acomp" and head.lower_ not in TIMETABLE:
        return subject_of(head.head), None  # "X was quick to cast ...", "X is free to vote for ..."
    if token.dep_ == "advcl" and token.tag_ == "VBG" and head.dep_ in ("acl", "relcl") and head.head.lemma_.lower() in EFFORTS:
        # "X made a bid to calm the row, saying that ...": the participle is
        # done by whoever makes the effort its clause hangs on (rare on
        # PolNeAR train, and every statement it found was in the gold)
        owner = next((c for c in head.head.children if c.dep_ == "poss"), None) or clause_subject(head.head)
        if owner is not None and agentive(owner, cues):
            return owner, None
    if token.dep_ in ("acl", "relcl") and infinitive and head.lemma_.lower() in EFFORTS and cues.verb_class(verb) not in ("report", "perceive"):
        # "X mounted a campaign to condemn ...", "X's bid to paint ...": who makes
        # the effort speaks ("an effort to show / see" is a display, not a claim)
        owner = next((c for c in head.children if c.dep_ == "poss"), None) or clause_subject(head)
        if owner is not None and agentive(owner, cues):
            return owner, None
    if token.dep_ == "relcl" and infinitive and (head.lower_ in RANKS or any(c.lower_ in RANKS for c in head.children if c.dep_ in ("amod", "advmod"))):
        # "X was the first senator to endorse Y", "the only mayor to back Y":
        # the one ranked did it, named by the clause's subject or the noun itself
        subject = clause_subject(head)
        if subject is not None and agentive(subject, cues):
            return subject, None
        if agentive(head, cues):
            trimmed = trim(doc, head.left_edge.i, token.left_edge.i)
            return head, token_ranges_to_chars(doc, [trimmed])[0] if trimmed else None
    if token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ not in ("VERB", "AUX"):
        subject = clause_subject(head.head)
        if subject is not None and agentive(subject, cues):
            return subject, None
    return swallowed_subject(verb)


FINITE_TAGS = ("VBD", "VBZ", "VBP")
# words ranking who did something first or alone ("the first senator to endorse")
RANKS = ("first", "only", "last", "latest", "second", "third")
# nouns for an attempt or a ground, whose infinitive is done by whoever makes
# the attempt or has the ground ("X had every reason to doubt Y")
EFFORTS = ("effort", "attempt", "bid", "campaign", "opportunity", "chance", "push", "drive", "reason", "evidence")


def swallowed_subject(verb: Token) -> tuple[Token | None, CharSpan | None]:
    """"In a meeting with the board of the Post Velden said that ...": a
    finite verb with a clause and no subject, the name before it taken into
    the phrase that opens the sentence. That name speaks, and its mention is
    the name alone (its person entity), not the phrase it was taken into."""
    if verb.tag_ not in FINITE_TAGS or verb.i == 0 or not any(c.dep_ in CLAUSE_DEPS and c.i > verb.i for c in verb.children):
        return None, None
    before = verb.doc[verb.i - 1]
    if before.ent_type_ not in ("PERSON", "ORG") or before.head.i == verb.i or before.dep_ not in ("pobj", "compound", "appos"):
        return None, None
    start = before.i
    while start > 0 and before.ent_type_ == "PERSON" and verb.doc[start].ent_iob_ == "I":
        start -= 1  # back to where the name begins
    return before, (verb.doc[start].idx, before.idx + len(before.text))


def inverted_object(verb: Token) -> Token | None:
    """"The ferry will resume in May, wrote Olam Trest on his blog": after
    the clause it closes and a comma, a cue with no subject of its own whose
    object, right after it, is a name or a person ("..., wrote a nurse at
    the clinic"): the parser took the inverted speaker for the object."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
    return obj if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ == "PERSON" or obj.lemma_.lower() in people_words()) else None


def agentive(token: Token, cues: Cues) -> bool:
    """A person, a group or an organization, not a thing ("the price", "the
    results"): only these speak through a gerund three words away, or hold
    a stance ("consultants are leery of ...", not "the speech was full of")."""
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "they", "we", "i", "you", "who")
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = token.lemma_.lower()
    return lemma in cues.organizations or lemma in cues.unnamed or lemma in people_words() or fold(token.text) in people_words()


def clause_subject(word: Token) -> Token | None:
    """The subject of the clause a noun or adjective is part of: "X" for
    "criticism" in "X drew criticism for ...", for "leader" in "X was a
    leader in ...", for "short" in "X stopped short of ..."."""
    if word.dep_ == "pobj" and word.head.dep_ == "prep":
        word = word.head
    if word.dep_ in ("dobj", "attr", "acomp", "oprd", "prep", "npadvmod", "advmod") and word.head.pos_ in ("VERB", "AUX"):
        return subject_of(word.head)
    return None


def relative_antecedent(verb: Token) -> tuple[Token, CharSpan] | None:
    """For "voters who said ...", the noun the relative clause hangs on, and
    its mention up to where the clause begins ("voters")."""
    token = verb
    for _ in range(3):
        if token.dep_ == "relcl":
            noun = token.head
            if noun.ent_type_ in ("DATE", "TIME") and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                    and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head  # "its statement of 4 October, which said": the statement said it
            trimmed = trim(noun.doc, noun.left_edge.i, token.left_edge.i)
            if trimmed is None:
                return None
            start, end = token_ranges_to_chars(noun.doc, [trimmed])[0]
            return noun, (start, end)
        if token.dep_ not in ("conj", "xcomp") or token.head.i == token.i:
            return None
        token = token.head
    return None


def agent_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return _by_phrase(verb) if is_passive(verb) else None


def agent_as(agent: Token) -> Token | None:
    """The "as" phrase right after a passive cue's agent, on the agent or on
    the verb: "was seen by the crews as a snub". Not an example after a comma
    or "such" ("echoed by papers, such as the Courier")."""
    doc = agent.doc
    holders = [agent, agent.head.head] if agent.head.dep_ == "agent" else [agent]
    return next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > agent.i
                 and (doc[c.i - 1] == agent or agent.is_ancestor(doc[c.i - 1]))
                 and not doc[c.i - 1].is_punct and doc[c.i - 1].lower_ != "such"), None)


def _by_phrase(verb: Token) -> Token | None:
    """"X was rejected by voters", "X was declared the winner by the networks":
    the agent the parser took for a plain "by" phrase, on the passive verb or
    on the noun after it, or on a "with" phrase's noun ("are viewed with deep
    distrust by the guild")."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("oprd", "dobj", "attr") and c.i > verb.i)]
    holders += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" and p.i > verb.i for o in p.children if o.dep_ == "pobj"]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i > verb.i:
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def is_passive(verb: Token) -> bool:
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children):
        return not _has_contracted(verb)
    return _headline_participle(verb)


def _headline_participle(verb: Token) -> bool:
    """"Harbour levy assailed.": a headline that closes on a bare participle
    after its subject is a passive with its "was" left out. Only on a line
    of its own: a text that opens on "The chairman apologized." is active."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or verb.sent.start != 0:
        return False
    if any(c.dep_ not in ("nsubj", "advmod", "punct") for c in verb.children):
        return False
    after = verb.doc[verb.i + 1 : verb.sent.end]
    if not all(t.text in (".", ";") or t.is_space for t in after) or "\n" not in verb.sent[-1].text + verb.sent[-1].whitespace_:
        return False  # "Tom Brevik stated:" opens a block
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and not c.ent_type_ for c in verb.children)


def _has_contracted(verb: Token) -> bool:
    """"She's said she will run": a contracted "has" the parser read as the
    passive "is", told by a clause right after the verb (not "it’s said
    that"; one after a colon is the parse's, "she's said the same thing:
    ...", and left to the quote it opens)."""
    if not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children):
        return False
    if any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
        return False
    if any(c.dep_ == "ccomp" and c.i > verb.i and not any(t.text == ":" for t in verb.doc[verb.i : c.i]) for c in verb.children):
        return True
    # "he's spoken out against the toll", "who's called for a recount": a
    # person's verb with its particle or preposition has no passive subject
    person = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she", "who") for c in verb.children)
    return person and any(c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ not in ("as", "by") for c in verb.children if c.i == verb.i + 1)


def is_expletive(token: Token | None) -> bool:
    return token is not None and token.lower_ == "it" and token.dep_ in ("nsubjpass", "expl", "nsubj")


def cue_tokens_of(verb: Token) -> list[Token]:
    """The verb with its particle ("point out"), as written."""
    tokens = [verb]
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            tokens.append(child)
    return tokens


def lemma_of(verb: Token, cues: Cues) -> str | None:
    return cues.verb_key(verb.lemma_.lower(), verb.lower_)
