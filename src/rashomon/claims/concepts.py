"""A proposition's profile: its concepts, each with the words that express it.

"Cluster munitions were fired at Tarvik" has three concepts: *cluster
munitions* (an argument), *fired* (the predicate) and *Tarvik* (an
argument). Each concept is expanded from three sources, so that a
statement which never repeats the proposition's words still counts as
speaking of it:

1. the general lexicon ``data/concepts.yaml`` (hypernym groups:
   "bomblets" and "submunitions" are cluster munitions; "exported" is a
   supply), with the groups that exclude it (*contrast*: a market and a
   school are not military targets);
2. the case itself (:mod:`.glossary`): "the Harrow-4C, a cluster rocket"
   adds "Harrow-4C" to *cluster munitions*; "Selvane's state-owned Orrin
   Ordnance Works" and the actor registry add "Orrin Ordnance Works" to
   *Selvane*; a country's demonym stands for it;
3. the user's own equivalents (``rashomon track --also``).

Profiles are shown to the user (``rashomon propositions``) so a wrong
expansion can be seen and corrected.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from .glossary import CODE, Link
from .lexicon import _KEEP, DATA_DIR, NAMING_STOP_WORDS, STOPWORDS, stem, words

if TYPE_CHECKING:
    from spacy.tokens import Token

FAMILY_WEIGHT = 0.6  # "Harrow" for a group that has "Harrow-4C": the model family, not the model
HEAD_WEIGHT = 0.6  # "bridge" alone for "the harbour bridge"
# How far into a linked phrase the concept's words may start: "a cluster
# rocket", "a state-owned cluster rocket" but not "a report on cluster rockets".
MAX_MODIFIERS = 2
OWNERSHIP = ("possessive", "registry")
_CODE = re.compile(rf"^(?:{CODE})$")
Usage = Callable[[tuple[str, ...]], int]  # how many of the case's statements use a term's stems


def stems(text: str) -> tuple[str, ...]:
    """Stems of a phrase's meaningful words, in order."""
    found = [w.lower() for w in words(text)]
    return tuple(stem(w) for w in found if len(w) > 1 and w not in STOPWORDS and w not in _KEEP and w != "n't")


@dataclass(frozen=True)
class Term:
    """One way of saying a concept; it matches a text that has all its stems."""

    text: str
    stems: tuple[str, ...]
    weight: float = 1.0
    source: str = "proposition"


@dataclass(frozen=True)
class Concept:
    label: str
    role: str  # argument | predicate | setting
    terms: tuple[Term, ...]
    contrast: tuple[Term, ...] = ()
    action: bool = False  # read from a verb ("fired", "supplied"), not a thing
    name: bool = False  # a name ("Selvane", "Harrow-4C"): who or what, which an open question may ask
    # a statement bears on the proposition only if it speaks of this concept
    # (``required`` groups: "knew about the breach" is not "the breach")
    required: bool = False

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "concept": self.label,
            "role": self.role,
            "terms": [{"text": t.text, "source": t.source} for t in self.terms],
        }
        if self.contrast:
            out["contrast"] = sorted({t.text for t in self.contrast})
        return out


@dataclass(frozen=True)
class Profile:
    concepts: tuple[Concept, ...]
    negated: bool = False
    stems: frozenset[str] = field(default=frozenset())  # every stem of every term, to pick a clause

    def as_list(self) -> list[dict[str, object]]:
        return [c.as_dict() for c in self.concepts]


# -- the general lexicon -------------------------------------------------------


@dataclass(frozen=True)
class Group:
    name: str
    terms: tuple[str, ...]
    contrast: tuple[str, ...]
    required: bool = False
    broader: tuple[str, ...] = ()  # groups this one is a kind of ("payment details" of "personal data")


def _lexicon_paths() -> list[Path]:
    paths = [DATA_DIR / "concepts.yaml"]
    return paths + [Path(d) / "concepts.yaml" for d in filter(None, os.environ.get("RASHOMON_DATA", "").split(os.pathsep))]


