"""Score the temporal tagger on NewsReader MEANTIME (English, Wikinews).

MEANTIME ships tokens, not running text: each article is rebuilt by joining its
tokens with ordinary English spacing (one line per sentence), and each TIMEX3
becomes the character span of its tokens. MEANTIME annotates only the title,
the date line and the first sentences (sentence numbers 0-5), so only system
expressions starting there are scored; the whole article is still tagged so
that resolution sees its full context. The article date (the TIMEX3 whose
functionInDocument is CREATION_TIME) is given as the publication date. Figures
as in eval/time_tempeval.py (TempEval-3 definitions). MEANTIME served as a
second check while developing, after TBAQ (a few generic fixes came from it:
24-hour UTC clocks, "the first quarter of last year").

    .venv/bin/python eval/time_meantime.py [--data DIR] [--errors]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

from time_tempeval import HEADER, Counts, Gold, NotationTally, report, score, show_errors, to_timeml

from rashomon.temporal import infer_published, tag

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "meantime" / "intra_cross-doc_annotation"

_TOKEN = re.compile(r'<token number="\d+" sentence="(\d+)" t_id="(\d+)">([^<]*)</token>')
_TIMEX = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.S)
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "'s", "'", "''", "n't", "%", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "$", "``", "#"}


ANNOTATED_SENTENCES = 6


def iso_date(value: str) -> str:
    """The corpus writes a few article dates as DD-MM-YYYY."""
    m = re.match(r"(\d\d)-(\d\d)-(\d{4})$", value)
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else value[:10]


def read_meantime(path: Path) -> tuple[str, str | None, list[tuple[int, int, str]], int]:
    """Text, article date, gold TIMEX3 spans with values, end of the annotated part."""
    raw = path.read_text(encoding="utf-8")
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    length = 0
    previous_sentence = None
    previous_token = ""
    annotated_end = 0
    for sentence, t_id, token in _TOKEN.findall(raw):
        token = html.unescape(token)
        if previous_sentence is None:
            glue = ""
        elif sentence != previous_sentence:
            glue = "\n"
        elif token in _NO_SPACE_BEFORE or previous_token in _NO_SPACE_AFTER:
            glue = ""
        else:
            glue = " "
        parts.append(glue)
        length += len(glue)
        offsets[t_id] = (length, length + len(token))
        parts.append(token)
        length += len(token)
        previous_sentence, previous_token = sentence, token
        if int(sentence) < ANNOTATED_SENTENCES:
            annotated_end = length
    published = None
    timexes = []
    for attributes, body in _TIMEX.findall(raw):
        value = re.search(r'value="([^"]*)"', attributes)
        anchors = [offsets[t] for t in re.findall(r'token_anchor t_id="(\d+)"', body) if t in offsets]
        if 'functionInDocument="CREATION_TIME"' in attributes and value:
            published = iso_date(value.group(1))
        if anchors and value:
            timexes.append((min(a[0] for a in anchors), max(a[1] for a in anchors), value.group(1)))
    return "".join(parts), published, timexes, annotated_end


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="print every mistake")
    args = parser.parse_args()
    corpora = sorted(p for p in args.data.iterdir() if p.is_dir()) if args.data.exists() else []
    if not corpora:
        sys.exit(f"no MEANTIME corpora under {args.data}")
    totals: dict[str, Counts] = {}
    documents = 0
    notation = NotationTally()
    inferred = {"right": 0, "wrong": 0, "none": 0, "no article date to compare": 0}
    for corpus in corpora:
        counts = Counts()
        for path in sorted(corpus.glob("*.xml")):
            text, published, gold, annotated_end = read_meantime(path)
            found = [(x.span[0], x.span[1], x.value) for x in tag(text, published) if x.span[0] < annotated_end]
            system = to_timeml(gold, found, notation)  # decade "199X" -> "199", see time_tempeval.py
            doc_counts, _ = score(gold, system)
            if args.errors:
                show_errors(Gold(path.stem, text, published, gold), system, 1)
            guess = infer_published(text)
            if published is None:
                inferred["no article date to compare"] += 1
            elif guess is None:
                inferred["none"] += 1
            else:
                inferred["right" if published.startswith(guess.value) else "wrong"] += 1
            counts.add(doc_counts)
            documents += 1
        totals[corpus.name.replace("corpus_", "")] = counts
    everything = Counts()
    for counts in totals.values():
        everything.add(counts)
    totals["all"] = everything
    print(f"MEANTIME English, {documents} documents, article date as publication date\n")
    print(HEADER.replace("| split |", "| corpus |"))
    for label, counts in totals.items():
        print(report(label, counts))
    print("\n" + notation.line())
    print("\nPublication date inferred from the text alone (article date hidden): "
          + ", ".join(f"{count} {label}" for label, count in inferred.items()))
    print("\ncommand: .venv/bin/python eval/time_meantime.py")


if __name__ == "__main__":
    main()
