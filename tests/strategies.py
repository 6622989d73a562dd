"""Hypothesis strategies that build VALID scenarios as plain dicts (the shape of a YAML file).

`scenario_dicts()` draws a scenario that passes every structural and cross-record rule:
declared ids only, options of the right issue, numbers inside ranges, ordered dates, one
holder at a time per exclusive office, evidence spans inside their documents, parsable
cross-issue conditions. `scenarios()` validates it into an `accord.model.Scenario`.
"""

from __future__ import annotations

import calendar
from typing import Any

from hypothesis import strategies as st

from accord.model import Scenario

Data = dict[str, Any]

LANGS = ["en", "de", "ru", "uk", "fr", "pl"]
URLS = ["https://example.org/article", "http://news.example.com/a/b?c=1", "https://例え.jp/記事",
        "https://example.org"]


# -- text and ids ---------------------------------------------------------------------------------

TRICKY_TEXT = [
    "yes", "No", "null", "~", "1.0", "0x1F", "1_000", "2025-05-16", "2025-13-01", "12:30", ".inf",
    "- a", "a: b", "#x", "'", '"', "&a", "*a", "!tag", "%", "@", "`", "|", ">", " leading", "trailing ",
    "a\nb", "a\n", "\n", "\t", "e\u0301", "\u2028", "\x85", "\ufeff", "\x00", "\x7f", "Київ",
    "Ελλάδα", "中国", "😀", "a" * 120, "word " * 30,
]
"""Scalars that YAML (1.1) resolves to something other than plain text, or that need escaping."""


def texts(max_size: int = 16) -> st.SearchStrategy[str]:
    """Any unicode text (the model's `Text`: 1-2000 characters, line breaks allowed)."""
    return st.sampled_from(TRICKY_TEXT) | st.text(min_size=1, max_size=max_size)


def one_lines(max_size: int = 16) -> st.SearchStrategy[str]:
    """The model's `OneLine`: no \\n or \\r."""
    tricky = [s for s in TRICKY_TEXT if "\n" not in s and "\r" not in s]
    chars = st.characters(codec="utf-8", exclude_characters="\n\r")
    return st.sampled_from(tricky) | st.text(chars, min_size=1, max_size=max_size)


def _reads_as_number(value: str) -> bool:
    """parse_condition reads a clause value as a number when float() accepts it (after dropping
    underscores), so such option ids cannot appear in conditions (see test_validation)."""
    try:
        float(value.replace("_", ""))
    except ValueError:
        return False
    return True


LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"


def _ids(first: str, rest: str, max_rest: int) -> st.SearchStrategy[str]:
    """One character of `first`, then up to `max_rest` of `rest` (much cheaper than regexes)."""
    return st.builds(lambda a, b: a + b, st.sampled_from(first), st.text(rest, max_size=max_rest))


actor_ids = st.sampled_from(["NO", "ON", "YES", "OFF", "NULL", "TRUE"]) | st.builds(
    lambda a, b: a + b, st.sampled_from(UPPER), st.text(UPPER + DIGITS + "_", min_size=1, max_size=4)
)  # [A-Z][A-Z0-9_]{1,15}; NO (Norway) and friends are booleans or null in YAML 1.1
person_ids = _ids(LOWER, LOWER + DIGITS + "_", 8)  # [a-z][a-z0-9_]{0,39}
option_ids = st.sampled_from(["yes", "no", "on", "off", "null", "true", "y", "n", "0x1f", "0b10", "0o7",
                              "12_30", "e5", "a_", "x"]) | _ids(LOWER, LOWER + DIGITS + "_", 8)
option_ids = option_ids.filter(lambda s: not _reads_as_number(s))
issue_ids = st.builds(lambda a, b: f"{a}.{b}", _ids(LOWER, LOWER + DIGITS + "_", 5),
                      _ids(LOWER, LOWER + DIGITS + "_", 5))  # [a-z][a-z0-9_]*\.[a-z][a-z0-9_]*
record_ids = _ids(LOWER + DIGITS, LOWER + DIGITS + "_.-", 10)  # [a-z0-9][a-z0-9_.-]{0,79}
sha256s = st.text("0123456789abcdef", min_size=64, max_size=64)
plovers = st.text(UPPER + "_", min_size=1, max_size=12)
cameos = st.text(DIGITS, min_size=2, max_size=4)
fractions = st.floats(0.0, 1.0)


