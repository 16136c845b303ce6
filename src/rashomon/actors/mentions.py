"""Turn a parsed document's entities and speaker spans into actor mentions.

A mention carries the evidence resolution needs: the name without titles,
the roles around it ("Defence Minister X", "X, the ministry's spokeswoman"),
the body it speaks for ("a spokesperson for the Ministry of Defence",
"Kremlin spokesperson X"), a gender from an honorific, the country a state
or metonym stands for, and for pronouns the antecedent span.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..attribution.datelines import dateline_end
from ..model import ActorKind, Attribution, Span
from .lexicon import Country, Lexicon, Role, data_rows, fold, load_lexicon
from .metonyms import place_country, place_key, side_country
from .names import gender_of_role_word, parse_person, ship_key, strip_titles, vessel_names

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "some", "several", "many", "one", "two", "three"}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "i", "me", "my", "mine", "myself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves", "we", "us", "our", "ours", "ourselves"}
RELATIVE_PRONOUNS = {"who", "whom", "whose", "which", "that"}
# whose a document is: "its report", "his statement"
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass
class Mention:
    """One reference to an actor in one document, with its evidence.

    ``form`` is name | role | pronoun | group | state | metonym | place | unnamed.
    """

    text: str
    span: Span
    kind: ActorKind
    form: str
    name: str | None = None
    roles: tuple[str, ...] = ()
    affiliation: str | None = None
    affiliation_span: Span | None = None
    gender: str | None = None
    country: str | None = None
    attribution: int | None = None
    antecedent_span: Span | None = None
    label: str | None = None  # the recogniser's label, or how the mention was found (ROLE, PRON, ...)
    in_subject: bool = False  # inside a clause's subject: a sign of what the text is about
    in_content: bool = False  # inside what a statement reports ("the symptoms seen in Lowfield"), not its speaker
    # a pronoun speaker's antecedent is the subject of the clause it reports ("The
    # board has closed the wells, it said"): that mention is in the content, yet spoke
    antecedent_subject: bool = False



_last_doc: tuple[object, tuple[SpacySpan, ...], str] = (None, (), "")


def _read_once(doc: Doc) -> tuple[object, tuple[SpacySpan, ...], str]:
    """``doc.ents`` and ``doc.text`` are rebuilt from every token on each
    access, so read them once per document (the last one is kept)."""
    global _last_doc
    if _last_doc[0] is not doc:
        _last_doc = (doc, tuple(_with_possessive_names(doc.ents)), doc.text)
    return _last_doc


def _with_possessive_names(ents: Sequence[SpacySpan]) -> list[SpacySpan]:
    """"St Ilda's Hospital", of which the recogniser tags only "St Ilda's": a
    capitalised kind of body after a name's possessive completes the name,
    whichever label the recogniser gave it ("St Brigid's" as a place). Not
    after a country's ("Kestria's Border Authority" is the country's)."""
    lexicon = load_lexicon()
    out = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        named = ent.label_ in ("ORG", "PERSON", "FAC") or ent.label_ == "GPE" and place_country(ent[:-1].text, lexicon) is None
        if named and doc[end - 1].tag_ == "POS":
            while end < len(doc) and doc[end].pos_ in ("PROPN", "NOUN") and doc[end].text[:1].isupper() \
                    and not any(e.start == end for e in ents):
                end += 1
            kind = lexicon.roles.get(fold(doc[end - 1].text))
            if end > ent.end and kind is not None and kind.kind == "organization":
                ent = SpacySpan(doc, ent.start, end, label="ORG")
        out.append(ent)
    return out


def _ents(doc: Doc) -> tuple[SpacySpan, ...]:
    return _read_once(doc)[1]


def _text(doc: Doc) -> str:
    return _read_once(doc)[2]

def _roles_in(words: list[str], lexicon: Lexicon) -> list[str]:
    """Canonical roles named anywhere in a phrase, longest phrases first."""
    found, i = [], 0
    while i < len(words):
        for width in range(min(lexicon.longest_role, len(words) - i), 0, -1):
            role = lexicon.role(words[i:i + width])
            if role and role.kind == "person":
                found.append(role.canonical)
                i += width
                break
        else:
            i += 1
    return found


def _body_entity(tokens: SpacySpan | list[Token], doc: Doc) -> SpacySpan | None:
    """The organisation or country a phrase names, as in "for the Ministry of Defence"."""
    starts = {t.i for t in tokens}
    for ent in _ents(doc):
        if ent.start in starts and ent.label_ in ("ORG", "GPE", "NORP", "FAC") and _capitalised(ent):
            return ent
    return None


def _left_context(ent: SpacySpan, lexicon: Lexicon) -> tuple[list[str], str | None, SpacySpan | None]:
    """Roles, gender and body written in front of a name: "Kremlin spokesperson", "Mr"."""
    doc = ent.doc
    start = ent.start
    roles: list[str] = []
    gender = None
    sentence_start = ent.sent.start
    while start > sentence_start:
        matched = False
        for width in range(min(lexicon.longest_role, start - sentence_start), 0, -1):
            words = [fold(t.text) for t in doc[start - width:start]]
            role = lexicon.role(words)
            role = role if role is not None and role.kind == "person" else None
            honorific = lexicon.honorifics.get(words[0]) if width == 1 else None
            if role is not None or honorific is not None:
                if role is not None:
                    roles.append(role.canonical)
                if honorific in ("m", "f"):
                    gender = honorific
                start -= width
                matched = True
                break
        if not matched:
            break
    body = None
    if roles and start > sentence_start:
        previous = doc[start - 1]
        if previous.text in ("'s", "’s") and start - 2 >= sentence_start:
            previous = doc[start - 2]
        if previous.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
            # not one that runs into the role ("Eastmere MP" tagged as a body): no body named
            body = next((e for e in _ents(doc) if e.start <= previous.i < e.end and e.end <= start), None)
        elif _a_body_noun(previous, lexicon):
            body = doc[previous.i : previous.i + 1]  # "the company's director X": see within._affiliations
    return roles, gender, body


def _a_body_noun(token: Token, lexicon: Lexicon) -> bool:
    """A common noun for a body ("company", "ministry"): whose a role is, when no name says it."""
    role = lexicon.roles.get(fold(token.text))
    return token.pos_ == "NOUN" and role is not None and role.kind == "organization"


def _apposition(ent: SpacySpan, lexicon: Lexicon) -> tuple[list[str], SpacySpan | None]:
    """Roles and body in an apposition: "X, a spokeswoman for the ministry,"."""
    root = ent.root
    phrases = [c for c in root.children if c.dep_ == "appos" and not (ent.start <= c.i < ent.end)]
    if root.dep_ == "appos" and not (ent.start <= root.head.i < ent.end):
        phrases.append(root.head)
    roles: list[str] = []
    body = None
    for head in phrases:
        subtree = [t for t in head.subtree if not (ent.start <= t.i < ent.end)]
        roles += _roles_in([fold(t.text) for t in subtree], lexicon)
        body = body or _body_entity(subtree, ent.doc)
        owner = next((c for c in head.children if c.dep_ == "poss" and _a_body_noun(c, lexicon)), None)
        if body is None and owner is not None:
            body = ent.doc[owner.i : owner.i + 1]  # "X, the company's director": see within._affiliations
    return roles, body


def _span_of(part: SpacySpan | None) -> Span | None:
    return (part.start_char, part.end_char) if part is not None else None


