"""Stance and findings quality against the hand-written gold of a fictional corpus.

    .venv/bin/python eval/findings_sample.py [--corpus src/rashomon/sample] [--corpus eval/ferry]
        [--corpus eval/protest] [--corpus eval/spill] [--corpus eval/heldout]

The default is all five: the bundled sample, eval/ferry, eval/protest and
eval/spill are development corpora (their errors are read and worked on), eval/heldout is
read only for its figures.

Mode "gold": the statements, speakers (actors.yaml), cue classes and dates
come from the gold files, so this measures the claims and findings stages
alone. Mode "pipeline": the corpus goes through the whole pipeline
(rashomon.Case on a temporary store) and the export is scored, gold
statements aligned to found ones by content overlap. Both score stance on the
gold propositions (macro-F1 over the five values, each pair with "none" when
no stance; deny recall separately), then reversals, contradictions,
discrepancies and corroborations against findings.yaml, and near-duplicates
against the gold duplicates. In mode "pipeline" a found actor is a gold one
when it carries the gold name (or ends with the same word), or when most of
the gold statements it was given belong to that gold actor: names differ
("Marvaska health ministry" for "Ministry of Health of Marvaska") where the
actor is the same. The second test was added in the thirty-fifth session;
before it, protest end-to-end reversals read 0.25 and contradictions 0.50.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml

from rashomon.claims.glossary import registry_links
from rashomon.claims import ActorInfo, Proposition, StatementIndex, StatementView, discover, encode_statements
from rashomon.findings import DocumentView, claim_corroborations, discrepancies, find_duplicates, original_first, proposition_findings
from rashomon.findings.values import sentences
from rashomon.ingest import read_inputs
from rashomon.model import DocumentRecord, PartialDate

VALUES = ("affirm", "deny", "retract", "no_evidence", "uncertain")
ROOT = Path(__file__).resolve().parent.parent


def load_documents(corpus: Path, names: set[str]) -> dict[str, DocumentRecord]:
    """Gold document name -> record read by the ingest stage."""
    found = {}
    for record in read_inputs([str(corpus)]):
        if not isinstance(record, DocumentRecord) or not record.source:
            continue
        path = record.source.rsplit(":", 1)[0] if record.source.endswith(tuple("0123456789")) and ".jsonl:" in record.source else record.source
        name = Path(path).name
        if name.endswith(".jsonl"):
            name = f"{name}#{record.external_id}"
        if name in names:
            found[name] = record
    return found


def sentence_of(text: str, content: str) -> tuple[str, tuple[int, int] | None]:
    start = text.find(content)
    if start < 0:
        return content, None
    end = start + len(content)
    spans = [s for s in sentences(text) if s[0] < end and s[1] > start]
    if not spans:
        return content, (start, end)
    return text[spans[0][0] : spans[-1][1]], (start, end)


def build_views(gold: Path, documents: dict[str, DocumentRecord]) -> tuple[list[StatementView], dict[str, ActorInfo], dict[str, Any]]:
    statements = yaml.safe_load((gold / "statements.yaml").read_text())
    actors_doc = yaml.safe_load((gold / "actors.yaml").read_text())
    actors = {
        a["name"]: ActorInfo(a["name"], a.get("kind", "unknown"), a.get("affiliation"), a.get("stands_for"), a["name"], tuple(a.get("aliases") or ()))
        for a in actors_doc["actors"]
    }
    meta = {d["document"]: d for d in statements["documents"]}
    views = []
    for s in statements["statements"]:
        record = documents.get(s["document"])
        text = record.text if record else ""
        sentence, span = sentence_of(text, s["content"])
        # A quote broken by its attribution is one statement: its later pieces count.
        extra = [sentence_of(text, piece)[0] for piece in s.get("content_extra") or []]
        content = " ".join([s["content"], *(s.get("content_extra") or [])])
        if extra:
            sentence = " ".join([sentence, *(e for e in extra if e != sentence)])
            span = None
        actor = actors.get(s.get("actor") or "")
        said_on = s.get("said_on")
        views.append(
            StatementView(
                id=s["id"],
                document=s["document"],
                content=content,
                cue_class=s.get("cue_class") or "assert",
                sentence=sentence,
                outlet=record.outlet if record else None,
                actor=s.get("actor"),
                actor_stands_for=actor.stands_for if actor else None,
                actor_affiliation=actor.affiliation if actor else None,
                actor_kind=actor.kind if actor else "unknown",
                actor_name=s.get("actor"),
                cue=s.get("cue") or "",
                kind=s.get("kind") or "indirect",
                said_on=PartialDate(str(said_on), s.get("basis") or "unknown") if said_on else None,
                duplicate_of=meta.get(s["document"], {}).get("duplicate_of"),
                content_span=span,
                principal_name=(actor.stands_for or actor.affiliation) if actor else None,
            )
        )
    return views, actors, meta


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_stances(statement_ids: list[str], propositions: list[dict[str, Any]], pred: Mapping[tuple[str, str], str]) -> dict[str, Any]:
    """Every (statement, proposition) pair: gold value or "none" against system value or "none"."""
    gold = {(st["statement"], p["id"]): st["value"] for p in propositions for st in p["stances"]}
    counts: dict[str, Counter[str]] = {v: Counter() for v in VALUES}
    confusion: Counter[tuple[str, str]] = Counter()
    for sid in statement_ids:
        for p in propositions:
            key = (sid, p["id"])
            g, s = gold.get(key, "none"), pred.get(key, "none")
            confusion[(g, s)] += 1
            for v in VALUES:
                counts[v]["tp"] += g == v and s == v
                counts[v]["fp"] += g != v and s == v
                counts[v]["fn"] += g == v and s != v
    per_class = {v: f1(c["tp"], c["fp"], c["fn"]) for v, c in counts.items()}
    present = [v for v in VALUES if counts[v]["tp"] + counts[v]["fn"] > 0]
    relevant_tp = sum(n for (g, s), n in confusion.items() if g != "none" and s != "none")
    relevant = f1(relevant_tp, sum(n for (g, s), n in confusion.items() if g == "none" and s != "none"),
                  sum(n for (g, s), n in confusion.items() if g != "none" and s == "none"))
    return {
        "macro_f1": sum(per_class[v][2] for v in present) / len(present),
        "per_class": per_class,
        "deny_recall": per_class["deny"][1],
        "relevance": relevant,
        "gold_stances": len(gold),
        "errors": sorted(((g, s), n) for (g, s), n in confusion.items() if g != s),
    }


def _located(documents: dict[str, DocumentRecord], mention: dict[str, str]) -> tuple[str, int, int] | None:
    record = documents.get(mention["document"])
    if record is None or mention["text"] not in record.text:
        return None
    start = record.text.find(mention["text"])
    return mention["document"], start, start + len(mention["text"])


def _overlaps(span: tuple[str, int, int], spans: list[list[Any]]) -> bool:
    return any(d == span[0] and s < span[2] and e > span[1] for d, s, e in spans)


def match_discrepancy(gold: dict[str, Any], found: dict[str, Any], documents: dict[str, DocumentRecord]) -> bool:
    """Two of the finding's values cover mentions of two different gold values."""
    hits = set()
    for gi, gold_value in enumerate(gold["values"]):
        for fi, value in enumerate(found["values"]):
            for mention in gold_value["mentions"]:
                span = _located(documents, mention)
                if span and _overlaps(span, value["spans"]):
                    hits.add((gi, fi))
    return any(g1 != g2 and f1_ != f2 for g1, f1_ in hits for g2, f2 in hits)


