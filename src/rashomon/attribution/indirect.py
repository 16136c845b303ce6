"""Attributions read off the dependency parse around a reporting cue.

Constructions: ``X said/denied/told Z (that) ...`` (content before or after
the cue, or around it: "the plan, he said, will fail"), passive reporting with
an agent (``it was announced by X``) or without one (``it was reported
that``), objects of evaluative cues (``X condemned the raid``), topics (``X
spoke about Y``), relative clauses (``the claims, which X denies``), ``as X
reported, ...``; verbs whose subject belongs to the statement (``the plan
appears to have stalled``, ``X is expected to win``) and participles are read
by ``unsourced``, and who speaks by ``subjects``. ``find`` also runs the
phrase cues of ``phrases`` (``according to X``, ``in her view``, hedges). Where
the content lies around a verb is read by ``frames``; when the parse is too
broken for any frame, ``fallback`` reads the sentence's surface.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from . import fallback
from .content import (CLAUSE_DEPS, SUBJECT_DEPS, Found, contrast, cut_at_own_statements, later_cues, set_off, subtree_minus,
                      token_ranges_to_chars, trim, without_aside, word_list)
from .frames import (addressee_clause, addressee_topic, as_after, asked_to, clause_after_phrase, clause_on_predicate,
                     figure_frame, goal_frame, infinitive_after, infinitive_frame, inverted, lead_in, likeness, object_frame,
                     object_range, opened_by_that, phrase_before_clause, phrase_match, proform_frame, question_clause, relative_object,
                     relative_object_ranges, said_object, topic_frame, with_second_topic)
from .lexicon import NON_SPEECH_CLASSES, Cues
from .nominal import linking
from .phrases import according_to, closing_per, hedge_cue, in_setting, opening_setting, poll_standing, reception_cue
from .subjects import (agent_as, agent_of, agentive, cue_tokens_of, inverted_object, is_expletive, is_passive, noun_coordinated, participle_speaker, relative_antecedent,
                       reporter_of, rootless_subject, subject_of, subject_with_first_verb)
from .unsourced import participle_cue, reduced_relative, said_to, subject_content


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


def verb_cue(verb: Token, cues: Cues) -> Found | None:
    if verb.lemma_.lower() in cues.experiencers and any(c.dep_ == "dobj" for c in verb.children):
        return felt_by_object(verb, cues)
    found = _verb_cue(verb, cues)
    if found is None and verb.tag_ == "VBN":
        found = fallback.asked_opening(verb, cues.verb_class(verb))  # "Asked during a debate why ..., X said"
    if found is not None and found.cue_tokens and found.cue_tokens[0].i == verb.i:
        found.cue_tokens = negation_before(verb) + found.cue_tokens  # only for a cue: this runs on every verb
    return found


def felt_by_object(verb: Token, cues: Cues) -> Found | None:
    """"the remark worried analysts", "the gluts now worrying officials": the
    object holds the feeling, the subject (or the noun the participle
    describes) is what it is about. A pronoun subject ("that worries me",
    "it will alarm them") points elsewhere, so nothing is read."""
    holder = next(c for c in verb.children if c.dep_ == "dobj")
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is not None and subject.pos_ != "PRON":
        ranges = subtree_minus(doc, subject, [], verb)
    elif subject is None and verb.dep_ == "acl" and verb.head.i < verb.i and (words := trim(doc, verb.head.left_edge.i, verb.left_edge.i)):
        subject, ranges = verb.head, [words]
    else:
        return None
    if not ranges:
        return None
    return Found(cue_tokens=negation_before(verb) + [verb], cue_class=cues.experiencers[verb.lemma_.lower()],
                 content=token_ranges_to_chars(doc, ranges), speaker=holder, construction="verb", content_head=subject)


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


REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})


def self_named(verb: Token) -> bool:
    """"Calling itself Grey Lantern", "who calls himself Major Tom": a
    reflexive object and a name after it."""
    return any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children) and any(
        c.dep_ in ("oprd", "xcomp", "attr", "dobj") and c.pos_ == "PROPN" and not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        for c in verb.children
    )  # not "calling himself a Democrat", which says what he is


def attributive(verb: Token) -> bool:
    """"270 pledged delegates", "the party's pledged delegates", "regular,
    pledged delegates", "the totals include pledged delegates": a participle
    the parser took for a verb, standing between a number, a determiner, a
    possessive or an adjective and the bare plural noun it describes."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    if after.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in after.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return (before.tag_ in ("CD", "POS", "PRP$") or before.lower_ in ("the", "a", "an")
            or before.text == "," and verb.i > 1 and doc[verb.i - 2].tag_ == "JJ"
            or verb.dep_ == "xcomp" and before.i == verb.head.i)


