"""Progress bars (accord.cli.progress): drawn on a terminal, silent when piped or under --json."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from accord.cli import common
from tests.cli import run


def _terminal(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    buffer = io.StringIO()
    monkeypatch.setattr(common, "err", Console(file=buffer, force_terminal=True, width=100))
    return buffer


@pytest.mark.parametrize("args", [
    ["forecast", "--runs", "300", "--model", "compromise"],
    ["backtest", "deu", "--model", "compromise", "--bootstrap", "100"],
    ["forecast", "--model", "eum", "--sweep", "eum.q=1,0.5"],
    ["conflict"],
])
def test_long_commands_draw_bars_on_a_terminal(monkeypatch: pytest.MonkeyPatch,
                                               args: list[str]) -> None:
    buffer = _terminal(monkeypatch)
    code, _, _ = run(*args)
    assert code == 0
    assert "\x1b[" in buffer.getvalue() and "━" in buffer.getvalue()


def test_ingest_draws_a_bar(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path))
    buffer = _terminal(monkeypatch)
    run("ingest", str(Path(__file__).parent / "data" / "news" / "de_runde.txt"))
    assert "ingesting files" in buffer.getvalue()


def test_silent_under_json_even_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = _terminal(monkeypatch)
    code, _out, err = run("forecast", "--runs", "300", "--model", "compromise", "--json")
    assert code == 0 and err == "" and buffer.getvalue() == ""


def test_silent_when_piped() -> None:
    code, _, err = run("forecast", "--runs", "300", "--model", "compromise")
    assert code == 0 and err == ""
