"""Cross-document person and organisation resolution on NewsReader MEANTIME.

Gold mention spans, our clustering: every PER and ORG mention of the
English cross-document annotation (airbus, apple, gm; 90 Wikinews articles)
is described with ``span_mention`` and resolved document by document into
one shared ``ActorIndex``, as ingest would. The predicted cluster of a
mention is its actor (an unresolved mention is a cluster of its own); the
gold cluster is its cross-document instance id. Prints B-cubed and pairwise
precision, recall and F1 per type, for all mentions and for named ones
(gold syntactic type NAM / PRE.NAM).

Data: ../shared/data/meantime (CC BY 4.0, FBK, VU Amsterdam, UPV/EHU).

    python eval/actors_meantime.py [--data DIR] [--model en_core_web_sm]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from spacy.tokens import DocBin

from rashomon.actors import ActorIndex, resolve_document, span_mention
from rashomon.nlp import PARSE_VERSION, default_model, load_pipeline

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "meantime" / "intra_cross-doc_annotation"
CACHE = Path("/tmp/rashomon-cache")
GOLD_TYPES = {"PER": "person", "ORG": "organization"}
NAMED = {"NAM", "PRE.NAM"}


@dataclass
class GoldMention:
    doc: int
    start: int
    end: int
    type: str  # PER | ORG
    syntactic: str
    instance: str


def read_article(path: Path, number: int) -> tuple[str, list[GoldMention]]:
    """Text (tokens joined by spaces, one sentence per line) and its gold PER/ORG mentions."""
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    position, sentence = 0, None
    for token in root.iter("token"):
        if sentence is not None and token.get("sentence") != sentence:
            parts.append("\n")
            position += 1
        elif parts:
            parts.append(" ")
            position += 1
        sentence = token.get("sentence")
        word = token.text or ""
        offsets[token.get("t_id", "")] = (position, position + len(word))
        parts.append(word)
        position += len(word)
    markables = root.find("Markables")
    assert markables is not None
    spans, types = {}, {}
    for element in markables:
        if element.tag == "ENTITY_MENTION":
            anchors = [offsets[a.get("t_id", "")] for a in element.findall("token_anchor")]
            if anchors:
                spans[element.get("m_id")] = (min(a[0] for a in anchors), max(a[1] for a in anchors))
                types[element.get("m_id")] = element.get("syntactic_type") or ""
    instances = {e.get("m_id"): (e.get("ent_type"), e.get("instance_id") or f"{path.name}#{e.get('m_id')}")
                 for e in markables if e.tag == "ENTITY"}
    mentions = []
    relations = root.find("Relations")
    for relation in relations.iter("REFERS_TO") if relations is not None else []:
        target = relation.find("target")
        ent_type, instance = instances.get(target.get("m_id") if target is not None else None, (None, None))
        if ent_type not in GOLD_TYPES:
            continue
        for source in relation.findall("source"):
            m_id = source.get("m_id")
            if m_id in spans:
                mentions.append(GoldMention(number, *spans[m_id], ent_type, types[m_id], instance))  # type: ignore[arg-type]
    return "".join(parts), sorted(mentions, key=lambda m: (m.start, -m.end))


def parsed_docs(texts: list[str], model: str) -> list:
    nlp = load_pipeline(model)
    CACHE.mkdir(parents=True, exist_ok=True)
    cache = CACHE / f"meantime_actors_{model}_{PARSE_VERSION}_{len(texts)}_{hashlib.sha256(chr(31).join(texts).encode()).hexdigest()[:12]}.spacy"
    if cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts))
    DocBin(store_user_data=False, docs=docs).to_disk(cache)
    return docs


def bcubed(gold: list[str], predicted: list[str]) -> tuple[float, float, float]:
    by_gold, by_pred = defaultdict(set), defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, predicted)):
        by_gold[g].add(i)
        by_pred[p].add(i)
    precision = recall = 0.0
    for i, (g, p) in enumerate(zip(gold, predicted)):
        overlap = len(by_gold[g] & by_pred[p])
        precision += overlap / len(by_pred[p])
        recall += overlap / len(by_gold[g])
    n = len(gold) or 1
    return _prf(precision / n, recall / n)


def pairwise(gold: list[str], predicted: list[str]) -> tuple[float, float, float]:
    def pairs(labels: list[str]) -> set[tuple[int, int]]:
        groups = defaultdict(list)
        for i, label in enumerate(labels):
            groups[label].append(i)
        return {pair for members in groups.values() for pair in combinations(members, 2)}
    gold_pairs, predicted_pairs = pairs(gold), pairs(predicted)
    hits = len(gold_pairs & predicted_pairs)
    precision = hits / len(predicted_pairs) if predicted_pairs else 1.0
    recall = hits / len(gold_pairs) if gold_pairs else 1.0
    return _prf(precision, recall)


def _prf(precision: float, recall: float) -> tuple[float, float, float]:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run(data: Path, model: str) -> dict[str, list]:
    paths = sorted(data.glob("*/*.xml"), key=lambda p: int(p.name.split("_")[0]))
    articles = [read_article(path, number) for number, path in enumerate(paths)]
    docs = parsed_docs([text for text, _ in articles], model)
    index = ActorIndex()
    rows: dict[str, list] = defaultdict(list)
    started = time.perf_counter()
    for number, (doc, (_, gold)) in enumerate(zip(docs, articles)):
        mentions, kept = [], []
        for item in gold:
            mention = span_mention(doc, item.start, item.end, GOLD_TYPES[item.type])  # type: ignore[arg-type]
            if mention is not None:
                mentions.append(mention)
                kept.append(item)
        resolution = resolve_document(f"doc{number}", mentions, index)
        for position, (item, resolved) in enumerate(zip(kept, resolution.mentions)):
            actor = index.canonical_id(resolved.actor) if resolved.actor else f"none:{number}:{position}"
            rows[item.type].append((item, actor, resolved))
    rows["_seconds"] = [time.perf_counter() - started]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", default=None)
    parser.add_argument("--errors", action="store_true", help="print wrongly split and merged named mentions")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no MEANTIME data at {args.data}", file=sys.stderr)
        return 1
    model = args.model or default_model()
    rows = run(args.data, model)
    seconds = rows.pop("_seconds")[0]
    print(f"MEANTIME cross-document actor resolution (gold mentions, our clustering), model {model}")
    print("| type | mentions | subset | B3 P | B3 R | B3 F1 | pair P | pair R | pair F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for kind in ("PER", "ORG"):
        for subset, keep in (("all", lambda m: True), ("named", lambda m: m.syntactic in NAMED)):
            selected = [(item, actor) for item, actor, _ in rows[kind] if keep(item)]
            gold = [item.instance for item, _ in selected]
            predicted = [actor for _, actor in selected]
            b = bcubed(gold, predicted)
            p = pairwise(gold, predicted)
            print(f"| {kind} | {len(selected)} | {subset} | {b[0]:.3f} | {b[1]:.3f} | {b[2]:.3f} "
                  f"| {p[0]:.3f} | {p[1]:.3f} | {p[2]:.3f} |")
    both = [(item, actor) for kind in ("PER", "ORG") for item, actor, _ in rows[kind]]
    b = bcubed([i.instance for i, _ in both], [a for _, a in both])
    print(f"| PER+ORG | {len(both)} | all | {b[0]:.3f} | {b[1]:.3f} | {b[2]:.3f} | | | |")
    print(f"resolution time {seconds:.2f} s for {len(both)} mentions")
    if args.errors:
        text_of: dict[tuple[str, str], list[str]] = {}
        for kind in ("PER", "ORG"):
            for item, actor, resolved in rows[kind]:
                text_of.setdefault((item.instance, actor), []).append(resolved.mention.text)
        by_instance = defaultdict(list)
        for (instance, actor), texts in text_of.items():
            by_instance[instance].append((actor, texts[:4]))
        for instance, parts in sorted(by_instance.items()):
            if len(parts) > 1:
                print("SPLIT", instance, parts)
        by_actor = defaultdict(list)
        for (instance, actor), texts in text_of.items():
            by_actor[actor].append((instance, texts[:4]))
        for actor, parts in sorted(by_actor.items()):
            if len(parts) > 1:
                print("MERGED", actor, parts)
    print(f"command: python eval/actors_meantime.py --model {model}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