def _verb_cue(verb: Token, cues: Cues) -> Found | None:
    lemma = cues.verb_key(verb.lemma_.lower(), verb.lower_)
    if verb.pos_ not in ("VERB", "AUX") or lemma is None:
        return None
    cue_class = cues.verbs.get(lemma)
    doc = verb.doc
    if verb.lower_ == "opposed" and verb.i > 0 and doc[verb.i - 1].lower_ == "as":
        return None  # "as opposed to the old fares": a comparison, no one's stance
    if self_named(verb):
        return None  # "a group calling itself Grey Lantern": the name it goes by, no statement
    if verb.dep_ == "amod" or attributive(verb):
        # "pledged delegates": an adjective, not a report; but "a self-described X" is one
        return self_described(verb, cue_class) or fallback.verb_read_as_adjective(verb, cue_class)
    outer = cues.verb_key(verb.head.lemma_.lower(), verb.head.lower_) if verb.dep_ == "xcomp" else None
    if outer in cues.verbs and outer not in cues.clause_only | cues.raising:
        # "declined to comment on X": the infinitive is the outer cue's content;
        # a verb known only from phrases ("has to endorse") is no cue of its own
        return None
    # a verb that reports only a clause ("add", "find", "publish") says nothing
    # about the thing it was done to: "a clause added by the council", "the
    # boat was found near the pier", "the article was published"
    thing_only = lemma in cues.clause_only and not any(c.dep_ in CLAUSE_DEPS or c.dep_ == "xcomp" for c in verb.children)
    if "by" in cues.adjectives.get(verb.lower_, {}) and agent_of(verb) is not None:
        return None  # "officials (were) worried by X": they hold the view (moved_by)
    rootless = rootless_subject(verb) or noun_coordinated(verb) or subject_with_first_verb(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and rootless is None:
        # "a ceasefire agreed in January" describes, it reports no one;
        # "a plan backed by the council" reports the council
        return None if thing_only else participle_cue(verb, cues, cue_class)
    if cue_class == "perceive" and verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None  # "she drove up to see him speak": a purpose, not a view she reports
    if (misread := reduced_relative(verb, cues, cue_class) or said_to(verb, cues, cue_class)) is not None:
        return misread
    subject = reporter_of(verb, cues) or subject_of(verb) or inverted_object(verb)
    speaker_range = None
    if subject is None and rootless is not None:
        subject, speaker_range = rootless
    if subject is None:
        subject, speaker_range = participle_speaker(verb, cues)
    if subject is None and (misread_clause := fallback.participle_as_subject(verb)):
        subject = subject_of(misread_clause[0].head)
    passive = is_passive(verb)
    matched_phrase = phrase_match(verb, cues)
    if matched_phrase is None and (stranded := fallback.stranded_phrase(verb, cues)) is not None:
        return stranded  # "the change the party warned about"
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
        return None if thing_only and not raising else subject_content(verb, subject, cues, cue_class)
    speaker = agent_of(verb) if passive else subject
    # "voters who said ...": the speaker is "who", standing for "voters"
    antecedent = relative_antecedent(verb) if speaker is not None and speaker.tag_ in ("WP", "WDT") else None
    unnamed = passive and speaker is None and (is_expletive(subject) or addressed)
    # a sentence-opening participle the tagger read as a past tense ("Asked/VBD what ...,") is one too
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.i == verb.sent.start
    if (participle and verb.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            or lemma in cues.addressee_verbs and bare_participle(verb)):
        # "Asked whether ..., the minister said ...", "X, when asked how ...,
        # said": the main clause's subject was asked; who asked is not named,
        # unless a "by" phrase names them ("As reported by the Courier, ...")
        speaker = agent_of(verb)
        unnamed = speaker is None
    if passive and speaker is None and not unnamed:
        return None  # "he was told that ...": the speaker is not in the sentence
    if asks_for_a_stance(verb, speaker) or blind(lemma, antecedent[0] if antecedent else speaker, passive, cues):
        return None
    fronted = None
    if speaker is None and not unnamed:
        speaker = fallback.headline_speaker(verb)
    if speaker is None and not unnamed:
        # the parse may have lost the subject: read it off the sentence's commas
        fronted = fallback.fronted_speaker(verb)
        if fronted is None:
            trailing = (fallback.trailing_report(verb, cue_class, cue_tokens_of(verb), cues)
                        or fallback.speaker_after(verb, cue_class, cue_tokens_of(verb), cues))
            fronted = fallback.speaker_just_before(verb) if trailing is None else None
            if fronted is None and (trailing is not None or cue_class in NON_SPEECH_CLASSES or not that_clause_after(verb)):
                return trailing
        if fronted is None:
            # "In praising the mayor, hints that ...": a speech verb's "that"
            # clause is still what was said when the parse lost who said it
            unnamed = True
        else:
            speaker, speaker_range = fronted

    cue_tokens = cue_tokens_of(verb)
    # a clause holding the speaker is not what was said ("activists clamoring for X say ..."),
    # nor is a neighbouring sentence the parse hung on the verb
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and not (speaker is not None and c.is_ancestor(speaker))
               and not neighbouring_clause(verb, c, matched_phrase, lemma, cues)]
    clauses = clauses or clause_after_phrase(verb) or fallback.complementizer_read_as_relative(verb) or question_clause(verb, cue_class) or addressee_clause(verb, cues)
    clauses = clauses or fallback.second_subject(verb) or fallback.clause_after_comma(verb) or fallback.participle_as_subject(verb)
    if not clauses and cue_class is None and matched_phrase is None:
        clauses = clause_on_predicate(verb)  # "made clear that ...", read through the phrase below
    if clauses:
        # "told the union that A, and that B": the parser may join the second clause to the verb
        clauses += [c for c in verb.children if c.dep_ == "conj" and c.i > clauses[-1].i and opened_by_that(c)]
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
    if infinitive is not None and cue_class == "perceive" and not passive and doc[infinitive[0]].lower_ == "to" and not takes_object(verb):
        infinitive = None  # "the town is learning to live with it": what its subject does, not a fact perceived
    if phrase is not None:
        cue_tokens, content_head, cue_class = phrase
        if cue_tokens == [verb]:
            ranges = object_range(doc, verb, content_head, cues)  # "cast X as Y": the object and its "as"
        else:
            ranges = with_second_topic(doc, subtree_minus(doc, content_head, later_cues(content_head, cues), verb, cue_tokens), content_head)
        if (asked := asked_to(verb, content_head)) is not None:
            ranges = range_minus(doc, content_head.left_edge.i, asked.right_edge.i + 1, infinitive_cues(asked, cues))
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
        when = time_of_saying(verb, clauses[0])
        ranges = [r for c in clauses for r in subtree_minus(doc, c, later_cues(c, cues) + speaker_tree + when, verb, cue_tokens)]
        if not any(d.dep_ in SUBJECT_DEPS for d in clauses[0].children) and (noun := zero_relative_object(verb)) is not None:
            ranges = [noun] + ranges  # "a probe he said was ongoing": the noun is the clause's subject
        elif lemma not in cues.addressee_verbs and (noun := object_read_as_subject(verb, clauses[0])) is not None:
            ranges = [noun] + ranges
    elif infinitive is not None:
        start, content_head = infinitive
        ranges = range_minus(doc, start, content_head.right_edge.i + 1, infinitive_cues(content_head, cues))
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
        # "X was criticized by Y for Z": blame and praise state the reason too
        reason = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i), None)
        if cue_class in ("accuse", "endorse") and reason is not None:
            ranges = ranges + [r for r in [trim(doc, reason.i, reason.right_edge.i + 1)] if r is not None]
        if speaker is not None and (manner := speaker.head.head).dep_ == "pobj" and manner.head.lower_ == "with" and manner.head.head == verb:
            # "are viewed with deep distrust by the guild": the manner is the view
            ranges = ranges + [r for r in [trim(doc, manner.left_edge.i, speaker.head.i)] if r is not None]
        if speaker is not None and (taken_as := agent_as(speaker)) is not None:
            # "was seen by the crews as a snub": the parser hangs what it is taken for on the agent
            ranges = ranges + [r for r in [trim(doc, taken_as.i, taken_as.right_edge.i + 1)] if r is not None]
            speaker_range = token_ranges_to_chars(doc, [(speaker.left_edge.i, taken_as.i)])[0]
    elif (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        # "as she congratulated the winner": the winner is the content; but in
        # "as she put it, ..." the object stands for the clause
        and ((obj := object_frame(verb)) is None or obj.lower_ == "it")
        # "as it commented on the tariffs": its own topic is what was said
        and (lemma in cues.clause_only or topic_frame(verb) is None)
        # "as she continues to lead": a verb with an infinitive tells what she does
        and not any(c.dep_ == "xcomp" for c in verb.children)
        # "as they look ahead to the vote": a wish is no source for the clause
        and cue_class != "want"
    ):
        # "As the Courier reported, the mayor resigned."
        content_head = verb.head
        ranges = subtree_minus(doc, content_head, [verb], verb)
    elif lemma in cues.clause_only and speaker is not None and (figure := figure_frame(verb)) is not None:
        # "The Orlen Ledger put her fortune at $45 million": an estimate is a claim
        content_head, end = figure
        ranges = [r for r in [trim(doc, content_head.left_edge.i, max(content_head.right_edge.i, end.right_edge.i) + 1)] if r is not None]
    elif cue_class == "believe" and (state := felt_state(verb)) is not None:
        # "tenants who feel cheated", "the crews felt slighted": the state they feel in
        content_head = state
        ranges = subtree_minus(doc, state, later_cues(state, cues), verb)
    elif (obj := spoken_object(verb, lemma, speaker, cue_class, cues)) is not None:
        content_head = obj
        ranges = object_range(doc, verb, obj, cues)
        if verb.dep_ in ("acl", "relcl") and verb.head.i < verb.i:
            ranges = before_renaming(doc, ranges, obj)
    elif lemma in cues.addressee_verbs and likeness(verb):
        return None
    elif lemma in cues.addressee_verbs and (told := addressee_topic(verb)) is not None:
        content_head = told
        ranges = [(told.i, told.right_edge.i + 1)]
    elif cue_class == "want" and (goal := goal_frame(verb)) is not None:
        content_head = goal
        ranges = object_range(doc, verb, goal, cues)
    elif lemma not in cues.clause_only and (topic := topic_frame(verb)) is not None and not said_noun(verb, lemma, cue_class, cues):
        content_head = topic
        ranges = with_second_topic(doc, subtree_minus(doc, topic, later_cues(topic, cues), verb), topic)
    elif (
        verb.dep_ == "relcl"
        and lemma not in cues.clause_only | cues.addressee_verbs
        and cue_class != "report"
        and not (speaker is not None and speaker.tag_ in ("WDT", "WP"))
        # "this is the only thing we remember": a noun after "is" describes the subject
        and verb.head.dep_ != "attr"
    ):
        # (a report verb over its noun names a publication: "the interview the
        # paper published"; in "economists who believe in X" the noun speaks)
        # "the words he keeps repeating": what the clause hangs on is what
        # was said ("which she denies" is read by relative_object)
        content_head = verb.head
        ranges = subtree_minus(doc, verb.head, [verb], verb)
    elif (ahead := fallback.clause_ahead(verb)) is not None:
        content_head = verb.head
        ranges = [ahead]
    elif (cut_off := fallback.clause_cut_off(verb)) is not None:
        content_head, ranges = cut_off[0], [cut_off[1]]
    else:
        # "..., she said." or "..., said Ana Dorn." with no frame
        return fallback.trailing_report(verb, cue_class, cue_tokens, cues) or fallback.speaker_after(verb, cue_class, cue_tokens, cues)
    if fronted is not None:
        ranges = fallback.after_cue(ranges, verb)
    if ranges and findings(speaker, cue_class, cues) and (compared := compared_figures(verb, ranges[-1][1])) is not None:
        ranges = ranges[:-1] + [(ranges[-1][0], compared.right_edge.i + 1)]
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


