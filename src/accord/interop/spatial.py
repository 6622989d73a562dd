"""Readers for the spatial-model file layouts used by forecasting tools:

- the KTAB CSV layout (KAPSARC KTAB `examples/smp`): row 1 `scenario, description, nActors,
  nDims`; row 2 a header; then `Actor, Description, Influence, Pos_1, Sal_1, ..., Pos_D, Sal_D`,
  positions and saliences on 0-100, each actor's saliences summing to at most 100;
- the EUM CSV layout `Actor,Capability,Position,Salience` (Bueno de Mesquita / Scholz examples),
  salience declared on 0-1 (default) or 0-100;
- the Decide exchange-model layout (tab-separated, quoted rows `#A`, `#P`, `#M`, `#D`);
- the DEU III file (tab-separated, quoted; `pcom ... puk`, `scom ... suk`, `rp`, `out`).

Every problem is reported as a :class:`accord.io.ScenarioFileError` naming the file, the line, the
column and the fix.
"""

from __future__ import annotations

import csv
import io
import math
import re
from pathlib import Path
from typing import Literal

import numpy as np

from accord.forecast.backtest import DEU_ACTORS, CouncilWeights, DeuData, DeuIssue
from accord.forecast.inputs import MAX_MAGNITUDE, InputError, SpatialInput, make_input
from accord.io import ScenarioFileError

MAX_BYTES = 50_000_000


def _text(path: Path) -> str:
    src = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ScenarioFileError.single(src, f"cannot open the file ({exc.strerror})",
                                       "a readable file", "check the path") from None
    if size > MAX_BYTES:
        raise ScenarioFileError.single(src, f"a file of {size} bytes", f"at most {MAX_BYTES} bytes",
                                       "split the file")
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _rows(src: str, text: str, delimiter: str = ",", quotechar: str = '"') -> list[list[str]]:
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                               quotechar=quotechar))
    except csv.Error as exc:
        raise ScenarioFileError.single(src, f"unreadable CSV ({exc})", "well-formed CSV rows",
                                       "check quotes and line breaks") from None




def _number(src: str, text: str, line: int, column: str, fix: str) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        raise ScenarioFileError.single(src, f"{text.strip()!r} in column {column}", "a number", fix,
                                       line=line, loc=(column,)) from None
    if not math.isfinite(value):
        raise ScenarioFileError.single(src, f"{text.strip()!r} in column {column}",
                                       "a finite number", fix, line=line, loc=(column,))
    if abs(value) > MAX_MAGNITUDE:
        raise ScenarioFileError.single(src, f"{text.strip()!r} in column {column}",
                                       f"a number between -{MAX_MAGNITUDE:g} and {MAX_MAGNITUDE:g}",
                                       "rescale the column (only ratios and relative distances "
                                       "matter to the models)", line=line, loc=(column,))
    return value


MAX_DIMS = 1000
MAX_ACTORS = 100_000
"""Bounds on the counts a KTAB title row may declare."""


def _whole(src: str, text: str, line: int, column: str, fix: str) -> int:
    value = _number(src, text, line, column, fix)
    if value != int(value):
        raise ScenarioFileError.single(src, f"{text.strip()!r} in column {column}",
                                       "a whole number", fix, line=line, loc=(column,))
    return int(value)


def _no_duplicates(src: str, names: list[str], lines: list[int], column: str) -> None:
    seen: dict[str, int] = {}
    for name, line in zip(names, lines, strict=True):
        if name in seen:
            raise ScenarioFileError.single(
                src, f"actor {name!r} again (first on line {seen[name]})", "one row per actor",
                "merge the rows or give the actors distinct names", line=line, loc=(column,))
        seen[name] = line


def _check_input(src: str, build: object) -> SpatialInput:
    assert isinstance(build, SpatialInput)
    return build


def _zero_capability(src: str, names: list[str], caps: list[float], lines: list[int],
                     column: str) -> None:
    for name, cap, line in zip(names, caps, lines, strict=True):
        if cap <= 0:
            raise ScenarioFileError.single(
                src, f"actor {name!r} with capability {cap:g}", "a capability above 0",
                "give the actor a positive capability or remove its row", line=line, loc=(column,))


