"""Would a word's meaning in context find the statements the rules miss? A probe.

    pip install scikit-learn   # a probe-only dependency, not the tool's
    python eval/context_probe.py [--split train] [--speed-articles 100]

Candidates: every verb, noun and adjective that no prediction covers (as
its cue or inside its content). Label: the word lies in the cue of a gold
statement that no prediction overlaps. Features: the part of speech and
dependency, with or without the word's contextual vector from
all-MiniLM-L6-v2 (the ONNX model the tool already ships for propositions;
the mean of the word's pieces in the model's last layer, reading the whole
sentence), and a smoothed rate at which the word's lemma is a cue in the
training folds (leave-one-out, so a word's own label never feeds its
feature). A logistic regression, five-fold cross-validated over articles,
scores every candidate; no article is scored by a model that saw it.

Printed, for each feature set and threshold: how many candidates it picks,
how many are gold cues, and the overlap F1 the split would reach if each
pick became a statement and every gold pick found the gold statement. That
is an upper bound: the statement's content would still have to be found.

Also printed: the model's speed on the sentences of the first
``--speed-articles`` articles, against parsing the same texts with the
tool's spaCy pipeline, timed in the same run. The figures are for
docs/benchmarks.md; nothing learned here is shipped.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from typing import Any

import numpy as np
from attribution_polnear import chars, match, overlaps, parsed_split, pred_content, require_sklearn

from rashomon.attribution import extract
from rashomon.embeddings import DIMENSIONS, load_embedder
from rashomon.nlp import load_pipeline

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
CANDIDATE_POS = ("VERB", "NOUN", "ADJ")
SMOOTHING = 5  # pseudo-uses at the overall rate, for a lemma seen a few times


def candidates(articles: list[Any], docs: list[Any]) -> tuple[list[tuple[int, str, str, str, int]], list[tuple[str, list[tuple[int, int, int]]]], int, int, int]:
    """Rows (article, lemma, pos, dep, label), the sentences holding them with
    each row's character span in its sentence, and the split's gold,
    predicted and matched counts."""
    rows: list[tuple[int, str, str, str, int]] = []
    sentences: list[tuple[str, list[tuple[int, int, int]]]] = []
    gold = predicted_total = matched = 0
    for index, ((_, _, golds), doc) in enumerate(zip(articles, docs)):
        preds = extract(doc)
        gold += len(golds)
        predicted_total += len(preds)
        matched += len(match(golds, preds))
        content = set().union(*(chars(pred_content(p)) for p in preds))
        covered = content | set().union(*(set(range(*p.cue_span)) for p in preds if p.cue_span))
        unseen = [g for g in golds if g.cue and not chars(g.content) & content]
        for sent in doc.sents:
            spans = []
            for token in sent:
                if token.pos_ not in CANDIDATE_POS or token.idx in covered:
                    continue
                label = any(overlaps(g.cue, [(token.idx, token.idx + len(token))]) for g in unseen)
                rows.append((index, token.lemma_.lower(), token.pos_, token.dep_, int(label)))
                start = token.idx - sent.start_char
                spans.append((len(rows) - 1, start, start + len(token)))
            if spans:
                sentences.append((sent.text, spans))
    return rows, sentences, gold, predicted_total, matched


def word_vectors(sentences: list[tuple[str, list[tuple[int, int, int]]]], size: int) -> Any:
    """Each row's contextual vector: the mean of its word pieces' last-layer states."""
    vectors = np.zeros((size, DIMENSIONS), dtype=np.float32)
    for i, encoding, states in load_embedder().piece_states([text for text, _ in sentences]):
        for index, a, b in sentences[i][1]:
            pieces = [k for k, (x, y) in enumerate(encoding.offsets) if y > x and x < b and a < y]
            if pieces:
                vectors[index] = states[pieces].mean(axis=0)
    return vectors


def lemma_rates(rows: list[tuple[int, str, str, str, int]], fit: Any, held: Any) -> tuple[Any, Any]:
    """The smoothed cue rate of each row's lemma, counted on the training
    folds only; a training row's own label is left out of its rate."""
    uses: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    for i in fit:
        uses[rows[i][1]] += 1
        cues[rows[i][1]] += rows[i][4]
    prior = sum(rows[i][4] for i in fit) / max(len(fit), 1)

    def rate(i: int, own: int) -> float:
        lemma = rows[i][1]
        return (cues[lemma] - own * rows[i][4] + SMOOTHING * prior) / (uses[lemma] - own + SMOOTHING)

    return (np.log(np.array([[rate(i, 1)] for i in fit]) + 1e-4),
            np.log(np.array([[rate(i, 0)] for i in held]) + 1e-4))


