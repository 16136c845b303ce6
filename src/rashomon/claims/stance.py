"""Stance of one statement on one proposition: relevance, then direction.

Relevance (computed for all statements at once in :mod:`.tracking`) mixes the
cosine of sentence embeddings (content and its whole sentence against the
proposition) with concept coverage (the IDF-weighted share of the
proposition's concepts the statement speaks of, each concept expanded as
:mod:`.concepts` says), and needs one of the proposition's core concepts.
A promise, plan or forecast ("X will cooperate with the inquiry") bears on
no proposition about what happened (:func:`looks_ahead`).
Direction is read from rules, in order:

1. "no evidence", "cannot confirm" (or a negated confirm cue) -> ``no_evidence``;
2. a retract cue or retraction wording ("was misinformed") -> ``retract``;
3. a hedge ("may have", "unclear whether"), "no comment", a question or a
   questioning cue -> ``uncertain``;
4. otherwise the cue's direction (said/admitted -> affirm, denied -> deny),
   flipped once per negation: of the content clause that matches the
   proposition (unless the cue already denies), of the proposition itself (denying a negated proposition
   affirms it), by words in that clause that call a claim false ("baseless"), and by speaking
   only of what excludes a concept ("a market and a school" against "military targets"; "the
   Harrow-4U only" against "Harrow-4C rockets"), and by keeping within a
   limit the proposition says was exceeded, or the reverse (:func:`bound_side`).

A statement that impugns evidence ("the numbers could have been copied") is
read by :func:`evidence_doubt`; :mod:`.tracking` finds the proposition that
evidence is cited for.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..model import StanceValue
from .concepts import CIRCUMSTANCE, Profile, Usage, build_profile, concept_groups, covered, qualifiers, stems
from .figures import Figure, says_otherwise, stated_figure
from .glossary import Link
from .lexicon import bound_pattern, content_terms, cue_directions, data_lines, negation_pattern, phrases
from .records import Proposition, StatementView
from .references import account_nouns
from .time_bounds import TimeBound, off_bound, time_bound

# Relevance = weighted mix of best cosine and best concept coverage.
COSINE_WEIGHT = 0.6
LEXICAL_WEIGHT = 0.4
SENTENCE_DISCOUNT = 0.85  # the sentence says more than the content; trust it a little less
RELEVANT = 0.1  # chosen on the sample corpus (eval/findings_sample.py)
UNCERTAIN_SCORE_FACTOR = 0.6

# A modal of possibility before a participle: "can be copied", "might have been staged".
MODAL = re.compile(r"\b(?:can|could|may|might)\s+(?:have\s+)?be(?:en)?\b", re.I)
# A clause whose subject (a few words, no verb of being, having or doing,
# no relative pronoun) is followed by a modal of the future: "Selvane will
# cooperate with the inquiry", "the committee would summon the chief".
# "would have" looks back ("would have seen it") and is not one.
PROSPECTIVE = re.compile(
    r"^\W*(?:that\s+)?(?:(?!(?:am|is|are|was|were|has|have|had|do|does|did|that|which|who)\b)[\w'\u2019-]+\s+){0,6}?"
    r"(?:(?:will|shall|won['\u2019]t|would|wouldn['\u2019]t|(?:is|are|am)\s+going\s+to)\b|[\w-]+['\u2019]ll\b)"
    r"(?!\s+(?:not\s+|never\s+)?(?:have|['\u2019]ve)\b)",
    re.I,
)
# a demonstrative before a noun: "these cases", "this illness"
POINTS_BACK = re.compile(r"\b(?:these|this|those)\s+[a-z]{3,}", re.I)
# a clause about what the one before named: "The squall was real, but it was not what sank her"
# but not "it was too early to say ...": an "it" that stands for what follows
SAYS_OF_IT = re.compile(r"^\W*(?:it|this|that)\s+(?:is|was)\b(?!\s+(?:still\s+|far\s+|much\s+)?(?:too\s+\w+|\w+)\s+(?:to|whether|if)\b)", re.I)
CLAUSE_BREAK = re.compile(
    r"[,;:()\u2014]|(?<=[.!?])\s|\b(?:and that|but|while|although|though|whereas|which|because|however)\b", re.I
)


@dataclass(frozen=True)
class PropositionFeatures:
    """What the rules need of a proposition, computed once."""

    proposition: Proposition
    terms: frozenset[str]  # every stem of every concept's terms, to find the clause that speaks of it
    negated: bool
    profile: Profile
    prospective: bool = False  # the proposition is about what will be ("X will withdraw")
    bound: str | None = None  # "over" or "within" a limit ("carried more passengers than licensed")
    counted: frozenset[str] = frozenset()  # stems of what the limit counts ("passengers", "people on board")
    limit: float | None = None  # the limit's figure as the case states it (see stated_limit)
    cause: frozenset[tuple[str, ...]] = frozenset()  # terms of the cause a causal proposition names (see cause_terms)
    time_bound: TimeBound | None = None  # "before March" (see time_bounds)
    figure: Figure | None = None  # "won by 312 votes" (see figures)
    words: frozenset[str] = frozenset()  # the proposition's own content words, without its concepts' wider terms


def prepare(proposition: Proposition, links: Sequence[Link] = (), usage: Usage | None = None) -> PropositionFeatures:
    negated = negations(proposition.text) % 2 == 1
    profile = build_profile(proposition.text, links, proposition.also, negated, usage)
    bound = bound_side(proposition.text)
    return PropositionFeatures(
        proposition,
        profile.stems | content_terms(proposition.text),
        negated,
        profile,
        is_prospective(proposition.text),
        bound,
        _counted(proposition.text, profile),
        cause=cause_terms(proposition.text, profile),
        time_bound=time_bound(proposition.text),
        figure=None if bound else stated_figure(proposition.text, profile),  # a bound is no figure
        words=frozenset(content_terms(proposition.text)),
    )


# "failed because of a bird strike", "caused by a fault": the cause follows;
# "Bad weather caused the ferry to capsize": it is the subject
CAUSE_AFTER = re.compile(
    r"\b(?:because\s+of|due\s+to|(?:caused|started|sparked|ignited|set\s+off)\s+by|as\s+a\s+result\s+of|owing\s+to|blamed\s+on)\s+(.+)$", re.I
)
CAUSE_BEFORE = re.compile(r"^(.+?)\s+(?:caused|causes|led\s+to|leads\s+to|triggered|sparked|started|ignited|set\s+off|brought\s+down)\b", re.I)
# a statement that names a cause of its own: "metal fatigue caused the failure"
NAMES_A_CAUSE = re.compile(
    r"\b(?:caus(?:ed|es|e|ing)|because|due\s+to|result(?:ed)?\s+(?:of|from)|owing\s+to|blamed?\s+on|led\s+to|triggered"
    r"|(?:started|sparked|ignited|set\s+off)\s+by)\b", re.I
)


def cause_terms(text: str, profile: Profile) -> frozenset[tuple[str, ...]]:
    """The terms (as stems) of the concepts naming the cause in a causal
    proposition ("because of a bird strike" -> bird, strike, hit, ...), each
    of its own words too; empty for a proposition that names none."""
    found = CAUSE_AFTER.search(text) or CAUSE_BEFORE.search(text)
    if found is None:
        return frozenset()
    words = content_terms(found.group(1))
    return frozenset(
        tuple(term.stems) for concept in profile.concepts
        if any(set(term.stems) & words for term in concept.terms)
        for term in concept.terms if term.stems
    ) | {(word,) for word in words}


def other_cause(content: str, features: PropositionFeatures) -> Literal["keep", "deny"] | None:
    """How a statement that says nothing of a causal proposition's cause
    bears on it: ``deny`` when it names a cause of its own for what happened
    ("a fatigued blade caused the engine failure" against "the engine failed
    because of a bird strike": a competing explanation), None (no stance)
    otherwise (that the engine failed says nothing of why). A statement that
    speaks of the cause is read as usual (``keep``)."""
    if not features.cause:
        return "keep"
    said = content_terms(content)
    if any(set(term) <= said for term in features.cause):
        return "keep"
    return "deny" if NAMES_A_CAUSE.search(content) else None


# What a comparison counts: "more passengers than", "fewer than 40 beds".
COMPARED = re.compile(r"\b(?:more|fewer|less)\s+(?:than\s+[\d,]+\s+)?([A-Za-z]+)", re.I)


def _counted(text: str, profile: Profile) -> frozenset[str]:
    """Stems of every term of the concept a comparison counts ("passengers"
    -> passenger, people on board, ...)."""
    match = COMPARED.search(text)
    if match is None or not stems(match.group(1)):
        return frozenset()
    word = stems(match.group(1))[0]
    for concept in profile.concepts:
        if any(word in t.stems for t in concept.terms):
            return frozenset(s for t in concept.terms for s in t.stems)
    return frozenset({word})


def _figure(text: str) -> float:
    return float(text.replace(",", ""))


def stated_limit(texts: Iterable[str]) -> float | None:
    """The limit's figure a case states most often ("her licence allows
    250", "within its capacity of 1,200"); None when it states none."""
    figures = Counter(_figure(m.group(1)) for text in texts for m in phrases_with_figure().finditer(text))
    return figures.most_common(1)[0][0] if figures else None


@lru_cache(maxsize=1)
def phrases_with_figure() -> re.Pattern[str]:
    return re.compile(rf"(?:{phrases('limit_figures.txt').pattern})\s+(\d[\d,]*)", re.I)


# A count: "212 passengers", "more than 300 people".
COUNT = re.compile(r"(?:\b(more|over|above)\s+(?:than\s+)?)?\b(\d[\d,]*)\s+([A-Za-z]+)", re.I)


def counted_side(text: str, features: PropositionFeatures) -> str | None:
    """Where the text's counts of what the limit counts fall against the
    case's stated limit: "212 passengers" is "within" a limit of 250, "more
    than 300 people" "over" it; None without a limit, a count, or with counts
    on both sides. The limit's own statement is not a count."""
    if features.limit is None or not features.counted:
        return None
    sides = set()
    for m in COUNT.finditer(phrases_with_figure().sub(" ", text)):
        if not set(stems(m.group(3))) & features.counted:
            continue
        figure = _figure(m.group(2))
        sides.add("over" if figure > features.limit or (m.group(1) and figure >= features.limit) else "within")
    return sides.pop() if len(sides) == 1 else None


def is_prospective(text: str) -> bool:
    """The text says what will (or would) be done, not what is or was: "X
    will cooperate with the investigators"."""
    return bool(PROSPECTIVE.search(text))


def looks_ahead(statement: StatementView, features: PropositionFeatures) -> bool:
    """A promise, plan or forecast ("Selvane will cooperate with the
    inquiry", "the committee would summon the chief") takes no position on
    what a proposition says happened, however many of its words it shares:
    the clause that speaks of the proposition says what will be. A
    proposition about the future is read as usual."""
    if features.prospective:
        return False
    clause = _matching_clause(statement.content, features.terms)
    return statement.cue_class == "promise" or is_prospective(clause)


# "the authorities to hand over the fragments", "to examine them itself": what
# someone is asked to do (not "whether ...", "how ...": what is asked).
REQUESTED = re.compile(
    r"^\W*(?!(?:whether|if|why|how|what|who|whom|which|when|where)\b)(?:[\w'\u2019.-]+\s+){0,6}?to\s+[a-z]+\b", re.I
)


def wants_done(statement: StatementView) -> bool:
    """A wish or request ("urged the council to act", "asked the
    authorities to hand over the fragments"): it says what the speaker wants
    done, not how things stand."""
    return statement.cue_class == "want" or statement.cue_class == "question" and bool(REQUESTED.match(statement.content))


def only_contrast(text: str, profile: Profile) -> bool:
    """The text speaks of what excludes a concept and not of the concept
    ("a market, a school and a bakery" for "military targets"); a word that
    only qualifies another thing ("civilian deaths") does not exclude it."""
    words = content_terms(text)
    qualifying = words - qualifiers(text)
    return any(
        c.contrast and covered(c.contrast, qualifying) and not covered(c.terms, words) for c in profile.concepts
    )


# A word that restricts what it goes with to itself: "the unitary version only".
EXCLUSIVE = re.compile(r"\b(?:only|solely|exclusively)\b", re.I)


def other_variant(text: str, profile: Profile) -> bool:
    """The text restricts itself to another model of the same family as a
    model the proposition names: "covered the unitary Harrow-4U only"
    against "were Harrow-4C rockets" speaks of what excludes it. A model is
    a word with a hyphen and a number ("Harrow-4C", "Su-25"), its family the
    part before the hyphen."""
    if not EXCLUSIVE.search(text):
        return False
    own = {stem for c in profile.concepts if c.role != "setting" for t in c.terms for stem in t.stems if "-" in stem}
    words = content_terms(text)
    if not own or own & words:
        return False
    families = {stem.split("-")[0] for stem in own}
    return any("-" in word and word.split("-")[0] in families for word in words)


def bound_side(text: str) -> str | None:
    """Where a text puts a quantity against a limit: "over" ("carried more
    passengers than it was licensed to", "exceeded its capacity"), "within"
    ("within its licensed limit", "below the cap"), None when it names no
    limit or both sides. Against a proposition on the other side, a
    statement speaks against it; a negation is read as usual ("never sailed
    above her licensed limit")."""
    over = bool(bound_pattern("bound_over.txt").search(text))
    within = bool(bound_pattern("bound_within.txt").search(text))
    return "over" if over and not within else "within" if within and not over else None


# "No names, addresses or payment details were accessed": a list's first item
# after "no" or "neither" is no clause; its determiner rules the whole list.
NEGATION_FIRST = re.compile(r"^\W*(?:no|not|nothing|none|neither|nor|never)\b", re.I)  # "no stones, no bottles, nothing"
LIST_HEAD = re.compile(r"^\W*(?:no|neither|none\s+of)\s+(?:[\w'\u2019-]+\s*){1,3}$", re.I)


def _clauses(content: str) -> list[str]:
    clauses: list[str] = []
    for piece in CLAUSE_BREAK.split(content):
        if not piece or not piece.strip():
            continue
        if clauses and LIST_HEAD.match(clauses[-1]) and not NEGATION_FIRST.match(piece):
            clauses[-1] += "," + piece
        else:
            clauses.append(piece)
    return clauses


def _matching_clause(content: str, terms: frozenset[str]) -> str:
    """The clause of the content that shares most words with the proposition;
    the first (main) clause when none does."""
    clauses = _clauses(content)
    if len(clauses) < 2:
        return content
    best = max(range(len(clauses)), key=lambda i: len(terms & content_terms(clauses[i])))
    # a clause right after it that points back ("... a stomach virus. There is no link
    # between these cases and the river") goes on speaking of the same thing
    following = best + 1
    while following < len(clauses) and (POINTS_BACK.search(clauses[following]) or SAYS_OF_IT.match(clauses[following])):
        following += 1
    return " ".join(clauses[best:following])


def named_claim(clause: str) -> str:
    """What a named claim says ("the company's insistence that nothing
    escaped" -> "nothing escaped"), when the clause names one; else ""."""
    match = re.search(rf"\b(?:{'|'.join(map(re.escape, sorted(account_nouns())))})\s+that\b(.*)", clause, re.I | re.S)
    return match.group(1) if match else ""


# A negation in a relative clause on a noun qualifies the noun, not the claim:
# "scrapes on the hull that were not caused by ice", "crew who had not been
# told". A "that" after a verb of saying or knowing is the subject of the
# clause that verb reports ("said that was not true": that_subject_after.txt),
# and so is one opening the content.
RELATIVE_NEGATION = re.compile(
    r"\b(?P<pronoun>which|who|that)"
    r"(?:\s+(?:was|were|is|are|had|has|have|did|do|does|could|would|will|can|may|might|should))?"
    r"(?P<negation>\s+(?:not|never)\b|n['\u2019]t\b)",
    re.IGNORECASE,
)
LAST_WORD = re.compile(r"([\w'\u2019-]+)\W*$")


@lru_cache(maxsize=1)
def _that_subject_after() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("that_subject_after.txt"))


