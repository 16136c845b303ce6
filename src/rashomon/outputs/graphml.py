"""GraphML for Gephi and networkx: actors and propositions, joined by stance edges.

Nodes: every actor (``type=actor``) and every proposition
(``type=proposition``). Edges, directed: actor -> proposition, one per
stance value the actor took, weighted by how many statements took it, with
the first and last date; actor -> actor for ``affiliation`` (speaks for)
and ``stands_for`` (a metonym and what it means).
"""

from __future__ import annotations

from collections import defaultdict
from typing import IO
from xml.etree import ElementTree as ET

from .view import CaseView

NS = "http://graphml.graphdrawing.org/xmlns"
KEYS = (  # (id, for, name, type)
    ("label", "node", "label", "string"),
    ("type", "node", "type", "string"),
    ("kind", "node", "kind", "string"),
    ("aliases", "node", "aliases", "string"),
    ("statements", "node", "statements", "int"),
    ("relation", "edge", "relation", "string"),
    ("stance", "edge", "stance", "string"),
    ("weight", "edge", "weight", "double"),
    ("first", "edge", "first", "string"),
    ("last", "edge", "last", "string"),
    ("evidence", "edge", "evidence", "string"),
)


def _data(parent: ET.Element, key: str, value: object) -> None:
    if value is None or value == "":
        return
    ET.SubElement(parent, "data", key=key).text = str(value)


def graph(view: CaseView) -> ET.ElementTree:
    root = ET.Element("graphml", xmlns=NS)
    for key, domain, name, kind in KEYS:
        ET.SubElement(root, "key", {"id": key, "for": domain, "attr.name": name, "attr.type": kind})
    g = ET.SubElement(root, "graph", id="rashomon", edgedefault="directed")

    spoken: dict[str, int] = defaultdict(int)
    for st in view.data["statements"]:
        if st["speaker"]:
            spoken[st["speaker"]] += 1
    for actor in view.data["actors"]:
        node = ET.SubElement(g, "node", id=actor["id"])
        _data(node, "label", actor["name"])
        _data(node, "type", "actor")
        _data(node, "kind", actor["kind"])
        _data(node, "aliases", " | ".join(actor["aliases"]))
        _data(node, "statements", spoken.get(actor["id"], 0))
    for prop in view.data["propositions"]:
        node = ET.SubElement(g, "node", id=prop["id"])
        _data(node, "label", prop["text"])
        _data(node, "type", "proposition")
        _data(node, "kind", prop["origin"])
        _data(node, "statements", len(prop["stances"]))

    edges = 0

    def edge(source: str, target: str, **values: object) -> None:
        nonlocal edges
        element = ET.SubElement(g, "edge", id=f"e{edges}", source=source, target=target)
        for key, value in values.items():
            _data(element, key, value)
        edges += 1

    for actor in view.data["actors"]:
        for relation in ("affiliation", "stands_for"):
            if actor.get(relation) in view.actors:
                edge(actor["id"], actor[relation], relation=relation, weight=1)
    for prop in view.data["propositions"]:
        taken: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for stance in prop["stances"]:
            st = view.statements.get(stance["statement"])
            if st and st["speaker"] in view.actors:
                taken[(st["speaker"], stance["value"])].append((view.when(st) or "", st["id"]))
        for (actor_id, value), said in sorted(taken.items()):
            dates = sorted(d for d, _ in said if d)
            edge(actor_id, prop["id"], relation="stance", stance=value, weight=len(said),
                 first=dates[0] if dates else None, last=dates[-1] if dates else None,
                 evidence=" ".join(sorted(s for _, s in said)))
    return ET.ElementTree(root)


def write(view: CaseView, out: IO[bytes]) -> None:
    tree = graph(view)
    ET.indent(tree)
    tree.write(out, encoding="utf-8", xml_declaration=True)
