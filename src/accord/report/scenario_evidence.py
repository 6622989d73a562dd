"""Scenario citations a reader can check: `DOC[START:END]` or `DOC` resolved to the document's
source (outlet, title, URL, date), every fact of the scenario citing it with our paraphrase, and
the passage itself when its text is at hand (a news-store copy or a local file whose SHA-256
matches the one the scenario records)."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from accord.model import Document, Scenario
from accord.model.problems import Loc, format_loc

_CITATION = re.compile(r"^(?P<doc>[a-z0-9][a-z0-9_.-]{0,79})(?:\[(?P<start>\d+):(?P<end>\d+)\])?$")


def parse_citation(text: str) -> tuple[str, tuple[int, int] | None] | None:
    """`doc[12:40]` -> ("doc", (12, 40)); `doc` -> ("doc", None); anything else -> None."""
    m = _CITATION.match(text.strip())
    if not m:
        return None
    if m["start"] is None:
        return m["doc"], None
    return m["doc"], (int(m["start"]), int(m["end"]))


def store_id(doc: Document) -> str | None:
    """The id a news store gives this document's text (the first 16 hex digits of its SHA-256)."""
    return doc.sha256[:16] if doc.sha256 else None


def text_matches(doc: Document, text: str) -> bool:
    """Whether ``text`` is the copy the scenario cites (same SHA-256, or same length when the
    scenario records no hash)."""
    if doc.sha256 is not None:
        return hashlib.sha256(text.encode("utf-8")).hexdigest() == doc.sha256
    return doc.length is not None and len(text) == doc.length


def _what(scenario: Scenario, loc: Loc) -> str:
    """A few words naming the record at ``loc`` (the fact the evidence supports)."""
    kind, i = loc[0], loc[1] if len(loc) > 1 else None
    if kind == "conflict" and scenario.conflict is not None:
        return _conflict_what(scenario, loc)
    if not isinstance(i, int):
        return format_loc(loc)
    if kind == "positions":
        p = scenario.positions[i]
        return f"{p.actor} on {p.issue} as of {p.as_of}"
    if kind == "events":
        e = scenario.events[i]
        return f"{e.kind} {e.id}" + (f" ({e.start})" if e.start else "")
    if kind == "proposals":
        return f"proposal {scenario.proposals[i].id}"
    if kind == "red_lines":
        return f"red line {scenario.red_lines[i].id}"
    if kind == "reservations":
        r = scenario.reservations[i]
        return f"reservation value of {r.actor} as of {r.as_of}"
    if kind == "actors":
        return f"actor {scenario.actors[i].id}"
    if kind == "persons":
        return f"person {scenario.persons[i].id}"
    if kind == "issues":
        return f"issue {scenario.issues[i].id}"
    item = getattr(scenario, str(kind), None)
    if isinstance(item, list) and i < len(item) and hasattr(item[i], "id"):
        return f"{str(kind).rstrip('s')} {item[i].id}"
    return format_loc(loc)


def _conflict_what(scenario: Scenario, loc: Loc) -> str:
    model = scenario.conflict
    assert model is not None
    if len(loc) >= 5 and loc[1] == "dms" and isinstance(loc[2], int) and isinstance(loc[4], int):
        dm = model.dms[loc[2]]
        if loc[3] == "preferences":
            return f"{dm.id} preference: {dm.preferences[loc[4]].statement}"
        if loc[3] == "options":
            return f"{dm.id} option {dm.options[loc[4]].id}"
    if len(loc) >= 3 and loc[1] == "feasibility" and isinstance(loc[2], int):
        return f"feasibility rule {loc[2]} ({model.feasibility[loc[2]].kind})"
    return "conflict model" + (" status quo" if "status_quo_evidence" in loc else "")


def resolve(scenario: Scenario, doc_id: str, span: tuple[int, int] | None,
            text: str | None = None, text_source: str | None = None) -> dict[str, Any]:
    """The document, the facts citing it (overlapping ``span`` when given) and the passage when
    ``text`` is the cited copy. Raises KeyError for an unknown document."""
    doc = scenario.document(doc_id)
    facts = []
    for loc, ev in scenario.iter_evidence():
        if ev.doc != doc_id:
            continue
        if span is not None and ev.span is not None and (ev.span[1] <= span[0] or ev.span[0] >= span[1]):
            continue
        facts.append({"path": format_loc(loc[:-2] if loc[-2:-1] == ("evidence",) else loc),
                      "fact": _what(scenario, loc), "span": list(ev.span) if ev.span else None,
                      "paraphrase": ev.paraphrase, "date": ev.date})
    out: dict[str, Any] = {
        "doc": doc.id, "span": list(span) if span else None,
        "source": {"title": doc.title, "outlet": doc.outlet, "url": doc.url,
                   "published": doc.published, "published_basis": doc.published_basis,
                   "language": doc.language, "length": doc.length, "sha256": doc.sha256},
        "facts": facts, "passage": None, "text_source": None,
    }
    if text is not None and text_matches(doc, text):
        start, end = span if span else (0, min(len(text), 600))
        out["passage"] = text[start:end]
        out["context"] = [text[max(0, start - 120):start], text[end:end + 120]]
        out["text_source"] = text_source
    elif text is not None:
        out["text_note"] = (f"the text from {text_source} is not the copy the scenario cites "
                            "(its SHA-256 differs); no passage shown")
    else:
        out["text_note"] = ("the text is not at hand: ingest the document into the news store "
                            "(accord ingest FILE) or pass --text FILE"
                            + (f", or read it at {doc.url}" if doc.url else ""))
    if span is not None and doc.length is not None and span[1] > doc.length:
        out["span_note"] = f"the span ends after the document's {doc.length} characters"
    return out
