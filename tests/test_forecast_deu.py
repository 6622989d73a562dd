"""DEU III backtest: the listed baselines reproduced; `accord backtest deu`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from accord.forecast.backtest import baseline_predictions, paired_bootstrap, score
from accord.interop.spatial import read_council_weights, read_deu
from tests.cli import run

NAMES = {  # expected_baselines.csv rows -> our baseline keys
    ("salience_weighted_mean", "50"): "compromise_equal",
    ("salience_weighted_mean", "drop actor"): "compromise_equal_drop",
    ("capability_x_salience_weighted_mean", "GDP"): "compromise_gdp",
    ("capability_x_salience_weighted_mean", "council"): "compromise_council",
    ("capability_only_weighted_mean", ""): "capability_council",
    ("unweighted_mean", ""): "unweighted_mean",
    ("unweighted_median", ""): "unweighted_median",
    ("salience_weighted_median", ""): "median_salience",
    ("capability_x_salience_weighted_median", ""): "median_council",
    ("commission_position", ""): "commission",
    ("ep_position", ""): "parliament",
    ("reference_point_status_quo (column rp)", ""): "status_quo",
}


def _key(row: dict[str, str]) -> str:
    method = row["method"]
    if method == "salience_weighted_mean":
        return NAMES[(method, "50" if row["missing_salience_rule"] == "50" else "drop actor")]
    if method == "capability_x_salience_weighted_mean":
        return NAMES[(method, "GDP" if row["capability"].startswith("GDP") else "council")]
    return NAMES[(method, "")]


@pytest.fixture(scope="module")
def deu(shared_dir: Path):  # type: ignore[no-untyped-def]
    folder = shared_dir / "reference" / "spatial" / "deu"
    return read_deu(folder / "deu3.csv"), read_council_weights(folder / "council_weights.csv"), \
        list(csv.DictReader((folder / "expected_baselines.csv").open()))


def test_every_listed_baseline(deu) -> None:  # type: ignore[no-untyped-def]
    data, council, expected = deu
    outcome = np.array([i.outcome for i in data.issues])
    preds = baseline_predictions(data, council)
    assert len(expected) == 12
    for row in expected:
        s = score(row["method"], preds[_key(row)], outcome)
        assert s.n == int(row["n_issues"]), row["method"]
        assert f"{s.mae:.2f}" == row["MAE"], row["method"]
        assert f"{s.median_ae:.2f}" == row["median_AE"], row["method"]
    council_mae = score("c", preds["compromise_council"], outcome).mae
    assert f"{council_mae:.2f}" == "22.91"


def test_bundled_copy_is_the_reference(shared_dir: Path) -> None:
    from importlib.resources import files

    bundled = Path(str(files("accord.forecast") / "data" / "deu3.csv"))
    assert bundled.read_bytes() == (shared_dir / "reference" / "spatial" / "deu" /
                                    "deu3.csv").read_bytes()


def test_paired_bootstrap_seeded(deu) -> None:  # type: ignore[no-untyped-def]
    data, council, _ = deu
    outcome = np.array([i.outcome for i in data.issues])
    preds = baseline_predictions(data, council)
    a = score("median", preds["unweighted_median"], outcome)
    b = score("compromise", preds["compromise_council"], outcome)
    one, two = paired_bootstrap(a, b, 2000, 5), paired_bootstrap(a, b, 2000, 5)
    assert one == two
    assert one["ci95"][0] < one["difference"] < one["ci95"][1]
    assert one["difference"] == pytest.approx(a.mae - b.mae, abs=1e-9)


def test_cli_backtest_fast_models() -> None:
    code, out, err = run("backtest", "deu", "--model", "compromise,median,eum", "--bootstrap",
                         "500", "--json")
    assert code == 0, err
    res = json.loads(out)
    assert f"{res['models']['compromise']['mae']:.2f}" == "22.91"
    assert f"{res['baselines']['compromise_council']['mae']:.2f}" == "22.91"
    assert {b["model"] for b in res["bootstrap_vs_compromise"]} == {"median", "eum"}


@pytest.mark.slow
def test_cli_backtest_all_models() -> None:
    code, out, _ = run("backtest", "deu", "--json", "--bootstrap", "1000")
    assert code == 0
    res = json.loads(out)
    assert set(res["models"]) == {"compromise", "median", "nbs_rp", "nbs_no_rp", "eum", "ktab",
                                  "exchange"}


def test_cli_backtest_missing_data(tmp_path: Path) -> None:
    code, _, err = run("backtest", "deu", "--data", str(tmp_path / "none.csv"))
    assert code == 2 and "--data" in err and "Traceback" not in err
