"""What reads the raw text around the parse, on hostile texts, against the
model's own tokenizer on the same texts.

Untrusted articles can be long and odd: thousands of markup tags, thousands of
paragraphs or hard-wrapped lines, quotation marks that never close. The
article tokenizer (`rashomon.nlp.ArticleTokenizer`: tags and line wraps) with
the paragraph boundaries (`paragraph_breaks`), quote finding (`attribution.quotes.find_quotes`)
and post signatures (`attribution.posts.signatures`) must stay near-linear on them. Each is timed as a ratio to the bare
tokenizer's time on texts of growing size. The bare tokenizer caches the words
it has seen, so on these repetitive texts the ratios are large; what matters
is that they do not grow with the size (one that grows is a quadratic step).

    .venv/bin/python bench/bench_hostile.py [--sizes 1000 4000 16000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from rashomon.attribution.posts import signatures
from rashomon.attribution.quotes import find_quotes
from rashomon.nlp import PARAGRAPHS, ArticleTokenizer, load_pipeline

SHAPES = {
    "inline tags": 'The board met <b>again</b> on <a href="https://example.org/x">Monday</a>. ',
    "embedded posts": '<post id="7" author="@harbour">The ferry runs on Monday.</post>\n\n',
    "paragraphs": "The ferry runs on Monday.\n\n",
    "wrapped lines": "The ferry runs on Monday, the harbour board\nsaid, and the night crossing stays as it\n",
    "unclosed marks": "\u2018The ferry runs on Monday. ",
    "post signatures": "The ferry runs on Monday. \u2014 Ana Dorn (@anadorn) March 3, 2026\n",
    "instagram lines": "The ferry runs on Monday.\nA post shared by Ana Dorn (@anadorn) on\n",
    "a line of dashes": "-- ",
}


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000], help="repeats of each shape")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    nlp = load_pipeline()
    ours = nlp.tokenizer
    assert isinstance(ours, ArticleTokenizer)
    bare = ours.base
    paragraphs = nlp.get_pipe(PARAGRAPHS)
    print(f"{'text':16s} {'repeats':>8s} {'tokens':>8s} {'bare s':>8s} {'ours s':>8s} {'ratio':>6s} {'quotes s':>9s} {'ratio':>6s} {'posts s':>8s} {'ratio':>6s}")
    for name, unit in SHAPES.items():
        for size in args.sizes:
            text = unit * size
            tokens = len(bare(text))
            bare_s = best_of(args.repeat, lambda: bare(text))
            ours_s = best_of(args.repeat, lambda: paragraphs(ours(text)))
            quotes_s = best_of(args.repeat, lambda: find_quotes(text))
            posts_s = best_of(args.repeat, lambda: signatures(text))
            print(f"{name:16s} {size:8d} {tokens:8d} {bare_s:8.3f} {ours_s:8.3f} {ours_s / bare_s:6.1f}"
                  f" {quotes_s:9.3f} {quotes_s / bare_s:6.1f} {posts_s:8.3f} {posts_s / bare_s:6.1f}")
    print(f"command: python bench/bench_hostile.py --sizes {' '.join(map(str, args.sizes))} --repeat {args.repeat}")


if __name__ == "__main__":
    main()
