"""Robustness of the news ingest against bad input: impossible metadata dates, bad records in the
middle of a file, wrong field types, folders without articles; and re-extraction when the
extraction rules change."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from accord.io import ScenarioFileError
from accord.news import events
from accord.news import ingest as ingest_module
from accord.news.facts import EXTRACTOR_VERSION, RULE_FILES, extractor_version, rules_hash
from accord.news.ingest import metadata_date, read_path
from accord.news.pipeline import ingest
from accord.store import Store
from tests.articles import lengthen
from tests.cli import run

TEXTS = [lengthen(t, i) for i, t in enumerate([
    "Die Delegationen aus Kyjiw und Moskau berieten am Montag in Genf über einen Austausch "
    "von Gefangenen.",
    "Nach Angaben der Vermittler soll die naechste Runde im kommenden Monat in Riad stattfinden.",
    "Der Aussenminister erklaerte, ueber Sicherheitsgarantien werde weiter verhandelt.",
])]


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))


def _folder_with_bad_html_date(root: Path) -> Path:
    folder = root / "mix"
    folder.mkdir()
    for i, text in enumerate(TEXTS[:2]):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    (folder / "zz.html").write_text(
        '<html><head><meta property="article:published_time" content="2025-02-30">'
        f"<title>T</title></head><body><p>{TEXTS[2]}</p></body></html>", encoding="utf-8")
    return folder


@pytest.mark.parametrize("value", ["2025-02-30", "2025-13-45", "2025-13", "31 Feb 2025",
                                   "0000-01-01", "30 Feb. 2024"])
def test_metadata_date_refuses_dates_that_do_not_exist(value: str) -> None:
    assert metadata_date(value) is None


def test_metadata_date_keeps_real_dates() -> None:
    assert metadata_date("2024-02-29T10:00:00Z") == "2024-02-29"
    assert metadata_date("2025-06") == "2025-06"
    assert metadata_date("Mon, 02 Jun 2025 10:00:00 +0000") == "2025-06-02"


def test_impossible_html_meta_date_is_a_warning_and_every_article_is_stored(tmp_path: Path) -> None:
    folder = _folder_with_bad_html_date(tmp_path)
    code, out, _ = run("ingest", str(folder), "--json")
    data = json.loads(out)
    assert code == 0, out
    assert data["added"] == 3 and data["rejected"] == []
    [warning] = [n for n in data["notes"] if "warning" in n]
    assert "zz.html" in warning and "article:published_time" in warning and "2025-02-30" in warning
    rows = Store().query("SELECT title, published FROM documents WHERE title = 'T'")
    assert rows == [{"title": "T", "published": None}]


def test_impossible_date_with_two_workers(tmp_path: Path) -> None:
    folder = _folder_with_bad_html_date(tmp_path)
    summary = ingest([str(folder)], Store(), workers=2, parallel_min_bytes=0)
    assert summary.workers == 2 and summary.added == 3 and not summary.rejected
    assert any("zz.html" in n and "2025-02-30" in n for n in summary.notes)


def test_impossible_jsonl_date_keeps_the_article(tmp_path: Path) -> None:
    f = tmp_path / "d.jsonl"
    f.write_text(json.dumps({"text": TEXTS[0], "date": "2025-13-45"}) + "\n"
                 + json.dumps({"text": TEXTS[1], "published": "31 Feb 2025"}) + "\n",
                 encoding="utf-8")
    arts = list(read_path(f))
    assert [a.published for a in arts] == [None, None]
    assert "d.jsonl#1" in arts[0].warnings[0] and "'date'" in arts[0].warnings[0]
    assert "'published'" in arts[1].warnings[0]
    summary = ingest([str(f)], Store())
    assert summary.added == 2 and len([n for n in summary.notes if "not a valid date" in n]) == 2


def _lines(*records: object) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def test_a_bad_jsonl_record_does_not_drop_the_later_ones(tmp_path: Path) -> None:
    f = tmp_path / "m2.jsonl"
    f.write_text(_lines({"text": TEXTS[0]}, [1, 2], {"text": TEXTS[1]}, "str", {"text": None})
                 + "{broken\n" + _lines({"text": TEXTS[2]}), encoding="utf-8")
    code, out, _ = run("ingest", str(f), "--json")
    data = json.loads(out)
    assert code == 2
    assert data["added"] == 3
    sources = [r["source"] for r in data["rejected"]]
    assert sources == [f"{f}#2", f"{f}#4", f"{f}#5", f"{f}:6"]
    assert "array" in data["rejected"][0]["problem"]
    assert "null" in data["rejected"][2]["problem"] and "text" in data["rejected"][2]["problem"]
    assert "invalid JSON" in data["rejected"][3]["problem"]


def test_read_path_without_on_error_still_raises_at_the_bad_record(tmp_path: Path) -> None:
    f = tmp_path / "m2.jsonl"
    f.write_text(_lines({"text": TEXTS[0]}, [1, 2], {"text": TEXTS[1]}), encoding="utf-8")
    with pytest.raises(ScenarioFileError, match="#2"):
        list(read_path(f))
    errors: list[ScenarioFileError] = []
    assert len(list(read_path(f, on_error=errors.append))) == 2 and len(errors) == 1


@pytest.mark.parametrize("streamed", [False, True])
def test_a_bad_json_array_element_does_not_drop_the_later_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: bool) -> None:
    if streamed:  # read element by element, as for arrays larger than MAX_BYTES
        monkeypatch.setattr(ingest_module, "MAX_BYTES", 10)
    f = tmp_path / "arr.json"
    f.write_text(json.dumps([{"text": TEXTS[0]}, 7, {"text": TEXTS[1], "title": ["x"]},
                             {"text": TEXTS[2]}]), encoding="utf-8")
    summary = ingest([str(f)], Store())
    assert summary.added == 2
    assert [r["source"] for r in summary.rejected] == [f"{f}#1", f"{f}#2"]
    assert "a number" in summary.rejected[0]["problem"]
    assert "title" in summary.rejected[1]["problem"] and "an array" in summary.rejected[1]["problem"]


def test_wrong_field_types_name_the_field_and_the_type(tmp_path: Path) -> None:
    f = tmp_path / "wrongtypes.json"
    f.write_text(json.dumps({"text": 123, "date": ["x"], "title": {"a": 1}}), encoding="utf-8")
    code, _, err = run("ingest", str(f))
    assert code == 2
    flat = " ".join(err.split())
    assert "text: found a number (123); expected a string" in flat
    assert "date: found an array; expected a string" in flat
    assert "title: found an object; expected a string" in flat
    assert "--field" in flat


def test_wrong_date_type_in_jsonl_skips_only_that_record(tmp_path: Path) -> None:
    f = tmp_path / "d.jsonl"
    f.write_text(_lines({"text": TEXTS[0], "date": 20250102}, {"text": TEXTS[1], "date": True},
                        {"text": TEXTS[2], "date": None}), encoding="utf-8")
    errors: list[ScenarioFileError] = []
    arts = list(read_path(f, on_error=errors.append))
    assert [a.locator for a in arts] == ["#3"] and arts[0].published is None
    assert "date: found a number" in str(errors[0]) and "date: found true" in str(errors[1])


def test_a_folder_with_only_a_symlink_loop_says_nothing_was_found(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.mkdir()
    os.symlink("../loop", loop / "self")
    code, out, err = run("ingest", str(loop))
    assert code == 2 and "ingested" not in out
    flat = " ".join(err.split())
    assert "no article files" in flat and "symbolic links" in flat


def test_an_empty_folder_next_to_articles_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    f = tmp_path / "a.txt"
    f.write_text(TEXTS[0], encoding="utf-8")
    code, out, _ = run("ingest", str(tmp_path / "empty"), str(f), "--json")
    data = json.loads(out)
    assert code == 2 and data["added"] == 1
    assert data["rejected"][0]["source"] == str(tmp_path / "empty")
    assert "no article files" in data["rejected"][0]["problem"]


def test_extractor_version_is_derived_from_the_rule_files(tmp_path: Path) -> None:
    assert extractor_version() == EXTRACTOR_VERSION
    assert {"data/patterns.yaml", "data/gazetteer.yaml", "stances.py", "events/cascade.py"} <= set(RULE_FILES)
    modules = [n for n in RULE_FILES if n.startswith("events/")]
    assert modules == ["events/__init__.py"] + [f"events/{m}.py" for m in events.MODULES]
    # every module of the events package is a family module (so a rule file and prefilter-tested)
    package = Path(events.__file__).parent
    assert sorted(p.stem for p in package.glob("*.py") if p.stem != "__init__") == sorted(events.MODULES)
    root = tmp_path / "rules"
    for name in RULE_FILES:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"# {name}\n", encoding="utf-8")
    before = rules_hash(root=root)
    assert rules_hash(root=root) == before
    (root / "data" / "patterns.yaml").write_text("# data/patterns.yaml\nx: 1\n", encoding="utf-8")
    assert rules_hash(root=root) != before


def test_changed_rules_re_extract_and_unchanged_rules_add_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "b.jsonl"
    f.write_text(_lines(*({"text": t} for t in TEXTS)), encoding="utf-8")
    first = ingest([str(f)], Store())
    assert first.added == 3
    counts = Store().counts()
    again = ingest([str(f)], Store())
    assert (again.added, again.updated, again.duplicates) == (0, 0, 3)
    assert Store().counts() == counts
    import accord.store.db as db

    changed = extractor_version((*RULE_FILES, "a-new-rule-file.yaml"))
    assert changed != EXTRACTOR_VERSION
    monkeypatch.setattr(db, "EXTRACTOR_VERSION", changed)
    after = ingest([str(f)], Store())
    assert (after.added, after.updated) == (0, 3)
    assert {r["extractor"] for r in Store().query("SELECT extractor FROM documents")} == {changed}
    assert Store().counts() == counts


def test_a_glob_through_a_symlink_loop_reads_each_file_once(tmp_path: Path) -> None:
    sub = tmp_path / "x"
    sub.mkdir()
    (sub / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    os.symlink("..", sub / "up")
    code, out, _ = run("ingest", str(tmp_path / "**"), "--json")
    data = json.loads(out)
    assert code == 0 and data["files"] == 1 and data["added"] == 1


def test_a_broken_link_is_named_as_such(tmp_path: Path) -> None:
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    code, _, err = run("ingest", str(tmp_path / "link.txt"))
    assert code == 2 and "broken symbolic link" in " ".join(err.split())


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "9999-12"])
def test_placeholder_years_are_unknown_dates_not_a_crash(tmp_path: Path, value: str) -> None:
    assert metadata_date(value) is None
    f = tmp_path / "y.jsonl"
    f.write_text(_lines({"text": lengthen("Im naechsten Jahr und am kommenden Montag trafen "
                                          "sich Unterhaendler in Genf."), "date": value}),
                 encoding="utf-8")
    summary = ingest([str(f)], Store())
    assert summary.added == 1 and any(value in n for n in summary.notes)


def test_header_line_with_a_placeholder_year_is_ignored(tmp_path: Path) -> None:
    f = tmp_path / "h.txt"
    f.write_text("date 9999-12-31\nIm naechsten Jahr trafen sich Unterhaendler in Genf.\n",
                 encoding="utf-8")
    [a] = read_path(f)
    assert a.published is None and "header line" in a.warnings[0]


def test_an_article_that_breaks_extraction_is_reported_and_the_rest_stored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.news.pipeline as pipeline

    real = pipeline.process

    def flaky(article: ingest_module.Article) -> object:
        if "Riad" in article.text:
            raise OverflowError("date value out of range")
        return real(article)

    monkeypatch.setattr(pipeline, "process", flaky)
    f = tmp_path / "b.jsonl"
    f.write_text(_lines(*({"text": t} for t in TEXTS)), encoding="utf-8")
    summary = ingest([str(f)], Store())
    assert summary.added == 2
    [r] = summary.rejected
    assert r["source"] == f"{f}#2" and "OverflowError" in r["problem"]


def test_an_oversized_jsonl_record_is_skipped_and_the_next_lines_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "MAX_RECORD_BYTES", 300)
    monkeypatch.setattr(ingest_module, "_READ", 64)
    f = tmp_path / "big.jsonl"
    f.write_text(_lines({"text": TEXTS[0]}, {"text": "Genf " * 400}, {"text": TEXTS[1]}),
                 encoding="utf-8")
    errors: list[ScenarioFileError] = []
    arts = list(read_path(f, on_error=errors.append))
    assert [a.locator for a in arts] == ["#1", "#3"]
    assert len(errors) == 1 and errors[0].problems[0].line == 2


DEEP = "refused JSON nested more than 64 levels deep; expected an article object (at most 64 " \
    "levels of arrays and objects). Fix: remove that record or flatten its structure"


@pytest.mark.parametrize("depth", [65, 980, 100_000])
def test_deeply_nested_json_lines_record_is_refused_with_its_line(tmp_path: Path, depth: int) -> None:
    """Issue 10 fuzz finding: a record nested about 980 deep ended in a recursion error (exit 1)."""
    f = tmp_path / "deep.jsonl"
    f.write_text(_lines({"text": TEXTS[0]}) + '{"text": ' + "[" * depth + "]" * depth + "}\n"
                 + _lines({"text": TEXTS[1]}), encoding="utf-8")
    code, out, err = run("ingest", str(f))
    assert code == 2
    assert f"skipped: {f}:2: found " + DEEP.removeprefix("refused ") in " ".join(err.split())
    assert "2 new" in " ".join(out.split())


def test_deeply_nested_json_file_and_streamed_array_are_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "deep.json"
    f.write_text('[{"text": "x"},\n {"text": ' + "[" * 980 + "]" * 980 + "}]", encoding="utf-8")
    code, _, err = run("ingest", str(f))
    assert code == 2
    assert f"skipped: {f}:2: found " + DEEP.removeprefix("refused ") in " ".join(err.split())
    monkeypatch.setattr(ingest_module, "MAX_BYTES", 16)  # read as a stream, element by element
    with pytest.raises(ScenarioFileError) as info:
        list(read_path(f))
    assert "found JSON nested more than 64 levels deep" in str(info.value)


def test_a_json_number_too_long_to_convert_is_refused(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Fuzz finding (issue 10): a 5,000-digit number ended in Python's ValueError (exit 1)."""
    f = tmp_path / "n.jsonl"
    f.write_text('{"text": "x", "n": ' + "9" * 5000 + "}\n", encoding="utf-8")
    code, _, err = run("ingest", str(f))
    assert code == 2
    assert " ".join(err.split()) == (
        f"skipped: {f}:1: found a number too long to read; expected numbers of at most 4,300 "
        "digits. Fix: shorten the number or write it as a string")
    g = tmp_path / "n.json"
    g.write_text('[{"text": "x", "n": ' + "9" * 5000 + "}]", encoding="utf-8")
    monkeypatch.setattr(ingest_module, "MAX_BYTES", 16)  # read as a stream
    with pytest.raises(ScenarioFileError) as info:
        list(read_path(g))
    assert "found a number too long to read" in str(info.value)
