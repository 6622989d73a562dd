"""What the simulation costs: SALib is loaded only where the drivers use it, and a sweep runs
the simulation once per value (each value ran twice, once per outcome, with the same seed)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import accord


def test_importing_the_simulation_does_not_load_salib() -> None:
    src = str(Path(accord.__file__).resolve().parents[1])
    code = (f"import sys; sys.path.insert(0, {src!r}); import accord.simulate.study, accord.cli.app; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'SALib'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_sweep_runs_each_value_once_with_the_same_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.io import simulation as simfile
    from accord.simulate import study

    s = accord.load("ukraine-2022-2026")
    spec = simfile.builtin(s.id)
    assert spec is not None
    setup = study.Setup(s, spec.parameter_set(), tuple(spec.parties))
    start, until = dt.date(2026, 2, 3), dt.date(2027, 2, 3)
    values = [0.1, 0.5, 0.9]
    real, calls = study.run, []

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(study, "run", counted)
    got = study.sweep(setup, "red_line_cost", values, as_of=start, until=until, runs=150, seed=3)
    assert len(calls) == len(values)
    game, params, cad = study.prepare(setup, start)
    weeks = study._within_year(study._weeks(start, until))
    for kind in ("ceasefire", "settlement"):
        one = [study.evaluate_p({"red_line_cost": v}, game=game, params=params, start=start,
                                weeks=weeks, runs=150, seed=3, cadence_=cad, kind=kind) for v in values]
        assert got[kind] == one, kind