# ---------------------------------------------------------------- KTAB

def read_ktab(path: str | Path) -> SpatialInput:
    """Read a KTAB SMP CSV file (positions and saliences on 0-100, saliences divided by 100)."""
    path = Path(path)
    src = str(path)
    rows = _rows(src, _text(path))
    if len(rows) < 4:
        raise ScenarioFileError.single(src, f"{len(rows)} rows", "a title row, a header row and at "
                                       "least two actor rows", "use the KTAB CSV layout", line=1)
    head = rows[0]
    if len(head) < 4:
        raise ScenarioFileError.single(src, f"{len(head)} fields in the title row",
                                       "scenarioName, description, nActors, nDims",
                                       "add the actor and dimension counts", line=1)
    n_act = _whole(src, head[2], 1, "nActors", "give the number of actors")
    n_dim = _whole(src, head[3], 1, "nDims", "give the number of dimensions (a whole number)")
    if not 1 <= n_dim <= MAX_DIMS:
        raise ScenarioFileError.single(src, f"nDims = {n_dim}", f"1 to {MAX_DIMS}",
                                       "fix the title row", line=1, loc=("nDims",))
    if not 2 <= n_act <= MAX_ACTORS:
        raise ScenarioFileError.single(src, f"nActors = {n_act}", f"2 to {MAX_ACTORS}",
                                       "fix the title row", line=1, loc=("nActors",))
    header = [h.strip() for h in rows[1]]
    width = 3 + 2 * n_dim
    if len([h for h in header if h]) < width:
        missing = "Pos/Sal columns" if len(header) >= 3 else "Actor, Description, Influence"
        raise ScenarioFileError.single(src, f"{len([h for h in header if h])} header columns",
                                       f"{width} columns (Actor, Description, Influence and a "
                                       f"position and a salience per dimension)",
                                       f"add the missing {missing}", line=2)
    dims = [header[3 + 2 * k] or f"dim{k + 1}" for k in range(n_dim)]
    names, caps, pos, sal, lines = [], [], [], [], []
    for line, row in enumerate(rows[2:], start=3):
        if not any(c.strip() for c in row):
            continue
        cells = [c.strip() for c in row]
        while cells and cells[-1] == "":
            cells.pop()
        if len(cells) < width:
            col = header[len(cells)] if len(cells) < len(header) else f"column {len(cells) + 1}"
            raise ScenarioFileError.single(src, f"{len(cells)} values", f"{width} values",
                                           f"fill in column {col!r}", line=line, loc=(col,))
        names.append(cells[0])
        caps.append(_number(src, cells[2], line, header[2] or "Influence", "give a capability"))
        p, s = [], []
        for k in range(n_dim):
            pc, sc = header[3 + 2 * k] or f"Pos_{k + 1}", header[4 + 2 * k] or f"Sal_{k + 1}"
            x = _number(src, cells[3 + 2 * k], line, pc, "give a position on 0-100")
            y = _number(src, cells[4 + 2 * k], line, sc, "give a salience on 0-100")
            if not 0 <= x <= 100:
                raise ScenarioFileError.single(src, f"position {x:g} in column {pc}",
                                               "a position on 0-100", "rescale the positions to "
                                               "0-100", line=line, loc=(pc,))
            if not 0 <= y <= 100:
                raise ScenarioFileError.single(src, f"salience {y:g} in column {sc}",
                                               "a salience on 0-100 (KTAB's scale)",
                                               "rescale the saliences to 0-100", line=line,
                                               loc=(sc,))
            p.append(x)
            s.append(y)
        if sum(s) > 100 + 1e-9:
            raise ScenarioFileError.single(
                src, f"saliences of {cells[0]!r} summing to {sum(s):g}",
                "an actor's saliences summing to at most 100", "scale this actor's saliences down "
                "so that they sum to 100 or less", line=line, loc=(header[4] or "Sal_1",))
        if sum(s) <= 0:
            raise ScenarioFileError.single(src, f"actor {cells[0]!r} with every salience 0",
                                           "at least one salience above 0",
                                           "give the actor a salience or remove its row", line=line)
        pos.append(p)
        sal.append([v / 100.0 for v in s])
        lines.append(line)
    _zero_capability(src, names, caps, lines, header[2] or "Influence")
    _no_duplicates(src, names, lines, header[0] or "Actor")
    if len(names) != n_act:
        raise ScenarioFileError.single(src, f"{len(names)} actor rows", f"nActors = {n_act} as "
                                       "declared in the title row", "correct nActors or the rows",
                                       line=1, loc=("nActors",))
    try:
        return make_input(head[0].strip() or path.stem, names, dims, caps, pos, sal,
                          notes=(f"KTAB CSV {path.name}",))
    except InputError as exc:
        raise ScenarioFileError.single(src, str(exc), "usable model input", "fix the data") from None


