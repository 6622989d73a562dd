"""Output paths are checked before any work (accord.cli.outputs): an existing file, a path below
a file, /proc or a folder that cannot be written end with exit 2 naming the path and the fix;
existing output is not overwritten without --force; a missing or wrong store path is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.cli.outputs import output_file, output_folder
from accord.io import ScenarioFileError
from accord.store import Store
from tests.cli import run

ELMIRA = Path(__file__).parent / "data" / "conflict"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)


def _error(args: list[str]) -> str:
    code, out, err = run(*args)
    assert code == 2, (code, out, err)
    assert "internal error" not in err
    return err


def test_output_file_refuses_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "old.gmcr").write_text("{}", encoding="utf-8")
    with pytest.raises(ScenarioFileError) as exc:
        output_file("old.gmcr", "--export")
    assert str(exc.value) == ("old.gmcr: found an existing file; expected a path for --export that "
                              "does not exist yet (existing output is not overwritten). Fix: add "
                              "--force to overwrite it, or choose another path")
    assert output_file("old.gmcr", "--export", force=True) == Path("old.gmcr")


def test_output_file_below_a_file(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    with pytest.raises(ScenarioFileError) as exc:
        output_file("plain/sub/out.gmcr", "--export")
    assert str(exc.value) == (f"plain/sub/out.gmcr: found a path below {tmp_path / 'plain'}, which "
                              "is a file, not a folder; expected a path for --export inside a "
                              f"folder. Fix: choose a path outside {tmp_path / 'plain'} for "
                              "--export")


def test_output_file_in_proc_is_refused() -> None:
    with pytest.raises(ScenarioFileError) as exc:
        output_file("/proc/accord-test/out.gmcr", "--export")
    assert "found a place where nothing can be written (/proc: " in str(exc.value)
    assert "Fix: choose a path in a folder you can write to for --export" in str(exc.value)


def test_output_folder_refuses_earlier_output(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.png").write_text("x", encoding="utf-8")
    with pytest.raises(ScenarioFileError) as exc:
        output_folder("out", "--plot", ["a.png", "a.svg"])
    assert str(exc.value) == ("out: found a folder already holding a.png; expected a folder for "
                              "--plot without earlier output (it is not overwritten). Fix: add "
                              "--force to overwrite those files, or choose another folder")
    assert output_folder("out", "--plot", ["a.png"], force=True) == Path("out")
    assert output_folder("new/deeper", "--plot", ["a.png"]) == Path("new/deeper")
    assert not Path("new").exists()  # checking leaves nothing behind


def test_conflict_export_does_not_overwrite(tmp_path: Path) -> None:
    (tmp_path / "m.gmcr").write_text("keep", encoding="utf-8")
    err = _error(["conflict", str(ELMIRA / "elmira.yaml"), "--export", "m.gmcr"])
    assert "error: m.gmcr cannot be written (1 problem):" in err
    assert "m.gmcr: found an existing file; expected a path for --export" in err
    assert (tmp_path / "m.gmcr").read_text(encoding="utf-8") == "keep"
    code, _, _ = run("conflict", str(ELMIRA / "elmira.yaml"), "--export", "m.gmcr", "--force")
    assert code == 0 and json.loads((tmp_path / "m.gmcr").read_text(encoding="utf-8"))


@pytest.mark.parametrize("args", [
    ["conflict", "--export", "/proc/x/m.gmcr"],
    ["conflict", "--export", "f.txt/m.gmcr"],
    ["conflict", "--export", "."],
    ["space", "--plot", "/proc/x"],
    ["space", "--plot", "f.txt"],
    ["space", "--export-genius", "f.txt/sub"],
    ["space", "--export-genius", "/proc/x"],
    ["forecast", "--plot", "f.txt"],
    ["export", "f.txt"],
    ["export", "/proc/x"],
])
def test_unwritable_outputs_exit_2_before_work(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "f.txt").write_text("x", encoding="utf-8")
    Store().path.parent.mkdir(parents=True)
    err = _error(args)
    assert "cannot be written (1 problem)" in err


def test_space_plot_keeps_earlier_plots(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "agreement-space.svg").write_text("old", encoding="utf-8")
    err = _error(["space", "--plot", "p"])
    assert "p: found a folder already holding agreement-space.svg" in err


def test_export_genius_keeps_earlier_files(tmp_path: Path) -> None:
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "UKR.xml").write_text("old", encoding="utf-8")
    err = _error(["space", "--export-genius", "g"])
    assert "g: found a folder already holding UKR.xml" in err
    assert (tmp_path / "g" / "UKR.xml").read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize(("store", "found"), [("folder", "a folder"), ("missing.duckdb", "no news store"),
                                              ("f.txt", "a file that is not a news store")])
def test_export_with_a_wrong_store_leaves_nothing(tmp_path: Path, store: str, found: str) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "f.txt").write_text("not a store", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    err = _error(["export", "out", "--store", store])
    assert f"{store}: found {found}; expected " in err
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # no stray .lock, no out/


def test_reading_the_default_store_before_any_ingest_leaves_nothing(tmp_path: Path) -> None:
    code, out, _ = run("stances", "--json")
    assert code == 0 and json.loads(out) == []
    assert not Store().lock_path.exists() and not Store().path.parent.exists()
