"""Attribution stage: who said what, with which cue, in a parsed document.

``extract(doc)`` returns one :class:`~rashomon.model.Attribution` per
statement. Conventions (chosen to match PolNeAR's annotation):

- spans are character offsets into ``doc.text``;
- a direct quote's content includes its quotation marks and the punctuation
  inside them; an indirect statement's content stops before the sentence's
  final punctuation and excludes cue and speaker;
- a statement interrupted by its cue (``"A," he said, "B."``) lists its pieces
  in ``content_parts`` and ``content_span`` is their hull;
- the speaker span is the mention as written, the whole noun phrase; for a
  pronoun, ``speaker_antecedent_span`` points at the mention it refers to;
- hedged or agentless statements (``allegedly``, ``it was reported that``,
  ``the plan appears to have stalled``) have no speaker and ``source_kind``
  "unnamed";
- a negated cue is kept with its negation in the cue ("has not said which
  ..."): who has not confirmed what is news, and the claims stage leaves the
  stance of such a statement open;
- a statement nested in another one is kept (and linked by ``parent``) only
  when it brings a source of its own.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc, Token

from ..model import Attribution
from ..model import Span as CharSpan
from . import indirect, nominal
from .colons import colon_blocks, colon_lines
from .content import SUBJECT_DEPS, Found, end_at_participle_reports, set_off, word_list
from .direct import attach_quotes
from .lexicon import NON_SPEECH_CLASSES, Cues, load_cues
from .interviews import interview_answers
from .posts import embedded_posts
from .quotes import Quote, find_quotes
from .sections import SECTION_TOKENS, sections, shifted
from .subjects import agentive
from .speakers import Speaker, empty_it, make_speaker, person_words, resolve_pronouns
from .voiced import Issuer, issuer_from_title, issuer_of, issuer_statements

__all__ = ["Issuer", "extract", "issuer_from_title", "issuer_of", "load_cues"]

# cue classes that report a stance held rather than words spoken
ATTITUDE_CLASSES = NON_SPEECH_CLASSES | {"endorse", "oppose"}
# cue classes of a view held on a claim ("thinks", "fears")
BELIEFS = frozenset({"believe", "feel"})
# cue classes whose object is itself a claim: "denied the report", "retracted its claim"
STANCE_ON_A_CLAIM = frozenset({"deny", "retract", "confirm", "admit"})
# cue classes of words spoken: "asked whether he stood by it when he said ..." reports them
SPEECH_REPORTS = frozenset({"assert", "report"})
# cue classes of words said to someone: nested even when foreseen ("she said he would deny it")
SPOKEN = frozenset({"assert", "deny", "accuse", "question"})

BASE_CONFIDENCE = {
    "verb": 0.8,
    "according_to": 0.85,
    "noun": 0.7,
    "hedge": 0.6,
    "unsourced": 0.6,
    "quote": 0.75,
    "continuation": 0.5,
    "colon": 0.6,
    "post": 0.85,
    "answer": 0.8,
}
# constructions whose content is the speaker's words as written: a direct statement
TRANSCRIBED = frozenset({"post", "answer"})


def extract(doc: Doc, extra_cues: str | Path | None = None, issuer: Issuer | None = None) -> list[Attribution]:
    """Every attributed statement in ``doc``, ordered by where its content
    starts. ``issuer``: who speaks in the document's own voice (a press
    release's issuer, ``voiced``); its sentences are then its statements."""
    cues = load_cues(extra_cues)
    if len(doc) <= SECTION_TOKENS:
        records = _extract(doc, cues)
    else:
        records = []
        for start, end in sections(doc, SECTION_TOKENS):
            part = doc[start:end]
            # an interview's answers only where its introduction names the
            # interviewee: a later section would take whoever an answer names
            found = _extract(part.as_doc(), cues, answers=start == 0)
            records += [shifted(record, part.start_char, len(records)) for record in found]
    if issuer is not None:
        records = issuer_statements(doc, records, issuer)
        _link_nested(records)
    return records


