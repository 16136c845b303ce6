"""Same input, same analysis: the demo's export under several hash seeds.

Python randomises string hashing per process, so anything that follows set
or dict-of-set order can change an actor's affiliation or a finding's label
from one run to the next. This runs the bundled demo (ingest the sample
corpus, track its propositions) once per seed in a fresh process and
compares the exports, ignoring only ``generated_at``.

    .venv/bin/python eval/determinism.py [--seeds 0 1 2 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def export_under_seed(seed: int, folder: Path) -> dict:
    db, out = folder / f"seed{seed}.db", folder / f"seed{seed}"
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    subprocess.run([sys.executable, "-m", "rashomon.demo", "--db", str(db), "--out", str(out)],
                   env=env, check=True, capture_output=True)
    data = json.loads((out / "export.json").read_text(encoding="utf-8"))
    data.pop("generated_at", None)
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        exports = {seed: export_under_seed(seed, Path(folder)) for seed in args.seeds}
    first = args.seeds[0]
    differing = {seed: sorted(k for k in exports[first] if exports[first][k] != exports[seed].get(k))
                 for seed in args.seeds[1:]}
    for seed, keys in differing.items():
        print(f"seed {seed} vs {first}: " + (", ".join(keys) + " differ" if keys else "identical"))
    print(f"command: python eval/determinism.py --seeds {' '.join(map(str, args.seeds))}")
    sys.exit(1 if any(differing.values()) else 0)


if __name__ == "__main__":
    main()
