"""Score the attribution stage on PolNeAR (brat Source / Cue / Content spans).

    python eval/attribution_polnear.py [--split dev] [--limit N] [--show N]

Gold: ``../shared/data/polnear/<split>/attributions/*.ann``. Articles that
several annotators labelled (the annotator-training compartment) are scored
against ONE file: the one whose annotator id sorts first, a fixed rule that
does not look at the predictions.

Scoring:
- content spans are matched one to one by character overlap (greedily, the
  largest overlaps first); a gold span made of several fragments counts as the
  set of its characters. Precision/recall/F1 for overlap matches, and for
  exact matches (the first and last character of the statement agree;
  for a fragmented statement, its hull).
- on overlap-matched statements: source agreement (the predicted speaker span
  overlaps the gold source, or both have none) and cue agreement (spans overlap).
- a 95% interval for the two F1s, by bootstrap over articles (1000
  resamples, fixed seed): how far a split of this size can move the figure
  by which articles it happens to hold.
- "top-level" sets aside the predictions nested in another's content (those
  with a ``parent``: "the agency reported that the campaign said ..."). The
  issue asks for them, but PolNeAR's scheme annotates only the outermost
  attribution of a nest: no gold cue lies inside another gold content (the
  scorer counts them on every run). Counted, each is a spurious statement
  wherever the outer one matches, so the "all attributions" figure charges
  the stage for a statement the corpus cannot hold. Both figures are printed;
  the choice uses the predictions' own links, never the gold.
- "speech" restricts gold and predictions to statements whose cue is not a
  belief/feeling/wish (cue class from the stage's own lexicon: believe, feel,
  want, perceive are not speech; cues the lexicon does not know count as speech).

Parsed documents are cached as a spaCy DocBin under /tmp/rashomon-cache/ so a
re-run takes seconds; the key names the model and the pipeline's parse
version, so a changed pipeline parses afresh.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, DocBin

from rashomon.attribution import extract, issuer_of
from rashomon.attribution.lexicon import NON_SPEECH_CLASSES as NON_SPEECH
from rashomon.attribution.lexicon import load_cues
from rashomon.model import Attribution
from rashomon.nlp import PARSE_VERSION, default_model, load_pipeline

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"
CACHE = Path("/tmp/rashomon-cache")

Spans = list[tuple[int, int]]


@dataclass
class Gold:
    content: Spans
    cue: Spans = field(default_factory=list)
    source: Spans = field(default_factory=list)

    @property
    def cue_text_key(self) -> tuple[int, int] | None:
        return (self.cue[0][0], self.cue[-1][1]) if self.cue else None


def parse_spans(text: str) -> Spans:
    """brat's fragments of a discontinuous span, in text order: annotators'
    files list some in the order they were selected ("30 40;10 20"), and the
    exact score compares the hull from the first fragment to the last."""
    return sorted((int(a), int(b)) for a, b in (part.split() for part in text.split(";")))


def read_ann(path: Path) -> list[Gold]:
    """Attribution events of one brat file (events without a content are skipped)."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, parse_spans(offsets))
        elif parts[0].startswith("E"):
            roles = dict(arg.split(":", 1) for arg in parts[1].split())
            events.append(roles)
    golds = []
    for roles in events:
        if "Content" not in roles:
            continue
        golds.append(
            Gold(
                content=spans[roles["Content"]][1],
                cue=spans[roles["Cue"]][1] if "Cue" in roles else [],
                source=spans[roles["Source"]][1] if "Source" in roles else [],
            )
        )
    return golds


def load_split(split: str) -> list[tuple[str, str, list[Gold]]]:
    folder = DATA / split
    chosen: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        article = re.sub(r"_[0-9a-f]+$", "", ann.stem)
        chosen.setdefault(article, ann)  # first annotator id in sort order
    articles = []
    for article, ann in sorted(chosen.items()):
        text = (folder / "text" / f"{article}.txt").read_text(encoding="utf-8")
        articles.append((article, text, read_ann(ann)))
    return articles


def parsed_docs(split: str, texts: list[str]) -> list[Doc]:
    """Parse once per (split, model, headline re-parse, texts); later runs read the DocBin."""
    nlp = load_pipeline()
    digest = hashlib.sha1("\0".join(texts).encode()).hexdigest()[:12]
    path = CACHE / f"polnear-{split}-{default_model()}-{PARSE_VERSION}-{digest}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    CACHE.mkdir(parents=True, exist_ok=True)
    docs = list(nlp.pipe(texts, batch_size=32))
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def parsed_split(split: str) -> tuple[list[tuple[str, str, list[Gold]]], list[Doc]]:
    """A split's articles and their parses, for the eval scripts; exits with a
    message when the corpus is not beside the repository."""
    if not DATA.exists():
        sys.exit(f"PolNeAR not found at {DATA}")
    articles = load_split(split)
    return articles, parsed_docs(split, [text for _, text, _ in articles])


