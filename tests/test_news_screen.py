"""`accord ingest` refuses what is not an article (accord.news.screen): too short, no sentence,
binary, logs and terminal dumps, accord's own export files and --json dumps; each with its
reason, counted in the summary, nothing stored. Real articles are all accepted."""

from __future__ import annotations

import json
import random
import textwrap
from pathlib import Path

import pytest

from accord.news.normalise import normalise_text
from accord.news.screen import MIN_CHARS, refusal
from accord.store import Store
from tests.cli import run

ARTICLE = (
    "Vertreter Russlands und der Ukraine sind am Freitag in Istanbul zu direkten Gesprächen "
    "zusammengekommen. Es war das erste Treffen dieser Art seit dem Frühjahr 2022. Nach Angaben "
    "der türkischen Gastgeber dauerte die Sitzung knapp zwei Stunden. Beide Seiten vereinbarten "
    "einen Austausch von jeweils tausend Gefangenen; über eine Waffenruhe gab es keine Einigung.")


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)


def _log() -> str:
    return "\n".join(f"2025-06-0{i % 9 + 1} 12:{i:02d}:01,123 INFO accord.store: wrote batch {i} "
                     "of 40 documents to the store after waiting for the lock" for i in range(30))


def _terminal_table() -> str:
    rows = "\n".join(f"│ 2025-0{i}-1{i} │ round │ Genf   │ RUS,UKR │ ohne Ergebnis │" for i in
                     range(1, 9))
    return ("┏━━━━━━━━━━━━┳━━━━━━━┳━━━━━━━━┳━━━━━━━━━┳━━━━━━━━━━━━━━━┓\n"
            "┃ date       ┃ kind  ┃ place  ┃ parties ┃ outcome       ┃\n" + rows +
            "\n└────────────┴───────┴────────┴─────────┴───────────────┘\n")


def _shell() -> str:
    return ("$ accord ingest articles/ --workers 2\ningested: 12 articles from 12 files\n"
            "$ accord timeline --since 2025 --kind round\nnews timeline (3 events)\n"
            "$ ls -la articles/\ntotal 12\n$ echo done\ndone\n") * 2


def _traceback() -> str:
    return ('Traceback (most recent call last):\n  File "/usr/lib/python3.11/runpy.py", line 198, '
            'in _run_module_as_main\n    return _run_code(code, main_globals, None)\n  File '
            '"/x/accord/cli/app.py", line 12, in main\n    run()\n  File "/x/typer/main.py", line '
            "311, in __call__\n    raise e\nValueError: the model could not be read from the file "
            "that was given on the command line\n")


def _numbers() -> str:
    r = random.Random(1)
    return "actor,capability,position,salience\n" + "\n".join(
        f"A{i},{r.random():.3f},{r.random() * 100:.1f},{r.random():.2f}" for i in range(40))


def _ansi() -> str:
    return ("\x1b[1;31mERROR\x1b[0m the task failed in the module while it was running\n"
            "\x1b[32mok\x1b[0m all tests passed in the suite this time around again\n"
            "\x1b[33mwarn\x1b[0m a deprecated call to the old function was made here\n") * 2


@pytest.mark.parametrize(("text", "reason"), [
    ("Kurzmeldung: Gespräche in Genf.", "only 31 characters of text (an article has at least 200)"),
    (("Ukraine Russland Verhandlungen Genf Istanbul Riad Waffenruhe Gefangenenaustausch "
      "Sanktionen ") * 4, "no sentence (no run of 4 or more words ending in '.', '!' or '?')"),
    (_numbers(), "mostly digits and symbols (9 % letters; prose has over 55 %)"),
    (_log(), "a log, terminal dump or table (30 of 30 lines are log entries, prompts or table "
             "rows)"),
    (_terminal_table(), "a log, terminal dump or table (11 of 11 lines are log entries, prompts "
                        "or table rows)"),
    (_shell(), "a log, terminal dump or table (8 of 16 lines are log entries, prompts or table "
               "rows)"),
    (_traceback(), "a log, terminal dump or table (4 of 8 lines are log entries, prompts or table "
                   "rows)"),
    (_ansi(), "a log, terminal dump or table (6 of 6 lines are log entries, prompts or table "
              "rows)"),
])
def test_refusal_reasons(text: str, reason: str) -> None:
    assert refusal(normalise_text(text)) == reason


