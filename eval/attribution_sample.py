"""Score the attribution stage on a fictional corpus with hand-written gold.

    python eval/attribution_sample.py [--corpus src/rashomon/sample] [--show]

The default corpus is the bundled Tarvik sample; ``--corpus eval/ferry`` scores
the second development corpus the same way.

Gold: <corpus>/gold/statements.yaml (hand-written; content quoted
as text, located here in the ingested document). Its conventions differ from
PolNeAR's in two places, so exact matches compare both sides after stripping
quotation marks, a leading "that " and edge punctuation and spaces (as the
gold file's header allows). Content spans are matched one to one by
character overlap, as in eval/attribution_polnear.py; on matched statements:
speaker agreement (the spans overlap, or both have none), cue class and kind.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml
from attribution_polnear import Gold, Tally

from rashomon.attribution import extract, issuer_of
from rashomon.ingest import read_inputs
from sample_gold import SAMPLE, document_name, nearest
from rashomon.model import Attribution, DocumentRecord
from rashomon.nlp import load_pipeline

EDGES = " \t\n\u00a0.,;:!?\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014\u2013-"


def normal(text: str) -> str:
    text = text.strip(EDGES)
    if text.lower().startswith("that "):
        text = text[5:]
    return " ".join(text.strip(EDGES).split())


def gold_record(text: str, statement: dict[str, Any]) -> tuple[Gold, dict[str, Any]] | None:
    content = nearest(text, statement["content"])
    if content is None:
        return None
    pieces = [content] + [span for piece in statement.get("content_extra") or [] if (span := nearest(text, piece, content[1]))]
    cue = nearest(text, statement.get("cue"), content[0])
    # An issuer's own sentences point at its first mention (attribution.voiced), wherever they are.
    speaker = nearest(text, statement.get("speaker"), 0 if statement.get("speaker_kind") == "issuer" else cue[0] if cue else content[0])
    gold = Gold(content=sorted(pieces), cue=[cue] if cue else [], source=[speaker] if speaker else [])
    return gold, statement


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SAMPLE, help="corpus folder with a gold/ subfolder")
    parser.add_argument("--show", action="store_true", help="print missed, spurious and inexact statements")
    args = parser.parse_args()
    corpus = args.corpus
    gold_file = corpus / "gold" / "statements.yaml"
    if not gold_file.exists():
        sys.exit(f"no gold statements at {gold_file}")
    statements = yaml.safe_load(gold_file.read_text(encoding="utf-8"))["statements"]
    named = {s["document"] for s in statements}
    records = {
        document_name(r): r
        for r in read_inputs([str(corpus)])
        if isinstance(r, DocumentRecord) and document_name(r) in named  # not README.md
    }
    nlp = load_pipeline()
    tally = Tally()
    exact = class_ok = kind_ok = unlocated = 0
    for name, record in sorted(records.items()):
        text = record.text
        located = [g for s in statements if s["document"] == name if (g := gold_record(text, s)) is not None]
        unlocated += sum(1 for s in statements if s["document"] == name) - len(located)
        golds = [g for g, _ in located]
        by_gold = {id(g): s for g, s in located}
        predicted = extract(nlp(text), issuer=issuer_of(record.title, record.statement_by, text, nlp, record.outlet))
        pairs = tally.add(golds, predicted)
        for gold, pred in pairs:
            statement = by_gold[id(gold)]
            same = normal(text[gold.content[0][0] : gold.content[-1][1]]) == normal(
                text[pred.content_span[0] : pred.content_span[1]]
            )
            exact += same
            class_ok += pred.cue_class == statement.get("cue_class")
            kind_ok += pred.kind == statement.get("kind")
            if args.show and not same:
                print(f"EXACT {statement['id']}: gold {statement['content']!r}\n      pred {show(text, pred)!r}")
        if args.show:
            matched = {id(p) for _, p in pairs}
            hit = {id(g) for g, _ in pairs}
            for gold, statement in located:
                if id(gold) not in hit:
                    print(f"MISS {statement['id']}: [{statement.get('speaker')}] <{statement.get('cue')}> {statement['content']}")
            for pred in predicted:
                if id(pred) not in matched:
                    print(f"SPUR {name}: [{pred.speaker_text}] <{pred.cue}> {show(text, pred)}")
    tally.exact = exact
    print(f"{corpus}: {len(records)} documents, {len(statements)} gold statements ({unlocated} not located)")
    print("\n".join(tally.lines("all statements")))
    scored = tally.overlap or 1
    print(f"  cue class agreement {class_ok / scored:.3f}   kind agreement {kind_ok / scored:.3f}")
    print("command: " + " ".join(["python", *sys.argv]))


def show(text: str, pred: Attribution) -> str:
    return text[pred.content_span[0] : pred.content_span[1]].replace("\n", " ")


if __name__ == "__main__":
    main()
