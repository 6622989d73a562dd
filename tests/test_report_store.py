"""`accord report --store`: the HTML report reads the news store as `accord analyze --store`
does, with the same options (name, help text, default)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from tests.articles import lengthen
from tests.cli import run


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))


def _options(command: str) -> dict[str, tuple[object, ...]]:
    """The news-store options of a command: flags, help text, default, metavar."""
    import typer

    cmd = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    return {p.name: (tuple(p.opts), p.help, p.default, p.metavar)
            for p in cmd.params if p.name in ("store", "store_path")}


def test_report_has_the_store_options_of_analyze() -> None:
    report = _options("report")
    assert set(report) == {"store", "store_path"}
    assert report == _options("analyze")
    assert "news.duckdb" in str(report["store"][1])
    assert "--store" in CliRunner().invoke(app, ["report", "--help"]).stdout


def test_report_with_a_store_shows_the_news(tmp_path: Path) -> None:
    article = tmp_path / "bern.txt"
    article.write_text(lengthen(" date 2025-08-14 Am Dienstag kamen Unterhändler Russlands und der "
                                "Ukraine in Genf zu einer weiteren Verhandlungsrunde zusammen.", 3),
                       encoding="utf-8")
    store = tmp_path / "news.duckdb"
    code, _, err = run("ingest", str(article), "--store", str(store))
    assert code == 0, err
    page = tmp_path / "r.html"
    code, _, err = run("report", "--store-path", str(store), "-o", str(page))
    assert code == 0, err
    html = page.read_text(encoding="utf-8")
    assert 'id="news"' in html and "News vs scenario" in html
    assert "1 document in the news store" in html
    assert "Am Dienstag kamen Unterhändler" in html  # the passage, in the section and the sources
    assert "news: round in geneva" in html  # the news-only round joins the timeline
    plain = tmp_path / "plain.html"
    assert run("report", "-o", str(plain))[0] == 0
    assert 'id="news"' not in plain.read_text(encoding="utf-8")


def test_report_refuses_a_store_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "none.duckdb"
    for command in (["report", "-o", str(tmp_path / "r.html")], ["analyze"], ["track"]):
        code, _, err = run(*command, "--store-path", str(missing))
        assert code == 2 and "none.duckdb" in err and "accord ingest" in err, (command, err)
        assert not missing.exists()
    assert not (tmp_path / "r.html").exists()


def test_an_empty_store_is_said_to_be_empty_not_to_agree(tmp_path: Path) -> None:
    # the default store of a fresh ACCORD_HOME holds nothing: the report and analyze said
    # "the news in the store agree with the scenario", as if 0 documents confirmed it
    page = tmp_path / "r.html"
    code, _, err = run("report", "--store", "-o", str(page))
    assert code == 0, err
    html = page.read_text(encoding="utf-8")
    assert "0 documents in the news store" in html
    assert "The news store is empty" in html and "accord ingest" in html
    assert "agree with the scenario" not in html
    code, out, err = run("analyze", "--store", "--section", "news")
    assert code == 0, err
    assert "news store is empty" in " ".join(out.split()) and "agree with the scenario" not in out