def self_described(verb: Token, cue_class: str | None) -> Found | None:
    """"a self-described reformer": the person described says it of
    themself; the statement is the description, without any clause after
    the noun (no named speaker when the phrase renames no one).
    "the self-described reformer" only names someone already known."""
    doc, noun = verb.doc, verb.head
    if cue_class is None or verb.i < 2 or doc[verb.i - 1].text != "-" or doc[verb.i - 2].lower_ != "self" or noun.i <= verb.i:
        return None
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head  # "self-described harbour patriot": the whole name
    if any(c.lower_ == "the" and c.dep_ == "det" for c in noun.children):
        return None
    if doc[verb.i + 1].is_quote and not any(t.is_quote for t in doc[verb.i + 2 : noun.i]):
        return None  # 'a self-described "harbour rat"': a nickname quoted, not a view
    # who describes themself: the person the phrase renames ("Ana Ruiz, a
    # self-described reformer") or the subject it is said of ("she is a ...")
    speaker = noun.head if noun.dep_ == "appos" else subject_of(noun.head) if noun.dep_ == "attr" else None
    return Found(
        cue_tokens=[doc[verb.i - 2], doc[verb.i - 1], verb],
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, [(verb.i + 1, noun.i + 1)]),
        speaker=speaker,
        construction="unsourced" if speaker is None else "verb",
        content_head=noun,
    )


