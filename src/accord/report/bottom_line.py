"""The bottom line of a report: accord's conclusion in a few plain sentences, first in every
surface (terminal, HTML report, web page, `--json` under ``bottom_line``).

It is read off the report's own data, never recomputed: the foundation contributes the issues on
which no option is acceptable to every party and the proposals against the red lines; each engine
section contributes through its ``headline`` function (:class:`accord.report.sections.Section`),
so a new section (deal odds, partial deals' status) joins the bottom line by defining one.
"""

from __future__ import annotations

from typing import Any

from accord.report.sections import sections

Line = dict[str, Any]
"""``{"topic": short label, "text": one plain sentence or two, "section": where the detail is}``."""


def bottom_line(report: dict[str, Any]) -> list[Line]:
    """The report's conclusion, most decisive first: the agreement zone and what collides, the
    cheapest concession, then each engine's verdict, then where the issues and proposals stand."""
    lines: list[Line] = []
    for section in sections():
        data = report.get(section.key)
        if data is None or section.headline is None:
            continue
        lines += [line | {"section": section.name} for line in section.headline(data)]
    lines += _collisions(report.get("collisions", []), report["scenario"]["parties"])
    lines += _proposals(report.get("proposals", []), report["scenario"]["parties"])
    return lines


def _collisions(collisions: list[dict[str, Any]], parties: list[str]) -> list[Line]:
    if not parties:
        return []
    if not collisions:
        return [{"topic": "issues", "section": "collisions",
                 "text": "on every issue some option is acceptable to every party."}]
    clashes = [c["issue"] for c in collisions if c["red_line_clash"]]
    text = "; ".join(c["issue"] for c in collisions)
    if clashes:
        text += f" (red lines clash on {', '.join(clashes)})"
    return [{"topic": f"no option every party accepts ({len(collisions)} issues)",
             "section": "collisions", "text": text + "."}]


def _proposals(proposals: list[dict[str, Any]], parties: list[str]) -> list[Line]:
    if not proposals:
        return []
    parts = []
    for p in proposals:
        crossing = [a for a in parties if p["against"].get(a, {}).get("red_lines_crossed")]
        parts.append(f"{p['name']} ({', '.join(crossing) or 'none'})")
    return [{"topic": "proposals crossing a party's red lines", "section": "proposals",
             "text": "; ".join(parts) + "."}]