def _extract(doc: Doc, cues: Cues, answers: bool = True) -> list[Attribution]:
    text = doc.text  # Doc.text is rebuilt on every access: read it once
    quotes = find_quotes(text)
    found = [item for item in indirect.find(doc, cues) + nominal.find(doc, cues) if not _quoted_aside(item, quotes)]
    found = attach_quotes(doc, text, found, quotes, cues)
    starts = {item.content[0][0] for item in found}
    found += [item for item in colon_lines(doc, text, cues) if item.content[0][0] not in starts]  # found already
    blocks = colon_blocks(doc, text, cues) + embedded_posts(doc, text) + (interview_answers(doc, text) if answers else [])
    found = [item for item in found if not _inside_block(item, blocks)] + blocks
    end_at_participle_reports(doc, found, cues, [q.span for q in quotes])
    found = sorted(_deduplicate(found), key=lambda f: (f.content[0][0], -f.content[-1][1]))

    speakers: dict[int, Speaker] = {}
    by_token: dict[int, Speaker] = {}
    ents = doc.ents  # rebuilt on every access: read once
    persons = person_words(ents)
    for index, item in enumerate(found):
        if item.speaker is not None:
            if item.speaker.i not in by_token:
                by_token[item.speaker.i] = make_speaker(item.speaker, cues, persons, item.speaker_range)
            speakers[index] = by_token[item.speaker.i]
    resolve_pronouns(ents, list(by_token.values()), cues, text)
    for index, item in enumerate(found):
        if item.antecedent is not None and index in speakers:
            speakers[index].antecedent = item.antecedent

    # a post's words, or an interview's answer, are the speaker's own, as a quotation's are
    quote_spans = [q.span for q in quotes] + [item.content[0] for item in found if item.construction in TRANSCRIBED]
    records = [_record(doc, text, item, speakers.get(index), quote_spans) for index, item in enumerate(found)]
    _link_nested(records)
    for item, record in zip(found, records):
        if record.parent is not None and (aside := _aside_span(item)) is not None:
            for outer in records:  # out of every statement it sits in, not only the nearest
                if outer is not record and outer.content_span[0] <= aside[0] < outer.content_span[1]:
                    _cut(text, outer, *aside)
    voiced = _voicing_verbs(records, found)
    kept = [
        (item, record)
        for index, (item, record) in enumerate(zip(found, records))
        if index not in voiced
        and not _restates_its_parent(record, records, item, cues)
        and not _answers_a_poll(record, found, cues)
        and not _caused_by_a_thing(item, cues)
        and not _a_physical_act(item)
        and not _asks_not_to_be_named(text, record)
        and not _a_race(item)
        and not _a_condition(item, record)
        and not _not_allowed(item)
        and not _discourse_marker(item)
        and not _asked_of_someone(item, cues)
    ]
    for item, record in kept:
        if item.speaker is not None and item.cue_tokens and empty_it(item.speaker, item.cue_tokens[0]):
            _unsourced(record)  # after the restatement check: what it holds is still no one's new claim
    records = [record for _, record in kept]
    records = [record for item, record in kept if not _describes_a_speaker(item, record, records)]
    _link_nested(records)
    return records


def _describes_a_speaker(item: Found, record: Attribution, records: list[Attribution]) -> bool:
    """An attitude inside another statement's speaker mention ("said Ana
    Dorn, a councillor who backs the plan"): the writer telling who the
    speaker is, not a view reported as news. Measured on PolNeAR train: a
    third of these matched a statement.

    Not when the mention opens an indirect report and the attitude holds a
    clause or names someone ("Ana Dorn, who thinks the levy failed, said
    ...", "Ana Dorn, who endorsed Rell, said ..."): news told on the way to
    the report; on PolNeAR train over two in five of these matched exactly.
    Nor a belief or feeling about a claim or a thing ("Ana Dorn, who thinks
    the levy failed, wrote ...", "..., who feared a recount"), whatever the
    outer statement: on PolNeAR train nine in twelve of these matched."""
    cue = record.cue_span
    head = item.content_head
    news = head is not None and head.pos_ in ("VERB", "AUX", "PROPN")
    if record.cue_class in BELIEFS and head is not None and head.pos_ in ("VERB", "AUX", "NOUN"):
        return False  # "Ana Dorn, who fears the levy will fail, ...": a view on a claim is news
    return (
        record.cue_class in ATTITUDE_CLASSES
        and cue is not None
        and any(
            other is not record
            and other.speaker_span is not None
            and other.speaker_span[0] <= cue[0]
            and cue[1] <= other.speaker_span[1]
            and not (news and other.kind == "indirect" and other.cue_span is not None and cue[1] <= other.cue_span[0])
            for other in records
        )
    )


