"""Names as comparable parts: titles stripped, transliteration keys, org keys.

A person's name is split into given name, middle names, surname and suffix
("Jr."), with honorifics and role words in front recorded separately. Each
part gets a transliteration key that folds the common alternations of
romanised names (-ian/-yan, k/q/kh, dd/dh/d, i/y, e/ye, doubled letters), so
Petrosian/Petrosyan and Qadhafi/Gaddafi/Kadafi share a key; names in other
scripts are romanised first (Зеленский -> Zelenskiy); dropped letters are
caught by comparing keys at edit distance one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from anyascii import anyascii

from .lexicon import Lexicon, data_rows, fold

SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv"}
# Words that belong to the surname that follows them ("van der Berg", "al-Rashid").
PARTICLES = frozenset(fold(row[0]) for row in data_rows("name_particles.txt"))
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ul|ad|ash|as|at|az|ar)-", re.IGNORECASE)
LEGAL_FORMS = frozenset(fold(row[0]) for row in data_rows("legal_forms.txt"))
ORG_STOP = {"the", "of", "and", "for", "&", "a", "an", "in", "on", "at", "to", "de", "du", "des", "la", "le"}

# Ordered rewrites: digraphs first, then single letters, then vowel clusters.
_REWRITES = [
    (re.compile(r"tch"), "ch"), (re.compile(r"sch"), "sh"), (re.compile(r"kh"), "k"),
    (re.compile(r"gh"), "g"), (re.compile(r"dh"), "d"), (re.compile(r"th"), "t"),
    (re.compile(r"ph"), "f"), (re.compile(r"ck"), "k"), (re.compile(r"q"), "k"),
    # a hard c, as in Brisc / Brisk or Nicolas / Nikolas ("ch" and a soft c keep theirs)
    (re.compile(r"c(?![eiyh])"), "k"),
    (re.compile(r"g"), "k"), (re.compile(r"x"), "ks"), (re.compile(r"w"), "v"),
    (re.compile(r"j"), "y"), (re.compile(r"y"), "i"), (re.compile(r"ie"), "e"),
    (re.compile(r"ou"), "u"), (re.compile(r"(?<=[aeiou])h$"), ""), (re.compile(r"(.)\1+"), r"\1"),
]
_NOT_LETTER = re.compile(r"[^a-z]")
_INITIALS = re.compile(r"^[A-Za-z]\.?$|^(?:[A-Za-z]\.-?){2,3}$")


@lru_cache(maxsize=1 << 18)
def translit_key(word: str) -> str:
    """A spelling-insensitive key for one name word: Zelenskyy, Зеленский -> zelenski."""
    key = _NOT_LETTER.sub("", anyascii(ARABIC_ARTICLE.sub("", word)).lower())
    for pattern, replacement in _REWRITES:
        key = pattern.sub(replacement, key)
    return key


@lru_cache(maxsize=1 << 18)
def skeleton(key: str) -> str:
    """First letter plus consonants: Muhammad and Mohammed agree."""
    return key[:1] + re.sub(r"[aeiou]", "", key[1:])


def within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one inserted, dropped or changed letter inside the word.

    An edit at the end (Varga / Vargas) is a different name, not a spelling.
    """
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if i >= len(a) - 1:
        return a == b
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


@lru_cache(maxsize=1 << 18)
def key_similarity(a: str, b: str) -> float:
    """1.0 same key, 0.85 same skeleton, 0.8 one letter apart (long keys), else 0."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if a + "a" == b or b + "a" == a:
        # Petrov / Petrova, Ivan / Ivana: the feminine form names someone else.
        return 0.0
    if min(len(a), len(b)) >= 4 and skeleton(a) == skeleton(b):
        return 0.85
    if min(len(a), len(b)) >= 5 and within_one_edit(a, b):
        return 0.8
    return 0.0


@dataclass(frozen=True)
class PersonName:
    """A person's name in comparable parts (all folded; keys via translit_key)."""

    surname: str
    given: str | None = None  # full given name, or a single initial letter
    middles: tuple[str, ...] = ()
    suffix: str | None = None  # jr, sr, ii, ...
    gender: str | None = None  # m / f, from an honorific
    titles: tuple[str, ...] = ()  # honorifics and roles in front, folded

    @cached_property
    def surname_key(self) -> str:
        return "".join(translit_key(part) for part in self.surname.split() if part not in PARTICLES)

    @cached_property
    def given_key(self) -> str | None:
        return translit_key(self.given) if self.given and len(self.given) > 1 else None

    @property
    def display_tokens(self) -> int:
        return (self.given is not None) + len(self.middles) + 1


