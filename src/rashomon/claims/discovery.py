"""Discovered propositions: what several documents say, for the user to track.

Statements whose contents are close in embedding space say the same thing or
its negation (sentence embeddings barely separate "X fired" from "X did not
fire", which is what we want here: both bear on one proposition). Clustering
is greedy around medoids: the statement with most close neighbours from other
documents founds a cluster of those neighbours, and so on. The wording is
the member closest to the founder among those worded as a plain assertion
(no negation, not a denial's content, not led by a pronoun).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from .concepts import Concept, covered
from .lexicon import content_terms, cue_directions, negation_pattern, phrases
from .records import DiscoveredProposition, Proposition, StatementView
from .stance import direction, named_claim, prepare

SIMILAR = 0.72
BLOCK = 2048
MIN_WORDS = 4  # "he said so" is not a proposition
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "these", "those", "his", "her", "its", "their", "our"}


def _neighbours(vectors: np.ndarray, threshold: float) -> list[np.ndarray]:
    found = []
    for start in range(0, len(vectors), BLOCK):
        sims = vectors[start : start + BLOCK] @ vectors.T
        found += [np.flatnonzero(row >= threshold) for row in sims]
    return found


LEAD = re.compile(r"^(?:that|whether)\s+", re.IGNORECASE)


def _self_contained(statement: StatementView) -> bool:
    """Not led by a pronoun whose referent only the article knows ("that he
    had never told the mayor ..." is led by "he")."""
    return _pronoun_free(statement.content)


def _plain(statement: StatementView) -> bool:
    """Worded as an assertion: no negation, not the content of a denial or of
    a negated cue ("has not said which ...")."""
    return (
        cue_directions().get(statement.cue_class, "affirm") == "affirm"
        and not negation_pattern().search(statement.content)
        and not negation_pattern().search(statement.cue or "")
    )


def _sides(wording: str, members: Sequence[StatementView]) -> tuple[list[str], list[str]]:
    """The members that say the wording is so, and those that say it is not,
    read by the stance rules with the wording as their proposition. A
    question, a retraction or a want of evidence is on neither side, save
    that a want of evidence says a wording that is one."""
    features = prepare(Proposition("claim", wording))
    # "inspectors had found no evidence of a discharge" is itself a want of evidence
    says = "no_evidence" if phrases("no_evidence.txt").search(wording) else "affirm"
    values = {m.id: direction(m, features) for m in members if _on_topic(m, features.profile.concepts)}
    return [i for i, v in values.items() if v == says], [i for i, v in values.items() if v == "deny"]


ON_TOPIC = 1 / 3  # share of the wording's concepts a member must speak of (or of their contrast)


def _on_topic(member: StatementView, concepts: Sequence[Concept]) -> bool:
    """Close in meaning is not yet about the same thing: "it had received a
    complaint about cracks in the building" is near "the building was
    inspected and found to be safe", but speaks of one of its four concepts."""
    spoken = [c for c in concepts if c.role != "setting"]
    words = content_terms(member.content)
    said = sum(1 for c in spoken if covered(c.terms, words) or covered(c.contrast, words))
    return not spoken or said >= ON_TOPIC * len(spoken)


# a sentence's end, or a quote's first part closed on a comma before a capital ('"A," he said, "B."')
FIRST_SENTENCE = re.compile(r"^(.+?(?:[.!?][\"'\u201d\u2019]?|,[\"\u201d]))\s+[\"'\u201c\u2018]?[A-Z]", re.S)


def _claim_of(statement: StatementView) -> str:
    """What a statement says is so or not, without its hedge or a denial's "any";
    of a quote of several sentences, the first."""
    # "the company's statement that payment details were safe" -> what the statement said
    wording = named_claim(statement.content) or statement.content
    first = FIRST_SENTENCE.match(re.sub(r"\s+", " ", wording).strip())
    wording = first.group(1) if first else wording
    if statement.cue.endswith("ly") and " " not in statement.cue:
        # "the organisers reportedly sold ...": the hedge is the report's, not the claim's
        wording = re.sub(rf"\s+{re.escape(statement.cue)}\b", "", wording, flags=re.I)
    if cue_directions().get(statement.cue_class) == "deny":
        # "denied that any rockets were ever fired" -> "rockets were fired";
        # "that any of its aircraft had flown" -> "its aircraft had flown"
        wording = re.sub(r"\b(?:any\s+of|any|ever)\s+", "", wording, flags=re.I)
    return wording


def _pronoun_free(wording: str) -> bool:
    first = LEAD.sub("", wording.strip().strip("\"'\u201c\u201d").strip()).split()[:1]
    return bool(first) and first[0].lower() not in PRONOUNS


def _wording(text: str) -> str:
    # a quote in parts, the attribution between them blanked: one sentence, without its marks
    text = re.sub(r"\s+", " ", re.sub(r"[\"\u201c\u201d]", "", text))
    text = LEAD.sub("", text.strip().strip("'").strip()).rstrip(",;: ")
    # "X had been misquoted and that she had meant 80": the second clause's "that" is the report's
    text = re.sub(r"\b(and|but)\s+that\s+", r"\1 ", text, flags=re.I)
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def discover(
    statements: Sequence[StatementView],
    content_vectors: np.ndarray,
    sentence_vectors: np.ndarray | None = None,
    threshold: float = SIMILAR,
    min_documents: int = 2,
) -> list[DiscoveredProposition]:
    """Candidate propositions backed by at least ``min_documents`` independent documents.

    ``sentence_vectors`` is accepted so callers can pass both halves of
    :func:`.tracking.encode_statements`; clustering uses contents only.
    """
    keep = [i for i, s in enumerate(statements) if len(s.content.split()) >= MIN_WORDS]
    if not keep:
        return []
    vectors = np.asarray(content_vectors, dtype=np.float32)[keep]
    members = [statements[i] for i in keep]
    neighbours = _neighbours(vectors, threshold)
    sources = [s.source_document for s in members]

    def documents_of(indices: np.ndarray) -> set[str]:
        return {sources[int(j)] for j in indices}

    order = sorted(range(len(members)), key=lambda i: (-len(documents_of(neighbours[i])), members[i].id))
    taken = np.zeros(len(members), dtype=bool)
    found: list[DiscoveredProposition] = []
    for leader in order:
        if taken[leader]:
            continue
        cluster = [int(j) for j in neighbours[leader] if not taken[j]]
        if len(documents_of(np.asarray(cluster))) < min_documents:
            continue
        taken[cluster] = True
        plain = [j for j in cluster if _self_contained(members[j])]
        if not plain:
            continue  # "he had been misinformed": says nothing on its own
        wordings = {j: _claim_of(members[j]) for j in plain}
        chosen = max(
            plain,
            key=lambda j: (
                _plain(members[j]),
                _pronoun_free(wordings[j]),  # "denied that any of its aircraft ..." leaves "its aircraft"
                not negation_pattern().search(members[j].content),
                float(vectors[j] @ vectors[leader]),
            ),
        )
        wording = wordings[chosen]
        # the cluster holds the claim and its denial: who says which
        saying, denying = _sides(wording, [members[j] for j in cluster])
        sims = vectors[cluster] @ vectors[cluster].T
        found.append(
            DiscoveredProposition(
                text=_wording(wording),
                statements=[members[j].id for j in cluster],
                saying=saying,
                denying=denying,
                documents=sorted({members[j].document for j in cluster}),
                cohesion=float(sims.mean()),
            )
        )
    return sorted(found, key=lambda d: (-len(d.documents), -d.cohesion))