@lru_cache(maxsize=1)
def concept_groups() -> dict[str, Group]:
    """``concepts.yaml``, merged with the user's copies in ``RASHOMON_DATA``."""
    terms: dict[str, list[str]] = {}
    contrast: dict[str, list[str]] = {}
    required: set[str] = set()
    broader: dict[str, list[str]] = {}
    for path in _lexicon_paths():
        if not path.is_file():
            continue
        for name, entry in (yaml.safe_load(path.read_text(encoding="utf-8")).get("groups") or {}).items():
            terms.setdefault(name, []).extend(entry.get("terms") or [])
            contrast.setdefault(name, []).extend(entry.get("contrast") or [])
            wider = entry.get("broader") or []
            broader.setdefault(name, []).extend([wider] if isinstance(wider, str) else wider)
            if entry.get("required"):
                required.add(name)
    return {
        name: Group(name, tuple(dict.fromkeys(terms[name])), tuple(contrast[name]), name in required, tuple(broader[name]))
        for name in terms
    }


@lru_cache(maxsize=256)
def _narrower(name: str) -> tuple[str, ...]:
    """The groups that are kinds of ``name``, at any depth: a statement that
    card numbers were taken speaks of personal data, but one that personal
    data was taken does not speak of card numbers."""
    groups = concept_groups()
    found: list[str] = []
    todo = [name]
    while todo:
        wider = todo.pop()
        for kind in groups.values():
            if wider in kind.broader and kind.name not in found and kind.name != name:
                found.append(kind.name)
                todo.append(kind.name)
    return tuple(found)


@lru_cache(maxsize=1)
def question_families() -> dict[str, frozenset[str]]:
    """Group -> the groups one question asks about with it (``questions`` in
    ``concepts.yaml``): who made a thing and who supplied it both ask where it came from."""
    families: dict[str, set[str]] = {}
    for path in _lexicon_paths():
        if path.is_file():
            for members in (yaml.safe_load(path.read_text(encoding="utf-8")).get("questions") or {}).values():
                for group in members:
                    families.setdefault(group, {group}).update(members)
    return {group: frozenset(members) for group, members in families.items()}


@lru_cache(maxsize=1)
def _group_index() -> list[tuple[tuple[str, ...], str]]:
    """(term stems, group name), longest terms first."""
    pairs = {(stems(term), name) for name, group in concept_groups().items() for term in (*group.terms, name)}
    return sorted((p for p in pairs if p[0]), key=lambda p: (-len(p[0]), p))


def _group_terms(name: str, source: str = "lexicon") -> tuple[Term, ...]:
    groups = concept_groups()
    words = [w for g in (name, *_narrower(name)) for w in (g, *groups[g].terms)]
    return tuple(Term(t, stems(t), 1.0, source) for t in dict.fromkeys(words) if stems(t))


def _find_groups(words: Sequence[str]) -> tuple[list[str], list[int]]:
    """Groups whose terms occur as a run in the stemmed words (longest first,
    each word used once), and the positions left over."""
    left = list(range(len(words)))
    found = []
    for term, name in _group_index():
        k = len(term)
        for i in range(len(words) - k + 1):
            if tuple(words[i : i + k]) == term and all(j in left for j in range(i, i + k)):
                found.append(name)
                left = [j for j in left if not i <= j < i + k]
    return list(dict.fromkeys(found)), left


# -- parsing the proposition ---------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """A part of the proposition before expansion."""

    role: str  # argument | predicate | setting
    text: str  # the words, for a name or an unmatched phrase
    group: str | None = None  # a lexicon group, when the words belong to one
    head: str | None = None  # the head noun of an unmatched phrase
    nominal: bool = True  # a thing (which the case's links can name), not an action
    name: bool = False
    senses: tuple[str, ...] = ()  # other groups the same word belongs to ("released": a prisoner, a chemical)


# Prepositions whose object is where or when, not what: "fired at Tarvik",
# "targets in Tarvik", "during the night".
CIRCUMSTANCE = {"at", "in", "near", "on", "inside", "outside", "around", "across", "within", "during",
                "before", "after", "since", "until", "throughout", "over"}
