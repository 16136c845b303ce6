"""General knowledge the resolver reads, loaded once from ``rashomon/data/``.

Files: ``honorifics.txt``, ``vessel_prefixes.txt``, ``roles.tsv``, ``countries.tsv``,
``seats_of_power.tsv``, ``group_nouns.txt``, ``org_words.txt``, ``gatherings.txt``,
``credit_words.txt``, ``name_endings.tsv``, ``people_nouns.txt`` (and, read
by ``names``, ``legal_forms.txt`` and ``name_particles.txt``). A user extends any of them by
putting a file of the same name in a directory named by ``RASHOMON_DATA``
(several directories separated by ``os.pathsep``); its lines are added to the
packaged ones (the convention every stage follows).
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def fold(text: str) -> str:
    """Lower case, no accents, single spaces, no trailing full stops: a lookup key."""
    text = text.replace("’", "'")
    if text.isascii():
        bare = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace(".", " ").split())


def data_rows(name: str) -> list[list[str]]:
    """Tab-separated rows of a packaged data file plus the user's copies."""
    texts = [(DATA_DIR / name).read_text(encoding="utf-8")]
    for directory in filter(None, os.environ.get("RASHOMON_DATA", "").split(os.pathsep)):
        extra = Path(directory) / name
        if extra.is_file():
            texts.append(extra.read_text(encoding="utf-8"))
    rows = []
    for text in texts:
        for line in text.splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True)
class Role:
    phrase: str
    kind: str  # person | organization
    canonical: str
    national: bool = False  # a body a country has one of (its defence ministry)
    generic: bool = False  # fits any more specific role ("minister") or any body ("company")
    officer: bool = False  # a person who speaks for a body ("chief executive"): named with no body, the one just named


@dataclass(frozen=True)
class Country:
    name: str
    names: tuple[str, ...]  # every name, folded, the canonical one first
    demonyms: tuple[str, ...]  # folded


@dataclass(frozen=True)
class Lexicon:
    honorifics: dict[str, str]  # folded honorific -> gender (m, f, -)
    roles: dict[str, Role]  # folded phrase -> role
    longest_role: int  # in words
    countries: dict[str, Country]  # folded name or alias -> country
    demonyms: dict[str, Country]  # folded demonym -> country
    seats: dict[str, Country]  # folded place (capital or seat) -> country
    groups: dict[str, bool]  # folded group phrase -> takes the rest of the phrase ("sources close to ...")
    org_words: frozenset[str]  # words that do not tell organisations apart ("airlines", "group")
    place_nouns: frozenset[str] = frozenset()  # "town", "village": "the town of X" is a place
    vessel_prefixes: frozenset[str] = frozenset()  # "mv", "hms": "MV Lysandra" is a ship
    gatherings: frozenset[str] = frozenset()  # "rally", "march": whoever calls one is its "organisers"
    credit_words: frozenset[str] = frozenset()  # "by", "reporting", "editing": a line naming the writers
    name_endings: dict[str, str] = field(default_factory=dict)  # "point" -> place, "gazette" -> organization

    def role(self, words: list[str]) -> Role | None:
        return self.roles.get(" ".join(words))

    def generic_roles(self, kind: str) -> frozenset[str]:
        """Canonical roles marked generic, for people or for bodies."""
        return frozenset(r.canonical for r in self.roles.values() if r.generic and r.kind == kind)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    honorifics = {fold(row[0]): (row[1] if len(row) > 1 else "-") for row in data_rows("honorifics.txt")}
    roles = {fold(row[0]): Role(fold(row[0]), row[1], row[2], row[3:4] == ["national"], row[3:4] == ["generic"],
                                row[3:4] == ["officer"])
             for row in data_rows("roles.tsv") if len(row) >= 3}
    countries: dict[str, Country] = {}
    demonyms: dict[str, Country] = {}
    for row in data_rows("countries.tsv"):
        row += [""] * (3 - len(row))
        names = (fold(row[0]), *(fold(n) for n in row[1].split("|") if n))
        country = Country(row[0], names, tuple(fold(d) for d in row[2].split("|") if d))
        for name in names:
            countries[name] = country
            if name.startswith("the "):
                countries[name[4:]] = country
        for demonym in country.demonyms:
            demonyms[demonym] = country
    seats = {fold(row[0]): countries[fold(row[1])] for row in data_rows("seats_of_power.tsv") if fold(row[1]) in countries}
    groups = {fold(row[0]): row[0].endswith("...") for row in data_rows("group_nouns.txt")}
    longest = max((len(p.split()) for p in roles), default=1)
    org_words = frozenset(fold(row[0]) for row in data_rows("org_words.txt"))
    place_nouns = frozenset(fold(row[0]) for row in data_rows("place_nouns.txt"))
    vessels = frozenset(fold(row[0]) for row in data_rows("vessel_prefixes.txt"))
    gatherings = frozenset(fold(row[0]) for row in data_rows("gatherings.txt"))
    credits = frozenset(fold(row[0]) for row in data_rows("credit_words.txt"))
    endings = {fold(row[0]): row[1] for row in data_rows("name_endings.tsv") if len(row) > 1}
    return Lexicon(honorifics, roles, longest, countries, demonyms, seats, groups, org_words, place_nouns, vessels,
                   gatherings, credits, endings)


@lru_cache(maxsize=1)
def people_words() -> frozenset[str]:
    """One-word nouns for people and groups: ``people_nouns.txt``, the
    one-word roles and the collective sources (``group_nouns.txt``)."""
    lexicon = load_lexicon()
    words = {fold(row[0]) for row in data_rows("people_nouns.txt")} | set(lexicon.roles) | set(lexicon.groups)
    return frozenset(w for w in words if " " not in w)
