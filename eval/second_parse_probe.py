"""Would a second parser's reading of a sentence raise PolNeAR overlap F1? A probe.

    python eval/second_parse_probe.py [--split train] [--model en_core_web_sm]

Most statements the stage misses have a cue it never found, and a wrong parse
is one reason: the cue is in the lexicon but its clause hangs off the wrong
word. This probe parses every sentence that holds a lexicon cue word a second
time, alone, with another model (the small one by default: trained apart
from the medium one, so its errors differ), runs the stage on it and asks two
questions:

- **more statements**: if the second reading's statements that overlap no
  first-reading statement were added, what would overlap and exact F1 be?
  Printed for all of them, and for those only in sentences where the first
  reading found nothing;
- **a second opinion**: do first-reading statements the second reading does
  not confirm (no statement of its own overlaps them) match the gold less
  often? Dropping a statement raises F1 only where it matches less than
  about F1 / 2 of the time.

It also prints the share of the split's words the second parse reads (all of
them, and those in sentences where the first reading found none), the
cost the stage would pay on top of its own (bench/ holds the stage to 15% of
the spaCy pass). Nothing here is shipped; the figures are for
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, replace

from attribution_polnear import chars, hull, match, parsed_split, pred_content

from rashomon.attribution import extract
from rashomon.attribution.lexicon import load_cues
from rashomon.model import Attribution
from rashomon.nlp import load_pipeline


@dataclass
class Sentence:
    start: int
    end: int
    words: int  # tokens the second parse read
    statements: list[Attribution]  # the second reading's, contents moved to the article's offsets


def second_readings(text: str, doc_sents: list[tuple[int, int, bool]], model: str) -> list[Sentence]:
    """Each sentence with a lexicon word, parsed alone by ``model``."""
    nlp = load_pipeline(model)
    sentences = []
    for start, end, has_cue in doc_sents:
        if not has_cue or not text[start:end].strip():
            continue
        alone = nlp(text[start:end])
        statements = []
        for att in extract(alone):
            span = (att.content_span[0] + start, att.content_span[1] + start)
            parts = [(a + start, b + start) for a, b in att.content_parts]
            statements.append(replace(att, content_span=span, content_parts=parts))
        sentences.append(Sentence(start, end, len(alone), statements))
    return sentences


def f1(matched: int, predicted: int, gold: int) -> float:
    return 2 * matched / (predicted + gold) if predicted + gold else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--model", default="en_core_web_sm", help="the second parser")
    args = parser.parse_args()
    cue_words = load_cues().single_words()
    articles, docs = parsed_split(args.split)
    tally: Counter[str] = Counter()
    for number, ((_, text, golds), doc) in enumerate(zip(articles, docs), 1):
        preds = extract(doc)
        pairs = match(golds, preds)
        used = {id(p) for _, p in pairs}
        tally["gold"] += len(golds)
        tally["pred"] += len(preds)
        tally["overlap"] += len(pairs)
        tally["exact"] += sum(hull(g.content) == hull(pred_content(p)) for g, p in pairs)
        tally["words"] += len(doc)
        doc_sents = [(s.start_char, s.end_char, any(t.lemma_.lower() in cue_words for t in s)) for s in doc.sents]
        sentences = second_readings(text, doc_sents, args.model)
        covered = set().union(*(chars(pred_content(p)) for p in preds)) if preds else set()
        tally["read"] += sum(s.words for s in sentences)
        tally["read_empty"] += sum(s.words for s in sentences if not covered & set(range(s.start, s.end)))
        for name, only_empty in (("added", False), ("added_empty", True)):
            new = [r for s in sentences for r in s.statements
                   if not chars(pred_content(r)) & covered
                   and not (only_empty and covered & set(range(s.start, s.end)))]
            both = match(golds, preds + new)
            tally[f"{name}_pred"] += len(new)
            tally[f"{name}_overlap"] += len(both)
            tally[f"{name}_exact"] += sum(hull(g.content) == hull(pred_content(p)) for g, p in both)
        second = [chars(pred_content(r)) for s in sentences for r in s.statements]
        for p in preds:
            if not any(chars(pred_content(p)) & c for c in second):
                tally["unconfirmed"] += 1
                tally["unconfirmed_matched"] += id(p) in used
        if number % 100 == 0:
            print(f"  {number} articles", file=sys.stderr)
    gold, pred = tally["gold"], tally["pred"]
    print(f"PolNeAR {args.split}: {len(articles)} articles; second parser {args.model} read "
          f"{tally['read']} of {tally['words']} words ({tally['read'] / tally['words']:.0%}); "
          f"{tally['read_empty']} ({tally['read_empty'] / tally['words']:.0%}) in sentences where the first reading "
          f"found none")
    print(f"  stage alone              predicted {pred:6d}  overlap F1 {f1(tally['overlap'], pred, gold):.4f}"
          f"  exact F1 {f1(tally['exact'], pred, gold):.4f}")
    for name, label in (("added", "plus second reading"), ("added_empty", "  where first found none")):
        extra = tally[f"{name}_pred"]
        print(f"  {label:24s} predicted {pred + extra:6d}  overlap F1 {f1(tally[f'{name}_overlap'], pred + extra, gold):.4f}"
              f"  exact F1 {f1(tally[f'{name}_exact'], pred + extra, gold):.4f}"
              f"  (+{extra} statements, +{tally[f'{name}_overlap'] - tally['overlap']} matched)")
    unconfirmed = tally["unconfirmed"]
    print(f"  not confirmed by the second reading: {unconfirmed} statements, "
          f"{tally['unconfirmed_matched']} of them matched ({tally['unconfirmed_matched'] / max(unconfirmed, 1):.2f}; "
          f"all statements {tally['overlap'] / max(pred, 1):.2f})")
    print(f"command: python eval/second_parse_probe.py --split {args.split} --model {args.model}")


if __name__ == "__main__":
    main()