def _without_relative_negations(text: str) -> str:
    kept, cursor = [], 0
    for found in RELATIVE_NEGATION.finditer(text):
        before = LAST_WORD.search(text[: found.start()])
        if found.group("pronoun").lower() == "that" and (before is None or before.group(1).lower() in _that_subject_after()):
            continue  # "said that was not true": the clause's own subject
        kept.append(text[cursor : found.start("negation")])
        cursor = found.end("negation")
    return "".join(kept) + text[cursor:]


# "bribes and not loans", "a gift, not a loan": a contrast's "not" negates
# only the noun after it, which ends the clause
CONTRASTIVE_NOT = re.compile(r"(?:\band|,)\s+not\s+(?:a\s+|an\s+|the\s+)?([A-Za-z][\w-]*)(?=\s*(?:[,.;:!?\"'\u201d\u2019]|$))", re.I)


# "approved the strike without checking the target": how it was done, up to
# the clause's next comma or end
WITHOUT_DOING = re.compile(r"\bwithout\s+(?:first\s+|even\s+|ever\s+)?[a-z]+ing\b[^,;:.!?]*", re.I)


def _without_foreign_contrasts(clause: str, terms: frozenset[str], own: frozenset[str] = frozenset()) -> str:
    """The clause without the contrasts whose noun the proposition does not
    speak of: "the payments were bribes and not loans" affirms that they
    were bribes, and denies that they were loans. Likewise "without doing"
    a thing the proposition's own words (``own``) do not name: "the
    controllers approved the strike without checking the target" affirms
    the strike (a concept's wider terms would take in "target")."""
    if " not " in clause:
        clause = CONTRASTIVE_NOT.sub(lambda m: m.group(0) if content_terms(m.group(1)) & terms else " ", clause)
    if "without" in clause.lower():
        clause = WITHOUT_DOING.sub(lambda m: m.group(0) if content_terms(m.group(0)) & own else " ", clause)
    return clause


