"""With --json an error is JSON too, on stderr, with the same exit codes: 2 for invalid input,
1 for an internal error (accord.cli.common.guard, the one place errors are rendered)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from accord.cli import common
from tests.cli import run
from tests.test_cli_errors import BAD_LINE, BAD_YAML

KEYS = {"file", "line", "field", "found", "expected", "fix"}


@pytest.fixture(autouse=True)
def _work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ACCORD_DEBUG", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.yaml").write_text(BAD_YAML, encoding="utf-8")


def _json_error(args: list[str], code: int = 2) -> dict[str, object]:
    got, out, err = run(*args, "--json")
    assert got == code, (got, out, err)
    assert out == ""
    error = json.loads(err)["error"]
    assert set(error) >= KEYS
    return error  # type: ignore[no-any-return]


def test_a_bad_scenario_file() -> None:
    e = _json_error(["analyze", "bad.yaml"])
    assert (e["file"], e["line"], e["field"], e["found"]) == (
        "bad.yaml", BAD_LINE, "positions[0].salience", "'high' (str)")
    assert e["expected"] == "a number"


def test_a_bad_option_names_the_option_as_field() -> None:
    e = _json_error(["stances", "--actor", "ukrr"])
    known = "a known actor: RUS, UKR, USA, EUR, TUR, NATO, SAU, ARE, QAT, VAT, CHE, BLR, CHN, UN"
    assert e == {"file": None, "line": None, "field": "--actor", "found": "'ukrr'",
                 "expected": known,
                 "fix": "did you mean 'UKR'?", "problems": [
                     {"file": None, "line": None, "field": "--actor", "found": "'ukrr'",
                      "expected": known,
                      "fix": "did you mean 'UKR'?"}]}


def test_a_usage_error_found_by_the_parser() -> None:
    e = _json_error(["forecast", "--seed", "-4"])
    assert e["field"] == "--seed"
    assert e["fix"] == ("correct --seed; `accord forecast --help` lists every option and its "
                        "values")


@pytest.mark.parametrize("args", [
    ["analyze", "missing.yaml"], ["space", "missing.yaml"], ["conflict", "missing.yaml"],
    ["forecast", "missing.yaml"], ["timeline", "--since", "2025-13"],
    ["stances", "--store", "missing.duckdb"], ["evidence", "x:q1"],
    ["export", "out", "--format", "xlsx"], ["ingest", "missing/"],
    ["backtest", "deu", "--data", "missing.tsv"], ["list", "--bogus"],
])
def test_every_command_renders_errors_as_json(args: list[str]) -> None:
    _json_error(args)


def test_an_internal_error_is_json_with_exit_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(sys.modules["accord.cli.app"], "load", broken)
    e = _json_error(["analyze"], code=1)
    assert e["found"] == "internal error: RuntimeError: boom"
    assert e["fix"] == ("this is a bug in accord; rerun with ACCORD_DEBUG=1 for the traceback and "
                        "report it")


def test_without_json_errors_stay_text() -> None:
    code, _, err = run("stances", "--actor", "ukrr")
    assert code == 2 and err.startswith("error: --actor is not valid (1 problem):")
    assert not common.json_requested()


def test_a_reader_that_stops_early_is_not_an_internal_error() -> None:
    """`accord analyze --json | head` printed an "internal error: BrokenPipeError" JSON document
    asking the user to report a bug."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    import accord

    src = str(Path(accord.__file__).resolve().parents[1])  # this checkout's, whatever the cwd
    env = os.environ | {"PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    for args in (["schema"], ["list", "--json"], ["timeline"], ["list"]):
        proc = subprocess.Popen([sys.executable, "-m", "accord", *args], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before the first write
        err = proc.stderr.read().decode()
        code = proc.wait(timeout=120)
        assert err == "", args  # quiet, never an internal error nor "Exception ignored"
        # 128 + SIGPIPE, as `yes | head -1`: exit code 1 (typer's, rich's) claimed an error
        assert code == 141, (args, code)


def test_a_reader_that_stops_part_way_through_a_long_output_ends_it_quietly() -> None:
    """`accord analyze --json | head -1` exited 0 with the JSON silently cut (one large write
    whose error the buffered writer dropped) and `accord analyze | head -1` exited 1."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    import accord

    src = str(Path(accord.__file__).resolve().parents[1])
    env = os.environ | {"PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    # the pipe is shrunk to one page (F_SETPIPE_SZ) and read without a buffer, so every output
    # below (75-560 KB) is far larger than what the pipe and the read can take: with the default
    # 64 KiB pipe, `schema` (86 KB) could be written whole into the pipe plus a buffered read of
    # 8 KiB and the command end with 0 before the reader closed, which failed CI under load
    import fcntl

    for args in (["analyze", "--json"], ["analyze"], ["schema"]):
        read_end, write_end = os.pipe()
        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)
        proc = subprocess.Popen([sys.executable, "-m", "accord", *args], stdout=write_end,
                                stderr=subprocess.PIPE, env=env)
        os.close(write_end)
        assert proc.stderr is not None
        assert os.read(read_end, 10)  # the first bytes, as `head -1` reads them
        os.close(read_end)
        err = proc.stderr.read().decode()
        assert (proc.wait(timeout=300), err) == (141, ""), args
