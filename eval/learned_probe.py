"""Would a learned model on top of the rules raise PolNeAR overlap F1? A probe.

    pip install scikit-learn   # a probe-only dependency, not the tool's
    python eval/learned_probe.py [--split train]

Two gradient-boosted tree models, each scored by five-fold cross-validation
over the split's articles (no article is scored by a model that saw it):

- **filter**: over the stage's own predictions, the chance each one matches
  a gold statement; printed is the overlap F1 if those below a threshold
  were dropped, with and without the features that say a statement is
  nested in another (the issue requires nested statements; PolNeAR never
  annotates them, so dropping them would only fit the scheme).
- **cues**: over every verb that no prediction covers (as cue or content),
  the chance it heads the cue of a gold statement that no prediction
  overlaps; printed is how many verbs clear each threshold and how many of
  those are gold cues. A new statement raises F1 only where it matches more
  often than about F1 / 2.

The figures are for the write-up in docs/benchmarks.md; nothing learned here
is shipped.
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from attribution_polnear import chars, match, parsed_split, pred_content, require_sklearn
from polnear_cue_stats import cue_head
from spacy.tokens import Doc

from rashomon.attribution import extract
from rashomon.model import Attribution

Row = dict[str, Any]
FILTER_CATEGORIES = ["kind", "cue_class", "source_kind", "lemma", "cue_pos", "cue_dep", "first", "last"]
FILTER_NUMBERS = ["negated", "nested", "outer", "confidence", "tokens", "quoted", "cue_before", "headline", "parts"]
NESTING = {"nested", "outer"}
CUE_CATEGORIES = ["lemma", "tag", "dep", "deps", "subject", "subject_type", "object", "object_lemma", "particle"]
CUE_NUMBERS = ["headline", "quoted"]
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5)


def prediction_rows(article: int, text: str, doc: Doc, preds: list[Attribution], used: set[int]) -> list[Row]:
    contents = [chars(pred_content(p)) for p in preds]
    headline_end = text.find("\n")
    rows = []
    for i, p in enumerate(preds):
        content = doc.char_span(*p.content_span, alignment_mode="expand")
        words = [t for t in content or [] if not t.is_punct]
        cue = doc.char_span(*p.cue_span, alignment_mode="expand") if p.cue_span else None
        heads = [t for t in cue or [] if t.pos_ in ("VERB", "NOUN", "ADJ", "AUX", "ADP")]
        head = heads[-1] if heads else (cue.root if cue else None)
        rows.append({
            "article": article, "y": int(id(p) in used), "kind": p.kind, "cue_class": p.cue_class,
            "source_kind": p.source_kind, "lemma": head.lemma_.lower() if head else "",
            "cue_pos": head.pos_ if head else "", "cue_dep": head.dep_ if head else "",
            "first": words[0].pos_ if words else "", "last": words[-1].pos_ if words else "",
            "negated": int(p.negated), "confidence": p.confidence, "tokens": len(words),
            "nested": int(any(contents[i] < other for other in contents)),
            "outer": int(any(other < contents[i] for other in contents)),
            "quoted": int(any(mark in text[p.content_span[0]:p.content_span[1]] for mark in '"“”')),
            "cue_before": int(p.cue_span is not None and p.cue_span[0] < p.content_span[0]),
            "headline": int(p.content_span[0] < headline_end), "parts": len(p.content_parts),
        })
    return rows


def verb_rows(article: int, text: str, doc: Doc, preds: list[Attribution], golds: list[Any]) -> list[Row]:
    covered: set[int] = set()
    for p in preds:
        covered |= chars(pred_content(p)) | (set(range(*p.cue_span)) if p.cue_span else set())
    missed_heads = set()
    for g in golds:
        head = cue_head(doc, g.cue) if g.cue else None
        if head is not None and not chars(g.content) & covered:
            missed_heads.add(head.i)
    rows = []
    for t in doc:
        if t.pos_ != "VERB" or t.idx in covered:
            continue
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        obj = next((c for c in t.children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "prep", "acomp")), None)
        rows.append({
            "article": article, "y": int(t.i in missed_heads), "lemma": t.lemma_.lower(), "tag": t.tag_,
            "dep": t.dep_, "deps": "+".join(sorted({c.dep_ for c in t.children})),
            "subject": subject.pos_ if subject is not None else "",
            "subject_type": subject.ent_type_ if subject is not None else "",
            "object": obj.dep_ if obj is not None else "",
            "object_lemma": obj.lemma_.lower() if obj is not None and obj.pos_ in ("NOUN", "ADP") else "",
            "particle": "".join(c.lower_ for c in t.children if c.dep_ == "prt"),
            "headline": int(t.idx < text.find("\n")), "quoted": int(any(m in t.sent.text for m in '"“”')),
        })
    return rows


def cross_validated(rows: list[Row], categories: list[str], numbers: list[str]) -> Any:
    """Out-of-fold match probabilities, folds grouped by article."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import GroupKFold

    y = np.array([r["y"] for r in rows])
    groups = np.array([r["article"] for r in rows])
    scores = np.zeros(len(rows))
    for fit, held in GroupKFold(5).split(rows, y, groups):
        # category codes come from the training folds only, so a held-out lemma is unseen
        codes = {c: {v: i for i, (v, n) in enumerate(Counter(rows[j][c] for j in fit).most_common(250)) if n >= 5}
                 for c in categories}

        def matrix(index: Any, codes: dict[str, dict[str, int]] = codes) -> Any:
            return np.array([[codes[c].get(rows[j][c], len(codes[c])) for c in categories]
                             + [rows[j][c] for c in numbers] for j in index], dtype=float)

        model = HistGradientBoostingClassifier(
            categorical_features=[True] * len(categories) + [False] * len(numbers), max_iter=200,
            learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=40, l2_regularization=1.0, random_state=0)
        model.fit(matrix(fit), y[fit])
        scores[held] = model.predict_proba(matrix(held))[:, 1]
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train")
    args = parser.parse_args()
    require_sklearn()
    articles, docs = parsed_split(args.split)
    predictions: list[Row] = []
    verbs: list[Row] = []
    gold = 0
    for index, ((_, text, golds), doc) in enumerate(zip(articles, docs)):
        preds = extract(doc)
        used = {id(p) for _, p in match(golds, preds)}
        predictions += prediction_rows(index, text, doc, preds, used)
        verbs += verb_rows(index, text, doc, preds, golds)
        gold += len(golds)

    hits = sum(r["y"] for r in predictions)
    print(f"{args.split}: {gold} gold, {len(predictions)} predicted, {hits} matched; "
          f"overlap F1 {2 * hits / (gold + len(predictions)):.4f}")
    for label, numbers in (("filter, all features", FILTER_NUMBERS),
                           ("filter, without nesting", [n for n in FILTER_NUMBERS if n not in NESTING])):
        scores = cross_validated(predictions, FILTER_CATEGORIES, numbers)
        print(f"\n{label}: overlap F1 if predictions scored below t were dropped")
        for t in THRESHOLDS:
            kept = [r for r, s in zip(predictions, scores) if s >= t]
            nested = sum(r["nested"] for r, s in zip(predictions, scores) if s < t)
            kept_hits = sum(r["y"] for r in kept)
            print(f"  t={t:.2f}: drop {len(predictions) - len(kept):5} ({nested} nested, "
                  f"{hits - kept_hits} matched)  F1 {2 * kept_hits / (gold + len(kept)):.4f}")
    scores = cross_validated(verbs, CUE_CATEGORIES, CUE_NUMBERS)
    print(f"\ncues: {len(verbs)} verbs outside every prediction, {sum(r['y'] for r in verbs)} head a missed gold cue")
    for t in THRESHOLDS:
        picked = [r for r, s in zip(verbs, scores) if s >= t]
        found = sum(r["y"] for r in picked)
        print(f"  t={t:.2f}: {len(picked):5} verbs, {found} gold cues ({found / max(1, len(picked)):.2f})")


if __name__ == "__main__":
    main()
