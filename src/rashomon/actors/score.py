"""How likely a document's entity is a known actor: one score in [0, 1].

Names give the base (surname agreement, then given names: a clash on the
given name, middle name, suffix "Jr." or gender rules a match out). Context
moves it: shared roles, bodies and co-mentioned actors add, conflicting
roles or bodies subtract. A match needs ``THRESHOLD`` and a clear lead over
the runner-up (``MARGIN``); otherwise the entity becomes a new actor, since
a false merge hides a contradiction while a missed one only needs a
``merge`` correction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .index import Profile
from .known import KnownActor
from .names import ORG_STOP, PersonName, given_similarity, key_similarity, middles_compatible, within_one_edit

THRESHOLD = 0.62
MARGIN = 0.08


@dataclass
class Context:
    """What the document says around an entity, in actor ids where resolved."""

    roles: set[str] = field(default_factory=set)
    affiliations: set[str] = field(default_factory=set)
    co_mentions: set[str] = field(default_factory=set)


def _context_adjustment(context: Context, actor: KnownActor) -> float:
    adjustment = 0.0
    known_roles = set(actor.evidence.roles)
    if context.roles and known_roles:
        adjustment += 0.1 if context.roles & known_roles else -0.2
    known_bodies = set(actor.evidence.affiliations) | ({actor.affiliation} if actor.affiliation else set())
    if context.affiliations and known_bodies:
        adjustment += 0.1 if context.affiliations & known_bodies else -0.2
    shared = len(context.co_mentions & set(actor.evidence.co_mentions))
    return adjustment + 0.1 * min(shared, 2)


def person_score(name: PersonName, surface_key: str, context: Context, actor: KnownActor, profile: Profile) -> float:
    """Score a person's name (with its context) against one known person."""
    if surface_key in profile.curated_keys:
        return 1.0
    evidence = actor.evidence
    if (name.suffix or None) != (evidence.suffix or None):
        return 0.0
    if name.gender and evidence.gender and name.gender != evidence.gender:
        return 0.0
    alias_hit = surface_key in profile.alias_keys
    surname = max((key_similarity(name.surname_key, known.surname_key) for known in profile.people), default=0.0)
    if (surname == 0.0 or (surname < 1.0 and not name.given)) and not alias_hit:
        # A lone surname must match exactly: Massin is not Messen.
        return 0.0
    score = 0.5 * (surname or 1.0)
    known_given = {known.given for known in profile.people if known.given} | set(evidence.given)
    if name.given:
        agreeing = [known for known in profile.people if known.given and given_similarity(name.given, known.given)]
        similarities = [given_similarity(name.given, given) or 0.0 for given in known_given]
        if similarities and max(similarities) == 0.0:
            return 0.0
        if agreeing and not any(middles_compatible(name.middles, known.middles) for known in agreeing):
            return 0.0
        score += 0.4 * max(similarities) if similarities else 0.1
    elif len({g for g in known_given if len(g) > 1}) <= 1:
        score += 0.15
    if alias_hit:
        score += 0.1
    score += _context_adjustment(context, actor)
    return max(0.0, min(score, 1.0))


def _prefix_match(a: str, b: str) -> bool:
    """One word of a body's name in two forms: "Auto"/"Automotive", "Defence"/"Defense"."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    return (shorter >= 4 and (a.startswith(b) or b.startswith(a))) or (shorter >= 5 and within_one_edit(a, b))


def token_containment(short: list[str], long: list[str], generic: frozenset[str]) -> float:
    """Share of the longer name covered by the shorter one, 0 unless they can be one body.

    Every word of the shorter name must be in the longer, and the longer's
    extra words must be generic ("AirTran Airways"), not distinguishing
    ("Apple Corps").
    """
    short = [w for w in short if w not in ORG_STOP]
    long = [w for w in long if w not in ORG_STOP]
    if len(short) > len(long):
        short, long = long, short
    if not short or not _prefix_match(short[0], long[0]):
        return 0.0
    if not all(any(_prefix_match(word, other) for other in long) for word in short):
        return 0.0
    extra = [other for other in long if not any(_prefix_match(word, other) for word in short)]
    # The body's own acronym written after its name ("... Space Company EADS") adds nothing.
    initials = "".join(w[0] for w in short)
    if any(word not in generic and not (len(word) >= 2 and initials.startswith(word)) for word in extra):
        return 0.0
    return len(short) / len(long)


def same_body_qualified(a: tuple[str | None, str], b: tuple[str | None, str]) -> bool:
    """"US Air Force" and "the Air Force" may be one body; "US Air Force" and "UK Air Force" not.
    With no country on either side, the same body in other words ("Interior Ministry",
    "Ministry of the Interior"), as the same words written alike would be."""
    return a[1] == b[1] and (a[0] is None or b[0] is None or a[0] == b[0])


def org_score(tokens: list[str], key: str, shorts: frozenset[str], context: Context, actor: KnownActor,
              profile: Profile, generic: frozenset[str], country: tuple[str | None, str] = (None, "")) -> float:
    """Score an organisation's name against one known organisation."""
    if key in profile.curated_keys:
        return 1.0
    if key in profile.org_keys or key in profile.alias_keys:
        score = 0.95
    elif key.replace(" ", "") in profile.acronyms or shorts & profile.org_keys:
        score = 0.8
    elif any(same_body_qualified(country, known) for known in profile.qualified):
        score = 0.75
    else:
        coverage = max((token_containment(tokens, known, generic) for known in profile.org_token_lists),
                       default=0.0)
        score = 0.6 + 0.3 * coverage if coverage else 0.0
    if score == 0.0:
        return 0.0
    return max(0.0, min(score + 0.5 * _context_adjustment(context, actor), 1.0))


def choose(scores: dict[str, float], threshold: float = THRESHOLD) -> tuple[str | None, float]:
    """The best candidate if it passes the threshold with a clear lead, else (None, best score)."""
    if not scores:
        return None, 0.0
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    best_id, best = ranked[0]
    if best < threshold:
        return None, best
    if len(ranked) > 1 and ranked[1][1] > best - MARGIN and best < 1.0:
        return None, best
    return best_id, best