SameActor = Callable[[str, str], bool]


def match(kind: str, gold: dict[str, Any], found: dict[str, Any], documents: dict[str, DocumentRecord], same: SameActor) -> bool:
    if kind == "discrepancy":
        return match_discrepancy(gold, found, documents)
    if gold.get("proposition") != found.get("proposition"):
        return False
    if kind == "reversal":
        actors = [gold["actor"], *gold.get("via", [])]
        return any(same(a, found["actor"]) for a in actors) and (found["from"]["value"], found["to"]["value"]) == (
            gold["from"]["value"],
            gold["to"]["value"],
        )
    if kind == "contradiction":
        sides = {side["value"]: side["actors"] for side in found["sides"]}
        return all(
            any(same(g, f) for g in side["actors"] for f in sides.get(side["value"], [])) for side in gold["sides"]
        )
    if kind == "corroboration":
        return found.get("value") == gold.get("value")
    return False


def score_findings(
    gold: dict[str, Any], found: list[dict[str, Any]], documents: dict[str, DocumentRecord], same: SameActor
) -> dict[str, Any]:
    report = {}
    for kind, key in (("reversal", "reversals"), ("contradiction", "contradictions"), ("discrepancy", "discrepancies"), ("corroboration", "corroborations")):
        golds = [g for g in gold.get(key, []) if kind != "corroboration" or "proposition" in g]
        system = [f for f in found if f["type"] == kind and (kind != "corroboration" or f.get("proposition"))]
        recalled = [g["id"] for g in golds if any(match(kind, g, f, documents, same) for f in system)]
        correct = [f for f in system if any(match(kind, g, f, documents, same) for g in golds)]
        counts = [
            (f["independent_sources"], g["independent_sources"]) for g in golds for f in system if kind == "corroboration" and match(kind, g, f, documents, same)
        ]
        report[kind] = {
            "count_error": sum(abs(a - b) for a, b in counts) / len(counts) if counts else None,
            "gold": len(golds),
            "found": len(system),
            "recall": len(recalled) / len(golds) if golds else None,
            "precision": len(correct) / len(system) if system else None,
            "missed": [g["id"] for g in golds if g["id"] not in recalled],
            "unmatched": [f["summary"] for f in system if f not in correct],
        }
    # Corroboration of untracked claims: the gold lists a few, not all, so recall only.
    claims = [g for g in gold.get("corroborations", []) if "proposition" not in g and g["independent_sources"] >= 2]
    system = [f for f in found if f["type"] == "corroboration" and not f.get("proposition")]
    hits = [
        g["id"] for g in claims
        if any(set(g["statements"]) & set(f["statements"]) for f in system)
    ]
    report["claim corroboration"] = {
        "gold": len(claims), "found": len(system), "recall": len(hits) / len(claims) if claims else None,
        "precision": None, "missed": [g["id"] for g in claims if g["id"] not in hits], "unmatched": [], "count_error": None,
    }
    return report


