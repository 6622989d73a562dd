"""One spelling of the news store file across commands: `--store-path PATH` (the news commands
said `--store PATH`, analyze/report/track `--store-path PATH` with `--store` as a switch); the
old `--store PATH` stays as a hidden, deprecated alias."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli import run

NEWS_COMMANDS = ("ingest", "timeline", "stances", "evidence", "export", "serve")


@pytest.mark.parametrize("command", [*NEWS_COMMANDS, "analyze", "report", "track"])
def test_every_command_names_the_store_file_store_path(command: str) -> None:
    code, out, err = run(command, "--help")
    assert code == 0, err
    assert "--store-path" in out
    if command in NEWS_COMMANDS:  # the old spelling is hidden
        assert "--store " not in out.replace("--store-path", "")


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Kyiv and Moscow held a new round of talks in Istanbul on 3 May 2026, the third "
                    "meeting of the two delegations this spring.\n\nThe delegations agreed to "
                    "exchange 500 prisoners each within two weeks, the Turkish mediators said after "
                    "the meeting. Both sides called the talks difficult but useful and named no date "
                    "for the next round.\n", encoding="utf-8")
    return path


def test_store_path_and_the_deprecated_store_both_work(tmp_path: Path) -> None:
    new, old = str(tmp_path / "new.duckdb"), str(tmp_path / "old.duckdb")
    code, _, err = run("ingest", str(_article(tmp_path)), "--store-path", new)
    assert code == 0, err
    assert "deprecated" not in err
    code, _, err = run("ingest", str(_article(tmp_path)), "--store", old)
    assert code == 0, err
    assert "--store PATH is deprecated" in err and "--store-path PATH" in err
    for flag, path in (("--store-path", new), ("--store", old)):
        code, out, err = run("timeline", flag, path, "--json")
        assert code == 0, err
        assert isinstance(json.loads(out), list)
    code, out, err = run("analyze", "--store-path", new, "--section", "positions")
    assert code == 0, err


def test_two_different_store_files_are_refused(tmp_path: Path) -> None:
    code, _, err = run("timeline", "--store-path", str(tmp_path / "a.duckdb"),
                       "--store", str(tmp_path / "b.duckdb"))
    assert code == 2 and "--store" in err


def test_evidence_of_a_scenario_citation_honours_the_old_store_spelling(tmp_path: Path) -> None:
    """`accord evidence DOC[START:END] --store PATH` looked for the cited text in the default
    store and said nothing; like every other command it now reads PATH (with the note)."""
    import hashlib

    from accord.news.normalise import normalise_text

    article = _article(tmp_path)
    text = normalise_text(article.read_text(encoding="utf-8"))
    example = Path(__file__).resolve().parents[1] / "examples" / "my-talks.yaml"
    scenario = tmp_path / "talks.yaml"
    scenario.write_text(example.read_text(encoding="utf-8").replace(
        "  length: 200\n",
        f"  length: {len(text)}\n  sha256: {hashlib.sha256(text.encode()).hexdigest()}\n", 1),
        encoding="utf-8")
    store = str(tmp_path / "elsewhere.duckdb")
    code, _, err = run("ingest", str(article), "--store-path", store)
    assert code == 0, err
    for flag in ("--store-path", "--store"):
        code, out, err = run("evidence", "doc1[0:20]", "--scenario", str(scenario), flag, store)
        assert code == 0, err
        assert f"newsstore{store}" in "".join(out.split()), out  # (the path may wrap)
        assert text[:20] in out
        assert ("deprecated" in err) == (flag == "--store")
    code, out, err = run("evidence", "doc1[0:20]", "--scenario", str(scenario), "--store", store,
                         "--json")
    assert code == 0, err
    assert json.loads(out)["text_source"].startswith(f"news store {store}")
