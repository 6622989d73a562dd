"""News extraction benchmark: quality against the gold annotations, throughput and memory.

    python benchmarks/extraction.py [--shared PATH] [--memory-articles 10000] [--skip-memory]
                                    [--quality-only] [--misses]
    python benchmarks/extraction.py --corpus DIR [--json]
    python benchmarks/extraction.py --corpus DIR --against DIR2 [--json]

`--against DIR2` scores a second, independent annotation (DIR2/gold/NAME.json for some of DIR's
articles) against DIR's gold by the same rules, in place of the extractor: the agreement between
two human annotators, i.e. how high a score the annotation scheme lets anyone reach (an annotated
record has one sentence, `where`, so the figures are those of one span per record).

0. The annotated corpus (../shared/corpus, or DIR): every article is extracted with the date its
   header gives and scored against its gold by the corpus README's matching rules, separately for
   the `dev` and `test` splits of split.txt (articles it does not list, or all without it, form
   `all`): events on kind, date (the predicted start inside the gold interval; a null gold date
   only matches a null one) and place (unless the gold place is null), ANY sentence the event was
   read from (its `evidence`: an event told in a headline and the body, or over several sentences,
   is one record holding each) overlapping the gold sentence, one-to-one, the candidate
   overlapping most preferred, then the nearest; stances on actor (member states roll up to EUR), issue
   (territory.* matches any territory issue) and polarity, deduplicated per document; figures on
   value (within 0.5 %) and unit, in the annotation scheme's units. Per-kind P/R/F1, per event
   kind, attribute accuracies on matched records, the dev-test F1 gap, and the causes of the
   misses counted from gold fields and predictions, reading every sentence of an event as above
   (so test misses are reported without reading
   a test text; `--misses` lists individual misses of the seeds and dev only). Also: how many
   publication dates a dateline in the text alone gives.

1. Quality: runs `accord.news.extract` on each seed article in ../shared/seeds and scores it
   against ../shared/gold with the matching rules of gold/README.md: per document, one-to-one
   matching (a gold record is used at most once; among candidates the prediction whose span
   overlaps the anchor most is taken; an event's span is any sentence of its `evidence`). Events
   match on kind, place (unless the gold place is null) and date_start (unless the gold date is
   null; partial dates compare by their first day) with overlapping spans; stances on actor,
   issue and polarity; figures on value (within 0.5 %) and unit. Alias accuracy: every whole-word
   occurrence of a listed surface form must be covered by a mention resolved to its id.
   Attribute accuracies (red_line, option, speaker, parties, heads, duration_minutes) are
   reported on matched records. Micro-averaged. Baseline:
   a keyword classifier (a sentence with a meeting word is a round; with a demand/refusal word
   and an actor name, a stance of the first actor on every issue named; a number in digits
   followed by a word is a figure with that word as its unit) measured in the same run.
2. Throughput: synthetic articles of ~3,000 characters through extraction on one core, and
   through the whole ingest into a store (reading a JSON Lines file, extraction, fingerprint,
   batched DuckDB transactions), in articles per CPU second of the process and per wall second;
   baselines measured in the same run: the whole ingest with one transaction per document (the
   previous writer), and spaCy blank tokenisation alone, measured before, between and after
   the runs as a reference for the host's speed (it varies on a shared machine: the whole ingest
   as a share of the median tokenisation rate is comparable across runs where the raw rate is
   not). Also the wall clock with --workers 2.
3. Memory: `accord ingest` of a synthetic corpus (default 10,000 articles) written as ONE JSON
   Lines file, in a child process; peak resident memory of that process (target < 1 GiB).

Targets: F1 >= 0.80 events, >= 0.70 stances, >= 0.90 figures, alias accuracy >= 0.95,
>= 50 articles/s, peak memory < 1 GiB.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def _first_day(d: str | None) -> str | None:
    if d is None:
        return None
    return d if len(d) == 10 else (d + "-01" if len(d) == 7 else d + "-01-01")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _spans(p: dict[str, Any]) -> list[tuple[int, int]]:
    """Every sentence a record was read from: an event's `evidence` (its main sentence and those
    that told it again), else its one span `[start, end)` (stances, figures, a second annotation)."""
    return [(int(a), int(b)) for a, b in p.get("evidence") or [(p["start"], p["end"])]]


def _reach(span: tuple[int, int], p: dict[str, Any]) -> int:
    """How far `span` (a gold sentence or anchor) overlaps the record: its best overlap with any
    sentence the record was read from."""
    return max(_overlap(span, x) for x in _spans(p))


def _nearest(span: tuple[int, int], p: dict[str, Any]) -> int:
    """How far the record's nearest sentence starts from `span`'s start."""
    return min(abs(x[0] - span[0]) for x in _spans(p))


def _match(golds: list[dict[str, Any]], preds: list[dict[str, Any]], text: str, same: Any
           ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """One-to-one matching: each gold in order takes the unused prediction that agrees and
    overlaps its anchor most."""
    used: set[int] = set()
    pairs = []
    for g in golds:
        a = text.find(g["anchor"])
        gspan = (a, a + len(g["anchor"]))
        best, best_ov = None, 0
        for i, p in enumerate(preds):
            if i in used or not same(g, p):
                continue
            ov = _reach(gspan, p)
            if ov > best_ov:
                best, best_ov = i, ov
        if best is not None:
            used.add(best)
            pairs.append((g, preds[best]))
    return pairs


def same_event(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if g["kind"] != p["kind"]:
        return False
    if g["place"] is not None and (p.get("place") or "").lower() != g["place"].lower():
        return False
    return g["date_start"] is None or _first_day(p.get("date_start")) == g["date_start"]


def same_stance(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return bool(g["actor"] == p["actor"] and g["issue"] == p["issue"] and g["polarity"] == p["polarity"])


def same_figure(g: dict[str, Any], p: dict[str, Any]) -> bool:
    v = float(g["value"])
    return bool(g["unit"] == p["unit"] and abs(float(p["value"]) - v) <= 0.005 * max(abs(v), 1e-9))


# on matched claims alone: the claimant (parties) and the deal or issue concerned (topic)
CLAIM_ATTRS = ("parties", "topic")
ATTRS = {"events": ("parties", "heads", "duration_minutes"),
         "stances": ("red_line", "option", "speaker"), "figures": ()}


def _attr_equal(name: str, g: Any, p: Any) -> bool:
    if name == "parties":
        return sorted(g or []) == sorted(p or [])
    if name == "option" and isinstance(g, (int, float)) and isinstance(p, (int, float)):
        return abs(g - p) < 1e-6
    return bool(g == p)


def _keyword_baseline(text: str) -> dict[str, list[dict[str, Any]]]:
    from accord.news.extract import extract, patterns

    ex = extract(text)
    P = patterns()
    events, stances = [], []
    for m in re.finditer(r"[^.!?\n]+[.!?]?", text):
        s = m.group(0)
        span = {"start": m.start(), "end": m.end()}
        if re.search(r"Gespräch|Treffen|Verhandlung", s):
            events.append({"kind": "round", "place": None, "date_start": None} | span)
        actors = [x.actor for x in ex.mentions if m.start() <= x.start < m.end() and x.actor]
        if actors and re.search(r"forder|lehnt|inakzeptabel|verlangt", s):
            for iid, spec in P["issues"].items():
                if any(rx.search(s) for rx in spec["cues"]):
                    stances.append({"actor": actors[0], "issue": iid,
                                    "polarity": "reject" if re.search("lehnt|inakzept", s) else "demand"}
                                   | span)
    units = {"prozent": "percent", "stunden": "hours", "quadratkilometer": "km2", "kilometer": "km",
             "soldaten": "soldiers", "gefangene": "prisoners", "haushalte": "households",
             "drohnen": "drones", "grad": "degC"}
    figures = []
    for m in re.finditer(r"(?<![\w.,])(\d+(?:[.,]\d+)*)\s+(\w+)", text):
        raw = m.group(1)
        value = float(raw.replace(".", "").replace(",", ".")) if re.search(r"\.\d{3}", raw) \
            else float(raw.replace(",", "."))
        figures.append({"value": value, "unit": units.get(m.group(2).lower(), m.group(2)),
                        "start": m.start(), "end": m.end()})
    return {"events": events, "stances": stances, "figures": figures}


def quality(shared: Path) -> dict[str, Any]:
    from accord.news.extract import extract
    from accord.news.normalise import split_header

    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    attrs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    alias_ok = alias_all = 0
    alias_misses: list[str] = []
    misses: dict[str, list[str]] = defaultdict(list)
    for gold_file in sorted((shared / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (shared / "seeds" / f"{gold['doc']}.txt").read_text(encoding="utf-8")
        published = split_header(text).published
        ex = extract(text, gold["doc"], published)
        preds = {"events": [e.__dict__ for e in ex.events], "stances": [s.__dict__ for s in ex.stances],
                 "figures": [f.__dict__ for f in ex.figures if _unit_key(f.unit) in SCHEME_UNITS]}
        base = _keyword_baseline(text)
        for kind, same in (("events", same_event), ("stances", same_stance), ("figures", same_figure)):
            pairs = _match(gold[kind], preds[kind], text, same)
            counts[kind]["gold"] += len(gold[kind])
            counts[kind]["pred"] += len(preds[kind])
            counts[kind]["tp"] += len(pairs)
            bpairs = _match(gold[kind], base[kind], text, same)
            counts["baseline " + kind]["gold"] += len(gold[kind])
            counts["baseline " + kind]["pred"] += len(base[kind])
            counts["baseline " + kind]["tp"] += len(bpairs)
            matched = {id(g) for g, _ in pairs}
            for g in gold[kind]:
                if id(g) not in matched:
                    misses[kind].append(f"{gold['doc'][:3]} miss {_brief(kind, g)} | {g['anchor'][:70]}")
            matched_p = {id(p) for _, p in pairs}
            for p in preds[kind]:
                if id(p) not in matched_p:
                    misses[kind].append(f"{gold['doc'][:3]} extra {_brief(kind, p)} | "
                                        f"{text[p['start']:p['end']][:70]}")
            for g, p in pairs:
                for a in ATTRS[kind]:
                    gv = g.get(a)
                    pv = p.get(a)
                    attrs[f"{kind}.{a}"][0] += _attr_equal(a, gv, pv)
                    attrs[f"{kind}.{a}"][1] += 1
                if kind == "events" and g["kind"] == "claim":  # who claims, on which deal
                    for a in CLAIM_ATTRS:
                        attrs[f"claims.{a}"][0] += _attr_equal(a, g.get(a), p.get(a))
                        attrs[f"claims.{a}"][1] += 1
        for ident, surfaces in gold["aliases"].items():
            for surface in surfaces:
                for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
                    alias_all += 1
                    if any(x.entity == ident and x.start <= m.start() and m.end() <= x.end
                           for x in ex.mentions):
                        alias_ok += 1
                    else:
                        alias_misses.append(f"{gold['doc'][:3]} {surface} -> {ident}")
    scores = {}
    for kind, c in counts.items():
        p = c["tp"] / c["pred"] if c["pred"] else 0.0
        r = c["tp"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        scores[kind] = {"precision": p, "recall": r, "f1": f, "gold": c["gold"], "predicted": c["pred"],
                        "matched": c["tp"]}
    return {"scores": scores, "alias_accuracy": alias_ok / alias_all if alias_all else 0.0,
            "alias_occurrences": alias_all, "alias_misses": alias_misses,
            "attributes": {k: v[0] / v[1] for k, v in attrs.items() if v[1]}, "misses": misses}


def _brief(kind: str, r: dict[str, Any]) -> str:
    if kind == "events":
        return f"{r['kind']} {r.get('place')} {r.get('date_start')}"
    if kind == "stances":
        return f"{r['actor']} {r['issue']} {r['polarity']}"
    return f"{r['value']} {r['unit']}"


# --- the annotated corpus (../shared/corpus, or any folder laid out like it) -------------------
# Matching rules of the corpus README: events on kind + date (the predicted start inside the gold
# interval; a null gold date matches only a null prediction) + place (unless the gold place is
# null) with a sentence the event was read from (`_spans`) overlapping the gold sentence; stances
# on actor (member states roll up to EUR) + issue (territory.* matches any territory issue) +
# polarity, deduplicated per document; figures on value (within 0.5 %) + unit. One-to-one per
# document.

# The annotation scheme's units (the corpus check.py's UNITS, plus the seeds' degC): counted nouns
# outside it are extracted but left out of the gold by convention, so they are not scored.
SCHEME_UNITS = {"prisoners", "bodies", "civilians", "children", "people", "points", "hours", "minutes",
                "days", "weeks", "months", "years", "steps", "regions", "countries", "soldiers",
                "percent", "km2", "km", "drones", "missiles", "households", "usd", "eur",
                "settlements", "rounds", "degc"}
CORPUS_UNITS = SCHEME_UNITS - {"degc"}
"""The corpus scheme's units alone (check.py's UNITS has no temperature): a temperature found in
a corpus article is outside its gold by convention 8, so it is left out of scoring there."""
MEMBERS = {"DEU": "EUR", "FRA": "EUR", "GBR": "EUR", "POL": "EUR", "EU": "EUR"}
CORPUS_ATTRS = {"events": ("date", "place", "parties", "duration_minutes"),
                "stances": ("option", "red_line", "speaker"), "figures": ("per_side",)}


def load_corpus(folder: Path) -> list[dict[str, Any]]:
    """Every article of `folder` (articles/NAME.txt with its gold/NAME.json) with its split
    (`split.txt`; without the file every article is `all`; with it, an article it does not list
    is `unlisted`: scored, but held out like test, since it may be a test article not yet listed)."""
    split: dict[str, str] = {}
    listed = (folder / "split.txt").is_file()
    if listed:
        for line in (folder / "split.txt").read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 2 and not line.lstrip().startswith("#"):
                split[parts[0]] = parts[1]
    docs = []
    for gold_file in sorted((folder / "gold").glob("*.json")):
        name = gold_file.stem
        article = folder / "articles" / f"{name}.txt"
        if not article.is_file():
            continue
        raw = article.read_text(encoding="utf-8")
        head, body = raw.split("\n", 3)[:3], raw.split("\n", 3)[3]
        date = next((h.split(":", 1)[1].strip() for h in head if h.startswith("date:")), None)
        docs.append({"name": name, "split": split.get(name, "unlisted" if listed else "all"),
                     "body": body,
                     "published": date or None,
                     "gold": json.loads(gold_file.read_text(encoding="utf-8"))})
    return docs


def _coarse(actor: str | None) -> str | None:
    return MEMBERS.get(actor or "", actor)


def _issue_key(issue: str) -> str:
    return "territory.*" if issue.startswith("territory.") else issue


def _unit_key(unit: str | None) -> str:
    # a rate (drones_per_day) counts its base unit; currency codes compare case-insensitively
    return (unit or "").lower().split("_per_")[0]


def corpus_same_event(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if g["kind"] != p["kind"]:
        return False
    if g["place"] is not None and (p.get("place") or "") != g["place"]:
        return False
    ps = _first_day(p.get("date_start"))
    if g["date_start"] is None:
        return ps is None
    return ps is not None and g["date_start"] <= ps <= g["date_end"]


def corpus_same_stance(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return bool(_coarse(g["actor"]) == _coarse(p["actor"]) and g["polarity"] == p["polarity"]
                and _issue_key(g["issue"]) == _issue_key(p["issue"]))


def corpus_same_figure(g: dict[str, Any], p: dict[str, Any]) -> bool:
    v = float(g["value"])
    return bool(_unit_key(g["unit"]) == _unit_key(p["unit"])
                and abs(float(p["value"]) - v) <= 0.005 * max(abs(v), 1e-9))


def _dedup_stances(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for r in records:
        key = (_coarse(r["actor"]), _issue_key(r["issue"]), r["polarity"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _match_spans(golds: list[dict[str, Any]], preds: list[dict[str, Any]], same: Any,
                 need_overlap: bool) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """One-to-one: each gold in order takes the unused agreeing prediction that overlaps its
    sentence most (for events an overlap is required; otherwise the nearest wins)."""
    used: set[int] = set()
    pairs = []
    for g in golds:
        gspan = (g["where"][0], g["where"][1])
        best, best_key = None, None
        for i, p in enumerate(preds):
            if i in used or not same(g, p):
                continue
            ov = _reach(gspan, p)
            if need_overlap and ov <= 0:
                continue
            key = (ov, -_nearest(gspan, p))
            if best_key is None or key > best_key:
                best, best_key = i, key
        if best is not None:
            used.add(best)
            pairs.append((g, preds[best]))
    return pairs


def _corpus_attr(kind: str, name: str, g: dict[str, Any], p: dict[str, Any]) -> bool:
    if name == "date":
        return bool(g["date_start"] == _first_day(p.get("date_start")))
    if name == "parties":
        return sorted(_coarse(x) or "" for x in g.get("parties") or []) == sorted(
            _coarse(x) or "" for x in p.get("parties") or [])
    return _attr_equal(name, g.get(name), p.get(name))


def _event_miss_cause(g: dict[str, Any], preds: list[dict[str, Any]]) -> str:
    """Why a gold event found no partner, from the predictions alone (no text is read)."""
    gspan = (g["where"][0], g["where"][1])
    here = [p for p in preds if _reach(gspan, p) > 0]
    same_kind = [p for p in here if p["kind"] == g["kind"]]
    if not here:
        return "no event predicted in its sentence"
    if not same_kind:
        return f"other kind in its sentence ({here[0]['kind']} for {g['kind']})"
    p = same_kind[0]
    if g["place"] is not None and p.get("place") != g["place"]:
        return "place differs" if p.get("place") else "place missing"
    if g["date_start"] is None:
        return "date predicted where gold has none"
    return "date missing" if p.get("date_start") is None else "date differs"


def _stance_miss_cause(g: dict[str, Any], preds: list[dict[str, Any]]) -> str:
    issue = [p for p in preds if _issue_key(p["issue"]) == _issue_key(g["issue"])]
    actor_issue = [p for p in issue if _coarse(p["actor"]) == _coarse(g["actor"])]
    if actor_issue:
        return "polarity differs"
    if issue:
        return "actor differs"
    if any(_coarse(p["actor"]) == _coarse(g["actor"]) and p["polarity"] == g["polarity"] for p in preds):
        return "issue differs"
    return "no stance of that actor and issue"


def _stance_stage(g: dict[str, Any], sents: list[Any], lang: str) -> str:
    """For a gold stance with no prediction of its actor and issue: the first gate of
    `find_stances` its sentence does not pass (issue cue, polarity cue, opinion or commentator
    filter), judged by the rules themselves; "actor not found" when every gate passes. The text
    is read by the rules only; nothing of it is printed."""
    from accord.news.extract import patterns
    from accord.news.stances import _polarity_masked, _speaker

    P = patterns()
    gspan = (g["where"][0], g["where"][1])
    here = [s for s in sents if _overlap(gspan, (s.start, s.end)) > 0]
    if not here:
        return "sentence not split as gold"
    s = max(here, key=lambda x: _overlap(gspan, (x.start, x.end)))
    t = s.text
    wanted = [iid for iid in P["issues"] if _issue_key(iid) == _issue_key(g["issue"])]
    if not any(any(rx.search(t) for rx in P["issues"][iid]["cues"])
               and (not P["issues"][iid]["requires"]
                    or any(rx.search(t) for rx in P["issues"][iid]["requires"]))
               for iid in wanted):
        return "issue not recognised"
    if _polarity_masked(t, P, lang) is None:
        return "no polarity cue"
    if any(rx.search(t) for rx in P["opinion"]):
        return "filtered as opinion"
    if _speaker(s, P)[1]:
        return "filtered as commentator"
    return "actor not found"


def _figure_miss_cause(g: dict[str, Any], preds: list[dict[str, Any]]) -> str:
    v = float(g["value"])
    if any(abs(float(p["value"]) - v) <= 0.005 * max(abs(v), 1e-9) for p in preds):
        return "unit differs"
    return "number not found"


def annotation_predictions(other: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """A second annotation of the same article, in the corpus format, as if it were a
    prediction: each record's evidence sentence is its span (for inter-annotator agreement)."""
    def spanned(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**r, "start": r["where"][0], "end": r["where"][1]} for r in records]
    return {"events": spanned(other["events"]), "stances": _dedup_stances(spanned(other["stances"])),
            "figures": [f for f in spanned(other["figures"]) if _unit_key(f["unit"]) in CORPUS_UNITS]}


