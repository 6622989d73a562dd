"""The compiled kernels run only where they pay for their one-off compile: batches of at least
ACCORD_NUMBA_MIN_RUNS runs (default 200), never with ACCORD_NO_NUMBA=1; a point forecast (as in
`accord analyze`) does not even import numba."""

from __future__ import annotations

import subprocess
import sys

import pytest

from accord.forecast import compiling, ktab


def test_the_batch_size_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACCORD_NO_NUMBA", raising=False)
    monkeypatch.delenv("ACCORD_NUMBA_MIN_RUNS", raising=False)
    assert not compiling.worth_compiling(1)
    assert not compiling.worth_compiling(compiling.MIN_RUNS - 1)
    assert compiling.worth_compiling(compiling.MIN_RUNS)
    monkeypatch.setenv("ACCORD_NUMBA_MIN_RUNS", "1")
    assert compiling.worth_compiling(1)
    monkeypatch.setenv("ACCORD_NUMBA_MIN_RUNS", "many")
    assert compiling.min_runs() == compiling.MIN_RUNS  # not a whole number: the default
    monkeypatch.setenv("ACCORD_NO_NUMBA", "1")
    assert not compiling.worth_compiling(10_000)


def test_a_single_run_takes_the_numpy_kernels(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACCORD_NO_NUMBA", raising=False)
    monkeypatch.delenv("ACCORD_NUMBA_MIN_RUNS", raising=False)
    assert not ktab.compiled()  # outside a batch: one run
    with compiling.batch(50):
        assert not ktab.compiled()
    with compiling.batch(10_000), compiling.batch(10):  # a piece of a larger whole
        assert compiling.worth_compiling()


def test_point_forecasts_do_not_import_numba() -> None:
    code = (
        "import sys, numpy as np\n"
        "import accord\n"
        "from accord.forecast.flagship import scenario_input\n"
        "m = scenario_input(accord.load('ukraine-2022-2026'))\n"
        "from accord.forecast.montecarlo import outcomes\n"
        "d = m.data\n"
        "one = lambda a: np.repeat(a[None], 5, 0)\n"
        "pos, sal, cap = one(np.nan_to_num(d.position)), one(d.salience), one(d.capability)\n"
        "outcomes('ktab', d, pos, sal, cap)\n"
        "outcomes('exchange', d, pos, sal, cap)\n"
        "print('numba' in sys.modules)\n")
    env = {k: v for k, v in __import__("os").environ.items()
           if k not in ("ACCORD_NO_NUMBA", "ACCORD_NUMBA_MIN_RUNS")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True)
    assert out.stdout.strip() == "False", out.stderr
