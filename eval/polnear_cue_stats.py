"""Which words PolNeAR's annotators mark as cues, to check and extend data/cues.tsv.

    python eval/polnear_cue_stats.py [--split train] [--min-count 5]

For every lemma that heads a gold cue: how often it is a cue, how often the
word occurs at all (so the share that are cues), how its content hangs from it
(the dependency of the content's root), and whether data/cues.tsv knows it.
Only counts and common English words come out of this; the lexicon file is
written by hand from them (PolNeAR has no licence for redistribution).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from attribution_polnear import parsed_split
from spacy.tokens import Doc, Token

from rashomon.attribution.lexicon import load_cues


def cue_head(doc: Doc, spans: list[tuple[int, int]]) -> Token | None:
    tokens = [t for a, b in spans for t in doc.char_span(a, b, alignment_mode="expand") or []]
    words = [t for t in tokens if t.pos_ in ("VERB", "NOUN", "ADV", "ADP", "PUNCT", "ADJ", "AUX")]
    if not words:
        return None
    verbs = [t for t in words if t.pos_ == "VERB"]
    return (verbs or words)[-1 if verbs else 0]


def content_relation(doc: Doc, cue: Token, spans: list[tuple[int, int]]) -> str:
    tokens = [t for a, b in spans for t in doc.char_span(a, b, alignment_mode="expand") or []]
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if not roots:
        return "?"
    root = max(roots, key=lambda t: len(list(t.subtree)))
    if root.head.i == cue.i:
        return root.dep_
    if cue.head.i == root.i:
        return "^" + cue.dep_
    if root.head.head.i == cue.i:
        return f"{root.head.dep_}/{root.dep_}"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--min-count", type=int, default=5)
    args = parser.parse_args()
    articles, docs = parsed_split(args.split)
    known = load_cues().single_words()
    as_cue: Counter[tuple[str, str]] = Counter()
    relations: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for (_, _, golds), doc in zip(articles, docs):
        for gold in golds:
            if not gold.cue:
                continue
            head = cue_head(doc, gold.cue)
            if head is None:
                continue
            key = (head.lemma_.lower(), head.pos_)
            as_cue[key] += 1
            relations[key][content_relation(doc, head, gold.content)] += 1
    overall: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        overall.update((t.lemma_.lower(), t.pos_) for t in doc)
    print("lemma\tpos\tcues\toccurrences\tshare\tin_lexicon\tcontent relations")
    for (lemma, pos), count in as_cue.most_common():
        if count < args.min_count:
            break
        total = overall[(lemma, pos)]
        rel = ", ".join(f"{r}:{n}" for r, n in relations[(lemma, pos)].most_common(4))
        print(f"{lemma}\t{pos}\t{count}\t{total}\t{count / max(total, 1):.2f}\t{known.get(lemma, '-')}\t{rel}")
    print(f"command: python eval/polnear_cue_stats.py --split {args.split} --min-count {args.min_count}")


if __name__ == "__main__":
    main()
