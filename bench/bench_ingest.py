"""End-to-end ingest speed against bare spaCy, and peak memory.

Both runs parse the same texts with the same model in the same invocation,
each in a fresh subprocess (so peak RSS is its own). The figure is the ratio
of words/s: ingest (all stages + store writes) / bare ``nlp.pipe``.

    .venv/bin/python bench/bench_ingest.py [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "train" / "text"


def load_texts(limit: int | None) -> list[str]:
    files = sorted(CORPUS.glob("*.txt"))[:limit]
    return [f.read_text(encoding="utf-8") for f in files]


def run_mode(mode: str, limit: int | None) -> dict[str, Any]:
    from rashomon.model import DocumentRecord
    from rashomon.nlp import default_model, load_pipeline

    texts = load_texts(limit)
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline()
    nlp("warm up the pipeline once")
    start = time.perf_counter()
    if mode == "bare":
        for _ in nlp.pipe(texts, batch_size=64):
            pass
    else:
        from rashomon.api import Case

        with tempfile.TemporaryDirectory() as folder, Case(Path(folder) / "bench.db") as case:
            records = (DocumentRecord(text=t, outlet="bench", source=f"text {i}") for i, t in enumerate(texts))
            report = case.ingest_records(records)
            assert len(report.added) == len(set(texts)), report
    seconds = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "model": default_model(), "docs": len(texts), "words": words,
            "seconds": seconds, "words_per_s": words / seconds, "peak_mib": peak_mib}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="first N texts only")
    parser.add_argument("--repeat", type=int, default=1, help="alternate bare/ingest R times, keep the best of each")
    parser.add_argument("--mode", choices=["bare", "ingest"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.limit)))
        return
    if not CORPUS.exists():
        sys.exit(f"corpus not found: {CORPUS}")
    best: dict[str, dict[str, float]] = {}
    for _ in range(args.repeat):
        for mode in ("bare", "ingest"):
            cmd = [sys.executable, __file__, "--mode", mode]
            if args.limit:
                cmd += ["--limit", str(args.limit)]
            result = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            if mode not in best or result["words_per_s"] > best[mode]["words_per_s"]:
                best[mode] = result
    bare, full = best["bare"], best["ingest"]
    print(f"model {bare['model']}, {bare['docs']} docs, {bare['words']} words (polnear/train)")
    for r in (bare, full):
        print(f"  {r['mode']:7s} {r['words_per_s']:8.0f} words/s  {r['seconds']:6.1f} s  peak {r['peak_mib']:.0f} MiB")
    print(f"ratio ingest/bare: {full['words_per_s'] / bare['words_per_s']:.2f}")
    command = "python bench/bench_ingest.py" + (f" --limit {args.limit}" if args.limit else "") + (
        f" --repeat {args.repeat}" if args.repeat > 1 else "")
    print(f"command: {command}")


if __name__ == "__main__":
    main()
