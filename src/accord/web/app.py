"""The web dashboard (`accord serve`): server-rendered pages and a JSON API over the same
builders as the CLI — `overview` (= `accord analyze --json`), `compare` (= `accord compare
--json`), the news-store views (= `accord timeline/stances --json`) and the validator (=
`accord validate --json`). A page never computes what the CLI cannot.

Read-only by default: uploaded scenarios live in the server's memory only; ingesting news into
the store needs ``writable=True`` (`accord serve --writable`). Uploads are size-limited.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape

from accord.io import ScenarioFileError
from accord.web.scenarios import Library

MAX_UPLOAD = 2_000_000
"""Bytes accepted in one upload (a scenario or a news file)."""

DateParam = Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD; default: the "
                                                    "scenario's own date")]


def _problems(exc: ScenarioFileError) -> list[dict[str, Any]]:
    return [{"line": p.line, "path": p.problem.path, "found": p.problem.found,
             "expected": p.problem.expected, "fix": p.problem.fix,
             "text": p.render(exc.source)} for p in exc.problems]


def _date(value: str | None, option: str = "as_of") -> str | None:
    if not value:
        return None
    from accord.cli.common import date_option

    return date_option(value, option)


def _known_query_only(request: Request) -> None:
    """An API request with a query parameter its endpoint does not take is refused with 422,
    naming the parameter, the nearest known one and every allowed one (as the CLI refuses an
    unknown option): `?asof=2022` would otherwise return the analysis as of today."""
    if not request.url.path.startswith("/api/"):
        return
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    allowed = sorted(p.alias for p in (dependant.query_params if dependant is not None else []))
    unknown = [k for k in dict.fromkeys(request.query_params.keys()) if k not in allowed]
    if not unknown:
        return
    import difflib

    detail = []
    for name in unknown:
        near = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        detail.append({"type": "extra_forbidden", "loc": ["query", name],
                       "msg": f"unknown query parameter {name!r}{hint} Allowed: "
                              f"{', '.join(allowed) if allowed else 'none'}",
                       "input": request.query_params.get(name), "allowed": allowed})
    raise HTTPException(422, detail)


def create_app(store_path: str | None = None, writable: bool = False) -> FastAPI:
    """The application; ``store_path`` names the news store (default: $ACCORD_HOME's)."""
    from accord import __version__

    app = FastAPI(title="accord", version=__version__, docs_url=None, redoc_url=None,
                  dependencies=[Depends(_known_query_only)],
                  description="Model, track and analyse multi-party peace negotiations. Every "
                              "JSON endpoint mirrors a `--json` output of the `accord` command.")
    lib = Library()
    env = Environment(loader=PackageLoader("accord.web", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)

    def page(template: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(template).render(writable=writable, version=__version__, **context)
        return HTMLResponse(html, status_code=status)

    def scenario_or_404(name: str) -> Any:
        try:
            return lib.scenario(name)
        except KeyError:
            raise HTTPException(404, f"no scenario {name!r}; see / for the list") from None

    def store() -> Any:
        from accord.store import Store

        return Store(store_path)

    @app.exception_handler(ScenarioFileError)
    def bad_input(request: Request, exc: ScenarioFileError) -> Response:
        problems = _problems(exc)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"valid": False, "file": exc.source, "problems": problems}, 400)
        return page("error.html", 400, title=f"{exc.source} is not valid", problems=problems)

    # ---- pages ----------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> HTMLResponse:
        return page("index.html", scenarios=_listing(lib), max_upload=MAX_UPLOAD)

    @app.post("/upload", include_in_schema=False, response_model=None)
    async def upload(file: Annotated[UploadFile, File()]) -> Response:
        text = await _read(file)
        name = lib.upload(text, file.filename or "upload.yaml")
        return RedirectResponse(f"/scenarios/{name}", status_code=303)

    @app.get("/scenarios/{name}", response_class=HTMLResponse, include_in_schema=False)
    def scenario_page(name: str, as_of: DateParam = None) -> HTMLResponse:
        s = scenario_or_404(name)
        date = _date(as_of) or s.as_of

        def make() -> str:
            from accord.report.figures import utility_plane
            from accord.report.html import html_report

            controls = {"action": f"/scenarios/{name}",
                        "compare": f"/scenarios/{name}/compare?b={date}",
                        "json": f"/api/scenarios/{name}/analysis?as_of={date}",
                        "report": f"/scenarios/{name}/report.html?as_of={date}",
                        "documents": f"/scenarios/{name}/documents/"}
            return html_report(lib.analysis(name, date), s, utility_plane(s, date),
                               controls=controls, library_url="/static/charts.js")

        return HTMLResponse(lib.cached(("page", name, date), make))

    @app.get("/scenarios/{name}/report.html", include_in_schema=False)
    def report_file(name: str, as_of: DateParam = None) -> Response:
        s = scenario_or_404(name)
        date = _date(as_of) or s.as_of

        def make() -> str:
            from accord.report.figures import utility_plane
            from accord.report.html import html_report

            return html_report(lib.analysis(name, date), s, utility_plane(s, date))

        return Response(lib.cached(("report", name, date), make), media_type="text/html",
                        headers={"Content-Disposition":
                                 f'attachment; filename="{name}-{date}.html"'})

    @app.get("/scenarios/{name}/compare", response_class=HTMLResponse, include_in_schema=False)
    def compare_page(name: str, a: DateParam = None, b: DateParam = None) -> HTMLResponse:
        s = scenario_or_404(name)
        first, second = _dates(s, a, b)
        return page("compare.html", name=name, title=s.title,
                    diff=_compare(lib, name, first, second))

    @app.get("/scenarios/{name}/documents/{doc}", response_class=HTMLResponse,
             include_in_schema=False)
    def document_page(name: str, doc: str, as_of: DateParam = None) -> HTMLResponse:
        s = scenario_or_404(name)
        from accord.report.citations import citations

        report = lib.analysis(name, _date(as_of) or s.as_of)
        found = citations(report, doc)
        if found["document"] is None and not found["facts"]:
            raise HTTPException(404, f"no document {doc!r} in scenario {name!r}")
        return page("document.html", name=name, title=s.title, doc=doc, found=found)

    @app.get("/news", response_class=HTMLResponse, include_in_schema=False)
    def news_page(actor: str | None = None, issue: str | None = None, kind: str | None = None,
                  since: DateParam = None) -> HTMLResponse:
        from accord.cli.commands.news import known_actor, known_issue, known_kind

        st = store()
        since_d = _date(since, "since")
        # as the commands and the API: "ukr" is UKR, an unknown value is refused with the
        # nearest match instead of an empty page
        kind_k, actor_k = known_kind(st, kind or None, "kind"), known_actor(st, actor or None, "actor")
        issue_k = known_issue(st, issue or None, "issue")
        events, stances = [], []
        if st.exists:
            from accord.store.views import news_stances, news_timeline, with_passages

            events = news_timeline(st, since_d, kind_k)
            stances = news_stances(st, actor_k, issue_k, since_d)
            with_passages(st, events, stances)
        return page("news.html", store=str(st.path), exists=st.exists, events=events,
                    stances=stances, filters={"actor": actor or "", "issue": issue or "",
                                              "kind": kind or "", "since": since or ""},
                    max_upload=MAX_UPLOAD)

    @app.post("/news/ingest", include_in_schema=False, response_model=None)
    async def news_ingest(file: Annotated[UploadFile, File()]) -> Response:
        if not writable:
            raise HTTPException(403, "this server is read-only; start it with --writable to ingest")
        text = await _read(file)
        from accord.news.pipeline import ingest

        suffix = Path(file.filename or "upload.txt").suffix or ".txt"
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"upload{suffix}"
            path.write_text(text, encoding="utf-8")
            summary = ingest([str(path)], store())
        return page("ingested.html", summary=summary.as_dict())

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page() -> HTMLResponse:
        return page("api.html", spec=app.openapi())

    @app.get("/static/charts.js", include_in_schema=False)
    def charts_js() -> Response:
        from accord.report.html import library

        return Response(library(), media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})

    # ---- JSON API -------------------------------------------------------------------------

    @app.get("/api/scenarios", summary="Scenarios (= accord list --json)")
    def api_scenarios() -> list[dict[str, Any]]:
        return _listing(lib)

    def json_cached(key: tuple[str, str, str], make: Any) -> Response:
        """A JSON answer serialised once per key (the analyses are large and repeated)."""
        body = lib.cached(key, lambda: json.dumps(make(), ensure_ascii=False).encode())
        return Response(body, media_type="application/json")

    @app.get("/api/scenarios/{name}/analysis", summary="Analysis (= accord analyze --json)",
             response_model=dict[str, Any])
    def api_analysis(name: str, as_of: DateParam = None) -> Response:
        s = scenario_or_404(name)
        date = _date(as_of) or s.as_of
        return json_cached(("json-analysis", name, date), lambda: lib.analysis(name, date))

    @app.get("/api/scenarios/{name}/sections/{section}",
             summary="One section (= accord analyze --section NAME --json)",
             response_model=dict[str, Any])
    def api_section(name: str, section: str, as_of: DateParam = None) -> Response:
        s = scenario_or_404(name)
        from accord.cli.app import _only
        from accord.report.terminal import section_names

        if section not in section_names():
            raise HTTPException(404, f"no section {section!r}; one of {', '.join(section_names())}")
        date = _date(as_of) or s.as_of
        return json_cached((f"json-section-{section}", name, date),
                           lambda: _only(lib.analysis(name, date), [section]))

    @app.get("/api/scenarios/{name}/compare",
             summary="What changed between two dates (= accord compare --json)",
             response_model=dict[str, Any])
    def api_compare(name: str, a: DateParam = None, b: DateParam = None) -> Response:
        s = scenario_or_404(name)
        first, second = _dates(s, a, b)
        return json_cached(("json-compare", name, f"{first}/{second}"),
                           lambda: _compare(lib, name, first, second))

    @app.post("/api/validate", summary="Validate a scenario file (= accord validate --json)")
    async def api_validate(file: Annotated[UploadFile, File()]) -> JSONResponse:
        text = await _read(file)
        try:
            from accord.io import load_text

            fname = file.filename or "upload.yaml"
            s = load_text(text, fname, "json" if fname.endswith(".json") else "yaml")
        except ScenarioFileError as exc:
            return JSONResponse({"valid": False, "file": exc.source, "problems": _problems(exc)}, 400)
        from accord.cli.app import _counts

        return JSONResponse({"valid": True, "file": file.filename, "counts": _counts(s)})

    @app.get("/api/news/timeline", summary="News events (= accord timeline --json)")
    def api_timeline(since: DateParam = None, kind: str | None = None) -> list[dict[str, Any]]:
        from accord.cli.commands.news import known_kind
        from accord.store.views import news_timeline

        st = store()
        kind = known_kind(st, kind, "kind")  # as the command: ROUND is round, claims is refused
        return news_timeline(st, _date(since, "since"), kind) if st.exists else []

    @app.get("/api/news/stances", summary="News stances (= accord stances --json)")
    def api_stances(actor: str | None = None, issue: str | None = None,
                    since: DateParam = None) -> list[dict[str, Any]]:
        from accord.cli.commands.news import known_actor, known_issue
        from accord.store.views import news_stances

        st = store()
        actor, issue = known_actor(st, actor, "actor"), known_issue(st, issue, "issue")
        return news_stances(st, actor, issue, _date(since, "since")) if st.exists else []

    @app.post("/api/upload", summary="Upload a scenario for this server's session; its name")
    async def api_upload(file: Annotated[UploadFile, File()],
                         note: Annotated[str | None, Form()] = None) -> dict[str, str]:
        del note
        return {"name": lib.upload(await _read(file), file.filename or "upload.yaml")}

    return app


