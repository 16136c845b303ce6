"""What the case itself says a name is: links read from its documents.

News explains its own names: "the Harrow-4C, a cluster rocket", "Harrow-4C
cluster rockets", "weapons such as the Harrow-4C", "Selvane's state-owned
Orrin Ordnance Works". Each such phrase links a *member* (a name) to a
*whole* (what it is an instance or a part of). A proposition about the
whole ("cluster munitions", "Selvane") then also covers statements that
only name the member. Links come from plain patterns over the text (fast
enough for every document, and cached per document by the caller) and
from the actor registry (an organisation affiliated with a government
stands for it).

Links are kept per document, so re-reading a document replaces its links
and adding documents never re-reads the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from .records import ActorInfo

# A capitalised name, possibly several words ("Orrin Ordnance Works", "Ministry of Defence")
# and a model code ("Harrow-4C", "F-16").
_WORD = r"[A-Z][\w]*(?:-\w+)*"
NAME = rf"{_WORD}(?:[ ]+(?:of[ ]+(?:the[ ]+)?)?{_WORD})*"  # one line: a heading ends a name
CODE = r"\b[A-Z][A-Za-z]*-?\d+\w*\b|\b[A-Z][A-Za-z]*-\w*\d\w*\b"
PHRASE = r"(?:[\w'-]+\s+){0,4}[\w'-]+"  # up to five words; containment is checked later
# Words between an owner and what it owns ("Selvane's state-owned Orrin Ordnance Works");
# not roles, so "Kestria's president Lena Mavrik" links no person to a country.
OWNERSHIP = r"(?:own|state|national|main|largest|biggest|leading|flagship|[a-z]+-(?:owned|run|controlled|based))"
LEADING = re.compile(r"^(?:The|A|An|This|These|Those|That|Its|Their|His|Her|Our)\s+")
PROPER = re.compile(rf"(?!(?:The|A|An)\b){NAME}")  # "Orrin Ordnance Works", not "The ministry"
# After "is", what is no noun phrase: a verb form ("was carrying more
# passengers", "was licensed"), a negation or an adverb ("is not a cluster
# rocket", "was also ..."): the name is not an instance of what follows.
NOT_A_WHOLE = (
    r"(?!(?:not|never|also|still|now|then|being|been|said|thought|believed|due|likely|unlikely|able)\b)(?![a-z]+(?:ing|ed)\b)"
    # A passive with its agent ("was broken up by riot police"), whatever the participle's form.
    r"(?![a-z]+(?:\s+(?:up|down|out|off|away|back|over))?\s+by\b)"
)
PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "this", "these", "those", "that", "there"}

PATTERNS: tuple[tuple[str, re.Pattern[str], int, int], ...] = (
    # (relation, pattern, member group, whole group)
    ("apposition", re.compile(rf"\b({NAME}),\s+(?:a|an|the)\s+({PHRASE})"), 1, 2),
    ("copula", re.compile(rf"\b({NAME})\s+(?:is|are|was|were)\s+{NOT_A_WHOLE}(?:a|an|the\s+)?\s*({PHRASE})"), 1, 2),
    ("compound", re.compile(rf"({CODE})\s+((?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)"), 1, 2),
    # Tried at every word, so links_in_text runs it only near the keyword.
    ("such as", re.compile(rf"(?:^|(?<=\s))((?:[\w-]+\s+){{0,3}}[\w-]+),?\s+(?:such\s+as|including|like)\s+(?:the\s+)?({NAME})"), 2, 1),
    ("possessive", re.compile(rf"\b({NAME})['\u2019]s\s+(?:{OWNERSHIP}\s+){{0,2}}({NAME})"), 2, 1),
)


KEYWORDS = re.compile(r"\b(?:such\s+as|including|like)\b")
# "seen by the Gazette, the payments were made", "... Forsythe, the force said":
# a clause after the comma, not an apposition (a relative clause may follow one)
CLAUSE_AFTER_COMMA = re.compile(
    r"^(?:(?!(?:that|which|who|whose)\b)[\w'-]+\s+)*?"
    r"(?:is|are|was|were|be|been|has|have|had|said|says|say|told|will|would|can|could|may|might|did|does|do|added)\b", re.I
)


@dataclass(frozen=True)
class Link:
    """``member`` is (an instance or part of) ``whole``, as ``evidence`` says."""

    member: str
    whole: str
    relation: str  # apposition | copula | compound | such as | possessive | registry | role
    evidence: str

    def as_row(self) -> list[str]:
        return [self.member, self.whole, self.relation, self.evidence]


def _clean_name(name: str) -> str:
    return LEADING.sub("", name.strip())


def links_in_text(text: str) -> list[Link]:
    """Every member-whole link the patterns find in a text."""
    found = []
    for relation, pattern, member_group, whole_group in PATTERNS:
        if relation == "such as":  # read only around each keyword
            windows = [text[max(0, k.start() - 60) : k.end() + 80] for k in KEYWORDS.finditer(text)]
            matches = [m for w in windows for m in pattern.finditer(w)]
        else:
            matches = list(pattern.finditer(text))
        for match in matches:
            member = _clean_name(match.group(member_group))
            whole = LEADING.sub("", match.group(whole_group).strip())
            if not member or member.lower() in PRONOUNS or not whole or member == whole:
                continue
            if relation == "apposition" and CLAUSE_AFTER_COMMA.match(whole):
                continue
            found.append(Link(member, whole, relation, " ".join(match.group(0).split())))
    return list(dict.fromkeys(found))


def registry_links(actors: Mapping[str, ActorInfo]) -> list[Link]:
    """Links from the actor registry: an organisation or a state's name and
    aliases to the actor it belongs to or stands for. People are not linked
    to their owner (a minister is not the country), only to the roles their
    aliases give them (see role_links)."""
    out = []
    for info in actors.values():
        owner = info.stands_for or info.affiliation
        if info.kind == "person":
            out += role_links(info)
            continue
        if not owner or not info.name:
            continue
        whole = (actors[owner].name if owner in actors else None) or owner
        for alias in sorted({info.name, *info.aliases}):
            if alias != whole and PROPER.fullmatch(alias):
                out.append(Link(alias, whole, "registry", f"{alias} \u2192 {whole} (actor registry)"))
    return out


class CaseGlossary:
    """The links of one case, by source (a document id or ``"registry"``)."""

    def __init__(self) -> None:
        self.by_source: dict[str, list[Link]] = {}
        self.version = 0  # bumped when links change, so profiles know to rebuild

    def set_links(self, source: str, links: list[Link]) -> None:
        if self.by_source.get(source) != links:
            self.by_source[source] = links
            self.version += 1

    def add_text(self, source: str, text: str) -> None:
        self.set_links(source, links_in_text(text))

    def __iter__(self) -> Iterator[Link]:
        for links in self.by_source.values():
            yield from links


# What is left of an alias once the person's name is taken out: articles, titles' commas.
_ROLE_EDGES = re.compile(r"^[\s,]*(?:(?:the|a|an)\s+)?|[\s,]+$", re.I)


def role_links(info: ActorInfo) -> list[Link]:
    """A person's name (and surname) as a member of each role an alias
    gives them: "Interior Minister Tomas Rell" and "the interior
    minister, Tomas Rell" make Rell an interior minister, so a
    proposition about "the interior minister" covers what Rell says of
    himself and what others say of Rell."""
    name = info.name or ""
    surname = name.split()[-1] if name.split() else ""
    if not name or len(surname) < 3:
        return []
    out = []
    for alias in sorted(info.aliases):
        if name not in alias:
            continue
        role = _ROLE_EDGES.sub("", alias.replace(name, " ", 1))
        if not role or "," in role or _only_honorifics(role):
            continue  # nothing but the name or a title ("Dr"), or a list rather than one role
        for member in dict.fromkeys((name, surname)):
            out.append(Link(member, role.lower(), "role", f"{alias} (actor registry)"))
    return out


def _only_honorifics(words: str) -> bool:
    from ..actors.lexicon import fold, load_lexicon

    honorifics = load_lexicon().honorifics
    return all(fold(w.strip(".")) in honorifics for w in words.split())
