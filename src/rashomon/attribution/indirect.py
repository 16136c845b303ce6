"""Attributions read off the dependency parse around a reporting cue.

Constructions: ``X said/denied/told Z (that) ...`` (content before or after
the cue, or around it: "the plan, he said, will fail"), passive reporting with
an agent (``it was announced by X``) or without one (``it was reported
that``), objects of evaluative cues (``X condemned the raid``), topics (``X
spoke about Y``), relative clauses (``the claims, which X denies``), ``as X
reported, ...``, and verbs whose subject belongs to the statement (``the plan
appears to have stalled``, ``X is expected to win``). ``find`` also runs the
phrase cues of ``phrases`` (``according to X``, ``in her view``, hedges). Where
the content lies around a verb is read by ``frames``; when the parse is too
broken for any frame, ``fallback`` reads the sentence's surface.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..model import Span as CharSpan
from . import fallback
from .content import (CLAUSE_DEPS, SUBJECT_DEPS, TIME_ENTS, Found, cut_at_own_statements, later_cues, subtree_minus,
                      token_ranges_to_chars, trim, without_aside)
from .frames import (addressee_clause, as_after, asked_to, clause_after_phrase, clause_on_predicate, infinitive_after, infinitive_frame,
                     inverted, lead_in, object_frame, object_range, phrase_before_clause, phrase_match, proform_frame,
                     question_clause, relative_object, relative_object_ranges, said_object, topic_frame)
from .lexicon import NON_SPEECH_CLASSES, Cues
from .phrases import according_to, hedge_cue, in_setting, reception_cue

# dependents of a verb that carry its subject over to a reporting verb
INHERIT_DEPS = ("conj", "xcomp", "advcl", "acl")
# what completes a verb whose subject is part of the statement: "X is expected
# to win", "X appears ready", "X is seen as a threat", "X was named chair"
COMPLEMENT_DEPS = ("xcomp", "oprd", "acomp", "attr")
COMPLEMENT_PREPOSITIONS = ("as", "like", "for")
# What completes a passive with no agent, the subject's part of what was said:
# "was charged with fraud", "was questioned about the loan", "was offered the job"
PASSIVE_OBJECTS = (("dobj", "dative"), ("with", "of", "on", "about", "over"))


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing through coordination and control."""
    token = verb
    for _ in range(4):
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS and child.pos_ != "PUNCT":
                return child
        if (on_aux := _subject_on_auxiliary(token)) is not None:
            return on_aux
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            token = token.head  # "after saying ...": climb through the preposition
            if token.head.dep_ == "acomp":
                token = token.head  # "X was quick in saying ...": and through the adjective
        elif token.dep_ == "acomp" and any(c.dep_ in CLAUSE_DEPS for c in verb.children):
            pass  # "X was quick to point out that ...", "voters are likelier to say that ..."
        elif token.dep_ not in INHERIT_DEPS or token.head.i == token.i:
            return None
        token = token.head
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
    if token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ not in ("VERB", "AUX"):
        subject = clause_subject(head.head)
        if subject is not None and agentive(subject, cues):
            return subject, None
    return None, None


def agentive(token: Token, cues: Cues) -> bool:
    """A person, a group or an organization, not a thing ("the price", "the
    results"): only these speak through a gerund three words away."""
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "they", "we", "i", "you", "who")
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = token.lemma_.lower()
    return lemma in cues.organizations or lemma in cues.unnamed


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
            trimmed = trim(noun.doc, noun.left_edge.i, token.left_edge.i)
            if trimmed is None:
                return None
            start, end = token_ranges_to_chars(noun.doc, [trimmed])[0]
            return noun, (start, end)
        if token.dep_ not in ("conj", "xcomp") or token.head.i == token.i:
            return None
        token = token.head
    return None


