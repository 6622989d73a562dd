"""Annotated articles with the spans and kinds of their gold events, for the tools that learn or
score event sentences (`train_event_model.py`, `sentence_detection.py`).

Each article is a `Doc`: (name, text, publication day, [(start, end, kind), ...] of its gold
events). A folder laid out like ../shared/corpus gives each event's evidence span (`where`); a
seed annotation (../shared/gold, text in ../shared/seeds) gives an anchor phrase, whose first
occurrence in the text is the span.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO / "src", REPO / "benchmarks"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

Doc = tuple[str, str, str | None, list[tuple[int, int, str]]]


def corpus_docs(folder: Path, split: str | None = None) -> list[Doc]:
    """The articles of an annotated folder laid out like ../shared/corpus (only those of `split`
    when given), in the benchmark's order (`extraction.load_corpus`)."""
    from extraction import load_corpus  # the benchmark's corpus reader

    return [(d["name"], d["body"], d["published"],
             [(e["where"][0], e["where"][1], e["kind"]) for e in d["gold"]["events"]])
            for d in load_corpus(folder) if split is None or d["split"] == split]


def seed_docs(shared: Path) -> list[Doc]:
    """The seed articles of `shared` (../shared) with the spans of their gold events' anchors, in
    the order of the gold files' names. An anchor not in the text is left out (with a note on
    stderr): `find` gives -1 there, and a span from -1 would label the wrong sentence."""
    from accord.news.normalise import split_header

    out: list[Doc] = []
    for gold_file in sorted((shared / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (shared / "seeds" / f"{gold['doc']}.txt").read_text(encoding="utf-8")
        spans = []
        for e in gold["events"]:
            a = text.find(e["anchor"])
            if a < 0:
                print(f"{gold['doc']}: an event anchor is not in the text; left out", file=sys.stderr)
                continue
            spans.append((a, a + len(e["anchor"]), e["kind"]))
        out.append((gold["doc"], text, split_header(text).published, spans))
    return out