def _part_of_a_name(ent: SpacySpan) -> bool:
    """A place name inside someone's longer name ("Jordan" of "Lena Jordan") is not the place."""
    word = fold(ent.text)
    return any(other.label_ == "PERSON" and len(other) > 1 and word in fold(other.text).split()
               for other in _ents(ent.doc) if other != ent)


def _country_mention(text: str, span: Span, country: Country, form: str, label: str) -> Mention:
    return Mention(text, span, "state", form, name=text, country=country.name, label=label)


def _names_a_thing(ent: SpacySpan, lexicon: Lexicon) -> bool:
    """A lone word tagged PERSON that modifies a common noun names a thing: "the Tamber system",
    "Tamber rockets". Nouns for people ("Tamber aides", "the Tamber government") keep the person."""
    if len(ent) != 1:
        return False
    token = ent[0]
    head = token.head
    if token.dep_ != "compound" or head.pos_ != "NOUN" or head.i <= token.i:
        return False
    noun = fold(head.text)
    singular = noun[:-1] if noun.endswith("s") else noun
    return not ({noun, singular} & (set(lexicon.roles) | set(lexicon.groups) | lexicon.org_words))


def _name_ending(ent: SpacySpan, lexicon: Lexicon) -> str | None:
    """"Carrow Point" is a place, "the Harbour Post" a newspaper, by the last
    word of a name of two words or more (``name_endings.tsv``); "the Gazette"
    alone is a newspaper too."""
    kind = lexicon.name_endings.get(fold(ent[-1].text))
    if len(ent) < 2 and kind != "organization":
        return None
    if kind == "organization":
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if not (ent[0].lower_ == "the" or before is not None and before.lower_ == "the"):
            return None  # "Emily Post": a surname
    return kind


def _one_word_place(ent: SpacySpan, lexicon: Lexicon) -> bool:
    """A lone word tagged PERSON that the sentence uses as a place: "in
    Dunmere", "the mayor of Dunmere", "the river Oss". (A surname the
    document gives someone is a person again: see within._place_or_group.)"""
    if len(ent) != 1:
        return False
    token = ent[0]
    if token.dep_ == "pobj" and (token.head.lower_ == "in" or token.head.lower_ in PLACE_PREPOSITIONS):
        return True  # "collapsed in Dunmere"
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        return fold(token.head.head.text) in lexicon.place_nouns
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and fold(before.text) in lexicon.place_nouns


def entity_mention(ent: SpacySpan, lexicon: Lexicon | None = None) -> Mention | None:
    """A mention for one named entity, or None for labels that are not actors."""
    lexicon = lexicon or load_lexicon()
    text, span = ent.text, (ent.start_char, ent.end_char)
    label = ent.label_
    if label not in ENTITY_LABELS:
        return None
    country = place_country(text, lexicon)
    if country is not None and label == "PERSON" and _part_of_a_name(ent):
        country = None
    places = [place_country(t.text, lexicon) for t in ent if t.is_alpha]
    if country is None and len(places) > 1 and all(places):
        # "KELSGRAD, Velmora" (a dateline) tagged as a person: the first place.
        country = places[0]
        text, span = ent[0].text, (ent[0].idx, ent[0].idx + len(ent[0].text))
    if country is not None:
        folded = fold(text)
        form = "state" if folded in lexicon.countries or folded.removeprefix("the ") in lexicon.countries else "metonym"
        return _country_mention(text, span, country, form, label)
    if label == "ORG" and _role_before_a_name(ent, lexicon):
        return None  # "Eastmere MP Daniel Forsythe": the role in front of his name, no body
    if label == "ORG" and _a_person_by_role(ent, lexicon):
        label = "PERSON"
    if label == "PERSON":
        if _names_a_thing(ent, lexicon):
            return None
        ending = _name_ending(ent, lexicon)
        if ending == "place" or _one_word_place(ent, lexicon):
            return Mention(text, span, "unknown", "place", name=text, label="GPE")
        if ending == "organization":
            return Mention(text, span, "organization", "name", name=_without_article(text), label=label)
        roles, gender, body = _left_context(ent, lexicon)
        more_roles, appos_body = _apposition(ent, lexicon)
        body = body or appos_body
        parsed = parse_person(text, lexicon)
        if parsed is None:
            return None
        last = fold(ent[-1].text)
        if len(ent) > 1 and (last in lexicon.org_words or lexicon.roles.get(last, None) is not None
                             and lexicon.roles[last].kind == "organization"):
            # "Orrin Ordnance Works" tagged as a person is a body (its name without "The", as below).
            return Mention(text, span, "organization", "name", name=_without_article(text), label=label)
        kind_of_body = _body_noun_after(ent, lexicon)
        if kind_of_body is not None:
            # "the opposition Harrow Lantern party": the name of a party, not a person
            return Mention(text, span, "organization", "name", name=_without_article(text), roles=kind_of_body,
                           label=label)
        return Mention(text, span, "person", "name", name=text, roles=tuple(dict.fromkeys(roles + more_roles)),
                       affiliation=body.text if body is not None else None, affiliation_span=_span_of(body),
                       gender=gender or parsed.gender, label=label)
    if label == "NORP":
        country = lexicon.demonyms.get(fold(_POSSESSIVE.sub("", text)))
        if country is not None:
            return _country_mention(text, span, country, "state", label)
        return Mention(text, span, "group", "group", name=text, label=label)
    if label == "GPE" and _name_ending(ent, lexicon) == "organization":
        return Mention(text, span, "organization", "name", name=_without_article(text), label="ORG")  # "the Gazette"
    if label == "GPE" or label == "ORG" and len(ent) == 1 and ent.start > 0 and fold(ent.doc[ent.start - 1].text) in lexicon.place_nouns:
        # "the river Ambel" tagged as a body: a place
        return Mention(text, span, "unknown", "place", name=text, label="GPE")
    if label == "FAC" and not _facility_that_speaks(ent, lexicon) or not _capitalised(ent):
        return None  # a body's name has a capital: "the coast guard" is a description (see span_mention)
    roles, _, _ = _left_context(ent, lexicon)
    # Lower-case words the recogniser left in front ("carmaker Ruritel") describe the body.
    start = ent.start
    while start < ent.end - 1 and not ent.doc[start].text[:1].isupper():
        start += 1
    name = _without_article(ent.doc[start:ent.end].text)
    return Mention(text, span, "organization", "name", name=_country_qualifier(ent, lexicon) + name,
                   roles=tuple(roles), label=label)


def _role_before_a_name(ent: SpacySpan, lexicon: Lexicon) -> bool:
    """A body's name that ends in a person's role right before a person's
    name: "Eastmere MP Daniel Forsythe", tagged as a body and a person."""
    last = ent[-1]
    role = lexicon.roles.get(fold(last.text))
    if role is None or role.kind != "person" or len(ent) < 2 or ent.end >= len(ent.doc):
        return False
    return ent.doc[ent.end].ent_type_ == "PERSON" and ent.doc[ent.end].ent_iob_ == "B"


def _a_person_by_role(ent: SpacySpan, lexicon: Lexicon) -> bool:
    """A name tagged as a body that a person's role describes: "the
    commission's chairman, Teodor Halm", "Teodor Halm, the chairman". Only
    a name shaped like a person's (two or three capitalised words, none a
    body's word) is taken for one."""
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in words):
        return False
    if any(fold(t.text) in lexicon.org_words or fold(t.text) in lexicon.roles for t in words) or words[0].lower_ == "the":
        return False
    if parse_person(ent.text, lexicon) is None:
        return False
    roles, _, _ = _left_context(ent, lexicon)
    return bool(roles or _apposition(ent, lexicon)[0])


