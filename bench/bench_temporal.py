"""Speed of the temporal stage alone: words per second of tag() on one core.

Real news text (PolNeAR train articles), no spaCy: the tagger works from the
raw text. Each article is tagged against its publication date from
metadata.tsv. The best of several passes is reported, after one warm-up pass
(which compiles the patterns).

    .venv/bin/python bench/bench_temporal.py [--data DIR] [--limit N] [--repeat N]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

from rashomon.temporal import tag

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"


def publication_dates(root: Path) -> dict[str, str]:
    """Article file stem -> publication date, when metadata.tsv names one."""
    dates: dict[str, str] = {}
    meta = root / "metadata.tsv"
    if not meta.exists():
        return dates
    with meta.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            name = row.get("filename") or row.get("file") or row.get("id") or ""
            date = (row.get("date") or row.get("published") or row.get("publication_date") or "")[:10]
            if name and date:
                dates[Path(name).stem] = date
    return dates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=400, help="number of articles")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = sorted((args.data / "train" / "text").glob("*.txt"))[: args.limit]
    if not paths:
        sys.exit(f"no articles under {args.data / 'train' / 'text'}")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    dates = publication_dates(args.data)
    docs = [(p.read_text(encoding="utf-8"), dates.get(p.stem)) for p in paths]
    words = sum(len(text.split()) for text, _ in docs)
    expressions = sum(len(tag(text, published)) for text, published in docs)  # warm-up
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for text, published in docs:
            tag(text, published)
        best = min(best, time.perf_counter() - start)
    dated = sum(1 for _, published in docs if published)
    print(f"temporal tag(): {len(docs)} PolNeAR articles ({dated} with a publication date), {words:,} words, "
          f"{expressions:,} time expressions")
    print(f"{words / best:,.0f} words/s on one core (best of {args.repeat})")
    print(f"command: .venv/bin/python bench/bench_temporal.py --limit {args.limit} --repeat {args.repeat}")


if __name__ == "__main__":
    main()