def names() -> st.SearchStrategy[dict[str, str]]:
    return st.dictionaries(st.sampled_from(LANGS), texts(), min_size=1, max_size=2)


def aliases() -> st.SearchStrategy[dict[str, list[str]]]:
    return st.dictionaries(st.sampled_from(LANGS), st.lists(texts(), max_size=2), max_size=1)


def subsets(items: list[str], max_size: int | None = None) -> st.SearchStrategy[list[str]]:
    """Distinct elements of `items` (an empty list when there are none)."""
    if not items:
        return st.just([])
    return st.lists(st.sampled_from(items), max_size=max_size, unique=True)


def _optional(draw: st.DrawFn, strategy: st.SearchStrategy[Any]) -> Any:
    """A value of `strategy` or None (a coin flip is cheaper than building `st.none() | s`)."""
    return draw(strategy) if draw(st.booleans()) else None


def _put(d: Data, key: str, value: Any) -> None:
    """Set an optional field only when drawn (None, {} and [] stay out, as in a hand-written file)."""
    if value is not None and value != [] and value != {}:
        d[key] = value


# -- dates ----------------------------------------------------------------------------------------

@st.composite
def dates_in_year(draw: st.DrawFn, year: int) -> str:
    """A partial date inside `year` at year, month or day precision (never before 1 January)."""
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return f"{year:04d}"
    month = draw(st.integers(1, 12))
    if precision == "month":
        return f"{year:04d}-{month:02d}"
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return f"{year:04d}-{month:02d}-{day:02d}"


years = st.integers(1, 9999)
partial_dates = years.flatmap(dates_in_year)


@st.composite
def ordered_dates(draw: st.DrawFn, n: int) -> list[str]:
    """n partial dates in strictly increasing order of their first day (distinct years)."""
    ys = sorted(draw(st.lists(years, min_size=n, max_size=n, unique=True)))
    return [draw(dates_in_year(y)) for y in ys]


@st.composite
def date_ranges(draw: st.DrawFn) -> tuple[str, str | None]:
    """(start, end) with end on or after start, or no end."""
    how = draw(st.sampled_from(["open", "same", "later"]))
    if how == "later":
        start, end = draw(ordered_dates(2))
        return start, end
    start = draw(partial_dates)
    return start, start if how == "same" else None


# -- evidence -------------------------------------------------------------------------------------

@st.composite
def evidence(draw: st.DrawFn, docs: list[Data]) -> Data:
    """An assumption, or a span of a declared document with a paraphrase (sometimes both)."""
    out: Data = {}
    cite = bool(docs) and draw(st.booleans())
    if cite:
        doc = draw(st.sampled_from(docs))
        start = draw(st.integers(0, doc["length"] - 1))
        end = draw(st.integers(start + 1, doc["length"]))
        out.update(doc=doc["id"], span=[start, end], paraphrase=draw(one_lines()))
    _put(out, "date", _optional(draw, partial_dates))
    if not cite or draw(st.booleans()):
        out["assumption"] = draw(one_lines())
    return out


def evidence_lists(docs: list[Data], min_size: int = 1) -> st.SearchStrategy[list[Data]]:
    return st.lists(evidence(docs), min_size=min_size, max_size=2)


# -- records --------------------------------------------------------------------------------------

@st.composite
def documents(draw: st.DrawFn, doc_id: str) -> Data:
    d: Data = {"id": doc_id, "title": draw(texts()), "length": draw(st.integers(1, 5000))}
    _put(d, "outlet", _optional(draw, texts()))
    _put(d, "url", _optional(draw, st.sampled_from(URLS)))
    _put(d, "language", _optional(draw, st.sampled_from(LANGS)))
    _put(d, "published", _optional(draw, partial_dates))
    _put(d, "published_basis", _optional(draw, one_lines()))
    _put(d, "sha256", _optional(draw, sha256s))
    return d


