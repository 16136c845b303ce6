"""schema.org ClaimReview JSON-LD for the tracked propositions.

One ``ClaimReview`` per tracked proposition; the reviewed ``Claim`` lists
every statement that bears on it as an ``appearance`` (a ``Quotation``
spoken by its actor, part of the ``NewsArticle`` it was reported in). The
rating does not judge truth, which Rashomon cannot know: its
``alternateName`` says how the sources stand (e.g. "Contested: 3 affirm,
2 deny; 4 independent outlets"). A publisher replaces ``author`` with
their own organisation before publishing.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from .view import STANCE_LABELS, CaseView

CONTEXT = "https://schema.org"
DEFAULT_AUTHOR = "Rashomon"


def verdict(counts: dict[str, int], outlets: int) -> str:
    """How the sources stand on a proposition, in words (not a truth rating)."""
    against = counts.get("deny", 0) + counts.get("retract", 0)
    if counts.get("affirm", 0) and against:
        state = "Contested"
    elif counts.get("affirm", 0):
        state = "Affirmed by its sources"
    elif against:
        state = "Denied by its sources"
    else:
        state = "No source takes a position"
    tally = ", ".join(f"{n} {value.replace('_', ' ')}" for value, n in counts.items() if n)
    plural = "s" if outlets != 1 else ""
    return f"{state}: {tally or 'no statements'}; {outlets} independent outlet{plural}"


def _speaker(view: CaseView, statement: dict[str, Any]) -> dict[str, Any]:
    actor = view.actors.get(statement["speaker"] or "")
    if actor is None:
        return {"@type": "Person", "name": statement.get("speaker_text") or "unnamed source"}
    kind = "Person" if actor["kind"] == "person" else "Organization"
    return {"@type": kind, "@id": f"#{actor['id']}", "name": actor["name"]}


def _article(view: CaseView, doc_id: str) -> dict[str, Any]:
    doc = view.documents[doc_id]
    article: dict[str, Any] = {"@type": "NewsArticle", "@id": f"#{doc_id}"}
    if doc.get("title"):
        article["headline"] = doc["title"]
    if doc.get("url"):
        article["url"] = doc["url"]
    if doc.get("published"):
        article["datePublished"] = doc["published"]["value"]
    if doc.get("outlet"):
        article["publisher"] = {"@type": "Organization", "name": doc["outlet"]}
    return article


def _appearance(view: CaseView, statement_id: str, value: str) -> dict[str, Any]:
    st = view.statements[statement_id]
    quote: dict[str, Any] = {
        "@type": "Quotation",
        "@id": f"#{statement_id}",
        "text": st["content"],
        "spokenByCharacter": _speaker(view, st),
        "isPartOf": _article(view, st["document"]),
        "description": f"{st['cue']}: {STANCE_LABELS[value]}",
    }
    when = view.when(st)
    if when:
        quote["dateCreated"] = when
    return quote


def claim_reviews(view: CaseView, author: str = DEFAULT_AUTHOR, today: str | None = None) -> dict[str, Any]:
    """A JSON-LD document with one ClaimReview per tracked proposition."""
    today = today or datetime.now(timezone.utc).date().isoformat()
    graph = []
    for prop in view.data["propositions"]:
        if prop["origin"] != "tracked":
            continue
        matrix = view.proposition_matrix(prop)
        appearances = [_appearance(view, c["statement"], c["value"]) for c in matrix["cells"]]
        claim: dict[str, Any] = {"@type": "Claim", "text": prop["text"], "appearance": appearances}
        dated = [a for a in appearances if a.get("dateCreated")]
        if dated:
            claim["firstAppearance"] = {"@id": min(dated, key=lambda a: a["dateCreated"])["@id"]}
        graph.append({
            "@type": "ClaimReview",
            "@id": f"#{prop['id']}",
            "claimReviewed": prop["text"],
            "datePublished": today,
            "author": {"@type": "Organization", "name": author},
            "itemReviewed": claim,
            "reviewRating": {
                "@type": "Rating",
                "alternateName": verdict(matrix["counts"], len(matrix["independent_outlets"])),
            },
        })
    return {"@context": CONTEXT, "@graph": graph}
