"""Every loader fuzzed (issue 10): random bytes, truncations and mutations of valid files,
structural mutations of the parsed file, hostile payloads (XML entity expansion and external
entities, deep nesting, huge numbers and strings, NUL bytes, mixed encodings). Each case ends in
a result or the loader's own error naming the file (exit 2 through the CLI), never another
exception, and within the hypothesis deadline (a hang bound per case, `fuzz.HANG_SECONDS`).

A quick pass by default; `-m slow` runs 10,000 examples per loader. `python benchmarks/fuzz.py`
prints the per-loader summary (examples, refused, internal errors, tracebacks, hangs)."""

from __future__ import annotations

import multiprocessing
import tempfile
import traceback
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed

from tests import fuzz
from tests.cli import run

_FOLDER = Path(tempfile.mkdtemp(prefix="accord-fuzz-"))
_NAMES = [loader.name for loader in fuzz.LOADERS]
_DEADLINE = timedelta(seconds=fuzz.HANG_SECONDS)


def _fuzz(name: str, examples: int, part: int = 0) -> None:
    """`examples` hypothesis examples through `name`'s loader; `part` seeds the generator, so
    the parts of a split run try different inputs (part 0 is derandomized: the same every run)."""
    loader = fuzz.by_name(name)
    folder = _FOLDER / f"{name.replace(' ', '_').replace('/', '_').replace('+', '')}-{part}"
    folder.mkdir(exist_ok=True)
    for seed in fuzz.seeds_of(name, folder):  # warm-up (spaCy, gazetteer) outside the deadline
        fuzz.check(loader, seed, folder)

    @settings(max_examples=examples, deadline=_DEADLINE, database=None, derandomize=part == 0,
              phases=[Phase.explicit, Phase.generate, Phase.shrink],
              suppress_health_check=list(HealthCheck))
    @given(fuzz.inputs(loader, folder))
    def case(data: bytes) -> None:
        fuzz.check(loader, data, folder)

    if part:
        case = hypothesis_seed(part)(case)
    case()


def _fuzz_part(name: str, examples: int, part: int) -> str:
    """`_fuzz` in a worker process: '' or the failure, as text (hypothesis' exceptions do not
    all cross a process boundary)."""
    try:
        _fuzz(name, examples, part)
    except BaseException:  # reported whole to the parent test
        return traceback.format_exc()
    return ""


@pytest.mark.parametrize("name", _NAMES)
def test_every_loader_refuses_hostile_input_cleanly(name: str) -> None:
    _fuzz(name, 25)


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("name", _NAMES)
def test_every_loader_refuses_hostile_input_cleanly_10000(name: str) -> None:
    """10,000 examples per loader, in two processes of 5,000 with different seeds (CI has two
    cores; the whole slow fuzz run stays within a few minutes)."""
    with multiprocessing.get_context("fork").Pool(2) as pool:
        failures = pool.starmap(_fuzz_part, [(name, 5_000, 0), (name, 5_000, 1)])
    assert failures == ["", ""], "\n".join(failures)


@pytest.mark.parametrize("name", _NAMES)
def test_every_seed_file_is_accepted(name: str) -> None:
    """The seeds are valid files, so the mutations start from input the loader reads."""
    loader = fuzz.by_name(name)
    folder = _FOLDER / "seeds"
    folder.mkdir(exist_ok=True)
    for seed in fuzz.seeds_of(name, folder):
        assert fuzz.check(loader, seed, folder) == "accepted"


@pytest.mark.parametrize("payload", fuzz.HOSTILE["xml"][:3])
def test_xml_entities_are_refused_by_every_xml_loader(payload: bytes, tmp_path: Path) -> None:
    """Entity expansion and external entities never expand: Genius and feeds go through
    defusedxml and refuse the declarations with exit 2."""
    path = tmp_path / "x.xml"
    path.write_bytes(payload)
    for args in (("space", str(path)), ("ingest", str(path))):
        code, out, err = run(*args)
        assert code == 2, (args, out, err)
        assert "root:" not in out + err  # no /etc/passwd content


def test_no_xml_parser_outside_defusedxml() -> None:
    """Hardened parsing everywhere: no module under src/ parses XML with the standard library
    or lxml (type names such as `xml.etree.ElementTree.Element` and `xml.sax.saxutils` escaping
    are fine)."""
    import re

    parser = re.compile(r"(?<![A-Za-z])ET\.(?:fromstring|parse|iterparse|XMLParser)\(|"
                        r"from xml\.etree\.\w+ import [^\n]*\b(?:fromstring|parse|iterparse|"
                        r"XMLParser|XML)\b|import xml\.dom|from xml\.dom|from xml\.sax import|"
                        r"import xml\.sax\b(?!\.saxutils)|\blxml\b|expat")
    src = Path(__file__).resolve().parents[1] / "src"
    offenders = [str(p) for p in src.rglob("*.py") if parser.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
    assert parser.search("root = ET.fromstring(data)") and not parser.search("SafeET.fromstring(x)")