@st.composite
def actors(draw: st.DrawFn, actor_id: str, all_ids: list[str], docs: list[Data]) -> Data:
    a: Data = {"id": actor_id, "names": draw(names()),
               "role": draw(st.sampled_from(["party", "mediator", "guarantor", "observer"]))}
    _put(a, "aliases", draw(aliases()))
    _put(a, "kind", _optional(draw, st.sampled_from(["state", "bloc", "organisation"])))
    _put(a, "capability", _optional(draw, fractions))
    _put(a, "capability_basis", _optional(draw, evidence(docs)))
    others = [x for x in all_ids if x != actor_id]
    if others:
        _put(a, "members", draw(st.lists(st.sampled_from(others), max_size=2, unique=True)))
    _put(a, "evidence", draw(evidence_lists(docs, min_size=0)))
    return a


@st.composite
def persons(draw: st.DrawFn, actor_ids: list[str], docs: list[Data]) -> list[Data]:
    """Persons with a succession of holders of one exclusive office (periods touch but never
    overlap) and non-exclusive envoy posts that may overlap between persons."""
    ids = draw(st.lists(person_ids, max_size=3, unique=True))
    people: list[Data] = [{"id": pid, "names": draw(names())} for pid in ids]
    for p in people:
        _put(p, "aliases", draw(aliases()))
        _put(p, "note", _optional(draw, one_lines()))
    if not people:
        return people
    office_actor = draw(st.sampled_from(actor_ids))
    title = draw(st.sampled_from(["president", "President", "foreign minister"]))
    holders = draw(st.lists(st.sampled_from(people), max_size=len(people), unique_by=lambda p: p["id"]))
    bounds = draw(ordered_dates(len(holders) + 1))
    open_start = draw(st.booleans())
    open_end = draw(st.booleans())
    for k, p in enumerate(holders):
        office: Data = {"actor": office_actor, "title": title}
        if k > 0 or not open_start:
            office["since"] = bounds[k]
        if k < len(holders) - 1 or not open_end:
            office["until"] = bounds[k + 1]
        office["evidence"] = draw(evidence_lists(docs))
        p.setdefault("offices", []).append(office)
    for p in people:
        if draw(st.booleans()):
            since, until = draw(date_ranges())
            office = {"actor": draw(st.sampled_from(actor_ids)), "title": "special envoy",
                      "since": since, "exclusive": False, "evidence": draw(evidence_lists(docs))}
            _put(office, "until", until)
            p.setdefault("offices", []).append(office)
    return people


@st.composite
def issues(draw: st.DrawFn, issue_id: str, docs: list[Data]) -> Data:
    kind = draw(st.sampled_from(["ordinal", "categorical", "numeric"]))
    i: Data = {"id": issue_id, "label": draw(texts())}
    if kind != "ordinal" or draw(st.booleans()):
        i["kind"] = kind
    _put(i, "description", _optional(draw, texts()))
    if kind == "numeric":
        lo, hi = draw(st.lists(st.floats(-1e9, 1e9), min_size=2, max_size=2, unique=True).map(sorted))
        i.update(unit=draw(texts(8)), range=[lo, hi])
    else:
        ids = draw(st.lists(option_ids, min_size=2, max_size=3, unique=True))
        options = []
        for oid in ids:
            o: Data = {"id": oid, "label": draw(texts())}
            _put(o, "description", _optional(draw, texts()))
            _put(o, "keywords", draw(aliases()))
            options.append(o)
        i["options"] = options
    _put(i, "keywords", draw(aliases()))
    _put(i, "evidence", draw(evidence_lists(docs, min_size=0)))
    return i


def option_list(issue: Data) -> list[str]:
    return [o["id"] for o in issue.get("options", [])]


def in_range(issue: Data) -> st.SearchStrategy[float]:
    lo, hi = issue["range"]
    return st.floats(lo, hi)


def values(issue: Data) -> st.SearchStrategy[Any]:
    """An option id of the issue, or a number inside its range."""
    if "range" in issue:
        return in_range(issue)
    return st.sampled_from(option_list(issue))


