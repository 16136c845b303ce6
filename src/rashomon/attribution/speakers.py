"""Speaker mentions: their span, what kind of source they are, and pronouns.

The speaker span is the whole noun phrase of the mention as written (with its
apposition or relative clause, as PolNeAR annotates sources); a pronoun keeps
its own span and gets the span of the named mention it refers to.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..markup import is_tag
from ..model import Span as CharSpan
from .datelines import dateline_end
from .lexicon import Cues

TRAILING = {",", ";", ":", "-", "\u2014", "\u2013", "(", ")"}
# prepositions that open a time phrase ("on Monday"), not a description ("the minister of 2019")
TIME_PREPOSITIONS = {"on", "at", "in", "during", "over"}
PERSONAL = {"he", "she", "him", "her", "his"}
PLURAL = {"they", "them", "their", "we", "our"}
# characters back to the group or body whose statement a "they said" goes on (about two sentences)
SPEAKER_REACH = 250
ORG_ENTS = {"ORG", "GPE", "NORP", "FAC"}
# "a briefing in X": the object of these is a place, whatever the tagger's label.
LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "throughout", "around"}
# "it is hard to know", "it means admitting", "it takes no expert to see": verbs whose
# "it" stands for the clause that follows them rather than for anyone.
PLACEHOLDER_VERBS = {"seem", "appear", "mean", "take", "come"}


@dataclass
class Speaker:
    span: CharSpan
    text: str
    kind: str  # named | pronoun | role | organization | group | unnamed
    head: Token
    antecedent: CharSpan | None = None


def phrase_span(head: Token) -> Span:
    """The noun phrase headed by ``head``, without trailing punctuation."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i
    if (when := _trailing_time(head, right)) is not None:
        right = when - 1  # "The ministry on Thursday denied": the day is the verb's, not the name's
    while right > left and (doc[right].is_punct or doc[right].is_space) and doc[right].text in TRAILING | {'"', "\u201d"}:
        if doc[right].text == ")" and doc[left:right].text.count("(") > doc[left:right].text.count(")"):
            break  # "Sen. Ana Dorn (R-Vel.)": the bracket the mention opened closes with it
        right -= 1
    if right > left and doc[right].dep_ == "case":  # "the ministry's claim"
        right -= 1
    if (after := dateline_end(doc[left])) is not None and left < after <= right:
        left = after  # "KESTLE, Velden - Sen. Ana Dorn": the mention starts past the dateline
    while left < right and doc[left].is_punct:
        left += 1
    return doc[left : right + 1]


def _trailing_time(head: Token, right: int) -> int | None:
    """Where a time phrase the parser hung on the mention starts, if it ends
    the mention ("the council on Monday", "Ana Dorn late Tuesday")."""
    last = [t for t in head.rights if t.i <= right and not t.is_punct]
    if not last or not all(t.is_punct for t in head.doc[last[-1].right_edge.i + 1 : right + 1]):
        return None
    phrase = last[-1]
    words = list(phrase.subtree)
    if phrase.dep_ == "prep" and phrase.lower_ in TIME_PREPOSITIONS and _a_time(words[1:]):
        start = phrase.i
    elif phrase.dep_ in ("npadvmod", "advmod") and _a_time(words):
        start = phrase.left_edge.i
    else:
        return None
    doc = head.doc
    while doc[start - 1].head == head and doc[start - 1].dep_ in ("advmod", "prt") and doc[start - 1].n_rights == 0:
        start -= 1  # "a poll out Monday"
    # After a comma the time belongs to a clause the parser cut short ("who lost
    # her home in Kestle, in May"): leave the mention whole.
    return start if start > head.i and not doc[start - 1].is_punct else None


def _a_time(words: list[Token]) -> bool:
    """Words that all belong to a date or time entity naming one ("Monday", "last year")."""
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words) and any(
        t.pos_ in ("NOUN", "PROPN", "NUM") for t in words)


def _own_paragraph(phrase: Span, head: Token) -> Span:
    """The part of ``phrase`` in the paragraph of the word it hangs from: a mention
    never runs across a line break (a parse that hangs "11:05 a.m.\n\nMayor Ulm is
    telling" together keeps "Mayor Ulm", the part next to its verb). Nor does
    it open or close with a markup tag ("<b>Ana Dorn</b> said")."""
    doc = phrase.doc
    left, right = phrase.start, phrase.end - 1
    while left < right and (doc[left].is_space or is_tag(doc[left].text)):
        left += 1
    while right > left and (doc[right].is_space or is_tag(doc[right].text)):
        right -= 1
    governor = head.head.i
    anchor = right if governor > right else left if governor < left else head.i
    for i in range(left, right + 1):
        if _line_break(doc, i):
            if i < anchor:
                left = i + 1
            elif i > anchor:
                right = min(right, i - 1)
    return doc[left : right + 1]


