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
    if report.get("positions"):
        lines += _collisions(report.get("collisions", []), report["scenario"]["parties"])
        lines += _zone_despite_collisions(report)
    elif report["scenario"]["parties"]:
        lines.append({"topic": "issues", "section": "collisions",
                      "text": f"no party position is known as of {report['scenario']['as_of']}."})
    lines += _proposals(report.get("proposals", []), report["scenario"]["parties"])
    return [_shortened(line) for line in lines]


MAX_CHARS = 120
"""A bullet's text is cut at an item boundary ("; ") beyond this, so that the bottom line stays
within about 25 lines at 80 columns; the rest is named by count and found in its section (the
JSON keeps the whole text as ``full_text``). A headline marked ``whole`` is never cut: its last
sentence carries the verdict. A line with ``room`` (its topic is longer than usual) is cut at that
many characters instead."""


def _shortened(line: Line) -> Line:
    budget = line.get("room", MAX_CHARS)
    line = {k: v for k, v in line.items() if k != "room"}
    text = str(line["text"])
    if len(text) <= budget or "; " not in text or line.get("whole"):
        return line
    items = _items(text.rstrip("."))
    if len(items) == 1:
        return line
    kept: list[str] = []
    for item in items:
        if kept and len("; ".join([*kept, item])) > budget:
            break
        kept.append(item)
    rest = len(items) - len(kept)
    if rest == 0:
        return line
    where = f" (see --section {line['section']})" if line.get("section") else ""
    return line | {"text": "; ".join(kept) + f"; and {rest} more{where}.", "full_text": text}


def _items(text: str) -> list[str]:
    """`text` split at "; " outside brackets: a "; " inside a parenthesis belongs to its item
    (a cut there left "(the first date ... is 2022-03; and 1 more" open)."""
    items, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch in "([") - (ch in ")]")
        if depth == 0 and text.startswith("; ", i):
            items.append(text[start:i])
            start = i + 2
    return [*items, text[start:]]


def _collisions(collisions: list[dict[str, Any]], parties: list[str]) -> list[Line]:
    if not parties:
        return []
    conditional = [c for c in collisions if c.get("conditional")]
    plain = [c for c in collisions if not c.get("conditional")]
    out: list[Line] = []
    if not plain:
        out.append({"topic": "issues", "section": "collisions",
                    "text": "on every issue where all parties' positions are known some option is "
                            "acceptable to every party" + (" (on some only on condition)"
                                                           if conditional else "") + "."})
    else:
        clashes = [c["issue"] for c in plain if c["red_line_clash"]]
        text = "; ".join(c["issue"] for c in plain)
        if clashes:
            text += f" (red lines clash on {', '.join(clashes)})"
        out.append({"topic": f"no option every party accepts ({len(plain)} issues)",
                    "section": "collisions", "text": text + "."})
    if conditional and plain:  # one bullet: the conditions are in the collisions section
        # named in the topic, not as one more item of the text: a cut of the plain issues
        # ("and 2 more") must neither count nor drop it
        extra = f"; {', '.join(c['issue'] for c in conditional)} only on condition"
        out[0]["topic"] = f"no option every party accepts ({len(plain)} issues{extra})"
        out[0]["room"] = MAX_CHARS - len(extra)  # what the topic adds the text gives up
    elif conditional:
        out.append({"topic": f"shared only on condition ({len(conditional)} issues)",
                    "section": "collisions",
                    "text": "; ".join(f"{c['issue']}: {', '.join(c['conditions'])}"
                                      for c in conditional) + "."})
    return out


def _zone_despite_collisions(report: dict[str, Any]) -> list[Line]:
    """`--as-of 2022-12` said "agreement zone: 1 package ..." and "no option every party accepts
    (3 issues)" one above the other, with nothing to reconcile them."""
    space = report.get("agreement_space") or {}
    size = (space.get("zone") or {}).get("size") if "error" not in space else None
    plain = [c for c in report.get("collisions", []) if not c.get("conditional")]
    if not size or not plain:
        return []
    return [{"topic": "zone despite these", "section": "collisions", "whole": True,
             "text": "an option a party leaves out of its acceptable set is no red line: the "
                     "zone's packages trade these issues off, each party reaching at least its "
                     "no-deal value overall."}]


def _proposals(proposals: list[dict[str, Any]], parties: list[str]) -> list[Line]:
    """Proposals crossing some party's red lines (with the parties), then those crossing none: a
    proposal crossing none used to stand in the first bullet as "Istanbul communiqué (none)"."""
    crossing, within = [], []
    for p in proposals:
        who = [a for a in parties if p["against"].get(a, {}).get("red_lines_crossed")]
        # a cross-issue red line the proposal's open issues may complete: not "within"
        maybe = [a for a in parties if a not in who
                 and p["against"].get(a, {}).get("possible_red_lines")]
        named = [", ".join(who)] if who else []
        named += [f"may cross {', '.join(maybe)}'s by its open issues"] if maybe else []
        if named:
            crossing.append(f"{p['name']} ({'; '.join(named)})")
        else:
            within.append(p["name"])
    out: list[Line] = []
    if crossing:
        out.append({"topic": "proposals crossing a party's red lines", "section": "proposals",
                    "text": "; ".join(crossing) + "."})
    if within:
        out.append({"topic": "proposals within every party's red lines", "section": "proposals",
                    "text": "; ".join(within) + "."})
    return out
