"""Group one document's mentions into entities: one per actor the document names.

Full names first; shorter forms join the full name they fit ("Petrovani",
"Mr Petrovani", "Arvid"); role words join the named actor seen with that
role ("the prime minister", "the ministry", "the company"); pronouns and
appositions join their antecedent. Nothing here looks beyond the document:
``resolve`` matches the entities against known actors.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from ..model import ActorKind, Span
from .index import ActorIndex, person_keys
from .lexicon import Country, Lexicon, fold
from .mentions import (PERSON_PRONOUNS, PLURAL_PRONOUNS, POSSESSIVE_PRONOUNS, PRONOUN_GENDER, RELATIVE_PRONOUNS,
                       THING_PRONOUNS, Mention)
from .metonyms import place_key
from .names import (PersonName, acronyms, given_similarity, key_similarity, middles_compatible, org_key, org_tokens,
                    parse_person, qualified, strip_titles, translit_key)
from .score import same_body_qualified, token_containment

PRONOUN_REACH = 200
BODY_REACH = 250  # characters back to the body "its spokesman" belongs to: about two sentences
CLAUSE_REACH = 80  # characters back to the subject of the clause "its statement" is in
BODY_KINDS = frozenset({"organization", "state"})
# canonical roles (roles.tsv) of someone whose words are their body's: "a spokesman said"
SPEAKS_FOR_A_BODY = frozenset({"spokesperson"})


def _bare_role_before_name(mention: Mention, lexicon: Lexicon) -> bool:
    """"spokesman Piet Varga", "Chief executive Oren Talb": the words before the
    name are the role itself (not "opposition spokesman Teo Varn")."""
    text, name = fold(mention.text), fold(mention.name or "")
    before = text[: text.find(name)].split() if name and name in text else []
    role = " ".join(w for w in before if w not in ("a", "an", "the"))
    return bool(role) and role in lexicon.roles


def roles_match(wanted: set[str], known: set[str], generic: frozenset[str]) -> bool:
    """Does a role mention fit an actor's roles? Bare "minister" (generic) fits "defence minister"."""
    if wanted & known:
        return True
    return any(w in generic and k.endswith(" " + w) for w in wanted for k in known)


@dataclass
class Entity:
    """Mentions of one document that refer to one actor."""

    kind: ActorKind
    form: str
    members: list[int] = field(default_factory=list)
    person: PersonName | None = None
    surfaces: list[str] = field(default_factory=list)  # names without titles, for matching
    written: list[str] = field(default_factory=list)  # names as written ("Mr Petrovani"), kept as aliases
    roles: Counter[str] = field(default_factory=Counter)
    country: Country | None = None
    key: str = ""
    affiliation_text: str | None = None
    affiliations: set[int] = field(default_factory=set)  # indices of entities
    actor: str | None = None
    score: float = 0.0


def _display_name(text: str, index: ActorIndex) -> str:
    """A name as written, without leading titles or a possessive."""
    tokens = text.replace("’", "'").removesuffix("'s").split()
    _, rest, _ = strip_titles(tokens, index.lexicon)
    return " ".join(rest) or text


def _persons_compatible(a: PersonName, b: PersonName) -> float:
    """Within one document: can these two names be the same person? (0 = no)."""
    surname = key_similarity(a.surname_key, b.surname_key)
    if surname == 0.0:
        # A lone word that is the other's given name ("Arvid" after "Arvid Petrovani").
        if a.given is None and b.given and len(b.given) > 1 and translit_key(a.surname) == translit_key(b.given):
            return 0.6
        if b.given is None and a.given and len(a.given) > 1 and translit_key(b.surname) == translit_key(a.given):
            return 0.6
        return 0.0
    if surname < 1.0 and (a.given is None or b.given is None):
        return 0.0
    if a.suffix and b.suffix and a.suffix != b.suffix:
        return 0.0
    if a.gender and b.gender and a.gender != b.gender:
        return 0.0
    given = given_similarity(a.given, b.given)
    if given == 0.0 or not middles_compatible(a.middles, b.middles):
        return 0.0
    return surname * (1.0 if given is None else 0.5 + 0.5 * given)


def _nearest(candidates: list[int], entities: list[Entity], mentions: list[Mention], position: int) -> int:
    """The candidate entity with a mention closest before ``position`` (else closest after)."""
    def distance(e: int) -> tuple[int, int]:
        starts = [mentions[m].span[0] for m in entities[e].members]
        before = [position - s for s in starts if s <= position]
        return (0, min(before)) if before else (1, min(s - position for s in starts))
    return min(candidates, key=distance)


