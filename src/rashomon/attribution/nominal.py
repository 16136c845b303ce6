"""Attributions anchored on a noun or an adjective rather than a verb.

Reporting nouns with a clause: ``the ministry's claim that ...``, ``X's
pledge to ...``, ``X made the case that ...``, ``her view is that ...``;
noun frames whose preposition
governs what is said or held: ``her criticism of the plan``, ``X voiced
concern about Y``; and stance adjectives: ``X is confident that ...``, ``X
was critical of Y``, ``X is eager to ...``; and a reporting infinitive on
what its speaker has: ``X had nothing bad to say about Y``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .content import SUBJECT_DEPS, TIME_ENTS, Found, later_cues, subtree_minus, token_ranges_to_chars, trim, without_aside, word_list
from .frames import with_second_topic
from .subjects import agentive, is_expletive, is_passive, subject_of
from .lexicon import NON_SPEECH_CLASSES, Cues


def _found(cue_tokens: list[Token], cue_class: str, speaker: Token | None, content_head: Token,
           stops: list[Token], construction: str, topic: bool = False) -> Found | None:
    """The statement under ``content_head``, less the cue, any later cue
    (``stops``) and a closing ", which ..." aside; a preposition's object
    (``topic``) with a second one coordinated with it."""
    doc = content_head.doc
    ranges = without_aside(doc, subtree_minus(doc, content_head, stops, cue_tokens[0]), content_head)
    if topic:
        ranges = with_second_topic(doc, ranges, content_head)
    if not ranges:
        return None
    return Found(cue_tokens=cue_tokens, cue_class=cue_class, content=token_ranges_to_chars(doc, ranges),
                 speaker=speaker, construction=construction, content_head=content_head)


def noun_owner(noun: Token, cues: Cues, any_verb: bool) -> Token | None:
    """Whose claim, criticism or support it is: the possessor ("the
    ministry's claim"), a "by / from" phrase, or the subject of the verb
    that takes the noun ("X made the claim that ..."; for a noun frame only
    a verb that voices it: "X voiced support for", not "X faced criticism of"),
    or of such a verb in a relative clause ("the promise X made")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _named_owner(owner, noun)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            found = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if found is not None:
                return found
    for clause in noun.children:  # "the promise she made is that ..."
        if clause.dep_ == "relcl" and clause.lemma_.lower() in cues.voicing:
            return subject_of(clause)
    if _object_of(noun) and (any_verb or noun.head.lemma_.lower() in cues.voicing):
        return subject_of(noun.head)
    if noun.dep_ == "attr" and linking(noun.head):
        return subject_of(noun.head)  # "X is a critic of Y", "X became an advocate for Y"
    if noun.dep_ == "pobj" and noun.head.lower_ == "among" and linking(noun.head.head):
        return subject_of(noun.head.head)  # "X were among the first backers of Y"
    return None


def _object_of(noun: Token) -> bool:
    """The noun is its verb's object, after it. "The claim that X paid was
    false, the union said": a noun before its verb that the parser calls
    the object is the fronted statement, whose claim is not the union's."""
    return noun.dep_ == "dobj" and noun.i > noun.head.i


# a possessive pronoun and the subject pronoun of the same person
OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they"}


def _named_owner(owner: Token, noun: Token) -> Token:
    """"She repeated her claim that ...": a possessive pronoun whose subject
    pronoun is the subject of the verb taking the noun gives way to that
    subject, the mention PolNeAR marks as the source."""
    pronoun = OWNER_PRONOUNS.get(owner.lower_)
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if pronoun is None or noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return owner
    subject = subject_of(verb)
    return subject if subject is not None and subject.lower_ == pronoun else owner


# prepositions through which a verb's subject holds the noun they take
# ("X acted under the assumption that", "X bristled at the suggestion that");
# not those of time or cause ("after criticism of", "amid concern about"),
# nor those of an answer ("X responded to questions about", "pushed back against")
HOLDING_PREPS = ("with", "under", "in", "at")


def _prep_holder(noun: Token, cues: Cues) -> Token | None:
    """The subject of the verb a noun's preposition hangs on, when a person
    or a group: "X roused the crowd with criticism of Y"."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in HOLDING_PREPS or verb.pos_ != "VERB":
        return None
    if is_passive(verb) or verb.lemma_.lower() in RECEIVING or verb.lemma_.lower() == "deal":
        return None  # "X was flooded with / dealt with questions about": the questions were others'
    subject = subject_of(verb)
    return subject if subject is not None and agentive(subject, cues) else None


def _told_by_verb(noun: Token, cues: Cues) -> bool:
    """A reporting noun whose words are some other statement's object, not a
    statement of their own: one a verb turns away ("X dodged questions about
    Y"), and one with a named owner that a speech verb answers or passes on
    ("X rebutted Ann Vole's claim that ...", "X welcomed the council's
    announcement that ..."), which that verb's statement holds whole."""
    if noun.dep_ != "dobj":
        return False
    verb = noun.head
    if verb.lemma_.lower() in word_list("turning_away_verbs.txt"):
        return True
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON" or verb.lemma_.lower() in cues.voicing:
        return False  # "she repeated her claim", "X made Ann Vole's case": the noun's own statement
    return cues.verb_class(verb) not in (None, *NON_SPEECH_CLASSES)


def noun_cue(noun: Token, cues: Cues) -> Found | None:
    """``the ministry's claim that ...``, ``X's denial that ...``, ``X's pledge to ...``,
    ``X made the decision to ...``, ``there are fears the levy will fail``."""
    cue_class = cues.nouns.get(noun.lemma_.lower())
    if cue_class is None or _told_by_verb(noun, cues):
        return None
    holder = _with_holder(noun)
    has_owner = holder is not None or any(c.dep_ == "poss" for c in noun.children)
    # "X made the decision to ...", "X delivered a promise to ...": the voicing verb's subject owns it
    has_owner = has_owner or _object_of(noun) and noun.head.lemma_.lower() in cues.voicing
    clauses = [
        c
        for c in noun.children
        if c.dep_ in ("acl", "ccomp", "relcl")  # "relcl": the parser's reading of some "the disclosure that X used ..."
        and any(
            m.lower_ == "that" and (m.dep_ == "mark" and not _relative_that(c, cues) or _that_misread(m, c))
            or has_owner and m.lower_ == "to" and m.dep_ == "aux"
            for m in c.children
        )
        or _bare_complement(noun, c)
    ]
    if not clauses:
        return _question_clause(noun, cue_class, cues)
    speaker = noun_owner(noun, cues, any_verb=True) or holder or _prep_holder(noun, cues)
    if speaker is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        speaker = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return _found([noun], cue_class, speaker, clauses[0], [], "noun")


def _that_misread(that: Token, clause: Token) -> bool:
    """"the denial that Mr Baltes had given the order": the parser took "that" for
    the object of a relative clause, but the clause's verb has an object of its
    own, so "that" only opens it. ("the claim that he made" keeps its reading.)"""
    return that.dep_ in ("dobj", "dative") and that.i == clause.left_edge.i and any(
        o.dep_ == "dobj" and o.i != that.i for o in clause.children)


def _relative_that(clause: Token, cues: Cues) -> bool:
    """"the claim that he made (angered the crowd)": the parser took "that" for
    a complementizer, but the clause's verb is one that voices a statement
    ("make", "issue", "repeat") and lacks the object it needs, so "that" is
    its object and the noun gets no content from it. The parser may also hang
    that verb on the subject ("the warning that the council issued came")."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    verb = clause if clause.lemma_.lower() in cues.voicing else next(
        (c for c in subject.children if c.dep_ == "acl" and c.i == subject.i + 1), None)
    if verb is None or verb.lemma_.lower() not in cues.voicing:
        return False
    deps = {c.dep_ for c in verb.children}
    said = any(c.dep_ == "ccomp" and any(s.dep_ in SUBJECT_DEPS or s.dep_ == "mark" for s in c.children)
               for c in verb.children)
    return not said and not deps & {"dobj", "dative", "prt", "attr", "acomp", "oprd", "xcomp", "nsubjpass", "auxpass"}


def _bare_complement(noun: Token, clause: Token) -> bool:
    """``fears the levy will be a burden``, ``renewed accusations Rell had
    hidden the funds``: a clause after the noun with no "that", read by the
    parser as a relative clause, that is whole (a subject and an object or
    a predicate noun of its own), so no word of it stands for the noun as
    in "the claims Rell made" or "the question voters are asking"."""
    if clause.dep_ not in ("acl", "relcl") or clause.i < noun.i or clause.left_edge.pos_ in ("PRON", "SCONJ", "ADP"):
        return False  # "the claim which ...", "the plan that ...", "the view in which ..."
    deps = {c.dep_ for c in clause.children}
    return bool(deps & {"nsubj", "nsubjpass"}) and bool(deps & {"dobj", "attr"})


def _with_holder(noun: Token) -> Token | None:
    """``X toured the state, with plans to return``: a reporting noun in a
    "with" phrase on a verb belongs to that verb's subject."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return subject_of(prep.head)


# words opening an indirect question: "the question of whether ...", "statements about how ..."
WH_WORDS = ("whether", "if", "how", "what", "who", "why", "when", "which")


def _question_clause(noun: Token, cue_class: str, cues: Cues) -> Found | None:
    """``the question of whether ...``, ``disagreement over who ...``: a
    reporting noun whose preposition governs an indirect question; that
    question is what is asked or said, whoever owns the noun. A
    preposition the noun's topic frame takes is left to that frame."""
    if _under_negation(noun) or _told_by_verb(noun, cues):
        return None  # "did not answer questions about whether ..."
    topics = cues.topic_nouns.get(noun.lemma_.lower()) or {}
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.i < noun.i or prep.lower_ not in ("of", "over", "about", "on") or prep.lower_ in topics:
            continue
        clause = next((c for c in prep.children if c.dep_ == "pcomp" and c.left_edge.lower_ in WH_WORDS), None)
        if clause is not None:
            return _found(list(noun.doc[noun.i : prep.i + 1]), cue_class, noun_owner(noun, cues, any_verb=False),
                          clause, later_cues(clause, cues), "noun")
    return None


def predicate_noun_cue(noun: Token, cues: Cues) -> Found | None:
    """``Her view is that ...``, ``the council's fear was that ...``: a
    reporting noun as the subject of "be", the clause after it as content;
    with no owner only for an open question ("the question is whether")."""
    cue_class = cues.nouns.get(noun.lemma_.lower())
    if cue_class is None or noun.dep_ != "nsubj":
        return None
    verb = noun.head
    if verb.lemma_.lower() != "be" and verb.lower_ not in CURLY_BE:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    speaker = noun_owner(noun, cues, any_verb=False)
    if speaker is None and not any(m.lower_ in ("whether", "if") and m.dep_ == "mark" for m in clause.children):
        return None  # "the question is whether ..." needs no one to ask it
    return _found([noun], cue_class, speaker, clause, later_cues(clause, cues), "noun")


def headline_verb(noun: Token) -> tuple[int, int] | None:
    """"As Dorn demands toll, ...", "Ana Ruiz champions small ports": a
    headline's verb, in lower case right after a name, that the parser read
    as a plural noun ("Velden attacks test the ferry plan" is a noun, the
    subject of the next verb); what follows it, up to a comma, is its
    content, with a bracket that opens it ("champions (rural) ports")."""
    if noun.tag_ != "NNS" or noun.sent.start != 0 or not noun.is_lower or noun.i == 0 or noun.nbor(-1).pos_ != "PROPN":
        return None
    if noun.dep_ in SUBJECT_DEPS:
        return None
    end = next((t.i for t in noun.doc[noun.i + 1 : noun.sent.end] if t.text in (",", ";", ":") or "\n" in t.text), noun.sent.end)
    content = trim(noun.doc, noun.i + 1, end)
    if content is not None and noun.nbor().text == "(":
        content = (noun.i + 1, content[1])
    return content


def misread_verb_cue(noun: Token, cues: Cues) -> Found | None:
    """``Two-thirds support reducing ...``, ``students polled support X``:
    a reporting verb the parser read as a bare singular noun (no article,
    owner or adjective) that still takes an object or a gerund after it;
    the verb's object is the content, the noun it hangs on, if before it,
    the holder. Any "noun" with a subject of its own, or coordinated with a
    verb, is such a verb too ("the candidate plans to ..."), and so is a
    plural noun closing a quote after a name ('"...," Smith notes.')."""
    cue_class = cues.verb_class(noun)
    if cue_class is None:
        return None
    subject = next((c for c in noun.children if c.dep_ == "nsubj" and c.i < noun.i), None)
    if subject is None and noun.dep_ == "conj" and noun.head.pos_ == "VERB":
        subject = subject_of(noun.head)  # "X rails against Y and pledges to ..."
    fronted = None
    if subject is None and noun.dep_ == "ROOT" and noun.tag_ == "NNS":
        # '"...," Smith notes.': the quoted clause before it, the name read as a modifier
        fronted = next((c for c in noun.children if c.dep_ == "ccomp" and c.i < noun.i), None)
        names = [c for c in noun.lefts if c.dep_ == "compound" or c.dep_ == "amod" and c.pos_ == "PROPN"]
        subject = names[-1] if fronted is not None and names else None
    if subject is None and (telegraphic := headline_verb(noun)) is not None:
        name = noun.i - 1
        while name > noun.sent.start and noun.doc[name - 1].pos_ == "PROPN":
            name -= 1  # "Tova Renk champions ...": the whole name speaks
        return Found(cue_tokens=[noun], cue_class=cue_class, content=token_ranges_to_chars(noun.doc, [telegraphic]),
                     speaker=noun.nbor(-1), construction="verb", speaker_range=(noun.doc[name].idx, noun.nbor(-1).idx + len(noun.nbor(-1))))
    if subject is not None:  # "the candidate plans to ...": a noun with a subject is a verb
        content = fronted or next((c for c in noun.children if c.i > noun.i and c.dep_ in ("dobj", "xcomp", "ccomp")), None)
        return _found([noun], cue_class, subject, content, later_cues(content, cues), "verb") if content is not None else None
    if noun.tag_ != "NN" or any(c.dep_ in ("det", "poss", "amod") for c in noun.children):
        return None
    obj = next((c for c in noun.children if c.i > noun.i and (c.dep_ == "dobj" or c.dep_ in ("acl", "xcomp") and c.tag_ == "VBG")), None)
    if obj is None:
        return None
    nominal = ("NOUN", "PROPN", "PRON", "NUM")
    holder = noun.head if noun.head.i < noun.i and noun.head.pos_ in nominal else None
    holder = holder or next((c for c in noun.children if c.dep_ in ("compound", "nummod") and c.i < noun.i), None)
    if holder is None and noun.i > 0 and noun.nbor(-1).pos_ in nominal:
        holder = noun.nbor(-1)  # "no one forecast X": the subject the parser left stranded
    return _found([noun], cue_class, holder, obj, later_cues(obj, cues), "verb")


def _under_negation(noun: Token) -> bool:
    """``did not take questions about``: the verb governing the noun (through
    a preposition) is negated, so no one need have asked or said anything."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return any(c.dep_ == "neg" for c in verb.children)


def topic_noun_cue(noun: Token, cues: Cues) -> Found | None:
    """``her criticism of the plan``, ``X voiced support for Y``: the object
    of the noun's preposition is the content. With no owner only for a
    reporting noun proper ("questions about the plan", "calls for a
    ban"): "attacks on", "supporters of" without one are as often blows
    or crowds as statements. Such a noun with no owner that a verb takes
    belongs to that verb's subject ("X avoided criticism of Y"), unless the
    verb receives it ("X faced criticism of Y")."""
    options = cues.topic_nouns.get(noun.lemma_.lower()) or cues.topic_nouns.get(noun.lower_) or _voiced_topic(noun, cues)
    if not options or _told_by_verb(noun, cues):
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in options), None)
    if prep is None and noun.dep_ == "dobj":
        # "continued her assault on the board": the parser hangs the noun's
        # preposition on the verb (not "renewed her criticism on Monday")
        prep = next((c for c in noun.head.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1 and c.lower_ in options
                     and not any(o.ent_type_ in TIME_ENTS for o in c.children)), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    stops: list[Token] = []
    if prep is None and "for" in options:
        # "calls for the board to resign": the parser makes "for" the mark of the clause after it
        obj = next((c for c in noun.children if c.i > noun.i and c.dep_ in ("acl", "relcl", "advcl")), None)
        prep = next((m for m in obj.children if m.dep_ == "mark" and m.lower_ == "for"), None) if obj is not None else None
        stops = [prep] if prep is not None else []
    if prep is None or obj is None or obj.ent_type_ in TIME_ENTS:
        return None  # "its statement of 4 October": when, not what
    speaker = noun_owner(noun, cues, any_verb=False)
    if speaker is None and (noun.lemma_.lower() not in cues.nouns or _under_negation(noun)):
        return None
    if speaker is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() not in RECEIVING:
        speaker = subject_of(noun.head)  # "X avoided criticism of Y", "X is tweeting support for Y"
    speaker = speaker or _prep_holder(noun, cues)
    return _found(list(noun.doc[noun.i : prep.i + 1]), options[prep.lower_], speaker, obj,
                  later_cues(obj, cues) + stops, "noun", topic=True)


def _voiced_topic(noun: Token, cues: Cues) -> dict[str, str] | None:
    """``X made a statement about Y``, ``X issued an announcement on Y``: a
    reporting noun that a voicing verb takes says what its "about" or "on"
    phrase names, though the noun has no topic frame of its own; an owned
    one what its "of" phrase names (``X's announcement of Y``)."""
    cue_class = cues.nouns.get(noun.lemma_.lower())
    if cue_class is None:
        return None
    options = {"of": cue_class} if any(c.dep_ == "poss" for c in noun.children) else {}
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues.voicing:
        options.update(about=cue_class, on=cue_class)
    return options or None


def standing_cue(noun: Token, cues: Cues) -> Found | None:
    """``her support among women``: a reaction noun with an owner and an
    "among" phrase; the group holds the view and the owner is what it is of,
    as in "she has support among women"."""
    verbs = cues.receptions.get(noun.lemma_.lower())
    if not verbs:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    among = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "among" and c.i > noun.i), None)
    if owner is None or among is None:
        return None
    group = next((c for c in among.children if c.dep_ == "pobj"), None)
    if group is None:
        return None
    return _found([noun, among], next(iter(verbs.values())), group, owner, [], "reception")


# verbs whose subject is the target of the noun they take, not its source:
# "X faced criticism of ...", "X fielded questions about ..."
RECEIVING = ("face", "field", "endure", "weather", "entertain", "confront", "draw", "attract", "invite", "provoke")


# verbs that link a subject to an adjective describing it
LINKING = ("be", "seem", "remain", "become", "grow", "appear", "sound", "feel", "stay")
# contractions written with a curly apostrophe, which the lemmatizer leaves as written
CURLY_BE = ("’s", "’re", "’m")


def linking(verb: Token) -> bool:
    """A linking verb, "they’re" included."""
    return verb.lemma_.lower() in LINKING or verb.lower_ in CURLY_BE


def _stance_of(adjective: Token, cues: Cues) -> dict[str, str] | None:
    """``X is leery of Y``: an adjective the lexicon does not list, with "of"
    after a linking verb, gives its subject's stance on Y when that subject
    is a person or a group ("the speech was full of" is no one's stance).
    Only "of": on PolNeAR train "with", "on", "to", "in", "at" and "for"
    after any adjective are not a net gain."""
    if adjective.dep_ != "acomp" or not linking(adjective.head):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" and c.i > adjective.i for c in adjective.children):
        return None
    speaker = subject_of(adjective.head)
    return {"of": "feel"} if speaker is not None and agentive(speaker, cues) else None


def adjective_cue(adjective: Token, cues: Cues) -> Found | None:
    """``X is confident that ...``, ``X was critical of Y``, ``X is eager to
    ...``: the subject of the linking verb holds the statement, the noun
    the adjective follows ("voters wary of the plan"), or the adjective's own
    subject ("with many worried that ..."). Not when the subject is "it"
    ("it is clear that" names no one)."""
    options = cues.adjectives.get(adjective.lower_) or _stance_of(adjective, cues)
    if not options:
        return None
    acomp = adjective
    while acomp.dep_ == "conj" and acomp.head.i < acomp.i:
        acomp = acomp.head  # "X is confident in Y and skeptical about Z"
    verb = acomp.head
    speaker: Token | None
    after_noun = acomp.dep_ in ("amod", "acl") and verb.i < acomp.i and verb.pos_ in ("NOUN", "PROPN", "PRON")
    if after_noun and (acomp.tag_ != "VBN" or agentive(verb, cues)):
        # after its noun: "voters wary of the plan", "X, critical of Y, ..."; a
        # participle also describes things ("clinics devoted to ...", "rules
        # for models opposed to ..."), so it needs a noun that can hold a view
        speaker, verb = verb, acomp
    elif acomp.dep_ == "acomp" and linking(verb):
        speaker = subject_of(verb)
    elif acomp.tag_ == "VBN" and "auxpass" in (deps := {c.dep_ for c in acomp.children}) and "agent" not in deps:
        # the parser's passive: "the guild is opposed to the toll", "voters are split on Y";
        # with a "by" agent it is the verb frames' ("X was troubled by Y")
        speaker, verb = subject_of(acomp), acomp
    elif (own := next((c for c in acomp.children if c.dep_ == "nsubj" and c.i < acomp.i), None)) is not None:
        # a small clause of its own: "with many worried that ...", "it made me wary of Y";
        # not a title before a name, which the parser can read so ("party hopeful Ana Dorn")
        if acomp.i + 1 < len(acomp.doc) and acomp.nbor().pos_ == "PROPN":
            return None
        speaker, verb = own, acomp
    else:
        return None
    if speaker is None or is_expletive(speaker):
        return None
    negation = [c for c in verb.children if c.dep_ == "neg" and c.i < acomp.i]
    if negation and acomp.i != adjective.i:
        return None  # "X is not sure and skeptical about": the cue would swallow the first adjective
    cue_tokens = [adjective]
    content_head = None
    # the parser often hangs the clause on the verb: "X was adamant that ...", "X was hopeful Tuesday that ..."
    for child in [*adjective.children, *(c for c in verb.children if c.dep_ == "ccomp")]:
        if child.i < adjective.i:
            continue
        if "" in options and child.dep_ == "ccomp":
            content_head, cue_class = child, options[""]
        elif "to" in options and child.dep_ == "xcomp" and any(a.lower_ == "to" for a in child.children):
            content_head, cue_class = child, options["to"]
        elif child.dep_ in ("prep", "agent") and child.lower_ in options:
            content_head = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            cue_class, cue_tokens = options[child.lower_], [adjective, child]
        if content_head is not None:
            break
    if content_head is None:
        return None
    if negation:  # "X is not sure that ...": kept as written, as a negated verb cue is
        cue_tokens = list(adjective.doc[min(verb.i, negation[0].i) : adjective.i]) + cue_tokens
    found = _found(cue_tokens, cue_class, speaker, content_head, later_cues(content_head, cues), "verb")
    if found is not None and after_noun and verb.i == acomp.i:  # the holder is its noun up to the adjective, not the whole phrase
        doc = adjective.doc
        words = trim(doc, speaker.left_edge.i, acomp.left_edge.i)
        found.speaker_range = (doc[words[0]].idx, doc[words[1] - 1].idx + len(doc[words[1] - 1])) if words else None
    return found


def said_about(verb: Token, cues: Cues) -> Found | None:
    """``X has nothing bad to say about Y``, ``X will have more to say about
    Y``: a reporting infinitive on what X has; Y is what X speaks of. The
    infinitive alone has neither subject nor object, so no verb frame reads it."""
    cue_class = cues.verb_class(verb)
    held = verb.head
    if cue_class is None or held.dep_ != "dobj" or held.head.lemma_ != "have" or held.i > verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "about"), None)
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return None
    have = held.head
    return _found(list(verb.doc[have.i : prep.i + 1]), cue_class, subject_of(have), obj, later_cues(obj, cues),
                  "verb", topic=True)


def find(doc: Doc | Span, cues: Cues) -> list[Found]:
    """Every noun-anchored attribution in the document."""
    found = []
    for token in doc:
        pos = token.pos_  # read once: this runs on every token
        if pos == "NOUN":
            item = noun_cue(token, cues) or predicate_noun_cue(token, cues) or topic_noun_cue(token, cues)
            item = item or misread_verb_cue(token, cues) or standing_cue(token, cues)
        elif pos == "ADJ" or token.tag_ == "VBN":  # "worried", "convinced", "opposed"
            item = adjective_cue(token, cues)
        elif pos == "VERB" and token.dep_ == "relcl":
            item = said_about(token, cues)
        else:
            continue
        if item is not None:
            found.append(item)
    return found
