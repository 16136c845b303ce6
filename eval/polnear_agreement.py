"""How far PolNeAR's own annotators agree, scored like the attribution stage.

    python eval/polnear_agreement.py [--split train]

Some PolNeAR articles were labelled by two or more annotators. On those
articles, each later annotator's file is scored as if it were a prediction
against the first file (the one ``attribution_polnear.py`` uses as gold), with
the same one-to-one overlap matching, exact match and source agreement. The
stage is scored on the same articles against both files, so the two figures
compare like with like: the human figure is the ceiling the targets should be
read against.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from attribution_polnear import DATA, Gold, Tally, parsed_docs, read_ann

from rashomon.attribution import extract


@dataclass
class AnnotatedStatement:
    """A second annotator's statement, shaped like a prediction for ``Tally``."""

    content_span: tuple[int, int]
    content_parts: list[tuple[int, int]]
    speaker_span: tuple[int, int] | None
    cue_span: tuple[int, int] | None
    parent: int | None = None  # annotators' statements are never nested


def as_prediction(gold: Gold) -> AnnotatedStatement:
    return AnnotatedStatement(
        content_span=(gold.content[0][0], gold.content[-1][1]),
        content_parts=list(gold.content) if len(gold.content) > 1 else [],
        speaker_span=(gold.source[0][0], gold.source[-1][1]) if gold.source else None,
        cue_span=(gold.cue[0][0], gold.cue[-1][1]) if gold.cue else None,
    )


def annotator_files(split: str) -> dict[str, list[Path]]:
    """Articles with more than one annotator's file, files in annotator-id order."""
    files: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted((DATA / split / "attributions").glob("*.ann")):
        files[re.sub(r"_[0-9a-f]+$", "", ann.stem)].append(ann)
    return {article: paths for article, paths in files.items() if len(paths) > 1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"PolNeAR not found at {DATA}")
    multi = annotator_files(args.split)
    articles = sorted(multi)
    texts = [(DATA / args.split / "text" / f"{a}.txt").read_text(encoding="utf-8") for a in articles]
    docs = parsed_docs(f"{args.split}-multi", texts)
    human, stage_first, stage_later = Tally(), Tally(), Tally()
    for article, doc in zip(articles, docs):
        first, *later = [read_ann(path) for path in multi[article]]
        predictions = extract(doc)
        stage_first.add(first, predictions)
        for other in later:
            human.add(first, [as_prediction(g) for g in other])  # type: ignore[misc]
            stage_later.add(other, predictions)
    pairs = sum(len(paths) - 1 for paths in multi.values())
    print(f"PolNeAR {args.split}: {len(articles)} articles with several annotators, {pairs} annotator pairs")
    print("\n".join(human.lines("later annotator against the first")))
    print("\n".join(stage_first.lines("stage against the first annotator")))
    print("\n".join(stage_later.lines("stage against the later annotators")))
    print("command: python eval/polnear_agreement.py " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()