ASIDE_OPENERS = {",", "(", "-", "--", "\u2013", "\u2014"}
RELATIVE_TAGS = {"WDT", "WP", "WP$"}


def _aside_clause(item: Found) -> Token | None:
    """The cue verb of a relative clause set off by a comma ("..., which she
    called a mistake", "..., whom he described as calm"): an aside in which
    the clause's own subject speaks, not part of the outer statement.
    PolNeAR annotates it as a statement of its own and ends the outer
    statement before it."""
    verb = _cue_verb(item)
    if verb is None or verb.dep_ != "relcl":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ in RELATIVE_TAGS and not _words_of_its_noun(item):
        return None  # "..., who backs the plan": the clause tells what its noun did
    first = verb.left_edge
    if first.i == 0 or first.nbor(-1).text not in ASIDE_OPENERS:
        return None
    if not any(t.tag_ in RELATIVE_TAGS for t in first.doc[first.i : verb.i]):
        return None  # "..., the plan he backed": no relative pronoun, not an aside
    return verb


def _words_of_its_noun(item: Found) -> bool:
    """Words spoken by the noun a relative clause hangs on, reported as a
    clause ("..., who said the law was a mistake"): a statement of its own,
    as PolNeAR annotates it, not part of the outer one. Not an attitude or a
    thing ("..., who backs the plan", "..., who announced a bid"): on PolNeAR
    train those were mostly the writer telling who the noun is."""
    head = item.content_head
    return item.cue_class not in ATTITUDE_CLASSES and head is not None and head.pos_ == "VERB"


def _set_off_participle(item: Found) -> Token | None:
    """The cue verb of a participle set off by a comma with a clause of its
    own ("..., believing that ...", "..., telling reporters that ..."): the
    speaker's next statement, which PolNeAR annotates on its own, ending the
    one it trails before the comma. Measured on PolNeAR train: without a
    clause of its own (", calling him ...", ", citing ...") it matched in
    fewer than one case in three. Not an "it" that stands for nothing
    ("it seems ..., considering that ...": a reason given, not a view held)."""
    verb = _cue_verb(item)
    if verb is None or verb.dep_ not in ("advcl", "acl") or verb.tag_ != "VBG" or not set_off(verb):
        return None
    if item.speaker is None or empty_it(item.speaker, verb) or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return verb


def _aside_span(item: Found) -> CharSpan | None:
    """What to take out of the statements an aside sits in: the relative
    clause with a cue of its own ("..., which she called a mistake"), the
    participle with a clause of its own ("..., adding that ..."), or the
    one a trailing source vouches for ("..., which stood at 12, according to
    the league"), from the comma before it to the cue's end."""
    clause = _aside_clause(item) or _set_off_participle(item)
    if clause is not None:
        return clause.left_edge.nbor(-1).idx, _end(clause.right_edge)
    head = item.content_head
    according = item.construction == "according_to" and item.cue_tokens[0].lower_ == "according"
    if according and head is not None and head.dep_ == "relcl" and item.speaker is not None:
        return head.left_edge.nbor(-1).idx, _end(item.speaker.right_edge)
    return None


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _cut(text: str, record: Attribution, start: int, end: int) -> None:
    """Take the text between two offsets out of a statement's content."""
    parts = []
    for a, b in record.content_parts or [record.content_span]:
        for x, y in ((a, min(b, start)), (max(a, end), b)):
            while x < y and (text[x].isspace() or text[x] in ",;"):
                x += 1
            while y > x and (text[y - 1].isspace() or text[y - 1] in ",;"):
                y -= 1
            if any(ch.isalnum() for ch in text[x:y]):  # not the bare '.”' the clause leaves behind
                parts.append((x, y))
    if parts:
        record.content_span = (parts[0][0], parts[-1][1])
        record.content_parts = parts if len(parts) > 1 else []