# Of these, the ones that only ever say when: "warned about weak passwords
# before the breach" sets the scene even where the parse hangs it on the noun.
TIME_ONLY = {"before", "after", "since", "until", "during", "throughout"}


def _setting_tokens(doc) -> set[int]:  # noqa: ANN001 - a spaCy Doc
    """Tokens that only set the scene: objects of a place or time
    preposition, clauses and measures of time ("when it was struck", "hours
    before"), and the subject of
    "The X were Y", which the proposition takes as given (it claims Y)."""
    heads = []
    for t in doc:
        if t.dep_ == "prep" and (t.lower_ in CIRCUMSTANCE and t.head.pos_ in ("VERB", "AUX") or t.lower_ in TIME_ONLY):
            heads.append(t)
        elif t.dep_ == "advcl" or (t.dep_ == "npadvmod" and t.pos_ == "NOUN"):
            heads.append(t)  # a clause of time; a measure of it ("hours before", "days later")
    given = set()
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.lemma_ == "be":
        # Whatever stands before the copula is its subject, however the parse attaches it.
        given = {t.i for t in doc if t.i < root.i}
    return given | {d.i for h in heads for d in h.subtree}


def _is_name(token: Token) -> bool:
    if token.i == 0 and _in_lexicon(token.text):
        return False  # "Police fired ...": a capital that only opens the sentence
    return token.text[:1].isupper() and (token.i > 0 or token.pos_ == "PROPN") or bool(_CODE.match(token.text))


def _groups_of(stemmed: str) -> list[str]:
    """Every group one word alone is a term of."""
    return [name for term, name in _group_index() if term == (stemmed,)]


def _in_lexicon(word: str) -> bool:
    """Whether a word alone is a term of a lexicon group ("police", "troops")."""
    stemmed = stem(word)
    return bool(stemmed) and bool(_find_groups([stemmed])[0])


def _stop(token: Token) -> bool:
    """A stop word, save one naming a thing ("the well")."""
    return token.is_stop and not (token.pos_ == "NOUN" and token.lower_ in NAMING_STOP_WORDS)


