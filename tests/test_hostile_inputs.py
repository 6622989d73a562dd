"""Hostile and odd input files: every bad one must raise `ScenarioFileError` from the API and make
the CLI exit with code 2 and a message (never a traceback); odd but valid ones must load.

Each bad case names a phrase its message must contain, so a case that fails for a different
reason than intended (or stops failing) shows up here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

import accord.io.scenario as scenario_io
from accord.io import ScenarioFileError, load_file, load_text
from tests.cli import run as cli
from tests.test_validation import BASE_JSON, BASE_YAML


def _replace(old: str, new: str, text: str = BASE_YAML) -> str:
    assert text.count(old) == 1, f"fixture error: {old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def _line_of(text: str, needle: str) -> int:
    hits = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    assert len(hits) == 1, f"fixture error: {needle!r} on lines {hits}"
    return hits[0]


def _billion_laughs(levels: int = 7, fan_out: int = 9) -> str:
    lines = [f"l0: &l0 [{', '.join(['lol'] * fan_out)}]"]
    for i in range(1, levels + 1):
        lines.append(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * fan_out)}]")
    return "\n".join(lines) + "\n"


DEPTH = 5000
BIG_INT = "9" * 5000


@dataclass(frozen=True)
class Bad:
    """A file that must be refused: its bytes, suffix and a phrase of the message."""

    content: bytes
    phrase: str
    suffix: str = ".yaml"
    line: int | None = None
    """The line the (first) problem must name, when it is known."""


def _y(text: str, phrase: str, line: int | None = None) -> Bad:
    return Bad(text.encode("utf-8"), phrase, ".yaml", line)


def _j(text: str, phrase: str) -> Bad:
    return Bad(text.encode("utf-8"), phrase, ".json")


TAB_YAML = _replace("    salience: 0.5\n", "\tsalience: 0.5\n")

BAD = {
    "alias cycle": _y("a: &a [*a]\n", "an alias that contains itself", 1),
    "alias cycle inside a scenario": _y(
        _replace("title: Minimal example\n", "title: Minimal example\nloop: &loop {self: [*loop]}\n"),
        "an alias that contains itself"),
    "5000-deep YAML list": _y("a: " + "[" * DEPTH + "]" * DEPTH + "\n", "nested too deeply", 1),
    "5000-deep YAML mapping": _y("a: " + "{b: " * DEPTH + "1" + "}" * DEPTH + "\n", "nested too deeply", 1),
    "deep YAML list on line 3": _y("title: x\n# a comment [[[\nb: " + "[" * 70 + "]" * 70 + "\n",
                                   "nested too deeply", 3),
    "300-deep YAML block mapping": _y(
        "".join(f"{' ' * i}k:\n" for i in range(300)) + " " * 300 + "k: 1\n", "nested"),
    "5000-deep JSON list": _j('{"a": ' + "[" * DEPTH + "]" * DEPTH + "}", "nested too deeply"),
    "5000-deep JSON object": _j('{"a": ' * DEPTH + "1" + "}" * DEPTH, "nested too deeply"),
    "billion laughs": _y(_billion_laughs(), "once aliases are expanded"),
    "5000-digit integer in YAML": _y(_replace("length: 100", f"length: {BIG_INT}"), "cannot convert"),
    "5000-digit integer in JSON": _j(_replace('"length": 100', f'"length": {BIG_INT}', BASE_JSON),
                                     "cannot convert"),
    "list as a mapping key": _y(_replace("names: {en: Ukraine}", "names: {[a]: x}"), "used as a key",
                                _line_of(BASE_YAML, "names: {en: Ukraine}")),
    "mapping as a mapping key": _y(_replace("names: {en: Ukraine}", "names: {{a: b}: x}"),
                                   "used as a key"),
    "!!set tag": _y(_replace("title: Minimal example", "title: !!set {a, b}"), "tag",
                    _line_of(BASE_YAML, "title: Minimal example")),
    "!!omap tag": _y(_replace("title: Minimal example", "title: !!omap [{a: 1}, {b: 2}]"), "tag"),
    "!!binary tag": _y(_replace("title: Minimal example", "title: !!binary aGVsbG8="), "tag"),
    "!!python/object tag": _y(_replace("title: Minimal example", "title: !!python/object:os.system {}"),
                              "tag"),
    "!!python/object/apply tag": _y(
        _replace("title: Minimal example", "title: !!python/object/apply:os.system [echo hacked]"), "tag"),
    "NUL bytes in YAML": _y(BASE_YAML + "\x00\x00", "NUL bytes"),
    "NUL bytes in JSON": _j(BASE_JSON[:-1] + "\x00}", "NUL bytes"),
    "invalid UTF-8": Bad(_replace("title: Minimal example", "title: Minimal ex\xe4mple")
                         .encode("latin-1"), "not UTF-8", line=_line_of(BASE_YAML, "title: Minimal")),
    "truncated UTF-8 sequence": Bad(BASE_YAML.encode() + b"x: \xe2\x82\n", "not UTF-8"),
    "UTF-16 file": Bad(BASE_YAML.encode("utf-16"), "not UTF-8", line=1),
    "UTF-16 JSON file without BOM": Bad(BASE_JSON.encode("utf-16-le"), "NUL bytes", ".json"),
    "YAML with a tab indent": _y(TAB_YAML, "a YAML syntax error", _line_of(TAB_YAML, "\tsalience")),
    "YAML with tabs and CRLF": _y(TAB_YAML.replace("\n", "\r\n"), "a YAML syntax error",
                                  _line_of(TAB_YAML, "\tsalience")),
    "full-width digits in a date": _y(_replace("start: 2025-05-16", "start: '２０２５-05-16'"),
                                      "events[0].start", _line_of(BASE_YAML, "start: 2025-05-16")),
    "Arabic-Indic digits in a date": _y(_replace("start: 2025-05-16", "start: '٢٠٢٥-05-16'"),
                                        "events[0].start"),
}


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ACCORD_DEBUG", raising=False)
    return tmp_path


def refused(path: Path) -> ScenarioFileError:
    with pytest.raises(ScenarioFileError) as info:
        load_file(path)
    exc = info.value
    assert exc.problems, "a ScenarioFileError without problems"
    for located in exc.problems:
        assert located.problem.found.strip() and located.problem.expected.strip(), located
    return exc


SLOW = {"5000-deep YAML list"}
"""Cases over ~1 s through load_file and the CLI (twice); load_text still covers them quickly."""


def _decodes(content: bytes) -> bool:
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@pytest.mark.parametrize("case", [pytest.param(c, id=k, marks=[pytest.mark.slow] if k in SLOW else [])
                                  for k, c in BAD.items()])
def test_bad_file_is_refused_by_the_api_and_the_cli(case: Bad, workdir: Path) -> None:
    path = workdir / f"hostile{case.suffix}"
    path.write_bytes(case.content)

    exc = refused(path)
    assert case.phrase in str(exc), str(exc)
    if case.line is not None:
        assert exc.problems[0].line == case.line, str(exc)

    code, out, err = cli("validate", path.name)
    assert code == 2, out + err
    assert case.phrase in err
    assert f"{path.name} is not valid" in err
    if case.line is not None:
        assert f"{path.name}:{case.line}: " in err

    code, out, err = cli("validate", "--json", path.name)
    assert code == 2
    assert json.loads(out)["valid"] is False


@pytest.mark.parametrize("case", [pytest.param(c, id=k) for k, c in BAD.items() if _decodes(c.content)])
def test_bad_text_is_refused_by_load_text(case: Bad) -> None:
    """The same text through load_text (bytes that are not UTF-8 only reach load_file)."""
    text = case.content.decode("utf-8")
    fmt = "json" if case.suffix == ".json" else "yaml"
    with pytest.raises(ScenarioFileError) as info:
        load_text(text, source=f"case.{fmt}", fmt=fmt)
    assert case.phrase in str(info.value)
    assert info.value.source == f"case.{fmt}"


@pytest.mark.timeout(120)  # a hang guard (an expansion would run for hours), not a speed target
def test_billion_laughs_is_refused_quickly(workdir: Path) -> None:
    path = workdir / "lol.yaml"
    path.write_text(_billion_laughs(), encoding="utf-8")
    exc = refused(path)
    code, _, err = cli("validate", "lol.yaml")
    assert "once aliases are expanded" in str(exc)
    assert code == 2 and "once aliases are expanded" in err


@pytest.mark.timeout(120)  # a hang guard, not a speed target
def test_deep_nesting_is_refused_quickly() -> None:
    for text, fmt in (("a: " + "[" * DEPTH + "]" * DEPTH + "\n", "yaml"),
                      ('{"a": ' + "[" * DEPTH + "]" * DEPTH + "}", "json")):
        with pytest.raises(ScenarioFileError, match="nested too deeply") as info:
            load_text(text, fmt=fmt)
        assert info.value.problems[0].line == 1


# -- non-finite numbers -----------------------------------------------------------------------------

QUANTITY = "    end: 2025-05-17\n"
JSON_TOP = "0.0,\n        1000000.0\n"  # the upper bound of the numeric issue in BASE_JSON

NON_FINITE = {
    "quantity value .inf": (_replace(QUANTITY, QUANTITY + "    quantities: [{value: .inf, unit: people}]\n"),
                            "yaml", "events[0].quantities[0].value"),
    "quantity value -.inf": (_replace(QUANTITY, QUANTITY + "    quantities: [{value: -.inf, unit: km}]\n"),
                             "yaml", "events[0].quantities[0].value"),
    "quantity value .nan": (_replace(QUANTITY, QUANTITY + "    quantities: [{value: .nan, unit: people}]\n"),
                            "yaml", "events[0].quantities[0].value"),
    "quantity value .NaN": (_replace(QUANTITY, QUANTITY + "    quantities: [{value: .NaN, unit: people}]\n"),
                            "yaml", "events[0].quantities[0].value"),
    "issue range .inf": (_replace("range: [0, 1000000]", "range: [0, .inf]"), "yaml", "issues[1].range"),
    "issue range -.inf": (_replace("range: [0, 1000000]", "range: [-.inf, 1000000]"), "yaml",
                          "issues[1].range"),
    "issue range .nan": (_replace("range: [0, 1000000]", "range: [0, .nan]"), "yaml", "issues[1].range"),
    "issue range both .nan": (_replace("range: [0, 1000000]", "range: [.nan, .nan]"), "yaml",
                              "issues[1].range"),
    "issue range JSON Infinity": (_replace(JSON_TOP, JSON_TOP.replace("1000000.0", "Infinity"), BASE_JSON),
                                  "json", "issues[1].range"),
    "issue range JSON NaN": (_replace(JSON_TOP, JSON_TOP.replace("1000000.0", "NaN"), BASE_JSON), "json",
                             "issues[1].range"),
}


@pytest.mark.parametrize(("text", "fmt", "path"), list(NON_FINITE.values()), ids=list(NON_FINITE))
def test_non_finite_numbers_are_refused(text: str, fmt: str, path: str, workdir: Path) -> None:
    with pytest.raises(ScenarioFileError) as info:
        load_text(text, source=f"case.{fmt}", fmt=fmt)
    paths = [p.problem.path for p in info.value.problems]
    assert any(p.startswith(path) for p in paths), str(info.value)
    assert "finite" in str(info.value), str(info.value)

    Path(f"case.{fmt}").write_text(text, encoding="utf-8")
    code, _, err = cli("validate", f"case.{fmt}")
    assert code == 2
    assert path in err


# -- odd but valid files ----------------------------------------------------------------------------

def test_bom_prefixed_yaml_and_json_load(workdir: Path) -> None:
    expected = load_text(BASE_YAML)
    (workdir / "bom.yaml").write_bytes(b"\xef\xbb\xbf" + BASE_YAML.encode("utf-8"))
    (workdir / "bom.json").write_bytes(b"\xef\xbb\xbf" + BASE_JSON.encode("utf-8"))
    assert load_file("bom.yaml") == expected
    assert load_file("bom.json") == expected
    for name in ("bom.yaml", "bom.json"):
        code, out, _ = cli("validate", name)
        assert code == 0 and "valid:" in out


def test_crlf_line_endings_load(workdir: Path) -> None:
    (workdir / "crlf.yaml").write_bytes(BASE_YAML.replace("\n", "\r\n").encode("utf-8"))
    (workdir / "crlf.json").write_bytes(BASE_JSON.replace("\n", "\r\n").encode("utf-8"))
    assert load_file("crlf.yaml") == load_text(BASE_YAML)
    assert load_file("crlf.json") == load_text(BASE_YAML)
    assert cli("validate", "crlf.yaml")[0] == 0


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_crlf_line_numbers_stay_right(fmt: str, workdir: Path) -> None:
    if fmt == "yaml":
        bad = _replace("salience: 0.9", "salience: high")
        needle = "salience: high"
    else:
        bad = _replace('"salience": 0.9', '"salience": "high"', BASE_JSON)
        needle = '"salience": "high"'
    line = _line_of(bad, needle)
    path = workdir / f"crlf.{fmt}"
    path.write_bytes(bad.replace("\n", "\r\n").encode("utf-8"))
    exc = refused(path)
    (located,) = exc.problems
    assert located.problem.path == "positions[0].salience"
    assert located.line == line
    code, _, err = cli("validate", path.name)
    assert code == 2 and f"crlf.{fmt}:{line}: positions[0].salience" in err


def test_crlf_syntax_error_line_is_right(workdir: Path) -> None:
    bad = _replace("    salience: 0.5\n", "    salience: 0.5: 1\n")
    path = workdir / "crlf.yaml"
    path.write_bytes(bad.replace("\n", "\r\n").encode("utf-8"))
    exc = refused(path)
    assert "a YAML syntax error" in str(exc)
    assert exc.problems[0].line == _line_of(bad, "salience: 0.5: 1")


def test_old_mac_cr_line_endings_keep_line_numbers(workdir: Path) -> None:
    bad = _replace("salience: 0.9", "salience: high")
    path = workdir / "cr.yaml"
    path.write_bytes(bad.replace("\n", "\r").encode("utf-8"))
    exc = refused(path)
    assert exc.problems[0].line == _line_of(bad, "salience: high")


def test_tab_indented_json_loads(workdir: Path) -> None:
    data = json.loads(BASE_JSON)
    (workdir / "tabs.json").write_text(json.dumps(data, indent="\t"), encoding="utf-8")
    assert load_file("tabs.json") == load_text(BASE_YAML)
    assert cli("validate", "tabs.json")[0] == 0


def test_tab_indented_json_still_reports_problems(workdir: Path) -> None:
    data = json.loads(BASE_JSON)
    data["positions"][0]["salience"] = "high"
    (workdir / "tabs.json").write_text(json.dumps(data, indent="\t"), encoding="utf-8")
    exc = refused(workdir / "tabs.json")
    assert [p.problem.path for p in exc.problems] == ["positions[0].salience"]
    code, _, err = cli("validate", "tabs.json")
    assert code == 2 and "positions[0].salience" in err


# -- size ---------------------------------------------------------------------------------------------

def test_an_oversized_file_is_refused_by_size(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stands in for a 25 MB file: the limit is lowered instead of writing 25 MB."""
    path = workdir / "big.yaml"
    path.write_text(BASE_YAML, encoding="utf-8")
    size = path.stat().st_size
    monkeypatch.setattr(scenario_io, "MAX_BYTES", 1000)
    assert size > scenario_io.MAX_BYTES
    exc = refused(path)
    (located,) = exc.problems
    assert located.problem.found == f"a file of {size:,} bytes"
    assert "under 1,000 bytes" in located.problem.expected
    code, _, err = cli("validate", "big.yaml")
    assert code == 2 and f"a file of {size:,} bytes" in err
    monkeypatch.setattr(scenario_io, "MAX_BYTES", size)  # exactly at the limit is fine
    assert load_file(path) == load_text(BASE_YAML)