def infinitive_cues(infinitive: Token, cues: Cues) -> list[Token]:
    """The later cues in an infinitive content, and a participle or a phrase
    cue the parser coordinated with the bare infinitive ("urging X to leave
    and promising to ...", "vowed to X and pushed for Y"): a verb of another
    form than the infinitive is coordinated with the cue, a second statement
    of the same speaker (a belief or wish too: "looking to X and thinking
    about Y")."""
    return later_cues(infinitive, cues) + [
        t for t in infinitive.subtree
        if t.dep_ == "conj" and t.head.tag_ == "VB" and t.i > infinitive.i
        and (t.tag_ in ("VBG", "VBN") and cues.verb_class(t) is not None or t.tag_ in ("VBD", "VBZ") and phrase_match(t, cues) is not None)
        and not any(c.dep_ in SUBJECT_DEPS + ("aux",) for c in t.children)
    ]


def range_minus(doc: Doc, start: int, end: int, excluded: list[Token]) -> list[tuple[int, int]]:
    """Tokens [start, end) less the subtrees of ``excluded``: "vowed to cut
    taxes and praised the mayor" ends before the second cue, which is a
    statement of its own."""
    skip = {t.i for token in excluded for t in token.subtree}
    ranges, first = [], None
    for i in range(start, end + 1):
        if i < end and i not in skip:
            first = i if first is None else first
        elif first is not None:
            ranges.append((first, i))
            first = None
    return [r for r in (trim(doc, a, b) for a, b in ranges) if r is not None]


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


