"""The own labelled stance sentences (tools/data/stance_sentences.jsonl) the stance polarity model
learns from: their schema, their balance (German and English in equal measure, about 40 % taking
no position) and that the file is what tools/make_stance_sentences.py composes."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tools" / "data" / "stance_sentences.jsonl"
POLARITIES = {"demand", "reject", "accept", "support", "propose", "conditional"}
ACTORS = {"RUS", "UKR", "USA", "EUR"}


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def test_schema() -> None:
    from accord.news.extract import patterns

    issues = set(patterns()["issues"])
    rows = _rows()
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"id", "lang", "text", "frame", "stances"}, r
        assert r["lang"] in ("de", "en") and r["text"].strip() == r["text"] and r["text"]
        assert "{" not in r["text"] and "}" not in r["text"], r["text"]  # every slot filled
        for s in r["stances"]:
            assert set(s) == {"actor", "issue", "polarity", "red_line"}, r
            assert s["actor"] in ACTORS and s["issue"] in issues and s["polarity"] in POLARITIES, r
            assert s["red_line"] is False or s["polarity"] == "reject", r


def test_balance() -> None:
    rows = _rows()
    assert len(rows) >= 1500
    langs = Counter(r["lang"] for r in rows)
    assert abs(langs["de"] - langs["en"]) <= 0.1 * len(rows)
    none = sum(not r["stances"] for r in rows) / len(rows)
    assert 0.3 <= none <= 0.5
    pols = Counter(s["polarity"] for r in rows for s in r["stances"])
    assert set(pols) == POLARITIES and min(pols.values()) >= 100


def test_file_is_what_the_tool_composes() -> None:
    spec = importlib.util.spec_from_file_location("make_stance_sentences",
                                                  REPO / "tools" / "make_stance_sentences.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    composed = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in tool.compose())
    assert composed == DATA.read_text(encoding="utf-8")
