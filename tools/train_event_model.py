"""Train the event-kind model (src/accord/news/data/event_model.json) on annotated data.

    python tools/train_event_model.py [--shared ../shared] [--extra DIR ...] [--out FILE]
    python tools/train_event_model.py --learning-curve [--extra DIR ...]
    python tools/train_event_model.py --own [--lexical] --out FILE   (an experiment, not shipped)
    python tools/train_event_model.py --derive [DIR ...] [--experiments --out FILE]
    python tools/train_event_model.py --external --out FILE          (an experiment, not shipped)

Training data: the `dev` split of ../shared/corpus (never `test`) and the seed annotations in
../shared/gold, plus the `dev` split of any further folder laid out like ../shared/corpus given
with `--extra` (an analyst's own annotated reporting; the shipped model uses none). Each
sentence of an article is one example; its labels are the kinds of the gold events whose
evidence sentence it overlaps. Features are those of `accord.news.kinds.features`
(cue families over lemmas, family pairs, sentence structure), so the model learns how much each
general cue counts, not which words one article used. One L2-regularised logistic regression per
kind (scikit-learn, liblinear, class weights balanced, fixed random_state); the threshold per
kind is chosen by leave-one-article-out cross-validation on the same data (the F1-best of
0.3-0.8), and the cross-validated F1 is printed. Deterministic: same data, same file
(tests/test_news_kind_model.py retrains with `train` and compares with the shipped file byte for
byte).

C = 0.5, balanced class weights and all three feature groups were checked by grouped
cross-validation (leave one training article out, never a random sentence split) and confirmed on
the two external sets the model never saw (xdev dev part, x2): events F1 with each training
article extracted by a model trained on the others (seeds-cv / cdev-cv) and on xdev / x2 with the
model trained on all, at the floor given:

    C 0.5 balanced, all features (shipped), floor 0.9   0.947 / 0.818 / 0.809 / 0.660
    C 1 balanced, floor 0.9                             0.947 / 0.826 / 0.803 / 0.653
    C 0.25 balanced, floor 0.9                          0.964 / 0.784 / 0.809 / 0.660
    C 2 balanced, floor 0.95                            0.964 / 0.810 / 0.809 / 0.660
    no family pairs, C 0.5 balanced, floor 0.9          0.947 / 0.735 / 0.803 / 0.649
    unweighted classes, C 1, floor 0.5                  0.964 / 0.724 / 0.806 / 0.692
    unweighted classes, C 5, floor 0.5                  0.964 / 0.818 / 0.809 / 0.653

No variant is better on the cross-validated corpus and both external sets together (unweighted
classes gain on x2 only by making almost no learned events, which costs the held-out corpus
articles a tenth of their F1); without the structure features (has:, is:) the sentence-level
ranking is far worse in cross-validation. So the training stays as it is.

`--own` adds the project's own labelled sentences (tools/data/event_sentences.jsonl, built by
tools/own_sentences.py: 2,516 German and English sentences, 1,156 without an event) to every
training set (they are never held out: the thresholds are still chosen on the annotated articles
alone); `--lexical` adds the lemmas of the sentence's words outside names as features
(`lem:verhandeln`, `lexical`). Twelfth session: with both, the cross-validated sentence F1
printed per kind rises (claims 0.377 -> 0.605, statements of intent 0.328 -> 0.453, summits 0.250
-> 0.500), but extraction does not (tools/kind_model_cv.py, leave one article out): a model
trained with them in place of today's loses events on the held-out corpus articles (cdev-cv 0.850
-> 0.684 with lemmas, 0.803 without), and as a second opinion where today's model finds nothing
it matches no more validation events (docs/news.md, learned event kinds). The shipped model is
trained without them.

`--derive` writes tools/data/kind_sentences.jsonl from the external real tuning sets beside
../shared (`EXTERNAL_SETS`: train12, f12d, train13, fresh13, train14; every article of each):
per sentence its article (`set/name`), its features and its gold kinds, never text, so a clone
without the articles can train on them; `--external` adds those sentences to the training data
(`examples(..., external=EXTERNAL)`). Fourteenth session, with all 359 real tuning articles
(tools/kind_model_cv.py --folds 5; table in docs/news.md, learned event kinds): trained also on
the external sentences the model is worse end to end at every floor, C, class weighting, with
hashed lemmas (`lexical_hash`) or on the sentences no rule claims only (`--experiments`
derives the rule-claimed flag and the hashed lemmas for that, to a file of its own: the flag
changes with every rule, so the shipped file has neither): events F1 on the five external sets
0.424 (shipped) against 0.413-0.431, and every such variant loses corpus dev articles held out
(0.848 -> 0.688-0.821). The shipped model stays trained on the corpus dev split and the seeds;
what did help is asking it for no claims, pledges or polls (`accord.news.kinds.UNLEARNED`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tools"))  # annotated: the loader of annotated articles

SHIPPED = REPO / "src" / "accord" / "news" / "data" / "event_model.json"
KINDS = ("round", "summit", "partial_agreement", "statement_of_intent", "claim", "pledge",
         "postponement", "poll")
OWN = REPO / "tools" / "data" / "event_sentences.jsonl"
OWN_GROUP = "own sentences"
"""The group of the own sentences: in every training set, never held out."""


def lexical(s: Any, lang: str) -> set[str]:
    """`lem:` + the lemma of every word of sentence `s` outside its names (persons, places,
    actors: those stay `has:` features), and the German separable verbs joined to their particle
    (`lem:ankündigen`)."""
    from accord.news.kinds import _token_forms
    from accord.news.lemmas import WORD, lemma

    chars = list(s.text)
    for m in s.mentions:
        for k in range(max(0, m.start - s.start), min(len(chars), m.end - s.start)):
            chars[k] = " "
    text = "".join(chars)
    _, joined = _token_forms(text, lang)
    return {"lem:" + lemma(m.group(0), lang) for m in WORD.finditer(text)} | {"lem:" + v for v in joined}


def own_examples(path: Path = OWN, with_lexical: bool = False) -> list[tuple[str, set[str], set[str]]]:
    """(OWN_GROUP, features, kinds) per own sentence (tools/data/event_sentences.jsonl)."""
    from accord.news.extract import analyse
    from accord.news.kinds import features

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        lang, _, _, sents = analyse(row["text"], row["published"], language=row["lang"])
        for s in sents:
            feats = features(s, lang, row["published"])
            if with_lexical:
                feats |= {lexical_hash(f) for f in lexical(s, lang)}
            out.append((OWN_GROUP, feats, set(row["kinds"])))
    return out


def unclaimed(text: str, name: str, published: str | None) -> set[int]:
    """The starts of the sentences of an article that no rule claims: those the event walk hands
    to the learned fallback (`events.walk._learned_fallback`), found with the fallback making
    nothing (so the answer does not depend on the model)."""
    from accord.news.events import walk
    from accord.news.extract import extract

    seen: set[int] = set()

    def record(s: Any, *args: Any) -> tuple[list[Any], None]:
        seen.add(s.start)
        return [], None

    saved = walk._learned
    walk._learned = record  # type: ignore[assignment]
    try:
        extract(text, name, published)
    finally:
        walk._learned = saved  # type: ignore[assignment]
    return seen


def doc_examples(docs: list[Any], with_lexical: bool = False,
                 fallback_only: bool = False) -> list[tuple[str, set[str], set[str]]]:
    """(article name, features, gold kinds) per sentence of the `annotated` docs
    (with `fallback_only` only the sentences no rule claims, `unclaimed`)."""
    from accord.news.extract import analyse
    from accord.news.kinds import features

    out = []
    for name, text, published, spans in docs:
        lang, _, _, sents = analyse(text, published)
        free = unclaimed(text, name, published) if fallback_only else None
        for s in sents:
            if free is not None and s.start not in free:
                continue
            kinds = {k for a, b, k in spans if a < s.end and s.start < b}
            feats = features(s, lang, published)
            if with_lexical:
                feats |= {lexical_hash(f) for f in lexical(s, lang)}
            out.append((name, feats, kinds))
    return out


def examples(shared: Path, extra: tuple[Path, ...] = (), own: Path | None = None,
             with_lexical: bool = False, external: Path | None = None, fallback_only: bool = False
             ) -> list[tuple[str, set[str], set[str]]]:
    """(article name, features, gold kinds) per sentence: the `dev` split of the corpus and the
    `extra` folders, then the seeds (`annotated`), then the derived sentences of the external
    tuning articles (`external`, tools/data/kind_sentences.jsonl, see `derive`) and the `own`
    sentences when given; with `with_lexical` the features include the `lexical` ones."""
    from annotated import corpus_docs, seed_docs

    docs = [d for folder in (shared / "corpus", *extra) for d in corpus_docs(folder, "dev")]
    docs += seed_docs(shared)
    out = doc_examples(docs, with_lexical, fallback_only=fallback_only)
    if external is not None:
        out += external_examples(external, with_lexical, fallback_only)
    if own is not None:
        out += own_examples(own, with_lexical)
    return out


EXTERNAL = REPO / "tools" / "data" / "kind_sentences.jsonl"
"""The external real tuning articles as the model sees them: one line per sentence with its
article (`set/name`), its features, its gold kinds and the hashes of its `lexical` features;
no text (`derive` writes it from the articles, `external_examples` reads it)."""
EXTERNAL_SETS = ("train12", "f12d", "train13", "fresh13", "train14")
"""The external tuning sets (folders beside the repository's parent, laid out like
../shared/corpus; every article of each, whatever its split: they are all tuning articles)."""


def lexical_hash(feature: str) -> str:
    """A `lexical` feature as the derived file keeps it: `lex:` + 10 hex digits of its SHA-1 (a
    sentence's words cannot be read back from the file)."""
    import hashlib

    return "lex:" + hashlib.sha1(feature.encode("utf-8")).hexdigest()[:10]


def derive(folders: tuple[Path, ...], experiments: bool = False) -> list[dict[str, object]]:
    """One row per sentence of every article of `folders`: its article (`folder/name`), sorted
    features (`accord.news.kinds.features`) and gold kinds. With `experiments` also whether no
    rule claims it (`unclaimed`: that changes with every rule, so the shipped file has none) and
    its hashed `lexical` features (for tools/kind_model_cv.py; not shipped either)."""
    from annotated import corpus_docs

    from accord.news.extract import analyse
    from accord.news.kinds import features

    rows: list[dict[str, object]] = []
    for folder in folders:
        for name, text, published, spans in corpus_docs(folder):
            lang, _, _, sents = analyse(text, published)
            free = unclaimed(text, name, published) if experiments else set()
            for s in sents:
                row: dict[str, object] = {
                    "article": f"{folder.name}/{name}",
                    "features": sorted(features(s, lang, published)),
                    "kinds": sorted({k for a, b, k in spans if a < s.end and s.start < b})}
                if experiments:
                    row["unclaimed"] = s.start in free
                    row["lexical"] = sorted({lexical_hash(f) for f in lexical(s, lang)})
                rows.append(row)
    return rows


def derived_text(rows: list[dict[str, object]]) -> str:
    """The derived file's text (one JSON object a line, keys sorted)."""
    return "".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in rows)


