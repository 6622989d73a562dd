"""Streaming ingest: JSON Lines and large JSON arrays are read record by record with a
per-record size limit instead of a whole-file cap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import accord.news.ingest as ingest_mod
from accord.io import ScenarioFileError
from accord.news.ingest import read_path
from tests.articles import lengthen
from tests.cli import run


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))


def _records(n: int) -> list[dict[str, str]]:
    return [{"text": lengthen(f"Bericht {i}: Unterhändler trafen sich am Freitag in Genf.\nZweiter "
                              f"Absatz mit einem Zeilentrenner \u2028 im Text.", i),
             "title": f"Nr. {i}"} for i in range(n)]


def test_jsonl_larger_than_the_file_limit_is_read_record_by_record(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.jsonl"
    recs = _records(40)
    path.write_text("\ufeff" + "\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n\n",
                    encoding="utf-8")
    monkeypatch.setattr(ingest_mod, "MAX_BYTES", 200)  # far smaller than the file
    arts = list(read_path(path))
    assert [a.locator for a in arts] == [f"#{i}" for i in range(1, 41)]
    assert arts[7].title == "Nr. 7" and arts[7].text.startswith("Bericht 7:")


def test_oversized_jsonl_record_is_refused_with_its_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "one-big.jsonl"
    path.write_text(json.dumps({"text": "kurz"}) + "\n" + json.dumps({"text": "x" * 5000}) + "\n",
                    encoding="utf-8")
    monkeypatch.setattr(ingest_mod, "MAX_RECORD_BYTES", 1000)
    it = read_path(path)
    assert next(it).text == "kurz"  # the records before it are read
    with pytest.raises(ScenarioFileError) as info:
        next(it)
    message = str(info.value)
    assert "one-big.jsonl:2" in message and "1,000 bytes per record" in message


def test_large_json_array_is_streamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.json"
    recs = _records(25)
    path.write_text(" [\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n]\n",
                    encoding="utf-8")
    expected = [(a.locator, a.text, a.title) for a in read_path(path)]  # read whole
    monkeypatch.setattr(ingest_mod, "MAX_BYTES", 100)
    monkeypatch.setattr(ingest_mod, "_READ", 7)  # records split across many reads
    streamed = [(a.locator, a.text, a.title) for a in read_path(path)]
    assert streamed == expected and len(streamed) == 25


@pytest.mark.parametrize(("body", "needle"), [
    ('[{"text": "a"} {"text": "b"}]', "after element #0"),
    ('[{"text": "a"},', "invalid JSON"),
    ('[{"text": "a"}] mehr', "after the closing"),
    ('[{"text": "' + "y" * 3000 + '"}]', "per record"),
])
def test_broken_streamed_json_array_gets_a_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, needle: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(body + " " * 300, encoding="utf-8")
    monkeypatch.setattr(ingest_mod, "MAX_BYTES", 100)
    monkeypatch.setattr(ingest_mod, "MAX_RECORD_BYTES", 2000)
    with pytest.raises(ScenarioFileError) as info:
        list(read_path(path))
    assert needle in str(info.value) and "bad.json" in str(info.value)


def test_large_plain_text_still_refused_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as fh:
        fh.write(b"<html><body><p>")
        fh.seek(30 * 1024 * 1024)
        fh.write(b"</p></body></html>")
    code, _, err = run("ingest", str(path))
    assert code == 2 and "huge.html" in err and "30.0 MiB" in err and "JSON Lines" in err
    assert "Traceback" not in err


def test_big_jsonl_through_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _records(12)),
                    encoding="utf-8")
    monkeypatch.setattr(ingest_mod, "MAX_BYTES", 100)
    code, out, _ = run("ingest", str(path), "--json")
    assert code == 0 and json.loads(out)["added"] == 12
