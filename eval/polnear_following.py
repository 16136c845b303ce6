"""Would joining a statement to the one before it in its sentence pay? A count.

    python eval/polnear_following.py [--split train]

A top-level prediction whose cue comes after another prediction's content
in the same sentence ("X said A, and Y said B") is sometimes one gold
statement read as two. This counts, for every such second prediction, what
the scorer makes of it: matched to a gold statement, a piece of the gold
statement the first prediction matched, a piece of another, or in no gold
statement at all. Joining the two would turn the second kind into gains and
the first into losses. The figures are for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
from collections import Counter

from attribution_polnear import chars, hull, match, parsed_split, pred_content

from rashomon.attribution import extract


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    args = parser.parse_args()
    articles, docs = parsed_split(args.split)
    outcomes: Counter[str] = Counter()
    for (_, _, golds), doc in zip(articles, docs):
        preds = extract(doc)
        matched = {id(p): g for g, p in match(golds, preds)}
        for second in preds:
            if second.parent is not None or second.cue_span is None:
                continue
            cue = doc.char_span(*second.cue_span, alignment_mode="expand")
            if cue is None:
                continue
            sentence = cue.sent
            first = next((p for p in preds if p is not second and p.cue_span is not None
                          and sentence.start_char <= p.cue_span[0] < second.cue_span[0]
                          and sentence.start_char <= hull(pred_content(p))[0]
                          and p.cue_span[1] - 1 <= hull(pred_content(p))[0]
                          and hull(pred_content(p))[1] <= second.cue_span[0]), None)
            if first is None:
                continue
            own = chars(pred_content(second))
            if id(second) in matched:
                outcomes["matched"] += 1
            elif id(first) in matched and own & chars(matched[id(first)].content):
                outcomes["a piece of the first's gold statement"] += 1
            elif any(own & chars(g.content) for g in golds):
                outcomes["a piece of another gold statement"] += 1
            else:
                outcomes["in no gold statement"] += 1
    print(f"PolNeAR {args.split}: {sum(outcomes.values())} statements whose cue follows another's content in its sentence")
    for outcome, count in outcomes.most_common():
        print(f"  {outcome}: {count}")
    print(f"command: python eval/polnear_following.py --split {args.split}")


if __name__ == "__main__":
    main()
