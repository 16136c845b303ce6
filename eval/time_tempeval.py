"""Score the temporal tagger on TempEval-3 TBAQ-cleaned (TimeBank + AQUAINT).

The document creation time (DCT) is given as the publication date. Figures as
the TempEval-3 scorer defines them: strict (identical extent) and relaxed
(overlapping extent) detection P/R/F1, and value F1 (relaxed match with an
identical value, over all system and all gold expressions).

TBAQ is also the development set, so a fixed fifth of the files (by name hash)
is held out and reported separately from the rest.

    .venv/bin/python eval/time_tempeval.py [--data DIR] [--errors N] [--parse]
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from rashomon.nlp import load_pipeline
from rashomon.temporal import tag

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"


@dataclass
class Gold:
    name: str
    text: str
    published: str | None
    timexes: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, value


def held_out(name: str) -> bool:
    """The fixed fifth of documents kept out of development."""
    return int(hashlib.md5(name.encode()).hexdigest(), 16) % 5 == 0


_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")


def read_tml(path: Path) -> Gold:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    assert body is not None, path
    text_parts: list[str] = []
    length = 0
    open_timex: tuple[int, str] | None = None
    timexes = []
    pos = 0
    chunk = body.group(1)
    for m in _TAG.finditer(chunk):
        piece = html.unescape(chunk[pos:m.start()])
        text_parts.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1):
            assert open_timex is not None
            timexes.append((open_timex[0], length, open_timex[1]))
            open_timex = None
        else:
            value = re.search(r'value="([^"]*)"', m.group(3))
            open_timex = (length, value.group(1) if value else "")
    text_parts.append(html.unescape(chunk[pos:]))
    published = dct.group(1)[:10] if dct else None
    return Gold(path.stem, "".join(text_parts), published, timexes)


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    value: int = 0

    def add(self, other: Counts) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def matched_pairs(gold: list[tuple[int, int, str]], system: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """(gold index, system index): each gold expression with the first unused overlapping system one."""
    used: set[int] = set()
    pairs = []
    for gi, (gs, ge, _) in enumerate(gold):
        match = next((si for si, (ss, se, _) in enumerate(system)
                      if si not in used and ss < ge and gs < se), None)
        if match is not None:
            used.add(match)
            pairs.append((gi, match))
    return pairs


def score(gold: list[tuple[int, int, str]], system: list[tuple[int, int, str]]) -> tuple[Counts, list[str]]:
    """Counts for one document plus readable mistakes (missed, spurious, wrong value)."""
    c = Counts(gold=len(gold), system=len(system))
    gold_spans = {(s, e) for s, e, _ in gold}
    c.strict = sum(1 for s, e, _ in system if (s, e) in gold_spans)
    pairs = matched_pairs(gold, system)
    paired = {gi for gi, _ in pairs}
    mistakes = [f"missed {gv}" for gi, (_, _, gv) in enumerate(gold) if gi not in paired]
    c.relaxed_gold = len(pairs)
    c.value = sum(1 for gi, si in pairs if system[si][2] == gold[gi][2])
    c.relaxed_system = sum(1 for ss, se, _ in system if any(ss < ge and gs < se for gs, ge, _ in gold))
    return c, mistakes


# Our export contract writes a decade "199X"; TimeML writes the same decade "199" (most TimeBank gold
# does; a few TBAQ gold values keep "199X", hence the gained/lost tally).
# This rewrites OUR value into TimeML notation before comparing: a change of notation, not of value.
# Gold is left alone, and the number of values rewritten is printed so the figure stays honest.
_CONTRACT_DECADE = re.compile(r"^(\d{3})X(?=$|[^\dX])")


def timeml_notation(value: str) -> str:
    """'199X' (also with suffixes, '199X-SU') as TimeML writes it: '199'."""
    return _CONTRACT_DECADE.sub(r"\1", value)


@dataclass
class NotationTally:
    """How many of our values the decade notation rewrote, and what that did to value matches."""
    rewritten: int = 0
    gained: int = 0  # now equal to gold, not before
    lost: int = 0  # equal to gold before, not now (gold itself writes some decades "199X")

    def line(self) -> str:
        return (f"Decade notation 199X -> 199 (TimeML): {self.rewritten} of our values rewritten; "
                f"value matches +{self.gained} / -{self.lost} (gold writes some decades each way)")


def to_timeml(gold: list[tuple[int, int, str]], system: list[tuple[int, int, str]],
              tally: NotationTally) -> list[tuple[int, int, str]]:
    """The system values in TimeML notation, tallying the rewrites against gold."""
    converted = [(start, end, timeml_notation(value)) for start, end, value in system]
    for gi, si in matched_pairs(gold, system):
        before, after, wanted = system[si][2], converted[si][2], gold[gi][2]
        tally.gained += before != wanted and after == wanted
        tally.lost += before == wanted and after != wanted
    tally.rewritten += sum(1 for old, new in zip(system, converted) if old != new)
    return converted


def prf(hit_system: int, system: int, hit_gold: int, gold: int) -> tuple[float, float, float]:
    p = hit_system / system if system else 0.0
    r = hit_gold / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(label: str, c: Counts) -> str:
    sp, sr, sf = prf(c.strict, c.system, c.strict, c.gold)
    rp, rr, rf = prf(c.relaxed_system, c.system, c.relaxed_gold, c.gold)
    vp, vr, vf = prf(c.value, c.system, c.value, c.gold)
    return (f"| {label} | {c.gold} | {sp:.3f} / {sr:.3f} / **{sf:.3f}** | {rp:.3f} / {rr:.3f} / **{rf:.3f}** "
            f"| {vp:.3f} / {vr:.3f} / **{vf:.3f}** |")


HEADER = ("| split | gold timexes | strict P / R / F1 | relaxed P / R / F1 | value P / R / F1 |\n"
          "|---|---|---|---|---|")


def show_errors(doc: Gold, system: list[tuple[int, int, str]], limit: int) -> int:
    """Print gold/system disagreements of one document (development files only)."""
    shown = 0
    for gs, ge, gv in doc.timexes:
        hit = [(s, e, v) for s, e, v in system if s < ge and gs < e]
        if not hit:
            print(f"MISS  {doc.text[gs:ge]!r} {gv}  [{doc.published}] ...{doc.text[max(0, gs - 50):ge + 30]!r}")
        elif hit[0][2] != gv or (hit[0][0], hit[0][1]) != (gs, ge):
            s, e, v = hit[0]
            print(f"DIFF  {doc.text[gs:ge]!r} {gv} -> {doc.text[s:e]!r} {v}  [{doc.published}] ...{doc.text[max(0, gs - 60):ge + 20]!r}")
        else:
            continue
        shown += 1
    for s, e, v in system:
        if not any(s < ge and gs < e for gs, ge, _ in doc.timexes):
            print(f"SPUR  {doc.text[s:e]!r} {v}  ...{doc.text[max(0, s - 50):e + 30]!r}")
            shown += 1
    return shown if limit else 0


def corpus_files(data: Path) -> list[Path]:
    """The .tml files under ``data``, each document once.

    The distributed TBAQ-cleaned also carries a "testpipeline" folder holding a
    copy of one TimeBank file; counting it twice would weigh that one document double.
    """
    first: dict[str, Path] = {}
    for path in sorted(data.glob("*/*.tml")):
        first.setdefault(path.name, path)
    return sorted(first.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help="print mistakes on development files")
    parser.add_argument("--parse", action="store_true", help="give tag() the spaCy parse, as the pipeline does")
    args = parser.parse_args()
    nlp = load_pipeline() if args.parse else None
    files = corpus_files(args.data)
    if not files:
        sys.exit(f"no .tml files under {args.data}")
    totals = {"development (80%)": Counts(), "held out (20%)": Counts(), "all": Counts()}
    words = 0
    elapsed = 0.0
    notation = NotationTally()
    for path in files:
        doc = read_tml(path)
        parsed = nlp(doc.text) if nlp is not None else None
        t0 = time.perf_counter()
        found = tag(doc.text, doc.published, parsed)
        elapsed += time.perf_counter() - t0
        words += len(doc.text.split())
        system = to_timeml(doc.timexes, [(x.span[0], x.span[1], x.value) for x in found], notation)
        counts, _ = score(doc.timexes, system)
        split = "held out (20%)" if held_out(doc.name) else "development (80%)"
        totals[split].add(counts)
        totals["all"].add(counts)
        if args.errors and split.startswith("development"):
            args.errors -= show_errors(doc, system, args.errors)
    mode = "with the spaCy parse" if args.parse else "from text alone"
    print(f"TempEval-3 TBAQ-cleaned, {len(files)} documents, DCT as publication date, tagged {mode}\n")
    print(HEADER)
    for label, counts in totals.items():
        print(report(label, counts))
    print("\n" + notation.line() + " (all documents)")
    print(f"\n(tagging speed here: {words / elapsed:,.0f} words/s)")
    print("command: .venv/bin/python eval/time_tempeval.py" + (" --parse" if args.parse else ""))


if __name__ == "__main__":
    main()