# ---------------------------------------------------------------- EUM

SalienceScale = Literal["unit", "percent"]


def read_eum(path: str | Path, salience_scale: SalienceScale = "unit") -> SpatialInput:
    """Read an `Actor,Capability,Position,Salience` CSV; the scale of the issue runs from the
    lowest to the highest position (Scholz et al. 2011). Salience is declared on 0-1 (`unit`)
    or 0-100 (`percent`)."""
    path = Path(path)
    src = str(path)
    rows = _rows(src, _text(path))
    if not rows:
        raise ScenarioFileError.single(src, "an empty file", "a header Actor,Capability,Position,"
                                       "Salience and one row per actor", "add the data", line=1)
    header = [h.strip() for h in rows[0]]
    cols = {}
    for need in ("Actor", "Capability", "Position", "Salience"):
        match = [i for i, h in enumerate(header) if h.lower() == need.lower()]
        if not match:
            raise ScenarioFileError.single(src, f"header {','.join(header)!s}",
                                           "columns Actor,Capability,Position,Salience",
                                           f"add the column {need!r}", line=1, loc=(need,))
        cols[need] = match[0]
    top = 1.0 if salience_scale == "unit" else 100.0
    names, caps, pos, sal, lines = [], [], [], [], []
    for line, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        if len(row) < len(header):
            col = header[len(row)]
            raise ScenarioFileError.single(src, f"{len(row)} values", f"{len(header)} values",
                                           f"fill in column {col!r}", line=line, loc=(col,))
        names.append(row[cols["Actor"]].strip())
        caps.append(_number(src, row[cols["Capability"]], line, "Capability", "give a capability"))
        pos.append(_number(src, row[cols["Position"]], line, "Position", "give a position"))
        s = _number(src, row[cols["Salience"]], line, "Salience", "give a salience")
        if not 0 <= s <= top:
            other = ("declare the file's salience scale as 0-100 (--salience-scale percent)"
                     if salience_scale == "unit" and s <= 100 else
                     "correct the salience")
            raise ScenarioFileError.single(
                src, f"salience {s:g}", f"a salience on 0-{top:g} as declared", other,
                line=line, loc=("Salience",))
        if caps[-1] < 0:
            raise ScenarioFileError.single(src, f"capability {caps[-1]:g}", "a capability >= 0",
                                           "correct the capability", line=line, loc=("Capability",))
        sal.append(s / top)
        lines.append(line)
    if len(names) < 2:
        raise ScenarioFileError.single(src, f"{len(names)} actor rows", "at least two actors",
                                       "add the actors", line=1)
    _zero_capability(src, names, caps, lines, "Capability")
    _no_duplicates(src, names, lines, "Actor")
    lo, hi = min(pos), max(pos)
    if lo == hi:
        raise ScenarioFileError.single(src, f"every position equal to {lo:g}",
                                       "at least two different positions",
                                       "there is nothing to forecast; check the Position column",
                                       loc=("Position",))
    try:
        return make_input(path.stem, names, ["issue"], caps, [[p] for p in pos],
                          [[s if s > 0 else 0.0] for s in sal], scale=[(lo, hi)],
                          notes=(f"EUM CSV {path.name}",))
    except InputError as exc:
        raise ScenarioFileError.single(src, str(exc), "usable model input", "fix the data") from None


