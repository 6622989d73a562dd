"""The "outcome / figures" cell of a timeline row, shared by the terminal and the HTML report.

A figure without its meaning misleads: the Antalya meeting of 2022 showed "none, 24 hours", as
if the ministers had talked for a day, where the scenario says a 24-hour truce was discussed. So
every figure carries its hedge ("about 5 hours") and what it measures ("length of the talks"),
and the outcome carries its note (`outcome_note`: what the event produced)."""

from __future__ import annotations

from typing import Any

HEDGE_WORDS = {"exact": "", "about": "about ", "up_to": "up to ", "more_than": "more than ",
               "less_than": "less than ", "at_least": "at least "}


def _amount(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:,}" if isinstance(v, (int, float)) else str(v)


def quantity_text(q: dict[str, Any]) -> str:
    """``about 5 hours (length of the talks)``, ``1,000 prisoners per side``, ``prisoners
    (amount not stated)``."""
    side = " per side" if q.get("per_side") else ""
    if q.get("value") is None:
        text = f"{q['unit']}{side} (amount not stated)"
    else:
        text = f"{HEDGE_WORDS.get(q.get('hedge') or 'exact', '')}{_amount(q['value'])} {q['unit']}{side}"
    return f"{text} ({q['about']})" if q.get("about") else text


def _range(start: str | None, end: str | None) -> str:
    if start is None:
        return "an unstated date"
    return start if not end or end == start else f"{start} – {end}"


def outcome_parts(e: dict[str, Any]) -> list[str]:
    """The outcome (with its note), the former dates of a postponement, every figure and the
    duration of a timeline row (`accord.report.overview`'s timeline or a news event), each a
    phrase that says what it is."""
    parts: list[str] = []
    outcome, note = e.get("outcome"), (e.get("outcome_note") or "").rstrip(". ") or None
    if outcome and note:
        parts.append(f"{outcome}: {note}")
    elif outcome or note:
        parts.append(str(outcome or note))
    if e.get("moved_from"):
        moved = e["moved_from"]
        start, end = (moved.get("start"), moved.get("end")) if isinstance(moved, dict) else moved[:2]
        parts.append(f"moved from {_range(start, end)}")
    parts += [quantity_text(q) for q in e.get("quantities") or []]
    if e.get("duration_minutes"):
        parts.append(f"lasted {e['duration_minutes']} min")
    return parts
