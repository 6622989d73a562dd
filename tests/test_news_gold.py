"""Extraction quality on the seed articles against the gold annotations in ../shared/gold
(scored by the benchmark's own matching rules; skipped where ../shared is absent)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_extraction", REPO / "benchmarks" / "extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quality_targets_on_the_gold(shared_dir: Path, bench: ModuleType) -> None:
    q = bench.quality(shared_dir)
    s = q["scores"]
    assert s["events"]["f1"] >= 0.80
    assert s["stances"]["f1"] >= 0.70
    assert s["figures"]["f1"] >= 0.90
    assert q["alias_accuracy"] >= 0.95
    # the keyword baseline measured in the same run is clearly worse
    assert s["stances"]["f1"] > s["baseline stances"]["f1"] + 0.3


def test_every_gold_anchor_is_found_in_its_seed(shared_dir: Path) -> None:
    import json

    for gold in sorted((shared_dir / "gold").glob("*.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        text = (shared_dir / "seeds" / f"{data['doc']}.txt").read_text(encoding="utf-8")
        for item in data["events"] + data["stances"] + data["figures"]:
            assert item["anchor"] in text


def test_seed_header_dates(shared_dir: Path) -> None:
    from accord.news.ingest import read_path

    dates = {p.stem[:3]: next(iter(read_path(p))).published
             for p in sorted((shared_dir / "seeds").glob("*.txt"))}
    assert dates == {"000": None, "001": None, "002": "2025-05", "003": "2025-12-03", "004": None}