def test_the_default_limit_refuses_25_mb() -> None:
    assert 1_000_000 <= scenario_io.MAX_BYTES < 25_000_000


# -- command-line arguments -----------------------------------------------------------------------

@pytest.mark.parametrize("value", ["garbage", "", " ", "2025-5", "25-05-16", "2025-05-16T10:00",
                                   "２０２５"])
def test_analyze_bad_as_of(value: str, workdir: Path) -> None:
    Path("good.yaml").write_text(BASE_YAML, encoding="utf-8")
    code, out, err = cli("analyze", "good.yaml", "--as-of", value)
    assert code == 2, out + err
    assert "--as-of" in err


def test_analyze_good_as_of(workdir: Path) -> None:
    Path("good.yaml").write_text(BASE_YAML, encoding="utf-8")
    for value in ("2025", "2025-06", "2025-06-01"):
        code, _, err = cli("analyze", "good.yaml", "--as-of", value)
        assert code == 0, err


@pytest.mark.parametrize("name", ["[red]x.yaml", "[/].yaml", "[/]", "[bold]", "x[/red].json",
                                  "[link=http://e.org]y[/link].yaml"])
@pytest.mark.parametrize("command", ["validate", "analyze"])
def test_missing_file_with_markup_in_its_name(name: str, command: str, workdir: Path) -> None:
    code, out, err = cli(command, name)
    assert code == 2, out + err
    assert name in err
    assert "no such file" in err