# ---------------------------------------------------------------- Decide (exchange model)

def read_decide(path: str | Path) -> SpatialInput:
    """Read the Decide exchange-model layout (`#A`, `#P`, `#M`, `#D` rows, tab-separated,
    `'`-quoted); salience and power on 0-1. An actor's power must be the same on every issue."""
    path = Path(path)
    src = str(path)
    actors: list[str] = []
    issues: list[str] = []
    anchors: dict[str, list[float]] = {}
    data: dict[tuple[str, str], tuple[float, float, float, int]] = {}
    for line, row in enumerate(_rows(src, _text(path), "\t", "'"), start=1):
        if not row or not row[0].strip():
            continue
        tag = row[0].strip()
        if tag == "#A" and len(row) >= 2:
            actors.append(row[1])
        elif tag == "#P" and len(row) >= 2:
            issues.append(row[1])
        elif tag == "#M" and len(row) >= 3:
            anchors.setdefault(row[1], []).append(_number(src, row[2], line, "value",
                                                          "give the anchor value"))
        elif tag == "#D":
            if len(row) < 6:
                raise ScenarioFileError.single(src, f"{len(row)} fields in a #D row",
                                               "#D actor issue position salience power",
                                               "fill in the missing fields", line=line)
            a, i = row[1], row[2]
            x = _number(src, row[3], line, "position", "give a position")
            s = _number(src, row[4], line, "salience", "give a salience on 0-1")
            c = _number(src, row[5], line, "power", "give a power on 0-1")
            if not 0 <= s <= 1:
                raise ScenarioFileError.single(src, f"salience {s:g}", "a salience on 0-1",
                                               "rescale the salience", line=line, loc=("salience",))
            if c < 0:
                raise ScenarioFileError.single(src, f"negative power {c:g} for {a!r}",
                                               "a power >= 0 (on 0-1)", "correct the power",
                                               line=line, loc=("power",))
            if (a, i) in data:
                raise ScenarioFileError.single(src, f"a second #D row for {a!r} on {i!r} (first "
                                               f"on line {data[(a, i)][3]})",
                                               "one #D row per actor and issue",
                                               "remove one of the rows", line=line)
            if a not in actors or i not in issues:
                raise ScenarioFileError.single(src, f"unknown {'actor' if a not in actors else 'issue'}"
                                               f" {a if a not in actors else i!r}",
                                               "an actor declared in a #A row and an issue in a "
                                               "#P row", "declare it first", line=line)
            data[(a, i)] = (x, s, c, line)
    if len(actors) < 2 or not issues:
        raise ScenarioFileError.single(src, f"{len(actors)} actors and {len(issues)} issues",
                                       "at least two #A rows and one #P row", "add them")
    for (a, i), (x, _s, _c, line) in data.items():
        got = anchors.get(i, [])
        if got and not min(got) <= x <= max(got):
            raise ScenarioFileError.single(
                src, f"position {x:g} of {a!r} on {i!r}",
                f"a position between the issue's #M anchors {min(got):g} and {max(got):g}",
                "correct the position or widen the issue's #M anchors", line=line,
                loc=("position",))
    dup = [a for k, a in enumerate(actors) if a in actors[:k]]
    if dup:
        raise ScenarioFileError.single(src, f"actor {dup[0]!r} declared twice in #A rows",
                                       "one #A row per actor", "remove the second row")
    power: dict[str, float] = {}
    for (a, _i), (_x, _s, c, line) in data.items():
        if a in power and power[a] != c:
            raise ScenarioFileError.single(src, f"power {c:g} for {a!r}, elsewhere {power[a]:g}",
                                           "one power per actor", "use the same power on every "
                                           "issue", line=line, loc=("power",))
        power[a] = c
    names = [a for a in actors if a in power]
    zero = [a for a in names if power[a] <= 0]
    if zero:
        line = next(v[3] for k, v in data.items() if k[0] == zero[0])
        raise ScenarioFileError.single(src, f"actor {zero[0]!r} with power 0 everywhere",
                                       "a power above 0", "give it a power or remove its rows",
                                       line=line, loc=("power",))
    pos = [[data.get((a, i), (np.nan, 0, 0, 0))[0] for i in issues] for a in names]
    sal = [[data.get((a, i), (np.nan, 0.0, 0, 0))[1] for i in issues] for a in names]
    scale = []
    for i in issues:
        got = anchors.get(i, [])
        xs = [data[(a, i)][0] for a in names if (a, i) in data]
        lo = min(got) if got else min(xs, default=0.0)
        hi = max(got) if got else max(xs, default=100.0)
        if not lo < hi:
            raise ScenarioFileError.single(
                src, f"issue {i!r} with every position at {lo:g} and no two different #M anchors",
                "two #M anchors (low and high) or at least two different positions",
                f"add `'#M'<TAB>'{i}'<TAB>LOW` and `... HIGH` rows", loc=(i,))
        scale.append((lo, hi))
    try:
        return make_input(path.stem, names, issues, [power[a] for a in names], pos, sal,
                          scale=scale, notes=(f"Decide file {path.name}",))
    except InputError as exc:
        raise ScenarioFileError.single(src, str(exc), "usable model input", "fix the data") from None


