"""Would a learned sentence classifier find events better than the rules? A comparison on
annotated folders that were not trained on.

    python tools/sentence_detection.py --train DIR[:split] ... --test DIR[:split] ... [--seeds]

Every sentence of an article is one example; its labels are the kinds of the gold events whose
evidence sentence (`where`) it overlaps. For each event kind, an L2-regularised logistic
regression (scikit-learn, liblinear, balanced class weights, fixed random state) is trained on
the `--train` folders (laid out like ../shared/corpus; `DIR:dev` takes one split) and, with
`--seeds`, the seed annotations of ../shared. Two feature sets are tried: the kind model's own
(`accord.news.kinds.features`: cue families, family pairs, sentence structure) and those plus
every lemma of three or more letters. On the `--test` folders it prints sentence-level micro
precision, recall and F1 over the kinds, for several regularisations and probability floors,
next to the extractor's own sentences (a sentence counts for a kind when an extracted event of
that kind overlaps it), and for the extractor combined with each model (its sentences plus the
model's confident ones; its sentences the model does not reject).

This scores detection only (kind and sentence), not dates and places, so it is an upper bound of
what a learned detector would add to the event F1. Deterministic: the same folders give the same
figures. Nothing here is shipped; the tool prints and writes nothing else.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tools"))

from annotated import Doc, corpus_docs, seed_docs  # noqa: E402  (the loader of annotated articles)

KINDS = ("round", "summit", "partial_agreement", "statement_of_intent", "claim", "pledge",
         "postponement")

Row = tuple[set[str], set[str], set[str]]  # features, gold kinds, the extractor's kinds


def folder_docs(spec: str) -> list[Doc]:
    """The articles of `DIR` or `DIR:split` with their gold events' sentences and kinds."""
    folder, _, split = spec.partition(":")
    return corpus_docs(Path(folder), split or None)


def rows(docs: list[Doc], lemmas: bool) -> list[Row]:
    from accord.news.extract import analyse, extract
    from accord.news.kinds import features, sentence_lemmas

    out: list[Row] = []
    for name, text, published, spans in docs:
        lang, _, _, sents = analyse(text, published)
        events = extract(text, name, published).events
        for s in sents:
            gold = {k for a, b, k in spans if a < s.end and s.start < b}
            found = {e.kind for e in events if e.start < s.end and s.start < e.end}
            feats = set(features(s, lang, published))
            if lemmas:
                feats |= {f"lem:{w}" for w in sentence_lemmas(s.text, lang) if len(w) > 2}
            out.append((feats, gold, found))
    return out


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} ({tp} right, {fp} wrong, {fn} missed)"


def compare(train_docs: list[Doc], test_docs: list[Doc], lemmas: bool) -> list[str]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    train, test = rows(train_docs, lemmas), rows(test_docs, lemmas)
    names = sorted({f for feats, _, _ in train for f in feats})
    index = {f: i for i, f in enumerate(names)}

    def design(data: list[Row]) -> Any:
        x = np.zeros((len(data), len(names)))
        for r, (feats, _, _) in enumerate(data):
            for f in feats:
                if f in index:
                    x[r, index[f]] = 1.0
        return x

    x_train, x_test = design(train), design(test)
    lines = [f"features: {'kind-model features and lemmas' if lemmas else 'kind-model features'} "
             f"({len(names)}; {len(train)} training sentences, {len(test)} test sentences)"]
    own = [0, 0, 0]
    for kind in KINDS:
        y = np.array([kind in g for _, g, _ in test])
        mine = np.array([kind in f for _, _, f in test])
        own[0] += int((mine & y).sum())
        own[1] += int((mine & ~y).sum())
        own[2] += int((~mine & y).sum())
    variants = [("model", t) for t in (0.5, 0.7, 0.9)] + [("rules or model", t) for t in (0.8, 0.95)] \
        + [("rules unless the model rejects", t) for t in (0.1, 0.2, 0.3)]
    for c in (0.1, 0.3, 1.0):
        counts = {v: [0, 0, 0] for v in variants}
        for kind in KINDS:
            y_train = np.array([kind in g for _, g, _ in train])
            y = np.array([kind in g for _, g, _ in test])
            mine = np.array([kind in f for _, _, f in test])
            if y_train.sum() < 2:
                for v in variants:
                    pred = mine if v[0] != "model" else np.zeros(len(test), dtype=bool)
                    counts[v][0] += int((pred & y).sum())
                    counts[v][1] += int((pred & ~y).sum())
                    counts[v][2] += int((~pred & y).sum())
                continue
            clf = LogisticRegression(C=c, class_weight="balanced", solver="liblinear",
                                     random_state=0).fit(x_train, y_train)
            p = clf.predict_proba(x_test)[:, 1]
            for v in variants:
                how, t = v
                pred = (p >= t) if how == "model" else (mine | (p >= t)) if how == "rules or model" \
                    else (mine & (p >= t))
                counts[v][0] += int((pred & y).sum())
                counts[v][1] += int((pred & ~y).sum())
                counts[v][2] += int((~pred & y).sum())
        for v in variants:
            lines.append(f"  C {c:<4} {v[0]:<31} at {v[1]:<4}: {_prf(*counts[v])}")
    lines.append(f"  the extractor's rules and kind model as shipped   : {_prf(*own)}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", action="append", default=[], metavar="DIR[:split]",
                    help="an annotated folder laid out like ../shared/corpus to train on")
    ap.add_argument("--test", action="append", default=[], metavar="DIR[:split]",
                    help="an annotated folder to score on (never one trained on)")
    ap.add_argument("--seeds", action="store_true", help="also train on the seed annotations")
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    args = ap.parse_args()
    if not args.test or not (args.train or args.seeds):
        ap.error("give --test and at least one of --train or --seeds")
    train_docs = [d for spec in args.train for d in folder_docs(spec)]
    if args.seeds:
        train_docs += seed_docs(Path(args.shared))
    test_docs = [d for spec in args.test for d in folder_docs(spec)]
    if {n for n, *_ in train_docs} & {n for n, *_ in test_docs}:
        ap.error("an article is in both the training and the test folders")
    print(f"{len(train_docs)} training articles, {len(test_docs)} test articles")
    for lemmas in (False, True):
        for line in compare(train_docs, test_docs, lemmas):
            print(line)


if __name__ == "__main__":
    main()
