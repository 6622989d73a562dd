"""Fuzzing every loader: the loaders, their valid seed files, and the hypothesis strategies that
turn a seed into hostile input (random bytes, truncations, byte mutations, structural mutations
of the parsed file, fixed hostile payloads and mixed encodings).

`check(loader, data, folder)` writes `data` to a file and reads it the way accord does; the only
acceptable outcomes are a result or the loader's own error (`ScenarioFileError`, exit 2 through
the CLI). Everything else is an internal error. Shared by tests/test_fuzz_loaders.py (quick pass
by default, 10,000 examples per loader under `-m slow`) and benchmarks/fuzz.py (the summary).
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from accord.io import ScenarioFileError

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO / "tests" / "data" / "news"
CONFLICT = REPO / "tests" / "data" / "conflict"
HANG_SECONDS = 20.0
"""A case slower than this counts as a hang (the tests' hypothesis deadline is the same)."""


@dataclass
class Loader:
    """One input format: how accord reads a file of it, and valid files to start from."""

    name: str
    suffix: str
    read: Callable[[Path, Path], object]
    """(the fuzzed file, a folder holding valid companion files) -> the loaded result."""
    seeds: Callable[[Path], list[bytes]]
    kind: str
    """Structure used for structural mutations and hostile payloads: yaml, json, jsonl, xml,
    html, csv, tsv or text."""
    stats: Counter[str] = field(default_factory=Counter)
    internal: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------- readers

def _scenario(path: Path, _: Path) -> object:
    from accord.io import load_file

    return load_file(path)


def _gmcr(path: Path, _: Path) -> object:
    from accord.interop.gmcr import read_gmcr

    return read_gmcr(path)


def _genius_domain(path: Path, folder: Path) -> object:
    from accord.interop.genius import load_genius

    return load_genius(path, sorted(folder.glob("genius/*-profile-*.xml")) or
                       sorted(p for p in (folder / "genius").glob("*.xml") if "domain" not in p.name)
                       ).space()


def _genius_profile(path: Path, folder: Path) -> object:
    from accord.interop.genius import load_genius

    domain = next(p for p in sorted((folder / "genius").glob("*.xml")) if _is_domain(p))
    return load_genius(domain, [path]).space()


def _is_domain(path: Path) -> bool:
    return b"weight" not in path.read_bytes()


def _spatial(reader: str) -> Callable[[Path, Path], object]:
    def read(path: Path, _: Path) -> object:
        from accord.interop import spatial

        return getattr(spatial, reader)(path)
    return read


def _news(fmt: str, extract: bool) -> Callable[[Path, Path], object]:
    def read(path: Path, _: Path) -> object:
        from accord.news.ingest import read_path
        from accord.news.pipeline import process

        refused: list[ScenarioFileError] = []
        articles = list(read_path(path, fmt=fmt, on_error=refused.append))
        for a in articles if extract else ():
            process(a)
        if refused and not articles:
            raise refused[0]
        return articles
    return read


# ---------------------------------------------------------------------------------- seeds

def _scenario_seeds(fmt: str) -> Callable[[Path], list[bytes]]:
    def seeds(_: Path) -> list[bytes]:
        from tests.test_validation import BASE_JSON, BASE_YAML

        return [(BASE_YAML if fmt == "yaml" else BASE_JSON).encode()]
    return seeds


def _gmcr_seeds(_: Path) -> list[bytes]:
    from accord.interop.gmcr import load_model, to_gmcr

    return [json.dumps(to_gmcr(load_model(str(CONFLICT / name))[0]), indent=1).encode()
            for name in ("cuban.yaml", "prisoners.yaml")]


def _genius_files(folder: Path) -> list[Path]:
    """A small Genius domain and its profiles, written by accord from the validation scenario."""
    target = folder / "genius"
    if not target.is_dir():
        from accord.interop.genius import write_genius
        from accord.io import load_text
        from accord.space.preferences import scenario_space
        from tests.test_validation import BASE_YAML

        write_genius(scenario_space(load_text(BASE_YAML)), target, "mini")
    return sorted(target.glob("*.xml"))


def _genius_seeds(domain: bool) -> Callable[[Path], list[bytes]]:
    def seeds(folder: Path) -> list[bytes]:
        return [p.read_bytes() for p in _genius_files(folder) if _is_domain(p) == domain]
    return seeds


KTAB = ("Test,desc,3,2,\nActor,Description,Influence,P1,S1,P2,S2,\nA,a,10,20,40,30,50\n"
        "B,b,10,40,20,50,20\nC,c,5,60,10,70,10\n")
EUM = ("Actor,Capability,Position,Salience\nNetherlands,0.08,4,0.8\nBelgium,0.08,7,0.4\n"
       "Germany,0.16,4,0.8\nFrance,0.16,10,0.6\nUK,0.16,10,0.9\n")
DECIDE = ("'#A'\t'a'\t'a'\t''\n'#A'\t'b'\t'b'\t''\n'#A'\t'c'\t'c'\t''\n'#P'\t'p'\t'p'\t'p'\n"
          "'#D'\t'a'\t'p'\t10\t0.5\t1\n'#D'\t'b'\t'p'\t90\t0.5\t0.5\n'#D'\t'c'\t'p'\t50\t0.8\t2\n")


def _deu_seeds(_: Path) -> list[bytes]:
    lines = (REPO / "src/accord/forecast/data/deu3.csv").read_bytes().splitlines(keepends=True)
    return [b"".join(lines[:6]), b"".join(lines[:2] + lines[40:43])]


def _news_seeds(*names: str) -> Callable[[Path], list[bytes]]:
    def seeds(_: Path) -> list[bytes]:
        return [(NEWS / n).read_bytes() for n in names]
    return seeds


def _text_seeds(suffix: str) -> Callable[[Path], list[bytes]]:
    return lambda _: [{"ktab": KTAB, "eum": EUM, "decide": DECIDE}[suffix].encode()]


LOADERS: list[Loader] = [
    Loader("scenario YAML", ".yaml", _scenario, _scenario_seeds("yaml"), "yaml"),
    Loader("scenario JSON", ".json", _scenario, _scenario_seeds("json"), "json"),
    Loader("Genius XML domain", ".xml", _genius_domain, _genius_seeds(True), "xml"),
    Loader("Genius XML profile", ".xml", _genius_profile, _genius_seeds(False), "xml"),
    Loader("GMCR+ .gmcr", ".gmcr", _gmcr, _gmcr_seeds, "json"),
    Loader("KTAB CSV", ".csv", _spatial("read_ktab"), _text_seeds("ktab"), "csv"),
    Loader("EUM CSV", ".csv", _spatial("read_eum"), _text_seeds("eum"), "csv"),
    Loader("Decide CSV", ".csv", _spatial("read_decide"), _text_seeds("decide"), "tsv"),
    Loader("DEU III", ".csv", _spatial("read_deu"), _deu_seeds, "tsv"),
    Loader("news text", ".txt", _news("txt", True), _news_seeds("de_runde.txt", "en_talks.txt"),
           "text"),
    Loader("news HTML", ".html", _news("html", False), _news_seeds("page.html"), "html"),
    Loader("news JSON", ".json", _news("json", False), _news_seeds("batch.jsonl"), "json"),
    Loader("news JSON Lines", ".jsonl", _news("jsonl", False), _news_seeds("batch.jsonl"), "jsonl"),
    Loader("news RSS/Atom", ".xml", _news("rss", False), _news_seeds("feed.xml"), "xml"),
]
"""Every loader. News HTML, JSON, JSON Lines and feeds are read (extraction sees the same kind
of text as from plain text files); the plain-text loader also runs extraction on what it reads."""


def by_name(name: str) -> Loader:
    return next(loader for loader in LOADERS if loader.name == name)


@cache
def seeds_of(name: str, folder: Path) -> tuple[bytes, ...]:
    loader = by_name(name)
    raw = loader.seeds(folder)
    if loader.name == "news JSON":  # a JSON array of the JSON Lines records
        raw = [("[" + ",".join(ln for ln in raw[0].decode().splitlines() if ln.strip()) + "]").encode()]
    return tuple(raw)


# ---------------------------------------------------------------------------------- strategies

HUGE_INT = "9" * 5000
HOSTILE_SCALARS: list[Any] = [
    None, True, 0, -1, 10**40, 1e308, -1e308, float("nan"), float("inf"), "", " ", "\x00",
    "a\x00b", "x" * 100_000, "é" * 3000, "\ud7ff\ue000", "1e999999", HUGE_INT, "-0", "NaN",
    "2025-02-30", "9999-99-99", "<script>", "{{x}}", "${x}", "../../etc/passwd", "\u202e",
    [], {}, [[[[[]]]]], {"a": {"b": {"c": {}}}}, ["both"], {"fwd": True},
]
"""Values put in place of any field by the structural mutations."""


def _deep(n: int, kind: str) -> str:
    return ("[" * n + "]" * n) if kind == "list" else ('{"a":' * n + "1" + "}" * n)


HOSTILE: dict[str, list[bytes]] = {
    "xml": [
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;'
        b'&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><utility_space>&c;'
        b'</utility_space>',
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><description>&x;</description></item></channel></rss>",
        b'<?xml version="1.0"?><!DOCTYPE r SYSTEM "http://127.0.0.1:9/x.dtd"><r/>',
        b"<a>" * 5000 + b"</a>" * 5000,
        b'<?xml version="1.0" encoding="UTF-16"?><r/>',
        b"<?xml version='1.0'?><?xml-stylesheet href='http://127.0.0.1:9/s.xsl'?><r/>",
    ],
    "json": [_deep(100_000, "list").encode(), _deep(980, "dict").encode(),
             b'{"a": ' + HUGE_INT.encode() + b"}", b'{"a": 1e999999}', b"[NaN, Infinity]",
             b'{"a": 1, "a": 2}', b'"\\ud800"', b"\xef\xbb\xbf{}", b"\xff\xfe{\x00}\x00"],
    "yaml": [b"a: &x [1]\nb: [*x, *x]\n" + b"".join(
        b"l%d: &l%d [*l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d]\n" % (
            (i, i) + (i - 1,) * 9) for i in range(1, 12)).replace(b"*l0", b"*x"),
        b"- " * 5000 + b"x", _deep(5000, "list").encode(), b"a: !!python/object:os.system ls\n",
        b"a: " + HUGE_INT.encode() + b"\n", b"? [a]\n: b\n", b"a: 1\na: 2\n", b"%YAML 9.9\n---\na: 1",
        b"a: *undefined\n", b"\t- a\n"],
    "csv": [b"," * 100_000, b'"' * 10_001, b"a,b\n" * 50_000, b"\x00,\x00\n",
            b"Actor,Capability,Position,Salience\n" + b"A,1e308,1e308,1\nB,1e308,-1e308,1\n",
            b"Actor,Capability,Position,Salience\nA," + HUGE_INT.encode() + b",1,1\nB,1,2,1\n"],
    "text": [b"," * 20_000, b"[" * 20_000, b"<" * 20_000, b"Russland lehnt " + b"x" * 100_000 + b".",
             b"\x00" * 100, b"\xff\xfe" + "Die Ukraine lehnt ab.".encode("utf-16-le"),
             b"Die Ukraine lehnt ab. " + "Größe".encode("latin-1") + b" \x81\x8d"],
}
HOSTILE["html"] = HOSTILE["text"] + [b"<html>" + b"<div>" * 50_000 + b"x",
                                     b"<!DOCTYPE html><html><script>" + b"x" * 100_000]
HOSTILE["jsonl"] = HOSTILE["json"] + [b'{"text": ' + _deep(980, "list").encode() + b"}\n"]
HOSTILE["tsv"] = HOSTILE["csv"] + [b"'#A'\t" * 20_000, b"\"prnr\"\t\"isnr\"\n" * 3]


def truncate(seed: bytes, at: float) -> bytes:
    return seed[:int(len(seed) * at)]


def mutate_bytes(seed: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """Delete, insert or overwrite a few bytes at positions taken modulo the length."""
    out = bytearray(seed)
    for pos, op, chunk in edits:
        i = pos % (len(out) + 1)
        if op == 0:
            del out[i:i + len(chunk)]
        elif op == 1:
            out[i:i] = chunk
        else:
            out[i:i + len(chunk)] = chunk
    return bytes(out)


def _nodes(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(data, dict):
        for k, v in data.items():
            out += _nodes(v, (*path, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += _nodes(v, (*path, i))
    return out


def _replace(data: Any, path: tuple[Any, ...], value: Any, op: int) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        data = dict(data)
        if not rest and op == 1:
            del data[head]
        elif not rest and op == 2:
            data[f"{head}_x"] = value
        else:
            data[head] = _replace(data[head], rest, value, op)
    else:
        data = list(data)
        if not rest and op == 1:
            del data[head]
        elif not rest and op == 2:
            data.insert(head, value)
        else:
            data[head] = _replace(data[head], rest, value, op)
    return data


def _tree_mutation(seed: bytes, kind: str, pick: int, value: Any, op: int) -> bytes:
    """Parse the seed, replace (op 0), delete (1) or add next to (2) one node, write it back."""
    text = seed.decode("utf-8")
    if kind == "jsonl":
        lines = [ln for ln in text.splitlines() if ln.strip()]
        k = pick % len(lines)
        lines[k] = _tree_mutation(lines[k].encode(), "json", pick // len(lines), value, op).decode()
        return "\n".join(lines).encode()
    data = yaml.safe_load(text) if kind == "yaml" else json.loads(text)
    nodes = _nodes(data)
    data = _replace(data, nodes[pick % len(nodes)], value, op)
    if kind == "yaml":
        return yaml.safe_dump(data, allow_unicode=True).encode()
    return json.dumps(data).encode()


def _cell_mutation(seed: bytes, kind: str, pick: int, value: Any, op: int) -> bytes:
    delim = "\t" if kind == "tsv" else ","
    rows = list(csv.reader(io.StringIO(seed.decode("utf-8")), delimiter=delim))
    cells = [(r, c) for r, row in enumerate(rows) for c in range(len(row))]
    r, c = cells[pick % len(cells)]
    text = value if isinstance(value, str) else json.dumps(value)
    if op == 1:
        del rows[r][c]
    elif op == 2:
        rows.insert(r, list(rows[r]))
    else:
        rows[r][c] = text
    buf = io.StringIO()
    csv.writer(buf, delimiter=delim, lineterminator="\n").writerows(rows)
    return buf.getvalue().encode("utf-8", "surrogatepass")


_ATTR = re.compile(rb'"[^"<>]*"|>[^<>]+<')


def _markup_mutation(seed: bytes, pick: int, value: Any, op: int) -> bytes:
    """Replace an attribute value or a text node, drop or repeat an element."""
    spots = list(_ATTR.finditer(seed))
    m = spots[pick % len(spots)]
    text = (value if isinstance(value, str) else json.dumps(value)).encode("utf-8", "surrogatepass")
    if op == 1:
        return seed[:m.start()] + seed[m.end():]
    if op == 2:
        return seed[:m.end()] + seed[m.start():]
    inner = text.replace(b'"', b"&quot;") if m.group(0).startswith(b'"') else text
    wrap = (b'"', b'"') if m.group(0).startswith(b'"') else (b">", b"<")
    return seed[:m.start()] + wrap[0] + inner + wrap[1] + seed[m.end():]


def structural(seed: bytes, kind: str, pick: int, value: Any, op: int) -> bytes:
    if kind in ("yaml", "json", "jsonl"):
        return _tree_mutation(seed, kind, pick, value, op)
    if kind in ("csv", "tsv"):
        return _cell_mutation(seed, kind, pick, value, op)
    if kind in ("xml", "html"):
        return _markup_mutation(seed, pick, value, op)
    words = seed.split(b" ")  # text: a word replaced, dropped or repeated
    i = pick % len(words)
    text = (value if isinstance(value, str) else json.dumps(value)).encode("utf-8", "surrogatepass")
    words[i:i + 1] = [[text], [], [words[i], words[i]]][op]
    return b" ".join(words)


def reencode(seed: bytes, codec: str, cut: float) -> bytes:
    """The seed re-encoded (UTF-16 with BOM, Latin-1, CP1252), or half UTF-8 and half Latin-1."""
    text = seed.decode("utf-8")
    if codec == "mixed":
        k = int(len(text) * cut)
        return text[:k].encode("utf-8") + text[k:].encode("latin-1", "replace")
    return text.encode(codec, "replace")


_values = st.one_of(st.sampled_from(HOSTILE_SCALARS),
                    st.recursive(st.none() | st.booleans() | st.integers() | st.floats()
                                 | st.text(max_size=40),
                                 lambda inner: st.lists(inner, max_size=4)
                                 | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                                 max_leaves=12))


def inputs(loader: Loader, folder: Path) -> st.SearchStrategy[bytes]:
    """Hostile inputs for `loader`, derived from its seed files."""
    seeds = seeds_of(loader.name, folder)
    seed = st.sampled_from(seeds)
    edits = st.lists(st.tuples(st.integers(0, 1 << 16), st.integers(0, 2),
                               st.binary(min_size=1, max_size=8)), min_size=1, max_size=6)
    return st.one_of(
        st.binary(max_size=2048),
        st.builds(truncate, seed, st.floats(0, 1)),
        st.builds(mutate_bytes, seed, edits),
        st.builds(structural, seed, st.just(loader.kind), st.integers(0, 1 << 16), _values,
                  st.integers(0, 2)),
        st.builds(structural, seed, st.just(loader.kind), st.integers(0, 1 << 16), _values,
                  st.integers(0, 2)),
        st.sampled_from(HOSTILE[loader.kind]),
        st.builds(reencode, seed, st.sampled_from(["utf-16", "latin-1", "cp1252", "mixed"]),
                  st.floats(0, 1)),
    )


# ---------------------------------------------------------------------------------- the check

def check(loader: Loader, data: bytes, folder: Path, strict: bool = True) -> str:
    """Read `data` as `loader` does: 'accepted' or 'refused' (the loader's own error, whose
    message names the file). Any other exception is an internal error: raised when `strict`,
    else counted with its first example. A case slower than `HANG_SECONDS` counts as a hang."""
    path = folder / f"fuzz{loader.suffix}"
    path.write_bytes(data)
    start = time.perf_counter()
    try:
        loader.read(path, folder)
        outcome = "accepted"
    except ScenarioFileError as exc:
        message = str(exc)
        assert message.startswith(exc.source) and exc.problems, message
        outcome = "refused"
    except Exception as exc:
        loader.stats["internal errors"] += 1
        if len(loader.internal) < 5:
            loader.internal.append(f"{type(exc).__name__}: {exc} <- {data[:200]!r}")
        if strict:
            raise
        outcome = "internal error"
    if time.perf_counter() - start > HANG_SECONDS:
        loader.stats["hangs"] += 1
    loader.stats["examples"] += 1
    loader.stats[outcome] += 1
    return outcome
