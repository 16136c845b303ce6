"""Vega-Lite specifications for the report and the web app.

Specs are plain dicts (JSON); the page renders them with the vendored Vega
and Vega-Lite builds (see ``assets/README.md``). Data values are data, never
expressions, so article text in a tooltip is shown, not run.
"""

from __future__ import annotations

import json
from typing import Any

from .view import STANCE_COLOURS, STANCE_VALUES

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
LABEL_LIMIT = 240  # pixels of an axis label before it is cut with an ellipsis

STANCE_COLOUR = {
    "field": "value",
    "type": "nominal",
    "title": "stance",
    "scale": {"domain": list(STANCE_VALUES), "range": [STANCE_COLOURS[v] for v in STANCE_VALUES]},
    "legend": {"orient": "top", "labelExpr": "replace(datum.label, '_', ' ')"},
}
TOOLTIP = [
    {"field": "actor_name", "title": "actor"},
    {"field": "value", "title": "stance"},
    {"field": "date", "title": "said on"},
    {"field": "cue", "title": "cue"},
    {"field": "content", "title": "statement"},
    {"field": "outlet", "title": "outlet"},
]


def stance_matrix(matrix: dict[str, Any]) -> dict[str, Any]:
    """Actors (rows) against time (x), one coloured mark per stance, each stance at its own height in the row.

    Only ``matrix["chart_actors"]`` get a row, so a large case keeps a readable chart."""
    shown = set(matrix["chart_actors"])
    cells = [c for c in matrix["cells"] if c["date"] and c["actor_name"] in shown]
    return {
        "$schema": SCHEMA,
        "description": f"Stances on: {matrix['text']}",
        "width": "container",
        "height": {"step": 40, "for": "position"},
        "autosize": {"type": "fit-x", "contains": "padding"},
        "data": {"values": cells},
        "mark": {"type": "square", "size": 64, "opacity": 0.9, "stroke": "#222", "strokeWidth": 0.5},
        "encoding": {
            "x": {"field": "date", "type": "temporal", "title": "said on",
                  "axis": {"format": "%d %b %Y", "labelAngle": 0, "grid": True}},
            "y": {"field": "actor_name", "type": "nominal", "title": None,
                  "sort": matrix["chart_actors"], "axis": {"labelLimit": LABEL_LIMIT}},
            "yOffset": {"field": "value", "type": "nominal", "scale": {"domain": list(STANCE_VALUES)}},
            "color": STANCE_COLOUR,
            "tooltip": TOOLTIP,
        },
        "config": {"view": {"stroke": None}},
    }


def actor_timeline(actor: dict[str, Any]) -> dict[str, Any]:
    """One actor's stances over time, one row per proposition; a dashed line marks each reversal."""
    points = [dict(p, actor_name=actor["name"]) for p in actor["points"]]
    reversals = [
        {k: r[k] for k in ("proposition", "from_date", "to_date", "summary")}
        for r in actor["reversals"] if r["from_date"] and r["to_date"]
    ]
    y = {"field": "proposition", "type": "nominal", "title": None, "axis": {"labelLimit": LABEL_LIMIT}}
    layers: list[dict[str, Any]] = [{
        "data": {"values": points},
        "mark": {"type": "circle", "size": 140, "opacity": 0.9, "stroke": "#222", "strokeWidth": 0.5},
        "encoding": {
            "x": {"field": "date", "type": "temporal", "title": "said on",
                  "axis": {"format": "%d %b %Y", "labelAngle": 0}},
            "y": y,
            "color": STANCE_COLOUR,
            "tooltip": TOOLTIP,
        },
    }]
    if reversals:
        layers.append({
            "data": {"values": reversals},
            "mark": {"type": "rule", "strokeDash": [5, 3], "strokeWidth": 2, "color": "#111"},
            "encoding": {"x": {"field": "from_date", "type": "temporal"}, "x2": {"field": "to_date"}, "y": y,
                         "tooltip": [{"field": "summary", "title": "reversal"}]},
        })
        layers.append({
            "data": {"values": reversals},
            "mark": {"type": "text", "text": "reversal", "dy": -11, "fontWeight": "bold", "align": "center"},
            "encoding": {"x": {"field": "to_date", "type": "temporal"}, "y": y},
        })
    return {
        "$schema": SCHEMA,
        "description": f"Stances of {actor['name']} over time",
        "width": "container",
        "height": {"step": 34},
        "autosize": {"type": "fit-x", "contains": "padding"},
        "layer": layers,
        "config": {"view": {"stroke": None}},
    }


def script_json(value: Any) -> str:
    """JSON safe to place inside a <script type="application/json"> element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text
