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

Nothing is written: the shipped model and the code stay as they are (the model and the features
are swapped in this process only). About a minute per setting (one model per article).
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
        return out | tem.lexical(s, lang) if lexical else out

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
    args = ap.parse_args()
    for line in run(Path(args.shared), args.own, args.lexical, args.floor, not args.ungated,
                    args.second, args.second_floor, tuple(Path(c) for c in args.corpus)):
        print(line, flush=True)


if __name__ == "__main__":
    main()