class DocumentClusters:
    """Builds the entities of one document."""

    def __init__(self, mentions: list[Mention], index: ActorIndex) -> None:
        self.mentions = mentions
        self.index = index
        self.entities: list[Entity] = []
        self.of_mention: dict[int, int] = {}
        self.joined_at: dict[int, int] = {}  # mention -> when it first joined an entity
        self.confidence: dict[int, float] = {}
        self._org_forms: dict[str, OrgForm] = {}
        self._names: tuple[set[str], set[str], set[str]] | None = None
        self._keyed: dict[tuple[str, str], int] = {}
        self.by_start = sorted((m.span[0], n) for n, m in enumerate(mentions))
        self.longest = max((m.span[1] - m.span[0] for m in mentions), default=0)
        self.generic_people = index.lexicon.generic_roles("person")
        self.generic_bodies = index.lexicon.generic_roles("organization")
        self.named_orgs: list[int] = []
        self.org_words: dict[int, str] = {}  # named body -> all its names as folded words

    def join(self, entity: int, mention: int, confidence: float = 1.0) -> None:
        self.entities[entity].members.append(mention)
        self.joined_at.setdefault(mention, len(self.joined_at))
        self.of_mention[mention] = entity
        self.confidence[mention] = confidence
        found = self.mentions[mention]
        self.entities[entity].roles.update(found.roles)
        if found.affiliation and not self.entities[entity].affiliation_text:
            self.entities[entity].affiliation_text = found.affiliation

    def new(self, entity: Entity, mention: int, confidence: float = 1.0) -> int:
        self.entities.append(entity)
        self.join(len(self.entities) - 1, mention, confidence)
        return len(self.entities) - 1

    def _known_org(self, text: str) -> bool:
        return any(self.index.actors[a].kind == "organization" for a in self.index.by_alias(text))

    def _known_only_as_body(self, mention: Mention) -> bool:
        """A name the index knows only as a body's, or a lone word that opens the name of
        one known body ("Orlen" after "Orlen Biofarm") and is no one's surname here."""
        name = mention.name or mention.text
        word = fold(name)
        bodies, first_words, surnames = self._names_here()
        surname = word in surnames
        # this document called it a body elsewhere: "the aid agency Samhold Relief"
        # and then "Samhold Relief", or "Samhold" when no one here has that surname
        if word in bodies or " " not in word and not surname and word in first_words:
            return True
        found = self.index.by_alias(name)
        if found:
            return all(self.index.actors[a].kind == "organization" for a in found)
        if " " in word or surname:
            return False
        bodies = {self.index.canonical_id(c) for c in self.index.org_candidates(name)
                  if self.index.actors[c].kind == "organization" and fold(self.index.actors[c].name).split()[0] == word}
        return len(bodies) == 1

    def _names_here(self) -> tuple[set[str], set[str], set[str]]:
        """This document's body names, their first words, and the surnames of
        its people named in full; read once (a long document has thousands)."""
        if self._names is None:
            bodies = {fold(m.name or m.text) for m in self.mentions if m.form == "name" and m.kind == "organization"}
            people = [fold(m.name or m.text) for m in self.mentions if m.form == "name" and m.kind == "person"]
            self._names = (bodies, {b.split()[0] for b in bodies if b}, {p.split()[-1] for p in people if " " in p})
        return self._names

    def _org_form(self, text: str) -> OrgForm:
        if text not in self._org_forms:
            self._org_forms[text] = OrgForm.of(text, self.index.lexicon)
        return self._org_forms[text]

    def keyed(self, kind: ActorKind, form: str, key: str, mention: int, **extra: object) -> None:
        """Join the entity of this form and key (a state, a group...), or start it."""
        if (form, key) in self._keyed:
            self.join(self._keyed[form, key], mention)
        else:
            self._keyed[form, key] = self.new(Entity(kind, form, key=key, **extra), mention)  # type: ignore[arg-type]

    def build(self) -> None:
        mentions = self.mentions
        people, orgs, later, places = [], [], [], []
        for number, mention in enumerate(mentions):
            if mention.form in ("state", "metonym") and mention.country:
                key = mention.country if mention.form == "state" else place_key(mention.name or mention.text)
                country = self.index.lexicon.countries[fold(mention.country)]
                self.keyed("state", mention.form, key, number, country=country)
                self.entities[self.of_mention[number]].surfaces.append(mention.name or mention.text)
            elif mention.form in ("group", "place"):
                places.append(number)
            elif mention.form == "name" and mention.kind == "person" and self._known_only_as_body(mention):
                orgs.append(number)  # "Orlen Biofarm" tagged as a person here, a body in an earlier article
            elif mention.form == "name" and mention.kind == "person":
                parsed = parse_person(mention.name or mention.text, self.index.lexicon)
                if parsed is not None:
                    people.append((number, parsed))
            elif mention.form == "name" and mention.kind == "organization":
                orgs.append(number)
            else:
                later.append(number)
        self._people(people)
        for number in places:
            self._place_or_group(number)
        self._orgs(orgs)
        # Named bodies are all known now; roles and pronouns only join them.
        self.named_orgs = [e for e, entity in enumerate(self.entities)
                           if entity.kind == "organization" and entity.form == "name"]
        self.org_words = {e: " | ".join(" ".join(self._org_form(s).tokens) for s in self.entities[e].surfaces)
                          for e in self.named_orgs}
        self._bodies_of_possessives()
        for number in _owners_first(later, self.mentions):
            self._dependent(number)
        self._bodies_of_spokespeople()
        self._affiliations()

    def _bodies_of_possessives(self) -> None:
        """"Its spokesman, Jonah Strell": the named person speaks for the body "its"
        stands for, so a spokeswoman of another body does not join him."""
        for number, mention in enumerate(self.mentions):
            entity = self.of_mention.get(number)
            first = fold(mention.text).split(" ", 1)[0]
            if entity is None or mention.form != "name" or mention.kind != "person" or mention.affiliation \
                    or not mention.roles or first not in ("its", "their", "his", "her"):
                continue
            # "Her lawyer, Teodor Haas": hers, as "Orlov's lawyer" of another article is
            body = self._last_body(number) if first in ("its", "their") \
                else self._preceding(number, {"person"}, PRONOUN_GENDER.get(first))
            if body is not None and body != entity:
                self._affiliate(entity, body)

    def _affiliate(self, entity: int, body: int) -> None:
        """Record that a person speaks for a body, by its first name when it has one
        (a described body has none)."""
        self.entities[entity].affiliations.add(body)
        self.entities[entity].affiliation_text = self.entities[entity].affiliation_text \
            or next(iter(self.entities[body].surfaces), None)

    def _bodies_of_spokespeople(self) -> None:
        """"Quillon Systems denied it. '...,' spokesman Piet Varga said": a named
        spokesperson with no body of their own speaks for the body the text was
        just about, named or described (so it runs once described bodies are resolved).
        So does a company's officer ("Chief executive Oren Talb"; ``officer`` in roles.tsv)."""
        officers = frozenset(r.canonical for r in self.index.lexicon.roles.values() if r.officer)
        for number, mention in enumerate(self.mentions):
            entity = self.of_mention.get(number)
            if entity is None or mention.form != "name" or mention.kind != "person" or mention.affiliation \
                    or not set(mention.roles) & officers or self.entities[entity].affiliations \
                    or not _bare_role_before_name(mention, self.index.lexicon):
                continue
            body = self._subject_body(number, BODY_REACH, forms=("name", "state", "metonym", "role"))
            if body is not None and body != entity:
                self._affiliate(entity, body)

    def _place_or_group(self, number: int) -> None:
        """A place or group, unless it is the surname of someone the document names.

        The recogniser tags unfamiliar surnames as places or nationalities
        ("Brannholt said", "Massin added").
        """
        mention = self.mentions[number]
        name = mention.name or mention.text
        if len(name.split()) == 1 and mention.label in ("GPE", "NORP") and not name.endswith("s"):
            key = translit_key(name)
            people = [e for e, entity in enumerate(self.entities)
                      if entity.person is not None and entity.person.surname_key == key]
            if len(people) == 1:
                self.join(people[0], number, 0.8)
                return
        self.keyed(mention.kind, mention.form, fold(name), number)
        self.entities[self.of_mention[number]].surfaces.append(name)

    def _people(self, people: list[tuple[int, PersonName]]) -> None:
        people.sort(key=lambda item: (-item[1].display_tokens, self.mentions[item[0]].span[0]))
        # Surname keys (and given names, for a lone "Arvid") -> entities: compare only the likely ones.
        blocks: dict[str, set[int]] = {}
        for number, name in people:
            lone = {"g:" + translit_key(name.surname)} if name.given is None else set()
            candidates = set().union(*(blocks.get(key, set()) for key in person_keys(name) | lone))
            scored = [(e, _persons_compatible(name, self.entities[e].person)) for e in sorted(candidates)]  # type: ignore[arg-type]
            scored = [(e, s) for e, s in scored if s > 0]
            written = self.mentions[number].name or self.mentions[number].text
            surface = _display_name(written, self.index)
            if scored:
                best = max(s for _, s in scored)
                target = _nearest([e for e, s in scored if s == best], self.entities, self.mentions,
                                  self.mentions[number].span[0])
                self.join(target, number, best)
                self.entities[target].surfaces.append(surface)
                self.entities[target].written.append(written)
                known = self.entities[target].person
                if name.gender and known is not None and not known.gender:
                    # "Mrs Petrovani" tells the entity's gender: keep it for pronouns and matching.
                    self.entities[target].person = PersonName(known.surname, known.given, known.middles,
                                                              known.suffix, name.gender, known.titles)
            else:
                entity = self.new(Entity("person", "name", person=name), number)
                self.entities[entity].surfaces.append(surface)
                self.entities[entity].written.append(written)
                for key in person_keys(name) | ({"g:" + translit_key(name.given)} if name.given else set()):
                    blocks.setdefault(key, set()).add(entity)

    def _orgs(self, orgs: list[int]) -> None:
        orgs.sort(key=lambda n: (-len(org_tokens(self.mentions[n].name or "")), self.mentions[n].span[0]))
        blocks: dict[str, set[int]] = {}
        for number in orgs:
            text = self.mentions[number].name or self.mentions[number].text
            tokens, key = org_tokens(text), org_key(text)
            if not tokens:
                continue
            form = self._org_form(text)
            generic = self.index.lexicon.org_words
            candidates = set().union(*(blocks.get(k, set()) for k in form.looks_for()))
            matches = {e: _org_match(form, [self._org_form(s) for s in self.entities[e].surfaces], generic)
                       for e in sorted(candidates)}
            exact = [e for e, level in matches.items() if level == 2]
            partial = [e for e, level in matches.items() if level == 1]
            if not exact and not partial and len(tokens) == 1 and not self._known_org(text):
                # "Lockheed" after "Lockheed Martin": the first word of one body named here,
                # unless the index already knows a body called just that ("Apple").
                partial = [e for e in candidates if self._org_form(self.entities[e].surfaces[0]).tokens[:1] == tokens]
            # spaCy sometimes labels a surname ORG ("Petrovani said"): join the person if one
            # fits and no body of the document or the index goes by that name.
            lone = parse_person(text, self.index.lexicon) if len(tokens) == 1 else None
            person = [] if lone is None else [
                e for e, entity in enumerate(self.entities)
                if entity.person is not None and key_similarity(entity.person.surname_key, lone.surname_key) == 1.0]
            if lone is not None and not person:
                # "Kaja is devastated," her lawyer said of Kaja Orlov: a first name alone
                person = [e for e, entity in enumerate(self.entities)
                          if entity.person is not None and entity.person.given and fold(entity.person.given) == fold(text)]
            known_body = exact or partial or self._known_org(text)
            if len(person) == 1 and not known_body:
                self.join(person[0], number, 0.8)
                continue
            # A short form ("Lockheed") joins the one longer name it fits, not one of several.
            target = exact[0] if exact else partial[0] if len(partial) == 1 else None
            if target is None:
                target = self.new(Entity("organization", "name", key=key), number)
            else:
                self.join(target, number)
            for block_key in form.filed_under():
                blocks.setdefault(block_key, set()).add(target)
            self.entities[target].surfaces.append(text)

    def _dependent(self, number: int) -> None:
        """Roles, pronouns and unnamed sources: join an entity of this document or stay alone."""
        mention = self.mentions[number]
        position = mention.span[0]
        if mention.form == "pronoun":
            self._pronoun(number)
            return
        if mention.form != "role":
            return
        if mention.antecedent_span is not None and self._join_antecedent(number, 0.85):
            return
        if mention.kind == "person":
            wanted = set(mention.roles)
            candidates = [e for e, entity in enumerate(self.entities)
                          if entity.kind == "person" and entity.form == "name"
                          and roles_match(wanted, set(entity.roles), self.generic_people)]
            indefinite = fold(mention.text).split(" ", 1)[0] in ("a", "an")
            if not candidates and not mention.affiliation and not indefinite:
                # "The spokeswoman said": the unnamed one brought in before ("a coast guard spokeswoman");
                # "a spokesman" is one the text has not brought in (a named one still fits: "Ana
                # Dorn, a spokeswoman for the board, ... A spokeswoman for the board said")
                candidates = self._earlier_role(number, "person")
            # "the Ruritanian general" fits a general of any Ruritanian body; "the ministry's
            # spokesman" only one of that ministry (or of no known body).
            national = fold(mention.affiliation or "") in self.index.lexicon.countries
            if mention.affiliation and not (national and len(candidates) == 1):
                same_body = [e for e in candidates if self._same_body(self.entities[e], mention)]
                # "a police spokesman" is not a spokesman whose body the text leaves unsaid; "a
                # spokeswoman for the board" is one written with the same words ("Ana Dorn, a
                # spokeswoman for the board")
                candidates = same_body or [e for e in candidates if self._written_with(e, mention.affiliation)
                                           or not indefinite and not self.entities[e].affiliation_text]
            if candidates:
                self.join(_nearest(candidates, self.entities, self.mentions, position), number, 0.85)
            elif (body := self._body_of(number)) is not None:
                # "its spokesman", "a spokeswoman for the board": that body's, one per body
                self.keyed("person", "role", f"{sorted(wanted)[0]}|#{body}", number)
                self.entities[self.of_mention[number]].affiliations.add(body)
            elif mention.affiliation:
                key = f"{sorted(wanted)[0]}|{fold(mention.affiliation)}"
                self.keyed("person", "role", key, number)
            elif indefinite and wanted and wanted <= SPEAKS_FOR_A_BODY \
                    and (body := self._subject_body(number, BODY_REACH, forms=("name", "state", "metonym", "role"))) is not None:
                # "The company withdrew its figure. A spokesman said ...": an unnamed voice,
                # with no body of its own, speaks for the body the text is about (one
                # described, too: "The Kelm health authority said ... A spokeswoman said")
                self.join(body, number, 0.6)
            elif not indefinite and wanted and not wanted & (self.generic_people | SPEAKS_FOR_A_BODY):
                # "The judge said" where the document names no judge: perhaps the one
                # an earlier article named (resolution decides; see resolve.person_known_as)
                self.keyed("person", "role", sorted(wanted)[0], number)
            return
        wanted = set(mention.roles)
        named = self.named_orgs
        # "the ministry" looks for a ministry by name; "the company" (generic) for any body.
        fitting = [e for e in named if wanted & set(self.entities[e].roles)
                   or any(role in self.org_words[e] for role in wanted - self.generic_bodies)]
        if not fitting and wanted & self.generic_bodies:
            # "the company" is not "Orley General Hospital" nor "the University of X": a body whose
            # name says it is another kind of body comes last
            unmarked = [e for e in named if not self._named_as_other_kind(e, wanted)]
            fitting = unmarked or named
        before = {e: sum(self.mentions[m].span[0] < position for m in self.entities[e].members) for e in fitting}
        preceding = [e for e, count in before.items() if count]
        owner = self._owner(number)
        if owner is not None and not (wanted & self.generic_bodies):
            # "his office", "the office of Prime Minister X": a body of its own, belonging to X.
            entity = self._keyed.get(("role", f"{sorted(wanted)[0]}|#{owner}"))
            if entity is None:
                entity = self.new(Entity("organization", "role", key=f"{sorted(wanted)[0]}|#{owner}"), number, 0.8)
                self._keyed["role", self.entities[entity].key] = entity
            else:
                self.join(entity, number, 0.8)
            self.entities[entity].affiliations.add(owner)
        elif preceding:
            self.join(self._most_salient(preceding, position), number, 0.75)
        elif fitting:
            self.join(_nearest(fitting, self.entities, self.mentions, position), number, 0.75)
        elif not mention.affiliation and (earlier := self._earlier_role(number, "organization")):
            # "his ministry said ... Hours later the ministry withdrew": the one brought in before
            self.join(_nearest(earlier, self.entities, self.mentions, position), number, 0.75)
        elif wanted and not wanted & self.generic_bodies:
            # "the coast guard" where the document names none: resolution looks for the
            # one known body of that kind ("Ostmarran Coast Guard").
            # "Brevania's embassy": one per owner
            owned = f"|{fold(mention.affiliation)}" if mention.affiliation else ""
            self.keyed("organization", "role", sorted(wanted)[0] + owned, number)

    def _named_as_other_kind(self, entity: int, wanted: set[str]) -> bool:
        """Does a word of the body's name make it a specific kind of body other than ``wanted``
        (the "hospital" of "Orley General Hospital", not the generic "group" of "Vantro Group")?"""
        roles = self.index.lexicon.roles
        kinds = {roles[w].canonical for w in self.org_words[entity].split()
                 if w in roles and roles[w].kind == "organization" and not roles[w].generic}
        return bool(kinds - wanted)

    def _written_with(self, entity: int, affiliation: str) -> bool:
        """Was one of the entity's mentions written with this body's word ("Ana Dorn, a
        spokeswoman for the board" and "a spokeswoman for the board")?"""
        word = fold(affiliation).split()[-1] if affiliation.strip() else ""
        return bool(word) and any(word in fold(self.mentions[m].text).split() for m in self.entities[entity].members)

    def _earlier_role(self, number: int, kind: str) -> list[int]:
        """Unnamed entities of that kind, brought in before this mention with one of
        its roles, or a kind of it: "the authority" after "the border authority"."""
        mention = self.mentions[number]
        wanted = set(mention.roles)
        return [e for e, entity in enumerate(self.entities)
                if entity.kind == kind and entity.form == "role"
                and (wanted & set(entity.roles) or any(k.endswith(" " + w) for w in wanted for k in entity.roles))
                and any(self.mentions[m].span[0] < mention.span[0] for m in entity.members)]

    def _body_of(self, number: int) -> int | None:
        """The named body an unnamed role belongs to: the one "its" or "their"
        refers to (the body last mentioned, if the document names it), or the
        one a common noun after the role stands for ("for the board": the
        named body that is a board, the latest before it)."""
        mention = self.mentions[number]
        first = fold(mention.text).split(" ", 1)[0]
        if first in ("its", "their"):
            return self._last_body(number)
        if not mention.affiliation:
            return self._body_within(number)
        if mention.affiliation_span is None:
            # "a company spokeswoman": the company the text is about, whatever its name says
            role = self.index.lexicon.roles.get(fold(mention.affiliation).split()[-1])
            return self._described_body(number) if role is not None and role.generic else None
        if self._overlapping(mention.affiliation_span, number):
            return None  # a name the affiliations step links
        return self._described_body(number, generic_fits_any=False)

    def _described_body(self, number: int, generic_fits_any: bool = True) -> int | None:
        """The body the common noun of a mention's affiliation stands for
        ("the company", "the office"), the latest before the mention: a named
        one of that kind, or for a generic noun (with ``generic_fits_any``) any
        named one, or one the document describes by that noun."""
        mention = self.mentions[number]
        word = fold(mention.affiliation or "").split()[-1:]
        role = self.index.lexicon.roles.get(word[0]) if word else None
        if role is None or role.kind != "organization":
            return None
        fitting = [e for e in self.named_orgs if generic_fits_any and role.generic
                   or role.canonical in self.entities[e].roles or word[0] in self.org_words[e].split()]
        # a body known only by what it is ("the national data protection office")
        fitting += [e for e, entity in enumerate(self.entities) if entity.kind == "organization" and entity.form == "role"
                    and any(word[0] in body.split() for body in entity.roles)]
        position = mention.span[0]
        before = [e for e in fitting if any(self.mentions[m].span[0] < position for m in self.entities[e].members)]
        if not before:
            return None
        if generic_fits_any and role.generic:
            # "the company's managing director": the company the text is about, not
            # the last name the tagger took for a body ("the block in Oster")
            return self._most_salient(before, position)
        return _nearest(before, self.entities, self.mentions, position)

    def _most_salient(self, candidates: list[int], position: int) -> int:
        """Of bodies mentioned before ``position``, the one the document has been
        about so far ("the company"); on a tie, one that was the subject of a
        sentence ("The chief executive of X said", not "in an interview with
        Y"), then the latest."""
        before = {e: sum(self.mentions[m].span[0] < position for m in self.entities[e].members) for e in candidates}
        most = max(before.values())
        salient = [e for e in candidates if before[e] == most]
        subjects = [e for e in salient if any(self.mentions[m].in_subject and self.mentions[m].span[0] < position
                                              for m in self.entities[e].members)]
        return _nearest(subjects or salient, self.entities, self.mentions, position)

    def _body_within(self, number: int) -> int | None:
        """The named body among a role's own words when the tagger took its name
        for a person's, so the mention carries no affiliation: "The chief
        executive of Verrick Agrochem", "Dorian Keslow, Chief Executive of
        Verrick Agrochem", where an earlier article showed Verrick Agrochem to
        be a body."""
        if not self.mentions[number].roles:
            return None
        inside = [self.of_mention[o] for o in self._overlapping(self.mentions[number].span, number)
                  if self.of_mention[o] in self.named_orgs]
        return inside[0] if inside else None

    def _last_body(self, number: int) -> int | None:
        """The named body mentioned last, and near, before this mention ("The
        ministry denied it. Its spokesman said ..."). None when the body
        mentioned last has no name in the document, or none is near: the
        body "its" stands for may be one no mention holds ("A demining
        charity working in the Kestrian town ..., its field director said"),
        and a body further back would be a guess."""
        start = self.mentions[number].span[0]
        at = bisect_left(self.by_start, (start, -1))
        for begin, other in reversed(self.by_start[max(0, at - PRONOUN_REACH):at]):
            if start - begin > BODY_REACH:
                return None
            entity = self.of_mention.get(other)
            found = self.mentions[other]
            kind = self.entities[entity].kind if entity is not None else found.kind
            # a one-word name that says nothing may be an adjective the tagger
            # took for a body ("the Velmoran border town"): not what "its" means
            described = found.label == "NORP" or " " not in found.text.strip() and found.attribution is None
            if kind == "organization" and not described:
                return entity
        return None

    def _owner(self, number: int) -> int | None:
        """The entity a body belongs to: "his office" (a pronoun) or "the office of X" (a name)."""
        mention = self.mentions[number]
        if mention.affiliation_span is not None:
            for other in self._overlapping(mention.affiliation_span, number):
                if self.entities[self.of_mention[other]].kind == "person":
                    return self.of_mention[other]
            return None
        first = fold(mention.text).split(" ", 1)[0]
        if first not in POSSESSIVE_PRONOUNS:
            return None
        if first in PERSON_PRONOUNS:
            return self._preceding(number, {"person"}, PRONOUN_GENDER.get(first))
        # "Selvane ... has sold artillery to Orvenia. Its embassy": the body that was a subject
        return self._preceding(number, BODY_KINDS, None, subject_within=BODY_REACH)

    def _pronoun(self, number: int) -> None:
        mention = self.mentions[number]
        word = fold(mention.text)
        owned = word.split(" ", 1)[0] in POSSESSIVE_PRONOUNS and " " in word  # "its enforcement notice"
        word = word.split(" ", 1)[0] if owned else word
        # a speaker ("It said ...") is not a name inside what was just reported ("'The
        # symptoms seen in Lowfield ...' It said"), whatever the attribution stage took it for
        speaker_outside = mention.attribution is not None and not mention.in_content
        reported = (speaker_outside and mention.antecedent_span is not None and word not in RELATIVE_PRONOUNS
                    and not mention.antecedent_subject
                    and any(self.mentions[o].in_content for o in self._overlapping(mention.antecedent_span, number)))
        if mention.antecedent_span is not None and not reported:
            # "a laboratory ..., it said", "Two tourists who ... said": a body or group with no
            # name stays alone, and so does its pronoun, not a name inside it ("Doravian")
            if any(m.span == mention.antecedent_span and other not in self.of_mention for other, m in enumerate(self.mentions)):
                return
            # "he"/"she" only join a person: never the place or state a tagger took for one.
            fits = {"person"} if word in PERSON_PRONOUNS else None
            if self._join_antecedent(number, 0.9, fits) or word in RELATIVE_PRONOUNS:
                return
        if word in PERSON_PRONOUNS:
            kinds = {"person"}
        elif word in THING_PRONOUNS:
            kinds = {"organization", "state"}
        elif word in PLURAL_PRONOUNS:
            kinds = {"organization", "state", "group"}
        else:
            return
        found = None
        body_owned = owned and word not in PERSON_PRONOUNS
        if body_owned:
            # a document's owner: the body its clause is about ("The ministry withdrew its
            # statement", named or not), else, like "its embassy", one that was a subject
            found = self._subject_body(number, CLAUSE_REACH, kinds, forms=("name", "state", "metonym", "role"))
        subject = BODY_REACH if body_owned else 0
        if found is None and speaker_outside:
            found = self._preceding(number, kinds, mention.gender, subject_within=subject, outside_content=True)
        found = found if found is not None else self._preceding(number, kinds, mention.gender, subject_within=subject)
        if found is not None:
            self.join(found, number, 0.7)

    def _preceding(self, number: int, kinds: AbstractSet[str], gender: str | None, subject_within: int = 0,
                   outside_content: bool = False) -> int | None:
        """The closest preceding named entity of those kinds: right for most "he" and "it".
        With ``subject_within``, one that was a subject that many characters back comes first.

        Antecedents are near, so the walk back stops after PRONOUN_REACH mentions.
        """
        if subject_within and (subject := self._subject_body(number, subject_within, kinds)) is not None:
            return subject
        at = bisect_left(self.by_start, (self.mentions[number].span[0], -1))
        for _, other in reversed(self.by_start[max(0, at - PRONOUN_REACH):at]):
            e = self.of_mention.get(other)
            if e is None or other == number or outside_content and self.mentions[other].in_content:
                continue
            entity = self.entities[e]
            if entity.kind in kinds and entity.form == "role" and gender and self.mentions[other].gender in (gender, None) \
                    and entity.kind == "person":
                # "a spokeswoman for the office said ..., she said": her, not a name before;
                # "The chief executive of X said ... He said": the chief executive
                return e
            if entity.kind not in kinds or entity.form not in ("name", "state", "metonym", "group"):
                continue
            if gender and entity.person and entity.person.gender and entity.person.gender != gender:
                continue
            return e
        return None

    def _subject_body(self, number: int, within: int, kinds: AbstractSet[str] = BODY_KINDS,
                      forms: tuple[str, ...] = ("name", "state", "metonym")) -> int | None:
        """The closest named body (or state; with ``forms`` also others) that was a
        sentence's subject at most ``within`` characters before this mention."""
        start = self.mentions[number].span[0]
        at = bisect_left(self.by_start, (start, -1))
        for begin, other in reversed(self.by_start[max(0, at - PRONOUN_REACH):at]):
            if start - begin > within:
                break
            e = self.of_mention.get(other)
            if e is not None and other != number and self.mentions[other].in_subject \
                    and self.entities[e].kind in kinds and self.entities[e].form in forms:
                return e
        return None

    def _overlapping(self, span: Span, number: int) -> list[int]:
        """Mentions with an entity that overlap ``span``, in the order they joined one.
        Found through the start index: a scan of every mention for each one is
        quadratic in a long document."""
        low = bisect_left(self.by_start, (span[0] - self.longest, -1))
        high = bisect_left(self.by_start, (span[1], -1))
        joined = self.of_mention
        found = [other for _, other in self.by_start[low:high]
                 if other != number and other in joined and _overlaps(self.mentions[other].span, span)]
        return sorted(found, key=self.joined_at.__getitem__)

    def _join_antecedent(self, number: int, confidence: float, kinds: set[str] | None = None) -> bool:
        """Join the entity of the mention at the antecedent span (of one of ``kinds``, if
        given); False if there is none."""
        start, end = self.mentions[number].antecedent_span  # type: ignore[misc]
        overlapping = [other for other in self.of_mention if other != number
                       and _overlaps(self.mentions[other].span, (start, end))
                       and (kinds is None or self.entities[self.of_mention[other]].kind in kinds)]
        if not overlapping:
            return False
        closest = min(overlapping, key=lambda m: abs(self.mentions[m].span[0] - start)
                      + abs(self.mentions[m].span[1] - end))
        self.join(self.of_mention[closest], number, confidence)
        return True

    def _same_body(self, entity: Entity, mention: Mention) -> bool:
        if not entity.affiliation_text or not mention.affiliation:
            return False
        return org_key(entity.affiliation_text) == org_key(mention.affiliation)

    def _affiliations(self) -> None:
        """Link each entity's affiliation (a span or a name) to the entity of that body:
        the body mentioned where the affiliation is, or one with that name or country.
        The bodies are indexed by name first, not compared with every mention."""
        bodies = {e for e in self.of_mention.values() if self.entities[e].kind in ("organization", "state")}
        by_name: dict[str, set[int]] = {}
        for body in bodies:
            target = self.entities[body]
            for surface in target.surfaces:
                by_name.setdefault(org_key(surface), set()).add(body)
            if target.country is not None:
                by_name.setdefault(COUNTRY_PREFIX + target.country.name, set()).add(body)
        for index, entity in enumerate(self.entities):
            for member in entity.members:
                mention = self.mentions[member]
                found: set[int] = set()
                if mention.affiliation_span is not None:
                    found |= {self.of_mention[o] for o in self._overlapping(mention.affiliation_span, member)} & bodies
                if mention.affiliation:
                    found |= by_name.get(org_key(mention.affiliation), set())
                    found |= by_name.get(COUNTRY_PREFIX + mention.affiliation, set())
                    if not found and mention.form == "name" and mention.affiliation_span is not None \
                            and not self._overlapping(mention.affiliation_span, member):
                        # "the company's director, Pia Lund": the named body that is a company
                        described = self._described_body(member)
                        found |= {described} if described is not None else set()
                    elif not found and mention.form == "role" and mention.kind == "person" and mention.affiliation_span is None:
                        # "a hospital spokesman": the hospital the document names
                        described = self._described_body(member, generic_fits_any=False)
                        found |= {described} if described is not None else set()
                elif mention.affiliation_span is None and mention.kind == "person" and mention.form == "name":
                    within = self._body_within(member)
                    found |= {within} if within is not None else set()
                entity.affiliations |= found - {index}