def _clean_tokens(text: str) -> list[str]:
    text = re.sub(r"['’]s$", "", text.strip())
    return [t for t in re.split(r"[\s,]+", text) if t and re.search(r"\w", t)]


def strip_titles(tokens: list[str], lexicon: Lexicon) -> tuple[list[str], list[str], str | None]:
    """Split leading honorifics and role words off a name: (titles, rest, gender)."""
    titles: list[str] = []
    gender = None
    while tokens:
        folded = [fold(t) for t in tokens]
        if folded[0] in lexicon.honorifics and len(tokens) > 1:
            honorific_gender = lexicon.honorifics[folded[0]]
            gender = honorific_gender if honorific_gender in ("m", "f") else gender
            titles.append(folded[0])
            tokens = tokens[1:]
            continue
        for width in range(min(lexicon.longest_role, len(tokens) - 1), 0, -1):
            if " ".join(folded[:width]) in lexicon.roles:
                titles.append(" ".join(folded[:width]))
                tokens = tokens[width:]
                break
        else:
            break
    return titles, tokens, gender


def parse_person(text: str, lexicon: Lexicon) -> PersonName | None:
    """Parse a person's name ("Dr. Arvid K. Petrovani Jr.") into parts; None if no name is left."""
    titles, tokens, gender = strip_titles(_clean_tokens(text), lexicon)
    suffix = None
    if len(tokens) > 1 and fold(tokens[-1]) in SUFFIXES:
        suffix = SUFFIXES[fold(tokens[-1])]
        tokens = tokens[:-1]
    if not tokens:
        return None
    # The surname is the last word plus any particles right before it.
    start = len(tokens) - 1
    while start > 1 and fold(tokens[start - 1]) in PARTICLES:
        start -= 1
    if start == 1 and fold(tokens[0]) in PARTICLES:
        start = 0
    surname = " ".join(fold(t) for t in tokens[start:])
    rest = tokens[:start]
    given = None
    middles: tuple[str, ...] = ()
    if rest:
        first = rest[0]
        given = fold(first)[0] if _INITIALS.match(first) else fold(first)
        middles = tuple(fold(t)[0] if _INITIALS.match(t) else fold(t) for t in rest[1:])
    return PersonName(surname, given, middles, suffix, gender, tuple(titles))


@lru_cache(maxsize=1 << 16)
def given_similarity(a: str | None, b: str | None) -> float | None:
    """How well two given names agree: None if either is missing, 0 if they clash."""
    if not a or not b:
        return None
    if len(a) == 1 or len(b) == 1:
        return 0.6 if a[0] == b[0] else 0.0
    return key_similarity(translit_key(a), translit_key(b))


