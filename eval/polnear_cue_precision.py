"""How often the stage's predictions match a gold statement, by group: cue word,
kind, cue class, kind of source, nested or not.

    python eval/polnear_cue_precision.py [--split train] [--min-uses 15] [--below 0.6]

A group whose share of matched predictions is under F1 / 2 (about 0.43 on
train) lowers overlap F1: dropping it would raise the figure. Cue words are
printed only below ``--below``; the other groups always. Matching is the
scorer's own (attribution_polnear.match).
"""

from __future__ import annotations

import argparse
from collections import Counter

from attribution_polnear import extract, issuer_of, load_pipeline, load_split, match, parsed_docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--min-uses", type=int, default=15)
    parser.add_argument("--below", type=float, default=0.6, help="print cue words matched less often than this")
    args = parser.parse_args()
    articles = load_split(args.split)
    docs = parsed_docs(args.split, [text for _, text, _ in articles])
    uses, matched = Counter(), Counter()
    for (_, text, golds), doc in zip(articles, docs):
        issuer = issuer_of(None, None, text, lambda title: load_pipeline()(title))
        preds = extract(doc, issuer=issuer)
        hits = {id(p) for _, p in match(golds, preds)}
        for p in preds:
            for group in (("cue", p.cue.lower()), ("kind", p.kind), ("class", p.cue_class),
                          ("source", p.source_kind), ("nested", str(p.parent is not None))):
                uses[group] += 1
                matched[group] += id(p) in hits
    rows = sorted(((matched[g] / uses[g], g, uses[g]) for g in uses if uses[g] >= args.min_uses))
    print("| group | value | uses | matched share |\n|---|---|---|---|")
    for share, (kind, value), n in rows:
        if kind != "cue" or share < args.below:
            print(f"| {kind} | {value} | {n} | {share:.2f} |")
    print(f"command: python eval/polnear_cue_precision.py --split {args.split} --min-uses {args.min_uses} --below {args.below}")


if __name__ == "__main__":
    main()