def test_an_article_passes() -> None:
    assert len(ARTICLE) >= MIN_CHARS
    assert refusal(normalise_text(ARTICLE)) is None


def test_seeds_and_corpus_articles_are_all_accepted(shared_dir: Path) -> None:
    """As they are and hard-wrapped at 72 columns (as in plain-text newsletters)."""
    files = sorted((shared_dir / "seeds").glob("*.txt"))
    files += sorted((shared_dir / "corpus" / "articles").glob("*.txt"))
    assert len(files) >= 5
    refused = {}
    for f in files:
        text = f.read_text(encoding="utf-8")
        wrapped = "\n\n".join(textwrap.fill(p, 72) for p in text.split("\n\n"))
        for name, variant in ((f.name, text), (f"{f.name} wrapped at 72", wrapped)):
            refused[name] = refusal(normalise_text(variant))
    assert {k: v for k, v in refused.items() if v} == {}


def _ingest(*paths: str) -> tuple[int, dict[str, object], str]:
    code, out, err = run("ingest", *paths, "--json")
    return code, json.loads(out), err


def test_ingest_refuses_each_non_article_with_its_reason(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "log.txt").write_text(_log(), encoding="utf-8")
    (folder / "table.txt").write_text(_terminal_table(), encoding="utf-8")
    (folder / "rows.jsonl").write_text(
        json.dumps({"text": "Gespräche in Genf vertagt"}) + "\n"
        + json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    (folder / "blob.txt").write_bytes(bytes(random.Random(2).randrange(256) for _ in range(4000)))
    code, data, _ = _ingest(str(folder))
    assert code == 2
    assert (data["added"], data["duplicates"], data["not_articles"]) == (1, 1, 3)
    problems = {Path(r["source"]).name: r["problem"] for r in data["rejected"]}  # type: ignore[union-attr]
    assert problems["log.txt"].startswith("found not an article: a log, terminal dump or table")
    assert problems["rows.jsonl#1"] == (
        "found not an article: only 25 characters of text (an article has at least 200); "
        "expected a news article (at least 200 characters of prose in sentences). Fix: pass "
        "only articles; nothing was stored for this one")
    assert "blob.txt" in problems
    assert Store().counts()["documents"] == 1
    assert Store().counts()["provenance"] == 2  # good.txt and the second row of rows.jsonl


def test_ingest_refuses_accords_own_export_and_json_dumps(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    assert _ingest(str(tmp_path / "good.txt"))[0] == 0
    assert run("export", "out", "--format", "jsonl")[0] == 0
    code, out, _ = run("evidence", Store().query("SELECT id FROM documents")[0]["id"], "--json")
    assert code == 0
    (tmp_path / "evidence.json").write_text(out, encoding="utf-8")
    before = Store().counts()
    code, data, _ = _ingest("out", str(tmp_path / "evidence.json"))
    assert code == 2 and data["added"] == 0
    reasons = {Path(r["source"]).name: r["problem"] for r in data["rejected"]}  # type: ignore[union-attr]
    assert reasons["documents.jsonl#1"].startswith(
        "found not an article: a row of accord's news store (an `accord export` documents file)")
    assert reasons["provenance.jsonl#1"].startswith(
        "found not an article: a row of accord's news store (an `accord export` provenance file)")
    assert reasons["evidence.json"].startswith(
        "found not an article: accord's evidence output (`accord evidence --json`)")
    assert Store().counts() == before


def test_terminal_output_of_accord_is_refused(tmp_path: Path) -> None:
    code, out, _ = run("conflict")
    assert code == 0
    (tmp_path / "conflict.txt").write_text(out, encoding="utf-8")
    code, data, _ = _ingest(str(tmp_path / "conflict.txt"))
    assert code == 2 and data["not_articles"] == 1 and data["added"] == 0


_CONTENT_TEXT = (
    "Fenster Brücke yellow Garten harbour Kerze sailing Treppe velvet Mühle orchard Spiegel "
    "lantern Wolke biscuit Ziegel compass Flöte meadow Schraube pencil Tinte violin Kiesel "
    "blanket Laterne thunder Pinsel marble Schlitten pepper Anker ribbon Mantel glacier Feder "
    "saddle Teppich crystal Rinde lemon Stiefel puzzle Hafen walnut Käfer canyon Zange feather "
    "Birne cotton Glocke meadowlark Sattel pebble Trommel ginger Koffer window Nebel tulip")
_CONTENT_WORDS = _CONTENT_TEXT.split()


def _random_words(n: int, seed: int = 3) -> str:
    """Content words at random, dressed as sentences (capitals, full stops, paragraphs)."""
    r = random.Random(seed)
    words = [r.choice(_CONTENT_WORDS) for _ in range(n)]
    sentences = [" ".join(words[i:i + 11]).capitalize() + "." for i in range(0, n, 11)]
    return "\n\n".join(" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5))


FRENCH = (
    "Les négociateurs se sont retrouvés mardi à Genève pour une nouvelle série de discussions sur "
    "un éventuel cessez-le-feu. Selon plusieurs diplomates, les deux délégations ont échangé des "
    "propositions écrites, mais aucun accord n'a été annoncé à la fin de la journée. Une autre "
    "rencontre pourrait avoir lieu le mois prochain, a indiqué un porte-parole.")


@pytest.mark.parametrize("text", [_random_words(60), _random_words(3000), FRENCH])
def test_random_words_and_other_languages_are_not_german_or_english_news(text: str) -> None:
    reason = refusal(normalise_text(text))
    assert reason is not None and reason.startswith("not a news report in German or English (only ")
    assert "function words" in reason


def test_an_english_article_and_a_mixed_one_pass() -> None:
    english = ("Negotiators from Russia and Ukraine met in Geneva on Tuesday for a second day of "
               "talks, officials said. The delegations worked in separate groups on military and "
               "political questions, and the United States acted as mediator. No agreement was "
               "announced, but both sides said they would meet again within two weeks.")
    assert refusal(normalise_text(english)) is None
    assert refusal(normalise_text(ARTICLE + "\n\n" + english)) is None


def test_a_short_report_with_header_teasers_and_credit_is_no_listing() -> None:
    """A wire report of three long paragraphs under accord's header lines, a headline, three
    teaser bullets and a photo credit has most of its lines short but not its text."""
    text = "\n".join([
        "url: https://example.org/news/2026/geneva-day-two", "date: 2026-02-18",
        "Verhandlungen in Genf gehen weiter",
        "• Zweiter Verhandlungstag in Genf", "• Getrennte Gruppen für Politik und Militär",
        "• Vermittlung durch die USA", "Foto: Agentur / Archiv",
        ARTICLE, ARTICLE.replace("Freitag", "Samstag"), ARTICLE.replace("Istanbul", "Genf")])
    assert refusal(normalise_text(text)) is None


def test_ingest_of_random_words_stores_nothing_and_says_why(tmp_path: Path) -> None:
    junk = tmp_path / "words.txt"
    junk.write_text(_random_words(3000), encoding="utf-8")
    store = tmp_path / "new.duckdb"
    code, out, err = run("ingest", str(junk), "--store", str(store))
    assert code == 2
    shown = " ".join(err.split())
    assert f"skipped: {junk}: found not an article: not a news report in German or English" in shown
    assert "Fix: pass the article's own text in German or English" in shown
    assert "0 figures" in " ".join(out.split())
    assert not store.exists()  # nothing stored: no store written at all
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    code, data, _ = _ingest(str(junk), str(tmp_path / "good.txt"))
    assert code == 2 and (data["added"], data["not_articles"]) == (1, 1)
    assert Store().counts()["documents"] == 1