def require_sklearn() -> None:
    """The learned probes need scikit-learn, which the tool does not use."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("this probe needs scikit-learn: pip install scikit-learn")


def chars(spans: Spans) -> set[int]:
    return {i for a, b in spans for i in range(a, b)}


def hull(spans: Spans) -> tuple[int, int]:
    return (spans[0][0], spans[-1][1])


def overlaps(a: Spans, b: Spans) -> bool:
    return any(x < d and c < y for x, y in a for c, d in b)


def pred_content(att: Attribution) -> Spans:
    return list(att.content_parts) or [att.content_span]


def match(golds: list[Gold], preds: list[Attribution]) -> list[tuple[Gold, Attribution]]:
    gold_chars = [chars(g.content) for g in golds]
    candidates = []
    for pi, p in enumerate(preds):
        pc = chars(pred_content(p))
        for gi, gc in enumerate(gold_chars):
            shared = len(pc & gc)
            if shared:
                candidates.append((shared, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(candidates, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((golds[gi], preds[pi]))
    return pairs


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    overlap: int = 0
    exact: int = 0
    source_ok: int = 0
    cue_ok: int = 0
    # missed gold statements that no prediction overlaps at all (a cue or frame
    # never found), as against those whose overlapping prediction matched another
    missed_unseen: int = 0
    # spurious predictions that overlap a gold statement another prediction
    # matched (one gold statement read as two), as against those in no gold one
    spurious_split: int = 0
    # gold statements in the article's first line (its headline), and how many matched
    headline_gold: int = 0
    headline_matched: int = 0
    # statements nested in another's content (linked by ``parent``). The issue
    # asks for them, but no PolNeAR statement lies inside another's content,
    # so a nested one matches only where the outer one does not.
    nested: int = 0
    nested_matched: int = 0

    def add(self, golds: list[Gold], preds: list[Attribution], headline_end: int = 0) -> list[tuple[Gold, Attribution]]:
        pairs = match(golds, preds)
        self.gold += len(golds)
        self.pred += len(preds)
        self.overlap += len(pairs)
        matched = {id(g) for g, _ in pairs}
        matched_preds = {id(p) for _, p in pairs}
        predicted = [chars(pred_content(p)) for p in preds]
        for p in preds:
            self.nested += p.parent is not None
            self.nested_matched += p.parent is not None and id(p) in matched_preds
        for g in golds:
            in_headline = g.content[0][0] < headline_end
            self.headline_gold += in_headline
            self.headline_matched += in_headline and id(g) in matched
            if id(g) not in matched and not any(chars(g.content) & p for p in predicted):
                self.missed_unseen += 1
        gold_chars = [chars(g.content) for g in golds]
        self.spurious_split += sum(1 for p, pc in zip(preds, predicted)
                                   if id(p) not in matched_preds and any(pc & gc for gc in gold_chars))
        for g, p in pairs:
            self.exact += hull(g.content) == hull(pred_content(p))
            if g.source:
                self.source_ok += p.speaker_span is not None and overlaps(g.source, [p.speaker_span])
            else:
                self.source_ok += p.speaker_span is None
            self.cue_ok += bool(g.cue) and p.cue_span is not None and overlaps(g.cue, [p.cue_span])
        return pairs

    def lines(self, title: str) -> list[str]:
        def prf(hit: int) -> str:
            p = hit / self.pred if self.pred else 0.0
            r = hit / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"

        matched = self.overlap or 1
        return [
            f"{title}: gold {self.gold}, predicted {self.pred}",
            f"  content overlap  {prf(self.overlap)}",
            f"  content exact    {prf(self.exact)}",
            f"  source agreement {self.source_ok / matched:.3f}   cue agreement {self.cue_ok / matched:.3f}"
            f"   (on {self.overlap} matched)",
            f"  missed {self.gold - self.overlap}: {self.missed_unseen} with no overlapping prediction"
            + (f"; headline recall {self.headline_matched}/{self.headline_gold}" if self.headline_gold else ""),
            f"  spurious {self.pred - self.overlap}: {self.spurious_split} overlapping a gold statement another prediction matched",
            f"  nested statements {self.nested}, {self.nested_matched} of them matched",
        ]


def bootstrap_f1(counts: list[tuple[int, int, int]], resamples: int = 1000, seed: int = 0) -> tuple[float, float]:
    """95% interval of F1 over resampled articles; ``counts`` holds (gold, predicted, matched) per article."""
    rng = random.Random(seed)
    scores = []
    for _ in range(resamples):
        sample = rng.choices(counts, k=len(counts))
        total = sum(g + p for g, p, _ in sample)
        scores.append(2 * sum(m for _, _, m in sample) / total if total else 0.0)
    scores.sort()
    return scores[int(0.025 * resamples)], scores[int(0.975 * resamples) - 1]


def gold_nested(golds: list[Gold]) -> int:
    """Gold statements whose cue lies inside another's content: the nests PolNeAR would annotate."""
    contents = [chars(g.content) for g in golds]
    return sum(
        1
        for i, g in enumerate(golds)
        if g.cue and any(j != i and chars(g.cue) <= content for j, content in enumerate(contents))
    )


