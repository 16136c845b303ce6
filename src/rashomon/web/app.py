"""The local web app: browse a case, correct actors, track propositions.

Every page has a JSON twin: ``/actors`` and ``/actors.json`` (or the same
path with ``Accept: application/json``). Writes (POST) are refused unless the
app was created with ``allow_write=True``, and need the per-process token
each form carries (``csrf``), so another site open in the browser cannot
post to it. Article text is untrusted: templates autoescape everything and
the Content-Security-Policy allows only the app's own scripts.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from functools import wraps
from typing import Any

from jinja2 import ChoiceLoader, Environment, PackageLoader
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__
from ..actors import Correction
from ..api import Case
from ..errors import NotFound, RashomonError
from ..outputs import charts
from ..outputs.report import ASSETS
from ..statement_filters import KINDS
from ..outputs.view import FINDING_PLURALS, STANCE_COLOURS, STANCE_LABELS, STANCE_VALUES, CaseView
from .corrections import correct
from .pages import document_segments

LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
CSP = ("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")

Page = Callable[[Request], Awaitable[Response]]


def _environment() -> Environment:
    env = Environment(
        loader=ChoiceLoader([PackageLoader("rashomon.web", "templates"), PackageLoader("rashomon.outputs", "templates")]),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
    )
    env.globals.update(finding_plurals=FINDING_PLURALS, stance_labels=STANCE_LABELS,
                       stance_values=STANCE_VALUES, stance_colours=STANCE_COLOURS, version=__version__)
    return env


def wants_json(request: Request) -> bool:
    if request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def strip_json(value: str) -> str:
    return value[: -len(".json")] if value.endswith(".json") else value


class App:
    """One open case behind the routes; a lock keeps its SQLite connection to one request at a time.

    Pages run on the event loop thread, so the connection is only used from it."""

    def __init__(self, db: str, allow_write: bool = False) -> None:
        self.case = Case(db)
        self.allow_write = allow_write
        self.token = secrets.token_urlsafe(24)
        self.lock = asyncio.Lock()
        self.env = _environment()
        self._view: tuple[tuple[int, int], CaseView] | None = None

    def view(self) -> CaseView:
        """The case view, rebuilt only when the store changed (here or in another process)."""
        db = self.case.store.db
        version = (db.execute("PRAGMA data_version").fetchone()[0], db.total_changes)
        if self._view is None or self._view[0] != version:
            self._view = (version, CaseView.from_store(self.case.store))
        return self._view[1]

    def respond(self, request: Request, template: str, data: Any, status: int = 200, **context: Any) -> Response:
        if wants_json(request):
            return JSONResponse(data, status_code=status)
        html = self.env.get_template(template).render(
            request=request, data=data, allow_write=self.allow_write, csrf=self.token,
            path=request.url.path, **context,
        )
        return HTMLResponse(html, status_code=status)

    async def check_write(self, request: Request) -> dict[str, str]:
        """The posted form, if writes are allowed and the token matches."""
        if not self.allow_write:
            raise HTTPException(403, "this case is read-only: start it with `rashomon serve --allow-write`")
        form = {k: str(v) for k, v in (await request.form()).items()}
        token = form.get("csrf") or request.headers.get("x-rashomon-token", "")
        if not secrets.compare_digest(token, self.token):
            raise HTTPException(403, "the form has expired: reload the page and try again")
        return form


def _locked(app: App, page: Callable[[App, Request], Awaitable[Response]]) -> Page:
    @wraps(page)
    async def endpoint(request: Request) -> Response:
        async with app.lock:
            try:
                return await page(app, request)
            except NotFound as exc:
                return app.respond(request, "error.html.j2", {"error": str(exc)}, status=404, title="Not found")
            except RashomonError as exc:
                return app.respond(request, "error.html.j2", {"error": str(exc)}, status=400, title="Not done")

    return endpoint


# -- pages -------------------------------------------------------------------

async def index(app: App, request: Request) -> Response:
    view = app.view()
    propositions = [view.proposition_matrix(p) for p in view.data["propositions"]]
    data = {"overview": view.overview(),
            "propositions": [{k: p[k] for k in ("id", "text", "counts")} for p in propositions]}
    return app.respond(request, "index.html.j2", data, title="Overview")


async def documents(app: App, request: Request) -> Response:
    return app.respond(request, "documents.html.j2", app.case.documents(), title="Documents")


async def document(app: App, request: Request) -> Response:
    doc_id = strip_json(request.path_params["id"])
    view = app.view()
    if doc_id not in view.documents:
        raise NotFound(f"no document {doc_id!r}")
    doc = view.documents[doc_id]
    rows = [view.statement_row(s["id"]) for s in view.data["statements"] if s["document"] == doc_id]
    data = {"document": doc, "statements": [{k: v for k, v in r.items() if k != "context"} for r in rows]}
    return app.respond(request, "document.html.j2", data, title=doc.get("title") or doc_id,
                       segments=document_segments(doc.get("text") or "", rows), rows=rows,
                       source=view.source(doc_id))


STATEMENTS_SHOWN = 300  # in context on one page; the JSON twin has every row


async def statements(app: App, request: Request) -> Response:
    """Statements filtered as `rashomon statements` filters them, from a GET form."""
    form = {k: request.query_params.get(k, "").strip() for k in ("speaker", "cue_class", "kind", "since", "until", "contains")}
    error = None
    try:
        rows = app.case.statements(
            speaker=form["speaker"] or None, cue_classes=[form["cue_class"]] if form["cue_class"] else [],
            kinds=[form["kind"]] if form["kind"] else [], since=form["since"] or None,
            until=form["until"] or None, contains=form["contains"] or None,
        )
    except RashomonError as exc:  # a filter the user can fix: keep the form, say what is wrong
        rows, error = [], str(exc)
    if error and wants_json(request):
        return JSONResponse({"error": error}, status_code=400)
    view = app.view()
    shown = [view.statement_row(r["id"]) for r in rows[:STATEMENTS_SHOWN]]
    classes = sorted({s.get("cue_class") or "" for s in view.data["statements"]} - {""})
    return app.respond(request, "statements.html.j2", rows, title="Statements", form=form, error=error,
                       shown=shown, total=len(rows), classes=classes, kinds=KINDS)


async def actors(app: App, request: Request) -> Response:
    return app.respond(request, "actors.html.j2", app.case.actors(), title="Actors")


async def actor(app: App, request: Request) -> Response:
    actor_id = strip_json(request.path_params["id"])
    view = app.view()
    timeline = next(iter(view.actor_timelines(only=actor_id)), None)
    if timeline is None:
        if actor_id not in view.actors:
            raise NotFound(f"no actor {actor_id!r}")
        timeline = {**view.actors[actor_id], "statements": [], "points": [], "reversals": []}
    specs = {}
    if timeline["points"]:
        specs["chart-actor"] = charts.actor_timeline(timeline)
    others = sorted((a for a in view.data["actors"] if a["id"] != actor_id), key=lambda a: a["name"].lower())
    data = {k: v for k, v in timeline.items() if k != "points"}
    data["statements"] = [{k: v for k, v in r.items() if k != "context"} for r in timeline["statements"]]
    return app.respond(request, "actor.html.j2", data, title=timeline["name"], actor=timeline, others=others,
                       specs_json=charts.script_json(specs), has_chart=bool(specs))


async def merge_actor(app: App, request: Request) -> Response:
    form = await app.check_write(request)
    into = request.path_params["id"]
    correct(app.case.store, Correction("merge", {"into": into, "actors": [form.get("other", "")]}))
    return RedirectResponse(f"/actors/{into}", status_code=303)


async def add_alias(app: App, request: Request) -> Response:
    form = await app.check_write(request)
    actor_id = request.path_params["id"]
    correct(app.case.store, Correction("alias_add", {"actor": actor_id, "alias": form.get("alias", "")}))
    return RedirectResponse(f"/actors/{actor_id}", status_code=303)


async def propositions(app: App, request: Request) -> Response:
    view = app.view()
    rows = []
    for prop in view.data["propositions"]:
        matrix = view.proposition_matrix(prop)
        rows.append({"id": prop["id"], "text": prop["text"], "origin": prop["origin"], "counts": matrix["counts"],
                     "independent_outlets": len(matrix["independent_outlets"])})
    return app.respond(request, "propositions.html.j2", rows, title="Propositions")


async def track(app: App, request: Request) -> Response:
    form = await app.check_write(request)
    prop = app.case.track(form.get("text", ""))
    if wants_json(request):
        return JSONResponse(prop, status_code=201)
    return RedirectResponse(f"/propositions/{prop['id']}", status_code=303)


async def override_stance(app: App, request: Request) -> Response:
    form = await app.check_write(request)
    prop_id = request.path_params["id"]
    value = form.get("value", "")
    app.case.set_stance(form.get("statement", ""), prop_id, None if value == "none" else value)
    return RedirectResponse(f"/propositions/{prop_id}#{form.get('statement', '')}", status_code=303)


async def proposition(app: App, request: Request) -> Response:
    prop_id = strip_json(request.path_params["id"])
    view = app.view()
    prop = next((p for p in view.data["propositions"] if p["id"] == prop_id), None)
    if prop is None:
        raise NotFound(f"no proposition {prop_id!r}")
    matrix = view.proposition_matrix(prop)
    rows = [dict(view.statement_row(c["statement"]), value=c["value"]) for c in matrix["cells"]]
    specs = {"chart-matrix": charts.stance_matrix(matrix)} if any(c["date"] for c in matrix["cells"]) else {}
    findings = view.finding_rows(proposition=prop_id)
    return app.respond(request, "proposition.html.j2", matrix, title=prop["text"], prop=matrix, rows=rows,
                       findings=findings, specs_json=charts.script_json(specs), has_chart=bool(specs))


async def findings(app: App, request: Request) -> Response:
    kind = request.query_params.get("type")
    rows = app.view().finding_rows(kind=kind)
    return app.respond(request, "findings.html.j2", rows, title="Findings", kind=kind,
                       types=list(FINDING_PLURALS))


def create_app(db: str, allow_write: bool = False, allowed_hosts: list[str] | None = None) -> Starlette:
    """The ASGI app for one case store. ``allowed_hosts`` guards against DNS rebinding."""
    app = App(db, allow_write)

    def route(path: str, page: Callable[[App, Request], Awaitable[Response]], methods: list[str] | None = None) -> Route:
        return Route(path, _locked(app, page), methods=methods or ["GET"])

    async def headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return app.respond(request, "error.html.j2", {"error": exc.detail}, status=exc.status_code, title="Not done")

    routes = [
        route("/", index), route("/index.json", index),
        route("/documents", documents), route("/documents.json", documents),
        route("/documents/{id}", document),
        route("/statements", statements), route("/statements.json", statements),
        route("/actors", actors), route("/actors.json", actors),
        route("/actors/{id}", actor),
        route("/actors/{id}/merge", merge_actor, ["POST"]),
        route("/actors/{id}/aliases", add_alias, ["POST"]),
        route("/propositions", propositions), route("/propositions.json", propositions),
        route("/propositions", track, ["POST"]),
        route("/propositions/{id}", proposition),
        route("/propositions/{id}/stances", override_stance, ["POST"]),
        route("/findings", findings), route("/findings.json", findings),
        Mount("/static", StaticFiles(directory=str(ASSETS)), name="static"),
    ]
    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        yield
        app.case.close()

    starlette = Starlette(
        routes=routes,
        middleware=[
            Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or list(LOOPBACK)),
            Middleware(BaseHTTPMiddleware, dispatch=headers),
        ],
        exception_handlers={HTTPException: http_error},
        lifespan=lifespan,
    )
    starlette.state.rashomon = app
    return starlette