def negations(text: str) -> int:
    """Negation cues in a text, less those in fixed phrases that affirm ("no
    doubt") and those in a relative clause on a noun (RELATIVE_NEGATION)."""
    text = phrases("not_negations.txt").sub(" ", text)
    if " not" in text or "n't" in text or "n\u2019t" in text or "never" in text:
        text = _without_relative_negations(text)
    return len(negation_pattern().findall(text))


@lru_cache(maxsize=1)
def _negated_required() -> dict[str, re.Pattern[str]]:
    """Per ``required`` concept group ("knowledge"), a negation on one of its
    terms: "had not known of", "was never told about"."""
    found = {}
    for name, group in concept_groups().items():
        if group.required and group.terms:
            terms = "|".join(sorted((re.escape(t) for t in group.terms), key=len, reverse=True))
            found[name] = re.compile(rf"(?:\bnot|\bnever|n['\u2019]t)\s+(?:[\w-]+\s+){{0,2}}?(?:{terms})\b", re.I)
    return found


def _about_another_relation(clause: str, features: PropositionFeatures) -> bool:
    """The clause's one negation is on a term of a required group the
    proposition does not have: "she had not known of the strike" says
    nothing against the strike (it takes it as given), only against her
    knowing."""
    held = {c.label for c in features.profile.concepts}
    return negations(clause) == 1 and any(
        name not in held and pattern.search(clause) for name, pattern in _negated_required().items()
    )


