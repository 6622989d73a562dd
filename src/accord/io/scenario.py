"""Load scenarios from YAML or JSON files (or by built-in name) and write them back as YAML.

Every failure becomes a `ScenarioFileError` listing each problem as
`file:line: field.path: found ...; expected .... Fix: ...`; nothing else escapes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from difflib import get_close_matches
from importlib import resources
from pathlib import Path
from typing import Any, get_args

import yaml
from pydantic import BaseModel, ValidationError

from accord.io.errors import Located, ScenarioFileError
from accord.io.tree import MAX_DEPTH, inspect, line_map, line_of
from accord.model import Scenario, check
from accord.model.problems import Loc, Problem

MAX_BYTES = 20_000_000
"""Scenario files larger than this are refused before parsing (20 MB)."""

_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[valid-type,misc]
    """A safe loader (libyaml when available) that keeps dates as text: accord validates them
    itself, so that 2025-02-30 gets a clear message instead of a parser crash."""


def _bool_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> bool | str:
    """YAML 1.2 booleans: only true/false. `NO` (Norway), `yes` and `off` stay text."""
    text = str(loader.construct_scalar(node))
    return {"true": True, "false": False}.get(text.lower(), text)


_Loader.add_constructor("tag:yaml.org,2002:timestamp",
                        lambda loader, node: loader.construct_scalar(node))
_Loader.add_constructor("tag:yaml.org,2002:bool", _bool_or_text)


def _refuse(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    raise yaml.constructor.ConstructorError(None, None, f"the tag {node.tag}", node.start_mark)


for _tag in ("set", "omap", "pairs", "binary"):
    _Loader.add_constructor(f"tag:yaml.org,2002:{_tag}", _refuse)

_PATTERNS = {
    r"^[A-Z][A-Z0-9_]{1,15}$": "an upper-case actor code such as RUS or EUR",
    r"^[a-z][a-z0-9_]{0,39}$": "a lower-case id such as zelensky or abu_dhabi",
    r"^[a-z0-9][a-z0-9_]{0,39}$": "a lower-case option id such as cede_de_facto",
    r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$": "a dotted issue id such as territory.donbas",
    r"^[a-z0-9][a-z0-9_.-]{0,79}$": "a lower-case id of letters, digits, '_', '-' and '.'",
    r"^[a-z]{2}$": "a two-letter language code such as en or de",
    r"^[^\n\r]+$": "a single line of text",
    r"^[0-9a-f]{64}$": "64 lower-case hex digits (SHA-256)",
}

_EXPECT = {
    "missing": "this required field",
    "float_parsing": "a number",
    "float_type": "a number",
    "int_parsing": "a whole number",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "string_type": "text",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
    "tuple_type": "a list",
    "dict_type": "a mapping of keys to values",
    "model_type": "a mapping of fields",
    "model_attributes_type": "a mapping of fields",
    "url_parsing": "a URL such as https://example.org/article",
    "url_scheme": "an http or https URL",
    "finite_number": "a finite number",
}


def builtin_names() -> list[str]:
    """Names of the scenarios shipped with accord."""
    folder = resources.files("accord") / "data" / "scenarios"
    return sorted(p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml"))


def load(name_or_path: str | Path) -> Scenario:
    """Load a built-in scenario by name (`"ukraine-2022-2026"`) or a YAML/JSON file by path."""
    path = Path(name_or_path)
    try:
        exists = path.exists()
    except OSError:  # e.g. a name longer than the file system allows
        exists = False
    if exists:
        return load_file(path)
    name = str(name_or_path)
    if name in builtin_names():
        res = resources.files("accord") / "data" / "scenarios" / f"{name}.yaml"
        return load_text(res.read_text(encoding="utf-8"), source=f"<built-in {name}>", fmt="yaml")
    known = builtin_names()
    close = get_close_matches(name, known, n=1)
    fix = f"did you mean {close[0]!r}?" if close else f"built-in scenarios: {', '.join(known)}"
    raise ScenarioFileError.single(name, "no such file and no built-in scenario of that name",
                                   "a path to a .yaml/.yml/.json file or a built-in name", fix)


def load_file(path: str | Path) -> Scenario:
    """Load and validate a scenario file; the format follows the suffix (.json, else YAML)."""
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ScenarioFileError.single(source, f"a file that cannot be read ({exc.strerror})",
                                       "a readable scenario file", "check the path") from None
    if path.is_dir():
        raise ScenarioFileError.single(source, "a directory", "a scenario file",
                                       "name a .yaml or .json file inside it")
    if size > MAX_BYTES:
        raise ScenarioFileError.single(source, f"a file of {size:,} bytes",
                                       f"a scenario file under {MAX_BYTES:,} bytes",
                                       "split the data or check that this is a scenario file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ScenarioFileError.single(source, f"a file that cannot be read ({exc.strerror})",
                                       "a readable scenario file", "check the path") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ScenarioFileError.single(source, f"bytes that are not UTF-8 at offset {exc.start}",
                                       "UTF-8 text", "save the file as UTF-8", line=line) from None
    fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    return load_text(text, source=source, fmt=fmt)


def load_text(text: str, source: str = "<text>", fmt: str = "yaml") -> Scenario:
    """Parse and validate scenario text in `fmt` ("yaml" or "json")."""
    if "\x00" in text:
        raise ScenarioFileError.single(source, "binary data (NUL bytes)", "YAML or JSON text",
                                       "check that this is a scenario file")
    data, root = _parse_json(text, source) if fmt == "json" else _parse_yaml(text, source)
    if not isinstance(data, dict):
        kind = "an empty file" if data is None else f"a top-level {type(data).__name__}"
        raise ScenarioFileError.single(source, kind, "a mapping with id, title, as_of, actors, issues ...",
                                       "start from `accord schema` or a built-in scenario", line=1)

    def locate(problems: list[Problem]) -> ScenarioFileError:
        lines = line_map(root() if callable(root) else root)
        located = [Located(p, line_of(lines, p.loc)) for p in problems]
        return ScenarioFileError(source, sorted(located, key=lambda x: x.line or 0))

    try:
        scenario = Scenario.model_validate(data, context={"defer_checks": True})
    except ValidationError as exc:
        problems = _translate(exc, data)
        raise locate(problems + _checks_of_the_rest(data, problems)) from None
    problems = check(scenario)
    if problems:
        raise locate(problems)
    return scenario


def _checks_of_the_rest(data: dict[str, Any], problems: list[Problem]) -> list[Problem]:
    """The cross-record checks (spans inside their documents, dates in order, references) on
    the records that passed validation, so that one pass reports them together with type errors
    elsewhere in the file. The records with a problem are set aside, and a check that names one
    of their ids is left out (it would only repeat that problem). Nothing is added when a problem
    sits outside the top-level lists (a bad `as_of` bears on every check) or a list would be left
    empty."""
    bad: dict[str, set[int]] = {}
    for p in problems:
        key = p.loc[0] if p.loc else None
        if not isinstance(key, str) or len(p.loc) < 2 or not isinstance(p.loc[1], int) \
                or not isinstance(data.get(key), list):
            return []
        bad.setdefault(key, set()).add(p.loc[1])
    kept, index, dropped = dict(data), {}, set()
    for key, rows in bad.items():
        index[key] = [i for i in range(len(data[key])) if i not in rows]
        if not index[key]:
            return []
        kept[key] = [data[key][i] for i in index[key]]
        for i in rows:
            rid = data[key][i].get("id") if isinstance(data[key][i], dict) else None
            dropped.add(rid if isinstance(rid, str) else "")
    try:
        rest = Scenario.model_validate(kept, context={"defer_checks": True})
    except ValidationError:
        return []
    # ids are matched loosely: a record set aside for a malformed id ('usa', 'army_size') is
    # the one its references ('USA', 'military.army_size') mean; without an id at all, any
    # unknown reference may be it
    named = sorted(i for i in dropped if i)
    names = re.compile("|".join(rf"(?<![\w-]){re.escape(i)}(?![\w])" for i in named),
                       re.IGNORECASE) if named else None
    out = []
    for p in check(rest):
        if names is not None and names.search(f"{p.found} {p.expected} {p.fix}"):
            continue
        if "" in dropped and p.found.startswith("unknown "):
            continue
        loc = p.loc
        if len(loc) >= 2 and loc[0] in index and isinstance(loc[1], int):
            loc = (loc[0], index[str(loc[0])][loc[1]], *loc[2:])
        out.append(Problem(loc, p.found, p.expected, p.fix))
    return out


# -- public helpers for other file formats built on the same loader -------------------------------

def parse_yaml_text(text: str, source: str) -> tuple[Any, yaml.Node | None]:
    """Parse YAML as scenario files are parsed (safe loader, YAML 1.2 booleans, dates kept as
    text, tree checks against alias bombs, repeated keys and deep nesting). Returns the data and
    the composed node tree (None for an empty document), for `accord.io.tree.line_map`. Every
    failure is a `ScenarioFileError` naming `source` and the line."""
    return _parse_yaml(text, source)


def parse_json_text(text: str, source: str) -> tuple[Any, Callable[[], yaml.Node | None]]:
    """Parse strict JSON (repeated keys refused). Returns the data and a function composing its
    node tree on demand (None when YAML cannot read it), for line numbers in messages. Every
    failure is a `ScenarioFileError` naming `source` and the line."""
    return _parse_json(text, source)


def translate_validation_error(exc: ValidationError, data: Any,
                               root: type[BaseModel] = Scenario) -> list[Problem]:
    """The errors of a pydantic `ValidationError` raised while validating `data` as `root` (the
    model class at the top of the file) as problems with found / expected / fix and field paths
    into `data` (union branch tags dropped)."""
    return _translate(exc, data, root)


# -- parsing --------------------------------------------------------------------------------------

def flow_depth_excess(text: str) -> int | None:
    """The line (1-based) where flow collections (`[`, `{`) first nest deeper than `MAX_DEPTH`,
    or None. A linear scan run before the YAML parser, so that deep nesting is refused by accord
    with its own message whatever limit (and wording) the installed parser has. Brackets count
    only where YAML can open a flow collection (line start or after `:`, `-`, `,`, `[`, `{`);
    quoted text and comments are skipped."""
    depth, line, prev, quote, comment, escaped = 0, 1, "\n", "", False, False
    for ch in text:
        if ch == "\n":
            line, prev, comment = line + 1, "\n", False  # quoted scalars may span lines
            continue
        if comment:
            continue
        if quote:
            if escaped:
                escaped = False
            elif ch == "\\" and quote == '"':
                escaped = True
            elif ch == quote:
                quote = ""
            prev = ch
            continue
        if ch in " \t\r":
            continue
        if ch in "'\"" and prev in "\n:-,[{?":
            quote = ch
        elif ch == "#" and prev in "\n:-,[{":
            comment = True
        elif ch in "[{" and prev in "\n:-,[{?":
            depth += 1
            if depth > MAX_DEPTH:
                return line
        elif ch in "]}" and depth:
            depth -= 1
        prev = ch
    return None


def _parse_yaml(text: str, source: str) -> tuple[Any, yaml.Node | None]:
    """Compose the text once, refuse what a scenario must not contain, then build the data."""
    deep_at = flow_depth_excess(text)
    if deep_at is not None:
        raise _too_deep(source, deep_at)
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, None
        problems = inspect(root)
        if problems:
            raise ScenarioFileError(source, problems)
        return loader.construct_document(root), root
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = (exc.problem or "").strip()
        raise ScenarioFileError.single(source, f"a YAML tag accord does not read ({what})",
                                       "plain YAML data (mappings, lists, text, numbers)",
                                       "remove the tag: scenario files hold data, not objects",
                                       line=mark.line + 1 if mark else None) from None
    except yaml.reader.ReaderError as exc:
        raise ScenarioFileError.single(source, f"the control character {chr(exc.character)!r}"
                                       if isinstance(exc.character, int) else "a character YAML forbids",
                                       "printable text", "delete the character or escape it in a "
                                       "double-quoted string",
                                       line=text[: exc.position].count("\n") + 1) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = (exc.problem or "invalid YAML").strip()
        fix = "fix the indentation or quoting near this line"
        opened, context = exc.context_mark, exc.context or ""
        unclosed = next((name for key, name in _UNCLOSED.items() if key in context), None)
        at_end = exc.problem_mark is not None and _only_blank_after(text, exc.problem_mark)
        if opened is not None and unclosed and at_end:
            # it runs to the end of the file: the line to fix is the one that opened it, not the
            # line after the last (a file of four lines was said to fail on line 5)
            mark = opened
            what += f": the {unclosed[0]} opened on line {opened.line + 1}, column " \
                    f"{opened.column + 1} is never closed"
            fix = f"close the {unclosed[0]} on this line ({unclosed[1]})"
        raise ScenarioFileError.single(source, f"a YAML syntax error ({what})", "valid YAML",
                                       fix, line=mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise ScenarioFileError.single(source, f"invalid YAML ({exc})", "valid YAML") from None
    except RecursionError:
        raise _too_deep(source) from None
    except ValueError as exc:  # e.g. an integer longer than Python converts
        raise ScenarioFileError.single(source, f"a value YAML cannot convert ({exc})",
                                       "ordinary numbers and text", "shorten or quote the value") from None
    finally:
        loader.dispose()


_UNCLOSED = {"quoted scalar": ("quoted text", "or escape a quote inside the text"),
             "flow mapping": ("'{'", "with '}'"), "flow sequence": ("'['", "with ']'")}
"""PyYAML's context of an error at the end of the file: what was opened and never closed."""