def gold_is_speech(g: Gold, doc: Doc, cues: dict[str, str]) -> bool:
    """Speech unless every known cue word (by lemma) is a belief, feeling, wish or perception."""
    if not g.cue:
        return True
    lemmas = []
    for start, end in g.cue:
        span = doc.char_span(start, end, alignment_mode="expand")
        lemmas += [t.lemma_.lower() for t in span or []]
    classes = {cues.get(lemma) for lemma in lemmas} - {None}
    return not classes or not classes <= NON_SPEECH


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    parser.add_argument("--show", type=int, default=0, help="print N missed / spurious statements")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"PolNeAR not found at {DATA}")
    articles = load_split(args.split)
    if args.limit:
        articles = articles[: args.limit]
    docs = parsed_docs(args.split, [text for _, text, _ in articles])
    cues = load_cues().single_words()
    every, top, speech = Tally(), Tally(), Tally()
    nested_gold = 0
    started = time.perf_counter()
    misses: list[str] = []
    per_article: list[Tally] = []
    per_top: list[Tally] = []
    voiced = 0  # articles whose title the pipeline would take for an issuer's ("Statement by X ...")
    for (name, text, golds), doc in zip(articles, docs):
        # as the pipeline reads it; the model parses a title only when one matches
        issuer = issuer_of(None, None, text, lambda title: load_pipeline()(title))
        voiced += issuer is not None
        preds = extract(doc, issuer=issuer)
        first_line = text.find("\n")
        pairs = every.add(golds, preds, first_line)
        top.add(golds, [p for p in preds if p.parent is None])
        nested_gold += gold_nested(golds)
        per_article.append(Tally())
        per_article[-1].add(golds, preds)
        per_top.append(Tally())
        per_top[-1].add(golds, [p for p in preds if p.parent is None])
        speech.add(
            [g for g in golds if gold_is_speech(g, doc, cues)],
            [p for p in preds if p.cue_class not in NON_SPEECH],
            first_line,
        )
        if args.show and len(misses) < args.show:
            misses.extend(describe_errors(name, text, golds, preds, pairs))
    elapsed = time.perf_counter() - started
    for line in misses[: args.show]:
        print(line)
    print(f"PolNeAR {args.split}: {len(articles)} articles, model {default_model()}, extract {elapsed:.1f}s")
    print("\n".join(every.lines("all attributions")))
    low, high = bootstrap_f1([(t.gold, t.pred, t.overlap) for t in per_article])
    low_exact, high_exact = bootstrap_f1([(t.gold, t.pred, t.exact) for t in per_article])
    print(
        f"  95% interval over articles (bootstrap): overlap F1 {low:.3f}-{high:.3f}, exact F1 {low_exact:.3f}-{high_exact:.3f}"
    )
    print("\n".join(top.lines("top-level statements (nested ones set aside)")[:4]))
    low, high = bootstrap_f1([(t.gold, t.pred, t.overlap) for t in per_top])
    print(f"  95% interval over articles (bootstrap): overlap F1 {low:.3f}-{high:.3f}")
    print(f"  gold statements whose cue lies inside another gold content: {nested_gold}")
    print("\n".join(speech.lines("speech attributions")))
    print(f"articles read as an issuer's own statement (a press release): {voiced}")
    print("command: python eval/attribution_polnear.py " + " ".join(sys.argv[1:]))


def describe_errors(
    name: str, text: str, golds: list[Gold], preds: list[Attribution], pairs: list[tuple[Gold, Attribution]]
) -> list[str]:
    def show(spans: Spans) -> str:
        return " | ".join(text[a:b] for a, b in spans).replace("\n", " ")

    matched_g = {id(g) for g, _ in pairs}
    matched_p = {id(p) for _, p in pairs}
    out = [f"MISS {name}: [{show(g.source)}] <{show(g.cue)}> {show(g.content)}" for g in golds if id(g) not in matched_g]
    out += [
        f"SPUR {name}: [{p.speaker_text}] <{p.cue}> {show(pred_content(p))}" for p in preds if id(p) not in matched_p
    ]
    for g, p in pairs:
        if hull(g.content) != hull(pred_content(p)):
            out.append(f"EXACT {name}:\n   gold {show(g.content)}\n   pred {show(pred_content(p))}")
        sp = [p.speaker_span] if p.speaker_span else []
        if (g.source and not (sp and overlaps(g.source, sp))) or (not g.source and sp):
            out.append(f"SRC {name}: gold [{show(g.source)}] pred [{p.speaker_text}] :: {show(g.content)[:60]}")
    return out


if __name__ == "__main__":
    main()