def middles_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names may be dropped, but two given middle names must agree."""
    for x, y in zip(a, b):
        if len(x) == 1 or len(y) == 1:
            if x[0] != y[0]:
                return False
        elif key_similarity(translit_key(x), translit_key(y)) == 0:
            return False
    return True


def gender_of_role_word(word: str) -> str | None:
    """"spokeswoman", "chairwoman": f; "spokesman", "chairman": m. Who "she" or "he" may be."""
    if word.endswith("woman"):
        return "f"
    return "m" if word.endswith("man") and len(word) > 3 else None


def org_tokens(text: str) -> list[str]:
    """Folded words of an organisation name without articles, possessives and legal forms."""
    return list(_org_tokens(text))


@lru_cache(maxsize=1 << 16)
def _org_tokens(text: str) -> tuple[str, ...]:
    text = re.sub(r"['’]s\b", "", text).replace(".", "")
    words = [w for w in re.split(r"[^\w&]+", fold(text)) if w]
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words = words[:-1]
    return tuple(words)


def qualified(tokens: list[str], lexicon: Lexicon) -> tuple[str | None, str]:
    """Split a leading country off a body's name: "US Air Force" -> ("United States", "air force"),
    or a trailing "of" and a country: "Ministry of the Interior of Ruritania"."""
    for width in (3, 2, 1):
        if len(tokens) > width + 1 and tokens[-width - 1] == "of":
            country = lexicon.countries.get(" ".join(tokens[-width:]))
            if country is not None:
                return country.name, _canonical_body(" ".join(tokens[: -width - 1]), lexicon)
    for width in (3, 2, 1):
        head = " ".join(tokens[:width])
        country = lexicon.countries.get(head) or lexicon.demonyms.get(head)
        if country is not None and len(tokens) > width:
            return country.name, _canonical_body(" ".join(tokens[width:]), lexicon)
    return None, _canonical_body(" ".join(tokens), lexicon)


# how English forms a people's adjective from a place's name: "Altesia" ->
# "Altesian", "Draven" -> "Dravenese", "Tarkistan" -> "Tarkistani"; after a
# final vowel also "Velmory" -> "Velmorian", "Carna" -> "Carnese"
_DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "ese", "i", "ish")
_DEMONYM_AFTER_VOWEL = ("an", "ian", "ese", "i", "ish")


def demonym_of(adjective: str, name: str) -> bool:
    """Could ``adjective`` be the people's word for the place ``name``? For
    places the country file does not list, so that "the Altesian defence
    ministry" and "Altesia's defence ministry" are one body."""
    adjective, name = fold(adjective), fold(name)
    if len(name) < 4 or not adjective.startswith(name[:-1]):
        return False
    if adjective[len(name):] in _DEMONYM_ENDINGS and adjective.startswith(name):
        return True
    return name[-1] in "aeiouy" and adjective[len(name) - 1:] in _DEMONYM_AFTER_VOWEL


# "ministry of the interior" is written "interior ministry" too
_BODY_OF = re.compile(r"(ministry|department) of (?:the )?(.+)")


def _canonical_body(rest: str, lexicon: Lexicon) -> str:
    """ "ministry of defence" and "defence ministry" are one kind of body."""
    role = lexicon.roles.get(rest)
    if role is None and (turned := _BODY_OF.fullmatch(rest)) is not None:
        rest = f"{turned[2]} {turned[1]}"
        role = lexicon.roles.get(rest)
    return role.canonical if role is not None and role.kind == "organization" else rest


def org_key(text: str) -> str:
    return " ".join(org_tokens(text))


@lru_cache(maxsize=1 << 16)
def acronyms(text: str, generic: frozenset[str] = frozenset()) -> frozenset[str]:
    """Initials of a multi-word name, with and without its generic words.

    "Penske Automotive Group" -> {"pag", "p"...}: only forms of two letters or more.
    """
    words = [w for w in org_tokens(text) if w not in ORG_STOP]
    forms = {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in generic)}
    return frozenset(form for form in forms if len(form) >= 2) if len(words) >= 2 else frozenset()


def vessel_names(text: str, prefixes: frozenset[str]) -> set[str]:
    """Names a ship's prefix goes with in a document ("MV Lysandra", "HMS
    Arden"), as :func:`ship_key` gives them: a ship, not a person or a body,
    wherever the tagger takes it for one."""
    return {ship_key(m.group(1)) for m in _vessel_pattern(prefixes).finditer(text)} if prefixes else set()


def ship_key(name: str, prefixes: frozenset[str] = frozenset()) -> str:
    """A name as compared with :func:`vessel_names`: folded, without a ship's
    prefix, "the" or a possessive ("the MV Lysandra's" -> "lysandra")."""
    words = [w for w in fold(name).split() if w not in prefixes and w != "the"]
    return " ".join(words).removesuffix("'s").strip()


@lru_cache(maxsize=4)
def _vessel_pattern(prefixes: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"\b(?i:{alternatives})\.?\s+([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)")