# ---------------------------------------------------------------- DEU III

def read_deu(path: str | Path) -> DeuData:
    """Read blksv's `deu3.csv` (DEU III, tab-separated, quoted; row 2 holds GDP per actor)."""
    path = Path(path)
    src = str(path)
    rows = _rows(src, _text(path), "\t")
    if not rows:
        raise ScenarioFileError.single(src, "an empty file", "the DEU III table", "check the path")
    header = rows[0]
    need = ["prnr", "isnr", *(f"p{a}" for a in DEU_ACTORS), *(f"s{a}" for a in DEU_ACTORS), "rp",
            "out"]
    col = {}
    for name in need:
        if name not in header:
            raise ScenarioFileError.single(src, f"no column {name!r}", "the DEU III columns "
                                           "prnr, isnr, pcom..puk, scom..suk, rp, out",
                                           f"add the column {name!r}", line=1, loc=(name,))
        col[name] = header.index(name)

    def text_at(row: list[str], name: str) -> str:
        """The cell of column `name`; '' where the row is shorter than the header."""
        i = col[name]
        return row[i].strip() if i < len(row) else ""

    def cell(row: list[str], name: str, line: int) -> float:
        text = text_at(row, name)
        return np.nan if text == "" else _number(src, text, line, name, "give a number or leave "
                                                 "the cell empty")

    gdp = np.array([cell(rows[1], f"p{a}", 2) for a in DEU_ACTORS]) if len(rows) > 1 else \
        np.full(len(DEU_ACTORS), np.nan)
    issues = []
    for line, row in enumerate(rows[2:], start=3):
        if not any(c.strip() for c in row):
            continue
        prnr = text_at(row, "prnr")
        if len(prnr) < 3 or not prnr[1:3].isdigit():
            raise ScenarioFileError.single(src, f"proposal number {prnr!r}", "a code like d00032 "
                                           "(digits 2-3 = year)", "correct prnr", line=line,
                                           loc=("prnr",))
        yy = int(prnr[1:3])
        year = 1900 + yy if yy >= 90 else 2000 + yy
        pos = np.array([cell(row, f"p{a}", line) for a in DEU_ACTORS])
        sal = np.array([cell(row, f"s{a}", line) for a in DEU_ACTORS])
        for a, s in zip(DEU_ACTORS, sal, strict=True):
            if np.isfinite(s) and not 0 <= s <= 100:
                raise ScenarioFileError.single(src, f"salience {s:g}", "a salience on 0-100",
                                               "correct the salience", line=line, loc=(f"s{a}",))
        issues.append(DeuIssue(prnr, text_at(row, "isnr"), year, pos, sal,
                               cell(row, "rp", line), cell(row, "out", line)))
    return DeuData(tuple(issues), gdp)


