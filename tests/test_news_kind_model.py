"""The shipped kind model (src/accord/news/data/event_model.json) is what tools/train_event_model.py
writes from the same data (corpus dev split + seed gold in ../shared) with today's features.

Training is deterministic (liblinear with a fixed random_state, weights rounded to 4 places, keys
sorted), so the comparison is exact: byte for byte. A failure means the features, the rules that
build them (places, dates, counts) or the training data changed since the file was written:
retrain with `python tools/train_event_model.py` and check the benchmark before committing the
new file. About 15 s (every dev and seed article is analysed), hence `slow`:
`pytest -m slow tests/test_news_kind_model.py`.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "src" / "accord" / "news" / "data" / "event_model.json"


def _tool() -> object:
    spec = importlib.util.spec_from_file_location("train_event_model",
                                                  REPO / "tools" / "train_event_model.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_shipped_kind_model_is_what_the_training_tool_writes(shared_dir: Path, tmp_path: Path) -> None:
    if not (shared_dir / "corpus" / "split.txt").is_file():
        pytest.skip("needs ../shared/corpus (the annotated development corpus) to retrain")
    tool = _tool()
    written = tmp_path / "event_model.json"
    written.write_text(tool.dumps(tool.train(shared_dir)), encoding="utf-8")  # type: ignore[attr-defined]
    trained = json.loads(written.read_text(encoding="utf-8"))
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    # Field by field first, so a failure says what moved.
    assert trained["features"] == shipped["features"]
    assert trained["examples"] == shipped["examples"]
    assert trained["trained_on"] == shipped["trained_on"]
    assert sorted(trained["kinds"]) == sorted(shipped["kinds"])
    for kind, mine in trained["kinds"].items():
        theirs = shipped["kinds"][kind]
        for key in ("positives", "threshold", "cv_sentence_f1", "intercept", "weights"):
            assert mine[key] == theirs[key], f"{kind}.{key}"
    assert written.read_text(encoding="utf-8") == SHIPPED.read_text(encoding="utf-8")


@pytest.mark.slow
def test_learning_curve_is_reproducible_and_grows_with_data(shared_dir: Path) -> None:
    if not (shared_dir / "corpus" / "split.txt").is_file():
        pytest.skip("needs ../shared/corpus (the annotated development corpus) to train on")
    tool = _tool()
    args = {"folds": 3, "repeats": 1, "fractions": (0.3, 1.0), "seed": 4}
    first = tool.learning_curve(shared_dir, **args)  # type: ignore[attr-defined]
    assert first == tool.learning_curve(shared_dir, **args)  # type: ignore[attr-defined]
    small, full = first
    assert small["articles"] < full["articles"]
    assert all(0.0 <= row[k] <= 1.0 for row in first for k in ("precision", "recall", "f1"))
    assert full["recall"] > small["recall"]  # more training articles find more event sentences


@pytest.mark.slow
def test_training_on_the_own_sentences_with_lemmas_is_deterministic(shared_dir: Path) -> None:
    if not (shared_dir / "corpus" / "split.txt").is_file():
        pytest.skip("needs ../shared/corpus (the annotated development corpus) to train on")
    tool = _tool()
    own = tool.OWN  # type: ignore[attr-defined]
    first = tool.dumps(tool.train(shared_dir, (), own, True))  # type: ignore[attr-defined]
    assert first == tool.dumps(tool.train(shared_dir, (), own, True))  # type: ignore[attr-defined]
    model = json.loads(first)
    assert model["trained_on"].endswith("own sentences (event_sentences.jsonl) + lemmas")
    assert any(f.startswith("lex:") for f in model["features"])  # (lemmas hashed: `lexical_hash`)
    # the own sentences are trained on, never held out: the thresholds and cross-validated F1 are
    # those of the annotated articles, and every kind has its positives from both
    assert model["kinds"]["poll"]["positives"] > 2
    assert not any(f.startswith("lex:") for f in json.loads(SHIPPED.read_text())["features"])
