"""The web app through an in-process ASGI client: pages, JSON twins, writes, safety."""

from __future__ import annotations

import re
import sqlite3

import pytest
from starlette.testclient import TestClient

from rashomon.web import create_app
from test_outputs_case import ACTOR, FINDING, STATEMENT, case_copy, case_db  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow
LOCAL = "http://127.0.0.1"


@pytest.fixture(scope="module")
def client(case_db: str):  # noqa: F811
    with TestClient(create_app(case_db), base_url=LOCAL) as c:
        yield c


@pytest.mark.parametrize("page", ["/", "/documents", "/statements", "/actors", "/propositions", "/findings"])
def test_web_every_page_has_a_json_twin(client: TestClient, page: str) -> None:
    html = client.get(page)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    twin = client.get("/index.json" if page == "/" else f"{page}.json")
    accept = client.get(page, headers={"accept": "application/json"})
    assert twin.headers["content-type"] == "application/json"
    assert twin.json() == accept.json()


def test_web_actors_lists_every_actor(client: TestClient, case_db: str) -> None:  # noqa: F811
    with sqlite3.connect(case_db) as db:
        count = db.execute("SELECT count(*) FROM actors").fetchone()[0]
    assert len(client.get("/actors.json").json()) == count
    assert client.get("/actors").text.count('class="filterable actor-row"') == count
    actor = client.get(f"/actors/{ACTOR}.json").json()
    assert actor["name"] == "Odo Ferrant" and [s["id"] for s in actor["statements"]] == [STATEMENT]


def test_web_document_highlights_statements_and_escapes_text(client: TestClient) -> None:
    doc = next(d for d in client.get("/documents.json").json() if d["outlet"] == "The Quayside Test Sheet")
    page = client.get(f"/documents/{doc['id']}")
    assert page.status_code == 200
    assert "Content-Security-Policy" in page.headers and "'unsafe-inline'" not in page.headers[
        "Content-Security-Policy"].split("script-src")[1].split(";")[0]
    marks = re.findall(r'<mark id="m-(st_\w+)"[^>]*><a href="#st_\w+">([^<]*)</a></mark>', page.text)
    assert any("&lt;img src=x onerror=window.__pwned=1&gt; was all" in text for _, text in marks), marks
    assert "&lt;img src=x onerror=window.__pwned=1&gt;" in page.text
    assert "<script>window.__pwned" not in page.text and "<img src=x" not in page.text
    assert 'href="javascript:' not in page.text
    assert client.get(f"/documents/{doc['id']}.json").json()["document"]["id"] == doc["id"]


def test_web_statements_filter_form(client: TestClient) -> None:
    everything = client.get("/statements.json").json()
    by_speaker = client.get("/statements.json?speaker=ferrant").json()
    assert STATEMENT in [s["id"] for s in by_speaker] and len(by_speaker) < len(everything)
    assert {s["speaker"] for s in by_speaker} == {"Odo Ferrant"}
    page = client.get("/statements?speaker=ferrant")
    assert f'id="{STATEMENT}"' in page.text and 'value="ferrant"' in page.text
    # a filter the user can fix keeps the form and says what is wrong
    bad = client.get("/statements", params={"since": "last week", "contains": "ferry"})
    assert bad.status_code == 200 and "[E040] --since takes a date" in bad.text and 'value="ferry"' in bad.text
    hostile = client.get("/statements", params={"speaker": '"><script>x()</script>'})
    assert "[E030] no actor has the id, name or alias" in hostile.text
    assert "<script>x()" not in hostile.text and "&#34;&gt;&lt;script&gt;" in hostile.text
    assert client.get("/statements.json?since=last+week").status_code == 400


def test_web_findings_filter_by_type(client: TestClient) -> None:
    reversals = client.get("/findings.json?type=reversal").json()
    assert FINDING in [f["id"] for f in reversals] and {f["type"] for f in reversals} == {"reversal"}
    assert f'id="{FINDING}"' in client.get("/findings?type=reversal").text


def test_web_missing_things_are_404(client: TestClient) -> None:
    assert client.get("/actors/actor_nobody").status_code == 404
    missing = client.get("/propositions/prop_nothing.json")
    assert missing.status_code == 404 and "no proposition 'prop_nothing'" in missing.json()["error"]


