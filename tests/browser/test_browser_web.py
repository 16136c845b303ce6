"""The web app in headless Chromium: actors, tracking a proposition, findings, hostile text."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_browser_web_lists_actors(page, server: str, shots: Path) -> None:
    page.goto(f"{server}/actors")
    count = len(page.evaluate("fetch('/actors.json').then(r => r.json())"))
    assert page.locator("tr.actor-row").count() == count > 0
    page.click("a[href='/actors/actor_test_odo_ferrant']")
    page.wait_for_url("**/actors/actor_test_odo_ferrant")
    page.wait_for_selector("#chart-actor[data-rendered=true]", timeout=15000)
    assert page.locator("#chart-actor .mark-rule line, #chart-actor .mark-rule path").count() >= 1  # the reversal
    assert page.locator("form[action$='/merge'] select option").count() == count - 1
    page.screenshot(path=str(shots / "web-actor.png"), full_page=True)
    assert page.errors == []


def test_browser_web_tracks_a_proposition(page, server: str, shots: Path) -> None:
    page.goto(f"{server}/propositions")
    page.fill("input[name=text]", "The quay gates were left open")
    page.click("button:has-text('Track')")
    page.wait_for_url("**/propositions/prop_*", timeout=60000)
    assert page.locator("main h2").text_content() == "The quay gates were left open"
    page.goto(f"{server}/propositions")
    assert page.locator("td a:has-text('The quay gates were left open')").count() == 1
    page.screenshot(path=str(shots / "web-propositions.png"), full_page=True)


def test_browser_web_shows_findings(page, server: str, shots: Path) -> None:
    page.goto(f"{server}/findings")
    count = len(page.evaluate("fetch('/findings.json').then(r => r.json())"))
    assert page.locator("article.finding").count() == count > 0
    assert page.locator("article.finding blockquote mark").count() > 0  # evidence spans highlighted
    page.screenshot(path=str(shots / "web-findings.png"))


def test_browser_web_document_shows_hostile_text_as_text(page, server: str, shots: Path) -> None:
    page.goto(f"{server}/documents")
    page.click("a:has-text('Quayside notice')")
    page.wait_for_url("**/documents/doc_*")
    text = page.locator(".document-text").text_content()
    assert "<script>window.__pwned = 1</script>" in text and "<img src=x onerror=window.__pwned=1>" in text
    assert page.locator(".document-text mark").count() >= 1
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("main img").count() == 0
    page.screenshot(path=str(shots / "web-hostile-document.png"), full_page=True)
    assert page.errors == []