@lru_cache(maxsize=1024)
def pieces(text: str) -> tuple[Piece, ...]:
    """Names, noun phrases and predicates of a proposition, from its parse."""
    from ..actors.lexicon import fold, people_words
    from ..nlp import load_pipeline

    doc = load_pipeline()(text)
    setting = _setting_tokens(doc)
    out: list[Piece] = []
    used: set[int] = set()
    for chunk in doc.noun_chunks:
        role = "setting" if chunk.root.i in setting else "argument"
        # A possessor is a name of its own: "Varnholt Agritech's Wexby plant".
        owner = [t for t in chunk if t.dep_ == "poss" or (t.dep_ == "compound" and t.head.dep_ == "poss")]
        while owner and owner[0].i > 0 and _is_name(before := doc[owner[0].i - 1]) and before.i not in used and before not in chunk:
            owner.insert(0, before)  # the parser cut the name before its possessive off the chunk
        if owner and all(_is_name(t) for t in owner):
            out.append(Piece(role, " ".join(t.text for t in owner), name=True))
            used.update(t.i for t in owner)
        tokens = [t for t in chunk if t.pos_ not in ("DET", "PRON") and t.dep_ != "poss" and t not in owner and not _stop(t)]
        names: list[Token] = []
        common: list[Token] = []
        for t in tokens:
            (names if _is_name(t) else common).append(t)
            used.add(t.i)
        if names:
            # "Harrow-4C rockets": the name says which; the rest is what any rocket is.
            out.append(Piece(role, " ".join(t.text for t in names), name=True))
        if names and not all(t.pos_ == "ADJ" and t.text.isalpha() for t in names):
            # But "Tellmark engineers warned ..." are the firm's engineers, not
            # the firm: the people who did what is claimed are a concept of
            # their own (not so those in its detail: "reported by Saltreve residents").
            people = [t for t in common if t.pos_ == "NOUN" and {fold(t.lemma_), fold(t.text)} & people_words()
                      and chunk.root.dep_ in ("nsubj", "nsubjpass") and chunk.root.head.dep_ == "ROOT"]
            if people:
                out.append(Piece(role, " ".join(t.text for t in people), head=chunk.root.text if chunk.root in people else None))
            continue
        # "Altesian aircraft": a people's word says whose, not which; what it
        # qualifies is a concept of its own
        groups, left = _find_groups([stem(t.text) for t in common])
        matched = [t for i, t in enumerate(common) if i not in left]
        if groups and chunk.root in common and chunk.root not in matched and all(t.dep_ == "compound" for t in matched):
            # "ballot boxes" are no vote, election or poll: a noun in front of
            # the head keeps its own word, not its group's
            out += [Piece(role, " ".join(t.text for t in matched))]
            groups = []
        # "the fire": a gun's or a blaze's, as a verb's word of two groups (below)
        senses = tuple(g for g in _groups_of(stem(matched[0].text)) if g not in groups) if len(groups) == 1 and len(matched) == 1 else ()
        out += [Piece(role, "", g, senses=senses) for g in groups]
        rest = [common[i] for i in left if common[i].pos_ in ("NOUN", "ADJ", "PROPN")]
        if rest:
            out.append(Piece(role, " ".join(t.text for t in rest), head=chunk.root.text if chunk.root in rest else None))
    for t in doc:
        if t.i in used or _stop(t):
            continue
        if t.pos_ not in ("VERB", "ADJ", "NOUN", "PROPN") and not (t.pos_ == "ADV" and _in_lexicon(t.text)):
            continue  # but "reported it late": an adverb the lexicon knows says what is claimed
        role = "setting" if t.i in setting else "predicate" if t.pos_ in ("VERB", "ADJ") else "argument"
        if _is_name(t):
            out.append(Piece("setting" if t.i in setting else "argument", t.text, name=True))
            continue
        groups, left = _find_groups([stem(t.text)]) if stem(t.text) else ([], [])
        if not groups:
            groups, left = _find_groups([stem(t.lemma_)])
        senses = tuple(g for g in _groups_of(stem(t.text)) if g not in groups) if len(groups) == 1 else ()
        out += [Piece(role, "", g, nominal=False, senses=senses) for g in groups] or [Piece(role, t.text, nominal=False)]
    return _one_role_each(out)


def _one_role_each(found: Sequence[Piece]) -> tuple[Piece, ...]:
    """One piece per group or name. A concept that is both what the
    proposition claims about and part of its scene ("attacked the police
    before the police moved in") is an argument: concepts are kept by label,
    so a second, setting role would overwrite the first."""
    claimed = {(p.group, p.text) for p in found if p.role != "setting"}
    kept = [p for p in found if p.role != "setting" or (p.group, p.text) not in claimed]
    return tuple(dict.fromkeys(kept))


# -- expansion -------------------------------------------------------------------


def _term_in_whole(term: tuple[str, ...], whole: tuple[str, ...], relation: str) -> bool:
    """Whether a link's whole names the concept: its first words for a
    compound ("cluster rockets built by"), the last for "such as"
    ("weapons such as"), near the start for the rest."""
    k = len(term)
    starts = [i for i in range(len(whole) - k + 1) if whole[i : i + k] == term]
    if relation == "compound":
        return 0 in starts
    if relation in ("such as", "role"):
        # "weapons such as X"; a role's head says what the person is ("interior minister", not "police" of "police chief").
        return len(whole) - k in starts
    if relation in ("registry", "possessive"):
        return bool(starts)
    return any(i <= MAX_MODIFIERS for i in starts)


