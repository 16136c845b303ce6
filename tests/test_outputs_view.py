"""The case view's joins and text helpers, on hand-made export dicts (no model needed)."""

from __future__ import annotations

from rashomon.outputs.view import CaseView, in_context, safe_url, sentence_bounds

TEXT = 'The quay flooded on Monday. "The gates held," said Pia Sorrel, the lock keeper. Nobody else spoke.'


def export(**extra: object) -> dict:
    start = TEXT.index("The gates held")
    data = {
        "documents": [
            {"id": "d1", "outlet": "Fen Courier", "title": "Quay floods", "url": "https://fen.example/q",
             "published": {"value": "2030-02-03", "precision": "day"}, "duplicate_of": None, "text": TEXT},
            {"id": "d2", "outlet": "Wire Copy", "title": "Quay floods", "url": "javascript:alert(1)",
             "published": {"value": "2030-02-04", "precision": "day"}, "duplicate_of": "d1", "text": TEXT},
            {"id": "d3", "outlet": "Fen Courier", "title": "Later", "url": None, "published": None, "text": TEXT},
        ],
        "actors": [{"id": "a1", "name": "Pia Sorrel", "kind": "person", "aliases": ["Pia Sorrel", "P. Sorrel"]}],
        "statements": [
            {"id": f"s{i}", "document": doc, "speaker": "a1", "cue": "said", "kind": "direct",
             "content": "The gates held", "content_span": [start, start + 14], "said_on": said}
            for i, (doc, said) in enumerate([("d1", None), ("d2", None), ("d3", {"value": "2030-03", "precision": "month"})])
        ],
        "propositions": [{"id": "p1", "text": "The gates held", "origin": "tracked", "stances": [
            {"statement": "s0", "value": "affirm"}, {"statement": "s1", "value": "affirm"},
            {"statement": "s2", "value": "retract"}]}],
        "findings": [],
    }
    data.update(extra)
    return data


def test_outputs_view_context_is_the_sentence_with_the_span_split_out() -> None:
    start = TEXT.index("The gates held")
    context = in_context(TEXT, start, start + 14)
    assert context["span"] == "The gates held"
    assert context["before"] == '"'
    assert context["after"] == '," said Pia Sorrel, the lock keeper.'
    assert sentence_bounds(TEXT, 0, 3) == (0, TEXT.index(".") + 1)


def test_outputs_view_only_web_urls_are_links() -> None:
    assert safe_url("https://fen.example/q") == "https://fen.example/q"
    assert safe_url(" JavaScript:alert(1)") is None
    assert safe_url("data:text/html,<b>x</b>") is None
    assert CaseView.from_export(export()).source("d2")["url"] is None


def test_outputs_view_matrix_counts_syndicated_copies_once_and_dates_fall_back_to_publication() -> None:
    view = CaseView.from_export(export())
    matrix = view.proposition_matrix(view.data["propositions"][0])
    assert [c["date"] for c in matrix["cells"]] == ["2030-02-03", "2030-02-04", "2030-03"]
    assert matrix["counts"]["affirm"] == 2 and matrix["counts"]["retract"] == 1
    assert matrix["independent_outlets"] == ["Fen Courier"]  # d2 is a copy; d3 is the same outlet
    assert matrix["outlets_by_value"] == {"affirm": 1, "retract": 1}


def test_outputs_view_actor_timeline_marks_reversals() -> None:
    reversal = {"id": "f1", "type": "reversal", "proposition": "p1", "actor": "a1", "summary": "changed",
                "from": {"value": "affirm", "said_on": "2030-02-03", "statements": ["s0"]},
                "to": {"value": "retract", "said_on": "2030-03", "statements": ["s2"]}, "statements": ["s0", "s2"]}
    view = CaseView.from_export(export(findings=[reversal]))
    [actor] = view.actor_timelines()
    assert [(r["id"], r["from_date"], r["to_date"]) for r in actor["reversals"]] == [("f1", "2030-02-03", "2030-03")]
    assert [p["value"] for p in actor["points"]] == ["affirm", "affirm", "retract"]
    [finding] = view.finding_rows()
    assert [e["value"] for e in finding["evidence"]] == ["affirm", "retract"]
    assert finding["evidence"][0]["context"]["span"] == "The gates held"


def test_outputs_view_context_follows_the_parsers_sentence_when_known() -> None:
    view = CaseView.from_export(export())
    view.sentences = {"s0": (0, len(TEXT))}
    context = view.statement_row("s0")["context"]
    assert context["before"].startswith("The quay flooded") and context["after"].endswith("Nobody else spoke.")
    assert view.statement_row("s1")["context"]["before"] == '"'