def _only_blank_after(text: str, mark: yaml.Mark) -> bool:
    """Whether nothing but white space follows `mark` (by line and column, which count
    characters in both loaders, unlike the index)."""
    lines = text.splitlines()
    rest = lines[mark.line][mark.column:] if mark.line < len(lines) else ""
    return not (rest + "".join(lines[mark.line + 1:])).strip()


def _too_deep(source: str, line: int | None = None) -> ScenarioFileError:
    return ScenarioFileError.single(source, "lists or mappings nested too deeply to read",
                                    f"at most {MAX_DEPTH} levels", "check the file's structure",
                                    line=line)


def _parse_json(text: str, source: str) -> tuple[Any, Callable[[], yaml.Node | None]]:
    """Parse strict JSON. Its YAML node tree, composed only when something is wrong (and when
    YAML can read it), gives line numbers and the place of repeated keys."""
    deep_at = flow_depth_excess(text)
    if deep_at is not None:
        raise _too_deep(source, deep_at)
    dupes: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in items:
            if k in out:
                dupes.append(k)
            out[k] = v
        return out

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        raise ScenarioFileError.single(source, f"a JSON syntax error ({exc.msg}, column {exc.colno})",
                                       "valid JSON", "fix the syntax near this line",
                                       line=exc.lineno) from None
    except RecursionError:
        raise _too_deep(source) from None
    except ValueError as exc:
        raise ScenarioFileError.single(source, f"a value JSON cannot convert ({exc})",
                                       "ordinary numbers and text", "shorten the value") from None
    def compose() -> yaml.Node | None:
        try:
            return yaml.compose(text, Loader=_Loader)
        except (yaml.YAMLError, RecursionError, ValueError):
            return None  # e.g. tab indentation: valid JSON, not YAML; no line numbers then

    if dupes:
        root = compose()
        tree_problems = inspect(root) if root is not None else []
        if tree_problems:
            raise ScenarioFileError(source, tree_problems)
        raise ScenarioFileError.single(source, f"the key {dupes[0]!r} twice in one object",
                                       "each key once per object", "merge or rename the repeated key")
    return data, compose