def rule_of(cue: str | None) -> str:
    """The rule family an extraction's explanation names: "kind model" for a learned event, else
    the rule's name without the words it matched ("rule: claim; capture: 'seized'" -> "claim")."""
    cue = cue or ""
    if cue.startswith("model"):
        return "kind model"
    cue = cue.removeprefix("rule: ")
    return re.split(r"[;:'(]", cue, maxsplit=1)[0].strip() or "(no cue)"


def cue_shape(cue: str | None) -> str:
    """A stance cue without the article's words it quotes ("demand: 'forder'" -> "demand: …"), so
    the per-cue counts of a held-out split print no text of it."""
    return re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", "…", cue or "(no cue)")[:60]


def score_corpus(docs: list[dict[str, Any]],
                 predict: Any = None) -> dict[str, Any]:
    """Per-kind precision, recall, F1 and attribute accuracies over `docs`, with the causes of
    the misses counted (computed from gold fields and predictions, never from the text).
    `predict(doc)` gives the records to score (default: accord's extraction of the body)."""
    from accord.news.extract import analyse, extract

    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    attrs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    causes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses: dict[str, list[str]] = defaultdict(list)
    by_kind: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    # per rule: how often it fired, was matched, and found the gold's kind in its sentence
    rules: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for d in docs:
        if "_preds" in d:  # scored before (the whole split, then each language)
            preds = d["_preds"]
        elif predict is not None:
            preds = predict(d)
        else:
            ex = extract(d["body"], d["name"], d["published"])
            preds = {"events": [e.__dict__ for e in ex.events],
                     "stances": _dedup_stances([s.__dict__ for s in ex.stances]),
                     "figures": [f.__dict__ for f in ex.figures if _unit_key(f.unit) in CORPUS_UNITS]}
        d["_preds"] = preds
        gold = d["gold"]
        golds = {"events": gold["events"], "stances": _dedup_stances(gold["stances"]),
                 "figures": gold["figures"]}
        for kind, same in (("events", corpus_same_event), ("stances", corpus_same_stance),
                           ("figures", corpus_same_figure)):
            pairs = _match_spans(golds[kind], preds[kind], same, need_overlap=kind == "events")
            counts[kind]["gold"] += len(golds[kind])
            counts[kind]["pred"] += len(preds[kind])
            counts[kind]["tp"] += len(pairs)
            matched = {id(g) for g, _ in pairs}
            matched_p = {id(p) for _, p in pairs}
            for g in golds[kind]:
                if kind == "events":
                    by_kind[g["kind"]]["gold"] += 1
                    by_kind[g["kind"]]["tp"] += id(g) in matched
                if id(g) in matched:
                    continue
                cause = (_event_miss_cause(g, preds[kind]) if kind == "events" else
                         _stance_miss_cause(g, preds[kind]) if kind == "stances" else
                         _figure_miss_cause(g, preds[kind]))
                if cause == "no stance of that actor and issue" and predict is None:
                    lang, _, _, sents = analyse(d["body"], d["published"])
                    cause += f" ({_stance_stage(g, sents, lang)})"
                causes[kind]["missed: " + cause] += 1
                misses[kind].append(f"{d['name'][:3]} miss {_corpus_brief(kind, g)} [{cause}] "
                                    f"| {d['body'][g['where'][0]:g['where'][1]][:90]}")
            for p in preds[kind]:
                if kind == "events":
                    by_kind[p["kind"]]["pred"] += 1
                    r = rules[f"events | {p['kind']} | {rule_of(p.get('cue'))}"]
                    r["pred"] += 1
                    r["tp"] += id(p) in matched_p
                    r["kind_in_sentence"] += any(
                        g["kind"] == p["kind"] and _reach((g["where"][0], g["where"][1]), p) > 0
                        for g in golds[kind])
                elif kind == "stances":
                    r = rules[f"stances | {p['polarity']} | {cue_shape(p.get('cue'))}"]
                    r["pred"] += 1
                    r["tp"] += id(p) in matched_p
                if id(p) in matched_p:
                    continue
                if kind == "events":
                    golds_here = [g for g in golds[kind] if _reach((g["where"][0], g["where"][1]), p) > 0]
                    cause = ("no gold event in its sentence" if not golds_here else
                             "gold there is matched elsewhere or differs")
                    cause = f"{p['kind']}: {cause}"
                else:
                    cause = "no gold record agrees"
                causes[kind]["extra: " + cause] += 1
                misses[kind].append(f"{d['name'][:3]} extra {_corpus_brief(kind, p)} "
                                    f"| {d['body'][p['start']:p['end']][:90]}")
            for g, p in pairs:
                for a in CORPUS_ATTRS[kind]:
                    attrs[f"{kind}.{a}"][0] += _corpus_attr(kind, a, g, p)
                    attrs[f"{kind}.{a}"][1] += 1
                if kind == "events" and g["kind"] == "claim":  # who claims, on which deal
                    for a in CLAIM_ATTRS:
                        attrs[f"claims.{a}"][0] += _corpus_attr(kind, a, g, p)
                        attrs[f"claims.{a}"][1] += 1
    scores = {kind: _prf(c) for kind, c in counts.items()}
    return {"documents": len(docs), "scores": scores,
            "event_kinds": {k: _prf(c) for k, c in sorted(by_kind.items())},
            "attributes": {k: v[0] / v[1] for k, v in sorted(attrs.items()) if v[1]},
            "causes": {k: dict(sorted(v.items(), key=lambda kv: -kv[1])) for k, v in causes.items()},
            "rules": {k: dict(v) for k, v in sorted(rules.items(), key=lambda kv: (
                kv[0].split(" | ")[0], -kv[1]["pred"], kv[0]))},
            "misses": misses}


