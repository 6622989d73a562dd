"""The terminal report reads at 80 columns: the bottom line first, no identifier broken across
lines or cut, wide tables turned into per-row blocks, lists wrapped between items."""

from __future__ import annotations

import io
import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

import accord
from accord.model import Scenario
from accord.report import overview
from accord.report.layout import Grid, show, wrap_items
from accord.report.terminal import render, section_names
from tests.cli import run

BOX = "│┃|"


@pytest.fixture(scope="module")
def flagship() -> Scenario:
    return accord.load("ukraine-2022-2026")


@pytest.fixture(scope="module")
def report(flagship: Scenario) -> dict:  # type: ignore[type-arg]
    return overview(flagship)


def identifiers(s: Scenario) -> set[str]:
    """Every id a reader copies from the report: actors, issues, options, red lines,
    proposals, events and documents."""
    ids = {a.id for a in s.actors} | {i.id for i in s.issues} | {r.id for r in s.red_lines}
    ids |= {p.id for p in s.proposals} | {e.id for e in s.events} | {d.id for d in s.documents}
    for issue in s.issues:
        ids |= {o.id for o in issue.options}
    return {i for i in ids if len(i) > 3}


def broken(text: str, ids: set[str]) -> list[str]:
    """Identifiers split across two lines (in the same table column or in running text), or cut
    with an ellipsis."""
    found = []
    lines = text.splitlines()
    for upper, lower in itertools.pairwise(lines):
        pairs = [(upper, lower)]
        cols_u, cols_l = re.split(f"[{BOX}]", upper), re.split(f"[{BOX}]", lower)
        if len(cols_u) == len(cols_l) > 1:
            pairs = list(zip(cols_u, cols_l, strict=True))
        # columns without borders: compare the text at the same offsets too
        for a, b in pairs:
            tail, head = a.split()[-1:] if a.split() else [], b.split()[:1]
            if not tail or not head:
                continue
            joined = tail[0] + head[0]
            found += [i for i in ids if i in joined and i not in tail[0] and i not in head[0]]
    for word in re.findall(r"[\w.\-]+…", text):
        stem = word[:-1]
        found += [i for i in ids if i.startswith(stem) and i != stem and len(stem) >= 3]
    return found


def borderless_breaks(text: str, ids: set[str]) -> list[str]:
    """Splits inside borderless table columns: a line's word at column c continued by the next
    line's word at the same column."""
    found = []
    lines = text.splitlines()
    for upper, lower in itertools.pairwise(lines):
        for m in re.finditer(r"\S+$|\S+(?=\s{2,})", upper):
            below = re.match(r"\S+", lower[m.start():]) if len(lower) > m.start() else None
            for cand in (below,):
                if cand is None:
                    continue
                joined = m.group() + cand.group()
                found += [i for i in ids
                          if i in joined and i not in m.group() and i not in cand.group()]
    return sorted(set(found))


def rendered(report: dict, width: int, **kw: object) -> str:  # type: ignore[type-arg]
    buf = io.StringIO()
    render(report, Console(file=buf, width=width, color_system=None), **kw)  # type: ignore[arg-type]
    return buf.getvalue()


@pytest.mark.parametrize("width", [80, 60, 120])
def test_no_identifier_broken_across_lines(flagship: Scenario, report: dict, width: int) -> None:  # type: ignore[type-arg]
    text = rendered(report, width, full=True)
    ids = identifiers(flagship)
    assert broken(text, ids) == []
    assert borderless_breaks(text, ids) == []
    assert max(len(line.rstrip()) for line in text.splitlines()) <= width


def test_the_checks_catch_a_broken_identifier() -> None:
    """The detectors above do fire: a folded id, a cut id, an id split in a column."""
    ids = {"ukr-substitute-guarantees", "berlin-declaration-2025"}
    assert broken("x ukr-substitute-guaran\ntees y", ids) == ["ukr-substitute-guarantees"]
    assert broken("│ a │ ukr-substitute- │\n│   │ guarantees │", ids) == ["ukr-substitute-guarantees"]
    assert broken("berlin-decla…", ids) == ["berlin-declaration-2025"]
    assert borderless_breaks(" a   berlin-decla    1\n     ration-2025", ids) == ["berlin-declaration-2025"]


def test_bottom_line_comes_first_at_80_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, err = run("analyze")
    assert code == 0, err
    lines = out.splitlines()
    start = next(k for k, line in enumerate(lines) if line.startswith("Bottom line"))
    end = next(k for k in range(start + 1, len(lines)) if not lines[k].strip())
    # long lists (17 issues, 8 collisions, 8 proposals) are cut at an item and counted
    assert end < 31, "the whole bottom line fits in the first 30 lines"
    block = " ".join(" ".join(lines[start:end]).split())
    assert "agreement zone: none" in block
    assert "colliding red lines:" in block and "nuclear.zaporizhzhia = ukrainian_control" in block
    assert "cheapest concession: UKR accepts territory.donbas = buffer_zone" in block
    assert "today's state:" in block and "forecasts agree" in block and "more (see --section" in block
    assert max(len(line.rstrip()) for line in lines) <= 80