# verbs whose subject may be the time or place where something happened
EVENT_VERBS = ("see", "witness")


def blind(lemma: str, speaker: Token | None, passive: bool, cues: Cues) -> bool:
    """"The referendum saw a flood of posters", "a year that saw the party
    win": only a person or a group perceives; a thing that "sees" or
    "witnesses" something is where or when it happened."""
    if lemma not in EVENT_VERBS or passive or speaker is None:
        return False
    return speaker.pos_ == "NOUN" and not agentive(speaker, cues)


def findings(speaker: Token | None, cue_class: str | None, cues: Cues) -> bool:
    """A poll, study or report as the source of a report verb whose content is
    otherwise only a clause: "the survey found broad support for X" states
    its findings, where "the mayor found a buyer" does not."""
    if speaker is None or cue_class != "report":
        return False
    lemma = speaker.lemma_.lower()
    return lemma in word_list("inquiry_nouns.txt") or cues.settings.get(lemma) == "report" or cues.settings.get(speaker.lower_) == "report"


def absence(obj: Token | None, cue_class: str | None) -> bool:
    """"found no trace of a bird": a report verb's object saying a search
    came up empty (absence_nouns.txt) is a finding, whoever searched."""
    return (
        obj is not None
        and cue_class == "report"
        and obj.lower_ in word_list("absence_nouns.txt")
        and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
    )


