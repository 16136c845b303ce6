"""Incremental stance computation over a vector matrix of statements.

:class:`StatementIndex` keeps, for every statement, its content and sentence
vectors (rows of two matrices) and its terms (in an inverted index). Scoring
one proposition against every statement is then two matrix-vector products
and a few posting-list additions; the rules of :mod:`.stance` run only on the
statements that pass the relevance bar. Hence:

- a new proposition x all statements: :meth:`StatementIndex.track`
  (:meth:`StatementIndex.track_all` for every tracked one);
- new statements x the tracked propositions: :meth:`StatementIndex.update`.

Vectors can be passed in (the store keeps them) or are computed with
:mod:`rashomon.embeddings`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

import numpy as np

from ..model import StanceValue
from .concepts import Term, core_concepts, covered, qualifiers
from .glossary import CaseGlossary, Link
from .lexicon import content_terms, cue_directions, data_lines
from .questions import OpenQuestion, answers, open_question
from .records import Proposition, Stance, StatementView
from .references import account_of, keeps_own_account, owners, referent, referred_value
from .stance import (
    COSINE_WEIGHT,
    LEXICAL_WEIGHT,
    RELEVANT,
    SENTENCE_DISCOUNT,
    UNCERTAIN_SCORE_FACTOR,
    PropositionFeatures,
    cue_negated,
    direction,
    evidence_doubt,
    is_prompt,
    is_withdrawn,
    other_cause,
    is_silence,
    leans_on_context,
    looks_ahead,
    stated_limit,
    prepare,
    wants_done,
)

Encoder = Callable[[Sequence[str]], np.ndarray]
# How much less relevant than its nearest tracked proposition a statement
# may be and still take a stance on this one (chosen on the sample corpus).
COMPETITION_MARGIN = 0.1
OPEN: tuple[StanceValue, ...] = ("no_evidence", "uncertain")  # values that leave the proposition open
SIDES: tuple[StanceValue, ...] = ("affirm", "deny")  # values that take a side
# A word is evidence for a proposition when statements affirming it by this
# many speakers use it ("serial numbers", "fragments"): one speaker's wording
# is not yet what the case cites.
EVIDENCE_SPEAKERS = 2
# a concept's roles, strongest first: the core is drawn from the arguments
ROLE_RANK = {"argument": 0, "predicate": 1, "setting": 2}


SPEAKER_PRONOUN = re.compile(r"\b(?:I|my|we|our|us|it|its|he|his|she|her|they|their)\b", re.I)


def speaker_terms(statement: StatementView) -> set[str]:
    """The speaker's words, when the content refers to the speaker ("it had
    never sold" by a ministry speaks of that ministry's country; "they came
    at us", said by a teacher who had brought his daughter to the rally,
    speaks of the rally's crowd)."""
    if not SPEAKER_PRONOUN.search(statement.content):
        return set()
    described = _without_whose_relative(statement.speaker_text or "")
    return content_terms(" ".join(filter(None, (statement.actor_name, statement.principal_name, described))))


@lru_cache(maxsize=1)
def _relative_of() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(sorted((re.escape(n) for n in data_lines("relation_nouns.txt")), key=len, reverse=True))
    return (re.compile(rf"\b(?:{nouns})s?\s+of\b.*$", re.I | re.S),
            re.compile(rf"^.*?['\u2019]s?\s+(?=(?:[\w-]+\s+)?(?:{nouns})s?\b)", re.I | re.S))


def _without_whose_relative(described: str) -> str:
    """A description without the person whose relative the speaker is: "the
    brother of MP Daniel Forsythe" -> "the brother", "Daniel Forsythe's
    wife, Ana" -> "wife, Ana"."""
    after, before = _relative_of()
    return before.sub("", after.sub(lambda m: m.group(0).split()[0], described))


RELAY_WORDS = 8  # "the inspectors on the line had told him that": the whole lead
RELAY = re.compile(r"\b(?:told|assured|informed|showed)\s+(?:him|her|me|us)\b", re.I)


def _relayed(inner: StatementView, outer: StatementView) -> bool:
    """What the speaker says others told them, they pass on as so: "Klint
    said inspectors had told him that the curve had not been checked"."""
    if inner.content_span is None or outer.content_span is None:
        return False
    lead = outer.content[: inner.content_span[0] - outer.content_span[0]]
    # all the outer statement says: not "he had given the order, after the commander told him ..."
    return bool(RELAY.search(lead)) and "," not in lead and len(lead.split()) <= RELAY_WORDS


def _default_encoder(texts: Sequence[str]) -> np.ndarray:
    from ..embeddings import embed

    return embed(texts)