def is_retraction(statement: StatementView) -> bool:
    return (
        cue_directions().get(statement.cue_class) == "retract"
        or bool(phrases("retractions.txt").search(statement.content))
    )


def cue_negated(statement: StatementView) -> bool:
    """"did not confirm", "never denied": a negation right before the cue."""
    if not statement.cue:
        return False
    if negation_pattern().search(statement.cue):
        return True  # the attribution stage writes the negation into the cue: "has not said"
    if not statement.sentence:
        return False
    cue = re.escape(statement.cue.split()[0])
    # "no" before a reporting noun: "received no warning from X about" says nothing was said
    return bool(re.search(rf"(?:\bnot|n['\u2019]t|\bnever|\bno)\s+(?:\w+\s+)?{cue}", statement.sentence, re.I))


def is_silence(statement: StatementView) -> bool:
    """"has not said which weapons were fired", "did not respond to questions
    about X": a negated cue that would otherwise assert takes no position
    ("did not deny" and "did not confirm" do, and keep their stance). Nor
    does a content about an explanation not given ("the inquiry had not
    explained why the ministry denied the strike", ``unexplained.txt``)."""
    if cue_negated(statement) and cue_directions().get(statement.cue_class, "affirm") == "affirm":
        return True
    return bool(_unexplained().search(statement.content))