def _members(terms: Sequence[Term], links: Sequence[Link], family: bool) -> list[Term]:
    """Case terms that are instances or parts of what ``terms`` name. A name
    owned by two owners ("Selvane's Ministry of Defence", "Orvenia's
    Ministry of Defence") stands for neither."""
    owners: dict[str, list[set[str]]] = {}
    for link in links:
        if link.relation in OWNERSHIP:
            owners.setdefault(link.member, []).append(set(stems(link.whole)))
    out = []
    for link in links:
        # "Selvane" and "Government of Selvane" are one owner; "Orvenia" and "Selvane" two.
        if link.relation in OWNERSHIP and any(not a & b for a in owners[link.member] for b in owners[link.member]):
            continue
        whole = stems(link.whole)
        if any(_term_in_whole(t.stems, whole, link.relation) for t in terms):
            source = f"case ({link.relation}): {link.evidence}"
            out.append(Term(link.member, stems(link.member), 1.0, source))
            base = link.member.split("-")[0]
            if family and _CODE.match(link.member) and base != link.member and len(base) > 2:
                out.append(Term(base, stems(base), FAMILY_WEIGHT, f"case (family of {link.member}): {link.evidence}"))
    return out


def _country_names(name: str) -> list[Term]:
    """The other names and demonyms of a country ("Selvanian" for "Selvane")."""
    from ..actors.lexicon import fold, load_lexicon

    lexicon = load_lexicon()
    country = lexicon.countries.get(fold(name)) or lexicon.demonyms.get(fold(name))
    if country is None:
        return []
    return [Term(n.title(), stems(n), 1.0, "countries") for n in (*country.names, *country.demonyms) if fold(n) != fold(name)]


def _untitled(name: str) -> list[Term]:
    """A name without its honorific or ship prefix ("Lysandra" for "MV
    Lysandra", "Brask" for "Dr Brask"): how a story names it after the first time."""
    from ..actors.lexicon import fold, load_lexicon

    first, _, rest = name.partition(" ")
    lexicon = load_lexicon()
    if rest and (fold(first) in lexicon.honorifics or fold(first) in lexicon.vessel_prefixes):
        return [Term(rest, stems(rest), 1.0, "name without its prefix")]
    return []


def _unique(terms: Iterable[Term]) -> tuple[Term, ...]:
    seen: dict[tuple[str, ...], Term] = {}
    for t in terms:
        if t.stems and (t.stems not in seen or seen[t.stems].weight < t.weight):
            seen[t.stems] = t
    return tuple(seen.values())


def build_profile(
    text: str, links: Sequence[Link] = (), also: Sequence[str] = (), negated: bool = False, usage: Usage | None = None
) -> Profile:
    """The proposition's concepts, expanded from the lexicon, the case's
    ``links`` and the user's ``also`` terms. A word of several groups takes
    the one whose terms the case's statements use most (``usage``: how many
    statements use a term's stems): "released" is a chemical's spill in a
    case about a river, a prisoner's release in one about a trial."""
    groups = concept_groups()
    user = [Term(a, stems(a), 1.0, "user") for a in also if stems(a)]
    concepts = []
    for piece in pieces(text):
        if piece.senses and usage is not None:
            piece = replace(piece, group=max((piece.group or "", *piece.senses), key=lambda g: _used(g, usage)))
        contrast: tuple[Term, ...] = ()
        # Case links name things, so actions take no members ("a week
        # after a strike" does not make a date an attack).
        case_links = links if piece.nominal else ()
        if piece.group:
            own = list(_group_terms(piece.group))
            own += _members(own, case_links, family=True)
            contrast = _unique(t for c in groups[piece.group].contrast if c in groups for t in _group_terms(c))
            label = piece.group
        elif not stems(piece.text):
            continue  # "3 p.m.": a phrase with no stem says nothing, and would take any case link as a member
        else:
            own = [Term(piece.text, stems(piece.text))]
            if piece.head and stems(piece.head) != own[0].stems:
                own.append(Term(piece.head, stems(piece.head), HEAD_WEIGHT))
            own += _act_of(piece.head or piece.text)
            own += _country_names(piece.text)
            own += _untitled(piece.text) if piece.name else []
            own += _members([t for t in own if t.weight == 1.0], case_links, family=False)
            label = piece.text
        if piece.role == "argument":
            own += user
        required = piece.group is not None and groups[piece.group].required
        concepts.append(Concept(label, piece.role, _unique(own), contrast, not piece.nominal, piece.name, required))
    all_stems = frozenset(s for c in concepts for t in (*c.terms, *c.contrast) for s in t.stems)
    return Profile(tuple(concepts), negated, all_stems)