def _subject_past_break(head: Token) -> Token | None:
    """"The Latest (times local):\n\n11:05 a.m.\n\nMayor Ulm is telling ...": a parse
    giving the verb two subjects, one paragraphs back; the one in its own paragraph speaks."""
    verb = head.head
    doc = head.doc
    breaks = [i for i in range(head.i + 1, verb.i) if _line_break(doc, i)]
    if not breaks:
        return None
    return next((t for t in verb.lefts if t.i > breaks[-1] and t.dep_ in ("nsubj", "nsubjpass")), None)


def _line_break(doc: Doc, i: int) -> bool:
    """A newline that ends a paragraph or headline, not a hard-wrapped line
    going on in lower case ("a hate\ncrime")."""
    return "\n" in doc[i].text and not (i + 1 < len(doc) and doc[i + 1].text[:1].islower())


def person_words(ents: Sequence[Span]) -> set[str]:
    """Every word of every PERSON entity of a document (its ``ents``): a surname
    the tagger missed in one place is still a person's name if it recognised it elsewhere."""
    return {word for ent in ents if ent.label_ == "PERSON" for word in ent.text.split()}


def source_kind(phrase: Span, head: Token, cues: Cues, persons: set[str]) -> str:
    if head.pos_ == "PRON":
        return "pronoun"
    lemma = head.lemma_.lower()
    if lemma in cues.unnamed or head.lower_ in cues.unnamed:
        return "unnamed"
    entity = head.ent_type_  # the entity the head word is part of, if any
    if entity == "PERSON" or head.pos_ == "PROPN" and head.text in persons:
        return "named"
    if entity in ORG_ENTS or head.pos_ == "PROPN" and not entity and any(t.ent_type_ in ORG_ENTS for t in phrase):
        return "organization"
    if head.pos_ == "PROPN":
        return "named"
    if lemma in cues.organizations:
        return "organization"
    if head.tag_ in ("NNS", "NNPS"):
        return "group"
    return "role"


def empty_it(subject: Token, cue: Token) -> bool:
    """An "it" subject of a placeholder verb whose cue hangs below that verb ("it is
    important to note that ..."): the statement has no speaker. A cue that is the
    verb itself ("It said that ...") keeps its "it"."""
    verb = subject.head
    if subject.lower_ != "it" or verb is cue or not verb.is_ancestor(cue):
        return False
    if cue.dep_ == "xcomp" and cue.head.pos_ == "ADJ" and cue.tag_ != "VBG":
        return False  # "it has been careful to frame ..." (not "it is worth noting"): the adjective's subject acts
    if verb.lemma_ == "be":  # "it is hard to ...", not "it was to report ..."
        return any(child.dep_ in ("acomp", "attr") for child in verb.children)
    # "it’s" is sometimes tagged a verb with the apostrophe as its lemma
    return verb.lemma_ in PLACEHOLDER_VERBS or not verb.lemma_.isalpha()


def make_speaker(head: Token, cues: Cues, persons: set[str], mention: CharSpan | None = None) -> Speaker:
    """The speaker headed by ``head``; ``mention`` overrides the phrase's extent."""
    if (nearer := _subject_past_break(head)) is not None:
        head, mention = nearer, None
    phrase = phrase_span(head)
    if mention is not None:
        phrase = head.doc.char_span(*mention, alignment_mode="expand") or phrase
    phrase = _own_paragraph(phrase, head)
    return Speaker(
        span=(phrase.start_char, phrase.end_char),
        text=phrase.text,
        kind=source_kind(phrase, head, cues, persons),
        head=head,
    )


def _name_of(speaker: Speaker, person_at: dict[int, CharSpan]) -> CharSpan:
    """The name inside a speaker phrase ("Rasmus Thell" in "Rasmus Thell, a deputy")."""
    return person_at.get(speaker.head.i, speaker.span)


