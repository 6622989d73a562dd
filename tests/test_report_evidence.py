"""Evidence from public reports cited as a whole, and capabilities computed from stated figures.

A document whose text the scenario holds (it has a `length`) is cited by character span; a
public report cited by its URL has no `length`, and evidence cites it as a whole with a
paraphrase. Mixing the two up is an error that names the field and the fix.
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from accord.model import Problem, Scenario, check
from tests.scenarios import base_dict

REPORT = {"id": "r-example-2025-06-02", "title": "Second round ends with a swap deal",
          "outlet": "Example News", "url": "https://example.org/news/2025/06/02/round",
          "language": "en", "published": "2025-06-02"}


def with_report(evidence: dict[str, Any]) -> dict[str, Any]:
    data = base_dict()
    data["documents"].append(dict(REPORT))
    data["events"][0]["evidence"] = [evidence]
    return data


def test_a_report_is_cited_as_a_whole() -> None:
    s = Scenario.model_validate(with_report({"doc": REPORT["id"], "paraphrase": "The round ended."}))
    ev = s.event("r2").evidence[0]
    assert ev.span is None and not ev.is_assumption
    assert ev.describe() == f"{REPORT['id']} The round ended."
    assert s.document(REPORT["id"]).length is None


def problems(data: dict[str, Any]) -> list[Problem]:
    return check(Scenario.model_validate(data, context={"defer_checks": True}))


def test_a_span_into_a_report_without_text_is_refused() -> None:
    data = with_report({"doc": REPORT["id"], "span": [0, 10], "paraphrase": "The round ended."})
    [problem] = problems(data)
    assert problem.path == "events[0].evidence[0].span"
    assert "drop the span" in str(problem)
    with pytest.raises(ValidationError, match="drop the span"):
        Scenario.model_validate(data)


def test_a_held_document_needs_a_span() -> None:
    [problem] = problems(with_report({"doc": "doc1", "paraphrase": "Something in the held text."}))
    assert problem.path == "events[0].evidence[0].span"
    assert "without a span" in str(problem)


def test_evidence_still_needs_a_paraphrase() -> None:
    with pytest.raises(ValidationError, match="paraphrase"):
        Scenario.model_validate(with_report({"doc": REPORT["id"]}))


FIGURE = {"indicator": "military expenditure", "value": 149, "unit": "USD bn",
          "year": "2024", "evidence": [{"doc": REPORT["id"], "paraphrase": "Spending figure."}]}


def test_capability_figures_carry_their_source() -> None:
    data = with_report({"assumption": "test"})
    data["actors"][0] |= {"capability": 0.149, "capability_formula": "figure / anchor's figure",
                          "capability_figures": [FIGURE]}
    s = Scenario.model_validate(data)
    locs = [loc for loc, _ in s.iter_evidence() if "capability_figures" in loc]
    assert locs == [("actors", 0, "capability_figures", 0, "evidence", 0)]


def test_capability_figures_need_a_formula() -> None:
    data = with_report({"assumption": "test"})
    data["actors"][0] |= {"capability": 0.149, "capability_figures": [FIGURE]}
    with pytest.raises(ValidationError, match="capability_formula"):
        Scenario.model_validate(data)


def test_event_format_is_a_known_word() -> None:
    data = base_dict()
    data["events"][0] |= {"format": "trilateral", "outcome_note": "A swap was agreed."}
    assert Scenario.model_validate(data).event("r2").format == "trilateral"
    data["events"][0]["format"] = "chat"
    with pytest.raises(ValidationError, match="format"):
        Scenario.model_validate(data)