@lru_cache(maxsize=1)
def _unexplained() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(data_lines("unexplained.txt"), key=len, reverse=True))
    return re.compile(rf"(?:\bnot|\bnever|n['\u2019]t)\s+(?:yet\s+|still\s+|fully\s+|publicly\s+)?(?:{verbs})\s+(?:[\w-]+\s+){{0,3}}?(?:why|how|whether)\b", re.I)


# "Asked whether ..., X said": the question that leads to an answer.
PROMPT = re.compile(r"^\W*(?:when\s+|after\s+being\s+|on\s+being\s+|if\s+)?asked\b", re.I)


def is_withdrawn(statement: StatementView) -> bool:
    """A correction notice's account of the text it corrects ("An earlier
    version of this article said ..."): the outlet's withdrawn words."""
    return bool(statement.speaker_text) and bool(phrases("earlier_versions.txt").search(statement.speaker_text or ""))


def is_prompt(statement: StatementView) -> bool:
    """A question put by the reporter to whoever answers it: "Asked whether
    the rockets were theirs, the minister said ...", or an interviewer's
    question in a transcript by the article's own author. It is the way to
    the answer and takes no position of its own. So is any line of the
    interviewer's in a transcript ("Telki: The union says the plan was never
    agreed."): it is put to the interviewee, not claimed."""
    if statement.by_author:
        return (
            statement.cue_class == "question"
            or statement.cue == ":"
            or statement.content.rstrip(" \"'\u201d\u2019\u00bb").endswith("?")
        )
    return (
        statement.actor is None
        and statement.cue_class == "question"
        and bool(PROMPT.match(statement.sentence or ""))
        and bool(PROMPT.match(statement.cue))
    )


