"""GMCR+ `.gmcr` files (gmcr-py 0.4.x JSON save files) to and from accord's `ConflictModel`, and
loading a conflict model from any file the `accord conflict` command accepts.

Format (documented from the files themselves): top-level `options` (name, permittedDirection
both/fwd/back), `decisionMakers` (name, option indices, option-prioritisation `preferences` as
conditions, optional `preferenceRanking` of 1-based state numbers best first with ties as lists,
optional `misperceptions`), `infeasibles` (conditions), `useManualPreferenceRanking`,
`coalitions`. A condition is a list of `[optionIndex, "Y"|"N"]` pairs (AND) or
`{"compound": true, "members": [condition, ...]}` (OR). Option prioritisation weighs statement
idx by 2^(L-1-idx), which is the lexicographic order accord uses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from accord.io import ScenarioFileError, parse_json_text, parse_yaml_text, translate_validation_error
from accord.io.errors import Located
from accord.io.tree import line_map, line_of
from accord.model.conflict import ConflictModel, Dnf, parse_statement
from accord.model.problems import Loc, Problem

MAX_BYTES = 20_000_000
_DIRECTION_IN = {"both": "both", "fwd": "take_only", "back": "drop_only"}
_DIRECTION_OUT = {v: k for k, v in _DIRECTION_IN.items()}


LineOf = Callable[[Loc], int | None]
"""The line of a field path in the file being read (None when unknown)."""


class _Report:
    """Builds errors for one .gmcr file: field paths as the file spells them, with their lines."""

    def __init__(self, source: str, line_of_loc: LineOf | None) -> None:
        self.source = source
        self.line_of = line_of_loc or (lambda loc: None)
        self.option_index: dict[tuple[int, int], int] = {}
        """(decision maker, its j-th option) -> the option's index in the file's `options`."""
        self.rank_key: dict[int, str] = {}
        self.coalition_index: list[int] = []
        """accord coalition i -> its index in the file's `coalitions`."""

    def fail(self, loc: Loc, found: str, expected: str, fix: str = "") -> ScenarioFileError:
        return ScenarioFileError(self.source,
                                 [Located(Problem(loc, found, expected, fix), self.line_of(loc))])

    def many(self, problems: list[Problem]) -> ScenarioFileError:
        located = []
        for p in problems:
            loc = self.file_loc(p.loc)
            located.append(Located(Problem(loc, p.found, p.expected, p.fix), self.line_of(loc)))
        return ScenarioFileError(self.source, sorted(located, key=lambda x: x.line or 0))

    def file_loc(self, loc: Loc) -> Loc:
        """A field path of the converted model (`dms[0].ranking[3]`) as the path of the same
        thing in the .gmcr file (`decisionMakers[0].preferenceRanking[3]`)."""
        if len(loc) >= 2 and loc[0] == "dms" and isinstance(loc[1], int):
            d, rest = loc[1], loc[2:]
            base: Loc = ("decisionMakers", d)
            if not rest:
                return base
            name = rest[0]
            if name == "options" and len(rest) >= 2 and isinstance(rest[1], int):
                k = self.option_index.get((d, rest[1]))
                return ("options", k) if k is not None else (*base, "options")
            if name == "ranking":
                return (*base, self.rank_key.get(d, "preferenceRanking"), *rest[1:])
            if name in ("preferences", "misperceptions"):
                return (*base, *rest[:2])
            if name in ("id", "name"):
                return (*base, "name")
            return (*base, *rest)
        if loc == ("dms",):  # too many options or candidate states
            return ("options",)
        if loc and loc[0] == "feasibility":
            return ("infeasibles", *loc[1:2])
        if len(loc) >= 2 and loc[0] == "coalitions" and isinstance(loc[1], int) \
                and loc[1] < len(self.coalition_index):
            return ("coalitions", self.coalition_index[loc[1]], *loc[2:])
        return loc


def _list_at(obj: dict[str, Any], key: str, report: _Report, loc: Loc, what: str) -> list[Any]:
    """`obj[key]` as a list ([] when absent or null); anything else is refused."""
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise report.fail((*loc, key), f"{_short(value)} ({type(value).__name__})", f"a list of {what}")
    return value


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _json_type(value: Any) -> str:
    """The JSON name of `value`'s type, as a user who wrote the file thinks of it."""
    if isinstance(value, bool):
        return "a boolean"
    return {dict: "an object", list: "a list", int: "a number", float: "a number",
            type(None): "null"}.get(type(value), type(value).__name__)