def read_council_weights(path: str | Path) -> CouncilWeights:
    """Read `council_weights.csv` (code, pre-Nice votes, Nice votes, 2019 population)."""
    path = Path(path)
    src = str(path)
    table = _rows(src, _text(path))
    if not table:
        raise ScenarioFileError.single(src, "an empty file", "the council weights table",
                                       "check the path")
    if "code" not in [h.strip() for h in table[0]]:
        raise ScenarioFileError.single(src, "no column 'code'", "code, pre_nice_council_votes, "
                                       "nice_council_votes, lisbon_population_millions_2019",
                                       "add the column 'code'", line=1, loc=("code",))
    rows = [dict(zip([h.strip() for h in table[0]], r, strict=False)) for r in table[1:] if r]
    tables: list[dict[str, float]] = [{}, {}, {}]
    keys = ("pre_nice_council_votes", "nice_council_votes", "lisbon_population_millions_2019")
    for line, row in enumerate(rows, start=2):
        for t, key in zip(tables, keys, strict=True):
            if key not in row:
                raise ScenarioFileError.single(src, f"no column {key!r}", "the council weight "
                                               "columns", f"add {key!r}", line=1, loc=(key,))
            if (row[key] or "").strip():
                t[row["code"].strip()] = _number(src, row[key], line, key, "give a number")
    return CouncilWeights(*tables)


# ---------------------------------------------------------------- detection

Layout = Literal["ktab", "eum", "decide", "deu", "scenario", "unknown"]
FORMATS = ("auto", "ktab", "eum", "decide", "scenario")
"""Values of `accord forecast --format`."""
LAYOUTS = ("KTAB CSV (row 1 `name, description, nActors, nDims`, row 2 `Actor, Description, "
           "Influence, Pos_1, Sal_1, ...`); EUM CSV (header `Actor,Capability,Position,"
           "Salience`); Decide file (tab-separated `'#A'`, `'#P'`, `'#M'`, `'#D'` rows); or a "
           "scenario (.yaml/.yml/.json)")
_EUM_COLUMNS = ("actor", "capability", "position", "salience")


def _head_rows(text: str) -> list[list[str]]:
    lines = [ln for ln in text.splitlines()[:3] if ln.strip()]
    try:
        return list(csv.reader(lines))
    except csv.Error:
        return []


def _is_number(text: str) -> bool:
    try:
        float(text.strip())
    except ValueError:
        return False
    return True


def sniff(path: str | Path) -> Layout:
    """Recognise a file's layout from its content (header row, title row, tags), whatever its
    suffix; "unknown" when a table-like file matches no layout."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            text = fh.read(65536).decode("utf-8-sig", errors="replace")
    except OSError:
        return "scenario"
    if path.suffix.lower() in (".yaml", ".yml", ".json"):
        return "scenario"
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    stripped = first.lstrip()
    if re.match(r"""['"]?#[APMD]['"]?\t""", stripped):
        return "decide"
    rows = _head_rows(text)
    head = [c.strip().strip("'").lower() for c in rows[0]] if rows else []
    if [c.strip().strip('"').lower() for c in first.split("\t")][:1] == ["prnr"] or \
            '"prnr"' in first.lower() or "\tprnr\t" in first.lower():
        return "deu"
    if "actor" in head and any(c in _EUM_COLUMNS[1:] for c in head) and "influence" not in head \
            and "description" not in head:
        return "eum"
    if len(rows) >= 2 and len(head) >= 4 and (_is_number(head[2]) or _is_number(head[3])) and \
            rows[1] and rows[1][0].strip().lower() in ("actor", "actors", "name", ""):
        return "ktab"
    if len(rows) >= 2 and len(rows[1]) >= 5 and "influence" in rows[1][2].strip().lower():
        return "ktab"
    if stripped.startswith(("{", "---", "id:")) or (":" in first and "," not in first):
        return "scenario"
    if path.suffix.lower() in (".csv", ".tsv", ".txt", ".dat", ".tab") or "," in first or \
            "\t" in first:
        return "unknown"
    return "scenario"
