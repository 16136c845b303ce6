"""Speed of the store-wide dating step (dates lent across documents) on synthetic statements.

An ingest re-dates only the speakers of the documents it adds (a date is never
lent across speakers), so the second figure, one new document's speakers, is
what a one-document ingest into a large case pays; the first is a full re-date.

    .venv/bin/python bench/bench_dating.py [--statements 100000] [--speakers 300]

Statements are synthetic: 5-25 words drawn from a 5,000-word vocabulary, ten
per document, spread over a few hundred speakers, a fifth with no date.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

from rashomon.temporal.cross_document import Dated, cross_dates


def synthetic(n: int, speakers: int, seed: int = 7) -> list[Dated]:
    rng = random.Random(seed)
    words = [f"word{i}" for i in range(5000)]
    items = []
    for i in range(n):
        basis = rng.choice(["explicit", "relative", "publication", "publication", None])
        said_on = f"2031-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if basis else None
        content = " ".join(rng.choices(words, k=rng.randint(5, 25)))
        items.append(Dated(f"s{i}", f"d{i // 10}", f"a{rng.randrange(speakers)}", content, "assert", False,
                           said_on, basis))
    # Some real re-reports: a later document repeating an earlier statement without its date.
    for i in range(0, n, 50):
        s = items[i]
        items.append(Dated(f"r{i}", f"d{n + i}", s.speaker, s.content, "assert", False, "2032-01-01", "publication"))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--speakers", type=int, default=300)
    args = parser.parse_args()
    items = synthetic(args.statements, args.speakers)
    t = time.perf_counter()
    lent = cross_dates(items)
    elapsed = time.perf_counter() - t
    print(f"cross-document dating over {len(items)} statements, {args.speakers} speakers: {elapsed:.2f} s "
          f"({len(lent)} dated from elsewhere)")
    newest = items[args.statements - 1].document  # a regular ten-statement document
    touched = {s.speaker for s in items if s.document == newest}
    t = time.perf_counter()
    group = [s for s in items if s.speaker in touched]
    cross_dates(group)
    elapsed = time.perf_counter() - t
    print(f"after a one-document ingest: {len(touched)} speakers, {len(group)} statements re-dated: {elapsed:.2f} s")
    print("command: " + " ".join([".venv/bin/python", *sys.argv]))


if __name__ == "__main__":
    main()
