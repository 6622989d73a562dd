"""tools/sentence_detection.py on two small annotated folders of our own sentences."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_TEXTS = {
    "t1": ["Die Delegationen trafen sich am Montag in Genf.", "Das Wetter war mild."],
    "t2": ["Russland und die Ukraine tauschten am Samstag je 90 Gefangene aus.", "Es regnete."],
    "t3": ["The delegations met in Geneva on Tuesday.", "Kyiv accused Moscow of shelling Kherson."],
    "s1": ["The negotiators met in Istanbul on Monday.", "The weather was mild."],
}
_KINDS = {"t1": ["round", None], "t2": ["partial_agreement", None], "t3": ["round", "claim"],
          "s1": ["round", None]}


def _folder(root: Path, names: list[str]) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "gold").mkdir()
    for name in names:
        body = "\n".join(_TEXTS[name])
        (root / "articles" / f"{name}.txt").write_text(
            f"url: https://example.org/{name}\ndate: 2025-06-04\n\n{body}", encoding="utf-8")
        events, at = [], 0
        for sentence, kind in zip(_TEXTS[name], _KINDS[name], strict=True):
            if kind is not None:
                events.append({"kind": kind, "date_start": None, "date_end": None, "place": None,
                               "where": [at, at + len(sentence)],
                               "sentence_sha1": hashlib.sha1(sentence.encode()).hexdigest()})
            at += len(sentence) + 1
        gold = {"events": events, "stances": [], "figures": [], "aliases": {}}
        (root / "gold" / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")
    return root


def test_compares_learned_detectors_with_the_extractor(tmp_path: Path) -> None:
    train = _folder(tmp_path / "train", ["t1", "t2", "t3"])
    test = _folder(tmp_path / "test", ["s1"])
    out = subprocess.run([sys.executable, str(REPO / "tools/sentence_detection.py"), "--train", str(train),
                          "--test", str(test)], capture_output=True, text=True, check=True).stdout
    assert out.startswith("3 training articles, 1 test articles")
    # the round of the test article is the only gold sentence, and the extractor finds it
    assert "the extractor's rules and kind model as shipped   : P 1.000 R 1.000 F1 1.000 (1 right, " \
           "0 wrong, 0 missed)" in out, out
    assert out.count("rules or model") == 12 and "kind-model features and lemmas" in out


def test_refuses_an_article_both_trained_and_tested_on(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "a", ["t1", "s1"])
    bad = subprocess.run([sys.executable, str(REPO / "tools/sentence_detection.py"), "--train", str(folder),
                          "--test", str(folder)], capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "both the training and the test" in bad.stderr


def test_a_seed_anchor_not_in_the_text_is_left_out(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "tools"))
    import sentence_detection

    (tmp_path / "gold").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "s1.txt").write_text(
        "date: 2025-06-04\n\nDie Delegationen trafen sich am Montag in Genf.\nEs regnete.", encoding="utf-8")
    events = [{"anchor": "trafen sich am Montag", "kind": "round"},
              {"anchor": "nicht im Text", "kind": "claim"}]
    (tmp_path / "gold" / "s1.json").write_text(json.dumps({"doc": "s1", "events": events}), encoding="utf-8")
    [(_, text, _, spans)] = sentence_detection.seed_docs(tmp_path)
    assert spans == [(text.find("trafen"), text.find("trafen") + len("trafen sich am Montag"), "round")]
