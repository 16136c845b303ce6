"""Open questions: "What we cannot say yet is who made them."

A statement whose speaker says they do not know *who* did something (or
*which*, *where*) takes the thing asked about as given (the bomblets are
there) and wants evidence only for the answer. So it is ``no_evidence`` on a
proposition that gives that answer, one that names someone (a name among its
arguments) for the action asked about ("supplied from Selvane" answers "who
made them", see ``questions`` in ``concepts.yaml``), and it says nothing
either way of a proposition that only states the given thing ("cluster
munitions were fired at Tarvik").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .concepts import Profile, concept_groups, covered, question_families
from .lexicon import content_terms, data_lines, stem, words

WH_WORDS = r"who|whom|whose|which|where"
# "cannot say yet is who", "do not know for sure who": a few words may come between.
MAX_GAP_WORDS = 3
# The question ends where its clause does.
CLAUSE_END = re.compile(r"[.;:!?\u2014]|,\s|\b(?:but|although|though|while|whereas|because)\b", re.I)


@dataclass(frozen=True)
class OpenQuestion:
    actions: frozenset[str]  # lexicon groups of its words; those of its verbs are what it asks ("made" -> manufacture)
    outside: str  # the text without the question, for what else the statement says


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    knowing = "|".join(re.escape(p) for p in sorted(data_lines("open_questions.txt"), key=len, reverse=True))
    return re.compile(rf"\b(?:{knowing})(?:\W+\w+){{0,{MAX_GAP_WORDS}}}?\W+(?:{WH_WORDS})\b", re.I)


@lru_cache(maxsize=1)
def _action_groups() -> dict[str, str]:
    """One-word group terms by their stem, stopwords included ("made")."""
    return {stem(term): name for name, group in concept_groups().items() for term in (name, *group.terms) if " " not in term}


def open_question(text: str) -> OpenQuestion | None:
    """The first who/which/where question the text says is open, if any."""
    match = _pattern().search(text)
    if match is None:
        return None
    end = CLAUSE_END.search(text, match.end())
    stop = end.start() if end else len(text)
    # "who made them or who fired them": every verb of the clause is asked about.
    found = words(text[match.end() : stop])
    actions = frozenset(g for w in found if (g := _action_groups().get(stem(w))) is not None)
    return OpenQuestion(actions, (text[: match.start()] + " " + text[stop:]).strip())


def answers(question: OpenQuestion, profile: Profile, text: str) -> bool:
    """Does the proposition answer the question the text leaves open? It
    names someone, and the text names none of them (else the text gives an
    answer of its own), by an action the question asks about (not one it
    takes as given), of the thing the text speaks of."""
    words = content_terms(text)
    named = [c for c in profile.concepts if c.name and c.role == "argument"]
    if any(covered(c.terms, words) for c in named):
        return False
    families = question_families()
    asked = {g for action in question.actions for g in families.get(action, {action})}
    acts = [c for c in profile.concepts if c.action and c.role == "predicate" and c.label in asked]
    things = [c for c in profile.concepts if not c.name and not c.action and covered(c.terms, words)]
    return bool(named and acts and things)
