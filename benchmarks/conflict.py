"""Benchmark of the GMCR stability engine: time and peak memory of Nash, GMR, SMR and SEQ for
every state and every decision maker on generated models with 6 decision makers and about
1,000, 10,000 and 100,000 feasible states, against the literal per-state definitions
(`accord.conflict.definitions`, breadth-first search per improvement, stopping at the first
sanction) on the sizes those finish within a time cap.

    python benchmarks/conflict.py                 # all sizes (each in its own process)
    python benchmarks/conflict.py --cap 120       # time cap (s) per size for the baseline
    python benchmarks/conflict.py --states 1000000  # one generated model of about that size

With `--states N` the literal definitions cannot check every state in reasonable time; they
check `--spot` random (state, decision maker) pairs per concept instead (the same equilibria on
every pair both run), and the run also times the status-quo analysis from state 1 and the
inverse analysis (which must finish or stop with its message, never hang). The baseline of that
run is the previous algorithm (the layered graph of `min_reachable`, still used for abstract
graphs) on the same model in its own process: its time and peak memory, the ratio, and whether
every (concept, decision maker, state) verdict is identical (`--no-previous` skips it).

Peak memory is the peak resident set size of the process that analyses one size (it includes
the Python interpreter, numpy and scipy, about 100 MB). Models are generated with a fixed seed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time

import numpy as np

SIZES = {  # total options, cross-DM infeasible pairs -> about this many feasible states
    "1k": (11, 2),
    "10k": (15, 4),
    "100k": (18, 3),
}
N_DMS = 6
CONCEPTS = ("nash", "gmr", "smr", "seq")


def generated_model(n_options: int, n_pairs: int, seed: int = 7) -> object:
    """A random conflict model: options spread over 6 decision makers, `n_pairs` infeasible
    pairs across decision makers, some irreversible options, 5 option-prioritisation
    statements (plain, if, iff) per decision maker, so preferences have ties."""
    from accord.model.conflict import ConflictModel

    rng = np.random.default_rng(seed)
    owner = [k % N_DMS for k in range(n_options)]
    names = [f"o{k}" for k in range(n_options)]
    dms = []
    for d in range(N_DMS):
        opts = [{"id": names[k], "direction": str(rng.choice(["both", "both", "both", "take_only"]))}
                for k in range(n_options) if owner[k] == d]
        stmts = []
        for _ in range(5):
            a, b = (names[int(i)] for i in rng.choice(n_options, 2, replace=False))
            form = str(rng.choice(["{a}", "-{a}", "{a} if {b}", "{a} iff {b}", "{a} & -{b}"]))
            stmts.append({"statement": form.format(a=a, b=b)})
        dms.append({"id": f"D{d}", "options": opts, "preferences": stmts})
    rules, used = [], set()
    while len(rules) < n_pairs:
        a, b = (int(i) for i in rng.choice(n_options, 2, replace=False))
        if owner[a] != owner[b] and (a, b) not in used:
            used.add((a, b))
            rules.append({"kind": "infeasible", "when": f"{names[a]} & {names[b]}"})
    return ConflictModel.model_validate({"dms": dms, "feasibility": rules})


def options_for(states: int) -> tuple[int, int]:
    """(options, infeasible pairs) whose generated model has about `states` feasible states:
    two infeasible pairs keep 9/16 of the 2^options combinations."""
    import math

    return max(4, round(math.log2(states / 0.5625))), 2


def _verdicts_digest(stable: dict[str, np.ndarray]) -> str:
    """One hash of every (concept, decision maker, state) verdict, to compare two processes."""
    digest = hashlib.sha256()
    for c in CONCEPTS:
        digest.update(np.packbits(stable[c]).tobytes())
    return digest.hexdigest()


def run_one(size: str, cap: float, baseline: bool, spot: int = 0,
            previous: bool = False) -> dict[str, object]:
    """One generated model: build and analyse it with the engine (or, with `previous`, with the
    layered-graph algorithm the engine used for every graph before)."""
    import dataclasses

    from accord.conflict import build, stability
    from accord.conflict.definitions import is_stable

    model = generated_model(*(SIZES[size] if size in SIZES else options_for(int(size))))
    t0, c0 = time.perf_counter(), time.process_time()
    graph = build(model)  # type: ignore[arg-type]
    t_build, cpu_build = time.perf_counter() - t0, time.process_time() - c0
    if previous:  # the same graph without the transitive-moves shortcut
        graph = dataclasses.replace(graph, transitive=False, reach_moves=())
    t0, c0 = time.perf_counter(), time.process_time()
    result = stability(graph, CONCEPTS)
    t_fast = time.perf_counter() - t0
    cpu_fast = time.process_time() - c0
    out: dict[str, object] = {
        "size": size, "states": graph.n, "moves": sum(m.n_edges for m in graph.moves),
        "build_s": round(t_build, 3), "build_cpu_s": round(cpu_build, 3),
        "fast_s": round(t_fast, 3), "fast_cpu_s": round(cpu_fast, 3),
        "equilibria": {c: len(result.equilibria(c)) for c in CONCEPTS},
        "digest": _verdicts_digest(result.stable),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if previous:
        return out
    if spot:
        rng = np.random.default_rng(1)
        t0 = time.perf_counter()
        agree = True
        for c in CONCEPTS:
            for f, st in zip(rng.integers(len(graph.movers), size=spot),
                             rng.integers(graph.n, size=spot), strict=True):
                agree &= is_stable(graph, int(f), int(st), c) == bool(result.stable[c][f, st])
        out["spot_checks"] = spot * len(CONCEPTS)
        out["spot_s"] = round(time.perf_counter() - t0, 4)
        out["baseline_agrees"] = agree
        from accord.conflict.inverse import InverseTooLarge, inverse_counts
        from accord.conflict.status_quo import status_quo

        t0 = time.perf_counter()
        sq = status_quo(graph, 0, result)
        out["status_quo_s"] = round(time.perf_counter() - t0, 2)
        out["status_quo"] = sq.get("note", f"{sq['reachable_states']} states reached")
        t0 = time.perf_counter()
        try:
            inverse_counts(graph, 0, 0, ("nash",))
            out["inverse"] = "counted"
        except InverseTooLarge as exc:
            out["inverse"] = f"refused: {exc}"
        out["inverse_s"] = round(time.perf_counter() - t0, 2)
        out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    elif baseline:
        t0 = time.perf_counter()
        done = True
        agree = True
        for c in CONCEPTS:
            for f in range(len(graph.movers)):
                for s in range(graph.n):
                    if time.perf_counter() - t0 > cap:
                        done = False
                        break
                    agree &= is_stable(graph, f, s, c) == bool(result.stable[c][f, s])
                if not done:
                    break
            if not done:
                break
        t_slow = time.perf_counter() - t0
        out["baseline_s"] = round(t_slow, 2) if done else None
        out["baseline_agrees"] = agree
        out["ratio"] = (round(t_slow / t_fast, 1) if done
                        else f"> {cap / t_fast:.0f} (baseline cut at {cap:.0f} s)")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=list(SIZES), help="analyse one size in this process")
    parser.add_argument("--cap", type=float, default=120.0, help="time cap (s) for the baseline per size")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--states", type=int, help="one generated model of about this many "
                                                   "feasible states (spot-checked baseline)")
    parser.add_argument("--spot", type=int, default=50,
                        help="with --states: random (state, DM) pairs checked per concept")
    parser.add_argument("--no-previous", action="store_true",
                        help="with --states: skip the previous algorithm on the same model")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--previous", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.size:
        print(json.dumps(run_one(args.size, args.cap, not args.no_baseline)))
        return
    if args.one:
        print(json.dumps(run_one(args.one, args.cap, False, args.spot)))
        return
    if args.previous:
        print(json.dumps(run_one(args.previous, args.cap, False, previous=True)))
        return
    if args.states:
        opts, pairs = options_for(args.states)
        print(f"GMCR stability (Nash, GMR, SMR, SEQ for every state and DM), {N_DMS} DMs, "
              f"{opts} options, {pairs} infeasible pairs (target {args.states:,} states); "
              f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
        cmd = [sys.executable, __file__, "--one", str(args.states), "--spot", str(args.spot)]
        res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        eq = res["equilibria"]
        secs, cpu = float(res["fast_s"]), float(res["fast_cpu_s"])  # type: ignore[arg-type]
        total = secs + float(res["build_s"])  # type: ignore[arg-type]
        total_cpu = cpu + float(res["build_cpu_s"])  # type: ignore[arg-type]
        peak = float(res["peak_rss_mb"]) / 1024  # type: ignore[arg-type]
        print(f"  {res['states']:,} states, {res['moves']:,} moves")
        print(f"  model build {res['build_s']} s wall, {res['build_cpu_s']} s CPU; stability "
              f"{secs:.1f} s wall, {cpu:.1f} s CPU; equilibria N/G/S/Q {eq['nash']}/{eq['gmr']}/"
              f"{eq['smr']}/{eq['seq']}")
        print(f"  build + stability: {total:.1f} s wall, {total_cpu:.1f} s CPU (target < 60 s: "
              f"{'MET' if total < 60 else 'NOT MET'} on wall time, "
              f"{'MET' if total_cpu < 60 else 'NOT MET'} on CPU time); peak RSS {peak:.2f} GiB "
              f"(target < 8 GiB: {'MET' if peak < 8 else 'NOT MET'})")
        if not args.no_previous:
            cmd = [sys.executable, __file__, "--previous", str(args.states)]
            prev = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            p_secs, p_cpu = float(prev["fast_s"]), float(prev["fast_cpu_s"])  # type: ignore[arg-type]
            same = prev["digest"] == res["digest"]
            print(f"  baseline, the previous algorithm (layered graph, n x 11 nodes) on the same "
                  f"model: stability {p_secs:.1f} s wall, {p_cpu:.1f} s CPU, peak RSS "
                  f"{float(prev['peak_rss_mb']) / 1024:.2f} GiB; engine {p_secs / secs:.1f}x "
                  f"faster on wall time, {p_cpu / cpu:.1f}x on CPU; verdicts for every "
                  f"(concept, DM, state): {'IDENTICAL' if same else 'DIFFERENT'}")
        checks = int(res["spot_checks"])  # type: ignore[call-overload]
        whole = float(res["spot_s"]) / checks * int(res["states"]) * N_DMS * len(CONCEPTS)  # type: ignore[arg-type, call-overload]
        print(f"  literal definitions on {checks} random (state, DM, concept) checks: "
              f"{'the same' if res['baseline_agrees'] else 'DIFFERENT'} ({res['spot_s']} s; "
              f"extrapolated to every check {whole:,.0f} s, {whole / secs:,.0f}x the engine)")
        print(f"  status quo from state 1: {res['status_quo']} ({res['status_quo_s']} s); inverse "
              f"for D0, state 1: {res['inverse']} ({res['inverse_s']} s)")
        print(f"  load average at the end {os.getloadavg()[0]:.1f} (shared machine; wall times)")
        return
    print(f"GMCR stability (Nash, GMR, SMR, SEQ for every state and DM), {N_DMS} DMs, "
          f"{os.cpu_count()} CPUs; baseline = literal definitions, cap {args.cap:.0f} s")
    print(f"{'model':>6} {'states':>8} {'moves':>10} {'build s':>8} {'fast s':>8} {'peak MB':>8} "
          f"{'baseline s':>11} {'ratio':>28}  equilibria N/G/S/Q")
    for size in SIZES:
        cmd = [sys.executable, __file__, "--size", size, "--cap", str(args.cap)]
        if args.no_baseline:
            cmd.append("--no-baseline")
        res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        eq = res["equilibria"]
        base = res.get("baseline_s")
        base_text = "-" if base is None else str(base)
        ratio = str(res.get("ratio", "-"))
        print(f"{size:>6} {res['states']:>8,} {res['moves']:>10,} {res['build_s']:>8} {res['fast_s']:>8} "
              f"{res['peak_rss_mb']:>8} {base_text:>11} {ratio:>28}  "
              f"{eq['nash']}/{eq['gmr']}/{eq['smr']}/{eq['seq']}"
              + ("" if res.get("baseline_agrees", True) else "  BASELINE DISAGREES"))


if __name__ == "__main__":
    main()