def test_web_writes_are_refused_without_allow_write(client: TestClient) -> None:
    assert "Read-only" in client.get("/propositions").text
    assert client.post("/propositions", data={"text": "The ferry sank"}).status_code == 403


def test_web_rejects_other_hosts(client: TestClient) -> None:
    assert client.get("/", headers={"host": "rebind.example"}).status_code == 400


def test_web_track_needs_the_form_token_then_tracks(case_copy: str) -> None:  # noqa: F811
    app = create_app(case_copy, allow_write=True)
    with TestClient(app, base_url=LOCAL) as c:
        assert c.post("/propositions", data={"text": "The quay gates failed"}).status_code == 403
        form = c.get("/propositions").text
        assert 'name="csrf"' in form
        token = app.state.rashomon.token
        done = c.post("/propositions", data={"text": "The quay gates failed", "csrf": token}, follow_redirects=False)
        assert done.status_code == 303
        prop = c.get(done.headers["location"] + ".json").json()
        assert prop["text"] == "The quay gates failed"
        assert any(p["id"] == prop["id"] for p in c.get("/propositions.json").json())


def test_web_alias_and_merge_correct_the_store(case_copy: str) -> None:  # noqa: F811
    app = create_app(case_copy, allow_write=True)
    token = app.state.rashomon.token
    with TestClient(app, base_url=LOCAL) as c:
        other = next(a for a in c.get("/actors.json").json() if a["id"] != ACTOR and a["statements"])
        c.post(f"/actors/{ACTOR}/aliases", data={"alias": "O. Ferrant", "csrf": token})
        assert "O. Ferrant" in c.get(f"/actors/{ACTOR}.json").json()["aliases"]
        moved = other["statements"]
        assert c.post(f"/actors/{ACTOR}/merge", data={"other": other["id"], "csrf": token}).status_code == 200
        assert c.get(f"/actors/{other['id']}.json").status_code == 404
        merged = c.get(f"/actors/{ACTOR}.json").json()
        assert len(merged["statements"]) == 1 + moved and other["name"] in merged["aliases"]
    with sqlite3.connect(case_copy) as db:
        actions = [row[0] for row in db.execute("SELECT action FROM corrections ORDER BY id")]
    assert actions == ["alias_add", "merge"]


def test_web_serve_binds_to_loopback_unless_told(case_db: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    import uvicorn

    from rashomon.web import serve

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(dict(kw, app=app)))
    serve(case_db)
    serve(case_db, host="0.0.0.0", port=9000)
    assert (calls[0]["host"], calls[0]["port"]) == ("127.0.0.1", 8017)
    assert calls[1]["host"] == "0.0.0.0"
    with TestClient(calls[0]["app"], base_url="http://example.org") as c:
        assert c.get("/").status_code == 400  # loopback only: other Host headers are refused
    with TestClient(calls[1]["app"], base_url="http://example.org") as c:
        assert c.get("/").status_code == 200


def test_web_stance_override_sticks(case_copy: str) -> None:  # noqa: F811
    app = create_app(case_copy, allow_write=True)
    token = app.state.rashomon.token
    with TestClient(app, base_url=LOCAL) as c:
        prop = c.get("/propositions.json").json()[0]["id"]
        assert 'class="inline stance-override"' in c.get(f"/propositions/{prop}").text
        cells = c.get(f"/propositions/{prop}.json").json()["cells"]
        target = next(cell for cell in cells if cell["value"] != "uncertain")
        done = c.post(f"/propositions/{prop}/stances", data={"statement": target["statement"], "value": "uncertain",
                                                            "csrf": token}, follow_redirects=False)
        assert done.status_code == 303
        after = {cell["statement"]: cell["value"] for cell in c.get(f"/propositions/{prop}.json").json()["cells"]}
        assert after[target["statement"]] == "uncertain"
        c.post(f"/propositions/{prop}/stances", data={"statement": target["statement"], "value": "none", "csrf": token})
        after = {cell["statement"] for cell in c.get(f"/propositions/{prop}.json").json()["cells"]}
        assert target["statement"] not in after