def encode_statements(statements: Sequence[StatementView], encoder: Encoder | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Content and sentence vectors of statements, for the caller to keep."""
    encoder = encoder or _default_encoder
    texts = [s.content for s in statements] + [s.sentence or s.content for s in statements]
    vectors = encoder(texts)
    return vectors[: len(statements)], vectors[len(statements) :]


class StatementIndex:
    """All statements of a case, ready to be scored against propositions."""

    def __init__(self, encoder: Encoder | None = None) -> None:
        self.encoder = encoder or _default_encoder
        self.statements: list[StatementView] = []
        self.position: dict[str, int] = {}
        # Preallocated and grown by doubling, so adding a few statements to
        # a large index does not copy the whole matrix.
        self._content = np.zeros((0, 0), dtype=np.float32)
        self._sentence = np.zeros((0, 0), dtype=np.float32)
        self.terms: list[tuple[frozenset[str], frozenset[str]]] = []
        self.leans: list[bool] = []  # retractions and refusals to comment (see _stances)
        self.silent: list[bool] = []  # "has not said which ...": no position, and no subject for its passage
        self.own: list[StatementView] = []  # each statement without those nested in it (see _own_words)
        self.qualifiers: dict[int, frozenset[str]] = {}  # contrast words that only qualify (see concepts.qualifiers)
        self.questions: dict[int, OpenQuestion] = {}  # statements that leave a who/which/where open (see .questions)
        self._asked: dict[str, np.ndarray] = {}  # per proposition, statements whose open question it answers
        self.doubts: dict[int, StanceValue] = {}  # statements that impugn evidence (see _doubt_stances)
        # "disputed that account" -> the statements of the account it names (see .references)
        self.refers: dict[int, list[int]] = {}
        self.keeps: set[int] = set()  # "she stood by her account": the side of the speaker's other statements
        self.previous: dict[int, int] = {}  # the statement just before, in its article's text order
        self.prompted: dict[int, int] = {}  # an interview's answer -> the interviewer's line it answers
        self._heard_now: dict[str, np.ndarray] = {}  # per proposition, statements that speak of it (one pass)
        self._affirming: dict[str, set[int]] = defaultdict(set)  # per proposition, statements that affirm it by their own words
        self.by_document: dict[str, list[int]] = defaultdict(list)
        self._postings: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        self._posting_arrays: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        # The speaker's words, for contents that refer to the speaker (see speaker_terms).
        self.speaker_terms: list[frozenset[str]] = []
        self._speaker_postings: dict[str, list[int]] = defaultdict(list)
        self.by_principal: dict[str | None, list[int]] = defaultdict(list)
        # One speaker's statements in one article: a discourse unit (see _inherits).
        self.by_passage: dict[tuple[str | None, str], list[int]] = defaultdict(list)
        self.proposition_vectors: dict[str, np.ndarray] = {}
        self.tracked: dict[str, Proposition] = {}
        # What the case says its names are (see .glossary), and each
        # proposition's profile built from it, rebuilt when it changes.
        self.glossary = CaseGlossary()
        self._features: dict[str, tuple[tuple[int, int], PropositionFeatures]] = {}
        self.core: dict[str, list[str]] = {}
        self._core_hits: dict[str, dict[str, np.ndarray]] = {}  # per core concept, statements whose content speaks of it
        self._action_hits: dict[str, dict[str, np.ndarray]] = {}  # the same for its actions ("fired", "supplied")
        self._gate: dict[str, np.ndarray] = {}  # statements whose content speaks of a core concept
        self._speaks: dict[str, np.ndarray] = {}  # statements whose content speaks of any concept but the scene

    def __len__(self) -> int:
        return len(self.statements)

    def add(
        self,
        statements: Sequence[StatementView],
        content_vectors: np.ndarray | None = None,
        sentence_vectors: np.ndarray | None = None,
        texts: Mapping[str, str] | None = None,
    ) -> list[int]:
        """Add (or replace, by id) statements; returns their positions.

        ``texts`` (document id -> text) are read for what the case says its
        names are (see :mod:`.glossary`); without them, the statements'
        sentences are."""
        if content_vectors is None or sentence_vectors is None:
            content_vectors, sentence_vectors = encode_statements(statements, self.encoder)
        positions = []
        self._reserve(len(self.statements) + len(statements), np.shape(content_vectors)[1])
        for statement in statements:
            cterms = frozenset(content_terms(statement.content))
            speaker = frozenset(speaker_terms(statement))
            sentence = statement.sentence
            if not sentence or sentence == statement.content:
                sterms = cterms
            elif statement.content in sentence:  # the usual case: only the rest needs reading
                sterms = cterms | content_terms(sentence.replace(statement.content, " ", 1))
            else:
                sterms = frozenset(content_terms(sentence))
            if statement.id in self.position:
                pos = self.position[statement.id]
                self._forget(pos)
                self.statements[pos] = statement
                self.terms[pos] = (cterms, sterms)
                self.speaker_terms[pos] = speaker
            else:
                pos = len(self.statements)
                self.position[statement.id] = pos
                self.statements.append(statement)
                self.terms.append((cterms, sterms))
                self.speaker_terms.append(speaker)
                self.leans.append(False)
                self.silent.append(False)
                self.own.append(statement)
            self.by_principal[statement.principal].append(pos)
            self.by_passage[(statement.principal, statement.document)].append(pos)
            self.by_document[statement.document].append(pos)
            for term in speaker:
                self._speaker_postings[term].append(pos)
            for term in cterms:
                self._postings[term][0].append(pos)
            for term in sterms:
                self._postings[term][1].append(pos)
            positions.append(pos)
        for document in {s.document for s in statements}:
            for pos in self.by_document[document]:
                self.own[pos] = self._own_words(pos)
                self.leans[pos] = leans_on_context(self.own[pos])
                self.silent[pos] = (is_silence(self.own[pos]) or is_prompt(self.own[pos]) or self.own[pos].in_question
                                    or is_withdrawn(self.own[pos]))
                qualifying = qualifiers(self.statements[pos].sentence or self.statements[pos].content)
                if qualifying:
                    self.qualifiers[pos] = qualifying
                else:
                    self.qualifiers.pop(pos, None)
                doubt = None if self.leans[pos] else evidence_doubt(self.own[pos].content)
                if doubt is None:
                    self.doubts.pop(pos, None)
                else:
                    self.doubts[pos] = doubt
                if keeps_own_account(self.own[pos].content):
                    self.keeps.add(pos)
                else:
                    self.keeps.discard(pos)
                question = open_question(self.own[pos].content)
                if question is None:
                    self.questions.pop(pos, None)
                else:
                    self.questions[pos] = question
            self._find_references(document)
            if texts is not None and document in texts:
                self.glossary.add_text(document, texts[document])
            elif document not in self.glossary.by_source:  # the caller may have set its links already
                sentences = dict.fromkeys(self.statements[p].sentence or self.statements[p].content for p in self.by_document[document])
                self.glossary.add_text(document, "\n".join(sentences))
        self._content[positions] = content_vectors
        self._sentence[positions] = sentence_vectors
        self._posting_arrays.clear()
        return positions

    def set_registry(self, links: Sequence[Link]) -> None:
        """The actor registry's links (an organisation stands for the government it belongs to)."""
        self.glossary.set_links("registry", list(links))

    def _find_references(self, document: str) -> None:
        """Which statement each account reference of the document names,
        which statement comes just before each (in text order), and which
        interviewer's line each answer follows."""
        positions = self.by_document[document]
        for pos in positions:
            self.refers.pop(pos, None)
            self.previous.pop(pos, None)
            self.prompted.pop(pos, None)
        # A statement without one span (a quote broken by its attribution) has no place in the order.
        order = sorted((p for p in positions if self.statements[p].content_span), key=lambda p: self.statements[p].content_span or (0, 0))
        self.previous.update(zip(order[1:], order))
        self._find_prompts(order)
        for i, pos in enumerate(order):
            if owners(self.statements[pos]) is None:
                continue  # the usual case: the content says something of its own
            earlier = [self.statements[o] for o in order[:i]]
            named = referent(self.statements[pos], earlier)
            if named is not None:
                self.refers[pos] = [self.position[view.id] for view in account_of(named, earlier)]

    def _find_prompts(self, order: list[int]) -> None:
        """The interviewer's line each answer follows ("Telki: How many are on
        strike?" then "Olsberg: Our records show 380"), over the statements
        the line itself reports ("Telki: The union says ...")."""
        line: int | None = None
        for pos in order:
            statement = self.statements[pos]
            span = statement.content_span or (0, 0)
            if line is not None and self._inside(span, line):
                continue
            if statement.by_author and is_prompt(statement):
                line = pos
                continue
            if line is not None and not statement.by_author:
                self.prompted[pos] = line
            line = None

    def _inside(self, span: tuple[int, int], pos: int) -> bool:
        outer = self.statements[pos].content_span or (0, 0)
        return outer[0] <= span[0] and span[1] <= outer[1]

    def _own_words(self, pos: int) -> StatementView:
        """The statement with the statements nested in it blanked out: in "Two
        months ago I told you that we had no evidence. Today I am showing it",
        "no evidence" is the earlier statement's, not this one's direction."""
        statement = self.statements[pos]
        if statement.content_span is None:
            return statement
        start, end = statement.content_span
        if end - start != len(statement.content):  # content not the span's text: offsets unusable
            return statement
        inner = sorted(
            other.content_span
            for o in self.by_document[statement.document]
            if o != pos
            and (other := self.statements[o]).content_span is not None
            and start <= other.content_span[0] and other.content_span[1] <= end
            and other.content_span != statement.content_span
            and not is_silence(other)  # "she said her team could not yet say who ...": the words are hers
            and not _relayed(other, statement)
        )
        if not inner:
            return statement
        content, cursor = statement.content, 0
        pieces = []
        for a, b in inner:
            if a - start >= cursor:
                pieces.append(content[cursor : a - start])
                cursor = b - start
        return replace(statement, content=" \u2026 ".join(pieces + [content[cursor:]]))

    def _reserve(self, rows: int, dimensions: int) -> None:
        if rows <= len(self._content) and self._content.shape[1] == dimensions:
            return
        capacity = max(rows, 2 * len(self._content), 64)
        for name in ("_content", "_sentence"):
            grown = np.zeros((capacity, dimensions), dtype=np.float32)
            old = getattr(self, name)
            if old.size:
                grown[: len(old)] = old
            setattr(self, name, grown)

    def _forget(self, pos: int) -> None:
        """Unlist a statement about to be replaced from the postings and its speaker."""
        old = self.statements[pos]
        self.by_principal[old.principal].remove(pos)
        self.by_passage[(old.principal, old.document)].remove(pos)
        self.by_document[old.document].remove(pos)
        content, sentence = self.terms[pos]
        for term in self.speaker_terms[pos]:
            self._speaker_postings[term].remove(pos)
        for term in content:
            self._postings[term][0].remove(pos)
        for term in sentence:
            self._postings[term][1].remove(pos)

    def _matrices(self) -> tuple[np.ndarray, np.ndarray]:
        n = len(self.statements)
        return self._content[:n], self._sentence[:n]

    def _posting(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        if term not in self._posting_arrays:
            content, sentence = self._postings.get(term, ([], []))
            self._posting_arrays[term] = (np.asarray(content, dtype=np.int64), np.asarray(sentence, dtype=np.int64))
        return self._posting_arrays[term]

    def proposition_vector(self, proposition: Proposition) -> np.ndarray:
        if proposition.id not in self.proposition_vectors:
            self.proposition_vectors[proposition.id] = self.encoder([proposition.text])[0]
        return self.proposition_vectors[proposition.id]

    def _cosines(self, matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
        """Cosines after removing the corpus mean: what every statement of a
        story shares (the town, the war) says nothing about one proposition."""
        mean = matrix.mean(axis=0)
        dots = matrix @ vector - matrix @ mean - float(mean @ vector) + float(mean @ mean)
        norms = np.sqrt(np.maximum(np.einsum("ij,ij->i", matrix, matrix) - 2 * (matrix @ mean) + float(mean @ mean), 1e-12))
        return dots / (norms * max(float(np.linalg.norm(vector - mean)), 1e-12))

    def _term_hits(self, stems: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
        """Positions of the statements whose content (and whose sentence) has every stem."""
        content, sentence = self._posting(stems[0])
        for s in stems[1:]:
            more = self._posting(s)
            content, sentence = np.intersect1d(content, more[0]), np.intersect1d(sentence, more[1])
        return content, sentence

    def _speaker_hits(self, stems: tuple[str, ...]) -> np.ndarray:
        found = set(self._speaker_postings.get(stems[0], ()))
        for s in stems[1:]:
            found &= set(self._speaker_postings.get(s, ()))
        return np.fromiter(found, dtype=np.int64, count=len(found))

    def _coverage(self, terms: Sequence[Term]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per statement, the best weight of the terms its content (sentence,
        speaker) uses."""
        n = len(self.statements)
        content, sentence, speaker = (np.zeros(n, dtype=np.float32) for _ in range(3))
        for term in terms:
            in_content, in_sentence = self._term_hits(term.stems)
            content[in_content] = np.maximum(content[in_content], term.weight)
            sentence[in_sentence] = np.maximum(sentence[in_sentence], term.weight)
            by_speaker = self._speaker_hits(term.stems)
            speaker[by_speaker] = np.maximum(speaker[by_speaker], term.weight)
        return content, sentence, speaker

    def _scores(self, pid: str, features: PropositionFeatures, vector: np.ndarray) -> np.ndarray:
        content, sentence = self._matrices()
        n = len(self.statements)
        cosine = np.maximum(self._cosines(content, vector), SENTENCE_DISCOUNT * self._cosines(sentence, vector))
        coverage = np.zeros(n, dtype=np.float32)
        total = 0.0
        spoken: dict[str, tuple[np.ndarray, float, str]] = {}  # label -> (content hits, statements speaking of it, role)
        by_speaker: dict[str, np.ndarray] = {}
        for concept in features.profile.concepts:
            own = self._coverage(concept.terms)
            against = self._coverage(concept.contrast)
            for pos, qualifying in self.qualifiers.items():
                content_terms_, sentence_terms = self.terms[pos]
                against[0][pos] = covered(concept.contrast, content_terms_ - qualifying)
                against[1][pos] = covered(concept.contrast, sentence_terms - qualifying)
            # Speaking of what excludes a concept is speaking of it (direction says which way).
            hit = np.maximum(np.maximum(own[0], against[0]), SENTENCE_DISCOUNT * np.maximum(own[1], against[1]))
            # Rare concepts say more than the story's everyday ones ("cluster munitions" vs the town).
            weight = float(np.log((n + 1) / (np.count_nonzero(hit) + 1)) + 1)
            if concept.role != "setting":  # the scene is shared by every statement about it
                coverage += weight * hit
                total += weight
            role = concept.role
            if concept.label in spoken and ROLE_RANK[spoken[concept.label][2]] < ROLE_RANK[role]:
                # one concept in two roles ("fired shots": the predicate and its object)
                # keeps the stronger one, so an argument is not demoted from the core
                role = spoken[concept.label][2]
            spoken[concept.label] = (np.maximum(own[0], against[0]) > 0, float(np.count_nonzero(hit)), role)
            by_speaker[concept.label] = own[2] > 0
        self.core[pid] = core_concepts({label: (count, role) for label, (_, count, role) in spoken.items()}, n)
        # A statement bears on the proposition only if its own words speak of a core concept.
        # The speaker stands in for a core concept ("it never sold them", said
        # by the ministry of the country in question) when the content itself
        # speaks of another of the proposition's concepts.
        def says_more(label: str) -> np.ndarray:
            others = [spoken[c.label][0] for c in features.profile.concepts if c.role != "setting" and c.label != label]
            return np.logical_or.reduce(others) if others else np.zeros(n, dtype=bool)

        self._core_hits[pid] = {label: spoken[label][0] | (by_speaker[label] & says_more(label)) for label in self.core[pid]}
        self._action_hits[pid] = {c.label: spoken[c.label][0] for c in features.profile.concepts if c.action}
        self._speaks[pid] = np.zeros(n, dtype=bool)
        for label, (hits, _, role) in spoken.items():
            if role != "setting":
                self._speaks[pid] |= hits
        self._gate[pid] = np.zeros(n, dtype=bool)
        for hits in self._core_hits[pid].values():
            self._gate[pid] |= hits
        # An argument left out of the core as the case's scene ("the police")
        # still opens the gate with the rest of the claim ("attacked the police").
        for concept in features.profile.concepts:
            if concept.role == "argument" and concept.label not in self.core[pid]:
                self._gate[pid] |= spoken[concept.label][0] & says_more(concept.label)
        for concept in features.profile.concepts:
            if concept.required:
                self._gate[pid] &= spoken[concept.label][0]
        self._asked[pid] = np.zeros(n, dtype=bool)
        for pos, question in self.questions.items():
            self._asked[pid][pos] = answers(question, features.profile, self.own[pos].content)
        scores = COSINE_WEIGHT * np.maximum(cosine, 0.0) + LEXICAL_WEIGHT * coverage / max(total, 1e-9)
        return scores

    def features(self, proposition: Proposition) -> PropositionFeatures:
        """The proposition's profile, rebuilt when the case's links changed."""
        cached = self._features.get(proposition.id)
        # The case's words choose a word's sense (see concepts.build_profile), so new statements count.
        version = (self.glossary.version, len(self.statements))
        if cached is None or cached[0] != version or cached[1].proposition != proposition:
            cached = (version, prepare(proposition, list(self.glossary), lambda stems: len(self._term_hits(stems)[0])))
            self._features[proposition.id] = cached
        return cached[1]

    def profile(self, proposition: Proposition) -> list[dict[str, object]]:
        """The proposition's concepts as the user sees them, core ones marked."""
        self.relevance(proposition)
        core = set(self.core.get(proposition.id, ()))
        return [{**c.as_dict(), "core": c.label in core} for c in self.features(proposition).profile.concepts]

    def relevance(self, proposition: Proposition) -> np.ndarray:
        """Relevance of every statement to the proposition (vectorised: corpus-centred
        cosines and IDF-weighted concept coverage, gated on the core concepts)."""
        if not self.statements:
            return np.zeros(0, dtype=np.float32)
        return self._scores(proposition.id, self.features(proposition), self.proposition_vector(proposition))

    def _stances(self, pid: str, relevances: Mapping[str, np.ndarray], positions: Iterable[int]) -> list[Stance]:
        """Stances of the given statements on one proposition: those relevant
        and admitted, and retractions or refusals to comment whose speaker (or
        whom it speaks for) said something on it, however little they repeat
        the claim; such a statement goes to the proposition its speaker's
        statements bear on most."""
        strong = {q: self._strong(q, relevances) for q in relevances}
        self._heard_now = {}
        features = self.features(self.tracked[pid])
        if features.bound:
            # "212 passengers" is a denial only against the limit the case states
            features = replace(features, limit=stated_limit(s.sentence or s.content for s in self.statements))
        stances = []
        for pos in positions:
            if pos in self.refers:
                # the account's statement that bears on the proposition most
                named = max(self.refers[pos], key=lambda o: float(relevances[pid][o]))
                found = self._stance(pid, named, relevances, strong, features)
                cue_value = cue_directions().get(self.statements[pos].cue_class, "affirm")
                value = referred_value(cue_value, found.value) if found and not cue_negated(self.statements[pos]) else None
                if found is not None and value is not None:
                    stances.append(Stance(self.statements[pos].id, pid, value, found.score, found.relevance))
                continue
            stance = self._kept_side(pid, pos, relevances, strong, features) if pos in self.keeps \
                else self._stance(pid, pos, relevances, strong, features)
            if stance is not None:
                stances.append(stance)
        return stances

    def _kept_side(
        self, pid: str, pos: int, relevances: Mapping[str, np.ndarray], strong: Mapping[str, np.ndarray], features: PropositionFeatures
    ) -> Stance | None:
        """"She stood by her account": the side the speaker's statement that
        bears most on the proposition took, in any article; none when the
        speaker said nothing on it."""
        principal = self.statements[pos].principal
        if principal is None:
            return None
        others = [o for o in self.by_principal[principal] if o != pos and o not in self.keeps and strong[pid][o]]
        if not others:
            return None
        found = self._stance(pid, max(others, key=lambda o: float(relevances[pid][o])), relevances, strong, features)
        if found is None or found.value not in SIDES:
            return None
        return Stance(self.statements[pos].id, pid, found.value, found.score, found.relevance)

    def _stance(
        self, pid: str, pos: int, relevances: Mapping[str, np.ndarray], strong: Mapping[str, np.ndarray], features: PropositionFeatures
    ) -> Stance | None:
        """One statement's stance on one proposition (see _stances), or None."""
        if pos in self.doubts and not any(bool(s[pos]) for s in strong.values()):
            return None  # see _doubt_stances
        if self.silent[pos]:
            return None
        if looks_ahead(self.own[pos], features) and not self._asked[pid][pos]:
            return None
        statement = self.statements[pos]
        value: StanceValue = direction(self.own[pos], features)
        if value == "affirm" and strong[pid][pos]:
            self._affirming[pid].add(pos)
        else:  # a statement replaced since
            self._affirming[pid].discard(pos)
        r = float(relevances[pid][pos])
        question = self.questions.get(pos)
        if self._asked[pid][pos]:
            # It wants evidence for the answer this proposition gives.
            value, r = "no_evidence", max(r, RELEVANT)
        elif question is not None and value in OPEN and direction(replace(self.own[pos], content=question.outside), features) not in OPEN:
            # Its doubt is another's question; what it asks about it takes as given.
            return None
        if self.leans[pos]:
            # A retraction or "no comment" takes back or answers one thing.
            if self._context_proposition(pos, relevances, strong) != pid:
                return None
        elif (prompt := self._answered(pid, pos, relevances, strong)) is not None:
            r = max(r, float(relevances[pid][prompt]))  # as relevant as the question it answers
        elif not (strong[pid][pos] or (self._may_inherit(pid, pos, value) and self._inherits(pos, relevances, strong) == pid)):
            return None
        if value == "affirm" and self._grounds_of_denial(pid, pos, relevances, strong, features):
            value = "deny"
        if value == "affirm" and (alternative := other_cause(self.own[pos].content, features)) != "keep":
            if alternative is None:
                return None  # what happened, without why
            value = alternative
        score = min(1.0, max(r, 0.0)) * (UNCERTAIN_SCORE_FACTOR if value == "uncertain" else 1.0)
        return Stance(statement.id, pid, value, score, r)

    def _answered(self, pid: str, pos: int, relevances: Mapping[str, np.ndarray], strong: Mapping[str, np.ndarray]) -> int | None:
        """The interviewer's line an answer bearing on no proposition by its
        own words answers, when that line speaks of this one ("The union says
        the plan was never agreed." - "It was agreed."): the answer is about
        what it was asked."""
        prompt = self.prompted.get(pos)
        if prompt is None or strong[pid][pos] or any(bool(s[pos]) for s in strong.values()):
            return None
        if pid not in self._heard_now:  # once per proposition and pass (see _stances)
            self._heard_now[pid] = self._heard(pid, relevances)
        return prompt if bool(self._heard_now[pid][prompt]) else None

    def _grounds_of_denial(
        self, pid: str, pos: int, relevances: Mapping[str, np.ndarray], strong: Mapping[str, np.ndarray], features: PropositionFeatures
    ) -> bool:
        """"The officer denied that the order was delayed. She said it went out
        within forty minutes": a plain assertion right after its speaker's
        denial, bearing on the claim less than the denial does, gives the
        denial's grounds; it does not affirm the claim."""
        statement = self.statements[pos]
        before = self.previous.get(pos)
        if statement.cue_class != "assert" or statement.principal is None or before is None:
            return False
        return (
            self.statements[before].principal == statement.principal
            and bool(strong[pid][before])
            and float(relevances[pid][before]) > float(relevances[pid][pos])
            and direction(self.own[before], features) == "deny"
        )

    def _evidence(self, pid: str) -> frozenset[str]:
        """What the case cites for a proposition: the words, beyond its own,
        of the statements that affirm it, used by several speakers."""
        own = self.features(self.tracked[pid]).profile.stems
        speakers: dict[str, set[str]] = defaultdict(set)
        for pos in self._affirming.get(pid, ()):
            statement = self.statements[pos]
            for term in self.terms[pos][0] - own:
                speakers[term].add(statement.principal or statement.actor or statement.id)
        return frozenset(t for t, who in speakers.items() if len(who) >= EVIDENCE_SPEAKERS)

    def _doubt_stances(self, relevances: Mapping[str, np.ndarray], positions: Iterable[int]) -> dict[str, list[Stance]]:
        """Stances of statements that impugn evidence and bear on no
        proposition by their own words ("the numbers could have been
        copied"): on the proposition the impugned evidence is cited for (see
        _evidence), the one the speaker's other statements bear on most when
        it is cited for several (see _inherits), with the value
        stance.evidence_doubt gives. A doubt about nothing the case cites is
        read like any statement its passage lends a subject to."""
        strong = {q: self._strong(q, relevances) for q in relevances}
        evidence = {q: self._evidence(q) for q in relevances}
        out: dict[str, list[Stance]] = defaultdict(list)
        for pos in sorted(set(positions) & self.doubts.keys()):
            if any(bool(s[pos]) for s in strong.values()):
                continue
            words = content_terms(self.own[pos].content)
            among = {q for q in relevances if words & evidence[q]}
            target = self._inherits(pos, relevances, strong, among or None)
            if target is None:
                continue
            value = self.doubts[pos]
            r = max(float(relevances[target][pos]), RELEVANT) if among else float(relevances[target][pos])
            score = min(1.0, r) * (UNCERTAIN_SCORE_FACTOR if value == "uncertain" else 1.0)
            out[target].append(Stance(self.statements[pos].id, target, value, score, r))
        return out

    def _context_proposition(self, pos: int, relevances: Mapping[str, np.ndarray], strong: Mapping[str, np.ndarray]) -> str | None:
        """The one proposition a retraction or refusal to comment bears on:
        the one it is itself most relevant to, or else one whose core its
        words name (preferring those its speaker's family, an office and its
        principal, said something on), else the one the family's statements
        bear on most."""
        own = {q: float(rel[pos]) for q, rel in relevances.items() if strong[q][pos]}
        # "I was wrong to say the building had been inspected": weakly relevant, but its
        # own words name what it takes back
        own = own or {q: float(rel[pos]) for q, rel in relevances.items() if self._gate[q][pos]}
        principal = self.statements[pos].principal
        family = [o for o in self.by_principal[principal] if o != pos] if principal is not None else []
        spoken = {q: max(float(rel[o]) for o in family if strong[q][o])
                  for q, rel in relevances.items() if any(strong[q][o] for o in family)}
        choice = {q: r for q, r in own.items() if q in spoken} or own or spoken
        return max(choice, key=choice.__getitem__) if choice else None

    def _may_inherit(self, pid: str, pos: int, value: StanceValue) -> bool:
        """Whether a statement can take its subject from its passage: when it
        leaves it open (a question, a hedge, a want of evidence; not a wish or
        request, which says what the speaker wants done), or denies
        something the proposition speaks of ("only unitary rockets", after a
        denial of cluster ones); a negation about other things ("no visible
        markings", "no longer hide") is no denial of it."""
        if wants_done(self.own[pos]):
            return False
        return value in OPEN or (value == "deny" and bool(self._speaks[pid][pos]))

    def _inherits(
        self, pos: int, relevances: Mapping[str, np.ndarray], strong: Mapping[str, np.ndarray], among: set[str] | None = None
    ) -> str | None:
        """The proposition a statement bears on through its passage: a speaker
        quoted several times in one article keeps to one subject ("The
        numbers could have been copied" after a denial of the supply), so a
        statement that bears on no proposition by itself takes one its
        speaker's other statements in that article bear on (of those
        ``among``, when given): the one it is itself nearest, and on a tie
        the one they bear on most. ("No information about their use" after
        statements on the shooting and on the attack is on the shooting.)"""
        if any(bool(s[pos]) for s in strong.values()):
            return None
        statement = self.statements[pos]
        if statement.principal is None:
            return None
        passage = [o for o in self.by_passage[(statement.principal, statement.document)] if o != pos]
        family = [o for o in self.by_principal[statement.principal] if o != pos]
        for group in (passage, family):
            spoken = {
                q: (float(rel[pos]), max(float(rel[o]) for o in group if strong[q][o]))
                for q, rel in relevances.items()
                if (among is None or q in among) and any(strong[q][o] for o in group)
            }
            if spoken:
                return max(spoken, key=spoken.__getitem__)
        return None

    def _candidates(self, pid: str, relevances: Mapping[str, np.ndarray]) -> list[int]:
        strong = self._strong(pid, relevances)
        leans = np.asarray(self.leans, dtype=bool)
        # Statements in a passage with a strong one may inherit it (see _inherits).
        passages = {(self.statements[p].principal, self.statements[p].document) for p in np.flatnonzero(strong)}
        neighbours = np.zeros(len(strong), dtype=bool)
        neighbours[[o for key in passages if key[0] is not None for o in self.by_passage[key]]] = True
        neighbours[list(self.refers)] = True  # an account reference bears on what the statement it names said
        neighbours[list(self.keeps)] = True  # and one to the speaker's own account on what the speaker said
        neighbours[list(self.prompted)] = True  # an interview's answer on what it was asked
        return np.flatnonzero(strong | leans | neighbours).tolist()

    def _relevances(self, propositions: Sequence[Proposition]) -> dict[str, np.ndarray]:
        return {p.id: self.relevance(p) for p in propositions}

    def _strong(self, pid: str, relevances: Mapping[str, np.ndarray]) -> np.ndarray:
        """Statements that bear on the proposition by their own words."""
        return (self._heard(pid, relevances) | self._asked[pid]) & ~np.asarray(self.silent, dtype=bool)

    def _heard(self, pid: str, relevances: Mapping[str, np.ndarray]) -> np.ndarray:
        """Statements whose words speak of the proposition, whether or not
        they take a position (an interviewer's question does not)."""
        return self._admitted(pid, relevances) & self._gate[pid] & (relevances[pid] >= RELEVANT)

    def _admitted(self, pid: str, relevances: Mapping[str, np.ndarray]) -> np.ndarray:
        """Statements that speak of a core concept no other tracked
        proposition has at its core, or are not clearly closer to another
        tracked one (stories have several related propositions; a statement
        that speaks only of what they share bears on the one it is nearest).
        A statement that speaks of another proposition's action and not of
        this one's ("sold" for the supply, not the firing) bears on that one."""
        rel = relevances[pid]
        others = [r for other, r in relevances.items() if other != pid]
        if not others:
            return np.ones(len(rel), dtype=bool)
        # Labels compare without case: "Ammonia" opening one proposition is "ammonia" in another.
        shared = {label.casefold() for other in relevances if other != pid for label in self.core.get(other, ())}
        distinct = np.zeros(len(rel), dtype=bool)
        for label, hits in self._core_hits[pid].items():
            if label.casefold() not in shared:
                distinct |= hits
        own_actions = self._action_hits[pid]
        own_labels = {label.casefold() for label in own_actions}
        elsewhere = np.zeros(len(rel), dtype=bool)
        for other in relevances:
            for label, hits in self._action_hits.get(other, {}).items():
                if other != pid and label.casefold() not in own_labels:
                    elsewhere |= hits
        for hits in own_actions.values():
            elsewhere &= ~hits
        return (distinct | (rel >= np.max(others, axis=0) - COMPETITION_MARGIN)) & ~elsewhere

    def track(self, proposition: Proposition, vector: np.ndarray | None = None) -> list[Stance]:
        """Track a proposition; returns the stances of every statement that bears on it.

        Tracking one more proposition can move statements away from the
        others (see :meth:`_admitted`): call :meth:`track_all` to refresh them.
        """
        if vector is not None:
            self.proposition_vectors[proposition.id] = np.asarray(vector, dtype=np.float32)
        self.tracked[proposition.id] = proposition
        relevances = self._relevances(list(self.tracked.values()))
        self._affirming[proposition.id] = set()
        stances = self._stances(proposition.id, relevances, self._candidates(proposition.id, relevances))
        return stances + self._doubt_stances(relevances, self.doubts)[proposition.id]

    def track_all(self) -> dict[str, list[Stance]]:
        """Stances of every statement on every tracked proposition."""
        relevances = self._relevances(list(self.tracked.values()))
        self._affirming.clear()
        out = {pid: self._stances(pid, relevances, self._candidates(pid, relevances)) for pid in self.tracked}
        for pid, stances in self._doubt_stances(relevances, self.doubts).items():
            out[pid] += stances
        return out

    def untrack(self, proposition_id: str) -> None:
        self.tracked.pop(proposition_id, None)
        self.proposition_vectors.pop(proposition_id, None)

    def set_tracked(self, propositions: Iterable[Proposition]) -> None:
        """Declare every tracked proposition, so that each statement's stance
        is taken on the proposition it is nearest (see :meth:`_admitted`).
        When this set changes, refresh all stances with :meth:`track_all`."""
        self.tracked = {p.id: p for p in propositions}

    def update(self, statement_ids: Iterable[str], propositions: Sequence[Proposition] | None = None) -> list[Stance]:
        """Stances after statements were added: those of the new statements,
        plus retractions by the same speakers, which earlier statements can
        make relevant. Statements not returned keep their stances.

        ``propositions`` (default: all tracked) are the ones to return
        stances for; they are added to the tracked set if new."""
        new = {self.position[s] for s in statement_ids}
        principals = {self.statements[p].principal for p in new} - {None}
        recheck = {p for principal in principals for p in self.by_principal[principal] if self.leans[p]}
        recheck |= {p for p, named in self.refers.items() if new.intersection(named)}
        positions = sorted(new | recheck)
        for proposition in propositions or ():
            self.tracked.setdefault(proposition.id, proposition)
        relevances = self._relevances(list(self.tracked.values()))
        stances = []
        wanted = {p.id for p in propositions} if propositions is not None else set(self.tracked)
        for pid, proposition in self.tracked.items():
            if pid not in wanted:
                continue
            stances += self._stances(pid, relevances, positions)
        # Evidence is what earlier tracking found affirmed, plus the new statements.
        for pid, found in self._doubt_stances(relevances, positions).items():
            if pid in wanted:
                stances += found
        return stances


def apply_overrides(
    stances: Iterable[Stance], overrides: Mapping[tuple[str, str], StanceValue | None]
) -> list[Stance]:
    """Stances with the user's corrections applied.

    ``overrides`` maps (statement id, proposition id) to the value the user
    set, or to ``None`` when the user says the statement does not bear on the
    proposition. Overrides without a computed stance are added.
    """
    out = []
    seen = set()
    for stance in stances:
        key = (stance.statement, stance.proposition)
        seen.add(key)
        if key not in overrides:
            out.append(stance)
        elif overrides[key] is not None:
            out.append(Stance(stance.statement, stance.proposition, overrides[key], 1.0, stance.relevance, True))  # type: ignore[arg-type]
    for (statement, proposition), value in overrides.items():
        if (statement, proposition) not in seen and value is not None:
            out.append(Stance(statement, proposition, value, 1.0, 1.0, True))
    return out