def leans_on_context(statement: StatementView) -> bool:
    """A retraction or a refusal to comment: it bears on whatever its speaker said before."""
    return is_retraction(statement) or bool(phrases("no_comment.txt").search(statement.content))


def direction(statement: StatementView, features: PropositionFeatures) -> StanceValue:
    """The stance value, assuming the statement is relevant.

    ``statement.negated`` is the attribution stage's flag: the content's main
    verb is negated ("said it had not fired").
    """
    content = statement.content
    cue_direction = cue_directions().get(statement.cue_class, "affirm")
    negated_cue = cue_negated(statement)
    clause = _matching_clause(content, features.terms)
    # "These are submunitions. What we cannot say is who made them": the
    # want of evidence is about another clause's claim (when a clause speaks
    # of the proposition at all).
    scope = clause if features.terms & content_terms(clause) else content
    if cue_direction == "no_evidence" or phrases("no_evidence.txt").search(scope):
        return "no_evidence"
    if negated_cue and statement.cue_class == "confirm":
        return "no_evidence"
    if is_retraction(statement):
        return "retract"
    if (
        negated_cue
        or cue_direction == "uncertain"
        or _hedged(content, phrases("hedges.txt"), features.terms)
        or phrases("no_comment.txt").search(content)
        or "?" in content
    ):
        # "did not deny", "questioned whether", "may have", "How can anyone
        # say ...?": direction left open
        return "uncertain"
    flips = 0
    if cue_direction == "deny":
        # "denied ...: 'we never fired'" is emphasis, not a double negation.
        flips += 1
    elif _about_another_relation(clause, features):
        pass  # "she had not known of the strike": a negated knowing, not a denied strike
    elif statement.negated and len(_clauses(content)) < 2 or negations(_without_foreign_contrasts(clause, features.terms, features.words)) % 2 == 1:
        # the stage's flag reads the content's main verb: of a content of several
        # clauses, the one that speaks of the proposition tells its own negation
        flips += 1
    if features.negated:
        flips += 1
    if cue_direction != "deny" and phrases("denials.txt").search(clause):
        flips += 1
    if phrases("denial_nouns.txt").search(clause):
        flips += 1  # "dismissed the ministry's denial that ...": rejecting a denial affirms
    elif cue_direction == "deny" and negations(named_claim(clause)) % 2 == 1:
        flips += 1  # "contradicting the company's insistence that nothing escaped": that claim denies
    if only_contrast(clause, features.profile) or other_variant(clause, features.profile):
        flips += 1
    if undone(content, features):
        flips += 1  # "an inspection was booked for March 12 but cancelled"
    if features.bound and (bound_side(content) or counted_side(content, features)) not in (None, features.bound):
        flips += 1  # "within its licensed limit", "212 passengers" against "carried more than it was licensed to"
    if (features.time_bound and not features.negated and flips % 2 == 0
            and off_bound(features.proposition.text, features.time_bound, clause, statement.said_on)):
        flips += 1  # "we learned of it on March 2" against "knew of it before March"
    if features.figure and not features.negated and flips % 2 == 0 and says_otherwise(content, features.figure):
        flips += 1  # "a margin of 290 votes rather than 312" against "won by 312 votes"
    return "deny" if flips % 2 else "affirm"