def _place_like(ent: Span, other_labels: dict[str, set[str]], places: set[str], full_names: set[str]) -> bool:
    """A PERSON entity that is a place or a state: the object of "in"/"at", or (unless
    it is part of a full name seen in the document) a known country or seat of power,
    or a name the tagger labels otherwise elsewhere."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE:
        return True
    name = _bare(ent.text)
    if name in full_names:  # "Sollum" after "Radek Sollum": a surname, whatever else it is tagged
        return False
    return name in places or bool(other_labels.get(name, set()) - {"PERSON"})


def _bare(name: str) -> str:
    """"Orvala's" -> "orvala": a name compared across its mentions."""
    return name.removesuffix("'s").removesuffix("\u2019s").lower()


# the actors lexicon last read and its place names, folded: built once, not per document
_PLACES: list[tuple[object, set[str]]] = []


def _known_places() -> set[str]:
    from ..actors.lexicon import fold, load_lexicon  # late: the actors package imports this one

    lexicon = load_lexicon()
    if not _PLACES or _PLACES[0][0] is not lexicon:
        _PLACES[:] = [(lexicon, {fold(name) for name in (*lexicon.countries, *lexicon.seats, *lexicon.demonyms)})]
    return _PLACES[0][1]


def _main_subject(pronoun: Token, persons: list[CharSpan]) -> CharSpan | None:
    """"Asked whether he ..., Evard Massin told": a pronoun in a clause fronted before
    the main verb refers ahead to that verb's subject, when the subject is a person."""
    token = pronoun
    while token.head.i != token.i and not (token.dep_ == "advcl" and token.i < token.head.i):
        token = token.head  # up through clauses that follow their verb ("..., when he said")
    if token.head.i == token.i:
        return None
    subjects = [t for t in token.head.lefts if t.dep_ in ("nsubj", "nsubjpass") and t.i > pronoun.i]
    for subject in subjects:
        for span in persons:
            if span[0] <= subject.idx < span[1]:
                return span
    return None


def _enclosing_subject(pronoun: Token, cues: Cues) -> CharSpan | None:
    """"A council official, speaking because he was not authorised to ...,
    said": a pronoun in a clause set between a subject and its verb refers to
    that subject, named or not (one person: a singular noun for a person,
    not an organisation or a place)."""
    from .subjects import agentive  # late: subjects reads this module through content

    token = pronoun
    while token.head.i != token.i:
        head = token.head
        if token.dep_ == "advcl" and token.i < head.i:
            subject = next((t for t in head.lefts if t.dep_ in ("nsubj", "nsubjpass") and t.i < token.left_edge.i), None)
            if subject is None or subject.tag_ not in ("NN", "NNP") or subject.ent_type_ in ORG_ENTS or not agentive(subject, cues):
                return None
            mention = phrase_span(subject)
            return (mention.start_char, mention.end_char)
        token = head
    return None


def _body_subject(pronoun: Token, cues: Cues) -> CharSpan | None:
    """"Selvane's defence ministry published a summary. It lists ...", "a
    laboratory sent the charity a letter. ..., it said": "it" speaking refers
    to the last body that was a clause's subject, in its own sentence or the
    one before (a body noun of the lexicon or an organisation's name), rather
    than to the last organisation named anywhere ("Selvane", "the charity")."""
    doc = pronoun.doc
    starts = 0  # sentence starts passed going back (``Token.sent`` scans the whole document)
    for i in range(pronoun.i - 1, -1, -1):
        token = doc[i]
        if doc[i + 1].is_sent_start:
            starts += 1
            if starts == 2:
                break
        if token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ not in ("NN", "NNP"):
            continue
        if token.ent_type_ in ("PERSON", "GPE", "NORP", "LOC", "FAC"):
            continue  # a person, or a country standing for its government: not "it" here
        if token.lemma_.lower() in cues.organizations or token.ent_type_ == "ORG":
            mention = phrase_span(token)
            if mention.end_char <= pronoun.idx:
                return (mention.start_char, mention.end_char)
    return None


def _gender_of_names(persons: Sequence[Span], honorifics: dict[str, str], roles: Collection[str]) -> dict[str, str]:
    """Surname -> "m" or "f", from what is written at the head of a person's
    name or just before it: an honorific ("Mrs Orlev") or a role of the
    lexicon ending in -woman or -man ("spokeswoman Idra Messen")."""
    from ..actors.lexicon import fold  # late: the actors package imports this one

    genders: dict[str, str] = {}
    for ent in persons:
        for word in (ent.doc[ent.start - 1] if ent.start > 0 else None, ent[0] if len(ent) > 1 else None):
            if word is None:
                continue
            folded = fold(word.text)
            gender = honorifics.get(folded, "-")
            if gender == "-" and folded in roles:
                gender = "f" if folded.endswith("woman") else "m" if folded.endswith("man") else "-"
            if gender != "-":
                genders.setdefault(_surname(ent.text), gender)
    return genders


def _surname(name: str) -> str:
    return _bare(name.split()[-1]) if name.split() else ""


def _addressee(ent: Span) -> bool:
    """The one a named speaker told something ("X told Mara Velt that ...")."""
    root = ent.root
    return root.dep_ in ("dobj", "dative") and root.head.lemma_ == "tell" \
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in root.head.children)


