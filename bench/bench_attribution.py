"""How much the attribution stage adds to the spaCy pass, in the same run.

    python bench/bench_attribution.py [--articles 200] [--repeat 2]

Texts: the first N articles of ../shared/data/polnear/train (real news).
Both passes parse the same texts with the same pipeline (``nlp.pipe``); the
second also runs ``extract`` on every doc. The passes alternate and the best
of ``--repeat`` runs of each is kept, so a busy machine penalises both alike.
Prints words/s for each and the overhead of the stage (target: <= 15%).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rashomon.attribution import extract
from rashomon.nlp import BATCH_SIZE, default_model, load_pipeline

TRAIN = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "train" / "text"


def timed(texts: list[str], with_stage: bool) -> float:
    nlp = load_pipeline()
    started = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        if with_stage:
            extract(doc)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    if not TRAIN.exists():
        sys.exit(f"PolNeAR not found at {TRAIN}")
    texts = [p.read_text(encoding="utf-8") for p in sorted(TRAIN.glob("*.txt"))[: args.articles]]
    words = sum(len(t.split()) for t in texts)
    load_pipeline()
    extract(load_pipeline()(texts[0]))  # load the lexicon outside the timing
    bare: list[float] = []
    staged: list[float] = []
    for _ in range(args.repeat):
        bare.append(timed(texts, with_stage=False))
        staged.append(timed(texts, with_stage=True))
    bare_wps = words / min(bare)
    staged_wps = words / min(staged)
    overhead = min(staged) / min(bare) - 1
    print(f"{len(texts)} PolNeAR train articles, {words} words, model {default_model()}")
    print(f"bare nlp.pipe:          {bare_wps:8.0f} words/s")
    print(f"nlp.pipe + extract:     {staged_wps:8.0f} words/s")
    print(f"attribution overhead:   {overhead:+.1%}  (speed ratio {staged_wps / bare_wps:.3f})")
    print("command: python bench/bench_attribution.py " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()