OWN_SUBJECT_TERMS = 3  # content words that make a hedged clause about a thing of its own


def _hedged(content: str, pattern: re.Pattern[str], terms: frozenset[str]) -> bool:
    """A hedge in the content, save one on a clause about another thing: "had
    passed an inspection and that it was too early to say what caused the
    collapse" is sure of the inspection ("Possibly, ..." hedges what follows)."""
    if not pattern.search(content):
        return False
    for clause in _clauses(content):
        if pattern.search(clause):
            words = content_terms(clause)
            if words & terms or len(words) < OWN_SUBJECT_TERMS:
                return True
    return not any(pattern.search(c) for c in _clauses(content))  # a hedge split across clauses


UNDONE_BEFORE, UNDONE_AFTER = 4, 3  # content words between the thing and the word undoing it


def undone(content: str, features: PropositionFeatures) -> bool:
    """The thing the proposition says took place was called off ("the
    inspection was cancelled", "postponed the vote"), unless the
    proposition itself says so."""
    pattern = phrases("undoing_verbs.txt")
    if not pattern.search(content) or pattern.search(features.proposition.text):
        return False
    things = {t.stems for c in features.profile.concepts if c.role == "argument" and not c.name for t in c.terms}
    for m in pattern.finditer(content):
        before = [t for w in re.findall(r"[\w'-]+", content[: m.start()]) for t in content_terms(w)][-UNDONE_BEFORE:]
        # what was called off, as its object: not "called off after the inspection"
        after = list(itertools.takewhile(lambda w: w.lower() not in CIRCUMSTANCE, re.findall(r"[\w'-]+", content[m.end() :])))
        near = before + [t for w in after[: UNDONE_AFTER + 1] for t in content_terms(w)]
        if any(all(part in near for part in stems_) for stems_ in things):
            return True
    return False


def evidence_doubt(content: str) -> StanceValue | None:
    """How a statement that impugns evidence bears on the claim the evidence
    is cited for: ``uncertain`` when it says what may be so ("serial numbers
    can be copied"), ``deny`` when it says so outright ("the fragments prove
    nothing"); ``None`` when it impugns nothing or denies the doubt ("the seal
    cannot have been forged")."""
    pattern = phrases("evidence_doubts.txt")
    if not pattern.search(content):  # the usual case: one scan, no clause split
        return None
    clause = next((c for c in CLAUSE_BREAK.split(content) if c and pattern.search(c)), None)
    if clause is None:
        return None
    if negations(pattern.sub(" ", clause)) % 2 == 1:
        return None
    if MODAL.search(content) or phrases("hedges.txt").search(content):
        return "uncertain"
    return "deny"