def _without_article(name: str) -> str:
    """A body's name as the recogniser took it, without a leading "The"."""
    return re.sub(r"^[Tt]he\s+", "", name)


def _facility_that_speaks(ent: SpacySpan, lexicon: Lexicon) -> bool:
    """A building the tagger labels FAC that is also a body, by its last word: "Orley General
    Hospital" treats patients and issues statements; "Orley Bridge" does neither."""
    role = lexicon.roles.get(fold(ent[-1].text))
    return len(ent) > 1 and ent[-1].text[:1].isupper() and role is not None and role.kind == "organization"


# verbs by which a body brings a gathering about: "the rally, called by X", "X staged a march"
ORGANISING_VERBS = frozenset({"call", "organise", "organize", "stage", "hold", "lead", "convene", "host"})


def _called_a_gathering(ent: SpacySpan, lexicon: Lexicon) -> bool:
    """Did the text make this body the one that called a rally, a march or a
    strike (``gatherings.txt``): "the rally, called by the opposition X party",
    "X organised a march"? Then "the organisers" are that body."""
    head = ent.root
    if head.dep_ == "compound" and head.head.i == ent.end:
        head = head.head  # "the X party"
    if head.dep_ == "appos":
        head = head.head  # "by the opposition, the X party"
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        verb = head.head.head
        return verb.lemma_.lower() in ORGANISING_VERBS and fold(verb.head.lemma_) in lexicon.gatherings
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in ORGANISING_VERBS:
        return any(c.dep_ == "dobj" and fold(c.lemma_) in lexicon.gatherings for c in head.head.children)
    return False


def _body_noun_after(ent: SpacySpan, lexicon: Lexicon) -> tuple[str, ...] | None:
    """The kind of body a name modifies ("the Civic Lantern party": ("party",)),
    when the noun right after it heads it and is a body's word. Not a national
    body ("the Rell administration" is Rell's government, not a body named Rell)."""
    if ent.end >= len(ent.doc) or ent.root.dep_ != "compound" or ent.root.head.i != ent.end:
        return None
    word = fold(ent.doc[ent.end].text)
    role = lexicon.roles.get(word)
    if role is not None and role.kind == "organization" and not role.national:
        return (role.canonical,)
    return () if word in lexicon.org_words else None


def _country_qualifier(ent: SpacySpan, lexicon: Lexicon) -> str:
    """ "Ruritania's " or "Ruritanian " written before a body's name, to keep it with the name."""
    doc = ent.doc
    if ent.start == ent.sent.start:
        return ""
    previous = doc[ent.start - 1]
    if previous.text in ("'s", "’s") and ent.start - 2 >= ent.sent.start:
        owner = doc[ent.start - 2]
        return owner.text + "'s " if fold(owner.text) in lexicon.countries else ""
    return previous.text + " " if fold(previous.text) in lexicon.demonyms else ""


def _group_name(words: list[str], lexicon: Lexicon) -> str | None:
    """The group a phrase names ("local media", "sources close to the government")."""
    with_article = " ".join(words)
    while words and words[0] in DETERMINERS:
        words = words[1:]
    phrase = re.sub(r" (['\u2019]s?)(?=\s|$)", r"\1", " ".join(words))  # tokens joined back: "the agency's", not "agency 's"
    for group, open_tail in sorted(lexicon.groups.items(), key=lambda item: -len(item[0])):
        for candidate in (with_article, phrase):
            if open_tail and (candidate + " ").startswith(group + " ") and len(candidate) > len(group):
                return phrase
            if not open_tail and candidate == group:
                return phrase
    # "two senior officials", "Western experts": a modifier before a group noun.
    if words and words[-1] in lexicon.groups and not lexicon.groups[words[-1]]:
        return phrase
    return None