def cross_validated(rows: list[tuple[int, str, str, str, int]], vectors: Any | None, with_lemma: bool) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    y = np.array([r[4] for r in rows])
    groups = np.array([r[0] for r in rows])
    codes = {value: k for k, value in enumerate(sorted({f"pos={r[2]}" for r in rows} | {f"dep={r[3]}" for r in rows}))}
    onehot = np.zeros((len(rows), len(codes)), dtype=np.float32)
    for i, r in enumerate(rows):
        onehot[i, codes[f"pos={r[2]}"]] = 1
        onehot[i, codes[f"dep={r[3]}"]] = 1
    scores = np.zeros(len(rows))
    for fit, held in GroupKFold(5).split(onehot, y, groups):
        parts_fit, parts_held = [onehot[fit]], [onehot[held]]
        if vectors is not None:
            parts_fit.append(vectors[fit])
            parts_held.append(vectors[held])
        if with_lemma:
            rate_fit, rate_held = lemma_rates(rows, fit, held)
            parts_fit.append(rate_fit)
            parts_held.append(rate_held)
        model = LogisticRegression(max_iter=2000)
        model.fit(np.hstack(parts_fit), y[fit])
        scores[held] = model.predict_proba(np.hstack(parts_held))[:, 1]
    return scores


def speed(articles: list[Any], count: int) -> tuple[float, float, int]:
    """Words per second: the tool's spaCy pipeline, and the model over the
    same texts' sentences, in this run."""
    texts = [text for _, text, _ in articles[:count]]
    nlp = load_pipeline()
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - started
    words = sum(len(text.split()) for text in texts)
    sentences = [s.text for doc in docs for s in doc.sents]
    started = time.perf_counter()
    for _ in load_embedder().piece_states(sentences):
        pass
    model = time.perf_counter() - started
    return words / parse, words / model, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--speed-articles", type=int, default=100)
    args = parser.parse_args()
    require_sklearn()
    articles, docs = parsed_split(args.split)
    rows, sentences, gold, predicted, matched = candidates(articles, docs)
    base = 2 * matched / (gold + predicted)
    print(f"{args.split}: {gold} gold, {predicted} predicted, {matched} matched; overlap F1 {base:.4f}")
    print(f"candidates: {len(rows)} words no prediction covers, {sum(r[4] for r in rows)} of them in a missed gold cue")
    vectors = word_vectors(sentences, len(rows))
    y = np.array([r[4] for r in rows])
    for label, use_vectors, with_lemma in (("part of speech, dependency, lemma rate", False, True),
                                           ("the same with the word's vector in context", True, True)):
        scores = cross_validated(rows, vectors if use_vectors else None, with_lemma)
        print(f"\n{label}:")
        print("threshold\tpicked\tgold cues\tshare\toverlap F1 at best")
        for t in THRESHOLDS:
            picked = scores >= t
            hits = int(y[picked].sum())
            best = 2 * (matched + hits) / (gold + predicted + int(picked.sum()))
            print(f"{t}\t{int(picked.sum())}\t{hits}\t{hits / max(int(picked.sum()), 1):.2f}\t{best:.4f}")
    parse_speed, model_speed, words = speed(articles, args.speed_articles)
    print(f"\nspeed on {args.speed_articles} articles ({words} words): spaCy pipeline {parse_speed:.0f} words/s, "
          f"the model over every sentence {model_speed:.0f} words/s "
          f"({parse_speed / model_speed:.0%} of the spaCy pass added)")
    print(f"command: python eval/context_probe.py --split {args.split} --speed-articles {args.speed_articles}")


if __name__ == "__main__":
    main()
