"""The stance polarity model: which position (demand, reject, accept, support, propose,
conditional) a sentence takes, or none, by a small logistic regression over explainable features,
with the features that decided it.

`find_stances` uses it as a veto: a sentence where the rules found an issue and a polarity cue
but which the model reads as taking no position with at least the model's `veto` probability (a
journalist's or analyst's reading, an agenda, a report of what was discussed) gives no stance.
Filling in a polarity where the rules find an issue but no cue, and overriding a rule's polarity
where the model is confident of another, were measured and left out: neither moved the
validation set (see docs/news.md).

Features (binary, `features`): the lemmas of the sentence's words (`w:pochen`; not function
words) and pairs of neighbouring lemmas (`b:pochen_auf`), the words of an issue cue of the rules
(`data/patterns.yaml`) standing as one `<issue>`, and markers of the sentence's structure: a
negation (`has:negation`), a modal of obligation (`has:modal`), a condition (`has:condition`),
German Konjunktiv I (`has:konjunktiv`), a question (`is:question`) and the language (`lang:de`).
The model (`data/stance_model.json`: per class an intercept and a weight per feature, and the
veto probability) is trained by `tools/train_stance_model.py` on own labelled sentences
(tools/data/stance_sentences.jsonl) and the sentences of the corpus `dev` split and the seeds; it
is read with the standard library and scored in pure Python, so nothing is downloaded or
imported from scikit-learn at run time.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

from accord.news.lemmas import WORD, lemma

NEGATION = re.compile(r"\b(?:nicht|kein\w*|niemals|nie|never|not|no|won't|cannot|\w+n['’]t)\b", re.I)
MODAL = re.compile(r"\b(?:muss|müsse|müssen|müsste|soll|solle|sollen|sollte|sollten|must|should|"
                   r"needs? to|has to|have to|ought to)\b", re.I)
CONDITION = re.compile(r"\b(?:wenn|falls|sofern|sobald|vorausgesetzt|unter (?:der )?bedingung|if|unless|"
                       r"provided|as long as|once|only)\b", re.I)
KONJUNKTIV = re.compile(r"\b(?:sei|seien|habe|müsse|werde|könne|solle|wolle|dürfe|gebe|lehne|verlange|"
                        r"fordere|akzeptiere|unterstütze|bestehe|schlage|strebe|stimme|beharre|verzichte)\b")


# words that say nothing of a position on their own: no unigram feature, and no pair of two of them
_FUNCTION_WORDS = """
der die das den dem des ein eine einen einem einer eines und oder aber auch noch nur schon so wie als
in im ins an am auf aus bei mit nach von vom zu zum zur für über unter vor hinter neben zwischen gegen
durch um bis seit ohne trotz wegen er sie es wir ihr man sich sein seine ihre ihren seinen ihm ihn
haben sein werden hat ist war wird wurde wurden hatte dass daß ob wenn weil da dort hier dies diese
dieser dieses jede jeder jedes alle allem allen mehr sehr bereits zudem zugleich dabei damit
the a an and or but also only so as of in on at to for from by with about into over under before
after between against through without during this that these those it its he she they them their his
her we our be is are was were been being has have had do does did will would can could which who
whom whose what when where there here than then
"""
FUNCTION = frozenset(_FUNCTION_WORDS.split())
ISSUE = "<issue>"


def _issue_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` the issue cues of the rules match (`data/patterns.yaml`)."""
    from accord.news.extract import patterns

    return [h.span() for spec in patterns()["issues"].values() for rx in spec["cues"]
            for h in rx.folded.finditer(text)]


def features(text: str, lang: str) -> set[str]:
    """The model's features of one sentence (see the module docstring)."""
    spans = _issue_spans(text)
    lem: list[str] = []
    for m in WORD.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            if not lem or lem[-1] != ISSUE:
                lem.append(ISSUE)  # the issue named, not its words
            continue
        lem.append(lemma(m.group(0), lang))
    out = {f"w:{x}" for x in lem if x not in FUNCTION and x != ISSUE}
    out |= {f"b:{a}_{b}" for a, b in pairwise(lem) if not (a in FUNCTION and b in FUNCTION)}
    out.add(f"lang:{lang}")
    if NEGATION.search(text):
        out.add("has:negation")
    if MODAL.search(text):
        out.add("has:modal")
    if CONDITION.search(text):
        out.add("has:condition")
    if lang == "de" and KONJUNKTIV.search(text):
        out.add("has:konjunktiv")
    if text.rstrip().rstrip('"“”»«').endswith("?"):
        out.add("is:question")
    return out


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    text = resources.files("accord.news").joinpath("data/stance_model.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def probabilities(feats: set[str], m: dict[str, Any] | None = None) -> dict[str, float]:
    """The probability of each class (`none` and the polarities) for the features `feats`."""
    m = m or model()
    classes: list[str] = m["classes"]
    scores = list(m["intercepts"])
    weights: dict[str, list[float]] = m["weights"]
    for f in feats:
        w = weights.get(f)
        if w is not None:
            for i, v in enumerate(w):
                scores[i] += v
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return {c: e / total for c, e in zip(classes, exp, strict=True)}


def reading(text: str, lang: str) -> tuple[str, float, list[str]]:
    """The model's reading of `text`: the most probable class, its probability and the (up to
    three) features that weighed most for it ("none", 0.93, ["ungewiss", "analyst"])."""
    m = model()
    feats = features(text, lang)
    probs = probabilities(feats, m)
    best = max(probs, key=lambda c: probs[c])
    i = m["classes"].index(best)
    ranked = sorted(((w[i], f) for f in feats if (w := m["weights"].get(f)) is not None and w[i] > 0),
                    reverse=True)[:3]
    return best, probs[best], [f for _, f in ranked]


def no_position(text: str, lang: str) -> bool:
    """Whether the model reads `text` as taking no position with at least its `veto`
    probability."""
    return probabilities(features(text, lang)).get("none", 0.0) >= float(model()["veto"])
