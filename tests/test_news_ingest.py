"""Ingest: formats, encodings, normalisation, publication dates and hostile inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.io import ScenarioFileError
from accord.news.ingest import Fields, expand, metadata_date, read_path
from accord.news.normalise import normalise_text, split_header
from tests.cli import run

DATA = Path(__file__).parent / "data" / "news"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))


def test_text_with_header_date() -> None:
    [a] = read_path(DATA / "de_runde.txt")
    assert a.published == "2025-06-04"
    assert a.published_basis and "header" in a.published_basis
    assert a.format == "txt" and len(a.doc_id) == 16


def test_header_month_only() -> None:
    assert split_header(" date 2025-05 Die Gespräche").published == "2025-05"
    assert split_header("Kein Datum hier").published is None


def test_html_strips_scripts_styles_and_furniture() -> None:
    [a] = read_path(DATA / "page.html")
    assert "alert" not in a.text and "evil" not in a.text and "color" not in a.text
    assert "Startseite" not in a.text and "Impressum" not in a.text
    assert "Genf" in a.text and a.title == "Gespräche in Genf"
    assert a.published == "2025-11-23"


def test_jsonl_with_configured_fields(tmp_path: Path) -> None:
    arts = list(read_path(DATA / "batch.jsonl"))
    assert [a.title for a in arts] == ["Waffenruhe im Energiesektor", "Umfrage in Kiew"]
    assert arts[0].published == "2025-03-19" and arts[0].locator == "#1"
    f = tmp_path / "x.json"
    f.write_text(json.dumps([{"inhalt": "Moskau und Kiew verhandeln weiter.", "datum": "2024-02-01"}]),
                 encoding="utf-8")
    with pytest.raises(ScenarioFileError) as info:
        list(read_path(f))
    assert "--field text=NAME" in str(info.value)
    [a] = read_path(f, Fields(text=("inhalt",), date=("datum",)))
    assert a.published == "2024-02-01"


def test_rss_items_and_rfc822_dates() -> None:
    arts = list(read_path(DATA / "feed.xml"))
    assert len(arts) == 2
    assert arts[0].published == "2025-02-18" and arts[0].url == "https://example.invalid/riad"
    assert "<p>" not in arts[1].text


def test_feed_with_entity_declarations_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "bomb.xml"
    f.write_text('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
                 '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item>'
                 '<description>&b;</description></item></channel></rss>', encoding="utf-8")
    with pytest.raises(ScenarioFileError) as info:
        list(read_path(f))
    assert "forbidden XML" in str(info.value)


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    f = tmp_path / "alt.txt"
    f.write_bytes("Die Gespräche über eine Waffenruhe in Genf wurden am Montag fortgesetzt, "
                  "sagte ein Sprecher des Außenministeriums in Kiew.".encode("cp1252"))
    [a] = read_path(f)
    assert "Gespräche" in a.text and "Außenministeriums" in a.text


def test_quotes_dashes_and_spaces_are_normalised() -> None:
    assert normalise_text("„Nein“ \u2013 «nie»\u00a0\u00a0jetzt\u200b") == '"Nein" – "nie" jetzt'
    assert normalise_text("a\r\n\r\n\r\n\r\nb") == "a\n\nb"


def test_metadata_dates() -> None:
    assert metadata_date("2025-11-23T10:00:00Z") == "2025-11-23"
    assert metadata_date("Tue, 18 Feb 2025 12:00:00 GMT") == "2025-02-18"
    assert metadata_date("gestern") is None


def test_expand_sorts_and_dedupes(tmp_path: Path) -> None:
    files = expand([str(DATA), str(DATA / "*.txt")])
    assert files == sorted(files, key=str) and len(files) == len(set(files))
    with pytest.raises(ScenarioFileError):
        expand([str(tmp_path / "missing")])


# ----------------------------------------------------------------------------- hostile inputs

def _hostile(tmp_path: Path) -> dict[str, Path]:
    d = tmp_path / "hostile"
    d.mkdir()
    files = {
        "binary": d / "image.txt",
        "huge": d / "huge.txt",
        "utf8": d / "broken.txt",
        "html": d / "scripts.html",
        "empty": d / "empty.txt",
    }
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with files["huge"].open("wb") as fh:
        fh.seek(50 * 1024 * 1024)
        fh.write(b"x")
    files["utf8"].write_bytes("Verhandlungen in Genf über eine Waffenruhe".encode() + b"\xc3\x28\xff")
    files["html"].write_text("<html><body><script>while(1){}</script><style>p{}</style>"
                             "<script>document.cookie</script></body></html>", encoding="utf-8")
    files["empty"].write_bytes(b"")
    return files


@pytest.mark.parametrize(("kind", "needle"), [
    ("binary", "binary data"), ("huge", "MiB"), ("utf8", "invalid UTF-8 at byte"),
    ("html", "no text after removing markup"), ("empty", "an empty file")])
def test_hostile_input_gets_a_clear_message_and_leaves_the_store_intact(
        tmp_path: Path, kind: str, needle: str) -> None:
    files = _hostile(tmp_path)
    code, _, _ = run("ingest", str(DATA / "en_talks.txt"))
    assert code == 0
    code, before, _ = run("stances", "--json")
    code, _, stderr = run("ingest", str(files[kind]))
    assert code == 2
    assert needle in stderr and files[kind].name in stderr
    assert "Traceback" not in stderr
    code, after, _ = run("stances", "--json")
    assert before == after
    _, check, _ = run("ingest", str(DATA / "en_talks.txt"), "--json")
    assert json.loads(check)["duplicates"] == 1


def test_hostile_files_in_a_folder_do_not_stop_the_good_ones(tmp_path: Path) -> None:
    files = _hostile(tmp_path)
    good = files["binary"].parent / "good.txt"
    good.write_text((DATA / "de_runde.txt").read_text(encoding="utf-8"), encoding="utf-8")
    code, stdout, _ = run("ingest", str(good.parent), "--json")
    summary = json.loads(stdout)
    assert code == 2
    assert summary["added"] == 1 and len(summary["rejected"]) == 5


def test_the_summary_counts_every_refused_file(tmp_path: Path) -> None:
    """An empty or binary file was listed as "skipped:" while the summary line above it said
    "0 not articles" and nothing else: the count of refused inputs was missing."""
    files = _hostile(tmp_path)
    code, out, err = run("ingest", str(files["empty"]), str(files["binary"]))
    assert code == 2
    assert "0 not articles, 2 other inputs refused (listed below)," in " ".join(out.split())
    assert err.count("skipped:") == 2
    code, out, _ = run("ingest", str(DATA / "en_talks.txt"))
    assert code == 0 and "refused" not in out


def test_undated_articles_are_named_with_the_fix(tmp_path: Path) -> None:
    """A text article with no dateline was stored silently with its date unknown, so its
    events showed '?' in the timeline with no hint why or how to give the date."""
    body = ("Unterhändler beider Seiten trafen sich am Dienstag erneut zu Gesprächen über eine "
            "Waffenruhe. Ein Ergebnis gab es nach Angaben der Delegationen zunächst nicht. Die "
            "nächste Runde soll in der kommenden Woche stattfinden, hieß es aus Verhandlungskreisen.\n")
    undated = tmp_path / "ohne_datum.txt"
    undated.write_text("Gespräche ohne Ergebnis\n\n" + body, encoding="utf-8")
    dated = tmp_path / "mit_datum.txt"
    dated.write_text("date: 2026-03-03\n\nGespräche ohne Ergebnis\n\n" + body.replace("erneut", "wieder"),
                     encoding="utf-8")
    code, out, _ = run("ingest", str(undated), str(dated), "--json")
    assert code == 0
    notes = [n for n in json.loads(out)["notes"] if "without a publication date" in n]
    assert len(notes) == 1 and notes[0].startswith("1 article without a publication date")
    assert "ohne_datum.txt" in notes[0] and "mit_datum.txt" not in notes[0]
    assert "'date: YYYY-MM-DD'" in notes[0]


def test_one_text_refused_as_no_article_reads_in_the_singular_and_points_below(tmp_path: Path) -> None:
    """The summary read "1 not articles," and only the other refusals said "(listed below)"."""
    short = tmp_path / "short.html"
    short.write_text("<html><body><p>Both delegations met again in Riyadh on Thursday.</p></body></html>",
                     encoding="utf-8")
    code, out, err = run("ingest", str(short), str(DATA / "en_talks.txt"))
    assert code == 2
    assert "1 not an article (listed below), 0 near-duplicates" in " ".join(out.split()), out
    assert "skipped:" in err
