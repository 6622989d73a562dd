"""Train the stance polarity model (src/accord/news/data/stance_model.json).

    python tools/train_stance_model.py [--shared ../shared] [--out FILE] [--cv]

Training data: the own labelled sentences of tools/data/stance_sentences.jsonl (written for this
project, see tools/make_stance_sentences.py; the first stance's polarity, or `none`) and the real
sentences of the `dev` split of ../shared/corpus (never `test`) and the seeds (../shared/gold):
a sentence with a gold stance gives its most frequent polarity, a sentence with none whose words
name an issue of the taxonomy (the rules' issue cues) gives `none`. Features are those of
`accord.news.stance_model.features`. One multinomial L2-regularised logistic regression
(scikit-learn, lbfgs, C = 1, balanced class weights); features seen fewer than `MIN_COUNT` times
are left out and weights are rounded, so the file stays small. Deterministic: same data, same
file (tests/test_news_stance_model.py retrains and compares byte for byte). `--cv` prints the
accuracy of a model trained on the own sentences alone on the real sentences, per class.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

SHIPPED = REPO / "src" / "accord" / "news" / "data" / "stance_model.json"
SENTENCES = REPO / "tools" / "data" / "stance_sentences.jsonl"
CLASSES = ("none", "demand", "reject", "accept", "support", "propose", "conditional")
MIN_COUNT = 3
C = 1.0
VETO = 0.7  # the probability of `none` above which find_stances drops the rules' stance


def own_examples(path: Path = SENTENCES) -> list[tuple[str, str, str]]:
    """(lang, text, label) of the own labelled sentences."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        out.append((r["lang"], r["text"], r["stances"][0]["polarity"] if r["stances"] else "none"))
    return out


def real_examples(shared: Path, parts: tuple[str, ...] = ("cdev", "seeds")) -> list[tuple[str, str, str]]:
    """(lang, text, label) of the sentences of the corpus dev split and the seeds that have a gold
    stance (its most frequent polarity) or name an issue without one (`none`)."""
    from extraction import load_corpus

    from accord.news.extract import analyse, patterns
    from accord.news.normalise import split_header

    P = patterns()
    docs: list[tuple[str, str | None, list[tuple[int, int, str]]]] = []
    for d in load_corpus(shared / "corpus") if "cdev" in parts else ():
        if d["split"] == "dev":
            docs.append((d["body"], d["published"],
                         [(g["where"][0], g["where"][1], g["polarity"]) for g in d["gold"]["stances"]]))
    for gold_file in sorted((shared / "gold").glob("*.json")) if "seeds" in parts else ():
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (shared / "seeds" / f"{gold['doc']}.txt").read_text(encoding="utf-8")
        spans = []
        for g in gold["stances"]:
            a = text.find(g["anchor"])
            if a >= 0:
                spans.append((a, a + len(g["anchor"]), g["polarity"]))
        docs.append((text, split_header(text).published, spans))
    out = []
    for text, published, spans in docs:
        lang, _, _, sents = analyse(text, published)
        for s in sents:
            pols = Counter(p for a, b, p in spans if a < s.end and s.start < b)
            if pols:
                label = sorted(pols.items(), key=lambda kv: (-kv[1], CLASSES.index(kv[0])))[0][0]
            elif any(rx.search(s.text) for spec in P["issues"].values() for rx in spec["cues"]):
                label = "none"
            else:
                continue
            out.append((lang, s.text, label))
    return out


def fit(data: list[tuple[str, str, str]]) -> dict[str, Any]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from accord.news.stance_model import features

    feats = [features(text, lang) for lang, text, _ in data]
    counts = Counter(f for fs in feats for f in fs)
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    X = np.zeros((len(data), len(names)))
    for r, fs in enumerate(feats):
        for f in fs:
            if f in index:
                X[r, index[f]] = 1.0
    y = np.array([CLASSES.index(label) for _, _, label in data])
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=3000)
    clf.fit(X, y)
    present = [CLASSES[k] for k in clf.classes_]
    weights = {}
    for i, f in enumerate(names):
        w = [round(float(clf.coef_[k][i]), 2) for k in range(len(present))]
        if max(abs(v) for v in w) >= 0.05:
            weights[f] = w
    return {"classes": present, "intercepts": [round(float(v), 3) for v in clf.intercept_],
            "veto": VETO, "weights": weights}


def train(shared: Path) -> dict[str, Any]:
    """The model as the shipped file holds it."""
    own = own_examples()
    real = real_examples(shared)
    model = fit(own + real)
    by = Counter(label for _, _, label in own + real)
    return {"trained_on": "tools/data/stance_sentences.jsonl + corpus dev split + seed gold",
            "examples": {"own": len(own), "real": len(real),
                         "per_class": {c: by[c] for c in CLASSES}},
            **model}


def dump(model: dict[str, Any]) -> str:
    return json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def cross_check(shared: Path) -> None:
    """Trained on the own sentences alone, how the model labels the real sentences."""
    from accord.news.stance_model import features, probabilities

    m = fit(own_examples())
    real = real_examples(shared)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for lang, text, label in real:
        probs = probabilities(features(text, lang), m)
        guess = max(probs, key=lambda c: probs[c])
        total[label] += 1
        right[label] += guess == label
    for c in CLASSES:
        print(f"{c:<12} {right[c]:>4} / {total[c]:<4}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=SHIPPED)
    ap.add_argument("--cv", action="store_true")
    a = ap.parse_args()
    if a.cv:
        cross_check(a.shared)
        return
    model = train(a.shared)
    a.out.write_text(dump(model), encoding="utf-8")
    print(f"{len(model['weights'])} features, {model['examples']} -> {a.out}")


if __name__ == "__main__":
    main()