def _owners_first(numbers: list[int], mentions: Sequence[Mention]) -> list[int]:
    """Mentions in text order, but the role that owns a body ("the mayor" of "the
    mayor's office", a mention starting where the office does) before the office,
    so the office finds its owner resolved."""
    ordered = list(numbers)
    for i in range(len(ordered) - 1):
        body, owner = mentions[ordered[i]], mentions[ordered[i + 1]]
        if body.affiliation_span is not None and body.affiliation_span == owner.span:
            ordered[i], ordered[i + 1] = ordered[i + 1], ordered[i]
    return ordered


# keys a body by its country's name apart from its own names
COUNTRY_PREFIX = "\0country:"


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass(frozen=True)
class OrgForm:
    """An organisation's name in the forms the matching compares."""

    tokens: list[str]
    key: str
    acronyms: frozenset[str]
    qualified: tuple[str | None, str]

    @classmethod
    def of(cls, text: str, lexicon: Lexicon) -> OrgForm:
        tokens = org_tokens(text)
        return cls(tokens, org_key(text), acronyms(text, lexicon.org_words), qualified(tokens, lexicon))

    def filed_under(self) -> set[str]:
        """Keys another form must share to possibly match this one (see ``_org_match``)."""
        compact = self.key.replace(" ", "")
        keys = {"o:" + self.key, "c:" + compact, "b:" + self.qualified[1]}
        keys |= {"x:" + short for short in self.acronyms}
        if self.tokens:
            keys.add("t:" + self.tokens[0][:4])
        return keys

    def looks_for(self) -> set[str]:
        compact = self.key.replace(" ", "")
        keys = {"o:" + self.key, "x:" + compact, "b:" + self.qualified[1]}
        keys |= {"c:" + short for short in self.acronyms}
        if self.tokens:
            keys.add("t:" + self.tokens[0][:4])
        return keys


def _org_match(form: OrgForm, others: list[OrgForm], generic: frozenset[str]) -> int:
    """Within one document: 2 same name or acronym, 1 a shorter or longer form, 0 no."""
    best = 0
    for other in others:
        if form.key == other.key or form.key.replace(" ", "") in other.acronyms or \
                other.key.replace(" ", "") in form.acronyms:
            return 2
        if same_body_qualified(form.qualified, other.qualified) or \
                token_containment(form.tokens, other.tokens, generic) > 0:
            best = 1
    return best