def compared_figures(verb: Token, end: int) -> Token | None:
    """"a poll found that A leads by 6 points, while B trails": a contrast
    the parser hung on the finding verb, right after its content, is more
    of the finding (the gold keeps it)."""
    start = end + 1 if end < len(verb.doc) and verb.doc[end].text == "," else end
    return next((c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == start and contrast(c)), None)


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
    obj = object_frame(verb)
    if lemma in cues.clause_only | cues.addressee_verbs and not findings(speaker, cue_class, cues) and not absence(obj, cue_class):
        return None
    if obj is not None and any(c.dep_ == "dative" for c in verb.children) and (cue_class == "report" or not determined(obj)):
        return None
    return obj


def before_renaming(doc: Doc, ranges: list[tuple[int, int]], obj: Token) -> list[tuple[int, int]]:
    """"The fund backing Ana Dorn for mayor, Velden Forward, said ...", "a
    group backing Dorn, the former mayor": past the object of a participle
    or relative clause on a noun, a name set off by a comma that ends the
    statement renames the noun the clause hangs on (or the object, in
    passing) and is not what the noun said. Not a short tag ("Dorn,
    R-Velden"), a noun with a clause of its own ("..., a move that ..."),
    which may still be said, nor a chain of names ("called Dorn, his rival,
    a fraud"). On PolNeAR train this made more contents exact and cost no
    overlap match."""
    if not ranges:
        return ranges
    last = ranges[-1][1]
    ends = [
        t.left_edge.i - 1
        for t in obj.subtree
        if t.dep_ == "appos" and t.head.dep_ != "appos" and t.left_edge.i > obj.i and doc[t.left_edge.i - 1].text == ","
        and trim(doc, t.right_edge.i + 1, last) is None
        and not any(u.tag_ == "HYPH" or u.dep_ in ("relcl", "acl") or u.dep_ == "appos" and u.head == t for u in t.subtree)
    ]
    if not ends:
        return ranges
    end = min(ends)
    return [r for a, b in ranges if a < end for r in [trim(doc, a, min(b, end))] if r is not None]


def felt_state(verb: Token) -> Token | None:
    """"feel cheated", "felt slighted by the board": a participle completing
    the verb with no object before it is the state its subject says it is in
    (an adjective, "feel tired", rarely is a statement)."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp") and c.tag_ == "VBN" and c.i > verb.i), None)


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


# words opening a clause that is what was said ("showed the panel that ...")
CONTENT_OPENERS = ("that", "whether", "if")


def object_first(verb: Token, clause: Token, lemma: str, cues: Cues) -> bool:
    """"condemned another delay, this one hurt the town", "defended his aide
    on Monday, hours after he was charged": past the verb's object, a clause
    with its own subject is the writer's next thought or a time the parser
    hung on the verb, and the object is what was said. Not a clause opening
    as content does (", that the plan failed", a quote, a colon), nor one
    after a pronoun ("convince them they should", "showed me where ...")
    unless set off by a comma."""
    if lemma in cues.addressee_verbs or not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return False
    doc = clause.doc
    first = doc[clause.left_edge.i]
    objects = [o for o in verb.children if o.dep_ == "dobj" and verb.i < o.i < first.i]
    if set_off(clause) and first.tag_ not in ("IN", "WDT", "WP", "WRB"):
        return bool(objects)
    if first.lower_ in CONTENT_OPENERS or first.is_quote or doc[first.i - 1].text == ":":
        return False
    return any(o.tag_ != "PRP" for o in objects)


# words that make a following "that" a subordinator: "now that", "so that", "such that"
ADVERBIAL_THAT = frozenset({"now", "so", "such"})


def time_of_saying(verb: Token, clause: Token) -> list[Token]:
    """"X said on Tuesday it was recalling ...": a date right after the verb,
    before the reported clause's subject and with no "that" between, says
    when it was said, though the parser hangs it on the clause."""
    for child in clause.children:
        if child.i != verb.i + 1 or child.dep_ not in ("prep", "npadvmod"):
            continue
        if not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            return []
        if any(c.dep_ in SUBJECT_DEPS and c.i > child.right_edge.i for c in clause.children):
            return [child]
    return []


def that_clause_after(verb: Token) -> bool:
    """A clause opening on "that" right after the cue."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and c.left_edge.lower_ == "that" and c.left_edge.i == verb.i + 1 for c in verb.children)


def adverbial_that(clause: Token) -> bool:
    """"blasted them for being sore losers now that the court has ruled": a
    clause opening "now that / so that" tells when or why, not what was said."""
    first = clause.left_edge
    return first.lower_ == "that" and first.i > 0 and first.nbor(-1).lower_ in ADVERBIAL_THAT


