"""Extraction with a kind model trained another way, scored as events F1: leave one article out on
the tuning articles, and totals on further annotated folders.

    python tools/kind_model_cv.py [--own] [--lexical] [--floor 0.9] [--ungated]
                                  [--second --second-floor 0.98] [--corpus DIR ...]

Each seed and corpus-dev article is extracted with a model trained on every other one (and on the
own sentences with `--own`, tools/data/event_sentences.jsonl; with the lemmas of the words as
further features with `--lexical`), and the seeds and the corpus dev split are scored as the
benchmark scores them (`seeds-cv`, `cdev-cv`). Each `--corpus` folder (laid out like
../shared/corpus) is extracted with the model trained on all of them and printed as totals only
(matched / gold / predicted events): a validation set's articles and misses are never shown.
`--floor` is the least probability of a learned event (`kinds.FLOOR`); `--ungated` lets the model
decide sentences without the cue families `events.learned._NEEDS` asks for. `--second` keeps
today's model (trained on the annotated articles, base features) and asks a second one, trained
on the own sentences and the articles with lemmas, only where the first finds nothing, at
`--second-floor`.

    python tools/kind_model_cv.py --folds 5 [--with-external | --external FILE] [--lexical]
        [--floor P] [--kind-floor KIND=P ...] [--need KIND=FAM+FAM ...] [--unlearned K,K]
        [--C C] [--unweighted] [--fallback-only] [--corpus ../val12]

`--folds N` (fourteenth session) is grouped cross-validation over all real tuning articles: the
seeds, the corpus dev split and the external sets of tools/data/kind_sentences.jsonl are dealt
round N folds by article name and each article is extracted with the model trained on the other
folds (with `--with-external` the external sentences are training data; without, the external
sets are extracted with the model trained on the seeds and corpus dev, as shipped). It prints
events F1 for the seeds, the corpus dev, each external set and the five together, how many
learned events per kind were made and matched there, and the `--corpus` totals (the model trained
on all). The table of the variants tried is in docs/news.md (learned event kinds): none trained
on the external sentences beat the shipped model; leaving learned claims, pledges and polls out
(`kinds.UNLEARNED`) did (external 0.424 -> 0.432, seeds and corpus dev unchanged).

Nothing is written: the shipped model and the code stay as they are (the model and the features
are swapped in this process only). About a minute per setting (one model per article; a
minute or two with --folds).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO / "src", REPO / "benchmarks", REPO / "tools"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))


def _events(scores: dict[str, Any]) -> tuple[int, int, int]:
    e = scores["events"]
    return e["matched"], e["gold"], e["predicted"]


def _line(name: str, matched: int, gold: int, predicted: int) -> str:
    f1 = 2 * matched / (gold + predicted) if gold + predicted else 0.0
    return f"{name:<10} events F1 {f1:.3f} ({matched}/{gold}/{predicted} matched/gold/predicted)"


def run(shared: Path, own: bool, lexical: bool, floor: float, gated: bool, second: bool,
        second_floor: float, corpora: tuple[Path, ...]) -> list[str]:
    import extraction as bench
    import train_event_model as tem

    import accord.news.extract as extract_module
    from accord.news import kinds
    from accord.news.events import learned

    first_lexical = lexical and not second
    data = tem.examples(shared, (), tem.OWN if own and not second else None, first_lexical)
    names = sorted({d[0] for d in data if d[0] != tem.OWN_GROUP})
    trained_on = "cv"
    models = {n: tem.fit([d for d in data if d[0] != n], trained_on, False) for n in names}
    full = tem.fit(data, trained_on)
    models2: dict[str, Any] = {}
    full2: Any = None
    if second:
        data2 = tem.examples(shared, (), tem.OWN, True)
        models2 = {n: tem.fit([d for d in data2 if d[0] != n], trained_on, False) for n in names}
        full2 = tem.fit(data2, trained_on)
    current: dict[str, Any] = {"m": full, "m2": full2, "cv": True}
    saved = (kinds.model, kinds.features, kinds.predict, kinds.FLOOR, extract_module.extract,
             dict(learned._NEEDS), learned._ANY_NEED)
    base_features, base_predict, base_extract = saved[1], saved[2], saved[4]

    def features(s: Any, lang: str, published: str | None) -> set[str]:
        out = base_features(s, lang, published)
        return out | {tem.lexical_hash(f) for f in tem.lexical(s, lang)} if lexical else out

    def predict(feats: set[str]) -> list[tuple[str, float, str]]:
        found = base_predict(feats)
        if found or not second:
            return found
        kinds.model, kinds.FLOOR = (lambda: current["m2"]), second_floor  # type: ignore[assignment]
        try:
            return [(k, p, "second " + why) for k, p, why in base_predict(feats)]
        finally:
            kinds.model, kinds.FLOOR = (lambda: current["m"]), floor  # type: ignore[assignment]

    def extract(text: str, doc_id: str = "", published: str | None = None, *args: Any, **kw: Any) -> Any:
        # a tuning article: the models trained without it; another folder's: those trained on all
        left_out = current["cv"] and doc_id in models
        current["m"] = models[doc_id] if left_out else full
        current["m2"] = models2.get(doc_id, full2) if left_out else full2
        return base_extract(text, doc_id, published, *args, **kw)

    kinds.model = lambda: current["m"]  # type: ignore[assignment]
    kinds.features, kinds.predict, kinds.FLOOR = features, predict, floor  # type: ignore[assignment]
    extract_module.extract = extract  # type: ignore[assignment]
    if not gated:
        for kind in learned._NEEDS:
            learned._NEEDS[kind] = (*learned._NEEDS[kind], ())
        learned._ANY_NEED = (*learned._ANY_NEED, frozenset())
    out = []
    try:
        out.append(_line("seeds-cv", *_events(bench.quality(shared)["scores"])))
        dev = bench.corpus_quality(shared / "corpus")["splits"]["dev"]["scores"]
        out.append(_line("cdev-cv", *_events(dev)))
        current["cv"] = False
        for folder in corpora:
            current_docs = bench.corpus_quality(folder)["splits"].values()
            totals = [sum(x) for x in zip(*(_events(s["scores"]) for s in current_docs), strict=True)]
            out.append(_line(folder.name, *totals))
    finally:
        (kinds.model, kinds.features, kinds.predict, kinds.FLOOR,  # type: ignore[assignment]
         extract_module.extract) = saved[:5]  # type: ignore[assignment]
        learned._NEEDS.clear()
        learned._NEEDS.update(saved[5])
        learned._ANY_NEED = saved[6]
    return out


EMPTY = "/dev/null"
"""(as the derived file: no external sentences, the shipped model's training data)"""


def fold_of(articles: list[str], folds: int) -> dict[str, int]:
    """Each article (its name, without the `set/` of a derived row) with its fold: the sorted
    names dealt round the folds in turn (deterministic; every set spread over all folds)."""
    names = sorted({a.rsplit("/", 1)[-1] for a in articles})
    return {n: i % folds for i, n in enumerate(names)}


def run_folds(shared: Path, sets: tuple[Path, ...], validation: tuple[Path, ...], folds: int = 5,
              lexical: bool = False, floor: float = 0.9, kind_floors: dict[str, float] | None = None,
              needs: dict[str, tuple[tuple[str, ...], ...]] | None = None, C: float = 0.5,
              external: Path | str | None = None, fallback_only: bool = False,
              balanced: bool = True, unlearned: frozenset[str] | None = None) -> list[str]:
    """Events F1 per tuning block, each article extracted with a model trained on the other
    folds (`folds` parts of all real tuning articles: seeds, corpus dev and the derived sentences
    of the external sets, `external`); the `validation` folders (totals only) with the model
    trained on all. `kind_floors` raises or lowers the least probability of single kinds (the
    others at `floor`); `needs` replaces the cue families a kind needs (`learned._NEEDS`);
    `unlearned` the kinds the model is not asked for (`kinds.UNLEARNED`, the shipped ones when
    None). With `external` a derived file other than tools/data/kind_sentences.jsonl (one written
    with `train_event_model.py --derive --experiments` for `lexical` and `fallback_only`: the
    hashed lemmas, and the sentences no rule claimed, only then)."""
    import extraction as bench
    import train_event_model as tem

    import accord.news.extract as extract_module
    from accord.news import kinds
    from accord.news.events import learned

    data = tem.examples(shared, (), None, lexical, Path(external or tem.EXTERNAL), fallback_only)
    every = data if not fallback_only else tem.examples(shared, (), None, False,
                                                         Path(external or tem.EXTERNAL))
    fold = fold_of([d[0] for d in every], folds)  # (every article, with or without a row left)
    part = [fold[d[0].rsplit("/", 1)[-1]] for d in data]

    def floored(m: dict[str, Any]) -> dict[str, Any]:
        for kind, spec in m["kinds"].items():
            spec["threshold"] = (kind_floors or {}).get(kind, floor)
        return m

    models = {k: floored(tem.fit([d for d, f in zip(data, part, strict=True) if f != k], "cv",
                                 False, C, balanced)) for k in range(folds)}
    full = floored(tem.fit(data, "cv", False, C, balanced))
    current: dict[str, Any] = {"m": full}
    saved = (kinds.model, kinds.features, kinds.FLOOR, extract_module.extract,
             dict(learned._NEEDS), learned._ANY_NEED, kinds.UNLEARNED)
    base_features, base_extract = saved[1], saved[3]

    def features(s: Any, lang: str, published: str | None) -> set[str]:
        out = base_features(s, lang, published)
        return out | {tem.lexical_hash(f) for f in tem.lexical(s, lang)} if lexical else out

    def extract(text: str, doc_id: str = "", published: str | None = None, *args: Any, **kw: Any) -> Any:
        current["m"] = models[fold[doc_id]] if doc_id in fold else full
        return base_extract(text, doc_id, published, *args, **kw)

    kinds.model = lambda: current["m"]  # type: ignore[assignment]
    kinds.features, kinds.FLOOR = features, 0.0  # type: ignore[assignment]
    extract_module.extract = extract  # type: ignore[assignment]
    if unlearned is not None:
        kinds.UNLEARNED = unlearned  # type: ignore[misc]
    if needs is not None:
        learned._NEEDS.clear()
        learned._NEEDS.update(needs)
        learned._ANY_NEED = tuple(frozenset(n) for ns in needs.values() for n in ns)
    out = []
    try:
        out.append(_line("seeds", *_events(bench.quality(shared)["scores"])))
        dev = bench.corpus_quality(shared / "corpus")["splits"]["dev"]["scores"]
        out.append(_line("cdev", *_events(dev)))
        total = [0, 0, 0]
        learned_by_kind: dict[str, list[int]] = {}
        for folder in (*sets, *validation):
            q = bench.corpus_quality(folder)
            current_docs = [q["splits"][k] for k in sorted(q["splits"])]
            totals = [sum(x) for x in zip(*(_events(s["scores"]) for s in current_docs), strict=True)]
            out.append(_line(folder.name, *totals))
            if folder in sets:
                total = [a + b for a, b in zip(total, totals, strict=True)]
                for split in current_docs:
                    for rule, r in split["rules"].items():
                        if rule.endswith("| kind model"):
                            c = learned_by_kind.setdefault(rule.split(" | ")[1], [0, 0, 0])
                            c[0] += r["pred"]
                            c[1] += r["tp"]
                            c[2] += r["kind_in_sentence"]
                if folder == sets[-1]:
                    out.append(_line("external", *total))
                    out.append("learned on the external sets (made/matched/its kind in the sentence): "
                               + ", ".join(f"{k} {c[0]}/{c[1]}/{c[2]}" for k, c in sorted(
                                   learned_by_kind.items())))
    finally:
        (kinds.model, kinds.features, kinds.FLOOR,  # type: ignore[assignment]
         extract_module.extract) = saved[:4]  # type: ignore[assignment]
        learned._NEEDS.clear()
        learned._NEEDS.update(saved[4])
        learned._ANY_NEED = saved[5]
        kinds.UNLEARNED = saved[6]  # type: ignore[misc]
    return out


def main() -> None:
    import warnings

    warnings.filterwarnings("ignore", category=FutureWarning)  # (scikit-learn's liblinear notice)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--own", action="store_true", help="train also on the own sentences")
    ap.add_argument("--lexical", action="store_true", help="lemmas of the words as further features")
    ap.add_argument("--floor", type=float, default=0.9)
    ap.add_argument("--ungated", action="store_true", help="no cue families needed per kind")
    ap.add_argument("--second", action="store_true",
                    help="today's model first, then one with own sentences and lemmas")
    ap.add_argument("--second-floor", type=float, default=0.98)
    ap.add_argument("--corpus", action="append", default=[], help="a further annotated folder (totals)")
    ap.add_argument("--folds", type=int, default=0,
                    help="grouped cross-validation over all real tuning articles in this many "
                         "folds (seeds, corpus dev and tools/data/kind_sentences.jsonl); the "
                         "external sets are scored per set, the --corpus folders as totals")
    from train_event_model import EXTERNAL_SETS

    ap.add_argument("--sets", default=",".join(EXTERNAL_SETS),
                    help="with --folds: the external tuning folders beside ../shared (comma-separated)")
    ap.add_argument("--with-external", action="store_true",
                    help="with --folds: train also on the derived external sentences")
    ap.add_argument("--external", default=None, help="with --folds: another derived file")
    ap.add_argument("--kind-floor", action="append", default=[], metavar="KIND=P",
                    help="with --folds: the least probability of one kind (above 1: never)")
    ap.add_argument("--need", action="append", default=[], metavar="KIND=FAM+FAM",
                    help="with --folds: a further cue-family combination a kind may have")
    ap.add_argument("--unlearned", default=None,
                    help="with --folds: the kinds not asked for (comma-separated; default: shipped)")
    ap.add_argument("--C", type=float, default=0.5)
    ap.add_argument("--unweighted", action="store_true", help="with --folds: no class weights")
    ap.add_argument("--fallback-only", action="store_true",
                    help="with --folds: train on the sentences no rule claimed only")
    args = ap.parse_args()
    if args.folds:
        from accord.news.events.learned import _NEEDS

        needs = {k: (*v, *(tuple(n.split("=", 1)[1].split("+")) for n in args.need
                           if n.split("=", 1)[0] == k)) for k, v in _NEEDS.items()}
        shared = Path(args.shared)
        sets = tuple(f for f in (shared.resolve().parent / n for n in args.sets.split(",") if n)
                     if (f / "gold").is_dir())
        external = args.external or (None if args.with_external else EMPTY)
        for line in run_folds(shared, sets, tuple(Path(c) for c in args.corpus), args.folds,
                              args.lexical, args.floor,
                              {k: float(v) for k, v in (x.split("=", 1) for x in args.kind_floor)},
                              needs if args.need else None, args.C, external, args.fallback_only,
                              not args.unweighted,
                              None if args.unlearned is None else frozenset(
                                  k for k in args.unlearned.split(",") if k)):
            print(line, flush=True)
        return
    for line in run(Path(args.shared), args.own, args.lexical, args.floor, not args.ungated,
                    args.second, args.second_floor, tuple(Path(c) for c in args.corpus)):
        print(line, flush=True)


if __name__ == "__main__":
    main()
