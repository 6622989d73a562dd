"""A scenario value of the wrong type (a string where a number belongs, a list where a mapping
does, ...) is reported like every other scenario error: file, line, field path, what was found
and a fix (the type errors had no "Fix:" line)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli import run

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "my-talks.yaml"

# (what is replaced in the example, by what, the field path reported, words the fix must hold)
CASES = [
    ("  salience: 0.9\n", "  salience: high\n", "positions[1].salience", "number"),
    ("  names:\n    en: Alpha\n", "  names:\n  - Alpha\n", "actors[0].names", "key: value"),
    ("  range:\n  - 0.0\n  - 1000.0\n", "  range: big\n", "issues[2].range", "list"),
    ("    span:\n    - 0\n    - 20\n", "    span: '0-20'\n", "positions[1].evidence[0].span",
     "list"),
    ("  acceptable:\n  - cede\n", "  acceptable: {cede: true}\n", "positions[2].acceptable",
     "not as `key: value`"),
    ("  integer: true\n", "  integer: maybe\n", "issues[2].integer", "true"),
    ("  length: 200\n", "  length: '200 chars'\n", "documents[0].length", "whole number"),
    ("  title: A report\n", "  title: [A, report]\n", "documents[0].title", "text"),
    ("- id: AAA\n  names:", "- AAA\n- id: AAB\n  names:", "actors[0]", "- id:"),
    ("as_of: 2025-12\n", "as_of: [2025, 12]\n", "as_of", "YYYY-MM"),
]


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    path = tmp_path / "wrong-type.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(("old", "new", "field", "hint"), CASES)
def test_a_wrong_type_names_file_field_found_and_fix(tmp_path: Path, old: str, new: str,
                                                     field: str, hint: str) -> None:
    path = _broken(tmp_path, old, new)
    code, out, err = run("validate", str(path))
    assert code == 2
    lines = [ln.strip() for ln in (out + err).splitlines() if ln.strip().startswith(str(path))]
    assert lines, out + err
    for line in lines:
        assert re.match(rf"{re.escape(str(path))}:\d+: ", line), line
        assert "found " in line and "; expected " in line and ". Fix: " in line, line
    mine = [ln for ln in lines if f": {field}: " in ln]
    assert mine, (field, lines)
    assert hint in mine[0].split(". Fix: ", 1)[1], mine[0]


@pytest.mark.parametrize(("old", "new", "field", "hint"), CASES[:4])
def test_json_errors_carry_the_fix_too(tmp_path: Path, old: str, new: str, field: str,
                                       hint: str) -> None:
    path = _broken(tmp_path, old, new)
    code, _, err = run("analyze", str(path), "--json")
    assert code == 2
    problems = json.loads(err)["error"]["problems"]
    assert problems and all(p["fix"] and p["file"] == str(path) and p["line"] for p in problems)
    assert any(p["field"] == field and hint in p["fix"] for p in problems)