def test_bottom_line_is_in_the_json_and_names_its_sections(report: dict) -> None:  # type: ignore[type-arg]
    topics = [(b["topic"], b["section"]) for b in report["bottom_line"]]
    assert topics[0] == ("agreement zone", "agreement-space")
    assert {s for _, s in topics} <= set(section_names())
    assert list(report)[:2] == ["scenario", "bottom_line"]


def test_default_leaves_out_reference_tables_and_says_how_to_see_them(report: dict) -> None:  # type: ignore[type-arg]
    text = rendered(report, 80)
    assert "Timeline" not in text.splitlines() and "Not shown: actors, timeline" in " ".join(text.split())
    full = rendered(report, 80, full=True)
    assert "Timeline" in full and len(full) > len(text)


def test_section_option_shows_only_that_section(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run("analyze", "--section", "timeline", "--section", "bottom-line")
    assert code == 0
    assert "Timeline" in out and "Bottom line" in out and "Positions (ideal" not in out
    code, out, _ = run("analyze", "--section", "forecast", "--json")
    import json

    assert set(json.loads(out)) == {"scenario", "forecast"}
    code, _, err = run("analyze", "--section", "nonsense")
    assert code == 2 and "bottom-line" in err


def test_wide_table_becomes_blocks_narrow_one_stays_a_table() -> None:
    g = Grid("T", ["issue", "a", "b"])
    g.add("security.foreign_troops", "multinational_force", ["one", "two"])
    buf = io.StringIO()
    show(Console(file=buf, width=80, color_system=None), g)
    assert "─" in buf.getvalue()   # a table's header rule
    buf = io.StringIO()
    show(Console(file=buf, width=30, color_system=None), g)
    assert buf.getvalue().splitlines()[1] == "security.foreign_troops"
    assert "  a: multinational_force" in buf.getvalue()


words = st.text(alphabet="abcdefghij._-", min_size=1, max_size=16)  # shorter than a line


@given(st.lists(words, min_size=1, max_size=20), st.integers(min_value=20, max_value=100))
def test_wrap_items_never_breaks_a_word_or_exceeds_the_width(items: list[str], width: int) -> None:
    lines = [line.plain for line in wrap_items(items, width, 2)]
    assert " ".join(" ".join(lines).split()) == ", ".join(items)
    assert all(len(line) <= width for line in lines)
    tokens = {w for line in lines for w in line.replace(",", " ").split()}
    assert tokens <= set(items)



def test_a_label_that_fills_the_first_line_pushes_the_first_item_to_the_next() -> None:
    """A bullet's label nearly as wide as the line left its first item sticking out past the
    width (the terminal then wrapped it to column 0, out of the bullet's indent)."""
    label = Text("• " + "x" * 70 + ": ")
    lines = [line.plain for line in wrap_items(["territory.donbas", "b"], 80, 2, "; ", first=label)]
    assert lines == ["• " + "x" * 70 + ": ", "  territory.donbas; b"]
    # a label with room keeps its first item (and words of a long one) on its line
    lines = [line.plain for line in wrap_items(["a b c"], 12, 2, first=Text("• t: "))]
    assert lines[0] == "• t: a b c"


def test_news_timeline_and_stances_read_at_80_columns(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Dates, kinds and evidence ids stay whole at 80 columns (no ellipsis): a table too wide
    becomes blocks named by the evidence id that `accord evidence` takes."""
    from pathlib import Path

    examples = Path(__file__).resolve().parents[1] / "examples"
    store = str(tmp_path / "news.duckdb")
    code, _, err = run("ingest", str(examples / "articles"), str(examples / "dump.jsonl"),
                       "--store", store)
    assert code == 0, err
    monkeypatch.setenv("COLUMNS", "80")
    for command in ("timeline", "stances"):
        code, out, err = run(command, "--store", store)
        assert code == 0, err
        code, data, _ = run(command, "--store", store, "--json")
        rows = __import__("json").loads(data)
        assert rows and "…" not in out
        assert max(len(line.rstrip()) for line in out.splitlines()) <= 80
        words = set(out.split())
        for r in rows:
            assert r["id"] in words
            if r.get("date_start") or r.get("date"):
                assert (r.get("date_start") or r.get("date")) in out


def test_no_positions_known_yet_is_said_not_drawn_as_an_empty_table(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`--as-of 2021-01` (before any position) drew the positions table with no actor column,
    its title broken into seven-letter pieces, and a collisions box saying "On every issue some
    option is acceptable to all parties"."""
    monkeypatch.setenv("COLUMNS", "100")
    code, out, err = run("analyze", "--as-of", "2021-01")
    assert code == 0, err
    assert "Positions: none known as of 2021-01." in out
    assert "Positio\n" not in out and "acceptable to all parties" not in out