ACT_MIN_STEM = 5  # "inspect" of "inspection"; not "not" of "notion" nor "port" of "portion"


def _act_of(noun: str) -> list[Term]:
    """The verb a noun in "-tion" names the act of: "the building was inspected"
    speaks of its inspection. Short stems are left out, which would be other words."""
    last = noun.split()[-1] if noun.split() else ""
    if not last.lower().endswith("tion"):
        return []
    verb = stem(last[:-3])
    return [Term(last[:-3], (verb,), HEAD_WEIGHT)] if len(verb) >= ACT_MIN_STEM and not last[:1].isupper() else []


def _used(group: str, usage: Usage) -> int:
    return sum(usage(t.stems) for t in _group_terms(group))


@lru_cache(maxsize=1)
def _terms_by_first_stem() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for term, name in _group_index():
        index.setdefault(term[0], []).append((term, name))
    return index


# Words after which a word opens a noun phrase (stemmed like the text).
NOUN_PHRASE_OPENERS = frozenset(
    "a an the any some no many several all most few these those this that its their his her our your "
    "of in on for about with among by from between".split()
)


def qualifiers(text: str) -> frozenset[str]:
    """Stems of lexicon words that only qualify a noun of another group:
    "civilian" in "civilian deaths" says who died, not that a place was
    civilian, so it is no contrast to "military targets". Words of a
    longer term ("civilian area", "military target") are that term's."""
    raw = [w.lower() for w in words(text)]
    stemmed = [stem(w) for w in raw]
    groups: list[set[str]] = [set() for _ in stemmed]
    taken = [False] * len(stemmed)
    starting = _terms_by_first_stem()
    for i, word in enumerate(stemmed):
        for term, name in starting.get(word, ()):  # longest first
            k = len(term)
            if tuple(stemmed[i : i + k]) == term and not any(taken[i : i + k]):
                for j in range(i, i + k):
                    groups[j].add(name)
                if k > 1:
                    taken[i : i + k] = [True] * k
    before: set[str] = set()
    alone: set[str] = set()
    for i, word in enumerate(stemmed):
        if not groups[i] or taken[i]:
            continue
        following = groups[i + 1] if i + 1 < len(stemmed) else set()
        # It must open a noun phrase ("any civilian deaths", not "they hit
        # civilians") and be singular, as words before a noun are ("the shells fell").
        opens = i == 0 or stemmed[i - 1] in NOUN_PHRASE_OPENERS
        singular = not (raw[i].endswith("s") and not raw[i].endswith("ss"))
        (before if opens and singular and following and not following & groups[i] else alone).add(word)
    return frozenset(before - alone)


def covered(concept_terms: Iterable[Term], text_stems: set[str] | frozenset[str]) -> float:
    """The best weight of the terms a text uses (0 when none)."""
    return max((t.weight for t in concept_terms if set(t.stems) <= text_stems), default=0.0)


# An argument spoken of by this share of a case's statements is its scene
# ("police" in a story of a dispersal), not what one proposition claims;
# only cases this large are judged (a handful of statements says nothing).
SCENE_SHARE = 0.4
SCENE_MIN_STATEMENTS = 20


def core_concepts(concepts: dict[str, tuple[float, str]], statements: int = 0) -> list[str]:
    """The concepts a statement must speak of to bear on the proposition,
    from ``label -> (statements speaking of it, role)`` among ``statements``:
    the arguments, less those that are the case's scene when others remain;
    else the predicates; else the rarest concept (the setting alone)."""
    for role in ("argument", "predicate"):
        core = [label for label, (_, r) in concepts.items() if r == role]
        if core:
            return _without_scene(core, concepts, statements)
    return [min(concepts, key=lambda label: concepts[label][0])] if concepts else []


def _without_scene(core: list[str], concepts: dict[str, tuple[float, str]], statements: int) -> list[str]:
    if statements < SCENE_MIN_STATEMENTS:
        return core
    specific = [label for label in core if concepts[label][0] < SCENE_SHARE * statements]
    return specific or core
