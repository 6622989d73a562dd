"""Readers of the spatial file layouts: good files load, bad ones get a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.interop.spatial import read_decide, read_eum, read_ktab, sniff
from accord.io import ScenarioFileError
from tests.cli import run

KTAB_HEAD = "Test,desc,3,2,\nActor,Description,Influence,P1,S1,P2,S2,\n"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _message(exc: ScenarioFileError) -> str:
    return str(exc)


def test_ktab_salience_sum_over_100(tmp_path: Path) -> None:
    path = _write(tmp_path, "k.csv", KTAB_HEAD + "A,a,10,20,60,30,50\nB,b,10,40,20,50,20\n"
                  "C,c,5,60,10,70,10\n")
    with pytest.raises(ScenarioFileError) as exc:
        read_ktab(path)
    msg = _message(exc.value)
    assert "k.csv:3" in msg and "summing to 110" in msg and "100 or less" in msg


def test_ktab_salience_out_of_range(tmp_path: Path) -> None:
    path = _write(tmp_path, "k.csv", KTAB_HEAD + "A,a,10,20,160,30,0\nB,b,10,40,20,50,20\n"
                  "C,c,5,60,10,70,10\n")
    with pytest.raises(ScenarioFileError) as exc:
        read_ktab(path)
    assert "S1" in str(exc.value) and "0-100" in str(exc.value) and ":3" in str(exc.value)


def test_ktab_missing_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "k.csv", KTAB_HEAD + "A,a,10,20,60,30\nB,b,10,40,20,50,20\n"
                  "C,c,5,60,10,70,10\n")
    with pytest.raises(ScenarioFileError) as exc:
        read_ktab(path)
    assert "S2" in str(exc.value) and "k.csv:3" in str(exc.value)


def test_ktab_zero_capability(tmp_path: Path) -> None:
    path = _write(tmp_path, "k.csv", KTAB_HEAD + "A,a,0,20,60,30,20\nB,b,10,40,20,50,20\n"
                  "C,c,5,60,10,70,10\n")
    with pytest.raises(ScenarioFileError) as exc:
        read_ktab(path)
    assert "'A' with capability 0" in str(exc.value) and "Influence" in str(exc.value)


def test_eum_salience_declared_unit(tmp_path: Path) -> None:
    path = _write(tmp_path, "e.csv", "Actor,Capability,Position,Salience\nA,1,4,80\nB,2,10,40\n")
    with pytest.raises(ScenarioFileError) as exc:
        read_eum(path)
    assert "e.csv:2" in str(exc.value) and "percent" in str(exc.value)
    data = read_eum(path, salience_scale="percent")
    assert data.salience[0, 0] == 0.8


def test_eum_missing_column_and_zero_capability(tmp_path: Path) -> None:
    path = _write(tmp_path, "e.csv", "Actor,Capability,Position\nA,1,4\nB,2,10\n")
    with pytest.raises(ScenarioFileError) as exc:
        read_eum(path)
    assert "'Salience'" in str(exc.value)
    path = _write(tmp_path, "z.csv", "Actor,Capability,Position,Salience\nA,0,4,0.5\nB,2,10,0.5\n")
    with pytest.raises(ScenarioFileError) as exc:
        read_eum(path)
    assert "capability 0" in str(exc.value) and "z.csv:2" in str(exc.value)


def test_decide_zero_power(tmp_path: Path) -> None:
    text = ("'#A'\t'a'\t'a'\t''\n'#A'\t'b'\t'b'\t''\n'#P'\t'p'\t'p'\t'p'\n"
            "'#D'\t'a'\t'p'\t10\t0.5\t0\n'#D'\t'b'\t'p'\t90\t0.5\t0.5\n")
    path = _write(tmp_path, "d.csv", text)
    with pytest.raises(ScenarioFileError) as exc:
        read_decide(path)
    assert "power 0 everywhere" in str(exc.value)


def test_sniff(shared_dir: Path) -> None:
    ref = shared_dir / "reference" / "spatial"
    assert sniff(ref / "ktab" / "SOE-Policy.csv") == "ktab"
    assert sniff(ref / "eum" / "bdm1994_emission_standards.csv") == "eum"
    assert sniff(ref / "exchange" / "cop21.csv") == "decide"
    assert sniff(ref / "deu" / "deu3.csv") == "deu"


def test_cli_bad_file_exit_2(tmp_path: Path) -> None:
    path = _write(tmp_path, "k.csv", KTAB_HEAD + "A,a,10,20,60,30,50\nB,b,10,40,20,50,20\n"
                  "C,c,5,60,10,70,10\n")
    code, out, err = run("forecast", str(path), "--model", "compromise")
    assert code == 2
    assert "k.csv:3" in err and "Traceback" not in err + out


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_cells = st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(str),
                   st.integers(-5, 200).map(str), st.text(max_size=6), st.just(""))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(_cells, min_size=0, max_size=9), min_size=0, max_size=6))
def test_readers_never_crash(tmp_path: Path, rows: list[list[str]]) -> None:
    body = "\n".join(",".join(r) for r in rows)
    for name, reader, head in (("k.csv", read_ktab, KTAB_HEAD),
                               ("e.csv", read_eum, "Actor,Capability,Position,Salience\n"),
                               ("d.csv", read_decide, "'#A'\t'a'\t'a'\t''\n'#P'\t'p'\t'p'\t'p'\n")):
        text = head + (body.replace(",", "\t") if name == "d.csv" else body)
        path = _write(tmp_path, name, text)
        try:
            reader(path)
        except ScenarioFileError as exc:
            assert name in str(exc)


def test_deu_and_weights_bad_files(tmp_path: Path) -> None:
    from accord.interop.spatial import read_council_weights, read_deu

    bad = _write(tmp_path, "deu.csv", '"prnr"\t"isnr"\n"d00"\t"x"\n')
    with pytest.raises(ScenarioFileError) as exc:
        read_deu(bad)
    assert "pcom" in str(exc.value)
    weights = _write(tmp_path, "w.csv", "state,votes\nat,4\n")
    with pytest.raises(ScenarioFileError) as exc:
        read_council_weights(weights)
    assert "'code'" in str(exc.value)
    code, _, err = run("backtest", "deu", "--weights", str(weights))
    assert code == 2 and "w.csv" in err


def test_a_deu_row_shorter_than_the_header_is_explained(tmp_path: Path) -> None:
    """Fuzz finding (issue 10): a row with fewer cells than the header ended in IndexError
    (exit 1)."""
    bundled = Path(__file__).resolve().parents[1] / "src/accord/forecast/data/deu3.csv"
    head = "".join(bundled.read_text(encoding="utf-8").splitlines(keepends=True)[:2])
    path = _write(tmp_path, "deu.csv", head + '"x"\t"y"\n')
    code, _, err = run("backtest", "deu", "--data", str(path))
    assert code == 2
    assert " ".join(err.split()) == (
        f"error: {path} is not valid (1 problem): {path}:3: prnr: found proposal number ''; "
        "expected a code like d00032 (digits 2-3 = year). Fix: correct prnr")
