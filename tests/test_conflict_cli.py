"""`accord conflict`: output, JSON, and clear messages (exit 2, no traceback) for bad models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.cli import run

DATA = Path(__file__).parent / "data" / "conflict"
BASE = {
    "dms": [
        {"id": "A", "options": [{"id": "x"}, {"id": "y"}], "preferences": [{"statement": "x"}]},
        {"id": "B", "options": [{"id": "z"}], "preferences": [{"statement": "-x | z"}]},
    ],
    "status_quo": [],
}


def _write(tmp_path: Path, data: object, name: str = "model.yaml") -> str:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data) if name.endswith(".yaml") else json.dumps(data))
    return str(path)


def test_json_report_of_a_reference_case() -> None:
    code, stdout, _ = run("conflict", str(DATA / "cuban.yaml"), "--state", "7", "--from", "1", "--json")
    assert code == 0
    report = json.loads(stdout)
    assert [e["state"] for e in report["equilibria"]["seq"]] == [5, 6, 7]
    assert report["state"]["equilibrium"] == {"nash": False, "gmr": True, "smr": True, "seq": True}
    assert report["status_quo"]["start"] == 1


def test_inverse_and_coalition_options() -> None:
    code, stdout, _ = run("conflict", str(DATA / "syria_iraq.yaml"), "--inverse", "SYR", "--target", "2",
                          "--json")
    assert code == 0
    assert json.loads(stdout)["inverse"]["counts"]["smr"] == 300
    code, stdout, _ = run("conflict", str(DATA / "elmira.yaml"), "--coalition", "MOE,UNIROYAL", "--from",
                          "1")
    assert code == 0 and "no longer stable" in stdout


def test_terminal_output_names_sanctions() -> None:
    code, stdout, _ = run("conflict", str(DATA / "garrison.yaml"), "--state", "6")
    assert code == 0
    assert "Under GMR the others can answer" in " ".join(stdout.split())


def test_export_round_trips_through_the_cli(tmp_path: Path) -> None:
    out = tmp_path / "cuban.gmcr"
    code, _, _ = run("conflict", str(DATA / "cuban.yaml"), "--export", str(out), "--json")
    assert code == 0
    code, stdout, _ = run("conflict", str(out), "--json")
    assert code == 0
    assert [e["state"] for e in json.loads(stdout)["equilibria"]["seq"]] == [5, 6, 7]


def _mutate(**changes: object) -> dict:  # type: ignore[type-arg]
    data = json.loads(json.dumps(BASE))
    for key, value in changes.items():
        if key == "two_owners":
            data["dms"][1]["options"].append({"id": "x"})
        elif key == "unknown_option":
            data["dms"][0]["preferences"].append({"statement": "x & -w"})
        elif key == "no_state":
            data["feasibility"] = [{"kind": "at_least_one", "options": ["x", "y"]},
                                   {"kind": "infeasible", "when": "x | y"}]
        elif key == "bad_syntax":
            data["dms"][1]["preferences"] = [{"statement": "z && x"}]
        elif key == "unranked":
            data["dms"][1].pop("preferences")
            data["dms"][1]["ranking"] = ["YNN"]
        elif key == "sq_unknown":
            data["status_quo"] = ["q"]
        elif key == "one_dm":
            data["dms"] = data["dms"][:1]
        else:
            data[key] = value
    return data


@pytest.mark.parametrize("change, fragments", [
    ("two_owners", ["dms[1].options[1].id", "controlled by two decision makers (A and B)"]),
    ("unknown_option", ["dms[0].preferences[1].statement", "unknown option 'w'"]),
    ("no_state", ["feasibility", "no feasible state"]),
    ("bad_syntax", ["dms[1].preferences[0].statement", "not a literal"]),
    ("unranked", ["dms[1].ranking", "not ranked"]),
    ("sq_unknown", ["status_quo[0]", "unknown option 'q'"]),
    ("one_dm", ["dms", "at least 2"]),
])
@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_malformed_models_get_clear_messages(tmp_path: Path, change: str, fragments: list[str],
                                             suffix: str) -> None:
    path = _write(tmp_path, _mutate(**{change: True}), "model" + suffix)
    code, stdout, stderr = run("conflict", path)
    assert code == 2, stdout + stderr
    assert "model" + suffix in stderr
    for fragment in fragments:
        assert fragment in stderr


@pytest.mark.parametrize("args, fragment", [
    (["--state", "99"], "state 99 does not exist"),
    (["--state", "x,q"], "unknown option(s) q"),
    (["--concept", "nope"], "--concept: found 'nope'; expected a known stability concept: nash, "
                            "gmr, smr, seq, sim, lh"),
    (["--inverse", "ZZ", "--target", "1"], "--inverse: found 'ZZ'; expected a known decision "
                                           "maker: "),
    (["--coalition", "A"], "two or more decision-maker ids"),
])
def test_bad_arguments_are_reported(tmp_path: Path, args: list[str], fragment: str) -> None:
    code, _, stderr = run("conflict", _write(tmp_path, BASE), *args)
    assert code == 2
    assert fragment in stderr


def test_hostile_files(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True))
    for name, text in [("bomb.yaml", bomb), ("bad.gmcr", "{not json"), ("empty.yaml", ""),
                       ("list.json", "[1, 2]"), ("bin.yaml", "dms: \x00")]:
        path = tmp_path / name
        path.write_text(text)
        code, _, stderr = run("conflict", str(path))
        assert code == 2, name
        assert name in stderr


def test_too_many_options_is_refused(tmp_path: Path) -> None:
    data = {"dms": [{"id": "A", "options": [{"id": f"a{i}"} for i in range(40)]},
                    {"id": "B", "options": [{"id": f"b{i}"} for i in range(23)]}]}
    code, _, stderr = run("conflict", _write(tmp_path, data))
    assert code == 2
    assert "at most 62 options" in stderr


def test_state_explosion_is_refused(tmp_path: Path) -> None:
    data = {"dms": [{"id": f"D{d}", "options": [{"id": f"o{d}_{i}"} for i in range(8)]}
                    for d in range(4)]}
    code, _, stderr = run("conflict", _write(tmp_path, data))
    assert code == 2
    assert "candidate states" in stderr


@pytest.mark.parametrize("ranking, fragment", [
    ([True, "--"], "dms[0].ranking[0]: found the boolean true; expected a state number"),
    ([[2, False], "--"], "dms[0].ranking[0]: found the boolean false (item 2 of the tie)"),
    ([1.5, "--"], "dms[0].ranking[0]: found 1.5 (float); expected a state number"),
])
@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_a_boolean_is_not_a_state_number(tmp_path: Path, ranking: list[object], fragment: str,
                                         suffix: str) -> None:
    data = json.loads(json.dumps(BASE))
    data["dms"][0].pop("preferences")
    data["dms"][0]["ranking"] = ranking
    code, stdout, stderr = run("conflict", _write(tmp_path, data, "model" + suffix))
    assert code == 2, stdout
    assert fragment in stderr
    assert stderr.count("found") == 1


@pytest.mark.parametrize("name, text, found", [
    ("empty.yaml", "", "found an empty file"),
    ("list.json", "[1, 2]", "found a top-level list"),
    ("comment.yaml", "# nothing yet\n", "found an empty file"),
])
def test_a_file_without_a_model_says_what_a_conflict_model_needs(tmp_path: Path, name: str, text: str,
                                                                  found: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    code, _, stderr = run("conflict", str(path))
    message = " ".join(stderr.split())
    assert code == 2
    assert f"{name}:1: {found}; expected a conflict model: a mapping with `dms:`" in message
    assert "docs/conflict.md" in message
    assert "as_of" not in message and "issues" not in message


def test_unknown_top_level_field_lists_conflict_model_fields(tmp_path: Path) -> None:
    code, _, stderr = run("conflict", _write(tmp_path, {**BASE, "feasibilty": []}))
    assert code == 2
    assert "did you mean `feasibility`?" in stderr
    code, _, stderr = run("conflict", _write(tmp_path, {"foo": 1}))
    message = " ".join(stderr.split())
    assert code == 2 and "the required field `dms`" in message
    assert "allowed here: as_of, coalitions, description, dms, feasibility" in message


def test_inverse_beyond_the_supported_size_says_which_size_is_supported(tmp_path: Path) -> None:
    """8,192 states: the two opponents of D0 reach every state with D0's option unchanged, so the
    SMR sanction set has thousands of states; Nash and GMR are still exact."""
    data = {"dms": [{"id": "D0", "options": [{"id": "a"}]}] + [
        {"id": f"D{d}", "options": [{"id": f"o{d}_{j}"} for j in range(6)]} for d in (1, 2)]}
    path = _write(tmp_path, data)
    code, _, stderr = run("conflict", path, "--inverse", "D0", "--target", "1", "-c", "smr")
    message = " ".join(stderr.split())
    assert code == 2
    assert "the exact SMR count is limited to 22 states in the sanction set" in message
    assert "Nash: any size" in message and "--concept nash" in message
    code, stdout, _ = run("conflict", path, "--inverse", "D0", "--target", "1", "-c", "nash", "-c", "gmr",
                          "--json")
    assert code == 0
    inverse = json.loads(stdout)["inverse"]
    # Nash: D0 has one move, so s must beat one state. GMR: the move is deterred unless all 4,096
    # states the opponents reach from it are above s, i.e. s is last of those 4,097
    assert inverse["shares"] == {"nash": "1/2", "gmr": "4096/4097"}
    assert inverse["rankings"] == "8192!" and inverse["counts"] is None


def test_inverse_on_a_larger_model_prints_exact_counts() -> None:
    code, stdout, _ = run("conflict", str(DATA / "garrison.yaml"), "--inverse", "US_SUPPORT",
                          "--target", "6", "-c", "nash", "-c", "gmr", "-c", "smr", "--json")
    assert code == 0, stdout
    inverse = json.loads(stdout)["inverse"]
    assert inverse["counts"]["rankings"] == 25852016738884976640000  # 23!
    assert set(inverse["shares"]) == {"nash", "gmr", "smr"}


def test_graph_level_problems_of_a_conflict_file_carry_their_line(tmp_path: Path) -> None:
    path = _write(tmp_path, _mutate(no_state=True))
    code, _, stderr = run("conflict", path)
    assert code == 2
    lines = [ln for ln in stderr.splitlines() if "no feasible state" in ln]
    assert lines and lines[0].strip().startswith(f"{path}:") and ": feasibility: found" in lines[0]
    code, _, stderr = run("conflict", _write(tmp_path, _mutate(unranked=True)))
    assert code == 2 and "model.yaml:" in stderr and ": dms[1].ranking: found" in stderr


def test_a_directory_or_a_one_decision_maker_gmcr_is_explained(tmp_path: Path) -> None:
    code, _, stderr = run("conflict", str(tmp_path))
    assert code == 2 and "found a directory; expected a conflict model file" in " ".join(stderr.split())
    path = tmp_path / "one.gmcr"
    path.write_text(json.dumps({"options": [{"name": "a"}], "decisionMakers": [
        {"name": "A", "options": [0]}]}))
    code, _, stderr = run("conflict", str(path))
    assert code == 2 and "decisionMakers: found 1 decision maker; expected a list of two or more" in " ".join(
        stderr.split())


@pytest.mark.parametrize("direction, shown", [(["both"], "['both'] (a list)"),
                                              ({"fwd": True}, "{'fwd': True} (an object)"),
                                              (3, "3 (a number)")])
def test_a_gmcr_permitted_direction_that_is_not_a_string_is_explained(
        tmp_path: Path, direction: object, shown: str) -> None:
    """Issue 10 fuzz finding: a list or mapping here ended in 'unhashable type' (exit 1)."""
    path = tmp_path / "d.gmcr"
    path.write_text(json.dumps({"options": [{"name": "a", "permittedDirection": direction},
                                            {"name": "b"}],
                                "decisionMakers": [{"name": "A", "options": [0]},
                                                   {"name": "B", "options": [1]}]}, indent=1))
    code, _, stderr = run("conflict", str(path))
    assert code == 2
    assert " ".join(stderr.split()) == (
        f"error: {path} is not valid (1 problem): {path}:5: options[0].permittedDirection: found "
        f'{shown}; expected one of the strings "both", "fwd" or "back". Fix: write "both" (the '
        'option can be taken and dropped), "fwd" (taken only) or "back" (dropped only)')


def test_an_lh_horizon_above_the_stated_limit_is_refused() -> None:
    """Issue 10: `accord conflict -c lh --horizon 1000000` had no upper bound."""
    code, _, err = run("conflict", str(DATA / "chicken_2x2.yaml"), "-c", "lh", "--horizon", "1000000")
    assert code == 2
    assert " ".join(err.split()) == (
        "error: --horizon is not valid (1 problem): --horizon: found 1,000,000; expected a "
        "horizon from 1 to 100. Fix: choose a horizon from 1 to 100")
    code, _, _ = run("conflict", str(DATA / "chicken_2x2.yaml"), "-c", "lh", "--horizon", "0")
    assert code == 2
    code, out, _ = run("conflict", "--help")
    assert "(1 to 100)" in " ".join(out.replace("│", " ").split())


def test_lh_anticipation_stops_at_its_fixed_point() -> None:
    """G_{h+1} depends only on G_h, so stopping once it repeats changes no result."""
    import numpy as np

    from accord.conflict import build
    from accord.conflict.stability import anticipation
    from accord.interop.gmcr import load_model

    for name in ("chicken_2x2.yaml", "prisoners_dilemma_2x2.yaml", "cuban.yaml"):
        graph = build(load_model(str(DATA / name))[0])
        if len(graph.movers) != 2:
            continue
        assert np.array_equal(anticipation(graph, 30), anticipation(graph, 100))
