"""Results that explain themselves: coding warnings in `accord validate`, forecasts landing on a
red line flagged, conditional collisions told apart from plain ones in the report."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

import accord
from accord.model import Scenario
from accord.report import overview
from accord.report.sections.forecast import build, headline, red_line_of
from tests.cli import run
from tests.scenarios import ASSUMED, base_dict


def _non_monotone(tmp_path: Path) -> Path:
    d = base_dict()
    d["positions"][1] = {"actor": "AAA", "issue": "land.north", "as_of": "2025-06", "ideal": "keep",
                         "acceptable": ["keep"], "red_lines": ["share"], "salience": 0.9,
                         "evidence": ASSUMED}
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(d, sort_keys=False), encoding="utf-8")
    return path


def test_validate_lists_warnings_without_failing(tmp_path: Path) -> None:
    path = _non_monotone(tmp_path)
    code, stdout, _ = run("validate", str(path))
    assert code == 0
    text = " ".join(stdout.split())
    assert "valid:" in text and "warning: positions[1].red_lines" in text
    code, stdout, _ = run("validate", str(path), "--json")
    data = json.loads(stdout)
    assert data["valid"] and data["warnings"][0]["path"] == "positions[1].red_lines"


def test_analyze_carries_the_warnings(tmp_path: Path) -> None:
    code, stdout, _ = run("analyze", str(_non_monotone(tmp_path)), "--json")
    assert code == 0
    assert any("AAA refusing share on land.north but not cede" in w for w in json.loads(stdout)["warnings"])


def test_red_line_of_names_the_actors_a_forecast_offends() -> None:
    s = Scenario.model_validate(base_dict())
    assert red_line_of(s, s.as_of, "land.north", "Cede", None) == ["AAA"]
    assert red_line_of(s, s.as_of, "land.north", "Share", None) == []
    assert red_line_of(s, s.as_of, "army.size", None, 200.0) == ["AAA"]
    assert red_line_of(s, s.as_of, "army.size", None, 350.0) == []


def test_flagship_forecasts_on_a_red_line_are_flagged() -> None:
    s = accord.load("ukraine-2022-2026")
    data = build(s, s.as_of)
    assert data is not None
    flagged = [row["issue"] for row in data["issues"]
               if any(m.get("red_line_of") for m in row["models"].values())]
    assert flagged
    text = " ".join(line["text"] for line in headline(data))
    assert f"{flagged[0]}" in text and "✗" in text


def test_conditional_collision_in_the_report_and_bottom_line() -> None:
    d = base_dict()
    d["positions"][3] = {"actor": "AAA", "issue": "bloc.join", "as_of": "2025-06", "ideal": "yes",
                         "acceptable": ["yes", "no"], "conditional": {"no": "land.north = keep"},
                         "salience": 0.4, "evidence": ASSUMED}
    report = overview(Scenario.model_validate(d))
    bloc = next(c for c in report["collisions"] if c["issue"] == "bloc.join")
    assert bloc["conditional"] and bloc["conditions"] == ["AAA accepts no only if land.north = keep"]
    from accord.report.bottom_line import bottom_line

    lines = bottom_line(report)
    assert any("only on condition" in line["topic"] + line["text"] for line in lines)
    # bloc.join is named only as shared on condition, never among the plain collisions
    assert not any("bloc.join" in line["text"].split("shared only on condition")[0] for line in lines
                   if line["topic"].startswith("no option every party accepts"))



def test_a_cut_list_of_collisions_counts_only_the_plain_issues() -> None:
    """Seven plain collisions and one conditional: the cut bullet said "(7 issues): five named;
    and 3 more", counting the conditional remark as a collision (and cutting its name away)."""
    from accord.report.bottom_line import bottom_line

    plain = [{"issue": f"topic.issue_number_{n}", "red_line_clash": False} for n in range(7)]
    report = {"scenario": {"parties": ["AAA", "BBB"], "as_of": "2025-06"}, "positions": [{}],
              "proposals": [],
              "collisions": [*plain, {"issue": "bloc.join", "conditional": True,
                                      "conditions": ["AAA accepts no only if land.north = keep"]}]}
    line = next(x for x in bottom_line(report) if x["topic"].startswith("no option every party"))
    assert line["topic"] == "no option every party accepts (7 issues; bloc.join only on condition)"
    named = line["text"].split("; and ")[0].split("; ")
    more = int(line["text"].split("; and ")[1].split(" more")[0])
    assert len(named) + more == 7
    assert "bloc.join" not in line["text"] + line["full_text"]


