"""Are the stage's rules too strict? The lexicon cue words it passes over.

    python eval/attribution_uncovered.py [--split train] [--min-uses 30]

Every word the lexicon (data/cues.tsv) knows as a one-word verb or noun cue,
and that is no prediction's cue, is a place where a rule chose not to read a
statement. For each, this asks whether it lies in the cue of a gold
statement that no prediction matched: a statement the stage could have found
by reading that word more loosely. The words are counted apart by where they
stand:

- outside every predicted statement;
- inside a predicted statement's content ("she said the mayor denied it"):
  reading it would add a statement nested in that one.

Printed, by cue class, dependency and tag: how many such words, and the
share that are gold cues. Reading every word of a group as a statement
raises overlap F1 only if the share is above about F1 / 2 (0.43 at F1 0.85),
and then only if the statement read has the gold one's span; a group under
that line is one the rules are right to pass over.
"""

from __future__ import annotations

import argparse
from collections import Counter

from attribution_polnear import chars, match, overlaps, parsed_split, pred_content

from rashomon.attribution import extract
from rashomon.attribution.lexicon import load_cues


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--min-uses", type=int, default=30)
    args = parser.parse_args()
    articles, docs = parsed_split(args.split)
    cues = load_cues()
    uses: Counter[tuple[str, ...]] = Counter()
    gold_cues: Counter[tuple[str, ...]] = Counter()
    matched_total = predicted_total = gold_total = 0
    for (_, _, golds), doc in zip(articles, docs):
        preds = extract(doc)
        pairs = match(golds, preds)
        matched_total += len(pairs)
        predicted_total += len(preds)
        gold_total += len(golds)
        matched = {id(g) for g, _ in pairs}
        predicted = set().union(*(chars(pred_content(p)) for p in preds))
        cue_chars = set().union(*(set(range(*p.cue_span)) for p in preds if p.cue_span))
        missed = [g for g in golds if g.cue and id(g) not in matched]
        for token in doc:
            if token.idx in cue_chars:
                continue
            if token.pos_ in ("VERB", "AUX"):
                cue_class, part = cues.verb_class(token), "verb"
            elif token.pos_ == "NOUN":
                cue_class, part = cues.nouns.get(token.lemma_.lower()), "noun"
            else:
                continue
            if cue_class is None:
                continue
            hit = any(overlaps(g.cue, [(token.idx, token.idx + len(token))]) for g in missed)
            where = "inside" if token.idx in predicted else "outside"
            for group in [(where, part), (where, part, "class", cue_class), (where, part, "dep", token.dep_),
                          (where, part, "dep+tag", token.dep_, token.tag_)]:
                uses[group] += 1
                gold_cues[group] += hit
    f1 = 2 * matched_total / (predicted_total + gold_total)
    line = f1 / 2
    print(f"PolNeAR {args.split}: overlap F1 {f1:.3f}, so a new statement pays above a gold share of {line:.2f}")
    print("group\tuses\tgold cues\tshare")
    for group, count in sorted(uses.items(), key=lambda item: (item[0][0] != "outside", len(item[0]) > 2, -item[1])):
        if count >= args.min_uses or len(group) == 2:
            share = gold_cues[group] / count
            mark = "\tabove the line" if share > line else ""
            print(f"{' '.join(group)}\t{count}\t{gold_cues[group]}\t{share:.2f}{mark}")
    print(f"command: python eval/attribution_uncovered.py --split {args.split} --min-uses {args.min_uses}")


if __name__ == "__main__":
    main()