def span_mention(doc: Doc, start: int, end: int, kind_hint: ActorKind | None = None,
                 lexicon: Lexicon | None = None) -> Mention | None:
    """Describe any span (a speaker span, a gold mention) as a mention.

    The span's syntactic head decides: a name inside it gives a name mention
    with the rest of the span as evidence; a pronoun, group noun or role word
    gives that form; the body it names becomes the affiliation.
    """
    lexicon = lexicon or load_lexicon()
    if not 0 <= start < end <= len(_text(doc)):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not span.text.strip():
        return None
    text, char_span = _text(doc)[start:end], (start, end)
    root = span.root
    owner = _document_owner(root)
    if owner is not None:
        # "the Directorate's report found", "a statement from the company": the body or
        # person the document is from speaks; the mention keeps the words written.
        found = span_mention(doc, owner.start_char, owner.end_char, kind_hint, lexicon)
        if found is not None and found.form == "pronoun" and fold(owner.text) in POSSESSIVE_PRONOUNS:
            # "Its enforcement notice says": whoever "its" stands for
            found.text, found.span = text, char_span
            return found
        if found is not None and found.form not in ("unnamed", "pronoun"):
            found.text, found.span = text, char_span
            return found
    name = _name_it_goes_by(root)
    if name is not None and not (name.start <= root.i < name.end):
        # "a group calling itself Grey Lantern", "a man known as Captain Orr": the
        # name is who speaks; the words before it are no body of the document's
        found = span_mention(doc, name.start_char, name.end_char, kind_hint, lexicon)
        if found is not None:
            found.text, found.span = text, char_span
            return found
    entity = next((e for e in _ents(doc) if e.start <= root.i < e.end and e.label_ in ENTITY_LABELS
                   and _capitalised(e)), None)
    if entity is None and (root.pos_ != "PROPN" or _only_roles(span, root, lexicon)):
        # "the company president and CEO Arvid Petrovani", "the carmaker Ruritel": words
        # before a name describe the name.
        labels = {None: ("PERSON", "ORG"), "person": ("PERSON",), "organization": ("ORG",)}.get(kind_hint, ())
        # The head phrase ends before a relative clause: "the carmaker Ruritel, which ...".
        clauses = {t.i for child in root.children if child.dep_ in ("relcl", "acl") for t in child.subtree}
        last = span.end - 1
        while last > span.start and (not span.doc[last].text[:1].isalnum() or last in clauses):
            last -= 1
        # ... but not a name behind a preposition ("a spokesperson for the Ministry",
        # "the office of Prime Minister X": the spokesperson, the office), unless a
        # comma sets a person's name off after the role ("The chief executive of
        # Corrach Ferries, Henrik Valloway", "The runner-up, Dario Fenwick").
        entity = next((e for e in _ents(doc) if e.label_ in labels and e.end - 1 == last and e.start > span.start
                       and (_attached_without_preposition(e.root, root) or _named_after_comma(e, span))), None)
        if entity is None and kind_hint in (None, "person"):
            # "the study's lead author, Professor Maren Holt of Tessaly University": the
            # name after the comma, with the body it is of
            entity = next((e for e in _ents(doc) if span.start < e.start and e.end <= last
                           and _named_after_comma(e, span, lexicon) and _of_a_body(e, last)), None)
    if entity is None:
        # "the opposition Civic Union party", "the Valdoria Racing team" (tagged as a
        # facility): the name before the body's noun names the body
        names = (SpacySpan(doc, e.start + 1, e.end, label=e.label_) if len(e) > 1 and e[0].lower_ == "the" else e
                 for e in _ents(doc) if e.end == root.i)
        entity = next((e for e in names if span.start <= e.start and e.label_ in ("ORG", "PERSON", "FAC")
                       and _capitalised(e) and _body_noun_after(e, lexicon)), None)
        if entity is not None and entity.label_ == "FAC":
            entity = SpacySpan(doc, entity.start, entity.end, label="ORG")
    fits_hint = kind_hint is None or (entity is not None and (entity.label_ == "PERSON") == (kind_hint == "person"))
    if entity is not None and entity.label_ != "PERSON" and kind_hint != "organization" and _addressed(entity, span, lexicon):
        # "Mr Amsel" with "Amsel" tagged as a body: a form of address says a person
        return _proper_noun_mention(span, root, text, char_span, "person", lexicon)
    if entity is not None and entity.label_ == "ORG" and _split_name(entity, span, lexicon):
        # "Northrop" + "Grumman" tagged as two bodies: the whole run of proper nouns is the name.
        return _proper_noun_mention(span, root, text, char_span, "organization", lexicon)
    if entity is not None and fold(entity.text) in lexicon.groups and kind_hint is None:
        entity = None  # "Farmers in the valley" tagged as a body: a group (below)
    if entity is not None and fits_hint:
        if entity.start < span.start or entity.end > span.end:
            # The recogniser's entity runs past the span ("Apple" of "Apple TV"): keep the span's part.
            entity = SpacySpan(doc, max(entity.start, span.start), min(entity.end, span.end), label=entity.label_)
        inner = entity_mention(entity, lexicon)
        if inner is not None:
            outside = [t for t in span if not (entity.start <= t.i < entity.end)]
            roles = tuple(dict.fromkeys(inner.roles + tuple(_roles_in([fold(t.text) for t in outside], lexicon))))
            body = _body_entity(outside, doc)
            inner.text, inner.span, inner.roles = text, char_span, roles
            if body is not None and inner.affiliation is None:
                inner.affiliation, inner.affiliation_span = body.text, _span_of(body)
            elif inner.affiliation is None and inner.kind == "person":
                # "A company spokesman, Jonah Strell": the kind of body, to tell him from
                # "a coast guard spokeswoman"
                inner.affiliation = next(filter(None, (_body_words(t, lexicon) for t in outside)), None)
            if inner.kind == "person" and kind_hint != "person" and _named_as_a_body(entity, span, lexicon):
                inner.kind, inner.roles = "organization", ()
            if kind_hint in ("person", "organization") and inner.kind in ("unknown", "group"):
                # The caller knows better ("Ruritel" tagged as a place is a company).
                inner.kind, inner.form = kind_hint, "name"
            return inner
    words = [fold(t.text) for t in span]
    if len(span) == 1 and words[0] in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | RELATIVE_PRONOUNS:
        kind: ActorKind = "person" if words[0] in PERSON_PRONOUNS else kind_hint or "unknown"
        return Mention(text, char_span, kind, "pronoun", gender=PRONOUN_GENDER.get(words[0]), label="PRON",
                       antecedent_span=_relative_antecedent(root))
    country = side_country(words, lexicon)
    if country is not None:
        return _country_mention(text, char_span, country, "state", "SIDE")
    place = place_country(span.text, lexicon)
    if place is not None and kind_hint is None:
        # A capital or country the recogniser missed ("Velmora insisted").
        form = "state" if place_key(span.text) in lexicon.countries else "metonym"
        return _country_mention(span.text, char_span, place, form, "PLACE")
    # Groups are named by the head phrase: "a report dated May 5 that was handed to
    # journalists" is a report, not journalists.
    clauses = {t.i for child in root.children if child.dep_ in ("relcl", "acl") for t in child.subtree}
    group = _group_name([fold(t.text) for t in span if t.i not in clauses], lexicon) \
        or _group_name([fold(t.text) for t in span if t.i <= root.i], lexicon)  # "Survivors of the ferry"
    if group is not None and kind_hint != "organization":
        return Mention(text, char_span, "group", "group", name=group, label="GROUP")
    # A capitalised word the tagger took for a common noun ("Jobs said"): a name when it is
    # not just the sentence's first word, or when the document names someone with it.
    capitalised = root.text[:1].isupper() and (
        (root.i != root.sent.start and kind_hint is not None) or _word_of_a_name(root))
    # A lower-case word the tagger took for a proper noun ("the coast guard") is no name.
    proper = root.pos_ == "PROPN" and root.text[:1].isupper()
    if (proper or capitalised) and not _only_roles(span, root, lexicon):
        return _proper_noun_mention(span, root, text, char_span, kind_hint, lexicon)
    return _role_mention(span, root, words, text, char_span, kind_hint, lexicon)


REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})
NAMING_PARTICIPLES = frozenset({"called", "named", "dubbed", "known"})


def _name_it_goes_by(root: Token) -> SpacySpan | None:
    """The name in a clause on a noun that says what it is called: "calling
    itself X", "who calls himself X", "called X", "known as X"."""
    for verb in root.children:
        if verb.dep_ not in ("acl", "relcl"):
            continue
        reflexive = any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children)
        if not reflexive and not (verb.tag_ == "VBN" and verb.lower_ in NAMING_PARTICIPLES):
            continue
        names = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr", "dobj") and c.pos_ == "PROPN"]
        names += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        for head in names:
            if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in head.children):
                continue  # "calling himself a Democrat" says what he is
            entity = next((e for e in _ents(root.doc) if e.start <= head.i < e.end), None)
            return entity or root.doc[min(t.i for t in head.subtree) : head.i + 1]
    return None


def _relative_antecedent(pronoun: Token) -> Span | None:
    """The noun a relative pronoun refers to: "Ruritel, which said ..." -> Ruritel."""
    if fold(pronoun.text) not in RELATIVE_PRONOUNS:
        return None
    clause = pronoun.head if pronoun.dep_ != "relcl" else pronoun
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.i >= pronoun.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    if noun.ent_type_ in ("DATE", "TIME") and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # "the ministry's statement of 4 October, which said": the statement said it
    entity = next((e for e in _ents(noun.doc) if e.start <= noun.i < e.end), None)
    if entity is not None:
        return (entity.start_char, entity.end_char)
    return (noun.idx, noun.idx + len(noun.text))


def _in_subject(token: Token) -> bool:
    """Is the word part of its clause's subject ("The chief executive of X said")?"""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        token = token.head
    return False


def _capitalised(entity: SpacySpan) -> bool:
    """Names are written with a capital; the tagger also labels "the coast guard"."""
    return any(t.text[:1].isupper() for t in entity)


def _word_of_a_name(token: Token) -> bool:
    return any(e.label_ in ("PERSON", "ORG") and len(e) > 1 and any(t.text == token.text for t in e)
               for e in _ents(token.doc))


def _named_after_comma(entity: SpacySpan, span: SpacySpan, lexicon: Lexicon | None = None) -> bool:
    """A person's name after a comma, closing a speaker span that opens with a
    role; with ``lexicon``, titles may stand between ("..., Professor Maren Holt")."""
    if entity.label_ != "PERSON":
        return False
    before = entity.start - 1
    while lexicon is not None and before > span.start and fold(entity.doc[before].text).rstrip(".") in lexicon.honorifics:
        before -= 1
    return before > span.start and entity.doc[before].text == ","


