"""`--scheduler`: the independent pieces of a forecast (Monte Carlo chunks, sweep points) and of a
backtest (models) run on Dask with the same numbers as the local run."""

from __future__ import annotations

import json
from typing import ClassVar

import numpy as np
import pytest

from accord.forecast.inputs import make_input
from accord.forecast.montecarlo import MODELS, DaskExecutor, monte_carlo
from tests.cli import run

DATA = make_input("t", ["a", "b", "c", "d"], ["x", "y"], [1.0, 2.0, 0.5, 1.5],
                  [[10, 80], [40, 20], [70, 55], [90, 30]],
                  [[0.5, 0.3], [0.4, 0.5], [0.2, 0.6], [0.6, 0.3]])


def test_every_model_same_numbers_on_threads() -> None:
    for model in MODELS:
        local = monte_carlo(DATA, model, runs=30, seed=4, chunk=10)
        dask = monte_carlo(DATA, model, runs=30, seed=4, chunk=10,
                           executor=DaskExecutor(scheduler="threads"))
        np.testing.assert_array_equal(local.samples, dask.samples)


@pytest.mark.slow
def test_every_model_same_numbers_on_processes() -> None:
    for model in MODELS:
        local = monte_carlo(DATA, model, runs=30, seed=4, chunk=10)
        dask = monte_carlo(DATA, model, runs=30, seed=4, chunk=10,
                           executor=DaskExecutor(scheduler="processes"))
        np.testing.assert_array_equal(local.samples, dask.samples)


def _forecast(*extra: str) -> dict[str, object]:
    code, out, err = run("forecast", "-m", "eum,compromise,exchange", "--runs", "40", "--seed",
                         "9", "--sweep", "eum.q=1,0.5", "--json", *extra)
    assert code == 0, err
    report: dict[str, object] = json.loads(out)
    return report


def test_cli_forecast_same_report_with_a_scheduler() -> None:
    assert _forecast("--scheduler", "threads") == _forecast()


@pytest.mark.slow
def test_cli_forecast_same_report_on_processes() -> None:
    assert _forecast("--scheduler", "processes") == _forecast()


def test_cli_backtest_same_scores_with_a_scheduler() -> None:
    args = ("backtest", "deu", "--model", "compromise,median,eum", "--bootstrap", "200",
            "--json")
    code, local, err = run(*args)
    assert code == 0, err
    code, dask, err = run(*args, "--scheduler", "threads")
    assert code == 0, err
    assert json.loads(dask) == json.loads(local)


def test_cli_bad_scheduler_is_refused_clearly() -> None:
    code, out, err = run("forecast", "-m", "compromise", "--runs", "10", "--scheduler",
                         "fast-please")
    assert code == 2
    assert "--scheduler" in out + err and "processes, threads or tcp://host:port" in out + err


@pytest.mark.slow
def test_cli_unreachable_scheduler_is_refused_clearly() -> None:
    import socket

    with socket.socket() as sock:  # a free port on this machine, nothing listening there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, out, err = run("forecast", "-m", "compromise", "--runs", "10", "--scheduler",
                         f"tcp://127.0.0.1:{port}")
    assert code == 2
    assert "running Dask scheduler" in out + err


class _RecordingClient:
    """Stands in for `dask.distributed.Client` (computes in this process) and records whether
    the command closed it."""

    opened: ClassVar[list[_RecordingClient]] = []

    def __init__(self, address: str, timeout: float) -> None:
        self.address, self.closed = address, False
        _RecordingClient.opened.append(self)

    def compute(self, tasks: list[object]) -> tuple[object, ...]:
        import dask

        return tuple(dask.compute(*tasks, scheduler="synchronous"))

    def gather(self, results: tuple[object, ...]) -> tuple[object, ...]:
        return results

    def close(self) -> None:
        self.closed = True


@pytest.mark.parametrize("args", [
    ("forecast", "-m", "compromise", "--runs", "10", "--seed", "1"),
    ("simulate", "--runs", "5", "--seed", "1", "--until", "2026-06"),
])
def test_every_command_closes_its_client(monkeypatch: pytest.MonkeyPatch,
                                         args: tuple[str, ...]) -> None:
    """One shared `--scheduler` helper: the client of a scheduler address is closed when the
    command ends, whatever the command (forecast and simulate here; backtest shares it)."""
    import dask.distributed

    from accord.cli.scheduler import executor

    monkeypatch.setattr(dask.distributed, "Client", _RecordingClient)
    _RecordingClient.opened.clear()
    with executor("tcp://127.0.0.1:1") as ex:
        assert ex.client is _RecordingClient.opened[0]
    assert _RecordingClient.opened[0].closed
    _RecordingClient.opened.clear()
    code, remote, err = run(*args, "--json", "--scheduler", "tcp://127.0.0.1:1")
    assert code == 0, err
    assert len(_RecordingClient.opened) == 1 and _RecordingClient.opened[0].closed
    assert json.loads(remote) == json.loads(run(*args, "--json")[1])