@st.composite
def positions(draw: st.DrawFn, actor_id: str, issue: Data, as_of: str, docs: list[Data]) -> Data:
    p: Data = {"actor": actor_id, "issue": issue["id"], "as_of": as_of, "salience": draw(fractions)}
    if "range" in issue:
        ideal = _optional(draw, in_range(issue))
        _put(p, "ideal", ideal)
        _put(p, "acceptable_range", _optional(draw, st.lists(in_range(issue), min_size=2, max_size=2)
                                                    .map(sorted)))
        ranges = draw(st.lists(st.lists(in_range(issue), min_size=2, max_size=2).map(sorted), max_size=2))
        _put(p, "red_line_ranges", [r for r in ranges if ideal is None or not r[0] <= ideal <= r[1]])
        xs = sorted(set(draw(st.lists(in_range(issue), max_size=3))))
        _put(p, "utility_points", [[x, draw(fractions)] for x in xs])
    else:
        options = option_list(issue)
        ideal = _optional(draw, st.sampled_from(options))
        _put(p, "ideal", ideal)
        red = draw(subsets([o for o in options if o != ideal]))
        _put(p, "red_lines", red)
        _put(p, "acceptable", draw(subsets([o for o in options if o not in red])))
        _put(p, "utilities", draw(st.dictionaries(st.sampled_from(options), fractions)))
    p["evidence"] = draw(evidence_lists(docs))
    _put(p, "note", _optional(draw, one_lines()))
    return p


def _number(x: float) -> str:
    return repr(float(x))


@st.composite
def clauses(draw: st.DrawFn, issue: Data) -> str:
    if "range" in issue:
        op = draw(st.sampled_from(["=", "==", "!=", "<", "<=", ">", ">="]))
        return f"{issue['id']} {op} {_number(draw(in_range(issue)))}"
    options = option_list(issue)
    op = draw(st.sampled_from(["=", "==", "!=", "in", "not in"]))
    if op in ("in", "not in"):
        chosen = draw(st.lists(st.sampled_from(options), min_size=1, unique=True))
        return f"{issue['id']} {op} {{{', '.join(chosen)}}}"
    return f"{issue['id']} {op} {draw(st.sampled_from(options))}"


# -- the scenario -----------------------------------------------------------------------------------

@st.composite
def scenario_dicts(draw: st.DrawFn) -> Data:
    """A valid scenario as a plain dict."""
    doc_ids = draw(st.lists(record_ids, max_size=2, unique=True))
    docs = [draw(documents(d)) for d in doc_ids]
    a_ids = draw(st.lists(actor_ids, min_size=1, max_size=3, unique=True))
    the_actors = [draw(actors(a, a_ids, docs)) for a in a_ids]
    people = draw(persons(a_ids, docs))
    place_ids = draw(st.lists(person_ids, max_size=2, unique=True))
    places = []
    for pid in place_ids:
        pl: Data = {"id": pid, "names": draw(names())}
        _put(pl, "aliases", draw(aliases()))
        kinds = st.sampled_from(["city", "region", "peninsula", "country", "other"])
        _put(pl, "kind", _optional(draw, kinds))
        _put(pl, "country", _optional(draw, st.sampled_from(a_ids)))
        places.append(pl)
    i_ids = draw(st.lists(issue_ids, min_size=1, max_size=3, unique=True))
    the_issues = [draw(issues(i, docs)) for i in i_ids]
    by_id = {i["id"]: i for i in the_issues}

    keys = draw(st.lists(st.tuples(st.sampled_from(a_ids), st.sampled_from(i_ids), partial_dates),
                         max_size=4, unique=True))
    the_positions = [draw(positions(a, by_id[i], d, docs)) for a, i, d in keys]

    red_lines = []
    for rid in draw(st.lists(record_ids, max_size=2, unique=True)):
        chosen = draw(st.lists(st.sampled_from(the_issues), min_size=1, max_size=2))
        r: Data = {"id": rid, "actor": draw(st.sampled_from(a_ids)),
                   "condition": " AND ".join(draw(clauses(i)) for i in chosen)}
        _put(r, "description", _optional(draw, texts()))
        r["evidence"] = draw(evidence_lists(docs))
        red_lines.append(r)

    reservations = []
    for _ in range(draw(st.integers(0, 2))):
        res: Data = {"actor": draw(st.sampled_from(a_ids)), "as_of": draw(partial_dates),
                     "value": draw(fractions)}
        _put(res, "basis", _optional(draw, texts()))
        res["evidence"] = draw(evidence_lists(docs))
        reservations.append(res)

    proposals = []
    for pid in draw(st.lists(record_ids, max_size=2, unique=True)):
        settled = draw(st.lists(st.sampled_from(the_issues), min_size=1, unique_by=lambda i: i["id"]))
        prop: Data = {"id": pid, "name": draw(texts()),
                      "authors": draw(st.lists(st.sampled_from(a_ids), min_size=1, max_size=2, unique=True))}
        _put(prop, "date", _optional(draw, partial_dates))
        _put(prop, "description", _optional(draw, texts()))
        prop["package"] = {i["id"]: draw(values(i)) for i in settled}
        prop["evidence"] = draw(evidence_lists(docs))
        cited = draw(st.lists(st.sampled_from(i_ids), max_size=2, unique=True))
        _put(prop, "evidence_by_issue", {i: draw(evidence_lists(docs)) for i in cited})
        proposals.append(prop)

    events = _events(draw, draw(st.lists(record_ids, max_size=3, unique=True)), a_ids, people,
                     place_ids, i_ids, docs)

    s: Data = {"id": draw(record_ids), "title": draw(texts()), "as_of": draw(partial_dates)}
    _put(s, "description", _optional(draw, texts()))
    for key, value in (("documents", docs), ("actors", the_actors), ("persons", people),
                       ("places", places), ("issues", the_issues), ("positions", the_positions),
                       ("red_lines", red_lines), ("reservations", reservations),
                       ("proposals", proposals), ("events", events)):
        _put(s, key, value)
    return s


