"""Genius XML interop: the reference values in ../shared/reference/genius reproduced exactly,
round trips, and clear messages for bad files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from accord.interop.genius import load_genius, write_genius
from accord.io import ScenarioFileError
from accord.space.analysis import analyse_space, frontiers
from accord.space.genius_semantics import discounted
from tests.cli import run


def _golden(shared_dir: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    data = json.loads((shared_dir / "reference/genius/expected_genius_semantics.json").read_text())
    data.pop("definitions")
    return data


def _domain(shared_dir: Path, key: str, exp: dict) -> Path:  # type: ignore[type-arg]
    folder = "party" if key.startswith("party") else key
    return shared_dir / "reference/genius" / folder


CASES = ["laptop", "ItexvsCypress", "EnglandZimbabwe", "JapanTrip", "Politics", "party_3", "party_9"]


@pytest.mark.parametrize("key", CASES)
def test_reference_values_reproduced_exactly(shared_dir: Path, key: str) -> None:
    exp = _golden(shared_dir)[key]
    folder = _domain(shared_dir, key, exp)
    dom = load_genius(folder / exp["domain"], [folder / p for p in exp["profiles"]])
    space = dom.space()
    assert dom.issues == tuple(exp["issues"])
    assert [list(o) for o in dom.options] == list(exp["issues"].values())
    assert space.size == exp["n_outcomes"] and len(space.issues) == exp["n_issues"]
    first = np.zeros((1, len(space.issues)), dtype=np.int64)
    last = np.asarray([[len(o) - 1 for o in space.options]])
    assert space.labels(first[0]) == exp["first_outcome"]
    assert space.labels(last[0]) == exp["last_outcome"]
    for a, (name, prof) in enumerate(exp["profiles"].items()):
        p = dom.profiles[a]
        assert p.name == Path(name).stem
        assert [round(w, 6) for w in p.weights] == prof["raw_weights"]
        assert round(sum(p.weights), 6) == prof["raw_weight_sum"]
        assert p.reservation == prof["reservation"]
        assert p.discount == prof["discount_factor"]
        lo = sum(float(v[a].min()) for v in space.values)
        hi = sum(float(v[a].max()) for v in space.values)
        assert round(lo, 6) == prof["min_util"] and round(hi, 6) == prof["max_util"]
        assert round(float(space.utilities(first)[0, a]), 6) == prof["first_outcome_util"]
        assert round(float(space.utilities(last)[0, a]), 6) == prof["last_outcome_util"]
    result = analyse_space(space)
    assert result["zone"]["size"] == exp["agreement_zone_size"]
    assert result["pareto"]["all_packages"]["packages"] == exp["pareto_size_all"]
    assert result["pareto"]["zone"]["packages"] == exp["pareto_size_rational"]
    for name in ("nash", "kalai_smorodinsky", "egalitarian", "utilitarian"):
        got = result["solutions"][name]
        if name not in exp:
            assert got is None  # empty zone: no solution
            continue
        assert got["package"] == exp[name]["outcome"], name
        assert [round(x, 6) for x in got["utilities"]] == exp[name]["utils"], name


def test_the_agreement_zone_of_japan_trip_is_empty_under_genius_semantics(shared_dir: Path) -> None:
    space = load_genius(shared_dir / "reference/genius/JapanTrip").space()
    assert analyse_space(space)["zone"]["empty"]


def test_notes_for_indices_from_2_and_weights_not_summing_to_1(shared_dir: Path) -> None:
    dom = load_genius(shared_dir / "reference/genius/laptop")
    assert any("indices start at 2" in n for n in dom.notes)
    assert any("sum to 1.00005" in n for n in dom.notes)
    japan = load_genius(shared_dir / "reference/genius/JapanTrip")
    assert any("sum to 1.1; renormalised" in n for n in japan.notes)


def test_discounting_is_genius_time_based() -> None:
    assert discounted(0.8, 0.9, 0.0) == 0.8
    assert discounted(0.8, 0.9, 1.0) == pytest.approx(0.72)
    assert discounted(0.8, 0.9, 0.5) == pytest.approx(0.8 * 0.9**0.5)
    assert discounted(0.8, 1.0, 1.0) == 0.8
    with pytest.raises(ValueError):
        discounted(0.8, 0.9, 2.0)


@pytest.mark.parametrize("key", ["laptop", "EnglandZimbabwe", "Politics"])
def test_export_and_reimport_keeps_the_space(shared_dir: Path, tmp_path: Path, key: str) -> None:
    space = load_genius(shared_dir / "reference/genius" / key).space()
    write_genius(space, tmp_path, "rt")
    back = load_genius(tmp_path).space()
    assert back.options == space.options and back.issues == space.issues
    assert sorted(back.parties) == sorted(space.parties)
    order = [back.parties.index(p) for p in space.parties]
    for v, w in zip(space.values, back.values, strict=True):
        assert np.allclose(v, w[order], atol=1e-12)
    a, b = frontiers(space)[0], frontiers(back)[0]
    assert a.n_packages == b.n_packages


def test_flagship_exports_to_genius_and_back(tmp_path: Path) -> None:
    code, out, err = run("space", "--json", "--export-genius", str(tmp_path))
    assert code == 0, err
    notes = json.loads(out)["genius_export"]["notes"]
    assert any("red lines" in n for n in notes)
    back = load_genius(tmp_path).space()
    assert back.parties == ("RUS", "UKR") and len(back.issues) == 17


# -- bad input ------------------------------------------------------------------------------------

def _copy(shared_dir: Path, tmp_path: Path, name: str = "laptop") -> Path:
    dst = tmp_path / name
    shutil.copytree(shared_dir / "reference/genius" / name, dst)
    return dst


def _expect_error(folder: Path, *words: str) -> None:
    with pytest.raises(ScenarioFileError) as info:
        load_genius(folder)
    text = str(info.value)
    for w in words:
        assert w in text, text
    code, _out, err = run("space", str(folder))
    assert code == 2 and "error:" in err and "Fix:" in err.replace("\n", " ")


def test_missing_weight_is_named(shared_dir: Path, tmp_path: Path) -> None:
    d = _copy(shared_dir, tmp_path)
    p = d / "laptop_buyer_utility.xml"
    text = p.read_text()
    start = text.index('<weight index="3"')
    p.write_text(text[:start] + text[text.index("</weight>", start) + len("</weight>"):])
    _expect_error(d, "laptop_buyer_utility.xml", 'no <weight index="3">', "Harddisk")


def test_weight_indices_that_match_no_issue_are_refused(shared_dir: Path, tmp_path: Path) -> None:
    d = _copy(shared_dir, tmp_path)
    p = d / "laptop_seller_utility.xml"
    p.write_text(p.read_text().replace('<weight index="4"', '<weight index="1"'))
    _expect_error(d, "laptop_seller_utility.xml", "weight")


def test_missing_evaluation_malformed_xml_and_negative_weights(shared_dir: Path, tmp_path: Path) -> None:
    d = _copy(shared_dir, tmp_path)
    p = d / "laptop_buyer_utility.xml"
    original = p.read_text()
    p.write_text(original.replace('evaluation="2" description="quality laptop"', 'description="x"'))
    _expect_error(d, "Macintosh", "no evaluation")
    p.write_text(original.replace("</objective>", ""))
    _expect_error(d, "malformed XML")
    p.write_text(original.replace('value="0.4452125771655631"', 'value="-0.4"'))
    _expect_error(d, "non-negative weights")
    p.write_text(original.replace('evaluation="1" description="cheap laptop"', 'evaluation="abc"'))
    _expect_error(d, "evaluation")


def test_entity_expansion_is_refused(tmp_path: Path) -> None:
    d = tmp_path / "bomb"
    d.mkdir()
    (d / "domain.xml").write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
                                  "<negotiation_template>&a;</negotiation_template>")
    (d / "p.xml").write_text("<utility_space><weight index='1' value='1'/></utility_space>")
    code, _, err = run("space", str(d))
    assert code == 2 and "refused XML" in err


def test_genius_folder_through_the_cli(shared_dir: Path, tmp_path: Path) -> None:
    code, out, err = run("space", str(shared_dir / "reference/genius/ItexvsCypress"), "--json",
                         "--plot", str(tmp_path))
    assert code == 0, err
    data = json.loads(out)
    assert data["zone"]["size"] == 180 and data["pareto"]["all_packages"]["packages"] == 18
    assert {Path(p).suffix for p in data["plots"]} == {".png", ".svg"}
    code, out, err = run("space", str(shared_dir / "reference/genius/Politics"), "--plot", str(tmp_path))
    assert code == 2 and "found a folder already holding agreement-space.png" in err
    code, out, err = run("space", str(shared_dir / "reference/genius/Politics"), "--plot", str(tmp_path),
                         "--force")
    assert code == 0 and "Agreement zone: 23,040 packages" in out
    code, _, err = run("space", str(shared_dir / "reference/genius/Politics"), "--power", "1,2")
    assert code == 2 and "one bargaining power per party" in err


def test_issue_type_refused(shared_dir: Path, tmp_path: Path) -> None:
    """Genius integer and real issues are refused with the issue named (docs/space.md)."""
    d = _copy(shared_dir, tmp_path)
    p = d / "laptop_domain.xml"
    original = p.read_text()
    for kind in ("integer", "real"):
        old = 'etype="discrete" type="discrete" vtype="discrete"\n\t\t\t\tname="Laptop"'
        new = f'etype="{kind}" type="{kind}" vtype="{kind}"\n\t\t\t\tname="Laptop"'
        p.write_text(original.replace(old, new, 1))
        assert kind in p.read_text()
        _expect_error(d, "Laptop", kind, "<item>")


def test_genius_domains_use_float64_sums(shared_dir: Path) -> None:
    """Genius semantics keep Genius's float64 issue-order sums (its ties), never the exact form."""
    for key, exp in _golden(shared_dir).items():
        space = load_genius(_domain(shared_dir, key, exp)).space()
        assert space.arithmetic == "float64", key
        assert analyse_space(space)["arithmetic"].startswith("float64"), key
