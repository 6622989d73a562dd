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
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from accord.io import ScenarioFileError
from accord.io.errors import Located
from accord.model.conflict import ConflictModel, Dnf, parse_statement
from accord.model.problems import Problem

MAX_BYTES = 20_000_000
_DIRECTION_IN = {"both": "both", "fwd": "take_only", "back": "drop_only"}
_DIRECTION_OUT = {v: k for k, v in _DIRECTION_IN.items()}


def _fail(source: str, loc: tuple[str | int, ...], found: str, expected: str,
          fix: str = "") -> ScenarioFileError:
    return ScenarioFileError(source, [Located(Problem(loc, found, expected, fix), None)])


def _slug(text: str, used: set[str], fallback: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:36] or fallback
    if not base[0].isalnum():
        base = fallback
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}_{n}", n + 1
    used.add(slug)
    return slug


def _dm_id(text: str, used: set[str], fallback: str) -> str:
    base = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")[:36]
    if not base or not base[0].isalpha():
        base = fallback
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}_{n}", n + 1
    used.add(slug)
    return slug


def _condition(raw: Any, ids: list[str], source: str, loc: tuple[str | int, ...]) -> str:
    """A .gmcr condition as accord condition text."""
    if isinstance(raw, dict):
        members = raw.get("members")
        if not isinstance(members, list) or not members:
            raise _fail(source, loc, repr(raw)[:80], "a compound condition with a `members` list")
        return " | ".join(_condition(m, ids, source, (*loc, "members", i)) for i, m in enumerate(members))
    if not isinstance(raw, list) or not raw:
        raise _fail(source, loc, repr(raw)[:80], 'a list of [option index, "Y" or "N"] pairs')
    lits = []
    for j, pair in enumerate(raw):
        ok = (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], int)
              and not isinstance(pair[0], bool) and 0 <= pair[0] < len(ids) and pair[1] in ("Y", "N"))
        if not ok:
            raise _fail(source, (*loc, j), repr(pair)[:80],
                        f'[option index 0..{len(ids) - 1}, "Y" or "N"]', "correct the option index")
        lits.append(("" if pair[1] == "Y" else "-") + ids[pair[0]])
    return " & ".join(lits)


def from_gmcr(data: Any, source: str = "<gmcr>") -> ConflictModel:
    """A ConflictModel from the parsed JSON of a `.gmcr` file. Options are regrouped by decision
    maker (as gmcr-py does on load), so state numbers in `preferenceRanking` keep their meaning."""
    if not isinstance(data, dict):
        raise _fail(source, (), type(data).__name__, "a JSON object with options and decisionMakers")
    options, dms_raw = data.get("options"), data.get("decisionMakers")
    if not isinstance(options, list) or not options:
        raise _fail(source, ("options",), repr(options)[:80], "a non-empty list of options")
    if not isinstance(dms_raw, list) or len(dms_raw) < 2:
        raise _fail(source, ("decisionMakers",), repr(dms_raw)[:80], "a list of two or more decision makers")
    used: set[str] = set()
    ids = []
    for i, opt in enumerate(options):
        if not isinstance(opt, dict) or not isinstance(opt.get("name"), str):
            raise _fail(source, ("options", i), repr(opt)[:80], 'an object with a "name"')
        if opt.get("permittedDirection", "both") not in _DIRECTION_IN:
            raise _fail(source, ("options", i, "permittedDirection"), repr(opt.get("permittedDirection")),
                        "both, fwd or back")
        ids.append(_slug(opt["name"], used, f"option_{i + 1}"))
    manual = bool(data.get("useManualPreferenceRanking", data.get("useManualPreferenceVectors", False)))
    owner: dict[int, int] = {}
    dms: list[dict[str, Any]] = []
    dm_used: set[str] = set()
    for d, dm in enumerate(dms_raw):
        loc: tuple[str | int, ...] = ("decisionMakers", d)
        if not isinstance(dm, dict) or not isinstance(dm.get("options"), list):
            raise _fail(source, loc, repr(dm)[:80], 'an object with "name" and "options"')
        opts = []
        for j, k in enumerate(dm["options"]):
            if not isinstance(k, int) or isinstance(k, bool) or not 0 <= k < len(options):
                raise _fail(source, (*loc, "options", j), repr(k), f"an option index 0..{len(options) - 1}")
            if k in owner:
                raise _fail(source, (*loc, "options", j),
                            f"option {k} ({options[k]['name']!r}) already controlled by decision maker "
                            f"{owner[k]}", "each option controlled by exactly one decision maker",
                            "remove it from one decision maker")
            owner[k] = d
            entry: dict[str, Any] = {"id": ids[k], "label": options[k]["name"][:300] or ids[k]}
            direction = _DIRECTION_IN[options[k].get("permittedDirection", "both")]
            if direction != "both":
                entry["direction"] = direction
            opts.append(entry)
        out: dict[str, Any] = {"id": _dm_id(str(dm.get("name", "")), dm_used, f"DM{d + 1}"),
                               "options": opts}
        if isinstance(dm.get("name"), str) and dm["name"].strip():
            out["name"] = dm["name"][:300]
        ranking = dm.get("preferenceRanking", dm.get("preferenceVector"))
        if manual and ranking is not None:
            if not isinstance(ranking, list):
                raise _fail(source, (*loc, "preferenceRanking"), repr(ranking)[:80],
                            "a list of state numbers")
            out["ranking"] = ranking
        else:
            out["preferences"] = [{"statement": _condition(c, ids, source, (*loc, "preferences", j))}
                                  for j, c in enumerate(dm.get("preferences") or [])]
        mis = dm.get("misperceptions") or []
        if mis:
            out["misperceptions"] = [_condition(c, ids, source, (*loc, "misperceptions", j))
                                     for j, c in enumerate(mis)]
        dms.append(out)
    missing = [options[k]["name"] for k in range(len(options)) if k not in owner]
    if missing:
        raise _fail(source, ("options",), f"options no decision maker controls: {', '.join(missing[:5])}",
                    "every option controlled by a decision maker", "add it to a decision maker's options")
    rules = [{"kind": "infeasible", "when": _condition(c, ids, source, ("infeasibles", j))}
             for j, c in enumerate(data.get("infeasibles") or [])]
    model: dict[str, Any] = {"dms": dms}
    if rules:
        model["feasibility"] = rules
    coalitions = data.get("coalitions")
    if isinstance(coalitions, list):
        groups = [c for c in coalitions if isinstance(c, list) and len(c) > 1]
        model["coalitions"] = [[dms[i]["id"] for i in g if isinstance(i, int) and 0 <= i < len(dms)]
                               for g in groups]
    try:
        return ConflictModel.model_validate(model)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise _fail(source, tuple(first["loc"]), str(first.get("input"))[:80], first["msg"]) from None


