"""Read PolNeAR articles cut short at random tokens through the per-document
analysis, and count the failures (exceptions, spans outside the text).

    python eval/robustness_cuts.py [--split train] [--articles 300] [--cuts 15] [--seed 0]

Articles arrive truncated (feeds, paywalls, scrapes), and a rule that looks
one token past the words it matched meets the end of the text there. A cut
keeps the parse of what comes before it (``Doc.as_doc``), so the run needs
no parsing beyond the cached one. Exit status 1 if anything failed.
"""

from __future__ import annotations

import argparse
import random
import sys
import traceback
from collections import defaultdict

from attribution_polnear import load_split, parsed_docs

from rashomon.model import DocumentRecord
from rashomon.pipeline import analyse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--cuts", type=int, default=15, help="random cut points per article")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    every = load_split(args.split)
    articles = every[: args.articles]
    docs = parsed_docs(args.split, [text for _, text, _ in every])[: args.articles]  # the split's cache key
    rng = random.Random(args.seed)
    failures: dict[str, list[str]] = defaultdict(list)
    cuts = 0
    for (name, _, _), doc in zip(articles, docs):
        for end in rng.sample(range(1, len(doc)), min(args.cuts, len(doc) - 1)):
            part = doc[:end].as_doc()
            cuts += 1
            try:
                analysis = analyse(name, DocumentRecord(text=part.text), part)
                for st in analysis.attributions:
                    for span in (st.content_span, st.cue_span, st.speaker_span):
                        if span is not None and not 0 <= span[0] < span[1] <= len(part.text):
                            raise AssertionError(f"span {span} outside a text of {len(part.text)} characters")
            except Exception as error:  # what the run is counting
                frame = traceback.extract_tb(error.__traceback__)[-1]
                failures[f"{type(error).__name__} at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}"].append(
                    f"{name} cut after token {end}"
                )
    print(f"PolNeAR {args.split}: {len(articles)} articles, {cuts} cuts, {sum(map(len, failures.values()))} failed")
    for where, cases in sorted(failures.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(cases):4d}  {where}   e.g. {cases[0]}")
    print("command: python eval/robustness_cuts.py " + " ".join(sys.argv[1:]))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
