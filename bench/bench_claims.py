"""Speed of stance tracking and findings on synthetic statements.

Targets (issue 6): tracking a new proposition over 100,000 statements in
under 5 s; the findings of one proposition in under 1 s.

    .venv/bin/python bench/bench_claims.py [--statements 100000]

Statements are synthetic: random unit vectors (as the store would hand them
over, so no encoding), short texts drawn from a fixed vocabulary, 2% of them
written and placed near the proposition so the stance rules run on a
realistic share. The proposition itself is encoded with the real model.
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from rashomon.claims import Proposition, Stance, StatementIndex, StatementView
from rashomon.embeddings import embed, load_embedder
from rashomon.findings import proposition_findings
from rashomon.model import PartialDate

VOCABULARY = (
    "council harbour bridge budget convoy river festival tax school grain pipeline ferry "
    "election strike mayor minister factory border storm vaccine tariff court museum"
).split()
PROPOSITION = "The ferry company closed the harbour bridge to convoys"
CUES = ["assert", "deny", "report", "admit", "confirm"]


def synthetic(n: int, target: np.ndarray, seed: int = 7) -> tuple[list[StatementView], np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((n, 384)).astype(np.float32)
    relevant = rng.random(n) < 0.02
    vectors[relevant] = target + 0.4 * vectors[relevant] / np.sqrt(384)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    statements = []
    for i in range(n):
        if relevant[i]:
            negation = " not" if i % 3 == 0 else ""
            content = f"the ferry company had{negation} closed the harbour bridge to convoys"
        else:
            content = " ".join(rng.choice(VOCABULARY, 8))
        day = 1 + i % 28
        statements.append(
            StatementView(
                id=f"st{i}",
                document=f"doc{i // 5}",
                content=content,
                sentence=f"Officials said {content}.",
                cue_class=CUES[i % len(CUES)],
                outlet=f"outlet{i % 40}",
                actor=f"actor{i % 300}",
                actor_kind="person",
                said_on=PartialDate(f"2026-{1 + (i // 28) % 12:02d}-{day:02d}", "explicit"),
            )
        )
    return statements, vectors, vectors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    args = parser.parse_args()

    t = time.perf_counter()
    load_embedder()
    print(f"model load: {time.perf_counter() - t:.2f} s")
    target = embed([PROPOSITION])[0]
    statements, content_vectors, sentence_vectors = synthetic(args.statements, target)

    index = StatementIndex()
    t = time.perf_counter()
    index.add(statements, content_vectors, sentence_vectors)
    build = time.perf_counter() - t
    print(f"index build ({args.statements} statements, vectors given): {build:.2f} s")

    proposition = Proposition("prop-bench", PROPOSITION)
    t = time.perf_counter()
    stances = index.track(proposition)  # includes encoding the proposition
    tracking = time.perf_counter() - t
    print(f"track one new proposition over {args.statements} statements: {tracking:.2f} s ({len(stances)} stances) [target < 5 s]")

    by_id = {s.id: s for s in statements}
    t = time.perf_counter()
    findings = proposition_findings(proposition, stances, by_id)
    elapsed = time.perf_counter() - t
    print(f"findings for one proposition ({len(stances)} stances): {elapsed:.2f} s ({len(findings)} findings) [target < 1 s]")

    new = statements[:100]
    t = time.perf_counter()
    index.add([StatementView(**{**s.__dict__, "id": s.id + "-new"}) for s in new], content_vectors[:100], sentence_vectors[:100])
    updated: list[Stance] = index.update([s.id + "-new" for s in new])
    print(f"update: 100 new statements x 1 tracked proposition: {time.perf_counter() - t:.2f} s ({len(updated)} stances)")
    print("command: " + " ".join([".venv/bin/python", *sys.argv]))


if __name__ == "__main__":
    main()