def _of_a_body(entity: SpacySpan, last: int) -> bool:
    """"of", "at" or "from" right after the name, and a body's name closing the span."""
    doc = entity.doc
    if entity.end > last or doc[entity.end].lower_ not in ("of", "at", "from"):
        return False
    return doc[last].ent_type_ in ("ORG", "FAC")


def _attached_without_preposition(token: Token, root: Token) -> bool:
    """True when ``token`` hangs from ``root`` through no "of"/"for" (compounds, appositions)."""
    while token.i != root.i:
        if token.dep_ in ("pobj", "prep", "agent") or token.head.i == token.i:
            return False
        token = token.head
    return True


def _split_name(entity: SpacySpan, span: SpacySpan, lexicon: Lexicon) -> bool:
    """True when proper nouns right next to an organisation's entity (inside the span) continue its name."""
    doc = entity.doc
    for i in (entity.start - 1, entity.end):
        if span.start <= i < span.end and doc[i].pos_ == "PROPN" and fold(doc[i].text) not in lexicon.roles \
                and doc[i].ent_type_ not in ("GPE", "NORP", "PERSON") and doc[i].text[:1].isupper():
            return True
    return False


def _only_roles(span: SpacySpan, root: Token, lexicon: Lexicon) -> bool:
    """True for capitalised role phrases ("the White House Press Secretary", "Defence Minister")."""
    body = _body_entity(span, span.doc)
    words = [fold(t.text) for t in span if t.i == root.i or (
        t.i < root.i and (t.pos_ == "PROPN" or t.text[:1].isupper()) and (body is None or not body.start <= t.i < body.end))]
    if not words:
        return False
    position = len(words) - 1
    for width in range(min(lexicon.longest_role, position + 1), 0, -1):
        if lexicon.role(words[position - width + 1:]) is not None:
            return True
    return False


def _named_as_a_body(entity: SpacySpan, span: SpacySpan, lexicon: Lexicon) -> bool:
    """"the aid agency Samhold Relief", "the charity Orla Hart", "the
    construction firm, Harbeck Bau": a kind of body right before the name
    (or before a comma before it) says the recogniser's person is a body."""
    if entity.start <= span.start:
        return False
    before = span.doc[entity.start - 1]
    if before.text == "," and entity.start - 2 >= span.start:
        before = span.doc[entity.start - 2]
    role = lexicon.roles.get(fold(before.text)) or lexicon.roles.get(fold(before.lemma_))
    return role is not None and role.kind == "organization" and before.pos_ == "NOUN"


def _addressed(entity: SpacySpan, span: SpacySpan, lexicon: Lexicon) -> bool:
    """Is the name right after a form of address ("Mr", "Dr.")?"""
    before = span.doc[entity.start - 1] if entity.start > span.start else None
    return before is not None and fold(before.text).rstrip(".") in lexicon.honorifics


def _proper_noun_mention(span: SpacySpan, root: Token, text: str, char_span: Span, kind_hint: ActorKind | None,
                         lexicon: Lexicon) -> Mention:
    """A name the entity recogniser missed: the run of proper nouns around the head."""
    first = last = root.i
    while first > span.start and span.doc[first - 1].pos_ == "PROPN" and span.doc[first - 1].ent_type_ not in (
            "GPE", "NORP"):
        first -= 1
    while last + 1 < span.end and span.doc[last + 1].pos_ == "PROPN":
        last += 1
    while first < last and not span.doc[first].text[:1].isupper():
        first += 1
    name = span.doc[first:last + 1]
    outside = [t for t in span if not (first <= t.i <= last)]
    body = _body_entity(outside, span.doc)
    ending = _name_ending(name, lexicon)
    if ending == "place" and kind_hint is None:
        return Mention(text, char_span, "unknown", "place", name=name.text, label="PROPN")
    kind: ActorKind = kind_hint or ("organization" if ending or _names_a_body(name, lexicon) else "person")
    roles = tuple(_roles_in([fold(t.text) for t in outside], lexicon)) if kind == "person" else ()
    return Mention(text, char_span, kind, "name", name=name.text, roles=roles,
                   affiliation=body.text if body is not None else None, affiliation_span=_span_of(body),
                   label="PROPN")


# how many words back "the report" looks for the report whose author the text named
DOCUMENT_REACH = 600