def _restates_its_parent(record: Attribution, records: list[Attribution], item: Found, cues: Cues) -> bool:
    """A statement inside another one's content that adds no source of its
    own: "she said she hopes ...", "they said it was reportedly ...", "he said
    voters want ...". The outer statement already carries it, and annotators
    (PolNeAR's among them) mark only the outer one. A different source
    reporting speech ("she said a captain had told her ...") stays, linked, and
    so does a claim named by a noun with an owner ("it retracted its claim
    that ...") but not one without ("he backed away from a suggestion that
    ...": on PolNeAR train one in eight matched).
    Measured on PolNeAR train: these nested statements were 85% spurious.

    Whoever the inner source is, two kinds are part of the outer statement:
    an attitude ("he said voters who backed her now oppose the plan" is what
    he claims about them; dropping them raised PolNeAR train overlap F1),
    and a cue whose content is only a thing ("she said his attacks on the
    mayor must stop" reports no claim of the mayor's critics). Nor is a view
    or act inside a question ("asked whether the party backs ..."): it is
    asked about, not claimed, whoever the inner source ("asked whether she
    backs ..."); words said earlier ("... when he said ...") are still
    reported; nor an act in an embedded question ("had not explained why
    the ministry denied the strike"). Evidence a speaker cites ("she said polls show ...") is hers
    too: on PolNeAR train one in nineteen matched. A statement with no
    source at all inside another one ("it seems that support for her has
    grown") brings nothing of its own, whether or not the outer one names a
    speaker: on PolNeAR train one in five matched.
    Nor does an act the outer statement foresees, wishes or urges ("she said
    Rell would endorse him", "it seems voters will care more about ..."),
    unless words are to be said: on PolNeAR train two in fifteen of these
    overlapped a statement, whether or not the outer one names a speaker.
    A claim named by a noun whose owner is a pronoun ("she said the levy
    drew anger because of her claim that ...") is the outer speaker's own,
    as any statement with a pronoun speaker inside another is: on PolNeAR
    train one in eight matched. Not when a verb takes the noun ("she
    repeated her claim that ...") or the pronoun is the outer speaker too
    ("he reiterated his claim that ..."): the noun's own statement."""
    if record.parent is None:
        return False
    if records[record.parent].cue_class == "question" and record.cue_class not in SPEECH_REPORTS:
        return True
    if record.speaker_span is None:
        return True
    if _hypothetical(item) and record.cue_class not in SPOKEN:
        return True
    if _asked_about(item):
        return True
    if records[record.parent].speaker_span is None:
        return False  # "Asked whether ..., he said": no outer speaker to restate
    if _aside_clause(item) is not None or _set_off_participle(item) is not None:
        return False
    if item.construction == "noun" and record.cue_span is not None and record.cue_span[0] <= records[record.parent].content_span[0]:
        return False  # "voiced concern that ...": the noun heads its parent's content, the better of the two
    about_a_thing = (
        item.content_head is not None
        and item.content_head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
        and record.cue_class not in STANCE_ON_A_CLAIM  # "X said the ministry retracted its claim": a statement
    )
    if record.cue_class in ATTITUDE_CLASSES or about_a_thing:
        return True
    if item.construction == "verb" and record.cue_class == "report" and item.speaker is not None and _a_thing(item.speaker, cues):
        return True  # "she said polls show ...": her evidence, not another source's report
    same_speaker = record.speaker_span == records[record.parent].speaker_span
    if item.construction == "noun":
        # "she said ... because of her claim that ...": the pronoun owner points back at the outer speaker
        return record.source_kind == "pronoun" and not same_speaker and item.cue_tokens[0].dep_ != "dobj"
    return record.source_kind == "pronoun" or same_speaker


