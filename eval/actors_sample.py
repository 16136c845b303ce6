"""Speaker resolution on a fictional corpus's gold (the Tarvik sample by default).

Isolates actor resolution from attribution: each gold statement's speaker,
as written, is located in its document (the occurrence nearest the
statement's content) and handed to ``mentions_from_doc`` as a speaker span;
documents are resolved in order into one index. Prints B-cubed over the
statements' speakers (gold: the canonical actor) and the gold must-merge /
must-not-merge pairs. The invented countries and capitals of the corpus come
from its ``world/`` (``src/rashomon/sample/world`` for the sample) through
``RASHOMON_DATA``, the way a user extends the packaged lists.

    python eval/actors_sample.py [--pipeline] [--corpus eval/ferry]

``--corpus`` reads another fictional corpus laid out like the sample: its
articles, ``gold/statements.yaml``, ``gold/actors.yaml`` and ``world/``.

With ``--pipeline`` the speakers come from ``rashomon.attribution.extract``
instead of the gold: each gold statement is matched to the extracted
statement whose content overlaps it most, on a tie the shorter one (a nested
statement, not the one holding it; unmatched ones count as wrong
singletons), which measures attribution and resolution together. A
document's issuer is found as ingest finds it, from its metadata, title or
outlet (a body's release on its own site speaks as that body).

``--errors`` lists the statements whose speaker lands apart from its gold
actor's main cluster, or in another actor's. Use it on development corpora
only, never on ``eval/heldout``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

if TYPE_CHECKING:
    from rashomon.actors import ActorIndex
    from rashomon.model import DocumentRecord

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "rashomon" / "sample"
SOURCE_KINDS = {"named": "named", "pronoun": "pronoun", "role": "role", "unnamed": "unnamed", "issuer": "issuer"}


def documents(corpus: Path) -> dict[str, DocumentRecord]:
    from rashomon.ingest import read_inputs
    from rashomon.model import DocumentRecord

    records = {}
    for record in read_inputs(sorted(str(p) for p in corpus.iterdir() if p.is_file() and p.suffix in (".md", ".jsonl", ".html", ".txt", ".pdf") and p.name != "README.md")):
        if isinstance(record, DocumentRecord) and record.source:
            name = Path(record.source.split(":")[0]).name
            records[f"{name}#{record.external_id}" if record.external_id else name] = record
    return records


def nearest(text: str, needle: str, anchor: int) -> int | None:
    starts, at = [], text.find(needle)
    while at >= 0:
        starts.append(at)
        at = text.find(needle, at + 1)
    return min(starts, key=lambda s: abs(s - anchor)) if starts else None


def bcubed(gold: list[str], predicted: list[str]) -> tuple[float, float, float]:
    by_gold, by_pred = defaultdict(set), defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, predicted)):
        by_gold[g].add(i)
        by_pred[p].add(i)
    n = len(gold) or 1
    precision = sum(len(by_gold[g] & by_pred[p]) / len(by_pred[p]) for g, p in zip(gold, predicted)) / n
    recall = sum(len(by_gold[g] & by_pred[p]) / len(by_gold[g]) for g, p in zip(gold, predicted)) / n
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def print_errors(gold: list[str], predicted: list[str], shown: list[str], index: ActorIndex) -> None:
    """Each statement whose predicted actor is not its gold actor's commonest
    one, or whose predicted actor mostly holds another gold actor's statements."""
    def commonest(pairs: list[tuple[str, str]]) -> dict[str, str]:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for key, value in pairs:
            counts[key][value] += 1
        return {key: count.most_common(1)[0][0] for key, count in counts.items()}

    main_of_gold = commonest(list(zip(gold, predicted)))
    main_of_predicted = commonest(list(zip(predicted, gold)))
    for g, p, line in zip(gold, predicted, shown):
        if main_of_gold[g] != p or main_of_predicted[p] != g:
            actor = index.get(p)
            print(f"  {line}: gold {g!r}, predicted {actor.name if actor else p!r} (cluster mostly {main_of_predicted[p]!r})")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pipeline", action="store_true", help="speakers from the attribution stage")
    parser.add_argument("--corpus", type=Path, default=SAMPLE, help="a fictional corpus with gold/ and world/")
    parser.add_argument("--errors", action="store_true",
                        help="list the statements whose speaker lands apart from its gold actor's main cluster "
                             "or in another actor's (development corpora only, never the held-out one)")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    os.environ["RASHOMON_DATA"] = os.pathsep.join(filter(None, [str(corpus / "world"), os.environ.get("RASHOMON_DATA")]))
    from rashomon.actors import ActorIndex, mentions_from_doc, resolve_document
    from rashomon.actors_stage import issuer_speaker
    from rashomon.model import Attribution
    from rashomon.nlp import default_model, load_pipeline

    gold = yaml.safe_load((corpus / "gold" / "statements.yaml").read_text(encoding="utf-8"))
    actors_gold = yaml.safe_load((corpus / "gold" / "actors.yaml").read_text(encoding="utf-8"))
    records = documents(corpus)
    texts = {name: record.text for name, record in records.items()}
    nlp = load_pipeline()
    index = ActorIndex()
    by_document = defaultdict(list)
    for statement in gold["statements"]:
        by_document[statement["document"]].append(statement)
    gold_actor, predicted, placed = [], [], defaultdict(list)
    shown: list[str] = []  # per statement: its id and speaker, for --errors
    for name in [d["document"] for d in gold["documents"]]:
        text = texts[name]
        attributions, kept = [], []
        for statement in by_document[name]:
            content_at = text.find(statement["content"])
            start = nearest(text, statement.get("speaker") or "", max(content_at, 0)) if statement.get("speaker") else None
            if start is None or content_at < 0:
                continue
            end = start + len(statement["speaker"])
            attributions.append(Attribution((content_at, content_at + len(statement["content"])), statement["cue"],
                                            statement["cue_class"], statement["kind"], speaker_span=(start, end),
                                            speaker_text=statement["speaker"],
                                            source_kind=SOURCE_KINDS.get(statement.get("speaker_kind", "named"),
                                                                         "named")))
            kept.append(statement)
        doc = nlp(text)
        issuer = None
        if args.pipeline:
            from rashomon.attribution import extract, issuer_of

            gold_spans = [a.content_span for a in attributions]
            # as ingest does: a press release's own sentences are its issuer's
            issuer = issuer_of(records[name].title, records[name].statement_by, text, nlp, records[name].outlet)
            attributions = extract(doc, issuer=issuer)
            # Gold statement -> the extracted statement sharing most of its content.
            matched = []
            for span in gold_spans:
                # on a tie, the tighter one: a nested statement rather than the one holding it
                best = max(range(len(attributions)), key=lambda i: (overlap(span, attributions[i].content_span),
                                                                    -(attributions[i].content_span[1]
                                                                      - attributions[i].content_span[0])),
                           default=None)
                matched.append(best if best is not None and overlap(span, attributions[best].content_span) else None)
        else:
            matched = list(range(len(attributions)))
        resolution = resolve_document(name, mentions_from_doc(doc, attributions), index)
        speakers = resolution.speakers()
        for position, item in enumerate(attributions):
            voiced, _ = issuer_speaker(index, item, issuer.name if issuer else None)
            speakers[position] = voiced.id if voiced is not None else speakers.get(position)
        for position, statement in enumerate(kept):
            found = matched[position]
            actor = speakers.get(found) if found is not None else None
            actor = index.canonical_id(actor) if actor else f"none:{name}:{position}"
            if statement.get("actor"):
                gold_actor.append(statement["actor"])
                predicted.append(actor)
                shown.append(f"{statement['id']} {statement.get('speaker')!r}")
        for resolved in resolution.mentions:
            if resolved.actor:
                placed[name].append((resolved.mention.span, resolved.actor))
    p, r, f = bcubed(gold_actor, predicted)
    source = "attribution stage" if args.pipeline else "gold speaker spans"
    label = "Tarvik sample" if corpus == SAMPLE.resolve() else corpus.name
    print(f"{label}: speakers of {len(gold_actor)} gold statements ({source}), model {default_model()}")
    print(f"B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if args.errors:
        print_errors(gold_actor, predicted, shown, index)
    def actors_at(written: str) -> set[str]:
        """Actors of the mentions overlapping any occurrence of ``written`` in any document."""
        found = set()
        for name, text in texts.items():
            at = text.find(written)
            while at >= 0:
                end = at + len(written)
                found |= {index.canonical_id(a) for (s, e), a in placed.get(name, []) if s < end and at < e}
                at = text.find(written, at + 1)
        return found

    right = total = unseen = 0
    for expected, key in ((True, "must_merge"), (False, "must_not_merge")):
        for pair in actors_gold.get(key, []):
            total += 1
            a, b = actors_at(pair["a"]), actors_at(pair["b"])
            same = bool(a & b) if expected else bool(a & b) and len(a) == len(b) == 1
            if a and b and same == expected:
                right += 1
            elif not expected and not same:
                # One side never became a mention: nothing was merged, which is what matters here.
                right += 1
                unseen += 1
            else:
                state = "not found" if not (a and b) else "merged" if same else "apart"
                print(f"WRONG {key}: {pair['a']!r} / {pair['b']!r} ({state})")
    print(f"gold pairs: {right}/{total} right ({unseen} must-not pairs with a side that is no mention)")
    print("command: python eval/actors_sample.py" + (" --pipeline" if args.pipeline else "")
          + ("" if corpus == SAMPLE.resolve() else f" --corpus {args.corpus}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