def _document_owner(root: Token) -> SpacySpan | None:
    """Who a document noun is from: "the Directorate's report", "a statement from the
    company", or for "the report" the author of the last report named with one."""
    if root.pos_ != "NOUN" or root.lower_ not in _document_nouns():
        return None
    owner = _named_owner(root, pronouns=True)
    if owner is not None or not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return owner
    before = root.doc[max(0, root.i - DOCUMENT_REACH) : root.i]
    for earlier in reversed(before):
        if earlier.lower_ == root.lower_ and earlier.pos_ == "NOUN" and (owner := _named_owner(earlier)) is not None:
            # not itself a document ("a statement from the report"): one look back, never a chain of them
            return owner if owner.root.lower_ not in _document_nouns() else None
    for earlier in reversed(before):
        if earlier.pos_ == "VERB" and _issued(earlier, root.lower_):
            subject = next((c for c in earlier.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ == "PRON":
                return None
            return root.doc[subject.left_edge.i : subject.i + 1]
    return None


def _issued(verb: Token, noun: str) -> bool:
    """Does the verb issue that document: "issued a statement" for "the statement",
    "sued the company" or "filed suit" for "the complaint"?"""
    verbs, filings = _issuing()
    if noun in filings and verb.lemma_ in ("sue", "file", "lodge"):
        return True
    return verb.lemma_ in verbs and any(c.dep_ == "dobj" and c.lower_ == noun for c in verb.children)


@lru_cache(maxsize=1)
def _issuing() -> tuple[frozenset[str], frozenset[str]]:
    """``issuing_verbs.txt`` and ``legal_filings.txt``."""
    return (frozenset(fold(row[0]) for row in data_rows("issuing_verbs.txt")),
            frozenset(fold(row[0]) for row in data_rows("legal_filings.txt")))


def _named_owner(noun: Token, pronouns: bool = False) -> SpacySpan | None:
    """Who a document noun says it is from: a name ("the Directorate's report", "a
    statement from the company", "a recording released by the coast guard"), or
    with ``pronouns`` also "its" or "their"."""
    for child in noun.children:
        if child.dep_ == "poss" and (child.lower_ not in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
                                     or pronouns and child.lower_ in POSSESSIVE_PRONOUNS):
            return noun.doc[child.left_edge.i : child.i + 1]
        if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return noun.doc[pobj.left_edge.i : pobj.right_edge.i + 1]
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "a recording released by the coast guard"
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None:
                return noun.doc[pobj.left_edge.i : pobj.right_edge.i + 1]
    return None


@lru_cache(maxsize=1)
def _document_nouns() -> frozenset[str]:
    """Nouns for what someone issued or wrote ("statement", "report", "letter"): the cue
    lexicon's settings ("in a statement, ..."), which the user extends in cues.tsv."""
    from ..attribution.lexicon import load_cues  # here: attribution imports this package

    return frozenset(load_cues().settings)


def _body_words(role: Token, lexicon: Lexicon) -> str | None:
    """The kind of body written in front of a role word: "company" of "a company
    spokesman", "coast guard" of "a coast guard spokeswoman". Only words naming a kind
    of body: "field" of "field director" is none."""
    for modifier in role.lefts:
        words = role.doc[modifier.left_edge.i : modifier.i + 1]
        found = lexicon.role([fold(w.text) for w in words])
        if modifier.dep_ in ("compound", "nmod") and found is not None and found.kind == "organization":
            return words.text
    return None


def _names_a_body(name: SpacySpan, lexicon: Lexicon) -> bool:
    """"Corrach Ferries is saddened", untagged: a body's word ends the name, or the
    recogniser tagged the same words a body elsewhere in the document."""
    last = fold(name[-1].text)
    role = lexicon.roles.get(last)
    return len(name) > 1 and (last in lexicon.org_words or role is not None and role.kind == "organization") \
        or any(e.label_ == "ORG" and e.text == name.text for e in _ents(name.doc))


def _role_mention(span: SpacySpan, root: Token, words: list[str], text: str, char_span: Span,
                  kind_hint: ActorKind | None, lexicon: Lexicon) -> Mention:
    """"the prime minister", "a spokesperson for the ministry", "the company", or an unnamed source."""
    clauses = {t.i for child in root.children if child.dep_ in ("relcl", "acl") for t in child.subtree}
    head_phrase = [t for t in span if t.i not in clauses]
    # "Kestria's embassy in Orvenia": the place after "in" is where the body sits, not whose it is
    seat = {t.i for child in root.children if child.dep_ == "prep" and child.lower_ == "in" for t in child.subtree}
    body = _body_entity([t for t in head_phrase if t.i not in seat], span.doc)
    words = [fold(t.text) for t in head_phrase]
    head_role = None
    position = sum(1 for t in head_phrase if t.i < root.i)
    for width in range(min(lexicon.longest_role, position + 1), 0, -1):
        head_role = lexicon.role(words[position - width + 1:position + 1])
        if head_role is not None:
            break
    for width in range(min(lexicon.longest_role, len(words) - position), 2, -1):
        # "Ministry of Defence of Selvane": a role named by the words after its head
        if (named_after := lexicon.role(words[position:position + width])) is not None:
            head_role = named_after
            break
    head_role = head_role or lexicon.roles.get(fold(root.lemma_))
    body_span: Span | None = None
    # "The brother of MP Daniel Forsythe": a role behind the head's preposition is whose
    # brother, not what the speaker is ("the chief executive of the firm" has its role first)
    behind = {t.i for child in root.children if child.dep_ == "prep" for t in child.subtree}
    person_roles = _roles_in([fold(t.text) for t in head_phrase if t.i not in behind], lexicon)
    if head_role is not None and head_role.kind == "organization" and kind_hint != "person":
        roles, kind = [_kind_of_body(root, head_role)], "organization"
    elif person_roles or head_role is not None:
        roles, kind = person_roles or [head_role.canonical], "person"  # type: ignore[union-attr]
    else:
        apposed = _apposed_to(root, span)
        form = "unnamed" if apposed is None else "role"
        return Mention(text, char_span, kind_hint or "unknown", form, antecedent_span=apposed, label="UNNAMED")
    if root.tag_ in ("NNS", "NNPS") and not (head_role is not None and head_role.phrase == fold(root.text)):
        # "the automakers", "two ministers": several actors, not one to resolve ("the
        # organisers", listed in the plural, are one body).
        return Mention(text, char_span, kind_hint or kind, "unnamed", roles=tuple(roles), label="PLURAL")  # type: ignore[arg-type]
    country = next((lexicon.demonyms.get(w) or lexicon.countries[w] for w in words
                    if w in lexicon.demonyms or w in lexicon.countries), None)
    if kind == "organization":
        # "the office of Prime Minister X", "X's office": the person the body belongs to.
        body = next((e for e in _ents(span.doc) if e.label_ == "PERSON" and e.start >= span.start
                     and e.end <= span.end and all(t.i not in clauses | seat for t in e)), body)
    if body is None and country is None:
        # "a council official": the words in front of the role name the body.
        # Only a word naming a kind of body: "field" of "field director" is no body.
        affiliation = _body_words(root, lexicon)
        if affiliation is None and kind == "person" and (owner := _unnamed_body(root, lexicon)) is not None:
            # "a spokeswoman for the board": the board the document names elsewhere
            affiliation, body_span = owner.text, (owner.start_char, owner.end_char)
        elif affiliation is None and kind == "person" and span[0].lower_ == "whose":
            # "the Harbour Board, whose chairman said ...": the named body the
            # clause hangs on ("his own ministry, whose spokesman" names none)
            antecedent = _relative_antecedent(span[0])
            if antecedent is not None and any((e.start_char, e.end_char) == antecedent for e in _ents(span.doc)):
                body_span, affiliation = antecedent, span.doc.text[antecedent[0] : antecedent[1]]
    elif body is None:
        affiliation = country.name  # type: ignore[union-attr]
    else:
        affiliation = body.text
        country = country or place_country(body.text, lexicon)
    if kind == "organization" and head_role.national and kind_hint != "person":  # type: ignore[union-attr]
        # "Ruritania's defence ministry", "the defence ministry in <its capital>":
        # a named body of that country, not a bare role.
        country = country or _seated_in(root, lexicon)
        if country is not None:
            return Mention(text, char_span, "organization", "name", name=f"{country.name} {roles[0]}",  # type: ignore[union-attr]
                           roles=tuple(roles), label="ROLE")
    titles, _, gender = strip_titles(words + ["x"], lexicon)
    gender = gender or gender_of_role_word(fold(root.text))
    return Mention(text, char_span, kind_hint or kind, "role", roles=tuple(dict.fromkeys(roles)),  # type: ignore[arg-type]
                   affiliation=affiliation, affiliation_span=_span_of(body) or body_span, gender=gender, label="ROLE",
                   antecedent_span=_apposed_to(root, span))


def _kind_of_body(root: Token, role: Role) -> str:
    """A body's kind with the words that say which one it is, when the
    lexicon knows only the bare word: "Ruritania's health ministry" is the
    "health ministry", never just "ministry" (a country has several), and
    its border authority is not its port authority."""
    if role.phrase != fold(root.text):
        return role.canonical  # the lexicon knew the whole phrase ("defence ministry")
    words = _compound_words(root)
    if not words and not role.generic and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        # "the board", after "the maritime investigation board" in an earlier sentence
        # (said of, not by, so no speaker to follow): the board that phrase named
        for earlier in reversed(root.doc[max(0, root.i - DOCUMENT_REACH) : root.i]):
            if earlier.lower_ == root.lower_ and earlier.pos_ in ("NOUN", "PROPN") and (words := _compound_words(earlier)):
                if any(t.text[:1].isupper() for t in earlier.lefts if t.dep_ == "compound"):
                    words = []  # "the Civic Dawn party": a name, which resolution follows
                break
    return " ".join([*words, role.canonical])


def _compound_words(root: Token) -> list[str]:
    """The compound words before a body's noun ("civil defence" of "civil
    defence office"), a hyphenated one among them ("anti-doping agency",
    which the parser splits into three modifiers), or the members a plural
    possessive names ("nurses" of "the nurses' union")."""
    words: list[str] = []
    hyphenated = _hyphenated_before(root)
    if hyphenated is not None:
        words, root_lefts = [fold(hyphenated.text)], [t for t in root.lefts if t.i < hyphenated.start]
    else:
        root_lefts = list(root.lefts)
    for token in reversed(root_lefts):
        if token.dep_ == "poss" and token.tag_ == "NNS" and not words:
            words = [fold(token.text)]  # "the nurses' union": whose members, not an owner ("the city's union")
            break
        if token.dep_ != "compound" or not token.is_alpha or token.ent_type_ in ("GPE", "NORP", "PERSON"):
            break
        # with the words of the compound itself ("civil defence office"), not
        # those of the body ("regional" in "the regional health department")
        words[:0] = [fold(t.text) for t in token.subtree if t.is_alpha]
    return words


def _hyphenated_before(root: Token) -> SpacySpan | None:
    """The hyphenated word right before a noun, when the parser split it into
    modifiers of the noun ("anti - doping" of "anti-doping agency")."""
    doc, end = root.doc, root.i
    start = end
    # back from the noun over the modifiers written together with the one before it
    while start > 0 and doc[start - 1].head == root and (start == end or not doc[start - 1].whitespace_):
        start -= 1
    run = doc[start:end]
    if len(run) < 3 or not any(t.text == "-" for t in run) or not all(t.dep_ in ("amod", "compound", "punct") for t in run):
        return None
    return run


# prepositions that tie a role to its body: "a spokeswoman for the board", "the head of the charity"
BODY_PREPOSITIONS = ("for", "of", "at")


def _unnamed_body(root: Token, lexicon: Lexicon) -> SpacySpan | None:
    """The body a role phrase names by a common noun ("for the board", "of
    the charity"): the words of that noun phrase."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in BODY_PREPOSITIONS:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and _a_body_noun(noun, lexicon):
            start = noun.left_edge.i
            while start < noun.i and noun.doc[start].dep_ in ("det", "poss"):
                start += 1  # "the board" is named "board", as "a council official" names "council"
            return noun.doc[start : noun.i + 1]
    return None


def _seated_in(root: Token, lexicon: Lexicon) -> Country | None:
    """"the defence ministry in Velmora", "In Velmora, the foreign ministry
    said": the country whose capital or seat of power a national body is in,
    written after the body or opening the clause it is the subject of. Only a
    national body takes it: an embassy or a diplomat in a capital is often
    another country's."""
    preps = list(root.children)
    if root.dep_ in ("nsubj", "nsubjpass"):
        preps += [c for c in root.head.children if c.i < root.left_edge.i]
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is not None:
                return place_country(" ".join(t.text for t in place.subtree), lexicon)
    return None


def _apposed_to(root: Token, span: SpacySpan) -> Span | None:
    """The name a description is attached to: "Ruritel, the state carrier," or "the carrier Ruritel"."""
    if root.dep_ not in ("appos", "compound", "nmod") or span.start <= root.head.i < span.end:
        return None
    entity = next((e for e in _ents(root.doc) if e.start <= root.head.i < e.end), None)
    return (entity.start_char, entity.end_char) if entity is not None else None


# Prepositions that take places, never bodies: "near Tamsford", "around Tamsford".
PLACE_PREPOSITIONS = {"near", "around", "outside", "across", "inside", "towards", "toward", "nearby", "beyond"}


def _placed(ent: SpacySpan, lexicon: Lexicon) -> bool:
    """"near X", "around X", "the town of X", "its X plant", or X opening the text as a dateline ("X --")."""
    token = ent[0]
    if token.dep_ == "pobj" and fold(token.head.text) in PLACE_PREPOSITIONS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "of" and fold(token.head.head.text) in lexicon.place_nouns:
        return True
    if len(ent) == 1 and token.dep_ == "compound" and any(c.dep_ == "poss" for c in token.head.children):
        return True  # "its X plant", "the firm's X office": whose it is is said; X says where
    return _in_dateline(ent)


def _in_dateline(ent: SpacySpan) -> bool:
    """X in capitals opening the text as a dateline ("HOLLIN CROSS, Oct. 7 (Wire) -")."""
    token = ent[0]
    after = ent.doc[ent.end].text if ent.end < len(ent.doc) else ""
    # the text may open with a blank line (a file's front matter removed): still the dateline
    first = all(t.is_space for t in ent.doc[: ent.start])
    if not (all(t.text.isupper() for t in ent if t.is_alpha) and after[:1] in ("-", "\u2013", "\u2014", ",")):
        return False
    # or it opens a later paragraph, below a byline, and a dash ends it ("VELT, Feb 17 (Kestrel) -")
    return first or "\n" in ent.doc[ent.start - 1].text and dateline_end(token) is not None


def _places_taken_for_bodies(doc: Doc, by_span: dict[Span, Mention], lexicon: Lexicon) -> None:
    """A one-word "organisation" the text also treats as a place is a place, everywhere in the document:
    "near X", a dateline (of a few words, too: "HOLLIN CROSS"), or a place by the recogniser's own label elsewhere ("a plant in Marlow"
    and then "the Marlow residents' association")."""
    ents = _ents(doc)
    named_places = {fold(ent.text) for ent in ents if ent.label_ in ("GPE", "LOC") and len(ent) == 1}
    places = {fold(ent.text) for ent in ents if ent.label_ == "ORG" and (len(ent) == 1
              and (fold(ent.text) in named_places or _placed(ent, lexicon)) or len(ent) <= 3 and _in_dateline(ent))}
    for span, mention in by_span.items():
        if mention.label == "ORG" and fold(mention.text) in places:
            by_span[span] = Mention(mention.text, span, "unknown", "place", name=mention.text, label="GPE")


def _which_follows(ent: SpacySpan) -> bool:
    """Is the name followed by a relative clause opened by "which" that modifies it ("X, which employs ...")?"""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ != "which":
        return False
    clause = doc[ent.end + 1].head
    return clause.dep_ == "relcl" and clause.head.i in range(ent.start, ent.end)


def _people_taken_for_bodies(doc: Doc, by_span: dict[Span, Mention], lexicon: Lexicon) -> None:
    """A name the text writes before a body's noun ("the Civic Lantern party"), whatever
    the recogniser's label there, names that body everywhere in the document
    ("according to Civic Lantern", tagged as a person)."""
    bodies: dict[str, tuple[str, ...]] = {}
    for ent in _ents(doc):
        roles = _body_noun_after(ent, lexicon)
        if roles is None and ent.label_ == "PERSON" and _which_follows(ent):
            roles = ()  # "Orlen Biofarm, which employs 300 people": "which" is said of things, not people
        if roles is not None or ent.label_ == "ORG":
            organiser = ("organiser",) if _called_a_gathering(ent, lexicon) else ()
            if roles is not None or organiser:
                bodies[fold(ent.text)] = tuple(dict.fromkeys((*(roles or ()), *organiser, *bodies.get(fold(ent.text), ()))))
    if not bodies:
        return
    for span, mention in by_span.items():
        roles = bodies.get(fold(mention.text))
        if roles is not None and mention.kind == "person" and mention.form == "name":
            by_span[span] = Mention(mention.text, span, "organization", "name", name=mention.name, roles=roles,
                                    label=mention.label, in_subject=mention.in_subject)
        elif roles and mention.kind == "organization" and mention.form == "name":
            mention.roles = tuple(dict.fromkeys(mention.roles + roles))  # "the party" may find it


def mentions_from_doc(doc: Doc, attributions: list[Attribution], lexicon: Lexicon | None = None) -> list[Mention]:
    """Entity mentions (PERSON, ORG, GPE, NORP and seats of power) and one per speaker span.

    A speaker span that is an entity mention marks that mention with its
    attribution index instead of adding a second one. Mentions come out in
    text order.
    """
    lexicon = lexicon or load_lexicon()
    by_span: dict[Span, Mention] = {}
    # a ship ("the MV Lysandra", later "the Lysandra") is no actor, person or body, whatever the tagger says
    vessels = vessel_names(_text(doc), lexicon.vessel_prefixes)
    for ent in _ents(doc):
        if vessels and ship_key(ent.text, lexicon.vessel_prefixes) in vessels or _credited(ent, lexicon):
            continue
        mention = entity_mention(ent, lexicon)
        if mention is not None:
            mention.in_subject = _in_subject(ent.root)
            by_span[mention.span] = mention
    _places_taken_for_bodies(doc, by_span, lexicon)
    _people_taken_for_bodies(doc, by_span, lexicon)
    mentions = list(by_span.values())
    for index, attribution in enumerate(attributions):
        if attribution.speaker_span is None:
            continue
        mention = span_mention(doc, *attribution.speaker_span, lexicon=lexicon)
        if mention is None:
            continue
        if attribution.source_kind in ("named", "organization") and mention.form == "group" and mention.label == "NORP" \
                and len((mention.name or "").split()) == 1 and not (mention.name or "").endswith("s"):
            # "Massin said": a surname the recogniser took for a nationality.
            mention.kind, mention.form = "person", "name"
        if attribution.source_kind == "pronoun" or mention.form == "pronoun":
            mention.form = "pronoun"
            mention.antecedent_span = attribution.speaker_antecedent_span or mention.antecedent_span
            mention.antecedent_subject = _reported_subject(doc, attribution)
        existing = by_span.get(mention.span)
        if existing is not None and existing.attribution is None:
            if existing.form == "group" and mention.form == "name":
                existing.kind, existing.form = mention.kind, mention.form
            existing.attribution = index
            existing.roles = tuple(dict.fromkeys(existing.roles + mention.roles))
            if existing.affiliation is None:
                existing.affiliation, existing.affiliation_span = mention.affiliation, mention.affiliation_span
            continue
        mention.attribution = index
        speaker = doc.char_span(*attribution.speaker_span, alignment_mode="expand")
        mention.in_subject = speaker is not None and _in_subject(speaker.root)  # "the company withdrew ..."
        mentions.append(mention)
    mentions += _antecedents_unmentioned(doc, mentions, lexicon)
    mentions += _role_owners(doc, mentions, lexicon)
    _mark_content(mentions, [a.content_span for a in attributions])
    return sorted(mentions, key=lambda m: (m.span[0], -m.span[1]))


# what a credit line holds besides its words and names: "By X and Y in Velt", "(Reporting by X; Editing by Y)"
CREDIT_FILLERS = {"and", "in", "the", "of", "from", "with"}


def _credited(ent: SpacySpan, lexicon: Lexicon) -> bool:
    """A name on a line crediting the article's writers ("By Ada Vell" above
    the story, "Reporting by X; Editing by Y" below it): the line opens with
    a credit word, says "by", and holds nothing but names and those words."""
    sentence = ent.sent
    if ent.label_ != "PERSON" or not any(fold(t.text) in lexicon.credit_words for t in sentence[:3]):
        return False  # the usual case, read from the line's first words only
    words = [t for t in sentence if not (t.is_space or t.is_punct)]
    if len(words) > 30 or not words or fold(words[0].text) not in lexicon.credit_words:
        return False
    if not any(t.lower_ == "by" for t in words):
        return False
    return all(t.pos_ == "PROPN" or fold(t.text) in lexicon.credit_words or t.lower_ in CREDIT_FILLERS for t in words)


def _mark_content(mentions: list[Mention], contents: list[Span]) -> None:
    """Flag the mentions inside a statement's content, through the union of the
    content spans (a bisection per mention, not a scan of every statement)."""
    merged: list[list[int]] = []
    for start, end in sorted(contents):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [start for start, _ in merged]
    for mention in mentions:
        at = bisect_right(starts, mention.span[0]) - 1
        mention.in_content = at >= 0 and mention.span[1] <= merged[at][1]


def _role_owners(doc: Doc, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """"The mayor's office said ...": the office is the mayor's, whom the
    document names elsewhere, so the role that owns it is a mention of its
    own (resolved to that person as any role is), and the office's owner."""
    spans = {m.span for m in mentions}
    added = []
    for mention in mentions:
        if mention.kind != "organization" or mention.form != "role" or mention.affiliation_span is not None:
            continue
        phrase = doc.char_span(*mention.span, alignment_mode="expand")
        owner = next((c for c in phrase.root.children if c.dep_ == "poss"), None) if phrase is not None else None
        role = lexicon.roles.get(fold(owner.text)) if owner is not None else None
        if owner is None or role is None or role.kind != "person":
            continue
        span = (owner.left_edge.idx, owner.idx + len(owner.text))
        found = span_mention(doc, *span, lexicon=lexicon)
        if found is None or found.kind != "person":
            continue
        mention.affiliation, mention.affiliation_span = found.text, span
        if span not in spans:
            spans.add(span)
            added.append(found)
    return added


def _reported_subject(doc: Doc, attribution: Attribution) -> bool:
    """Whether a pronoun speaker's antecedent is the subject of the clause its
    statement reports, in the same sentence ("The board has closed the wells,
    it said on Monday")."""
    if attribution.speaker_antecedent_span is None or attribution.speaker_span is None:
        return False
    antecedent = doc.char_span(*attribution.speaker_antecedent_span, alignment_mode="expand")
    pronoun = doc.char_span(*attribution.speaker_span, alignment_mode="expand")
    if antecedent is None or pronoun is None:
        return False
    root = antecedent.root
    start, end = attribution.content_span
    return (root.dep_ in ("nsubj", "nsubjpass") and start <= root.idx < end and start <= root.head.idx < end
            and root.sent.start == pronoun.root.sent.start)


def _antecedents_unmentioned(doc: Doc, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """"Orvenia's defence ministry did not respond. It has denied ...": the
    body an "it" or "which" speaker refers to is a mention of its own, though
    nobody is quoted there, so the pronoun joins the ministry rather than
    the state named inside it. (A "he" or "she" refers to a name, which is
    an entity mention already, or to a speaker: nothing to add, and a word
    the tagger took for a name is no person to make.)"""
    spans = {m.span for m in mentions}
    added: dict[Span, Mention] = {}
    for mention in mentions:
        span = mention.antecedent_span
        if mention.form != "pronoun" or span is None or span in spans or span in added:
            continue
        if fold(mention.text).split(" ", 1)[0] in PERSON_PRONOUNS:
            continue
        found = span_mention(doc, *span, lexicon=lexicon)
        if found is not None and found.form == "pronoun":
            # "its first statement, which said": the document's whole phrase, "its" and all
            noun = doc.char_span(*span, alignment_mode="expand")
            found = span_mention(doc, noun.root.left_edge.idx, span[1], lexicon=lexicon) if noun is not None else None
            found = found if found is not None and fold(found.text).split(" ", 1)[0] in POSSESSIVE_PRONOUNS else None
        if found is not None:
            added[span] = found
    return list(added.values())