def _answers_a_poll(record: Attribution, found: list[Found], cues: Cues) -> bool:
    """What respondents said inside a poll's or survey's statement
    ("according to the Vale poll, 40 percent said they would vote"): their
    answers are the poll's finding, which the outer statement carries, and
    PolNeAR marks only that one. Measured on PolNeAR train: one in twenty
    of these overlapped a statement (dropping them: 20 fewer predictions,
    one fewer overlap match, exact matches unchanged)."""
    if record.parent is None or record.cue_class != "assert":
        return False
    source = found[record.parent].speaker
    return source is not None and "report" in (cues.settings.get(source.lemma_.lower()), cues.settings.get(source.lower_))


def _cue_verb(item: Found) -> Token | None:
    """The cue's first verb or auxiliary, if it has one."""
    return next((t for t in item.cue_tokens if t.pos_ in ("VERB", "AUX")), None)


def _caused_by_a_thing(item: Found, cues: Cues) -> bool:
    """A verb a thing does as a cause, with a thing for its subject ("the
    vote will decide the seat", "the storm threatens to close the port",
    "the figures underscore the gap"): what it brings about or shows, no
    one's statement; with someone who can speak for its subject ("the mayor
    threatened to resign") it is one. The verbs are ``causing_verbs.txt``:
    on PolNeAR train these verbs were statements far less often with a
    thing for their subject than with a speaker. A group the word lists do
    not know ("the guild challenged the toll") is taken for a thing too;
    ``group_nouns.txt`` and ``people_nouns.txt`` extend what can speak."""
    verb = _cue_verb(item)
    if item.construction != "verb" or item.speaker is None or verb is None:
        return False
    return verb.lemma_.lower() in word_list("causing_verbs.txt") and not agentive(item.speaker, cues)


# "who asked not to be named / identified", "who did not want to be named": why a
# source goes unnamed, not what it said (but "wanted to be named as chair" is)
ANONYMITY = re.compile(r"(?:not\s+)?to\s+(?:not\s+)?be\s+(?:named|identified|quoted)\b(?!\s+as\b)", re.IGNORECASE)


def _asks_not_to_be_named(text: str, record: Attribution) -> bool:
    return ANONYMITY.match(text, record.content_span[0], record.content_span[1]) is not None


def _a_physical_act(item: Found) -> bool:
    """A verb done with a weapon or by force ("attacked the cordon with stones",
    "responded with water cannon and tear gas", ``physical_means.txt``): an
    act, not a statement ("attacked the plan with a string of posts" is one)."""
    verb = _cue_verb(item)
    if item.construction != "verb" or verb is None or item.cue_class in ("report", "perceive"):
        return False  # "footage showed fighters with heavy weapons": the weapons are what it shows
    means = word_list("physical_means.txt")
    # the parser may hang "with" on the object's phrase ("attacked the cordon in front of the
    # building with stones"), even on an object it took for a clause ("the police cordon")
    objects = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "ccomp" and _noun_read_as_verb(c)]
    for prep in [*verb.children, *(t for o in objects for t in _noun_phrase_preps(o))]:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            held = [c for c in prep.children if c.dep_ == "pobj"]
            if any(o.lemma_.lower() in means for o in held + [c for o in held for c in o.conjuncts]):
                return True
    return False


def _noun_read_as_verb(clause: Token) -> bool:
    """A bare verb form with no "to", auxiliary or complementizer can head no clause after
    another verb: the parser's misreading of a noun ("attacked the police cordon")."""
    return clause.pos_ == "NOUN" or clause.tag_ == "VB" and not any(c.dep_ in ("aux", "mark") for c in clause.children)