def external_folders(shared: Path) -> tuple[Path, ...]:
    """The `EXTERNAL_SETS` found beside `shared` (none in a clone or CI)."""
    return tuple(f for f in (shared.resolve().parent / n for n in EXTERNAL_SETS)
                 if (f / "gold").is_dir())


def external_examples(path: Path = EXTERNAL, with_lexical: bool = False, fallback_only: bool = False
                      ) -> list[tuple[str, set[str], set[str]]]:
    """(article, features, gold kinds) per derived sentence of `path` (`derive`); with
    `with_lexical` the hashed lexical features too; with `fallback_only` only the sentences no
    rule claimed when the file was derived."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if fallback_only and not row.get("unclaimed", True):
            continue
        feats = set(row["features"]) | (set(row.get("lexical", ())) if with_lexical else set())
        out.append((row["article"], feats, set(row["kinds"])))
    return out


def _design(data: list[tuple[str, set[str], set[str]]]) -> tuple[list[str], Any, Any]:
    """Feature names, the 0/1 matrix (one row per sentence) and each row's article."""
    import numpy as np

    names = sorted({f for _, feats, _ in data for f in feats})
    index = {f: i for i, f in enumerate(names)}
    if len(names) > 1000:  # lemmas as features: a sparse matrix (the same fit, far less memory)
        from scipy import sparse

        rows = [r for r, (_, feats, _) in enumerate(data) for _ in feats]
        cols = [index[f] for _, feats, _ in data for f in feats]
        X: Any = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(data), len(names)))
    else:
        X = np.zeros((len(data), len(names)))
        for r, (_, feats, _) in enumerate(data):
            for f in feats:
                X[r, index[f]] = 1.0
    return names, X, np.array([d for d, _, _ in data])


