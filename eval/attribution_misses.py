"""How the gold statements the stage misses are spread over cue words.

    python eval/attribution_misses.py [--split train] [--top 20]

For the PolNeAR gold statements that no prediction overlaps: how many have a
one-word cue and how many a longer one, how many cue heads the lexicon
(data/cues.tsv) already knows, how many distinct cue lemmas they fall under,
and how much of the misses the commonest lemmas account for. For each of
those lemmas, the share of all its uses in the split that the annotators
mark as a cue, since a new cue pays only where that share is high (a
prediction improves F1 only when it matches more often than about F1/2).
Only counts and common English words come out of this (PolNeAR has no licence
for redistribution).
"""

from __future__ import annotations

import argparse
from collections import Counter

from attribution_polnear import chars, match, parsed_split, pred_content
from polnear_cue_stats import cue_head

from rashomon.attribution import extract
from rashomon.attribution.lexicon import load_cues


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    articles, docs = parsed_split(args.split)
    known = load_cues().single_words()
    missed: Counter[tuple[str, str]] = Counter()
    as_cue: Counter[tuple[str, str]] = Counter()
    shapes: Counter[str] = Counter()
    gold_total = 0
    for (_, text, golds), doc in zip(articles, docs):
        preds = extract(doc)
        matched = {id(g) for g, _ in match(golds, preds)}
        predicted = set().union(*(chars(pred_content(p)) for p in preds))
        gold_total += len(golds)
        for gold in golds:
            head = cue_head(doc, gold.cue) if gold.cue else None
            if head is not None:
                as_cue[(head.lemma_.lower(), head.pos_)] += 1
            if id(gold) in matched or chars(gold.content) & predicted:
                continue
            words = " ".join(text[a:b] for a, b in gold.cue).split()
            shapes["no cue" if not words else "one-word cue" if len(words) == 1 else "longer cue"] += 1
            if head is None:
                continue
            shapes["head in lexicon" if head.lemma_.lower() in known else "head not in lexicon"] += 1
            missed[(head.lemma_.lower(), head.pos_)] += 1
    occurrences: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        occurrences.update((t.lemma_.lower(), t.pos_) for t in doc)
    total = sum(missed.values())
    no_overlap = shapes["no cue"] + shapes["one-word cue"] + shapes["longer cue"]
    print(f"PolNeAR {args.split}: {gold_total} gold statements, {no_overlap} with no overlapping prediction")
    for shape in ("one-word cue", "longer cue", "no cue", "head in lexicon", "head not in lexicon"):
        print(f"  {shape:20s} {shapes[shape]}")
    print(f"  {len(missed)} distinct cue head lemmas; each missed once: {sum(1 for n in missed.values() if n == 1)}")
    top = missed.most_common(args.top)
    print(f"  the {len(top)} commonest account for {sum(n for _, n in top)} of {total} ({sum(n for _, n in top) / max(total, 1):.0%})")
    print("lemma\tpos\tmissed\tgold cues\toccurrences\tshare\tin_lexicon")
    for (lemma, pos), count in top:
        uses = occurrences[(lemma, pos)]
        cues = as_cue[(lemma, pos)]
        print(f"{lemma}\t{pos}\t{count}\t{cues}\t{uses}\t{cues / max(uses, 1):.2f}\t{known.get(lemma, '-')}")
    print(f"command: python eval/attribution_misses.py --split {args.split} --top {args.top}")


if __name__ == "__main__":
    main()