def _is_index(value: Any, n: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < n


def _unique(base: str, used: set[str]) -> str:
    """`base`, or `base_2`, `base_3`, ... : the first not in `used` (which it joins)."""
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}_{n}", n + 1
    used.add(slug)
    return slug


def _slug(text: str, used: set[str], fallback: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:36] or fallback
    if not base[0].isalnum():
        base = fallback
    return _unique(base, used)


def _dm_id(text: str, used: set[str], fallback: str) -> str:
    base = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")[:36]
    if not base or not base[0].isalpha():
        base = fallback
    return _unique(base, used)


def _condition(raw: Any, ids: list[str], report: _Report, loc: Loc) -> str:
    """A .gmcr condition as accord condition text."""
    if isinstance(raw, dict):
        members = raw.get("members")
        if not isinstance(members, list) or not members:
            raise report.fail(loc, _short(raw), "a compound condition with a `members` list")
        return " | ".join(_condition(m, ids, report, (*loc, "members", i)) for i, m in enumerate(members))
    if not isinstance(raw, list) or not raw:
        raise report.fail(loc, _short(raw), 'a list of [option index, "Y" or "N"] pairs')
    lits = []
    for j, pair in enumerate(raw):
        ok = (isinstance(pair, list) and len(pair) == 2 and _is_index(pair[0], len(ids))
              and pair[1] in ("Y", "N"))
        if not ok:
            raise report.fail((*loc, j), _short(pair), f'[option index 0..{len(ids) - 1}, "Y" or "N"]',
                              "correct the option index")
        lits.append(("" if pair[1] == "Y" else "-") + ids[pair[0]])
    return " & ".join(lits)


