"""A small scenario with partial deals, incidents, exchanges, claims and indicators, for the
tracker's tests (the flagship is tested on its own)."""

from __future__ import annotations

import copy
from typing import Any

from accord.model import Scenario
from tests.scenarios import ASSUMED, base_dict

TRACK: dict[str, Any] = {
    "places": [
        {
            "id": "northtown",
            "names": {"en": "Northtown", "de": "Nordstadt"},
            "aliases": {"uk": ["Пiвнiчне"], "ru": ["Severograd"]},
            "kind": "city",
            "country": "AAA",
        },
        {"id": "southtown", "names": {"en": "Southtown"}, "kind": "city", "country": "AAA"},
    ],
    "agreements": [
        {
            "id": "pause",
            "title": "Thirty-day pause on strikes at power plants",
            "kind": "strike_pause",
            "parties": ["AAA", "BBB"],
            "mediators": ["MED"],
            "announced": "2025-03-18",
            "effective": [
                {"actor": "BBB", "date": "2025-03-18", "evidence": ASSUMED},
                {"actor": "AAA", "date": "2025-03-25", "evidence": ASSUMED},
            ],
            "duration_days": 30,
            "scope": ["power plants", "substations"],
            "exit_clause": "either side may stop observing it if the other does not",
            "monitoring": {
                "mechanism": "the mediator collects reports",
                "monitors": ["MED"],
                "evidence": ASSUMED,
            },
            "provisions": [
                {
                    "text": "no strikes on energy facilities",
                    "category": "infrastructure",
                    "issue": "land.north",
                    "option": "keep",
                    "evidence": ASSUMED,
                }
            ],
            "evidence": ASSUMED,
        },
        {
            "id": "swap",
            "title": "Ten-for-ten exchange",
            "kind": "exchange",
            "parties": ["AAA", "BBB"],
            "announced": "2025-05-16",
            "commitments": [
                {"actor": "AAA", "what": "prisoners released", "count": 10},
                {"actor": "BBB", "what": "prisoners released", "count": 10},
            ],
            "evidence": ASSUMED,
        },
        {
            "id": "monitor",
            "title": "Mediator-led ceasefire monitor",
            "kind": "ceasefire",
            "stage": "proposed",
            "parties": ["AAA", "BBB"],
            "announced": "2025-12-15",
            "monitoring": {
                "mechanism": "a monitor led by the mediator",
                "monitors": ["MED"],
                "status": "proposed",
                "evidence": ASSUMED,
            },
            "evidence": ASSUMED,
        },
    ],
    "incidents": [
        {
            "id": "inc1",
            "agreement": "pause",
            "date": "2025-03-21",
            "place": "northtown",
            "alleged_violator": "AAA",
            "claimant": "BBB",
            "source": "Beta's defence ministry",
            "description": "a gas station hit",
            "verification": "denied",
            "denied_by": "AAA",
            "evidence": ASSUMED,
        },
        {
            "id": "inc2",
            "agreement": "pause",
            "date": "2025-04-01",
            "alleged_violator": "BBB",
            "claimant": "AAA",
            "source": "Alpha's energy ministry",
            "description": "a substation hit",
            "evidence": ASSUMED,
        },
    ],
    "exchanges": [
        {
            "id": "swap-1",
            "agreement": "swap",
            "date": "2025-05-23",
            "released": {"AAA": 4, "BBB": 4},
            "evidence": ASSUMED,
        },
        {
            "id": "swap-2",
            "agreement": "swap",
            "date": "2025-05-25",
            "released": {"AAA": 6, "BBB": 6},
            "evidence": ASSUMED,
        },
        {"id": "other", "date": "2025-08-14", "released": {"AAA": 3, "BBB": None}, "evidence": ASSUMED},
    ],
    "claims": [
        {
            "id": "c-capture",
            "kind": "control",
            "claimant": "BBB",
            "source": "Beta's chief of staff",
            "date": "2025-11-30",
            "place": "northtown",
            "actor": "BBB",
            "extent": "full",
            "text": "Beta says it took Northtown",
            "evidence": ASSUMED,
        },
        {
            "id": "c-hold",
            "kind": "control",
            "claimant": "AAA",
            "source": "Alpha's army",
            "date": "2025-12-02",
            "place": "northtown",
            "actor": "AAA",
            "extent": "partial",
            "text": "Alpha says it still holds the north of Northtown",
            "evidence": ASSUMED,
        },
        {
            "id": "c-monitor",
            "kind": "control",
            "source": "a mapping project",
            "independent": True,
            "date": "2025-12-03",
            "place": "northtown",
            "actor": "AAA",
            "extent": "partial",
            "text": "the project's map shows Alpha in the north of Northtown",
            "evidence": ASSUMED,
        },
        {
            "id": "c-south",
            "kind": "control",
            "claimant": "BBB",
            "source": "Beta's chief of staff",
            "date": "2025-11-30",
            "place": "southtown",
            "actor": "BBB",
            "extent": "full",
            "text": "Beta says it took Southtown",
            "evidence": ASSUMED,
        },
    ],
    "indicators": [
        {
            "id": "gains",
            "name": "Territory taken by Beta",
            "kind": "territory",
            "unit": "km2",
            "source": "a mapping project",
            "actor": "BBB",
            "observations": [
                {"start": "2025-10", "value": 400, "evidence": ASSUMED},
                {"start": "2025-11", "value": 505, "evidence": ASSUMED},
            ],
        },
        {
            "id": "poll",
            "name": "Ready to protest",
            "kind": "poll",
            "unit": "percent",
            "source": "a pollster",
            "pollster": "a pollster",
            "question": "would you protest?",
            "observations": [{"start": "2025-12", "value": 51.4, "sample": 1000, "evidence": ASSUMED}],
        },
    ],
    "ratification_rules": [
        {
            "id": "referendum",
            "actor": "AAA",
            "issues": ["land.north"],
            "options": ["cede"],
            "requires": "referendum",
            "description": "ceding land needs a referendum",
            "evidence": ASSUMED,
        },
    ],
}


def track_dict() -> dict[str, Any]:
    data = base_dict()
    data.update(copy.deepcopy(TRACK))
    return data


def track_scenario() -> Scenario:
    return Scenario.model_validate(track_dict())
