"""The command line on bad input: exit code 2, `file:line: path: found ...` on stderr, no traceback."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from tests.cli import run
from tests.test_validation import BASE_YAML

BAD_YAML = BASE_YAML.replace("salience: 0.9", "salience: high")
BAD_LINE = BAD_YAML.splitlines().index("    salience: high") + 1
BAD_MESSAGE = f"bad.yaml:{BAD_LINE}: positions[0].salience: found 'high' (str); expected a number"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with good.yaml and bad.yaml, so messages name relative paths."""
    (tmp_path / "good.yaml").write_text(BASE_YAML, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(BAD_YAML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ACCORD_DEBUG", raising=False)
    return tmp_path


def test_validate_bad_file(workdir: Path) -> None:
    code, out, err = run("validate", "bad.yaml")
    assert code == 2
    assert BAD_MESSAGE in err
    assert "bad.yaml is not valid (1 problem)" in err
    assert "Traceback" not in out + err
    assert out == ""


def test_analyze_bad_file(workdir: Path) -> None:
    code, out, err = run("analyze", "bad.yaml")
    assert code == 2
    assert BAD_MESSAGE in err
    assert "Traceback" not in out + err


def test_analyze_json_bad_file(workdir: Path) -> None:
    code, out, err = run("analyze", "bad.yaml", "--json")
    assert code == 2
    error = json.loads(err)["error"]
    assert (error["file"], error["line"], error["field"]) == ("bad.yaml", BAD_LINE,
                                                             "positions[0].salience")
    assert out == ""


def test_every_problem_is_listed(workdir: Path) -> None:
    text = BAD_YAML.replace("role: mediator", "role: broker").replace("length: 100", "length: -1")
    Path("worse.yaml").write_text(text, encoding="utf-8")
    code, _, err = run("validate", "worse.yaml")
    assert code == 2
    assert "(3 problems)" in err
    lines = [line.strip() for line in err.splitlines() if line.startswith("  worse.yaml:")]
    assert [line.split(":")[1] for line in lines] == ["7", "17", str(BAD_LINE)]
    assert lines[1] == ("worse.yaml:17: actors[2].role: found 'broker'; expected one of 'party', "
                        "'mediator', 'guarantor' or 'observer'. Fix: use one of the listed values")


def test_validate_good_file(workdir: Path) -> None:
    code, out, err = run("validate", "good.yaml")
    assert code == 0
    assert "valid:" in out and "good.yaml" in out
    assert err == ""


def test_validate_json_good_file(workdir: Path) -> None:
    code, out, _ = run("validate", "--json", "good.yaml")
    assert code == 0
    data = json.loads(out)
    assert data["valid"] is True
    assert data["counts"]["actors"] == 3
    assert data["counts"]["issues"] == 2


def test_validate_json_bad_file(workdir: Path) -> None:
    code, out, _ = run("validate", "--json", "bad.yaml")
    assert code == 2
    data = json.loads(out)
    assert data["valid"] is False
    assert data["file"] == "bad.yaml"
    assert data["problems"] == [{
        "line": BAD_LINE, "path": "positions[0].salience", "found": "'high' (str)",
        "expected": "a number", "fix": "write a number without quotes, e.g. `salience: 0.5` "
                                       "(words such as 'high' are not read as numbers)",
    }]


def test_validate_json_syntax_error(workdir: Path) -> None:
    Path("broken.yaml").write_text(BASE_YAML.replace("    salience: 0.5\n", "    salience: 0.5: 1\n"),
                                   encoding="utf-8")
    code, out, _ = run("validate", "--json", "broken.yaml")
    assert code == 2
    (problem,) = json.loads(out)["problems"]
    assert problem["line"] == BASE_YAML.splitlines().index("    salience: 0.5") + 1
    assert problem["path"] == "(top level)"
    assert problem["found"].startswith("a YAML syntax error")


def test_validate_json_file_in_json_format(workdir: Path) -> None:
    from tests.test_validation import BASE_JSON

    Path("bad.json").write_text(BASE_JSON.replace('"salience": 0.9', '"salience": 2'), encoding="utf-8")
    code, _, err = run("validate", "bad.json")
    assert code == 2
    assert "bad.json:" in err and "positions[0].salience: found 2; expected a number <= 1.0" in err


def test_analyze_unknown_scenario(workdir: Path) -> None:
    code, out, err = run("analyze", "no-such-scenario")
    assert code == 2
    assert "no-such-scenario" in err
    assert "no such file and no built-in scenario of that name" in err
    assert "a path to a .yaml/.yml/.json file or a built-in name" in err
    assert "Traceback" not in out + err


def test_validate_missing_file(workdir: Path) -> None:
    code, _, err = run("validate", "missing.yaml")
    assert code == 2
    assert "missing.yaml" in err and "no such file" in err


def test_analyze_bad_as_of(workdir: Path) -> None:
    code, _, err = run("analyze", "good.yaml", "--as-of", "2025-13")
    assert code == 2
    assert "--as-of" in err and "a month between 01 and 12" in err


def test_schema_prints_json_schema(workdir: Path) -> None:
    code, out, _ = run("schema")
    assert code == 0
    schema = json.loads(out)
    assert "properties" in schema
    assert {"id", "title", "actors", "issues", "positions"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False


def test_console_script_has_no_traceback(workdir: Path) -> None:
    script = shutil.which("accord") or str(Path(sys.executable).with_name("accord"))
    if not Path(script).exists():
        pytest.skip("the accord console script is not installed")
    proc = subprocess.run([script, "validate", "bad.yaml"], capture_output=True, text=True,
                          timeout=60, check=False)
    assert proc.returncode == 2
    assert BAD_MESSAGE in proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


# -- fixed bugs, kept as regression tests ----------------------------------------------------------

def test_validate_unquoted_bad_date(workdir: Path) -> None:
    Path("date.yaml").write_text(BASE_YAML.replace("start: 2025-05-16", "start: 2025-13-01"),
                                 encoding="utf-8")
    code, _, err = run("validate", "date.yaml")
    assert code == 2
    assert "events[0].start" in err


def test_validate_json_has_the_same_guard(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli_app = importlib.import_module("accord.cli.app")  # `accord.cli.app` is shadowed by the Typer app

    def boom(_name: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli_app, "load", boom)
    plain = CliRunner().invoke(app, ["validate", "good.yaml"])
    assert plain.exit_code == 1 and "internal error: RuntimeError: boom" in plain.stderr
    as_json = CliRunner().invoke(app, ["validate", "--json", "good.yaml"])
    assert isinstance(as_json.exception, SystemExit), repr(as_json.exception)
    assert as_json.exit_code == 1


def test_validate_directory(workdir: Path) -> None:
    Path("folder").mkdir()
    code, _, err = run("validate", "folder")
    assert code == 2
    assert "a directory" in err


def test_validate_names_the_line_of_a_quote_never_closed(workdir: Path) -> None:
    """A title with an opening quote and no closing one was reported on line 5 of a file of four
    lines ("found unexpected end of stream ... near this line"), not on the line of the quote."""
    Path("open.yaml").write_text('id: bad\ntitle: "Talks in Geneva\nactors:\n  - id: AAA\n',
                                 encoding="utf-8")
    code, out, _ = run("validate", "--json", "open.yaml")
    assert code == 2
    (problem,) = json.loads(out)["problems"]
    assert problem["line"] == 2
    assert "the quoted text opened on line 2, column 8 is never closed" in problem["found"]
    assert problem["fix"].startswith("close the quoted text on this line")
    Path("open.yaml").write_text("id: bad\nactors: [AAA,\n  BBB\n", encoding="utf-8")
    code, out, _ = run("validate", "--json", "open.yaml")
    (problem,) = json.loads(out)["problems"]
    assert problem["line"] == 2 and "the '[' opened on line 2" in problem["found"]
