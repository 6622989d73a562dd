"""What changed between two dates of one scenario: positions (ideal, red lines, salience), the
agreement zone and its colliding red lines, the cheapest concession, today's stable state and the
forecasts. Read off two `overview` documents, never recomputed (`accord compare` and the web's
side-by-side page both use it)."""

from __future__ import annotations

from typing import Any

from accord.model.base import number


def compare(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The differences from ``before`` to ``after`` (two reports of the same scenario)."""
    return {
        "scenario": after["scenario"]["id"],
        "from": before["scenario"]["as_of"],
        "to": after["scenario"]["as_of"],
        "positions": _positions(before["positions"], after["positions"]),
        "zone": _zone(before.get("agreement_space"), after.get("agreement_space")),
        "collisions": _sets([c["issue"] for c in before["collisions"]],
                            [c["issue"] for c in after["collisions"]]),
        "stable_state": _state(before.get("conflict"), after.get("conflict")),
        "forecasts": _forecasts(before.get("forecast"), after.get("forecast")),
        "forecasts_rule": move_rule(),
        "bottom_line": {"from": before.get("bottom_line", []), "to": after.get("bottom_line", [])},
    }


def _sets(a: list[str], b: list[str]) -> dict[str, list[str]]:
    return {"added": [x for x in b if x not in a], "removed": [x for x in a if x not in b],
            "kept": [x for x in b if x in a]}


def _positions(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> list[dict[str, Any]]:
    old = {(p["actor"], p["issue"]): p for p in a}
    new = {(p["actor"], p["issue"]): p for p in b}
    out = []
    for key in dict.fromkeys([*old, *new]):
        p, q = old.get(key), new.get(key)
        if q is None:
            assert p is not None
            out.append({"actor": key[0], "issue": key[1],
                        "change": f"no longer {_verb(p)} (was {_stated(p)})", "from": p["ideal"], "to": None})
            continue
        if p is None:
            out.append({"actor": key[0], "issue": key[1], "change": f"first {_verb(q)}: {_stated(q)}",
                        "from": None, "to": q["ideal"], "since": q["as_of"],
                        "evidence": q.get("evidence", [])})
            continue
        changes = []
        if p["ideal"] != q["ideal"]:
            changes.append(f"ideal {_show(p['ideal'])} → {_show(q['ideal'])}")
        reds = _sets(list(p["red_lines"] or []), list(q["red_lines"] or []))
        if reds["added"]:
            changes.append("new red lines " + ", ".join(map(_show, reds["added"])))
        if reds["removed"]:
            changes.append("red lines dropped " + ", ".join(map(_show, reds["removed"])))
        if abs(p["salience"] - q["salience"]) > 1e-9:
            changes.append(f"salience {p['salience']:.2f} → {q['salience']:.2f}")
        if changes:
            out.append({"actor": key[0], "issue": key[1], "change": "; ".join(changes),
                        "from": p["ideal"], "to": q["ideal"], "since": q["as_of"],
                        "evidence": q.get("evidence", [])})
    return out


def _verb(p: dict[str, Any]) -> str:
    """"assumed" for a position the scenario assumes (no source states it), else "stated": a
    row must not present an assumption as a statement."""
    return "assumed" if p.get("assumed") else "stated"


def _stated(p: dict[str, Any]) -> str:
    """A position in one line: `ideal withdraw_and_cede, salience 0.50, red lines hold_line` (a
    row that said only "first stated" left the reader to look the position up)."""
    parts = [f"ideal {_show(p['ideal'])}" if p["ideal"] is not None else "no ideal stated",
             f"salience {p['salience']:.2f}"]
    if p.get("red_lines"):
        parts.append("red lines " + ", ".join(map(_show, p["red_lines"])))
    return ", ".join(parts)


def _show(value: Any) -> str:
    """An option or value as `accord analyze` writes it: 800000, not 800000.0; a range as
    [0, 799999]."""
    if isinstance(value, float):
        return number(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(map(_show, value)) + "]"
    return str(value)


def _zone(a: dict[str, Any] | None, b: dict[str, Any] | None) -> dict[str, Any] | None:
    if not a or not b or "error" in a or "error" in b:
        return None

    def first(s: dict[str, Any]) -> str | None:
        sets = (s.get("concessions") or {}).get("sets") or []
        return "; ".join(c["description"] for c in sets[0]["changes"]) if sets else None

    return {"size": {"from": a["zone"]["size"], "to": b["zone"]["size"]},
            "colliding_red_lines": _sets(a["zone"].get("colliding_red_lines") or [],
                                         b["zone"].get("colliding_red_lines") or []),
            "cheapest_concession": {"from": first(a), "to": first(b)}}


def _state(a: dict[str, Any] | None, b: dict[str, Any] | None) -> dict[str, Any] | None:
    if not a or not b or "error" in a or "error" in b:
        return None
    if "skipped" in a and "skipped" in b:
        return None
    sa, sb = a.get("state") or {}, b.get("state") or {}
    return {"from": {"state": sa.get("state"), "words": _words(a, sa),
                     "equilibrium": sa.get("equilibrium")},
            "to": {"state": sb.get("state"), "words": _words(b, sb),
                   "equilibrium": sb.get("equilibrium")},
            "model_as_of": b.get("model_as_of"),
            "changed": sa.get("state") != sb.get("state")
            or sa.get("equilibrium") != sb.get("equilibrium")}


def _words(conflict: dict[str, Any], state: dict[str, Any]) -> str:
    """Today's state in words, or why there is none at that date (a conflict model stated for
    a later date is not analysed earlier: compare printed "Stable state: None → ...")."""
    if "skipped" in conflict:
        return f"not analysed ({conflict['skipped']})"
    if not state:
        return "no status quo stated"
    return str(state.get("words") or "no option taken")


MOVE_SHARE = 0.02
"""A forecast counts as moved when it changes by at least this share of its issue's scale (2
points on the 0-100 scale of ordinal issues, 20,000 soldiers on the army's 0-1,000,000) or lands
on another nearest option: smaller differences are numerical noise of the models (a 0.3-point
shift of KTAB's outcome between two dates), not a move."""


def move_rule() -> str:
    """The rule above in words, for the outputs that list moved forecasts."""
    return (f"moved by at least {MOVE_SHARE:.0%} of the issue's scale (2 points on 0-100) or to "
            "another nearest option; smaller differences are model noise")


def _forecasts(a: dict[str, Any] | None, b: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not a or not b:
        return []
    old = {r["issue"]: r for r in a["issues"]}
    out = []
    for r in b["issues"]:
        p = old.get(r["issue"])
        if p is None:
            continue
        lo, hi = r.get("scale") or (0.0, 100.0)
        least = MOVE_SHARE * (float(hi) - float(lo))
        for model, m in r["models"].items():
            v0, v1 = p["models"][model]["value"], m["value"]
            if v0 is None or v1 is None:
                continue
            option_from, option_to = p["models"][model]["nearest_option"], m["nearest_option"]
            if abs(v1 - v0) < least and option_from == option_to:
                continue
            out.append({"issue": r["issue"], "model": model, "from": round(v0, 2),
                        "to": round(v1, 2), "change": round(v1 - v0, 2),
                        "option_from": option_from, "option_to": option_to, "scale": r["scale"]})
    return out