def from_gmcr(data: Any, source: str = "<gmcr>", line_of: LineOf | None = None) -> ConflictModel:
    """A ConflictModel from the parsed JSON of a `.gmcr` file. Options are regrouped by decision
    maker (as gmcr-py does on load), so state numbers in `preferenceRanking` keep their meaning.

    Every problem is a ScenarioFileError whose field path is the file's own
    (`decisionMakers[0].preferenceRanking[2]`), with its line when `line_of` maps paths to lines.
    The feasible states are enumerated and the manual rankings checked against them (every
    feasible state ranked, every entry naming one)."""
    report = _Report(source, line_of)
    if not isinstance(data, dict):
        raise report.fail((), type(data).__name__, "a JSON object with options and decisionMakers")
    options, dms_raw = data.get("options"), data.get("decisionMakers")
    if not isinstance(options, list) or not options:
        raise report.fail(("options",), _short(options), "a non-empty list of options")
    if not isinstance(dms_raw, list) or len(dms_raw) < 2:
        found = (f"{len(dms_raw)} decision maker{'s' * (len(dms_raw) != 1)}" if isinstance(dms_raw, list)
                 else _short(dms_raw))
        raise report.fail(("decisionMakers",), found, "a list of two or more decision makers",
                          "a conflict needs at least two decision makers, each controlling options")
    used: set[str] = set()
    ids = []
    for i, opt in enumerate(options):
        if not isinstance(opt, dict) or not isinstance(opt.get("name"), str):
            raise report.fail(("options", i), _short(opt), 'an object with a "name"')
        direction = opt.get("permittedDirection", "both")
        if not isinstance(direction, str) or direction not in _DIRECTION_IN:
            kind = "" if isinstance(direction, str) else f" ({_json_type(direction)})"
            raise report.fail(("options", i, "permittedDirection"), _short(direction) + kind,
                              'one of the strings "both", "fwd" or "back"',
                              'write "both" (the option can be taken and dropped), "fwd" (taken '
                              'only) or "back" (dropped only)')
        ids.append(_slug(opt["name"], used, f"option_{i + 1}"))
    manual = bool(data.get("useManualPreferenceRanking", data.get("useManualPreferenceVectors", False)))
    owner: dict[int, int] = {}
    dms: list[dict[str, Any]] = []
    dm_used: set[str] = set()
    for d, dm in enumerate(dms_raw):
        loc: Loc = ("decisionMakers", d)
        if not isinstance(dm, dict) or not isinstance(dm.get("options"), list):
            raise report.fail(loc, _short(dm), 'an object with "name" and "options"')
        opts = []
        for j, k in enumerate(dm["options"]):
            if not _is_index(k, len(options)):
                raise report.fail((*loc, "options", j), _short(k), f"an option index 0..{len(options) - 1}")
            if k in owner:
                raise report.fail((*loc, "options", j),
                                  f"option {k} ({options[k]['name']!r}) already controlled by decision "
                                  f"maker {owner[k]}", "each option controlled by exactly one decision "
                                  "maker", "remove it from one decision maker")
            owner[k] = d
            report.option_index[(d, j)] = k
            entry: dict[str, Any] = {"id": ids[k], "label": options[k]["name"][:300] or ids[k]}
            direction = _DIRECTION_IN[options[k].get("permittedDirection", "both")]
            if direction != "both":
                entry["direction"] = direction
            opts.append(entry)
        out: dict[str, Any] = {"id": _dm_id(str(dm.get("name", "")), dm_used, f"DM{d + 1}"),
                               "options": opts}
        if isinstance(dm.get("name"), str) and dm["name"].strip():
            out["name"] = dm["name"][:300]
        key = "preferenceRanking" if "preferenceRanking" in dm else "preferenceVector"
        report.rank_key[d] = key
        ranking = dm.get(key)
        if manual and ranking is not None:
            if not isinstance(ranking, list):
                raise report.fail((*loc, key), _short(ranking), "a list of state numbers, best first",
                                  "list the state numbers; a list inside the list is a tie")
            out["ranking"] = ranking
        else:
            out["preferences"] = [
                {"statement": _condition(c, ids, report, (*loc, "preferences", j))}
                for j, c in enumerate(_list_at(dm, "preferences", report, loc, "conditions"))]
        mis = _list_at(dm, "misperceptions", report, loc, "conditions")
        if mis:
            out["misperceptions"] = [_condition(c, ids, report, (*loc, "misperceptions", j))
                                     for j, c in enumerate(mis)]
        dms.append(out)
    missing = [options[k]["name"] for k in range(len(options)) if k not in owner]
    if missing:
        raise report.fail(("options",), f"options no decision maker controls: {', '.join(missing[:5])}",
                          "every option controlled by a decision maker",
                          "add it to a decision maker's options")
    rules = [{"kind": "infeasible", "when": _condition(c, ids, report, ("infeasibles", j))}
             for j, c in enumerate(_list_at(data, "infeasibles", report, (), "conditions"))]
    model: dict[str, Any] = {"dms": dms}
    if rules:
        model["feasibility"] = rules
    groups = []
    for i, group in enumerate(_list_at(data, "coalitions", report, (),
                                       "decision-maker indices or lists of them")):
        members = group if isinstance(group, list) else [group]
        for j, member in enumerate(members):
            if not _is_index(member, len(dms)):
                where: Loc = ("coalitions", i, j) if isinstance(group, list) else ("coalitions", i)
                raise report.fail(where, f"the decision maker {_short(member)}",
                                  f"a decision-maker index 0..{len(dms) - 1} (position in decisionMakers)",
                                  "correct the index or remove it from the coalition")
            if isinstance(group, list) and member in group[:j]:
                raise report.fail(("coalitions", i, j), f"the decision maker {member} twice",
                                  "each decision maker once per coalition", "remove the repetition")
        if isinstance(group, list) and len(group) > 1:
            report.coalition_index.append(i)
            groups.append([dms[m]["id"] for m in group])
    if groups:
        model["coalitions"] = groups
    return _validate(model, report)


def _validate(data: dict[str, Any], report: _Report) -> ConflictModel:
    """The converted model validated, its rules checked, and its rankings checked against the
    feasible states; every problem reported at its place in the .gmcr file."""
    from accord.conflict.graph import ConflictModelInvalid, payoffs, states

    try:
        model = ConflictModel.model_validate(data, context={"defer_conflict_checks": True})
    except ValidationError as exc:
        raise report.many(translate_validation_error(exc, data, ConflictModel)) from None
    problems = model.problems()
    if problems:
        raise report.many(problems)
    try:
        codes = states(model)
        if any(dm.ranking is not None for dm in model.dms):
            payoffs(model, codes)
    except ConflictModelInvalid as exc:
        raise report.many(exc.problems) from None
    return model