def _prf(c: dict[str, int]) -> dict[str, Any]:
    p = c["tp"] / c["pred"] if c["pred"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "gold": c["gold"], "predicted": c["pred"],
            "matched": c["tp"]}


def _corpus_brief(kind: str, r: dict[str, Any]) -> str:
    if kind == "events":
        return f"{r['kind']} {r.get('place')} {r.get('date_start')}"
    if kind == "stances":
        return f"{r['actor']} {r['issue']} {r['polarity']}"
    return f"{r['value']} {r['unit']}"


def corpus_quality(folder: Path, against: Path | None = None) -> dict[str, Any]:
    """Scores per split (dev, test, or all) and the dev-test gap in F1. With `against`, a folder
    holding a second annotation (gold/NAME.json) of some of the articles: those articles only,
    that annotation scored as if it were the extractor's output (inter-annotator agreement)."""
    docs = load_corpus(folder)
    predict = None
    if against is not None:
        other = {f.stem: json.loads(f.read_text(encoding="utf-8"))
                 for f in sorted((against / "gold").glob("*.json"))}
        docs = [d for d in docs if d["name"] in other]
        if not docs:
            raise SystemExit(f"error: {against}/gold: no annotation shares a name with "
                             f"{folder}/gold; fix: name the files as the articles they annotate")

        def predict(d: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
            return annotation_predictions(other[d["name"]])
    splits = sorted({d["split"] for d in docs}, key=lambda s: ("dev", "test").index(s)
                    if s in ("dev", "test") else 2)
    from accord.news.dateline import dateline_date

    out: dict[str, Any] = {"folder": str(folder), "splits": {}}
    # publication dates read from the article text alone (datelines, bylines), against the
    # date the corpus gives each article
    found = [dateline_date(d["body"])[0] for d in docs]

    def date_counts(pairs: list[tuple[str | None, dict[str, Any]]]) -> dict[str, int]:
        return {"articles": len(pairs), "right": sum(f == d["published"] for f, d in pairs),
                "wrong": sum(f is not None and f != d["published"] for f, d in pairs),
                "none": sum(f is None for f, _ in pairs)}

    pairs = list(zip(found, docs, strict=True))
    out["dateline"] = date_counts(pairs)
    out["dateline"]["splits"] = {name: date_counts([(f, d) for f, d in pairs if d["split"] == name])
                                 for name in splits}
    # a wrong date on a dev article is listed with the misses (test articles are only counted)
    out["dateline"]["dev_wrong"] = [f"{d['name'][:3]} found {f}, the corpus says {d['published']}"
                                    for f, d in pairs if d["split"] in ("dev", "all") and f is not None
                                    and f != d["published"]]
    from accord.news.extract import detect_language

    for d in docs:
        d["language"] = detect_language(d["body"])
    for name in splits:
        part = [d for d in docs if d["split"] == name]
        out["splits"][name] = score_corpus(part, predict)
        # German and English separately (the issue asks for English at parity with German)
        out["splits"][name]["by_language"] = {
            lang: {"documents": len(sub), "scores": score_corpus(sub, predict)["scores"]}
            for lang in ("de", "en") if (sub := [d for d in part if d["language"] == lang])}
    if "dev" in out["splits"] and "test" in out["splits"]:
        out["gap_f1"] = {k: out["splits"]["dev"]["scores"][k]["f1"] - out["splits"]["test"]["scores"][k]["f1"]
                         for k in ("events", "stances", "figures")}
    return out


TEST_TARGETS = {"events": 0.75, "stances": 0.65, "figures": 0.90}


def print_corpus(q: dict[str, Any], show_misses: bool, by_rule: bool = False) -> None:
    for split, s in q["splits"].items():
        print(f"corpus {split} ({s['documents']} articles, {q['folder']}; stances deduplicated per "
              "document on actor, issue, polarity)")
        print(f"{'kind':<20}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}{'match':>6}")
        for kind, v in s["scores"].items():
            mark = ""
            if split == "test":
                tgt = TEST_TARGETS[kind]
                mark = f"  F1 >= {tgt:.2f} {'met' if v['f1'] >= tgt else 'NOT met'}"
            print(f"{kind:<20}{v['precision']:7.3f}{v['recall']:7.3f}{v['f1']:7.3f}{v['gold']:6d}"
                  f"{v['predicted']:6d}{v['matched']:6d}{mark}")
        for lang, ls in s.get("by_language", {}).items():
            print(f"  language {lang} ({ls['documents']:2d} articles): " + ", ".join(
                f"{kind} F1 {v['f1']:.3f} ({v['matched']}/{v['gold']} gold, {v['predicted']} pred)"
                for kind, v in ls["scores"].items()))
        for kind, v in s["event_kinds"].items():
            print(f"  event kind {kind:<20} gold {v['gold']:3d}  pred {v['predicted']:3d}  "
                  f"matched {v['matched']:3d}  F1 {v['f1']:.3f}")
        for k, v in s["attributes"].items():
            print(f"  attribute {k:<28} {v:.3f}")
        for kind, cs in s["causes"].items():
            for cause, n in cs.items():
                print(f"  [{split} {kind}] {n:3d}  {cause}")
        if by_rule:  # counts only (no text): may be printed for test too
            for key, r in s["rules"].items():
                what, kind_or_pol, rule = key.split(" | ", 2)
                extra = (f", right kind in its sentence {r['kind_in_sentence']:3d}"
                         if what == "events" else "")
                print(f"  [{split} {what} by rule] fired {r['pred']:3d}, matched {r['tp']:3d}"
                      f"{extra}  {kind_or_pol}: {rule}")
        if show_misses and split in ("dev", "all"):  # test misses are never listed: measure only
            for kind, items in s["misses"].items():
                for line in items:
                    print(f"  [{kind}] {line}")
    dl = q["dateline"]
    print(f"publication date from the text alone (dateline/byline): {dl['right']} of {dl['articles']} "
          f"right, {dl['wrong']} wrong, {dl['none']} not found (left unknown)")
    if len(dl.get("splits", {})) > 1:
        print("  " + "; ".join(f"{name} {c['right']} of {c['articles']} right, {c['wrong']} wrong, "
                               f"{c['none']} unknown" for name, c in dl["splits"].items()))
    if show_misses:
        for line in dl.get("dev_wrong", []):
            print(f"  [publication date] {line}")
    if "gap_f1" in q:
        print("dev - test F1 gap: " + ", ".join(f"{k} {v:+.3f}" for k, v in q["gap_f1"].items()))


def throughput(n: int = 400) -> dict[str, float]:
    import spacy

    from accord.news.extract import extract
    from accord.news.synthetic import corpus

    texts = corpus(n, seed=1)
    extract(texts[0])  # warm up: gazetteer, patterns, spaCy
    nlp = spacy.blank("de")

    def tokenise_rate() -> float:
        """spaCy blank tokenisation of the same articles, per CPU second: a reference for the
        host's speed at the time (it varies on a shared machine), measured before and after the
        runs below so each figure can be read against it."""
        t0 = time.process_time()
        for t in texts:
            nlp.make_doc(t)
        return n / (time.process_time() - t0)

    tokenise_before = tokenise_rate()
    # CPU time of this process: the machine is shared, and wall time would count other work
    t0, w0 = time.process_time(), time.perf_counter()
    for t in texts:
        extract(t, published="2025-06-01")
    extraction = n / (time.process_time() - t0)
    extraction_wall = n / (time.perf_counter() - w0)
    tokenise = tokenise_rate()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        with (folder / "c.jsonl").open("w", encoding="utf-8") as fh:
            for t in texts:
                fh.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
        from accord.news.pipeline import ingest
        from accord.store import Store, db

        def timed(name: str, **kw: Any) -> tuple[float, float]:
            t0, w0 = time.process_time(), time.perf_counter()
            summary = ingest([str(folder)], Store(Path(tmp) / f"{name}.duckdb"), **kw)
            assert summary.added == n, summary
            return n / (time.process_time() - t0), n / (time.perf_counter() - w0)

        full_cpu, full_wall = timed("batched")
        batch = db.BATCH
        db.BATCH = 1  # baseline: the previous writer, one transaction per document
        try:
            per_doc_cpu, per_doc_wall = timed("per-document")
        finally:
            db.BATCH = batch
        # the pool forced on (below PARALLEL_MIN_BYTES `--workers 2` would run in one process)
        _, two = timed("two-workers", workers=2, parallel_min_bytes=0)
    tokenise_after = tokenise_rate()
    return {"extraction_articles_per_s": extraction, "ingest_articles_per_s": full_cpu,
            "ingest_wall_articles_per_s": full_wall, "per_doc_articles_per_s": per_doc_cpu,
            "per_doc_wall_articles_per_s": per_doc_wall,
            "extraction_wall_articles_per_s": extraction_wall, "ingest_two_workers_wall": two,
            "baseline_tokenise_articles_per_s": tokenise,
            "tokenise_before_articles_per_s": tokenise_before,
            "tokenise_after_articles_per_s": tokenise_after,
            "chars_per_article": sum(map(len, texts)) / n, "articles": n}


def memory(n: int) -> dict[str, float]:
    from accord.news.synthetic import corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        texts = corpus(n, seed=2)
        with (folder / "corpus.jsonl").open("w", encoding="utf-8") as fh:  # one file, ~30 MB
            for t in texts:
                fh.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
        size = (folder / "corpus.jsonl").stat().st_size
        del texts
        env = os.environ | {"ACCORD_HOME": str(Path(tmp) / "home")}
        code = ("import resource, sys; from accord.cli import app; sys.argv=['accord','ingest',"
                f"{str(folder)!r},'--json'];\ntry:\n    app()\nexcept SystemExit:\n    pass\n"
                "print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)")
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                              check=False)
        seconds = time.perf_counter() - t0
        peak_kib = int(re.search(r"PEAK (\d+)", proc.stderr).group(1))  # type: ignore[union-attr]
        summary = json.loads(proc.stdout)
    return {"articles": summary["articles"], "added": summary["added"], "seconds": seconds,
            "file_mib": size / 2**20,
            "peak_mib": peak_kib / 1024, "articles_per_s": summary["articles"] / seconds}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.environ.get("ACCORD_SHARED", str(REPO.parent / "shared")))
    ap.add_argument("--corpus", metavar="DIR",
                    help="score only this annotated folder (articles/, gold/, optional split.txt)")
    ap.add_argument("--json", action="store_true", help="with --corpus: the scores as JSON")
    ap.add_argument("--against", metavar="DIR2",
                    help="with --corpus: score a second annotation (DIR2/gold/NAME.json) of the same "
                         "articles instead of the extractor: inter-annotator agreement")
    ap.add_argument("--memory-articles", type=int, default=10_000)
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--quality-only", action="store_true", help="no throughput or memory runs")
    ap.add_argument("--by-rule", action="store_true",
                    help="with the corpus scores: per extraction rule (events) and cue (stances), how "
                         "often it fired and how often it was right (counts only, for every split)")
    ap.add_argument("--misses", action="store_true",
                    help="list unmatched records of the seeds and the dev split (never of test)")
    args = ap.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    if args.corpus:
        folder = Path(args.corpus)
        if not (folder / "gold").is_dir() or not (folder / "articles").is_dir():
            print(f"error: {folder}: expected the folders articles/ and gold/ (as in "
                  "../shared/corpus); fix: pass a folder laid out like the corpus", file=sys.stderr)
            raise SystemExit(2)
        cq = corpus_quality(folder, Path(args.against) if args.against else None)
        if args.json:
            for s in cq["splits"].values():
                s.pop("misses")
            print(json.dumps(cq, indent=2))
        else:
            print_corpus(cq, args.misses, args.by_rule)
        return
    shared = Path(args.shared)
    if (shared / "gold").is_dir():
        q = quality(shared)
        print("quality against ../shared/gold (micro-averaged over the five seed articles)")
        print(f"{'kind':<20}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}{'match':>6}  target")
        targets = {"events": 0.80, "stances": 0.70, "figures": 0.90}
        for kind, s in q["scores"].items():
            tgt = targets.get(kind)
            mark = "" if tgt is None else f"  F1 >= {tgt:.2f} {'met' if s['f1'] >= tgt else 'NOT met'}"
            print(f"{kind:<20}{s['precision']:7.3f}{s['recall']:7.3f}{s['f1']:7.3f}{s['gold']:6d}"
                  f"{s['predicted']:6d}{s['matched']:6d}{mark}")
        acc = q["alias_accuracy"]
        print(f"alias accuracy {acc:.3f} over {q['alias_occurrences']} occurrences  target >= 0.95 "
              f"{'met' if acc >= 0.95 else 'NOT met'}")
        for k, v in sorted(q["attributes"].items()):
            print(f"  attribute {k:<28} {v:.3f}")
        if args.misses:
            for kind, items in q["misses"].items():
                for line in items:
                    print(f"  [{kind}] {line}")
            for line in q["alias_misses"]:
                print(f"  [alias] {line}")
    else:
        print(f"no gold annotations at {shared}/gold; quality not measured")
    if (shared / "corpus" / "gold").is_dir():
        print_corpus(corpus_quality(shared / "corpus"), args.misses, args.by_rule)
    else:
        print(f"no annotated corpus at {shared}/corpus; corpus quality not measured")
    if args.quality_only:
        return
    t = throughput()
    n = t["articles"]

    def met(x: float) -> str:
        return f"target >= 50: {'met' if x >= 50 else 'NOT met'}"

    print(f"throughput on {n} synthetic articles of {t['chars_per_article']:.0f} chars, one core "
          "(CPU seconds of this process; wall clock on this shared machine in brackets):")
    print(f"  extraction alone              {t['extraction_articles_per_s']:6.0f} articles/CPU-s "
          f"({t['extraction_wall_articles_per_s']:.0f}/s wall)")
    print(f"  WHOLE INGEST into the store   {t['ingest_articles_per_s']:6.0f} articles/CPU-s "
          f"({t['ingest_wall_articles_per_s']:.0f}/s wall)  {met(t['ingest_articles_per_s'])}")
    print(f"  baseline: whole ingest, one transaction per document  "
          f"{t['per_doc_articles_per_s']:.0f} articles/CPU-s ({t['per_doc_wall_articles_per_s']:.0f}/s "
          f"wall); batched = {t['ingest_articles_per_s'] / t['per_doc_articles_per_s']:.2f}x")
    print(f"  baseline: spaCy tokenisation alone {t['baseline_tokenise_articles_per_s']:.0f}/CPU-s "
          f"(extraction = {t['extraction_articles_per_s'] / t['baseline_tokenise_articles_per_s']:.2f}x"
          " of it)")
    # the host's speed varies (other work on the machine): the same tokenisation before and after
    # all runs, and the whole ingest as a share of it, tell a slow host from a slow ingest
    ref = sorted([t["tokenise_before_articles_per_s"], t["baseline_tokenise_articles_per_s"],
                  t["tokenise_after_articles_per_s"]])[1]
    print(f"  host speed: spaCy tokenisation {t['tokenise_before_articles_per_s']:.0f} before, "
          f"{t['baseline_tokenise_articles_per_s']:.0f} between, {t['tokenise_after_articles_per_s']:.0f}"
          f" after the runs/CPU-s; whole ingest = {t['ingest_articles_per_s'] / ref:.3f}x the median "
          "of them (compare this ratio across runs, not the raw rate)")
    print(f"  whole ingest, pool of 2 workers (forced) {t['ingest_two_workers_wall']:.0f} articles/s "
          f"wall clock (= {t['ingest_two_workers_wall'] / t['ingest_wall_articles_per_s']:.2f}x one "
          "process's wall; below 2 MB of input `--workers N` uses one process)")
    if not args.skip_memory:
        m = memory(args.memory_articles)
        print(f"memory: `accord ingest` of ONE JSON Lines file ({m['file_mib']:.0f} MiB) of "
              f"{m['articles']} synthetic articles ({m['added']} stored) in {m['seconds']:.0f} s "
              f"({m['articles_per_s']:.0f}/s wall), peak RSS {m['peak_mib']:.0f} MiB "
              f"(target < 1024 MiB: {'met' if m['peak_mib'] < 1024 else 'NOT met'})")

if __name__ == "__main__":
    main()
