"""The HTML report: one self-contained file that works offline and by e-mail.

    from rashomon.outputs.report import write_report
    write_report(store, "case.html")

Everything is inlined (styles, the vendored Vega and Vega-Lite builds, the
chart data); nothing is fetched. Article text is untrusted: the template
autoescapes every value, chart data sits in a JSON script element with
``<`` escaped, only http(s) links are linked, and a Content-Security-Policy
allows only the report's own scripts (by hash) and no network at all.
"""

from __future__ import annotations

import base64
import hashlib
import os
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader

from .. import __version__
from ..store import Store
from . import charts
from .view import FINDING_PLURALS, STANCE_COLOURS, STANCE_LABELS, STANCE_VALUES, CaseView

OPEN_ACTORS = 6  # actor timelines open at first; the rest are collapsed
ASSETS = files("rashomon.outputs") / "assets"


@cache
def asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


@cache
def environment() -> Environment:
    env = Environment(loader=PackageLoader("rashomon.outputs", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(finding_plurals=FINDING_PLURALS, stance_labels=STANCE_LABELS, stance_values=STANCE_VALUES, stance_colours=STANCE_COLOURS)
    return env


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def content_security_policy(scripts: list[str]) -> str:
    """No network; only these inline scripts run (Vega compiles its expressions, hence eval)."""
    hashes = " ".join(_csp_hash(s) for s in scripts)
    return (f"default-src 'none'; script-src {hashes} 'unsafe-eval'; style-src 'unsafe-inline'; "
            "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")


def build(view: CaseView, title: str | None = None) -> dict[str, Any]:
    """Everything the template shows, plus the chart specs by element id."""
    specs: dict[str, Any] = {}
    propositions = []
    for prop in view.data["propositions"]:
        matrix = view.proposition_matrix(prop)
        if any(c["date"] for c in matrix["cells"]):
            matrix["chart"] = f"chart-{prop['id']}"
            specs[matrix["chart"]] = charts.stance_matrix(matrix)
        matrix["rows"] = [dict(view.statement_row(c["statement"]), value=c["value"]) for c in matrix["cells"]]
        propositions.append(matrix)
    actors = view.actor_timelines()
    for actor in actors:
        if actor["points"]:
            actor["chart"] = f"chart-{actor['id']}"
            specs[actor["chart"]] = charts.actor_timeline(actor)
    findings = view.finding_rows()
    overview = view.overview()
    return {
        "title": title or "Rashomon report",
        "overview": overview,
        "propositions": propositions,
        "actors": actors,
        "open_actors": OPEN_ACTORS,
        "findings": findings,
        "finding_types": sorted({f["type"] for f in findings}),
        "specs": specs,
        "version": __version__,
    }


def render(store: Store, title: str | None = None) -> str:
    """The report of everything in the store, as one HTML string."""
    return render_view(CaseView.from_store(store), title)


def render_view(view: CaseView, title: str | None = None) -> str:
    model = build(view, title)
    scripts = [asset("vega.min.js"), asset("vega-lite.min.js"), asset("rashomon.js")]
    return environment().get_template("report.html.j2").render(
        **model,
        css=asset("rashomon.css"),
        scripts=scripts,
        csp=content_security_policy(scripts),
        specs_json=charts.script_json(model["specs"]),
    )


def write_report(store: Store, path: str | os.PathLike[str], title: str | None = None) -> Path:
    target = Path(path)
    target.write_text(render(store, title), encoding="utf-8")
    return target
