"""How much the attribution stage adds to the spaCy pass, in the same run.

    python bench/bench_attribution.py [--articles 200] [--repeat 2] [--huge 100]

Texts: the first N articles of ../shared/data/polnear/train (real news).
Both passes parse the same texts with the same pipeline (``nlp.pipe``); the
second also runs the headline re-parse and ``extract`` on every doc. The
passes alternate and the best of ``--repeat`` runs of each is kept, so a busy
machine penalises both alike.
Prints words/s for each, the end-to-end speed ratio, and the stage's own
time as a share of the bare parse (the overhead; target: <= 15%), which the
noise of a shared machine disturbs less than the difference of two passes.

Then the first ``--huge`` articles joined into one document (0 skips it):
untrusted input can be long, and the stage's share of the parse must not grow
with the length.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rashomon.attribution import extract
from rashomon.headlines import NAME as HEADLINES
from rashomon.nlp import BATCH_SIZE, default_model, load_pipeline

TRAIN = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "train" / "text"


def timed(texts: list[str], with_stage: bool) -> tuple[float, float]:
    """Seconds for the pass, and of those the seconds spent in the stage.

    The headline re-parse is there for this stage, so it counts on the stage's
    side: the pipe leaves it out and the staged pass runs it with ``extract``.
    """
    nlp = load_pipeline()
    headlines = nlp.get_pipe(HEADLINES)
    in_stage = 0.0
    started = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE, disable=[HEADLINES]):
        if with_stage:
            before = time.perf_counter()
            extract(headlines(doc))
            in_stage += time.perf_counter() - before
    return time.perf_counter() - started, in_stage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--huge", type=int, default=100, help="articles joined into one long document (0: none)")
    args = parser.parse_args()
    if not TRAIN.exists():
        sys.exit(f"PolNeAR not found at {TRAIN}")
    texts = [p.read_text(encoding="utf-8") for p in sorted(TRAIN.glob("*.txt"))[: args.articles]]
    words = sum(len(t.split()) for t in texts)
    load_pipeline()
    extract(load_pipeline()(texts[0]))  # load the lexicon outside the timing
    bare: list[float] = []
    staged: list[float] = []
    stage: list[float] = []
    for _ in range(args.repeat):
        bare.append(timed(texts, with_stage=False)[0])
        total, in_stage = timed(texts, with_stage=True)
        staged.append(total)
        stage.append(in_stage)
    bare_wps = words / min(bare)
    staged_wps = words / min(staged)
    print(f"{len(texts)} PolNeAR train articles, {words} words, model {default_model()}, best of {args.repeat}")
    print(f"bare nlp.pipe:          {bare_wps:8.0f} words/s")
    print(f"nlp.pipe + extract:     {staged_wps:8.0f} words/s   (speed ratio {staged_wps / bare_wps:.3f})")
    print(f"extract alone:          {words / min(stage):8.0f} words/s")
    print(f"attribution overhead:   {min(stage) / min(bare):.1%} of the bare spaCy pass")
    if args.huge:
        huge(texts[: args.huge])
    print("command: python bench/bench_attribution.py " + " ".join(sys.argv[1:]))


def huge(texts: list[str]) -> None:
    """The stage on the articles joined into one document, against the same
    articles read one by one (the stage's share of the parse in each case)."""
    nlp = load_pipeline()
    headlines = nlp.get_pipe(HEADLINES)
    started = time.perf_counter()
    doc = nlp("\n\n".join(texts), disable=[HEADLINES])
    parse = time.perf_counter() - started
    started = time.perf_counter()
    extract(headlines(doc))
    stage = time.perf_counter() - started
    print(f"the first {len(texts)} joined into one document of {len(doc)} tokens: "
          f"parse {parse:.1f} s, stage {stage:.1f} s ({stage / parse:.1%} of the parse)")


if __name__ == "__main__":
    main()
