"""`make demo`: ingest the bundled fictional sample corpus and summarise it.

    python -m rashomon.demo --db demo/rashomon.db --out demo
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from importlib.resources import files
from pathlib import Path

from .api import Case
from .outputs.report import write_report
from .outputs.rows import table

SAMPLE = files("rashomon") / "sample"


def sample_path() -> Path:
    return Path(str(SAMPLE))


def sample_articles() -> list[str]:
    """The sample's article files (its README and gold files are not articles)."""
    from .ingest import SUPPORTED

    return [
        str(p) for p in sorted(sample_path().iterdir())
        if p.is_file() and p.suffix in SUPPORTED and p.name != "README.md"
    ]


def tracked_propositions() -> list[str]:
    """The propositions the sample's gold file tracks, in the analyst's words."""
    import yaml

    gold = sample_path() / "gold" / "propositions.yaml"
    if not gold.exists():
        return []
    data = yaml.safe_load(gold.read_text(encoding="utf-8")) or {}
    items = data.get("propositions", data) if isinstance(data, dict) else data
    return [item["text"] for item in items if isinstance(item, dict) and "text" in item]


def use_sample_world() -> None:
    """The sample's invented countries and capitals, added the way a user
    extends the shipped lists: a folder named by RASHOMON_DATA."""
    world = str(sample_path() / "world")
    current = os.environ.get("RASHOMON_DATA")
    os.environ["RASHOMON_DATA"] = os.pathsep.join(filter(None, [current, world]))


def run(db: str, out: Path) -> int:
    use_sample_world()
    out.mkdir(parents=True, exist_ok=True)
    with Case(db) as case:
        for text in tracked_propositions():
            case.track(text)
        report = case.ingest(
            sample_articles(), on_error=lambda exc: print(f"error: {exc}", file=sys.stderr)
        )
        summary = case.summary()
        findings = case.findings()
        export_file = out / "export.json"
        export_file.write_text(json.dumps(case.export(with_text=True), ensure_ascii=False, indent=2), encoding="utf-8")
        report_file = out / "report.html"
        write_report(case.store, str(report_file), "Tarvik (fictional sample corpus)")
    print(f"Ingested the fictional sample corpus into {db}: {len(report.added)} added, "
          f"{len(report.unchanged)} unchanged, {len(report.errors)} failed.")
    print(f"{summary['documents']} documents, {summary['actors']} actors, "
          f"{summary['statements']} statements, {summary['propositions']} tracked propositions, "
          f"{summary['findings']} findings.\n")
    print("Statements by speaker (top 12):")
    print(table(summary["by_speaker"][:12]))
    kinds: dict[str, int] = {}
    for finding in findings:
        kinds[finding["type"]] = kinds.get(finding["type"], 0) + 1
    print("Findings: " + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())))
    for finding in findings:
        if finding["type"] in ("reversal", "discrepancy"):
            print(f"  - {finding['type']}: {finding['summary']}")
    print()
    print(f"Export (contract JSON): {export_file}")
    print(f"Report (self-contained HTML): {report_file}")
    print(f"Explore: .venv/bin/rashomon --db {db} statements -t")
    return 1 if report.errors else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="demo/rashomon.db")
    parser.add_argument("--out", default="demo", type=Path)
    args = parser.parse_args()
    raise SystemExit(run(args.db, args.out))


if __name__ == "__main__":
    main()