def read_gmcr(path: str | Path) -> ConflictModel:
    """Read a `.gmcr` file; every failure is a ScenarioFileError naming the field (as the file
    spells it), its line and the fix."""
    path = Path(path)
    text = _read_text(path)
    data, compose = parse_json_text(text, str(path))
    lines: dict[Loc, int] | None = None

    def line(loc: Loc) -> int | None:
        nonlocal lines
        if lines is None:
            lines = line_map(compose())
        return line_of(lines, loc)

    return from_gmcr(data, str(path), line)


def _dnf_to_gmcr(dnf: Dnf, index: dict[str, int]) -> Any:
    terms = [[[index[o], "Y" if v else "N"] for o, v in term] for term in dnf]
    if len(terms) == 1:
        return terms[0]
    return {"compound": True, "members": terms}


def to_gmcr(model: ConflictModel) -> dict[str, Any]:
    """The `.gmcr` JSON of a model (gmcr-py 0.4.1 layout), with `payoffs` per decision maker
    for the feasible states in order, as GMCR+ exports them."""
    from accord.conflict.graph import build

    index = {o: k for k, o in enumerate(model.option_ids)}
    graph = build(model)
    manual = any(dm.ranking is not None for dm in model.dms)
    dms = []
    for d, dm in enumerate(model.dms):
        out: dict[str, Any] = {"name": dm.name or dm.id, "options": [index[o.id] for o in dm.options]}
        out["preferences"] = [_dnf_to_gmcr(parse_statement(p.statement), index) for p in dm.preferences]
        if manual:
            pay = graph.payoff[d]
            levels = sorted({int(v) for v in pay}, reverse=True)
            ranking: list[Any] = []
            for level in levels:
                group = [int(s) + 1 for s in (pay == level).nonzero()[0]]
                ranking.append(group[0] if len(group) == 1 else group)
            out["preferenceRanking"] = ranking
        if dm.misperceptions:
            from accord.model.conflict import parse_condition

            out["misperceptions"] = [_dnf_to_gmcr(parse_condition(m), index) for m in dm.misperceptions]
        out["payoffs"] = [int(v) for v in graph.payoff[d]]
        dms.append(out)
    infeasibles = [_dnf_to_gmcr([term], index) for rule in model.feasibility
                   for term in rule.infeasible_dnf()]
    dm_index = {dm.id: i for i, dm in enumerate(model.dms)}
    grouped = {dm_index[d] for g in model.coalitions for d in g}
    coalitions: list[Any] = [sorted(dm_index[d] for d in g) for g in model.coalitions]
    coalitions += [i for i in range(len(model.dms)) if i not in grouped]
    return {"program": "gmcr-py", "version": "0.4.1", "useManualPreferenceRanking": manual,
            "options": [{"name": o.label or o.id, "permittedDirection": _DIRECTION_OUT[o.direction]}
                        for o in model.options],
            "infeasibles": infeasibles, "decisionMakers": dms, "coalitions": coalitions}