def report(
    title: str,
    stance: dict[str, Any],
    findings_report: dict[str, Any],
) -> None:
    print(title)
    print(f"stance macro-F1 {stance['macro_f1']:.3f}; deny recall {stance['per_class']['deny'][1]:.3f}; "
          f"relevance P/R/F1 {stance['relevance'][0]:.3f}/{stance['relevance'][1]:.3f}/{stance['relevance'][2]:.3f} "
          f"({stance['gold_stances']} gold stances)")
    for v, (p, r, f) in stance["per_class"].items():
        print(f"  {v:12s} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print("  confusions (gold -> system): " + ", ".join(f"{g}->{s} x{n}" for (g, s), n in stance["errors"]))
    for kind, r in findings_report.items():
        recall = "n/a" if r["recall"] is None else f"{r['recall']:.2f}"
        precision = "n/a" if r["precision"] is None else f"{r['precision']:.2f}"
        extra = f"; mean |independent_sources - gold| {r['count_error']:.2f}" if r["count_error"] is not None else ""
        print(f"{kind:14s} recall {recall} precision {precision} (gold {r['gold']}, found {r['found']}) missed {r['missed']}{extra}")
        for summary in r["unmatched"]:
            print(f"    unmatched: {summary}")


def print_stance_errors(views: list[StatementView], propositions: list[dict[str, Any]], pred: Mapping[tuple[str, str], str], index: StatementIndex) -> None:
    """Every wrong (statement, proposition) pair with its relevance to each
    proposition: for error analysis on the sample only (never on held-out)."""
    gold = {(st["statement"], p["id"]): st["value"] for p in propositions for st in p["stances"]}
    relevances = index._relevances(list(index.tracked.values()))
    for v in views:
        pos = index.position[v.id]
        rels = " ".join(f"{pid}={relevances[pid][pos]:.2f}" for pid in relevances)
        for p in propositions:
            g, s = gold.get((v.id, p["id"]), "none"), pred.get((v.id, p["id"]), "none")
            if g != s:
                print(f"  {v.id:7s} {p['id']} gold {g:11s} sys {s:11s} [{rels}] {v.cue_class}: {v.content[:110]!r}")


def evaluate_on_gold_statements(corpus: Path, show_errors: bool = False) -> None:
    gold_dir = corpus / "gold"
    statements_doc = yaml.safe_load((gold_dir / "statements.yaml").read_text())
    names = {d["document"] for d in statements_doc["documents"]}
    documents = load_documents(corpus, names)
    views, actors, meta = build_views(gold_dir, documents)
    propositions = yaml.safe_load((gold_dir / "propositions.yaml").read_text())["propositions"]
    findings_gold = yaml.safe_load((gold_dir / "findings.yaml").read_text())

    index = StatementIndex()
    index.add(views, texts={name: record.text for name, record in documents.items()})
    index.set_registry(registry_links(actors))
    by_id = {v.id: v for v in views}
    found: list[dict[str, Any]] = []
    index.set_tracked(Proposition(p["id"], p["text"]) for p in propositions)
    predicted = index.track_all()
    for p in propositions:
        found += proposition_findings(index.tracked[p["id"]], predicted[p["id"]], by_id, actors=actors)
    ordered = sorted(documents, key=lambda n: (meta[n].get("published") or meta[n].get("published_inferred") or "", n))
    doc_views = [
        DocumentView(n, documents[n].text, documents[n].outlet, meta[n].get("published") or meta[n].get("published_inferred"), meta[n].get("duplicate_of"))
        for n in ordered
    ]
    found += discrepancies(doc_views, [(a.name or "", *a.aliases) for a in actors.values()])
    found += claim_corroborations(discover(views, *encode_statements(views)), by_id)
    pred = {(st.statement, st.proposition): st.value for stances in predicted.values() for st in stances}
    stance = score_stances([v.id for v in views], propositions, pred)
    if show_errors:
        print_stance_errors(views, propositions, pred, index)
    report(
        f"## {corpus} (mode: gold statements, {len(views)} statements, {len(propositions)} propositions)",
        stance,
        score_findings(findings_gold, found, documents, lambda gold_name, actor: gold_name == actor),
    )
    ordered = [ordered[i] for i in original_first([(doc_views[i].published, documents[n].text, documents[n].outlet) for i, n in enumerate(ordered)])]
    duplicate_of = find_duplicates([documents[n].text for n in ordered])
    system = {(ordered[i], ordered[j]) for i, j in enumerate(duplicate_of) if j is not None}
    gold_pairs = {(d["document"], d["duplicate_of"]) for d in findings_gold.get("duplicates", [])}
    print(f"duplicates: {len(system & gold_pairs)}/{len(gold_pairs)} gold pairs found, {len(system - gold_pairs)} extra")


def _gold_name(source: str, external_id: str | None) -> str:
    path = source.rsplit(":", 1)[0] if ".jsonl:" in source else source
    name = Path(path).name
    return f"{name}#{external_id}" if name.endswith(".jsonl") else name


def evaluate_end_to_end(corpus: Path, show_errors: bool = False) -> None:
    """Ingest the corpus into a temporary store with the real pipeline, track
    the gold propositions, and score the export against the gold."""
    from rashomon import Case

    gold_dir = corpus / "gold"
    statements_doc = yaml.safe_load((gold_dir / "statements.yaml").read_text())
    names = {d["document"] for d in statements_doc["documents"]}
    propositions = yaml.safe_load((gold_dir / "propositions.yaml").read_text())["propositions"]
    findings_gold = yaml.safe_load((gold_dir / "findings.yaml").read_text())
    paths = sorted({str(corpus / n.split("#")[0]) for n in names})
    with tempfile.TemporaryDirectory() as tmp, Case(Path(tmp) / "eval.db") as case:
        case.ingest(paths)
        prop_ids = {case.track(p["text"])["id"]: p["id"] for p in propositions}
        export = case.export(with_text=True)
        sources = {d["id"]: d["source"] for d in case.documents()}
    external = {d["id"]: d.get("external_id") for d in export["documents"]}
    doc_name = {d: _gold_name(src, external[d]) for d, src in sources.items()}
    texts = {doc_name[d["id"]]: d["text"] for d in export["documents"]}
    documents = {n: DocumentRecord(text=t) for n, t in texts.items()}

    # Gold statement -> the system statement whose content overlaps it most;
    # of those that overlap it equally, the one whose content is shortest (a
    # statement nested in another's content is the closer match, not the
    # outer one that holds it).
    aligned: dict[str, str] = {}
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for st in export["statements"]:
        by_doc.setdefault(doc_name[st["document"]], []).append(st)
    for g in statements_doc["statements"]:
        text = texts.get(g["document"], "")
        start = text.find(g["content"])
        if start < 0:
            continue
        end = start + len(g["content"])
        overlaps = [
            (min(end, s["content_span"][1]) - max(start, s["content_span"][0]), s["content_span"][0] - s["content_span"][1], s["id"])
            for s in by_doc.get(g["document"], [])
        ]
        best = max(overlaps, default=(0, 0, ""))
        if best[0] > 0:
            aligned[g["id"]] = best[2]
    to_gold = {sys_id: gold_id for gold_id, sys_id in aligned.items()}
    pred = {
        (to_gold.get(st["statement"], st["statement"]), prop_ids[p["id"]]): st["value"]
        for p in export["propositions"] if p["id"] in prop_ids for st in p["stances"]
    }
    ids = [g["id"] for g in statements_doc["statements"]] + [s["id"] for s in export["statements"] if s["id"] not in to_gold]
    stance = score_stances(ids, propositions, pred)
    if show_errors:
        content = {to_gold.get(st["id"], st["id"]): (st["cue_class"], st["content"]) for st in export["statements"]}
        gold = {(st["statement"], p["id"]): st["value"] for p in propositions for st in p["stances"]}
        for sid in ids:
            for p in propositions:
                g, s = gold.get((sid, p["id"]), "none"), pred.get((sid, p["id"]), "none")
                if g != s:
                    cue, text = content.get(sid, ("?", ""))
                    print(f"  {sid[:10]:10s} {p['id']} gold {g:11s} sys {s:11s} {cue}: {text[:110]!r}")

    actor_names = {a["id"]: {a["name"], *a.get("aliases", [])} for a in export["actors"]}
    # A system actor stands for the gold actor of most of the gold statements
    # it was given (by statement alignment): "Marvaska health ministry" is the
    # gold "Ministry of Health of Marvaska" because it speaks their statements,
    # whatever either is called.
    speaker_of = {st["id"]: st.get("speaker") for st in export["statements"]}
    given: dict[str, Counter[str]] = {}
    for g in statements_doc["statements"]:
        if (actor := speaker_of.get(aligned.get(g["id"], ""))) and g.get("actor"):
            given.setdefault(actor, Counter())[g["actor"]] += 1
    stands_for = {actor: counts.most_common(1)[0][0] for actor, counts in given.items()}

    def same(gold_name: str, actor: str) -> bool:
        known = actor_names.get(actor, {actor})
        return gold_name in known or stands_for.get(actor) == gold_name or any(
            n.split()[-1:] == gold_name.split()[-1:] for n in known if n)

    found = []
    for f in export["findings"]:
        f = dict(f, proposition=prop_ids.get(f.get("proposition") or "", f.get("proposition")),
                 statements=[to_gold.get(i, i) for i in f.get("statements") or []])
        if f["type"] == "discrepancy":
            f["values"] = [dict(v, spans=[[doc_name.get(d, d), a, b] for d, a, b in v["spans"]]) for v in f["values"]]
        found.append(f)
    report(
        f"## {corpus} (mode: end to end: ingest, attribution, time, actors, claims, findings; "
        f"{len(export['statements'])} statements found, {len(aligned)}/{len(statements_doc['statements'])} gold statements aligned)",
        stance,
        score_findings(findings_gold, found, documents, same),
    )
    gold_pairs = {(d["document"], d["duplicate_of"]) for d in findings_gold.get("duplicates", [])}
    system = {(doc_name[d["id"]], doc_name[d["duplicate_of"]]) for d in export["documents"] if d.get("duplicate_of")}
    print(f"duplicates: {len(system & gold_pairs)}/{len(gold_pairs)} gold pairs found, {len(system - gold_pairs)} extra")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", type=Path, help="corpus folder with a gold/ subfolder (repeatable)")
    parser.add_argument("--mode", choices=["gold", "pipeline", "both"], default="both",
                        help="gold: statements from the gold files; pipeline: the whole pipeline end to end")
    parser.add_argument("--errors", action="store_true",
                        help="list every stance error; for the sample only: never look at held-out errors")
    args = parser.parse_args()
    corpora = args.corpus or [ROOT / "src/rashomon/sample", ROOT / "eval/ferry", ROOT / "eval/protest",
                              ROOT / "eval/spill", ROOT / "eval/heldout"]
    # A corpus's world/ folder (its countries) extends the lists, as a user would with RASHOMON_DATA.
    worlds = [str(c / "world") for c in corpora if (c / "world").is_dir()]
    os.environ["RASHOMON_DATA"] = os.pathsep.join(filter(None, [*worlds, os.environ.get("RASHOMON_DATA")]))
    for corpus in corpora:
        if not (corpus / "gold" / "propositions.yaml").exists():
            print(f"## {corpus}: no gold yet, skipped")
            continue
        if args.mode in ("gold", "both"):
            evaluate_on_gold_statements(corpus, args.errors)
        if args.mode in ("pipeline", "both"):
            evaluate_end_to_end(corpus, args.errors)
    print("command: " + " ".join([".venv/bin/python", *sys.argv]))


if __name__ == "__main__":
    main()
