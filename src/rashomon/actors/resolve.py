"""Resolve one document's mentions to actors, within the document and across.

``within`` groups the document's mentions into entities; here each entity is
scored against the candidates the index proposes (see ``score``): a clear
match reuses the actor, anything else becomes a new actor with an id derived
from its kind and name. States, metonyms and groups map to fixed ids.

``resolve_document`` updates the index in place (new actors, new aliases,
evidence) and returns every actor it created or changed, for the store.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..model import ActorKind
from .index import ActorIndex, alias_key
from .known import MAX_CO_MENTIONS, Evidence, KnownActor, actor_id
from .lexicon import fold
from .mentions import Mention
from .metonyms import metonym_actor, state_actor
from .names import acronyms, demonym_of, org_key, org_tokens, parse_person, qualified
from .score import THRESHOLD, Context, choose, org_score, person_score
from .within import DocumentClusters, Entity

_POSSESSIVE_TAIL = re.compile(r"\s*['’]s?$")
# a role actor named for an unlisted place: "defence ministry (Altesia)"
BODY_OF_PLACE = re.compile(r"(?P<role>.+) \((?P<place>[^\s()]+)\)")
# How much a mention's own form lowers the confidence of its entity's actor.
FORM_CONFIDENCE = {"name": 1.0, "state": 1.0, "metonym": 1.0, "group": 1.0, "place": 1.0, "role": 0.85}


@dataclass
class ResolvedMention:
    mention: Mention
    actor: str | None
    score: float


@dataclass
class DocumentResolution:
    """Per mention (input order) its actor id and score; the actors to upsert."""

    doc_id: str
    mentions: list[ResolvedMention]
    actors: dict[str, KnownActor]
    created: list[str]

    def speakers(self) -> dict[int, str | None]:
        """Attribution index -> speaker actor id (None when unresolvable)."""
        return {r.mention.attribution: r.actor for r in self.mentions if r.mention.attribution is not None}


# Entities are resolved in this order so people can use the bodies and
# co-mentioned actors already resolved as context.
_ORDER = {"state": 0, "metonym": 1, "group": 2, "place": 3}


class _Resolver:
    def __init__(self, doc_id: str, clusters: DocumentClusters, index: ActorIndex, threshold: float) -> None:
        self.doc_id = doc_id
        self.clusters = clusters
        self.index = index
        self.threshold = threshold
        self.touched: dict[str, KnownActor] = {}
        self.created: list[str] = []
        self.resolved: set[str] = set()  # actors of this document so far: context for the rest

    def run(self) -> None:
        entities = self.clusters.entities
        def order(e: int) -> tuple[int, int]:
            entity = entities[e]
            if entity.form == "role":
                return (8, e)  # after the people and bodies it belongs to
            if entity.form in _ORDER:
                return (_ORDER[entity.form], e)
            if entity.kind == "organization":
                return (4, e)
            tokens = entity.person.display_tokens if entity.person else 0
            return (5 if tokens > 1 else 6 if entity.person else 7, e)
        for number in sorted(range(len(entities)), key=order):
            self.resolve_entity(entities[number])
        # A body known only by what it is resolves with the roles, after the
        # people who belong to it ("Marta Kuzel, the office's deputy
        # commissioner", the office being "the data protection office").
        for entity in entities:
            if entity.actor is not None and entity.form != "role":
                described = {entities[a].actor for a in entity.affiliations if entities[a].form == "role" and entities[a].actor}
                if described:
                    self.affiliate(self.index.actors[entity.actor], described)  # type: ignore[arg-type]
        # Co-mentions as evidence: the document's most mentioned actors, a bounded set.
        counts: Counter[str] = Counter()
        for entity in entities:
            if entity.actor:
                counts[entity.actor] += len(entity.members)
        salient = {actor for actor, _ in counts.most_common(MAX_CO_MENTIONS)}
        for resolved in counts:
            actor = self.index.actors.get(resolved)
            if actor is not None:
                actor.evidence.co_mentions.update(salient - {resolved})

    def context(self, entity: Entity) -> Context:
        entities = self.clusters.entities
        bodies = {entities[a].actor for a in entity.affiliations if entities[a].actor}
        return Context(set(entity.roles), bodies, self.resolved - {entity.actor})  # type: ignore[arg-type]

    def get_or_create(self, actor: KnownActor) -> KnownActor:
        existing = self.index.actors.get(self.index.canonical_id(actor.id))
        if existing is not None:
            return existing
        self.index.add(actor)
        self.created.append(actor.id)
        return actor

    def new_actor(self, kind: ActorKind, name: str) -> KnownActor:
        salt = 0
        while actor_id(kind, name, salt) in self.index:
            salt += 1
        actor = KnownActor(actor_id(kind, name, salt), name, kind)
        self.index.add(actor)
        self.created.append(actor.id)
        return actor

    def resolve_entity(self, entity: Entity) -> None:
        actor: KnownActor | None
        if entity.form == "state" and entity.country:
            actor, score = self.get_or_create(state_actor(entity.country)), 1.0
        elif entity.form == "metonym" and entity.country:
            state = self.get_or_create(state_actor(entity.country))
            if state.id in self.created:
                self.touched[state.id] = state
            actor, score = self.get_or_create(metonym_actor(entity.surfaces[0], entity.country)), 1.0
        elif entity.form == "group":
            actor = self.get_or_create(KnownActor(actor_id("group", entity.key), entity.surfaces[0], "group"))
            score = 1.0
        elif entity.form == "place":
            # A region or city is an actor only when it speaks ("Texas said": its government);
            # "in Texas" adds nothing to the registry.
            if not any(self.clusters.mentions[m].attribution is not None for m in entity.members):
                return
            known = self.person_by_surname(entity)
            if known is not None:
                actor, score = known
            else:
                actor = self.get_or_create(KnownActor(actor_id("state", entity.key), entity.surfaces[0], "state"))
                score = 0.8
        elif entity.form == "role":
            actor, score = self.role_actor(entity)
        elif entity.kind == "organization":
            actor, score = self.match_org(entity)
        elif entity.person is not None:
            actor, score = self.match_person(entity)
        else:
            return
        if actor is None:
            return
        entity.actor, entity.score = actor.id, score
        self.resolved.add(actor.id)
        self.remember(actor, entity)

    def person_by_surname(self, entity: Entity) -> tuple[KnownActor, float] | None:
        """"Brask said", with "Brask" taken for a place: the known person of that
        surname ("Teodor Brask", from this case), not a region that speaks.
        Only a word that names no known country or seat of government."""
        surface = entity.surfaces[0]
        if len(surface.split()) != 1 or fold(surface) in self.index.lexicon.countries:
            return None
        name = parse_person(surface, self.index.lexicon)
        if name is None:
            return None
        context = self.context(entity)
        scores = {
            candidate: person_score(name, alias_key(surface), context, self.index.actors[candidate], self.index.profiles[candidate])
            for candidate in self.index.person_candidates(name, surface)
            if fold(self.index.actors[candidate].name.split()[-1]) == fold(surface)
        }
        chosen, score = choose(scores, self.threshold)
        return (self.index.actors[chosen], score) if chosen is not None else None

    def role_actor(self, entity: Entity) -> tuple[KnownActor | None, float]:
        """An unnamed role with a body: "a spokesperson for the Ministry of Defence", "his office"."""
        # the most specific role: "border authority", not the "authority" it was called later
        specific = [r for r in entity.roles if not any(o.endswith(" " + r) for o in entity.roles)]
        role = sorted(specific)[0] if specific else "official"
        bodies = [self.clusters.entities[a] for a in entity.affiliations if self.clusters.entities[a].actor]
        body = self.index.get(bodies[0].actor) if bodies else None  # type: ignore[arg-type]
        if entity.kind == "person" and body is None and not entity.affiliation_text and "|" not in entity.key:
            # "The judge said", no judge named in the document: the one the case knows, or no one
            known = self.person_known_as(role)
            return (known, 0.6) if known is not None else (None, 0.0)
        if entity.kind == "organization" and body is None and not entity.affiliation_text:
            # "the coast guard", a body this document does not name; "the organisers", the
            # one body an earlier article showed calling the rally
            # each description as written, without its article, by its lookup key
            written = {fold(text): text for text in (re.sub(r"^(?:the|a|an)\s+", "", self.clusters.mentions[m].text, flags=re.I)
                                                     for m in entity.members)}
            known = self.body_described(role) or self.body_known_as(role) \
                or next(filter(None, map(self.body_ending_with, sorted(written))), None)
            if known is None and (self.described_body(role, self.speaks(entity)) or self.unplaced_national_body(role)):
                # "the regional water board": no name, but words that say which body;
                # the case's one body so described
                # named as written, capitals and all ("the Valdoria Racing team")
                known = self.get_or_create(KnownActor(actor_id("organization", role), written.get(role, role), "organization"))
            return (known, 0.7) if known is not None else (None, 0.0)
        if entity.kind == "organization" and body is not None and body.kind == "person" and role == "ministry":
            # "his ministry", said of the interior minister: the interior ministry the case has named
            led = [self.body_described(held[: -len("minister")] + "ministry")
                   for held in body.evidence.roles if held.endswith(" minister")]
            if len(led) == 1 and led[0] is not None:
                return led[0], 0.7
        if entity.kind == "organization" and body is not None and body.kind == "person" and body.affiliation:
            # "his association", said of the chairman of the Valley Fishermen's Association:
            # the body he is known to belong to, when its name says it is one of those
            belongs = self.index.get(self.index.canonical_id(body.affiliation))
            if belongs is not None and belongs.kind == "organization" and role in fold(belongs.name).split():
                return belongs, 0.7
        if body is None and entity.affiliation_text:
            body = self.body_described(entity.affiliation_text)  # "a coast guard spokeswoman"
        if body is None and entity.kind == "person" and entity.affiliation_text:
            body = self.person_named(entity.affiliation_text)  # "Orlov's lawyer": the one Orlov the case knows
        if entity.kind == "person" and body is not None:
            # "its spokesman": the one spokesman of that body the case has named
            holders = {self.index.canonical_id(m) for m in self.index.members(body.id)
                       if role in self.index.actors[m].evidence.roles}
            if len(holders) == 1:
                return self.index.actors[holders.pop()], 0.7
        # a body named by a description keeps its words, not its article ("office (mayor)")
        body_name = body.name if body is not None else re.sub(r"^(?:the|a|an)\s+", "", entity.affiliation_text or "", flags=re.I)
        name = f"{role} ({body_name})"
        if body_name and " " not in body_name and (body is None or body.kind != "organization") \
                and (same := self.body_of_place(role, body_name)) is not None:
            return same, 0.8
        # Keyed by the body's id: two ministries called alike have two spokespeople.
        key = f"{role}|{body.id}" if body is not None else name
        actor = self.get_or_create(KnownActor(actor_id(entity.kind, key), name, entity.kind,
                                              affiliation=body.id if body is not None else None))
        return actor, 0.8

    def body_of_place(self, role: str, place: str) -> KnownActor | None:
        """The known body in a national role ("defence ministry") of a place the
        country file does not list, named by its people's word or its own:
        "Altesian" and "Altesia" are one place, so one ministry."""
        held = self.index.lexicon.roles.get(role)
        if held is None or not held.national:
            return None
        for candidate in sorted(self.index.org_candidates(role)):  # "defence ministry (X)" shares the role's first word
            actor = self.index.get(candidate)
            written = BODY_OF_PLACE.fullmatch(actor.name) if actor is not None else None
            if actor is not None and actor.kind == "organization" and written is not None and written["role"] == role and fold(written["place"]) != fold(place) \
                    and (demonym_of(place, written["place"]) or demonym_of(written["place"], place)):
                return actor
        return None

    def body_described(self, description: str) -> KnownActor | None:
        """The one known body a description names with the country left out: "the coast
        guard" is the "Ostmarran Coast Guard" the case has named. None when the index knows
        none, or several ("the defence ministry" of two countries)."""
        tokens = org_tokens(description)
        country, kind = qualified(tokens, self.index.lexicon)
        if not tokens or country is not None:
            return None
        found = {self.index.canonical_id(c) for c in self.index.org_candidates(description)
                 if any(known[1] == kind for known in self.index.profiles[c].qualified)}
        return self.index.actors[found.pop()] if len(found) == 1 else None

    def speaks(self, entity: Entity) -> bool:
        return any(self.clusters.mentions[m].attribution is not None for m in entity.members)

    def described_body(self, role: str, speaks: bool = True) -> bool:
        """Is the role a kind of body with words that say which ("water board",
        "border authority", "fire brigade", "food safety agency"), not a bare one ("the
        board", "the company") nor one every country has ("health ministry")? ``speaks``:
        whether a mention of it is a statement's speaker."""
        # a phrase the lexicon holds whole ("fire brigade") by its own row, else by its last
        # word; a generic word with words that say which ("the food safety agency said") is
        # one too when it speaks, once no named body of the document fitted it (a generic
        # description that only describes, "the most valuable technology company", is of
        # a named one)
        held = self.index.lexicon.roles.get(role) or self.index.lexicon.roles.get(role.split()[-1])
        return " " in role and held is not None and held.kind == "organization" and not held.national \
            and (speaks or not held.generic)

    def unplaced_national_body(self, role: str) -> bool:
        """A body every country has ("the coast guard") in a document that
        names no country, for a case that knows no such body of any country:
        one actor, the case's coast guard. When the case knows one country's,
        that is the one (``body_described``); when it knows several, or the
        document names a country ("the government" of a story set in one),
        which one is left open."""
        held = self.index.lexicon.roles.get(role)
        if held is None or held.kind != "organization" or not held.national:
            return False
        if any(e.country is not None for e in self.clusters.entities):
            return False
        tokens = org_tokens(role)
        _, kind = qualified(tokens, self.index.lexicon)
        return not any(known[1] == kind for c in self.index.org_candidates(role) for known in self.index.profiles[c].qualified)

    def body_known_as(self, role: str) -> KnownActor | None:
        """The one known body the case has shown in this role (not a generic or a
        national one: every country has a defence ministry, every story a company)."""
        # "border authority": a kind of body the lexicon knows by its last word
        held = self.index.lexicon.roles.get(role) or self.index.lexicon.roles.get(role.split()[-1])
        if held is None or held.generic or held.national:
            return None
        # "the union" of a later article: the case's one "nurses union" too
        found = {self.index.canonical_id(a.id) for a in self.index if a.kind == "organization"
                 and any(held == role or held.endswith(" " + role) for held in a.evidence.roles)}
        return self.index.actors[found.pop()] if len(found) == 1 else None

    def person_named(self, name: str) -> KnownActor | None:
        """The one known person whose name is, or ends with, these words."""
        words, parsed = fold(name), parse_person(name, self.index.lexicon)
        if parsed is None:
            return None
        found = {self.index.canonical_id(i) for i in self.index.person_candidates(parsed, name)
                 if any(fold(alias) == words or fold(alias).endswith(" " + words)
                        for alias in (self.index.actors[i].name, *self.index.actors[i].aliases))}
        return self.index.actors[found.pop()] if len(found) == 1 else None

    def person_known_as(self, role: str) -> KnownActor | None:
        """The one person the case has shown in this role ("Judge Maren
        Olofsdottir" for a later article's "the judge"); None for none or several."""
        found = {self.index.canonical_id(a.id) for a in self.index if a.kind == "person" and role in a.evidence.roles}
        return self.index.actors[found.pop()] if len(found) == 1 else None

    def body_ending_with(self, description: str) -> KnownActor | None:
        """The one known body whose name ends with a description's words: "the
        electoral commission" of a later article is the "Central Electoral
        Commission" an earlier one named. A description of one word ("the
        commission") or a generic one ("the state company") says too little."""
        held = self.index.lexicon.roles.get(description.split()[-1]) if description else None
        if " " not in description or held is None or held.kind != "organization" or held.generic or held.national:
            return None
        found = {self.index.canonical_id(a.id) for a in self.index if a.kind == "organization"
                 and any(fold(alias).endswith(" " + description) for alias in (a.name, *a.aliases))}
        return self.index.actors[found.pop()] if len(found) == 1 else None

    def match_org(self, entity: Entity) -> tuple[KnownActor, float]:
        context = self.context(entity)
        scores: dict[str, float] = {}
        for surface in entity.surfaces:
            generic = self.index.lexicon.org_words
            tokens, key, shorts = org_tokens(surface), org_key(surface), acronyms(surface, generic)
            country = qualified(tokens, self.index.lexicon)
            for candidate in self.index.org_candidates(surface):
                score = org_score(tokens, key, shorts, context, self.index.actors[candidate],
                                  self.index.profiles[candidate], generic, country)
                scores[candidate] = max(scores.get(candidate, 0.0), score)
        chosen, score = choose(scores, self.threshold)
        exact = [c for c, s in scores.items() if s >= 0.95]
        if chosen is None and len(exact) > 1:
            # Two bodies filed under the very same name: the one seen most often is meant.
            chosen = max(exact, key=lambda c: (self.index.actors[c].evidence.mentions, c))
        if chosen is not None:
            return self.index.actors[chosen], scores[chosen]
        if (opened := self.body_opened(entity)) is not None:
            return opened, 0.7
        name = max(entity.surfaces, key=lambda s: (len(org_tokens(s)), len(s)))
        return self.new_actor("organization", _POSSESSIVE_TAIL.sub("", name)), 1.0 - score / 2

    def body_opened(self, entity: Entity) -> KnownActor | None:
        """"Orlen said", where an earlier article named "Orlen Biofarm", or "the Inspectorate"
        after the "National Environment Inspectorate": the one known body whose name opens or
        ends with the entity's one word (a short form, as within a document)."""
        words = {fold(s) for s in entity.surfaces}
        if len(words) != 1 or " " in (word := words.pop()):
            return None
        found = {self.index.canonical_id(c) for c in self.index.org_candidates(entity.surfaces[0])
                 if self.index.actors[c].kind == "organization" and _opens_or_ends(fold(self.index.actors[c].name), word)}
        return self.index.actors[found.pop()] if len(found) == 1 else None

    def match_person(self, entity: Entity) -> tuple[KnownActor, float]:
        context = self.context(entity)
        name = entity.person
        assert name is not None
        scores: dict[str, float] = {}
        surface_key = alias_key(entity.surfaces[0])
        for candidate in self.index.person_candidates(name, entity.surfaces[0]):
            scores[candidate] = person_score(name, surface_key, context, self.index.actors[candidate],
                                             self.index.profiles[candidate])
        chosen, score = choose(scores, self.threshold)
        if chosen is not None:
            return self.index.actors[chosen], score
        if not scores and (body := self.body_named(entity)) is not None:
            # "according to Civic Lantern", tagged as a person here, where another article
            # wrote "the Civic Lantern party": the body, not a new person
            return body, 0.7
        display = max(entity.surfaces, key=lambda s: (len(s.split()), len(s)))
        return self.new_actor("person", display), 1.0 - score / 2

    def body_named(self, entity: Entity) -> KnownActor | None:
        """The one known body every name of this entity is written as, if any."""
        found = set()
        for surface in entity.surfaces:
            bodies = {self.index.canonical_id(a) for a in self.index.by_alias(surface)
                      if self.index.actors[a].kind == "organization"}
            if len(bodies) != 1:
                return None
            found |= bodies
        return self.index.actors[found.pop()] if len(found) == 1 else None

    def remember(self, actor: KnownActor, entity: Entity) -> None:
        """Add what this document showed about the actor: aliases and evidence."""
        for surface in dict.fromkeys(entity.surfaces + entity.written):
            if actor.add_alias(surface):
                self.index.add_alias_keys(actor, surface)
        evidence = Evidence(mentions=len(entity.members))
        if entity.person is not None:
            if entity.person.given and len(entity.person.given) > 1:
                evidence.given[entity.person.given] += 1
            evidence.suffix, evidence.gender = entity.person.suffix, entity.person.gender
        evidence.roles.update(entity.roles)
        actor.evidence.absorb(evidence)
        self.affiliate(actor, self.context(entity).affiliations)

    def affiliate(self, actor: KnownActor, bodies: set[str]) -> None:
        """Record the bodies a document shows the actor belongs to."""
        evidence = Evidence()
        # Sorted: a tie in most_common() below goes by first insertion, which must not follow set order.
        evidence.affiliations.update(sorted(bodies))
        actor.evidence.absorb(evidence)
        if actor.kind == "person" and actor.evidence.affiliations and actor.affiliation is None:
            actor.affiliation = actor.evidence.affiliations.most_common(1)[0][0]
            self.index.file_member(actor)
        self.touched[actor.id] = actor


def resolve_document(doc_id: str, mentions: list[Mention], index: ActorIndex,
                     threshold: float = THRESHOLD) -> DocumentResolution:
    """Resolve a document's mentions against (and into) the index.

    Returns, per mention in input order, the actor id (None for unnamed,
    unresolvable sources) and a score in [0, 1], plus every actor created or
    updated, to be written back to the store.
    """
    clusters = DocumentClusters(mentions, index)
    clusters.build()
    resolver = _Resolver(doc_id, clusters, index, threshold)
    resolver.run()
    resolved = []
    for number, mention in enumerate(mentions):
        entity_number = clusters.of_mention.get(number)
        if entity_number is None or clusters.entities[entity_number].actor is None:
            resolved.append(ResolvedMention(mention, None, 0.0))
            continue
        entity = clusters.entities[entity_number]
        confidence = clusters.confidence.get(number, 1.0) * FORM_CONFIDENCE.get(mention.form, 1.0)
        resolved.append(ResolvedMention(mention, entity.actor, round(entity.score * confidence, 3)))
    return DocumentResolution(doc_id, resolved, resolver.touched, resolver.created)


def _opens_or_ends(name: str, word: str) -> bool:
    words = name.split()
    return bool(words) and word in (words[0], words[-1])
