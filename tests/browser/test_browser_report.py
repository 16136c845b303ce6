"""The HTML report in headless Chromium: charts render, spans are highlighted, hostile text stays text."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.outputs.report import write_report
from rashomon.outputs.view import CaseView
from rashomon.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def report_file(case_db: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    with Store(case_db) as store:
        return write_report(store, tmp_path_factory.mktemp("report") / "report.html", title="Tarvik sample case")


@pytest.fixture(scope="module")
def view(case_db: str) -> CaseView:
    with Store(case_db) as store:
        return CaseView.from_store(store)


def test_browser_report_renders_the_stance_matrix(page, report_file: Path, view: CaseView, shots: Path) -> None:
    page.goto(report_file.as_uri())
    for prop in view.data["propositions"]:
        chart = f"#chart-{prop['id']}"
        page.wait_for_selector(f"{chart}[data-rendered=true]", timeout=15000)
        dated = [s for s in prop["stances"] if view.when(view.statements[s["statement"]])]
        assert page.locator(f"{chart} g.mark-symbol.role-mark path").count() == len(dated)
        legend = page.locator(f"{chart} .role-legend-label text").all_text_contents()
        assert legend == ["affirm", "deny", "retract", "no evidence", "uncertain"]
    page.screenshot(path=str(shots / "report-top.png"))
    page.locator("#propositions article").first.screenshot(path=str(shots / "report-matrix.png"))
    assert page.errors == []


def test_browser_report_highlights_evidence_and_runs_no_article_script(page, report_file: Path, shots: Path) -> None:
    page.goto(report_file.as_uri())
    finding = page.locator("#find_test_reversal")
    mark = finding.locator("mark").first
    assert mark.text_content() == "<img src=x onerror=window.__pwned=1> was all the screen showed"
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert "<script>window.__pwned = 1</script>" in page.locator("body").text_content()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    finding.screenshot(path=str(shots / "report-hostile-finding.png"))
    page.locator("#actor_test_odo_ferrant").evaluate("d => { d.open = true; }")
    page.wait_for_selector("#chart-actor_test_odo_ferrant[data-rendered=true]", timeout=15000)
    assert page.locator("#chart-actor_test_odo_ferrant .mark-rule line, #chart-actor_test_odo_ferrant .mark-rule path").count() >= 1
    page.locator("#actor_test_odo_ferrant").screenshot(path=str(shots / "report-actor-reversal.png"))


def test_browser_report_filters_and_prints(page, report_file: Path, tmp_path: Path) -> None:
    page.goto(report_file.as_uri())
    everyone = page.locator("details.actor").count()
    page.fill("#filter", "Odo Ferrant")
    visible = [d.get_attribute("id") for d in page.locator("details.actor:visible").all()]
    assert "actor_test_odo_ferrant" in visible and len(visible) < everyone
    page.fill("#filter", "")
    page.uncheck(".type-toggle[value=reversal]")
    assert page.locator("article.finding.type-reversal:visible").count() == 0
    assert page.locator("article.finding:visible").count() > 0
    pdf = page.pdf(path=str(tmp_path / "report.pdf"))
    assert pdf[:4] == b"%PDF" and len(pdf) > 10000
