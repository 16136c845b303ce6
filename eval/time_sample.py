"""Score statement dates (said_on) on a fictional corpus with hand-written gold.

The gold statements (<corpus>/gold/statements.yaml) are turned into
attributions (content, cue and speaker located in the ingested text), so the
figure measures the temporal stage alone, not attribution. Documents without a
publication date get one from infer_published(), given the corpus's median
publication date as the nearby date a pipeline knows from its batch.

    .venv/bin/python eval/time_sample.py [--sample eval/ferry] [--show] [--parse]

The default corpus is the bundled Tarvik sample (``--sample`` names another).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

from rashomon.ingest import read_inputs
from sample_gold import SAMPLE, document_name, nearest
from rashomon.model import Attribution, DocumentRecord, PartialDate
from rashomon.nlp import load_pipeline
from rashomon.temporal import date_statements, infer_published, tag, typical_date
from rashomon.temporal.cross_document import Dated, cross_dates



def attribution_of(text: str, gold: dict[str, Any]) -> Attribution | None:
    content = nearest(text, gold["content"], 0)
    if content is None:
        return None
    cue = nearest(text, gold.get("cue"), content[0])
    speaker = nearest(text, gold.get("speaker"), cue[0] if cue else content[0])
    return Attribution(content_span=content, cue=gold.get("cue") or "", cue_class=gold.get("cue_class") or "",
                       kind=gold.get("kind") or "indirect", cue_span=cue, speaker_span=speaker,
                       speaker_text=gold.get("speaker"), source_kind=gold.get("speaker_kind") or "named")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=Path, default=SAMPLE)
    parser.add_argument("--show", action="store_true", help="print every wrong said_on")
    parser.add_argument("--parse", action="store_true", help="give the stage the spaCy parse, as the pipeline does")
    args = parser.parse_args()
    nlp = load_pipeline() if args.parse else None
    gold_file = args.sample / "gold" / "statements.yaml"
    if not gold_file.exists():
        sys.exit(f"no gold statements at {gold_file}")
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    records = {document_name(r): r for r in read_inputs([str(args.sample)]) if isinstance(r, DocumentRecord)}
    near = typical_date(r.published for r in records.values())
    by_document: dict[str, list[dict[str, Any]]] = {}
    for statement in gold["statements"]:
        by_document.setdefault(statement["document"], []).append(statement)
    total = value_right = both_right = unlocated = 0
    dated: list[tuple[dict[str, Any], str, PartialDate | None]] = []
    published_right = published_total = 0
    for name, statements in by_document.items():
        record = records.get(name)
        if record is None:
            unlocated += len(statements)
            continue
        text = record.text
        if record.published:
            published: PartialDate | None = PartialDate(record.published[:10], basis="metadata")
        else:
            published = infer_published(text, near=near)
            expected = next((d.get("published_inferred") for d in gold["documents"] if d["document"] == name), None)
            published_total += 1
            published_right += int(published is not None and published.value == expected)
        pairs = [(s, attribution_of(text, s)) for s in statements]
        located = [(s, a) for s, a in pairs if a is not None]
        unlocated += len(pairs) - len(located)
        doc = nlp(text) if nlp is not None else None
        expressions = tag(text, published.value if published else None, doc)
        dates = date_statements(text, [a for _, a in located], expressions, published, doc)
        dated += [(statement, name, date) for (statement, _), date in zip(located, dates)]
    # The store-wide step: a statement with no date of its own borrows the one an earlier
    # document gives it (gold speakers stand in for the actor ids the pipeline resolves).
    lent = cross_dates(Dated(s["id"], name, s.get("actor"), s["content"], s.get("cue_class") or "", False,
                             d.value if d else None, d.basis if d else None) for s, name, d in dated)
    for statement, _, date in dated:
        if statement["id"] in lent:
            date = PartialDate(lent[statement["id"]], basis="cross_document")
        total += 1
        expected_value = statement.get("said_on")
        got_value = date.value if date else None
        value_ok = str(expected_value) == str(got_value) if expected_value else got_value is None
        basis_ok = (date.basis if date else "unknown") == (statement.get("basis") or "unknown")
        value_right += value_ok
        both_right += value_ok and basis_ok
        if args.show and not (value_ok and basis_ok):
            print(f"{statement['id']}: gold {expected_value} {statement.get('basis')} "
                  f"({statement.get('said_on_text')}) -> {got_value} {date.basis if date else None} "
                  f"({date.text if date else None})")
    print(f"{args.sample}: {total} gold statements dated ({unlocated} not located in the text)\n")
    print("| measure | correct |")
    print("|---|---|")
    print(f"| said_on value | {value_right}/{total} = **{value_right / max(total, 1):.3f}** |")
    print(f"| said_on value and basis | {both_right}/{total} = **{both_right / max(total, 1):.3f}** |")
    if published_total:
        print(f"| inferred publication date | {published_right}/{published_total} |")
    print(f"\n(documents without metadata dated near the corpus median {near}; see the docstring)")
    print("command: " + " ".join([".venv/bin/python", *sys.argv]))


if __name__ == "__main__":
    main()