def _role_gender(speaker: Speaker) -> str | None:
    """A role speaker's gender: its word's ("spokeswoman"), else a pronoun its
    own phrase uses ("The technician, who asked not to be named because she
    still works there")."""
    from ..actors.names import gender_of_role_word  # late: the actors package imports this one

    if (gender := gender_of_role_word(speaker.head.lower_)) is not None:
        return gender
    said = {t.lower() for t in re.findall(r"[A-Za-z]+", speaker.text)}
    return "f" if said & {"she", "her", "herself"} else "m" if said & {"he", "him", "his", "himself"} else None


def resolve_pronouns(ents: Sequence[Span], speakers: list[Speaker], cues: Cues, text: str) -> None:
    """Point each pronoun speaker at the nearest fitting named mention before it.

    He/she take the subject whose clause they sit in ("an official, speaking
    because he ..., said"), else the main clause's subject when the pronoun
    sits in a clause fronted before it, else the last person mentioned (as a
    speaker or a PERSON entity that is no place) whose gender, as far as the
    document tells it, is the pronoun's; they/we the last organisation or
    group; it the last body that was a subject in its sentence or the one
    before, else the last organisation. ``ents`` are the document's entities,
    ``text`` its text (``Doc.text`` is rebuilt on every access).
    """
    from ..actors.lexicon import load_lexicon  # late: the actors package imports this one
    from ..actors.names import gender_of_role_word, ship_key, vessel_names

    other_labels: dict[str, set[str]] = {}
    for ent in ents:
        other_labels.setdefault(_bare(ent.text), set()).add(ent.label_)
    places = _known_places()
    lexicon = load_lexicon()
    vessels = vessel_names(text, lexicon.vessel_prefixes)
    full_names = {_bare(t.text) for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    persons = [
        ent
        for ent in ents
        if ent.label_ == "PERSON" and not _place_like(ent, other_labels, places, full_names) and ship_key(ent.text, lexicon.vessel_prefixes) not in vessels
    ]
    orgs = [ent for ent in ents if ent.label_ in ORG_ENTS]
    person_at = {i: (ent.start_char, ent.end_char) for ent in persons for i in range(ent.start, ent.end)}
    genders = _gender_of_names(persons, lexicon.honorifics, lexicon.roles) if persons else {}
    known: dict[CharSpan, str | None] = {}  # a mention's gender, read once: every pronoun scans them all

    def fits(span: CharSpan, gender: str) -> bool:
        if span not in known:
            known[span] = genders.get(_surname(text[span[0] : span[1]]))
        return known[span] in (None, gender)

    named_speakers: list[Speaker] = []
    for speaker in sorted(speakers, key=lambda s: s.span[0]):
        word = speaker.head.lower_
        if speaker.kind != "pronoun":
            if speaker.kind in ("named", "organization", "group", "role"):
                named_speakers.append(speaker)
            continue
        before = speaker.span[0]
        if word in PERSONAL:
            if (held := _enclosing_subject(speaker.head, cues)) is not None:
                speaker.antecedent = held
                continue
            gender = "f" if word in ("she", "her") else "m"
            pool = [_name_of(s, person_at) for s in named_speakers if s.kind == "named"]
            # "X told Kestrel by phone ... He declined": whom a speaker told is listening, not speaking next
            pool += [(e.start_char, e.end_char) for e in persons if not _addressee(e)]
            if genders:
                pool = [span for span in pool if fits(span, gender)]
            # "A spokeswoman for the office said ..., she said": a role whose word gives her gender,
            # or its own phrase does; a role that tells none ("a technician") is not guessed at: on the
            # protest corpus "he" then took the commander whom the minister had quoted
            pool += [s.span for s in named_speakers if s.kind == "role" and _role_gender(s) == gender]
            ahead = _main_subject(speaker.head, [_name_of(s, person_at) for s in speakers if s.kind == "named"]
                                  + [(e.start_char, e.end_char) for e in persons])
            if ahead is not None and (not genders or fits(ahead, gender)):
                speaker.antecedent = ahead
                continue
        elif word in PLURAL:
            pool = [s.span for s in named_speakers if s.kind in ("organization", "group")]
            # "Two tourists told the Mirror that ... «...,» they said": the group that just
            # spoke, not a body named inside its statement
            last = max((span for span in pool if span[1] <= before), default=None, key=lambda span: span[0])
            if last is not None and before - last[0] <= SPEAKER_REACH:
                speaker.antecedent = last
                continue
            pool += [(e.start_char, e.end_char) for e in orgs]
        elif word in ("it", "its"):
            if (body := _body_subject(speaker.head, cues)) is not None:
                speaker.antecedent = body
                continue
            pool = [s.span for s in named_speakers if s.kind == "organization"]
            pool += [(e.start_char, e.end_char) for e in orgs]
        else:
            continue  # I, you: the writer or an addressee, not resolved here
        earlier = [span for span in pool if span[1] <= before]
        if earlier:
            speaker.antecedent = max(earlier, key=lambda span: span[0])