def test_bad_file_with_markup_in_its_name(workdir: Path) -> None:
    name = "[red]bad[/red].yaml"  # the directory `[red]bad[` holds `red].yaml`
    Path(name).parent.mkdir()
    Path(name).write_text(_replace("salience: 0.9", "salience: high"), encoding="utf-8")
    code, _, err = cli("validate", name)
    assert code == 2
    assert f"{name} is not valid" in err
    assert f"{name}:{_line_of(BASE_YAML, 'salience: 0.9')}: positions[0].salience" in err


def test_good_file_with_markup_in_its_name(workdir: Path) -> None:
    name = "[bold]ok[/].yaml"
    Path(name).parent.mkdir()
    Path(name).write_text(BASE_YAML, encoding="utf-8")
    code, out, _ = cli("validate", name)
    assert code == 0 and name in out


MARKUP_YAML = (BASE_YAML
               .replace("title: Minimal example", "title: 'x [/bold] y'")
               .replace("names: {en: Ukraine}", "names: {en: '[red]Ukraine[/red]'}")
               .replace("names: {en: Russia, de: Russland}", "names: {en: 'Rus [/] sia'}")
               .replace("title: Talks\n", "title: '[bold]Talks[/]'\n")
               .replace("name: US plan", "name: 'US [/red] plan'"))


def test_markup_in_scenario_text_is_printed_literally(workdir: Path) -> None:
    Path("markup.yaml").write_text(MARKUP_YAML, encoding="utf-8")
    assert load_file("markup.yaml").title == "x [/bold] y"
    code, out, err = cli("analyze", "markup.yaml", "--full")
    assert code == 0, err
    for literal in ("x [/bold] y", "[red]Ukraine[/red]", "Rus [/] sia", "[bold]Talks[/]",
                    "US [/red] plan"):
        assert literal in out, literal
    code, out, _ = cli("validate", "markup.yaml")
    assert code == 0


def test_markup_in_scenario_text_in_json_output(workdir: Path) -> None:
    Path("markup.yaml").write_text(MARKUP_YAML, encoding="utf-8")
    code, out, _ = cli("analyze", "markup.yaml", "--json")
    assert code == 0
    assert json.loads(out)["scenario"]["title"] == "x [/bold] y"
