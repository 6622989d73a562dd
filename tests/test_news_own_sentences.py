"""The own labelled sentences (tools/data/event_sentences.jsonl, built by tools/own_sentences.py
from the frames in tools/data): their schema, their balance, that the frames rebuild them byte for
byte, that each is one sentence to the splitter, and that none repeats a run of eight words of a
seed or corpus article."""

from __future__ import annotations

import collections
import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tools" / "data" / "event_sentences.jsonl"
KINDS = {"round", "summit", "partial_agreement", "statement_of_intent", "claim", "pledge",
         "postponement", "poll"}


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location("own_sentences", REPO / "tools" / "own_sentences.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_line_has_the_schema() -> None:
    for row in _rows():
        assert list(row) == ["lang", "text", "kinds", "published"], row
        assert row["lang"] in ("de", "en")
        text = row["text"]
        assert isinstance(text, str) and text == text.strip() and "\n" not in text and len(text) > 10
        assert "{" not in text and "}" not in text, text  # every slot filled
        assert row["kinds"] == sorted(set(row["kinds"])) and set(row["kinds"]) <= KINDS, row
        assert re.fullmatch(r"20\d\d-\d\d-\d\d", row["published"])


def test_the_sentences_are_many_balanced_and_distinct() -> None:
    rows = _rows()
    assert len(rows) >= 2000
    assert len({r["text"] for r in rows}) == len(rows)
    by_lang = collections.Counter(r["lang"] for r in rows)
    assert abs(by_lang["de"] - by_lang["en"]) <= 0.05 * len(rows)
    negatives = sum(not r["kinds"] for r in rows)
    assert 0.4 * len(rows) <= negatives <= 0.6 * len(rows)
    for lang in ("de", "en"):
        counts = collections.Counter(k for r in rows if r["lang"] == lang for k in r["kinds"])
        assert set(counts) == KINDS, lang
        for kind in ("round", "summit", "partial_agreement", "statement_of_intent", "claim"):
            assert counts[kind] >= 60, (lang, kind)


def test_the_frames_rebuild_the_file() -> None:
    tool = _tool()
    assert tool.dumps(tool.build()) == DATA.read_text(encoding="utf-8")


def test_each_own_sentence_is_one_sentence() -> None:
    from accord.news.extract import analyse

    for row in _rows():
        _, _, _, sents = analyse(row["text"], row["published"], language=row["lang"])
        assert len(sents) == 1, row["text"]


def test_no_run_of_eight_words_from_an_article(shared_dir: Path) -> None:
    word = re.compile(r"\w+")

    def runs(text: str) -> set[tuple[str, ...]]:
        words = [w.lower() for w in word.findall(text)]
        return {tuple(words[i:i + 8]) for i in range(len(words) - 7)}

    articles = sorted((shared_dir / "seeds").glob("*.txt"))
    articles += sorted((shared_dir / "corpus" / "articles").glob("*.txt"))
    if not articles:
        pytest.skip("no articles in ../shared")
    taken: set[tuple[str, ...]] = set()
    for path in articles:
        taken |= runs(path.read_text(encoding="utf-8"))
    frames = [line for lang in ("de", "en") for line in
              (REPO / "tools" / "data" / f"event_frames_{lang}.txt").read_text(encoding="utf-8").splitlines()]
    for text in [r["text"] for r in _rows()] + frames:
        assert not runs(text) & taken, text


def test_lexical_features_are_lemmas_outside_names() -> None:
    from accord.news.extract import analyse

    spec = importlib.util.spec_from_file_location("train_event_model",
                                                  REPO / "tools" / "train_event_model.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    _, _, _, (de,) = analyse("Die Unterhändler kündigten am Montag in Genf weitere Gespräche an.",
                             "2025-11-20", language="de")
    feats = tool.lexical(de, "de")
    assert {"lem:unterhändler", "lem:ankündigen", "lem:gespräch"} <= feats
    assert not {"lem:genf", "lem:genfer"} & feats  # a place is a name: has:place, not a lemma
    _, _, _, (en,) = analyse("Lavrov and Rubio talked by phone on Tuesday.", "2025-11-20", language="en")
    feats = tool.lexical(en, "en")
    assert {"lem:talk", "lem:phone"} <= feats and "lem:lavrov" not in feats
