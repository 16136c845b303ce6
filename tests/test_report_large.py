"""A large case stays readable: actors collapsed, statements folded, rendered quickly."""

from __future__ import annotations

import time

from rashomon.outputs.report import OPEN_ACTORS, render_view
from rashomon.outputs.view import CaseView

ACTORS, DOCUMENTS, PER_DOCUMENT = 150, 300, 10


def large_case() -> dict:
    """A synthetic case of fictional filler: 300 documents, 3000 statements, 150 actors."""
    sentence = "Officials met at the Varn depot on Tuesday. {name} said the depot had been sealed. Work went on."
    documents, statements, stances = [], [], []
    for d in range(DOCUMENTS):
        name = f"Speaker {d % ACTORS}"
        text = " ".join(sentence.format(name=name) for _ in range(PER_DOCUMENT))
        documents.append({"id": f"d{d}", "outlet": f"Outlet {d % 40}", "title": f"Depot report {d}", "url": None,
                          "published": {"value": f"2031-{1 + d % 12:02d}-{1 + d % 28:02d}", "precision": "day"},
                          "duplicate_of": None, "text": text})
        at = 0
        for k in range(PER_DOCUMENT):
            start = text.index("the depot had been sealed", at)
            at = start + 1
            sid = f"s{d}-{k}"
            statements.append({"id": sid, "document": f"d{d}", "speaker": f"a{d % ACTORS}", "cue": "said",
                               "kind": "indirect", "content": "the depot had been sealed",
                               "content_span": [start, start + 25], "said_on": None})
            stances.append({"statement": sid, "value": ("affirm", "deny", "no_evidence")[(d + k) % 3]})
    return {
        "documents": documents,
        "actors": [{"id": f"a{i}", "name": f"Speaker {i}", "kind": "person", "aliases": []} for i in range(ACTORS)],
        "statements": statements,
        "propositions": [{"id": "p1", "text": "The depot was sealed", "origin": "tracked", "stances": stances}],
        "findings": [{"id": f"f{i}", "type": "corroboration", "proposition": "p1", "independent_sources": 40,
                      "statements": [s["id"] for s in statements[i * 20:(i + 1) * 20]], "summary": f"Finding {i}"}
                     for i in range(50)],
    }


def test_report_large_case_renders_collapsed_and_fast() -> None:
    started = time.perf_counter()
    html = render_view(CaseView.from_export(large_case()), title="Depot case")
    elapsed = time.perf_counter() - started
    assert elapsed < 20, elapsed
    actors = [line.strip() for line in html.splitlines() if line.strip().startswith('<details class="actor')]
    assert len(actors) == ACTORS
    assert sum(line.endswith(" open>") for line in actors) == OPEN_ACTORS
    assert "17 more statements" in html  # long evidence lists fold after three
