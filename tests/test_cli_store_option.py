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