def _noun_phrase_preps(noun: Token) -> list[Token]:
    """The prepositions hanging on a noun and, through their objects, on the nouns after it."""
    found = []
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        found.append(prep)
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found += _noun_phrase_preps(obj)
    return found


# what makes a clause a condition or a time yet to come
CONDITION_MARKS = frozenset({"if", "unless", "until"})


def _a_condition(item: Found, record: Attribution) -> bool:
    """A statement inside another one that is only a condition of it ("they
    will not come back until the council tells them who fired", "... unless
    Ana Dorn disavows the plan"): not said by anyone yet. On PolNeAR train
    none of the three such statements matched."""
    verb = _cue_verb(item)
    if record.parent is None or verb is None or verb.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"} & CONDITION_MARKS
    # "until Haley said she backed him" happened: only "until" what is yet to come
    return bool(marks) and (marks != {"until"} or verb.tag_ not in ("VBD", "VBN"))


# words that grant leave to speak: "was not authorized to discuss the inquiry"
LEAVE_WORDS = frozenset({"authorized", "authorised", "allowed", "permitted", "cleared", "empowered"})


def _not_allowed(item: Found) -> bool:
    """What someone was not allowed to say ("speaking on condition of
    anonymity because he was not authorized to discuss the inquiry"): the
    reason a source goes unnamed, not a statement. On PolNeAR train none of
    the three such statements matched."""
    verb = _cue_verb(item)
    if verb is None or verb.dep_ != "xcomp" or verb.head.lower_ not in LEAVE_WORDS:
        return False
    leave = verb.head
    return any(c.dep_ == "neg" for c in (*leave.children, *leave.head.children) if c.i < leave.i)


# words a discourse marker may follow at the start of its sentence ("But that said, ...")
MARKER_LEADS = frozenset({"but", "and", "still", "yet"})


def _discourse_marker(item: Found) -> bool:
    """A cue inside a phrase such as "That said," or "Having said that,"
    (``discourse_markers.txt``) opening its sentence: the writer turning to
    the next point, not anyone's statement."""
    verb = _cue_verb(item)
    if verb is None:
        return False
    words = []
    for token in verb.sent:  # up to the first comma only: the marker opens the sentence
        if token.text == ",":
            break
        if not (token.is_punct or token.is_space):
            words.append(token)
    else:
        return False
    while words and words[0].lower_ in MARKER_LEADS:
        words = words[1:]
    return verb in words and " ".join(t.lower_ for t in words) in word_list("discourse_markers.txt")


def _a_race(item: Found) -> bool:
    """Challenging a person for a seat or in a place ("Ana Dorn, who is
    challenging Olam Trest in Velmar", "began to challenge her for the
    nomination"): a race, not a statement. Not with what is challenged
    ("challenged him on the budget", "challenged her to a debate",
    "challenged him for saying ..."). Rarely a statement on PolNeAR train."""
    verb = _cue_verb(item)
    if item.construction != "verb" or verb is None or verb.lemma_.lower() != "challenge":
        return False
    person = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if person is None or not (person.ent_type_ == "PERSON" or person.lower_ in ("him", "her", "them")):
        return False
    where = ("in", "for")  # the place or the seat, not what is challenged
    complements = [c for t in (verb, person) for c in t.children if c.dep_ in ("prep", "xcomp", "ccomp")]
    return all(c.dep_ == "prep" and c.lower_ in where and not any(g.dep_ == "pcomp" for g in c.children) for c in complements)