async def _read(file: UploadFile) -> str:
    """The upload as text, refused (as bad input) beyond MAX_UPLOAD bytes or when not UTF-8."""
    data = await file.read(MAX_UPLOAD + 1)
    name = file.filename or "upload"
    if len(data) > MAX_UPLOAD:
        raise ScenarioFileError.single(name, f"more than {MAX_UPLOAD:,} bytes",
                                       f"at most {MAX_UPLOAD:,} bytes",
                                       "split the file or use the command line")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ScenarioFileError.single(name, "bytes that are not UTF-8 text", "UTF-8 text",
                                       "save the file as UTF-8") from None


def _listing(lib: Library) -> list[dict[str, Any]]:
    out = []
    for name in lib.names():
        s = lib.scenario(name)
        out.append({"name": name, "title": s.title, "as_of": s.as_of, "actors": len(s.actors),
                    "events": len(s.events), "uploaded": name in lib.uploaded})
    return out


def _dates(s: Any, a: str | None, b: str | None) -> tuple[str, str]:
    second = _date(b, "b") or s.as_of
    first = _date(a, "a") or _earlier(s)
    return first, second


def _earlier(s: Any) -> str:
    """A default 'before' date: the earliest date a position is stated for."""
    from accord.model.dates import sort_key

    dates = sorted({p.as_of for p in s.positions}, key=sort_key)
    return dates[0] if dates else str(s.as_of)


def _compare(lib: Library, name: str, first: str, second: str) -> dict[str, Any]:
    from accord.report.compare import compare

    return compare(lib.analysis(name, first), lib.analysis(name, second))
