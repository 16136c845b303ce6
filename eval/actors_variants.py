"""Name variants that must and must not resolve to one actor (eval/actors_variants.yaml).

Each pair is resolved as two documents into a fresh index (after any
"before" documents); the pair is right when the two mentions share an actor
exactly when they must. Prints every wrong pair and the totals.

    python eval/actors_variants.py [--cases eval/actors_variants.yaml]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

from rashomon.actors import ActorIndex, Mention, resolve_document

CASES = Path(__file__).with_name("actors_variants.yaml")


def document(spec: str | dict[str, Any]) -> list[Mention]:
    """The mentions of a one-sentence document naming ``spec`` (and its body, if any)."""
    spec = {"name": spec} if isinstance(spec, str) else spec
    name = str(spec["name"])
    kind = spec.get("kind", "person")
    mentions = [Mention(name, (0, len(name)), kind, "name", name=name, roles=tuple(spec.get("roles", ())))]
    body = spec.get("affiliation")
    if body:
        start = len(name) + 6
        span = (start, start + len(body))
        mentions.append(Mention(body, span, "organization", "name", name=body))
        mentions[0].affiliation, mentions[0].affiliation_span = body, span
    return mentions


def same_actor(case: dict[str, Any]) -> bool:
    index = ActorIndex()
    for number, before in enumerate(case.get("before", ())):
        resolve_document(f"before{number}", document(before), index)
    first = resolve_document("a", document(case["a"]), index).mentions[0].actor
    second = resolve_document("b", document(case["b"]), index).mentions[0].actor
    return first is not None and index.canonical_id(first) == index.canonical_id(second or "")


def check(path: Path = CASES) -> tuple[int, int, list[str]]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    right, total, wrong = 0, 0, []
    for expected, key in ((True, "must_merge"), (False, "must_not_merge")):
        for case in cases[key]:
            total += 1
            if same_actor(case) == expected:
                right += 1
            else:
                wrong.append(f"{key}: {case['rule']}: {case['a']!r} / {case['b']!r}")
    return right, total, wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    args = parser.parse_args()
    right, total, wrong = check(args.cases)
    for line in wrong:
        print("WRONG", line)
    print(f"name variants: {right}/{total} pairs right")
    shown = args.cases.resolve().relative_to(Path.cwd()) if args.cases.resolve().is_relative_to(Path.cwd()) else args.cases
    print(f"command: python eval/actors_variants.py --cases {shown}")
    return 0 if right == total else 1


if __name__ == "__main__":
    sys.exit(main())