def train(shared: Path, extra: tuple[Path, ...] = (), own: Path | None = None,
          with_lexical: bool = False, leave_out: str | None = None,
          external: Path | None = None) -> dict[str, object]:
    """The model as the shipped file holds it, trained on `shared` (and the `extra` folders, the
    derived `external` sentences, the `own` sentences, lexical features; the article `leave_out`
    left out: cross-validation)."""
    data = [d for d in examples(shared, extra, own, with_lexical, external) if d[0] != leave_out]
    return fit(data, _trained_on(extra, own, with_lexical, external))


def _trained_on(extra: tuple[Path, ...], own: Path | None, with_lexical: bool,
                external: Path | None = None) -> str:
    trained_on = "corpus dev split + seed gold" + "".join(
        f" + dev split of {Path(x).name}" for x in extra)
    if external is not None:
        trained_on += f" + external tuning sentences ({Path(external).name})"
    if own is not None:
        trained_on += f" + own sentences ({Path(own).name})"
    if with_lexical:
        trained_on += " + lemmas"
    return trained_on


def fit(data: list[tuple[str, set[str], set[str]]], trained_on: str,
        thresholds: bool = True, C: float = 0.5, balanced: bool = True) -> dict[str, object]:
    """The model file's content for the `examples` `data` (what `train` writes). Without
    `thresholds` no cross-validation chooses them (0.5 each, below `kinds.FLOOR`: the same
    predictions; tools/kind_model_cv.py trains a model per article)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names, X, groups = _design(data)
    model: dict[str, object] = {"features": names, "trained_on": trained_on,
                                "examples": len(data), "kinds": {}}
    for kind in KINDS:
        y = np.array([kind in k for _, _, k in data])
        if y.sum() < 2:
            continue

        def fit_one(Xt: object, yt: object) -> LogisticRegression:
            clf = LogisticRegression(C=C, class_weight="balanced" if balanced else None,
                                     solver="liblinear",
                                     random_state=0)
            return clf.fit(Xt, yt)

        probs = np.zeros(len(data))
        # (the own sentences are always trained on, never held out)
        for g in sorted(set(groups) - {OWN_GROUP}) if thresholds else ():
            test = groups == g
            if y[~test].sum() == 0:
                continue
            probs[test] = fit_one(X[~test], y[~test]).predict_proba(X[test])[:, 1]
        best = (0.0, 0.5)
        real = groups != OWN_GROUP  # (the threshold is chosen on the annotated articles alone)
        for t in np.arange(0.3, 0.81, 0.05):
            pred = probs[real] >= t
            tp = float((pred & y[real]).sum())
            f1 = 2 * tp / (pred.sum() + y[real].sum()) if pred.sum() + y[real].sum() else 0.0
            if f1 > best[0] + 1e-9:
                best = (f1, float(round(t, 2)))
        clf = fit_one(X, y)
        weights = {names[i]: round(float(w), 4) for i, w in enumerate(clf.coef_[0]) if abs(w) > 1e-4}
        model["kinds"][kind] = {"intercept": round(float(clf.intercept_[0]), 4),  # type: ignore[index]
                                "threshold": best[1], "cv_sentence_f1": round(best[0], 3),
                                "positives": int(y.sum()), "weights": weights}
    return model


def learning_curve(shared: Path, extra: tuple[Path, ...] = (), folds: int = 5, repeats: int = 3,
                   fractions: tuple[float, ...] = (0.25, 0.5, 0.75, 1.0),
                   threshold: float = 0.7, seed: int = 0) -> list[dict[str, float]]:
    """Sentence-level micro P/R/F1 over all kinds of a model trained on a growing share of the
    articles: the articles are cut into `folds` rotating held-out parts; for each part a model
    is trained on `fraction` of the other articles (drawn with `seed`, `repeats` draws) and
    scored on the part, a sentence counting as predicting a kind at `threshold`. Shows whether
    more annotated articles would help the learned component."""
    import random

    import numpy as np
    from sklearn.linear_model import LogisticRegression

    data = examples(shared, extra)
    _, X, groups = _design(data)
    articles = sorted(set(groups))
    parts = [articles[i::folds] for i in range(folds)]
    labels = {kind: np.array([kind in k for _, _, k in data]) for kind in KINDS}
    rng = random.Random(seed)
    out = []
    for fraction in fractions:
        tp = fp = fn = 0
        sizes = []
        for _ in range(repeats):
            for part in parts:
                rest = [a for a in articles if a not in part]
                rng.shuffle(rest)
                chosen = rest[:max(2, int(len(rest) * fraction))]
                sizes.append(len(chosen))
                train_rows, test_rows = np.isin(groups, chosen), np.isin(groups, part)
                for y in labels.values():
                    if y[train_rows].sum() < 2:
                        fn += int(y[test_rows].sum())
                        continue
                    clf = LogisticRegression(C=0.5, class_weight="balanced", solver="liblinear",
                                             random_state=0).fit(X[train_rows], y[train_rows])
                    pred = clf.predict_proba(X[test_rows])[:, 1] >= threshold
                    tp += int((pred & y[test_rows]).sum())
                    fp += int((pred & ~y[test_rows]).sum())
                    fn += int((~pred & y[test_rows]).sum())
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out.append({"fraction": fraction, "articles": sum(sizes) / len(sizes),
                    "precision": precision, "recall": recall, "f1": f1})
    return out


def dumps(model: dict[str, object]) -> str:
    """The file's text: what `main` writes and tests/test_news_kind_model.py compares."""
    return json.dumps(model, indent=1, sort_keys=True) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--extra", action="append", default=[],
                    help="a further annotated folder laid out like ../shared/corpus (its dev split)")
    ap.add_argument("--out", default=str(SHIPPED),
                    help="where to write the model (default: the shipped file)")
    ap.add_argument("--learning-curve", action="store_true",
                    help="print the sentence F1 for growing shares of the training articles "
                         "(cross-validated by article) and write no model")
    ap.add_argument("--own", action="store_true",
                    help="also train on the own sentences (tools/data/event_sentences.jsonl)")
    ap.add_argument("--lexical", action="store_true", help="add the lemmas of the words as features")
    ap.add_argument("--derive", nargs="*", metavar="DIR",
                    help="write tools/data/kind_sentences.jsonl (features and kinds, no text) from "
                         "these external tuning folders (default: the EXTERNAL_SETS found beside "
                         "../shared; to --out if given) and write no model")
    ap.add_argument("--experiments", action="store_true",
                    help="with --derive: also the rule-claimed flag and the hashed lemmas")
    ap.add_argument("--external", action="store_true",
                    help="train also on the derived external sentences (not the shipped model)")
    args = ap.parse_args()
    if args.derive is not None:
        folders = tuple(Path(x) for x in args.derive) or external_folders(Path(args.shared))
        rows = derive(folders, args.experiments)
        out = Path(args.out) if args.out != str(SHIPPED) else EXTERNAL
        out.write_text(derived_text(rows), encoding="utf-8")
        print(f"wrote {out} ({len(rows)} sentences of "
              f"{len({r['article'] for r in rows})} articles: {', '.join(f.name for f in folders)})")
        return
    if args.learning_curve:
        for row in learning_curve(Path(args.shared), tuple(Path(x) for x in args.extra)):
            print(f"{row['articles']:5.1f} training articles: sentence P {row['precision']:.3f} "
                  f"R {row['recall']:.3f} F1 {row['f1']:.3f}")
        return
    model = train(Path(args.shared), tuple(Path(x) for x in args.extra), OWN if args.own else None,
                  args.lexical, external=EXTERNAL if args.external else None)
    kinds: dict[str, dict[str, object]] = model["kinds"]  # type: ignore[assignment]
    for kind, m in kinds.items():
        print(f"{kind:<20} positives {m['positives']:3d}  cross-validated sentence F1 "
              f"{m['cv_sentence_f1']:.3f} at threshold {m['threshold']:.2f}")
    path = Path(args.out)
    path.write_text(dumps(model), encoding="utf-8")
    features: list[str] = model["features"]  # type: ignore[assignment]
    print(f"wrote {path} ({len(features)} features, {model['examples']} sentences)")


if __name__ == "__main__":
    main()
