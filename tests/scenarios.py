"""Small hand-written scenarios for unit tests (the flagship is tested on its own)."""

from __future__ import annotations

import copy
from typing import Any

from accord.model import Scenario

ASSUMED = [{"assumption": "test fixture"}]

BASE: dict[str, Any] = {
    "id": "two-party",
    "title": "Two parties, three issues",
    "as_of": "2025-12",
    "documents": [{"id": "doc1", "title": "A report", "length": 200}],
    "actors": [
        {"id": "AAA", "names": {"en": "Alpha"}, "role": "party"},
        {"id": "BBB", "names": {"en": "Beta"}, "role": "party"},
        {"id": "MED", "names": {"en": "Mediator"}, "role": "mediator"},
    ],
    "issues": [
        {"id": "land.north", "label": "North", "options": [
            {"id": "keep", "label": "Keep"}, {"id": "share", "label": "Share"},
            {"id": "cede", "label": "Cede"}]},
        {"id": "bloc.join", "label": "Join bloc", "kind": "categorical", "options": [
            {"id": "yes", "label": "Yes"}, {"id": "no", "label": "No"}]},
        {"id": "army.size", "label": "Army", "kind": "numeric", "unit": "soldiers",
         "range": [0, 1000]},
    ],
    "positions": [
        {"actor": "AAA", "issue": "land.north", "as_of": "2022", "ideal": "keep",
         "acceptable": ["keep", "share", "cede"], "salience": 0.5, "evidence": ASSUMED},
        {"actor": "AAA", "issue": "land.north", "as_of": "2025-06", "ideal": "keep",
         "acceptable": ["keep", "share"], "red_lines": ["cede"], "salience": 0.9,
         "evidence": [{"doc": "doc1", "span": [0, 20], "paraphrase": "Alpha refuses to cede"}]},
        {"actor": "BBB", "issue": "land.north", "as_of": "2025-06", "ideal": "cede",
         "acceptable": ["cede"], "salience": 0.8, "evidence": ASSUMED},
        {"actor": "AAA", "issue": "bloc.join", "as_of": "2025-06", "ideal": "yes",
         "salience": 0.4, "evidence": ASSUMED},
        {"actor": "BBB", "issue": "bloc.join", "as_of": "2025-06", "ideal": "no",
         "red_lines": ["yes"], "salience": 0.6, "evidence": ASSUMED},
        {"actor": "AAA", "issue": "army.size", "as_of": "2025-06", "ideal": 800,
         "acceptable_range": [500, 1000], "red_line_ranges": [[0, 300]], "salience": 0.5,
         "evidence": ASSUMED},
        {"actor": "BBB", "issue": "army.size", "as_of": "2025-06", "ideal": 100,
         "acceptable_range": [0, 600], "salience": 0.5, "evidence": ASSUMED},
    ],
    "red_lines": [
        {"id": "aaa-no-bloc-and-small-army", "actor": "AAA",
         "condition": "bloc.join = no AND army.size < 400", "evidence": ASSUMED},
    ],
    "proposals": [
        {"id": "p1", "name": "Beta's plan", "authors": ["BBB"], "date": "2025-07",
         "package": {"land.north": "cede", "bloc.join": "no", "army.size": 200},
         "evidence": ASSUMED},
        {"id": "p2", "name": "Open army", "authors": ["MED"],
         "package": {"land.north": "share", "bloc.join": "no"}, "evidence": ASSUMED},
    ],
    "events": [
        {"id": "r2", "kind": "round", "title": "Second round", "start": "2025-06-02",
         "evidence": ASSUMED},
        {"id": "r1", "kind": "round", "title": "First round", "start": "2025-05-16",
         "end": "2025-05-17", "parties": ["AAA", "BBB"], "mediators": ["MED"],
         "evidence": ASSUMED},
        {"id": "x", "kind": "claim", "title": "Undated claim", "evidence": ASSUMED},
    ],
}


def base_dict() -> dict[str, Any]:
    return copy.deepcopy(BASE)


def base() -> Scenario:
    return Scenario.model_validate(base_dict())
