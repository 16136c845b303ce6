"""Choose the spaCy model: en_core_web_sm against en_core_web_md on names and speed.

Names: on MEANTIME (English Wikinews, ../shared/data/meantime), the gold
named (NAM) mentions of persons and organisations; a model finds one when it
predicts an entity of the matching label (PERSON / ORG) with the same tokens.
Text is rebuilt by joining the gold tokens with spaces, so offsets line up.
Speed: words/s of bare ``nlp.pipe`` over PolNeAR train texts, same run.

    .venv/bin/python eval/model_choice.py [--speed-docs N]
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
LABELS = {"PER": "PERSON", "ORG": "ORG"}


def meantime_docs() -> list[tuple[str, set[tuple[int, int, str]]]]:
    """(text, {(start, end, label)}) per document, spans in characters."""
    docs = []
    for path in sorted((DATA / "meantime" / "intra_cross-doc_annotation").glob("*/*.xml")):
        root = ET.parse(path).getroot()
        offsets, pieces, position = {}, [], 0
        for token in root.iter("token"):
            text = token.text or ""
            offsets[token.get("t_id")] = (position, position + len(text))
            pieces.append(text)
            position += len(text) + 1
        mentions = {m.get("m_id"): m for m in root.iter("ENTITY_MENTION")}
        types = {e.get("m_id"): e.get("ent_type") for e in root.iter("ENTITY")}
        gold = set()
        for relation in root.iter("REFERS_TO"):
            target = relation.find("target")
            label = LABELS.get(types.get(target.get("m_id"), "") or "") if target is not None else None
            if not label:
                continue
            for source in relation.iter("source"):
                mention = mentions.get(source.get("m_id"))
                if mention is None or mention.get("syntactic_type") != "NAM":
                    continue
                anchors = [offsets[a.get("t_id")] for a in mention.iter("token_anchor")]
                gold.add((anchors[0][0], anchors[-1][1], label))
        docs.append((" ".join(pieces), gold))
    return docs


def name_scores(nlp, docs) -> dict[str, float]:
    """Recall only: MEANTIME annotates the entities of its topics, not every
    name, so an unannotated predicted name is not an error."""
    typed = spans = total = 0
    for doc, (_, gold) in zip(nlp.pipe([t for t, _ in docs]), docs):
        predicted = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        typed += len(predicted & gold)
        spans += len({(a, b) for a, b, _ in predicted} & {(a, b) for a, b, _ in gold})
        total += len(gold)
    return {"typed": typed / total, "span": spans / total, "gold": total}


def s_total(docs) -> int:
    return sum(len(gold) for _, gold in docs)


def speed(nlp, texts: list[str]) -> float:
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return words / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--speed-docs", type=int, default=200)
    args = parser.parse_args()
    from rashomon.nlp import load_pipeline

    docs = meantime_docs()
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "polnear" / "train" / "text").glob("*.txt"))]
    texts = texts[: args.speed_docs]
    print(f"MEANTIME: {len(docs)} documents, {s_total(docs)} named PERSON/ORG mentions; speed on {len(texts)} PolNeAR train texts")
    print("| model | name recall (span + label) | name recall (span) | words/s |")
    print("|---|---|---|---|")
    for name in ("en_core_web_sm", "en_core_web_md"):
        nlp = load_pipeline(name)
        nlp("warm up")
        s = name_scores(nlp, docs)
        print(f"| {name} | {s['typed']:.3f} | {s['span']:.3f} | {speed(nlp, texts):.0f} |")
    print(f"command: python eval/model_choice.py --speed-docs {args.speed_docs}")


if __name__ == "__main__":
    main()
