"""Bounded work per token and per sentence: hostile articles (a run of 20,000 commas, brackets
or angle brackets, a sentence ending in a 100,000-letter word) are read in pieces, with a
warning naming the file and the offset, instead of stalling an ingest for minutes. The time
figures are in benchmarks/ingest_hostile.py; these tests pin the mechanism that makes the work
linear: no token and no sentence the rules see is longer than the bound."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.news.bounds import MAX_RUN, MAX_SENTENCE, break_runs, long_stretches, split_long
from accord.news.extract import _nlp, extract, sentences
from accord.news.ingest import read_path
from tests.cli import run

LEAD = "Die Ukraine lehnt einen Verzicht auf die Nato-Mitgliedschaft ab. "


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))


@given(st.text(alphabet=st.sampled_from(list("ab,[<- \n.")), max_size=800))
def test_break_runs_keeps_length_and_bounds_every_run(text: str) -> None:
    broken = break_runs(text)
    assert len(broken) == len(text)
    assert all(len(run) <= MAX_RUN for run in broken.split())
    # only characters inside over-long runs change, and only into spaces
    assert all(a == b or b == " " for a, b in zip(text, broken, strict=True))


def test_ordinary_text_is_untouched() -> None:
    text = LEAD + "Quelle: https://www.example.org/politik/ukraine-russland-gespraeche-genf-2025.html"
    assert break_runs(text) is text
    assert long_stretches(text) is None


@given(st.integers(0, 7000), st.sampled_from([" ", "x"]))
def test_split_long_covers_the_span_in_bounded_pieces(n: int, filler: str) -> None:
    text = ("Wort " if filler == " " else "x") * n
    pieces = split_long(0, len(text.rstrip()), text)
    assert all(0 < b - a <= MAX_SENTENCE for a, b in pieces)
    assert "".join(text[a:b] for a, b in pieces).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("char", [",", "[", "<"])
def test_a_long_punctuation_run_reaches_the_tokenizer_in_pieces(char: str) -> None:
    text = break_runs(LEAD + char * 20_000 + " Ende.")
    tokens = _nlp("de").make_doc(text)
    assert max(len(t.text) for t in tokens) <= MAX_RUN
    assert all(b - a <= MAX_SENTENCE for a, b in sentences(text, "de"))


def test_a_sentence_ending_in_a_huge_word_is_cut_and_the_stance_before_it_kept() -> None:
    text = LEAD + "Russland verlangt laut Lawrow den Abzug aus dem Donbass " + "x" * 100_000 + "."
    ex = extract(text, "huge", "2025-06-01")
    assert any(s.actor == "UKR" and s.issue == "alliance.nato" and s.polarity == "reject"
               for s in ex.stances)
    assert all(0 <= s.start < s.end <= len(text) for s in ex.stances)


def test_ingest_warns_with_file_and_offset_and_stores_the_article(tmp_path: Path) -> None:
    f = tmp_path / "commas.txt"
    f.write_text(LEAD + "," * 20_000 + " Ende.", encoding="utf-8")
    code, out, _ = run("ingest", str(f), "--json")
    data = json.loads(out)
    assert code == 0
    assert data["added"] == 1
    assert f"warning: {f}: offset {len(LEAD)}: a run of 20,000 characters without a space; extraction " \
           f"reads it in pieces of {MAX_RUN} characters" in data["notes"]


def test_a_long_sentence_without_an_end_is_named_in_a_warning(tmp_path: Path) -> None:
    f = tmp_path / "s.jsonl"
    f.write_text(json.dumps({"text": LEAD + "und weiter " * 400}) + "\n", encoding="utf-8")
    [article] = read_path(f)
    assert article.warnings == (
        f"{f}#1: offset {len(LEAD)}: 4,399 characters without a sentence end; extraction reads them in "
        f"sentences of at most {MAX_SENTENCE:,} characters",)