def test_the_collisions_section_names_the_condition_beside_the_excluded_options() -> None:
    """An issue with an option shared only on condition listed the options each party rejects
    and the shared option among both parties' acceptable ones, but not the condition: the reader
    saw a common option on an issue called a collision (alliance.nato in the flagship)."""
    import io

    from rich.console import Console

    from accord.report.html import html_report
    from accord.report.terminal import render

    d = base_dict()
    d["positions"][3] = {"actor": "AAA", "issue": "bloc.join", "as_of": "2025-06", "ideal": "yes",
                         "acceptable": ["yes", "no"], "conditional": {"no": "land.north = keep"},
                         "salience": 0.4, "evidence": ASSUMED}
    scenario = Scenario.model_validate(d)
    report = overview(scenario)
    bloc = next(c for c in report["collisions"] if c["issue"] == "bloc.join")
    assert bloc["exclusions"]
    buf = io.StringIO()
    render(report, Console(file=buf, width=200, color_system=None), only=["collisions"])
    assert "shared only on condition: AAA accepts no only if land.north = keep" in buf.getvalue()
    page = html_report(report, scenario)
    assert "shared only on condition: AAA accepts no only if land.north = keep" in page


def test_a_bullet_is_never_cut_inside_a_parenthesis() -> None:
    """`--as-of 2021-01` cut the agreement-zone bullet at a "; " inside its parenthesis, leaving
    "(the first date ... is 2022-03; and 1 more" open."""
    from accord.report.bottom_line import _shortened

    text = ("not analysed (no positions are known as of 2021-01: no issue on which every party has "
            "taken a position by then (the first is 2022-03; choose that or a later date)).")
    line = _shortened({"topic": "agreement zone", "section": "agreement-space", "text": text})
    assert line["text"] == text
    items = "; ".join(f"issue.number_{n} (a; b)" for n in range(12)) + "."
    cut = _shortened({"topic": "t", "section": "s", "text": items})["text"]
    assert cut.count("(") == cut.count(")") and "; and " in cut


def test_a_proposal_crossing_no_red_line_is_not_listed_as_crossing() -> None:
    """`accord analyze --as-of 2022-12` listed "proposals crossing a party's red lines: Istanbul
    2022 guarantee model (UKR); Istanbul communiqué (Ukraine's proposal) (none)"."""
    from accord.report.bottom_line import bottom_line

    def proposal(name: str, crossed: list[str]) -> dict:  # type: ignore[type-arg]
        return {"name": name, "against": {a: {"red_lines_crossed": [f"{a}: x = y"] if a in crossed
                                              else []} for a in ("AAA", "BBB")}}

    report = {"scenario": {"parties": ["AAA", "BBB"], "as_of": "2025-06"}, "positions": [{}],
              "collisions": [], "proposals": [proposal("Plan one", ["BBB"]),
                                              proposal("Plan two", [])]}
    lines = {x["topic"]: x["text"] for x in bottom_line(report)}
    assert lines["proposals crossing a party's red lines"] == "Plan one (BBB)."
    assert lines["proposals within every party's red lines"] == "Plan two."
    report["proposals"] = [proposal("Plan two", [])]
    topics = [x["topic"] for x in bottom_line(report)]
    assert "proposals crossing a party's red lines" not in topics


def test_a_proposal_that_may_cross_a_red_line_is_not_within_them() -> None:
    """A proposal whose open issues may complete a cross-issue red line ("may cross AAA's
    cross-issue red line ...") was listed among the proposals within every party's red lines."""
    from accord.report.bottom_line import bottom_line

    may = {"name": "Open army", "against": {
        "AAA": {"red_lines_crossed": [], "possible_red_lines": ["may cross AAA's cross-issue red "
                                                                "line x (a = b AND c < 4)"]},
        "BBB": {"red_lines_crossed": [], "possible_red_lines": []}}}
    report = {"scenario": {"parties": ["AAA", "BBB"], "as_of": "2025-06"}, "positions": [{}],
              "collisions": [], "proposals": [may]}
    lines = {x["topic"]: x["text"] for x in bottom_line(report)}
    assert lines == {"issues": lines["issues"], "proposals crossing a party's red lines":
                     "Open army (may cross AAA's by its open issues)."}


def test_a_zone_beside_issues_no_party_set_shares_is_reconciled() -> None:
    """`analyze --as-of 2022-12` said "agreement zone: 1 package crosses no red line ..." and "no
    option every party accepts (3 issues)" with nothing to say how both hold."""
    from accord.report.bottom_line import _zone_despite_collisions

    report = {"agreement_space": {"zone": {"size": 1}},
              "collisions": [{"issue": "land.north", "red_line_clash": False}]}
    (line,) = _zone_despite_collisions(report)
    assert line["topic"] == "zone despite these"
    assert line["text"].startswith("an option a party leaves out of its acceptable set is no red "
                                   "line")
    assert _zone_despite_collisions(report | {"agreement_space": {"zone": {"size": 0}}}) == []
    assert _zone_despite_collisions(report | {"collisions": []}) == []