def _asked_of_someone(item: Found, cues: Cues) -> bool:
    """"Pressure is growing on the ministry to explain ...", "calls are
    mounting on the mayor to admit ...": an act asked of someone, the one
    the pressure is on, and not done; nor is the thing that governs the
    infinitive ("pressure") a speaker. A verb whose subject can act ("the
    mayor came to Velmora to explain") is left alone. ("For the council to
    admit ..." is left alone too: PolNeAR's annotators take that wish for a
    statement, and its subject is the one who would make it.)"""
    verb = _cue_verb(item)
    if verb is None or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    if item.speaker is None or verb.dep_ not in ("advcl", "xcomp") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    head = verb.head
    on_someone = any(
        c.dep_ == "prep" and c.lower_ in ("on", "for") and c.i < verb.i and any(_someone(o, cues) for o in c.children if o.dep_ == "pobj")
        for c in head.children
    )
    named = any(t.pos_ == "PROPN" for t in item.speaker.subtree)  # "longtime friend Ana Dorn appeared on ..."
    return on_someone and item.speaker.head.i == head.i and _a_thing(item.speaker, cues) and not named


def _someone(word: Token, cues: Cues) -> bool:
    """A person or a group, not a day ("on Monday")."""
    return word.ent_type_ not in ("DATE", "TIME") and agentive(word, cues)


EMBEDDED_QUESTION_WORDS = frozenset({"why", "how", "whether"})


def _asked_about(item: Found) -> bool:
    """A cue verb in an embedded question ("had not explained why the
    ministry denied the strike", "wondered how the board confirmed it"):
    what is explained or asked about, an act taken as known, not a statement
    the outer one reports."""
    verb = _cue_verb(item)
    if verb is None or verb.dep_ not in ("ccomp", "pcomp", "xcomp") or verb.head.lemma_ == "be":
        return False  # "which is why executives indicate that ...": the reason, and a statement
    opener = verb.left_edge
    # "When asked why, Sembler responded": a question asked elliptically, then the answer
    return opener.lower_ in EMBEDDED_QUESTION_WORDS and opener.head == verb and opener.dep_ in ("advmod", "mark") \
        and not opener.nbor().is_punct


def _hypothetical(item: Found) -> bool:
    """A cue verb under a modal or "to" ("would endorse", "vowed to
    support"): an act foreseen, wished or urged, not one reported."""
    verb = _cue_verb(item)
    return verb is not None and any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in verb.children)


def _voicing_verbs(records: list[Attribution], found: list[Found]) -> set[int]:
    """Speech verbs whose content is an attitude noun of the same speaker
    ("she expressed concern that ...", "he signaled support for ..."): the
    noun is the statement's cue and the verb only voices it. On PolNeAR train
    the verb's statement matched in one of nine such pairs, the noun's in
    eight."""
    voiced = set()
    for item, noun in zip(found, records):
        if item.construction != "noun" or noun.parent is None or noun.cue_span is None:
            continue
        verb = records[noun.parent]
        if (
            verb.cue_class == "assert"
            and verb.speaker_span is not None
            and verb.speaker_span == noun.speaker_span
            and noun.cue_class in ATTITUDE_CLASSES
            and noun.cue_span[0] == verb.content_span[0]
        ):
            voiced.add(noun.parent)
    return voiced


def _a_thing(word: Token, cues: Cues) -> bool:
    """A thing, not a person, a group or a count of people ("polls", "the
    video", not "her aide" or "half of them")."""
    return word.pos_ == "NOUN" and not agentive(word, cues) and not any(t.like_num for t in word.subtree)


def _quoted_aside(item: Found, quotes: list[Quote]) -> bool:
    """A cue inside someone's quoted words ("I think", "as they told me") is
    part of that quote, not a statement of its own; PolNeAR does not annotate
    these either."""
    cue = item.cue_span
    return cue is not None and any(q.start < cue[0] and cue[1] <= q.end for q in quotes)


def _inside_block(item: Found, blocks: list[Found]) -> bool:
    """A cue inside a block someone wrote or said ("I think ...") or a post
    is part of it, as a cue inside a quote is."""
    cue = item.cue_span
    return cue is not None and any(b.content[0][0] <= cue[0] and cue[1] <= b.content[-1][1] for b in blocks)


def _deduplicate(found: list[Found]) -> list[Found]:
    """One statement per content: the same clause found twice keeps its first
    cue, unless only a later one names a source ("They are expected to
    report in May, according to an official")."""
    kept: dict[tuple[int, int], Found] = {}
    for item in found:
        key = (item.content[0][0], item.content[-1][1])
        if key not in kept or kept[key].speaker is None and item.speaker is not None:
            kept[key] = item
    return list(kept.values())


