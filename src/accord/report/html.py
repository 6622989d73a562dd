"""The self-contained HTML report (`accord report`): one file a journalist can e-mail.

Everything is inline — styles, the chart library (Vega, Vega-Lite and vega-embed, vendored in
``assets/vega`` with their BSD-3-Clause licences; docs/report.md says why), the figures' data — so
opening it makes no network request. It opens with the bottom line, then one part per section,
each with its figure and its table, and every fact links to its evidence (outlet, title, URL,
date, paraphrase, or the assumption and its reason) in the list of sources at the end. A print
stylesheet lays it out on paper.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

from accord.model import Scenario
from accord.report import charts
from accord.report.outcomes import outcome_parts
from accord.report.sections import sections
from accord.report.terminal import collision_count

VEGA_FILES = ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")
_SPAN = re.compile(r"^(?P<doc>[\w.\-]+)(\[(?P<a>\d+):(?P<b>\d+)\])? (?P<text>.*)$")


@cache
def _library() -> str:
    """The chart library, inline; source-map comments dropped (they would name files that are
    not there)."""
    base = files("accord.report") / "assets" / "vega"
    parts = []
    for name in VEGA_FILES:
        text = (base / name).read_text(encoding="utf-8")
        parts.append(re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", text))
    return "\n".join(parts)


class Evidence:
    """The numbered list of sources: each distinct piece of evidence gets one number, and every
    fact in the report links to it."""

    def __init__(self, documents: list[dict[str, Any]]) -> None:
        self.documents = {d["id"]: d for d in documents}
        self.items: list[dict[str, Any]] = []
        self._index: dict[tuple[Any, ...], int] = {}

    def add(self, ev: dict[str, Any] | str) -> int:
        """The number of one piece of evidence (a scenario Evidence as JSON, or the one-line
        form ``doc[start:end] paraphrase`` / ``assumption: why``)."""
        if isinstance(ev, str):
            m = _SPAN.match(ev)
            if m and (m["a"] is not None or m["doc"] in self.documents):
                ev = {"doc": m["doc"], "paraphrase": m["text"]} | (
                    {"span": [int(m["a"]), int(m["b"])]} if m["a"] is not None else {})
            else:
                ev = {"assumption": ev.removeprefix("assumption: ")}
        key = (ev.get("doc"), tuple(ev.get("span") or ()), ev.get("paraphrase"), ev.get("assumption"))
        if key not in self._index:
            doc = self.documents.get(ev.get("doc") or "", {})
            self.items.append(ev | {"number": len(self.items) + 1, "document": doc})
            self._index[key] = len(self.items)
        return self._index[key]

    def refs(self, evidence: list[Any]) -> list[int]:
        return sorted({self.add(e) for e in evidence})


def library() -> str:
    """The chart library as one script (the web server serves it at /static/charts.js)."""
    return _library()


def html_report(report: dict[str, Any], scenario: Scenario,
                plane: dict[str, Any] | None = None, controls: dict[str, Any] | None = None,
                library_url: str | None = None) -> str:
    """The report as one HTML document. ``report`` is `accord.report.overview`'s document,
    ``plane`` the agreement plane (:func:`accord.report.figures.utility_plane`). The web pages
    pass ``controls`` (the date form and links: see the template) and ``library_url`` (the chart
    library served once instead of inline in every page)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("accord.report", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True,
                      lstrip_blocks=True)
    ev = Evidence(report["scenario"]["documents"])
    env.globals["refs"] = ev.refs
    env.globals["outcome_parts"] = outcome_parts
    env.globals["collision_count"] = collision_count
    space = report.get("agreement_space")
    figures = {
        "timeline": charts.timeline(report["timeline"]),
        "positions": charts.position_matrix(report["positions"], scenario),
        "plane": charts.agreement_plane(plane, space),
        "concessions": charts.concessions(space),
        "conflict": charts.stable_states(report.get("conflict")),
        "forecast": charts.forecasts(report.get("forecast")),
        "deals": charts.deal_status(report.get("track")),
        "odds": charts.odds(report.get("simulation")),
    }
    known = {"agreement_space", "conflict", "forecast", "track", "simulation"}
    extra = [{"key": s.key, "title": s.title, "data": report[s.key],
              "json": json.dumps(report[s.key], ensure_ascii=False, indent=1)}
             for s in sections() if s.key not in known and report.get(s.key) is not None]
    from accord import __version__

    page = env.get_template("report.html.j2").render(
        r=report, figures={k: v for k, v in figures.items() if v is not None},
        extra=extra, evidence=ev, version=__version__, controls=controls, library_url=library_url,
        issues={i.id: i for i in scenario.issues},
        actor_names={a["id"]: a["name"] for a in report["actors"]})
    # the evidence list is complete only once the whole page has been rendered
    sources = env.get_template("sources.html.j2").render(
        evidence=ev.items, documents_url=(controls or {}).get("documents"))
    # "<" never occurs in the JSON (escaped), nor unescaped in the page's text, so the markers
    # below are found only where the template put them, and the data cannot close a script
    specs = json.dumps({k: v for k, v in figures.items() if v is not None},
                       ensure_ascii=False).replace("<", "\\u003c")
    page = page.replace("<!--ACCORD:SOURCES-->", sources).replace("<!--ACCORD:SPECS-->", specs)
    return page.replace("<!--ACCORD:LIBRARY-->", _library())