def _events(draw: st.DrawFn, ids: list[str], a_ids: list[str], people: list[Data], place_ids: list[str],
            i_ids: list[str], docs: list[Data]) -> list[Data]:
    out = []
    for eid in ids:
        kind = draw(st.sampled_from(["round", "partial_agreement", "postponement", "pledge", "claim",
                                     "poll", "statement_of_intent"]))
        e: Data = {"id": eid, "kind": kind, "title": draw(texts())}
        if draw(st.booleans()):
            start, end = draw(date_ranges())
            e["start"] = start
            _put(e, "end", end)
        _put(e, "date_basis", _optional(draw, one_lines()))
        if kind == "postponement" or draw(st.booleans()):
            start, end = draw(date_ranges())
            e["moved_from"] = {"start": start} | ({"end": end} if end else {})
        if place_ids:
            _put(e, "place", _optional(draw, st.sampled_from(place_ids)))
        _put(e, "venue", _optional(draw, texts()))
        _put(e, "parties", draw(st.lists(st.sampled_from(a_ids), max_size=3, unique=True)))
        _put(e, "mediators", draw(st.lists(st.sampled_from(a_ids), max_size=1)))
        if people:
            _put(e, "participants", draw(st.lists(st.sampled_from([p["id"] for p in people]), max_size=3)))
            heads = {}
            for side in draw(st.lists(st.sampled_from(a_ids), max_size=2, unique=True)):
                eligible = [p["id"] for p in people
                            if not p.get("offices") or any(o["actor"] == side for o in p["offices"])]
                if eligible:
                    heads[side] = draw(st.sampled_from(eligible))
            _put(e, "heads", heads)
        _put(e, "duration_minutes", _optional(draw, st.integers(0, 10_000)))
        _put(e, "outcome", _optional(draw, st.sampled_from(["none", "partial", "agreement", "postponed",
                                                             "planned"])))
        _put(e, "topic", _optional(draw, st.sampled_from(i_ids)))
        quantities = []
        for _ in range(draw(st.integers(0, 2))):
            q: Data = {"unit": draw(texts(8))}
            _put(q, "value", _optional(draw, st.floats(allow_nan=False, allow_infinity=False)))
            _put(q, "per_side", _optional(draw, st.booleans()))
            _put(q, "hedge", _optional(draw, st.sampled_from(["exact", "about", "up_to", "more_than",
                                                               "less_than", "at_least"])))
            _put(q, "about", _optional(draw, one_lines()))
            quantities.append(q)
        _put(e, "quantities", quantities)
        _put(e, "plover", _optional(draw, plovers))
        _put(e, "cameo", _optional(draw, cameos))
        e["evidence"] = draw(evidence_lists(docs))
        out.append(e)
    for e in out:
        others = [x for x in ids if x != e["id"]]
        if others:
            _put(e, "related", draw(st.lists(st.sampled_from(others), max_size=2, unique=True)))
    return out


def scenarios() -> st.SearchStrategy[Scenario]:
    """Valid scenarios as model objects."""
    return scenario_dicts().map(Scenario.model_validate)