# -- pydantic errors to problems ------------------------------------------------------------------

def _data_loc(loc: tuple[Any, ...], data: Any) -> Loc:
    """Keep the parts of pydantic's loc that exist in the input (drops union branch tags)."""
    out: list[str | int] = []
    node = data
    for part in loc:
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            out.append(part)
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and not _is_tag(part):
            out.append(part)  # a missing or unknown key
            node = None
    return tuple(out)


def _is_tag(part: str) -> bool:
    return any(c in part for c in "[]") or part in {"str", "float", "int", "bool", "list", "dict",
                                                     "tuple", "none", "function-after",
                                                     "function-before", "function-plain"}


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _model_at(loc: Loc, root: type[BaseModel] = Scenario) -> type[BaseModel] | None:
    """The model class whose fields live at `loc` (walks `root`'s field annotations)."""
    model: Any = root
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return None
        info = model.model_fields.get(str(part))
        if info is None:
            return None
        model = _inner_model(info.annotation)
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    """The BaseModel inside list[...], X | None, Annotated[...] (or the annotation itself)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _translate(exc: ValidationError, data: Any, root: type[BaseModel] = Scenario) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[Loc, str]] = set()
    union_groups: dict[Loc, list[Any]] = {}
    for err in exc.errors(include_url=False):
        loc = _data_loc(err["loc"], data)
        union_groups.setdefault(loc, []).append(err)
    for loc, errs in union_groups.items():
        for err in errs if len(errs) == 1 else _merge_union(errs):
            problem = _problem(loc, err, root)
            key = (loc, str(problem))
            if key not in seen:
                seen.add(key)
                problems.append(problem)
    return problems


def _merge_union(errs: list[Any]) -> list[Any]:
    """Several errors at one place are usually the branches of a union: keep one message."""
    types = {e["type"] for e in errs}
    if len(types) > 1 and types <= {"string_type", "float_type", "float_parsing", "int_type",
                                     "int_parsing", "none_required"}:
        return [{**errs[0], "type": "union_value"}]
    return errs


def _problem(loc: Loc, err: Any, root: type[BaseModel] = Scenario) -> Problem:
    kind, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
    found = _short(value)
    if kind == "accord_rule":
        return Problem(loc, ctx["found"], ctx["expected"], ctx.get("fix", ""))
    if kind == "missing":
        field = loc[-1] if loc else "field"
        return Problem(loc, "nothing", f"the required field `{field}`", f"add `{field}: ...`")
    if kind == "extra_forbidden":
        field = str(loc[-1]) if loc else "?"
        owner = _model_at(loc[:-1], root)
        fields = sorted(owner.model_fields) if owner else []
        close = get_close_matches(field, fields, n=1)
        fix = (f"did you mean `{close[0]}`?" if close
               else f"remove it; allowed here: {', '.join(fields)}" if fields
               else "remove it (see `accord schema`)")
        return Problem(loc, f"the unknown field `{field}`", "only the fields the schema defines", fix)
    if kind == "literal_error":
        return Problem(loc, found, f"one of {ctx.get('expected', '')}", "use one of the listed values")
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        expected = _PATTERNS.get(pattern, f"text matching {pattern}")
        return Problem(loc, found, expected, f"rewrite it as {expected}")
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        sign = {"greater_than_equal": ">=", "less_than_equal": "<=", "greater_than": ">",
                "less_than": "<"}[kind]
        limit = next(iter(ctx.values()), "")
        return Problem(loc, found, f"a number {sign} {limit}", "correct the value")
    if kind in ("too_short", "too_long"):
        limit = ctx.get("min_length" if kind == "too_short" else "max_length")
        if limit is None:
            return Problem(loc, found, err["msg"].lower(), "")
        bound = "at least" if kind == "too_short" else "at most"
        fix = ("give a name per language code, e.g. `names: {en: Russia, de: Russland}`"
               if kind == "too_short" and loc and loc[-1] == "names" else "")
        fix = fix or (f"add items to reach {limit}" if kind == "too_short"
                      else f"remove items to keep {limit}")
        return Problem(loc, found, f"{bound} {limit} item{'s' * (limit != 1)}", fix)
    if kind == "union_value":
        return Problem(loc, found, "an option id (text) or a number",
                       "write one of the issue's option ids, or a number on a numeric issue")
    if kind == "value_error":
        expected = err["msg"].removeprefix("Value error, ").removeprefix("expected ")
        return Problem(loc, found, expected, f"write {expected}")
    expected = _EXPECT.get(kind, err["msg"])
    return Problem(loc, f"{found} ({type(value).__name__})" if value is not None else "null",
                   expected, _type_fix(kind, loc, value))


def _type_fix(kind: str, loc: Loc, value: Any) -> str:
    """How to write a value of the wrong type (a string where a number belongs, a list where a
    mapping does, ...) the way the field wants it, with the field's own name in the example."""
    field = next((str(p) for p in reversed(loc) if isinstance(p, str)), "field")
    if kind in ("float_parsing", "float_type", "finite_number"):
        return (f"write a number without quotes, e.g. `{field}: 0.5`"
                + (" (words such as 'high' are not read as numbers)"
                   if isinstance(value, str) and value.strip() else ""))
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"write a whole number without quotes or decimals, e.g. `{field}: 3`"
    if kind == "string_type":
        return (f"write text; quote it when YAML would read it as something else, e.g. "
                f"`{field}: '{_short(value).strip(chr(39))}'`" if isinstance(value, int | float | bool)
                else f"write one piece of text, e.g. `{field}: some text`")
    if kind in ("bool_type", "bool_parsing"):
        return f"write `{field}: true` or `{field}: false` (without quotes)"
    if kind in ("list_type", "tuple_type"):
        if isinstance(value, dict):
            return (f"write the items as a list (one `- item` line each under `{field}:`, or "
                    f"`{field}: [a, b]`), not as `key: value` pairs")
        return (f"write a list: one `- item` line each under `{field}:`, or `{field}: [a, b]` "
                "on one line (a single item is a list of one)")
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        if loc and isinstance(loc[-1], int):
            return (f"write this item of `{field}` as `key: value` lines after its `- ` (e.g. "
                    "`- id: ...` with the other fields indented under it; `accord schema` lists "
                    "them)")
        what = "its fields" if kind != "dict_type" else "the entries"
        example = ("e.g. `names: {en: Name, de: Name}`" if field == "names"
                   else "`accord schema` lists the fields")
        if isinstance(value, list):
            return (f"write {what} as `key: value` lines indented under `{field}:`, not as "
                    f"`- item` lines ({example})")
        return f"write {what} as `key: value` lines indented under `{field}:` ({example})"
    if kind in ("url_parsing", "url_scheme"):
        return f"write the full address, e.g. `{field}: https://example.org/article`"
    return "correct the value (`accord schema` lists each field's type)"