def zero_relative_object(verb: Token) -> tuple[int, int] | None:
    """"the things she wants to change": a relative clause with no relative
    word and no object of its own stands on its object, the noun before it
    (up to where the clause begins)."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i:
        return None
    if any(c.dep_ == "dobj" for c in verb.children) or any(
        t.tag_ in ("WDT", "WP", "WRB") for t in verb.doc[verb.head.i + 1 : verb.i]
    ):
        return None  # "whom he vowed to endorse", "where she promised to ...": a relative word after all
    return trim(verb.doc, verb.head.left_edge.i, verb.left_edge.i)


def object_read_as_subject(verb: Token, clause: Token) -> tuple[int, int] | None:
    """"a survey showed the party with most donors won": the parser made the
    clause's subject the verb's object, leaving a clause with no subject that
    opens on its verb. The statement starts at that noun."""
    first = verb.doc[clause.left_edge.i]
    if clause.i < verb.i or any(c.dep_ in SUBJECT_DEPS for c in clause.children) or first.tag_ in ("IN", "WDT", "WP", "WRB"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < first.i and c.tag_ != "PRP"]
    return trim(verb.doc, objects[0].left_edge.i, first.i) if objects else None


def agent_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def is_passive(verb: Token) -> bool:
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)


def is_expletive(token: Token | None) -> bool:
    return token is not None and token.lower_ == "it" and token.dep_ in ("nsubjpass", "expl", "nsubj")


def cue_tokens_of(verb: Token) -> list[Token]:
    """The verb with its particle ("point out"), as written."""
    tokens = [verb]
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            tokens.append(child)
    return tokens


def verb_cue(verb: Token, cues: Cues) -> Found | None:
    found = _verb_cue(verb, cues)
    if found is None and verb.tag_ == "VBN":
        found = fallback.asked_opening(verb, cues.verb_class(verb))  # "Asked during a debate why ..., X said"
    if found is not None and found.cue_tokens and found.cue_tokens[0].i == verb.i:
        found.cue_tokens = negation_before(verb) + found.cue_tokens  # only for a cue: this runs on every verb
    return found


def negation_before(verb: Token) -> list[Token]:
    """"has not said", "never denied": the negation and auxiliaries just
    before the verb, so that a negated cue reads as written. The statement is
    kept (an analyst wants to know who did not confirm what); the stance
    stage reads the negation off the cue and leaves the direction open."""
    start = verb.i
    while start > 0 and verb.doc[start - 1].head.i == verb.i and verb.doc[start - 1].dep_ in ("neg", "aux", "auxpass", "advmod"):
        start -= 1
    tokens = list(verb.doc[start : verb.i])
    while tokens and tokens[0].dep_ == "advmod":
        tokens = tokens[1:]  # "Privately, she has not said": only what binds to the verb
    return tokens if any(t.dep_ == "neg" for t in tokens) else []


def _verb_cue(verb: Token, cues: Cues) -> Found | None:
    lemma = cues.verb_key(verb.lemma_.lower(), verb.lower_)
    if verb.pos_ not in ("VERB", "AUX") or lemma is None:
        return None
    cue_class = cues.verbs.get(lemma)
    doc = verb.doc
    if verb.dep_ == "amod":
        return None  # "pledged delegates": an adjective, not a report
    outer = cues.verb_key(verb.head.lemma_.lower(), verb.head.lower_) if verb.dep_ == "xcomp" else None
    if outer in cues.verbs and outer not in cues.clause_only | cues.raising:
        # "declined to comment on X": the infinitive is the outer cue's content;
        # a verb known only from phrases ("has to endorse") is no cue of its own
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "a ceasefire agreed in January" describes, it reports no one;
        # "a plan backed by the council" reports the council
        return participle_cue(verb, cues, cue_class)
    if (misread := reduced_relative(verb, cues, cue_class)) is not None:
        return misread
    subject = subject_of(verb)
    speaker_range = None
    if subject is None:
        subject, speaker_range = participle_speaker(verb, cues)
    passive = is_passive(verb)
    matched_phrase = phrase_match(verb, cues)
    # "she was asked about the plan / to resign", "warned about the cost":
    # the subject is whom it was said to, the words follow the verb, and who
    # said them is not named ("she was told to leave" is an order about her)
    addressed = (
        passive
        and lemma in cues.addressee_verbs
        and not any(c.dep_ in CLAUSE_DEPS for c in verb.children)
        and (cue_class == "question" or matched_phrase is not None)
    )
    # "X is looking forward to Y": a phrase cue on a raising verb names its source
    raising = lemma in cues.raising and matched_phrase is None
    if raising or passive and agent_of(verb) is None and not is_expletive(subject) and not addressed:
        return subject_content(verb, subject, cues, cue_class)
    speaker = agent_of(verb) if passive else subject
    # "voters who said ...": the speaker is "who", standing for "voters"
    antecedent = relative_antecedent(verb) if speaker is not None and speaker.tag_ in ("WP", "WDT") else None
    unnamed = passive and speaker is None and (is_expletive(subject) or addressed)
    if (verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            or lemma in cues.addressee_verbs and bare_participle(verb)):
        # "Asked whether ..., the minister said ...", "X, when asked how ...,
        # said": the main clause's subject was asked; who asked is not named
        speaker, unnamed = None, True
    if passive and speaker is None and not unnamed:
        return None  # "he was told that ...": the speaker is not in the sentence
    if asks_for_a_stance(verb, speaker):
        return None
    fronted = None
    if speaker is None and not unnamed:
        # the parse may have lost the subject: read it off the sentence's commas
        fronted = fallback.fronted_speaker(verb)
        if fronted is None:
            trailing = fallback.trailing_report(verb, cue_class, cue_tokens_of(verb), cues)
            fronted = fallback.speaker_just_before(verb) if trailing is None else None
            if fronted is None:
                return trailing
        speaker, speaker_range = fronted

    cue_tokens = cue_tokens_of(verb)
    # a clause holding the speaker is not what was said ("activists clamoring for X say ..."),
    # nor is a neighbouring sentence the parse hung on the verb
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and not (speaker is not None and c.is_ancestor(speaker))
               and not neighbouring_clause(verb, c, matched_phrase, lemma, cues)]
    clauses = clauses or clause_after_phrase(verb) or question_clause(verb, cue_class) or addressee_clause(verb, cues)
    if not clauses and cue_class is None and matched_phrase is None:
        clauses = clause_on_predicate(verb)  # "made clear that ...", read through the phrase below
    phrase = matched_phrase if not clauses else None
    if clauses and cue_class is None and (written := phrase_before_clause(verb, cues)) is not None:
        cue_tokens, cue_class = written
        # "made it clear that ...": the clause may hang from the phrase's last word
        inside = {t.i for t in cue_tokens}
        clauses = [d for c in clauses for d in ([c] if c.i not in inside else [k for k in c.children if k.dep_ in CLAUSE_DEPS or k.dep_ == "advcl" and k.i > c.i])]
    if not clauses and phrase is None and cue_class is None and (written := phrase_before_clause(verb, cues)):
        if written[0][-1].dep_ == "prt":
            cue_tokens, cue_class = written  # "as X pointed out, ...": a particle phrase with no object
    infinitive = infinitive_frame(verb) if not clauses and phrase is None and lemma not in cues.clause_only else None
    if phrase is not None:
        cue_tokens, content_head, cue_class = phrase
        if cue_tokens == [verb]:
            ranges = object_range(doc, verb, content_head, cues)  # "cast X as Y": the object and its "as"
        else:
            ranges = subtree_minus(doc, content_head, later_cues(content_head, cues), verb, cue_tokens)
        if (asked := asked_to(verb, content_head)) is not None:
            ranges = [r for r in [trim(doc, content_head.left_edge.i, asked.right_edge.i + 1)] if r is not None]
        elif ranges and (purpose := infinitive_after(verb, ranges[-1][1], cues) or as_after(verb, ranges[-1][1])):
            ranges = ranges[:-1] + [r for r in [trim(doc, ranges[-1][0], purpose.right_edge.i + 1)] if r is not None]
    elif cue_class is None:
        return None
    elif (relative := relative_object(verb)) is not None and lemma not in cues.clause_only | cues.addressee_verbs:
        content_head = relative
        ranges = relative_object_ranges(doc, verb, relative)
    elif clauses:
        content_head = clauses[0]
        # "a system which he said could not be bought": cue and speaker sit
        # inside the clause's span and are cut out of the content
        speaker_tree = [speaker] if speaker is not None and not speaker.left_edge.i <= verb.i <= speaker.right_edge.i else []
        if speaker is not None and speaker_tree and speaker.is_ancestor(clauses[0]) and (asker := trim(doc, speaker.left_edge.i, clauses[0].left_edge.i)):
            # "was asked by a caller why ...": the question hangs on the asker
            speaker_tree, speaker_range = [], token_ranges_to_chars(doc, [asker])[0]
        ranges = [r for c in clauses for r in subtree_minus(doc, c, later_cues(c, cues) + speaker_tree, verb, cue_tokens)]
        if not any(d.dep_ in SUBJECT_DEPS for d in clauses[0].children) and (noun := zero_relative_object(verb)) is not None:
            ranges = [noun] + ranges  # "a probe he said was ongoing": the noun is the clause's subject
        elif lemma not in cues.addressee_verbs and (noun := object_read_as_subject(verb, clauses[0])) is not None:
            ranges = [noun] + ranges
    elif infinitive is not None:
        start, content_head = infinitive
        ranges = [r for r in [trim(doc, start, content_head.right_edge.i + 1)] if r is not None]
        if (noun := zero_relative_object(verb)) is not None:
            ranges = [noun] + ranges  # "the things she wants to change": the things and the infinitive
    elif (proform := proform_frame(verb)) is not None:
        content_head = proform
        ranges = [(proform.left_edge.i, proform.right_edge.i + 1)]
    elif inverted(verb) and not passive:
        # "The plan will fail, he said." / "The plan, he said, will fail."
        content_head = verb.head
        ranges = subtree_minus(doc, content_head, [verb] + lead_in(verb), verb)
    elif passive and subject is not None and not is_expletive(subject) and not addressed:
        # "The move was first reported by X."
        content_head = subject
        ranges = subtree_minus(doc, subject, [], verb)
    elif (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        # "as she congratulated the winner": the winner is the content; but in
        # "as she put it, ..." the object stands for the clause
        and ((obj := object_frame(verb)) is None or obj.lower_ == "it")
    ):
        # "As the Courier reported, the mayor resigned."
        content_head = verb.head
        ranges = subtree_minus(doc, content_head, [verb], verb)
    elif (obj := spoken_object(verb, lemma, speaker, cue_class, cues)) is not None:
        content_head = obj
        ranges = object_range(doc, verb, obj, cues)
    elif lemma not in cues.clause_only and (topic := topic_frame(verb)) is not None:
        content_head = topic
        ranges = subtree_minus(doc, topic, later_cues(topic, cues), verb)
    elif (
        verb.dep_ == "relcl"
        and lemma not in cues.clause_only | cues.addressee_verbs
        and cue_class != "report"
        and not (speaker is not None and speaker.tag_ in ("WDT", "WP"))
    ):
        # (a report verb over its noun names a publication: "the interview the
        # paper published"; in "economists who believe in X" the noun speaks)
        # "the words he keeps repeating": what the clause hangs on is what
        # was said ("which she denies" is read by relative_object)
        content_head = verb.head
        ranges = subtree_minus(doc, verb.head, [verb], verb)
    else:
        return fallback.trailing_report(verb, cue_class, cue_tokens, cues)  # "..., she said." with no frame
    if fronted is not None:
        ranges = fallback.after_cue(ranges, verb)
    ranges = without_aside(doc, ranges, content_head, cues)
    for head in clauses or [content_head]:
        ranges = cut_at_own_statements(doc, ranges, head, verb, cues)
    if not ranges:
        return None
    return Found(
        cue_tokens=cue_tokens,
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, ranges),
        speaker=speaker,
        construction="verb",
        content_head=content_head,
        antecedent=antecedent[1] if antecedent else None,
        speaker_range=speaker_range,
    )


def asks_for_a_stance(verb: Token, speaker: Token | None) -> bool:
    """"Do you support X?": a yes/no question put to "you" asks for a stance
    and reports none (a clause after it, "do you think ...", may still be quoted)."""
    return (
        speaker is not None
        and speaker.lower_ == "you"
        and any(c.dep_ == "aux" and c.i < speaker.i for c in verb.children)
        and not any(c.dep_ in CLAUSE_DEPS for c in verb.children)
        and verb.sent.text.rstrip().endswith("?")
    )


def findings(speaker: Token | None, cue_class: str | None, cues: Cues) -> bool:
    """A poll, study or report as the source of a report verb whose content is
    otherwise only a clause: "the survey found broad support for X" states
    its findings, where "the mayor found a buyer" does not."""
    if speaker is None or cue_class != "report":
        return False
    return cues.settings.get(speaker.lemma_.lower()) == "report" or cues.settings.get(speaker.lower_) == "report"


# words opening a clause whose participle has no subject of its own ("when asked")
PARTICIPLE_OPENERS = ("when", "if", "after", "once", "before", "while", "until", "unless")


def bare_participle(verb: Token) -> bool:
    """"X, when asked how ..., said": a participle after "when", with no
    subject or auxiliary (the parser may tag it as a past tense)."""
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or any(c.dep_ in SUBJECT_DEPS + ("aux", "auxpass") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    return before.lower_ in PARTICIPLE_OPENERS and before.head.i == verb.i


def spoken_object(verb: Token, lemma: str, speaker: Token | None, cue_class: str | None, cues: Cues) -> Token | None:
    """The verb's object when it is what was said. An addressee verb's object
    is whom it was said to, unless it names a statement ("asked the mayor
    that question", "was asked this question"). After whom it is given to,
    a bare object is a thing handed over ("offered them refuge"), as is what
    a report verb shows ("showed reporters the fragments"); else one with a
    determiner is, more often than not, what was said ("offered the crowd an
    assessment", "denied her the win")."""
    if lemma in cues.addressee_verbs and (said := said_object(verb, cues)) is not None:
        return said
    if lemma in cues.clause_only | cues.addressee_verbs and not findings(speaker, cue_class, cues):
        return None
    obj = object_frame(verb)
    if obj is not None and any(c.dep_ == "dative" for c in verb.children) and (cue_class == "report" or not determined(obj)):
        return None
    return obj


def determined(noun: Token) -> bool:
    return noun.pos_ != "PRON" and any(c.dep_ in ("det", "poss") and c.i < noun.i for c in noun.children)


def after_infinitive(verb: Token, clause: Token) -> bool:
    """"asked workers to take a pay cut, and 800 volunteered": past an object
    and its infinitive, a clause after a comma is the next statement."""
    if verb.doc[clause.left_edge.i - 1].text != ",":
        return False
    objects = [o.i for o in verb.children if o.dep_ == "dobj" and o.i > verb.i]
    return any(
        c.dep_ == "xcomp" and c.i < clause.i and any(o < c.i for o in objects) and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def neighbouring_clause(
    verb: Token, clause: Token, phrase: tuple[list[Token], Token, str] | None, lemma: str, cues: Cues
) -> bool:
    """"He backs X; she backs Y": a clause before a verb whose object follows
    it is a neighbouring sentence the parse hung on the verb, not what was
    said. After a comma it is the inverted report when the object is whom it
    was said to ("The plan will fail, she told reporters / promised them")."""
    if clause.i > verb.i:
        return after_infinitive(verb, clause)
    if clause.doc[clause.right_edge.i + 1].text in (";", ":") and any(c.dep_ in CLAUSE_DEPS and c.i > verb.i for c in verb.children):
        return True  # "The report never ran; her editor argued the piece ...": a sentence of its own
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp") and c.i > verb.i]
    if phrase is None and not objects:
        return False
    if clause.doc[clause.right_edge.i + 1].text != ",":
        return True
    # "dismissed X as weak", "urged X to leave": the object is what was said, not whom to
    completed = any(c.i > verb.i and (c.dep_ in ("xcomp", "oprd") or c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)
    addressed = not completed and any(o.dep_ == "dobj" and (o.pos_ == "PRON" or o.ent_type_ in ("PERSON", "ORG", "NORP") or o.tag_ == "NNS") for o in objects)
    return lemma not in cues.addressee_verbs and not addressed


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
    """"on Monday": when, not what."""
    return any(c.ent_type_ in TIME_ENTS for c in prep.children)


def lemma_of(verb: Token, cues: Cues) -> str | None:
    return cues.verb_key(verb.lemma_.lower(), verb.lower_)


def raised_complement(verb: Token, cues: Cues) -> bool:
    """The complement follows the raising verb at once and is not itself a
    reporting verb ("seemed to blame Y" is Y blamed by the subject)."""
    following = [c for c in verb.children if c.i > verb.i and c.dep_ in COMPLEMENT_DEPS + ("prep",)]
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
    doc = verb.doc
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    if clauses:
        # "it was reported that ...", and "he was told that ...": the
        # subject heard it, someone unnamed said it
        ranges = [r for c in clauses for r in subtree_minus(doc, c, [], verb)]
        head = clauses[0]
    elif is_expletive(subject) and lemma_of(verb, cues) in cues.raising and (clause := raised_clause(verb)) is not None:
        ranges = [r for r in [trim(doc, clause[0], clause[1].right_edge.i + 1)] if r is not None]
        head = clause[1]
    else:
        if subject is None or is_expletive(subject) or subject.tag_ in ("WDT", "WP") and verb.dep_ != "relcl":
            return None
        if verb.lemma_.lower() in cues.addressee_verbs:
            return None  # "she was told / asked / warned": the addressee, not the statement
        complement = complement_ranges(verb) or is_passive(verb) and complement_ranges(verb, *PASSIVE_OBJECTS) or []
        if lemma_of(verb, cues) in cues.raising and not raised_complement(verb, cues):
            return None  # "X appeared on TV to defend her", "X seemed to blame Y": not a hedge
        if not complement and (not is_passive(verb) or cue_class in NON_SPEECH_CLASSES):
            return None  # "the mayor appeared", "the report is expected": no statement
        ranges = subtree_minus(doc, subject, [], verb) + before_trailing_comma(verb, complement)
        head = subject
    if not ranges or cue_class is None:
        return None
    return Found(
        cue_tokens=cue_tokens_of(verb),
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, sorted(ranges)),
        speaker=None,
        construction="unsourced",
        content_head=head,
    )


def before_trailing_comma(verb: Token, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"X is expected to win, despite Y" / "..., as Z votes": a phrase set off
    by a comma after the hedged complement is the writer's context, not part
    of what is expected or seems so (a list, "ready, willing and able", or a
    participle, "..., revealing X", stays)."""
    doc, chain = verb.doc, {verb.i}
    link: Token | None = verb
    while link is not None:
        chain.add(link.i)
        link = next((c for c in link.children if c.dep_ in COMPLEMENT_DEPS and c.i > link.i), None)
    cut = []
    for a, b in ranges:
        comma = next((i for i in range(a + 1, b - 1) if doc[i].text == "," and doc[i].head.i in chain and doc[i + 1].tag_ == "IN"), None)
        cut.append((a, b) if comma is None else trim(doc, a, comma))
    return [r for r in cut if r is not None]


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


def participle_cue(verb: Token, cues: Cues, cue_class: str | None) -> Found | None:
    """"the plan backed by the council": the noun is what the agent said.
    With no agent, a complement makes it a statement of no named source:
    "the string of contests known as Super Tuesday", "a year expected to
    bring record turnout"."""
    agent = agent_of(verb)
    if cue_class is None:
        return None
    if agent is None:
        return misread_finite(verb, cues, cue_class) or unsourced_participle(verb, cue_class)
    doc = verb.doc
    ranges = subtree_minus(doc, verb.head, [verb], verb)
    if not ranges:
        return None
    return Found(
        cue_tokens=cue_tokens_of(verb),
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, ranges),
        speaker=agent,
        construction="verb",
        content_head=verb.head,
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
    if cue_class is None or verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "ROOT":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if subject is None or clause is None or subject.pos_ == "PRON" or any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return None
    if clause.left_edge.dep_ not in ("aux", "auxpass", "neg") or any(c.dep_ == "dobj" for c in verb.children):
        return None
    doc = verb.doc
    noun = trim(doc, subject.left_edge.i, subject.right_edge.i + 1)
    if noun is None:
        return None
    return Found(
        cue_tokens=cue_tokens_of(verb),
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, [noun]),
        speaker=None,
        construction="unsourced",
        content_head=subject,
    )


def unsourced_participle(verb: Token, cue_class: str) -> Found | None:
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
    return Found(
        cue_tokens=cue_tokens_of(verb),
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, [noun] + complement),
        speaker=None,
        construction="unsourced",
        content_head=verb.head,
    )


def find(doc: Doc | Span, cues: Cues) -> list[Found]:
    """Every cue-anchored attribution in the document."""
    found: list[Found] = []
    hedge_starts = {words[0] for words in cues.hedges}
    for token in doc:
        item = None
        if token.lower_ == "according":
            item = according_to(token, cues)
        elif token.lower_ == "in":
            item = in_setting(token, cues)
        elif token.pos_ in ("VERB", "AUX"):
            item = verb_cue(token, cues)
        elif token.lemma_.lower() in cues.receptions:
            item = reception_cue(token, cues)  # "the plan drew criticism from X"
        if item is None and token.lower_ in hedge_starts:
            item = hedge_cue(token, cues)
        if item is not None:
            found.append(item)
    return found