def write_gmcr(model: ConflictModel, path: str | Path) -> None:
    Path(path).write_text(json.dumps(to_gmcr(model), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


# -- accord's own conflict files and scenarios ----------------------------------------------------

def _read_text(path: Path) -> str:
    source = str(path)
    try:
        if path.is_dir():
            raise ScenarioFileError.single(source, "a directory", "a conflict model file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ScenarioFileError.single(source, f"a file of {size:,} bytes", f"under {MAX_BYTES:,} bytes")
        raw = path.read_bytes()
    except OSError as exc:
        raise ScenarioFileError.single(source, f"a file that cannot be read ({exc.strerror})",
                                       "a readable file", "check the path") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScenarioFileError.single(source, f"bytes that are not UTF-8 at offset {exc.start}",
                                       "UTF-8 text", "save the file as UTF-8") from None


_CONFLICT_NEEDS = ("a conflict model: a mapping with `dms:` (two or more decision makers, each with "
                   "`id` and `options`, and `preferences` or `ranking`), optionally `feasibility`, "
                   "`status_quo` and `coalitions`; or a scenario with a `conflict:` block")
_CONFLICT_FIX = ("start from the example in docs/conflict.md, e.g. `dms: [{id: A, options: [{id: a}], "
                 "preferences: [{statement: a}]}, {id: B, options: [{id: b}], preferences: "
                 "[{statement: -a}]}]`, or pass a .gmcr file")
_SCENARIO_KEYS = frozenset({"actors", "issues", "as_of", "conflict", "positions", "schema_version"})
"""Top-level keys that only a scenario has: such a file is loaded as a scenario."""


def _not_a_model(data: Any, source: str) -> ScenarioFileError:
    kind = "an empty file" if data is None else f"a top-level {type(data).__name__}"
    return ScenarioFileError.single(source, kind, _CONFLICT_NEEDS, _CONFLICT_FIX, line=1)


def _parse(text: str, source: str, fmt: str) -> tuple[Any, Callable[[], Any]]:
    if "\x00" in text:
        raise ScenarioFileError.single(source, "binary data (NUL bytes)", "YAML or JSON text",
                                       "check that this is a conflict model file")
    if fmt == "json":
        return parse_json_text(text, source)
    data, root = parse_yaml_text(text, source)
    return data, lambda: root


def load_conflict_text(text: str, source: str, fmt: str = "yaml") -> ConflictModel:
    """Parse and validate a conflict model written in accord's own YAML/JSON format."""
    data, root = _parse(text, source, fmt)
    return _conflict_from_data(data, root, source)


def _conflict_from_data(data: Any, root: Callable[[], Any], source: str) -> ConflictModel:
    if not isinstance(data, dict):
        raise _not_a_model(data, source)

    def locate(problems: list[Problem]) -> ScenarioFileError:
        lines = line_map(root())
        located = [Located(p, line_of(lines, p.loc)) for p in problems]
        return ScenarioFileError(source, sorted(located, key=lambda x: x.line or 0))

    try:
        model = ConflictModel.model_validate(data, context={"defer_conflict_checks": True})
    except ValidationError as exc:
        raise locate(translate_validation_error(exc, data, ConflictModel)) from None
    problems = model.problems()
    if problems:
        raise locate(problems)
    from accord.conflict.graph import ConflictModelInvalid, payoffs, states

    try:  # rules that leave no state, rankings that miss states: placed on their lines too
        payoffs(model, states(model))
    except ConflictModelInvalid as exc:
        raise locate(exc.problems) from None
    return model


def load_model(name_or_path: str) -> tuple[ConflictModel, str]:
    """The conflict model in a `.gmcr` file, an accord conflict file (YAML/JSON with `dms`), or
    the `conflict` block of a scenario (file or built-in name); with a description of where it
    came from. A file whose top level has scenario fields (actors, issues, as_of, conflict) is
    read as a scenario; any other file as a conflict model, so its messages say what a conflict
    model needs."""
    from accord.io import load, load_text

    path = Path(name_or_path)
    try:
        exists, folder = path.is_file(), path.is_dir()
    except OSError:
        exists = folder = False
    if folder:
        raise ScenarioFileError.single(str(path), "a directory", "a conflict model file (.yaml, .json "
                                       "or .gmcr) or a scenario", "name a file inside it")
    if exists and path.suffix.lower() == ".gmcr":
        return read_gmcr(path), str(path)
    if exists:
        source = str(path)
        text = _read_text(path)
        fmt = "json" if path.suffix.lower() == ".json" else "yaml"
        data, root = _parse(text, source, fmt)
        if not isinstance(data, dict):
            raise _not_a_model(data, source)
        if "dms" in data or not _SCENARIO_KEYS & set(map(str, data)):
            return _conflict_from_data(data, root, source), source
        scenario = load_text(text, source, fmt)
    else:
        scenario = load(name_or_path)
    if scenario.conflict is None:
        raise ScenarioFileError.single(str(name_or_path), "a scenario without a `conflict` block",
                                       "a scenario with a conflict model, a conflict file or a .gmcr file",
                                       "add `conflict:` to the scenario (see docs/conflict.md)")
    return scenario.conflict, f"scenario {scenario.id}"