def _kind(content: list[CharSpan], quotes: list[CharSpan]) -> str:
    """direct: all within quotation marks; mixed: partly; indirect: none."""
    total = sum(end - start for start, end in content)
    inside = sum(
        max(0, min(end, q_end) - max(start, q_start)) for start, end in content for q_start, q_end in quotes
    )
    if total and inside >= total:
        return "direct"
    return "mixed" if inside else "indirect"


def _negated(doc: Doc, item: Found, content: list[CharSpan]) -> bool:
    """Negation on the content's main verb (not inside a clause below it)."""
    head: Token | None = item.content_head
    tokens = [t for start, end in content for t in doc.char_span(start, end, alignment_mode="expand") or []]
    heads = {head.i} if head is not None else {t.i for t in tokens if t.head.i == t.i or not _within(t.head, content)}
    return any(t.dep_ == "neg" and t.head.i in heads or _none_subject(t) and t.head.i in heads for t in tokens)


NONE_WORDS = frozenset(("nothing", "nobody", "none", "neither", "noone"))


def _none_subject(token: Token) -> bool:
    """A subject that is no one or nothing negates its verb: "No names or
    addresses were accessed", "Nothing was taken", "None of the crew was hurt"."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return token.lower_ in NONE_WORDS or any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in token.children)


def _within(token: Token, content: list[CharSpan]) -> bool:
    return any(start <= token.idx < end for start, end in content)


def _record(doc: Doc, text: str, item: Found, speaker: Speaker | None, quotes: list[CharSpan]) -> Attribution:
    content = item.content
    confidence = BASE_CONFIDENCE.get(item.construction, 0.5)
    kind = _kind(content, quotes)
    if speaker is not None and speaker.kind == "pronoun" and speaker.antecedent is None:
        confidence -= 0.1
    if kind == "direct" and speaker is not None and speaker.kind == "named":
        confidence += 0.1
    return Attribution(
        content_span=(content[0][0], content[-1][1]),
        content_parts=list(content) if len(content) > 1 else [],
        cue=text[item.cue_span[0] : item.cue_span[1]] if item.cue_span else "",
        cue_span=item.cue_span,
        cue_class=item.cue_class,
        kind=kind,  # type: ignore[arg-type]
        speaker_span=speaker.span if speaker else None,
        speaker_text=speaker.text if speaker else None,
        source_kind=speaker.kind if speaker else "unnamed",
        speaker_antecedent_span=speaker.antecedent if speaker else None,
        negated=_negated(doc, item, content),
        confidence=round(max(0.05, min(confidence, 0.99)), 2),
    )


def _unsourced(record: Attribution) -> None:
    record.speaker_span = record.speaker_text = record.speaker_antecedent_span = None
    record.source_kind = "unnamed"


def _link_nested(records: list[Attribution]) -> None:
    """Set ``parent`` to the smallest statement whose content holds this cue."""
    # every pair is compared: the pieces and their outer bounds are read once
    pieces = [record.content_parts or [record.content_span] for record in records]
    bounds = [(min(a for a, _ in parts), max(b for _, b in parts)) for parts in pieces]
    for index, record in enumerate(records):
        anchor = record.cue_span or record.content_span
        best = None
        for other_index, other in enumerate(records):
            if other_index == index or not bounds[other_index][0] <= anchor[0] or not anchor[1] <= bounds[other_index][1]:
                continue
            start, end = other.content_span
            # within one of its pieces: a cue between two quoted pieces ("A," he
            # said, referring to X. "B.") is not inside what was quoted
            inside = any(a <= anchor[0] and anchor[1] <= b for a, b in pieces[other_index])
            if inside and (start, end) != record.content_span:
                if best is None or end - start < records[best].content_span[1] - records[best].content_span[0]:
                    best = other_index
        record.parent = best