def said_noun(verb: Token, lemma: str, cue_class: str | None, cues: Cues) -> bool:
    """"a fact he often mentions on the trail": a relative clause with no
    relative word says its noun; the phrase after the verb tells where (the
    relative-clause frame below takes the noun)."""
    return (
        verb.dep_ == "relcl"
        and verb.head.pos_ == "NOUN"
        and cue_class != "report"
        and lemma not in cues.addressee_verbs
        and not any(t.tag_ in ("WDT", "WP", "IN") for t in verb.doc[verb.head.i + 1 : verb.i])
    )


def neighbouring_clause(
    verb: Token, clause: Token, phrase: tuple[list[Token], Token, str] | None, lemma: str, cues: Cues
) -> bool:
    """"He backs X; she backs Y": a clause before a verb whose object follows
    it is a neighbouring sentence the parse hung on the verb, not what was
    said. After a comma it is the inverted report when the object is whom it
    was said to ("The plan will fail, she told reporters / promised them")."""
    if clause.i > verb.i:
        return (after_infinitive(verb, clause) or object_first(verb, clause, lemma, cues) or adverbial_that(clause)
                or closing_report(clause, cues))
    if clause.doc[clause.right_edge.i + 1].text in (";", ":") or clause.right_edge.text in (";", ":"):
        # "The report never ran; her editor argued the piece ...", "The fund
        # ran dry; the mayor did not explain why": a sentence of its own, also
        # when the parse gives the clause its own colon (train +2 ov, +3 exact)
        return True
    speaker = inverted_object(verb)  # "..., wrote a nurse at the clinic": no object, the speaker
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp") and c.i > verb.i and c != speaker]
    if phrase is None and not objects:
        return False
    if phrase is None and lemma not in cues.addressee_verbs and all(o.dep_ == "xcomp" and o.left_edge.i > verb.i + 1 for o in objects) and clause.doc[clause.right_edge.i + 1].text == ",":
        # "The fund is gone, she said in her bid to be mayor": with no object,
        # an infinitive after the cue is its setting, and the clause before is what was said
        return False
    if clause.doc[clause.right_edge.i + 1].text != ",":
        return True
    if (objects and clause.doc[clause.left_edge.i].tag_ in ("IN", "RB", "RBR")
            and not any(t.is_quote or t.text == ":" for t in clause.subtree)):
        # "In her speech, a plea for calm, she tells a joke": a fronted setting,
        # not what was said (a quote in it may be: 'At noon: "We won," she told them')
        return True
    # "dismissed X as weak", "urged X to leave": the object is what was said, not whom to
    completed = any(c.i > verb.i and (c.dep_ in ("xcomp", "oprd") or c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)
    addressed = not completed and any(o.dep_ == "dobj" and (o.pos_ == "PRON" or o.ent_type_ in ("PERSON", "ORG", "NORP") or o.tag_ == "NNS") for o in objects)
    return lemma not in cues.addressee_verbs and not addressed


def closing_report(clause: Token, cues: Cues) -> bool:
    """"... and she finds that in her work, she said.": the parse read the
    closing ", she said" as the earlier cue's that-clause; it is a report of
    its own, with the words before it. A cue with its own subject after a
    comma and nothing but punctuation after it (PolNeAR train: +1 statement)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return (subject is not None and 0 < subject.left_edge.i and subject.i < clause.i and clause.doc[subject.left_edge.i - 1].text == ","
            and all(c.is_punct or c.is_space for c in clause.children if c.i > clause.i)
            and cues.verb_key(clause.lemma_.lower(), clause.lower_) in cues.verbs)


def about_stance(verb: Token, cues: Cues) -> Found | None:
    """``X was tight-lipped about Y``: an adjective with "about" after a
    linking verb gives its subject's stance on Y whatever the adjective, so
    this reads the adjectives the lexicon does not list with "about"."""
    adjective = next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    if adjective is None or "about" in cues.adjectives.get(adjective.lower_, {}):
        return None
    about = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "about"), None)
    if about is None:
        return None
    topic = next((c for c in about.children if c.dep_ == "pobj"), None)
    speaker = subject_of(verb)
    if topic is None or speaker is None or is_expletive(speaker):
        return None
    ranges = without_aside(verb.doc, subtree_minus(verb.doc, topic, later_cues(topic, cues), adjective), topic)
    if not ranges:
        return None
    return Found(cue_tokens=[adjective, about], cue_class="feel", content=token_ranges_to_chars(verb.doc, ranges),
                 speaker=speaker, construction="verb", content_head=topic)


def moved_by(verb: Token, cues: Cues) -> Found | None:
    """``X was troubled by Y``, ``X, worried by Y, ...``: a feeling verb in
    the passive or after its noun, listed as an adjective with "by", has its
    subject (or noun) hold a view of its agent; the agent
    felt nothing (a reporting verb's agent, "announced by X", is the speaker)."""
    agent = agent_of(verb)
    if agent is None:
        return None
    speaker: Token | None
    if verb.dep_ == "acl" and verb.head.i < verb.i and agentive(verb.head, cues):
        speaker = verb.head  # "officials, worried by the cost, ..."
    elif (speaker := subject_of(verb)) is None or is_expletive(speaker) or speaker.dep_ != "nsubjpass":
        return None
    ranges = subtree_minus(verb.doc, agent, later_cues(agent, cues), verb)
    if not ranges:
        return None
    found = Found(cue_tokens=[verb, agent.head], cue_class=cues.adjectives[verb.lower_]["by"],
                  content=token_ranges_to_chars(verb.doc, ranges), speaker=speaker, construction="verb", content_head=agent)
    if speaker.i < verb.i and speaker.is_ancestor(verb) and (words := trim(verb.doc, speaker.left_edge.i, verb.i)):
        found.speaker_range = token_ranges_to_chars(verb.doc, [words])[0]  # the noun up to its participle
    return found


# what points a reporting noun back at a statement already given ("made those comments")
ANAPHORIC = {"this", "that", "these", "those", "same", "similar", "such"}


def voiced_again(verb: Token, cues: Cues) -> Found | None:
    """``X made those comments on Tuesday``: a voicing verb's reporting
    noun that points back at what was said is the statement itself, and the
    verb's subject said it."""
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or (lemma := noun.lemma_.lower()) not in cues.nouns and lemma not in cues.topic_nouns:
        return None
    if not any(c.lower_ in ANAPHORIC and c.i < noun.i for c in noun.children):
        return None
    speaker = subject_of(verb)
    if speaker is None or is_expletive(speaker):
        return None
    ranges = subtree_minus(verb.doc, noun, later_cues(noun, cues), verb)
    if not ranges:
        return None
    return Found(cue_tokens=[verb], cue_class=cues.nouns.get(lemma, "assert"), content=token_ranges_to_chars(verb.doc, ranges),
                 speaker=speaker, construction="verb", content_head=noun)


def find(doc: Doc | Span, cues: Cues) -> list[Found]:
    """Every cue-anchored attribution in the document."""
    found: list[Found] = []
    hedge_starts = {words[0] for words in cues.hedges}
    for token in doc:
        item = None
        word = token.lower_  # read once: this runs on every token
        if word == "according":
            item = according_to(token, cues)
        elif word == "per":
            item = closing_per(token, cues)
        elif word == "in":
            item = in_setting(token, cues)
        elif word in cues.opening_settings:
            item = opening_setting(token, cues)
        elif token.pos_ in ("VERB", "AUX"):
            item = verb_cue(token, cues)
            if item is None and linking(token):
                item = about_stance(token, cues)
            elif item is None and token.lemma_.lower() in cues.voicing:
                item = voiced_again(token, cues)
            if item is None and "by" in cues.adjectives.get(word, {}):
                item = moved_by(token, cues)
            if item is None:
                item = poll_standing(token, cues)  # "the poll has Dorn leading"
        elif token.lemma_.lower() in cues.receptions:
            item = reception_cue(token, cues)  # "the plan drew criticism from X"
        if item is None and word in hedge_starts:
            item = hedge_cue(token, cues)
        if item is not None:
            found.append(item)
    return found


def takes_object(verb: Token) -> bool:
    """Whether the verb has an object, before or after it, written or the
    noun a zero relative hangs on ("what he perceived to be", "the rule she
    saw to be unfair")."""
    return any(c.dep_ == "dobj" for c in verb.children) or zero_relative_object(verb) is not None
