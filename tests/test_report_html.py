"""The HTML report: self-contained, escaped, with one chart per proposition and actor."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html import unescape
from html.parser import HTMLParser

import pytest
from rashomon.outputs import report
from rashomon.outputs.view import CaseView
from rashomon.store import Store
from test_outputs_case import FINDING, STATEMENT, case_db  # noqa: F401  (session fixture)

pytestmark = pytest.mark.slow


class Page(HTMLParser):
    """Collects what a browser would load or run: scripts, links, event-handler attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.handlers: list[str] = []
        self.links: list[str] = []
        self.sources: list[str] = []
        self._script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.handlers += [name for name in attributes if name.startswith("on")]
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"] or "")
        if attributes.get("src"):
            self.sources.append(attributes["src"] or "")
        if tag == "script":
            self._script = attributes

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self.scripts.append((self._script, data))
            self._script = None


@pytest.fixture(scope="module")
def html(case_db: str) -> str:  # noqa: F811
    with Store(case_db) as store:
        return report.render(store, title="Quay <case>")


@pytest.fixture(scope="module")
def page(html: str) -> Page:
    parsed = Page()
    parsed.feed(html)
    return parsed


def test_report_is_self_contained(page: Page) -> None:
    assert page.sources == []  # nothing loaded from anywhere
    assert all(not attrs.get("src") for attrs, _ in page.scripts)
    assert all(link.startswith(("#", "https://", "http://")) for link in page.links)


def test_report_csp_allows_exactly_its_own_scripts(html: str, page: Page) -> None:
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert "default-src 'none'" in csp and "connect-src" not in csp
    runnable = [body for attrs, body in page.scripts if attrs.get("type") != "application/json"]
    assert len(runnable) == 3  # vega, vega-lite, rashomon.js
    for body in runnable:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_report_hostile_text_is_escaped(html: str, page: Page) -> None:
    assert page.handlers == []
    assert "&lt;img src=x onerror=window.__pwned=1&gt;" in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt; Quayside notice" in html
    assert "<title>Quay &lt;case&gt;</title>" in html
    assert "javascript:" not in " ".join(page.links)
    assert "Odo Ferrant &lt;b&gt;affirmed&lt;/b&gt;" in html  # a finding's summary is text too


def test_report_has_a_matrix_per_proposition_and_a_timeline_per_actor_with_stances(case_db: str, page: Page) -> None:  # noqa: F811
    specs = json.loads(next(body for attrs, body in page.scripts if attrs.get("id") == "chart-specs"))
    with Store(case_db) as store:
        view = CaseView.from_store(store)
    for prop in view.data["propositions"]:
        matrix = specs[f"chart-{prop['id']}"]
        dated = [s for s in prop["stances"] if view.when(view.statements[s["statement"]])]
        assert len(matrix["data"]["values"]) == len(dated)
        assert matrix["encoding"]["color"]["scale"]["domain"] == ["affirm", "deny", "retract", "no_evidence", "uncertain"]
    timeline = specs["chart-actor_test_odo_ferrant"]
    assert [layer["mark"]["type"] for layer in timeline["layer"]] == ["circle", "rule", "text"]
    assert timeline["layer"][1]["data"]["values"][0]["to_date"] == "2026-05-20"


def test_report_findings_show_evidence_in_context(html: str) -> None:
    block = html[html.index(f'id="{FINDING}"'):]
    block = block[: block.index("</article>")]
    assert f'id="{STATEMENT}"' in block
    assert "<mark>&lt;img src=x onerror=window.__pwned=1&gt; was all the screen showed</mark>" in block
    assert "said Odo Ferrant, a ferry clerk." in block


def test_report_write_report_writes_the_file(case_db: str, tmp_path) -> None:  # noqa: F811
    with Store(case_db) as store:
        path = report.write_report(store, tmp_path / "case.html", title="Ferry case")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!doctype html>") and "<title>Ferry case</title>" in text