def read_gmcr(path: str | Path) -> ConflictModel:
    """Read a `.gmcr` file; every failure is a ScenarioFileError naming the field and the fix."""
    path = Path(path)
    text = _read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScenarioFileError.single(str(path), f"a JSON syntax error ({exc.msg}, column {exc.colno})",
                                       "a .gmcr file (JSON)", "fix the syntax near this line",
                                       line=exc.lineno) from None
    except (RecursionError, ValueError) as exc:
        raise ScenarioFileError.single(str(path), f"JSON that cannot be read ({type(exc).__name__})",
                                       "a .gmcr file (JSON)") from None
    return from_gmcr(data, str(path))


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


def load_conflict_text(text: str, source: str, fmt: str = "yaml") -> ConflictModel:
    """Parse and validate a conflict model written in accord's own YAML/JSON format."""
    from accord.io.scenario import _parse_json, _parse_yaml, _translate
    from accord.io.tree import line_map, line_of

    if "\x00" in text:
        raise ScenarioFileError.single(source, "binary data (NUL bytes)", "YAML or JSON text")
    data, root = _parse_json(text, source) if fmt == "json" else _parse_yaml(text, source)
    if not isinstance(data, dict):
        raise ScenarioFileError.single(source, "no mapping at the top level",
                                       "a mapping with `dms:` (and feasibility, status_quo ...)", line=1)

    def locate(problems: list[Problem]) -> ScenarioFileError:
        lines = line_map(root() if callable(root) else root)
        return ScenarioFileError(source, [Located(p, line_of(lines, p.loc)) for p in problems])

    try:
        model = ConflictModel.model_validate(data, context={"defer_conflict_checks": True})
    except ValidationError as exc:
        raise locate(_translate(exc, data)) from None
    problems = model.problems()
    if problems:
        raise locate(problems)
    return model


def load_model(name_or_path: str) -> tuple[ConflictModel, str]:
    """The conflict model in a `.gmcr` file, an accord conflict file (YAML/JSON with `dms`), or
    the `conflict` block of a scenario (file or built-in name); with a description of where it
    came from."""
    from accord.io import load

    path = Path(name_or_path)
    try:
        exists = path.is_file()
    except OSError:
        exists = False
    if exists and path.suffix.lower() == ".gmcr":
        return read_gmcr(path), str(path)
    if exists:
        from accord.io.scenario import _parse_json, _parse_yaml

        text = _read_text(path)
        fmt = "json" if path.suffix.lower() == ".json" else "yaml"
        head, _ = _parse_json(text, str(path)) if fmt == "json" else _parse_yaml(text, str(path))
        if isinstance(head, dict) and "dms" in head:
            return load_conflict_text(text, str(path), fmt), str(path)
    scenario = load(name_or_path)
    if scenario.conflict is None:
        raise ScenarioFileError.single(str(name_or_path), "a scenario without a `conflict` block",
                                       "a scenario with a conflict model, a conflict file or a .gmcr file",
                                       "add `conflict:` to the scenario (see docs/conflict.md)")
    return scenario.conflict, f"scenario {scenario.id}"

