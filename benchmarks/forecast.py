"""Benchmark: Monte Carlo speed of the vectorised forecasting models against straightforward
per-actor-loop implementations of the same models, measured in the same run.

1. EUM (Scholz et al. 2011 reconstruction, defaults, Q = 1): 10,000 Monte Carlo runs on BDM's
   10-actor emission-standards case, 8 rounds each.
2. KTAB SMP (default configuration): 10,000 Monte Carlo runs on KTAB's SOE-Pol-Comp data
   (13 actors, 2 dimensions; KAPSARC KTAB, MIT licence), each run to KTAB's stop rule.

Inputs are drawn with accord's Monte Carlo sampler (triangular, +-10 % of the scale on positions,
+-0.1 on saliences, +-25 % on capabilities; seed 2026). The loop versions are plain Python, one
actor at a time, written to be fair (each round's probability denominator is computed once, not
per pair). They are run on a subset of the same draws and their time is extrapolated linearly to
10,000 runs; the output says so. The results of both versions are compared run by run.

   The KTAB kernels over actors^3 cells are compiled with numba when it is installed: the
   benchmark prints their one-off compile time (fresh process, empty cache), the time with the
   numpy kernels on the same runs, and checks that both give bitwise the same runs.

3. The flagship forecast (`accord forecast --runs 10000 --seed 1`, all models): wall and CPU time
   of the whole report, CPU time per model, and the exchange model (most of the work) with all
   runs in step against one run at a time; the compiled exchange kernel's one-off compile (or
   cache load) time separately, and its numpy fallback (ACCORD_NO_NUMBA=1). For the cold
   figure, point numba at an empty cache: NUMBA_CACHE_DIR=$(mktemp -d).

KTAB figures are CPU time of this process (the machine is shared); the loop's time is
extrapolated by steps taken, not by runs (runs differ a lot in length).

    python benchmarks/forecast.py [--runs 10000] [--loop-runs-eum 200] [--loop-runs-ktab 20]
                                  [--flagship-runs 10000] [--only eum|ktab|flagship|all]
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import subprocess
import sys
import tempfile
import time

import numpy as np

from accord.forecast import eum, ktab
from accord.forecast.inputs import make_input
from accord.forecast.montecarlo import Uncertainty, sample

IDENTICAL_RTOL = 1e-9
"""Two runs count as identical when every round's median agrees within this relative
difference: far below any decision threshold (1e-12 relative on utilities of order 1 flips no
decision unless positions differ by orders of magnitude more)."""

# BDM (1994) emission standards, as printed in Scholz et al. (2011), Table 1 (salience 0-1)
EMISSION = [("Netherlands", 0.08, 4, 0.8), ("Belgium", 0.08, 7, 0.4), ("Luxembourg", 0.03, 4, 0.2),
            ("Germany", 0.16, 4, 0.8), ("France", 0.16, 10, 0.6), ("Italy", 0.16, 10, 0.6),
            ("UK", 0.16, 10, 0.9), ("Ireland", 0.03, 7, 0.1), ("Denmark", 0.05, 4, 1.0),
            ("Greece", 0.08, 7, 0.7)]

# KTAB examples/smp/doc/SOE-Pol-Comp.csv (KAPSARC, MIT licence): influence, (pos, sal) x 2
SOE = [("XJ", 100.0, 30, 24.0, 20, 48.0), ("LK", 60.2, 45, 44.7, 65, 41.3),
       ("ZG", 35.0, 30, 28.9, 15, 65.1), ("MK", 35.0, 45, 20.6, 45, 49.4),
       ("LH", 40.0, 50, 44.7, 65, 47.8), ("XS", 20.0, 15, 32.0, 10, 32.0),
       ("NEA", 15.0, 20, 32.0, 15, 32.0), ("MLR", 25.0, 60, 43.9, 50, 50.1),
       ("MEP", 20.0, 30, 26.4, 15, 17.6), ("MOF", 35.0, 45, 35.9, 40, 46.6),
       ("SHX", 20.0, 50, 44.7, 50, 47.8), ("HLJ", 20.0, 20, 47.4, 30, 40.6),
       ("WY", 40.0, 15, 49.0, 60, 46.0)]


# ---------------------------------------------------------------- EUM, one actor at a time

def eum_loop(x0: list[float], c: list[float], s: list[float], rounds: int = 8,
             scale: float | None = None) -> list[float]:
    """Scholz reconstruction (accord's defaults), plain loops; returns the median per round.
    `scale` is the declared width R (accord's default `scale="declared"`); None = the range of
    the initial positions. Decisions use accord's documented tolerance (eum.DECISION_RTOL)."""
    n = len(x0)
    x = list(x0)
    rng = scale if scale else (max(x) - min(x) or 1.0)
    tol = eum.DECISION_RTOL

    def beats(a: float, b: float) -> bool:
        return a - b > tol * max(1.0, abs(a), abs(b))

    def median(xs: list[float]) -> float:
        best, best_loss = math.inf, math.inf
        for p in xs:
            loss = sum(c[k] * s[k] * abs(xs[k] - p) for k in range(n))
            if loss < best_loss * (1 - 1e-12) - 1e-15 or (
                    abs(loss - best_loss) <= 1e-12 * abs(best_loss) + 1e-15 and p < best):
                best, best_loss = p, min(loss, best_loss)
        return best

    def probs(xs: list[float], r: list[float]) -> list[list[float]]:
        d = [[(abs(xs[k] - xs[m]) / rng) ** r[k] for m in range(n)] for k in range(n)]
        den = 0.0
        for k in range(n):
            for a in range(n):
                for b in range(n):
                    den += abs(c[k] * s[k] * (d[k][b] - d[k][a]))
        p = [[0.0] * n for _ in range(n)]
        for i in range(n):
            for j in range(n):
                if xs[i] == xs[j] or den <= 0:
                    continue
                num = 0.0
                for k in range(n):
                    v = c[k] * s[k] * (d[k][j] - d[k][i])
                    if v > 0:
                        num += v
                p[i][j] = num / den
        return p

    def eu(xs: list[float], p: list[list[float]], r: list[float], i: int, a: int, t: int) -> float:
        dist = min(abs(xs[a] - xs[t]) / rng, 1.0)
        low, high = (0.5 - 0.5 * dist) ** r[i], (0.5 + 0.5 * dist) ** r[i]
        us, du = 2 - 4 * low, 4 * (high - low)     # U_s and U_s - U_f
        usq = 2 - 4 * 0.5 ** r[i]
        # s_t [P U_s + (1-P) U_f] + (1-s_t) U_s - U_sq, rearranged
        return (us - usq) - s[t] * du * (1 - p[a][t])

    medians = [median(x)]
    for _ in range(rounds):
        ones = [1.0] * n
        p1 = probs(x, ones)
        danger = [sum(eu(x, p1, ones, i, j, i) for j in range(n) if j != i) for i in range(n)]
        hi, lo = max(danger), min(danger)
        r = [(1 - (2 * dg - hi - lo) / (hi - lo) / 3) / (1 + (2 * dg - hi - lo) / (hi - lo) / 3)
             if hi > lo else 1.0 for dg in danger]
        p = probs(x, r)
        new = list(x)
        for i in range(n):
            conflict, comp = [], []
            for j in range(n):
                if x[j] == x[i]:
                    continue
                e_ij, e_ji = eu(x, p, r, i, i, j), eu(x, p, r, i, j, i)
                if beats(e_ji, e_ij) and beats(e_ij, 0.0):
                    conflict.append((abs(x[j] - x[i]), j, x[j]))
                elif beats(e_ji, 0.0) and beats(0.0, e_ij) and beats(e_ji, abs(e_ij)):
                    key = (abs(e_ij) * x[i] + e_ji * x[j]) / (abs(e_ij) + e_ji)
                    comp.append((key, j, x[i] + (x[j] - x[i]) * (abs(e_ij) / e_ji)))
            if conflict:
                new[i] = min(conflict, key=lambda t: (t[0], t[1]))[2]
            elif comp:
                new[i] = min(comp, key=lambda t: (t[0], t[1]))[2]
        x = new
        medians.append(median(x))
    return medians


# ---------------------------------------------------------------- KTAB, one actor at a time

def ktab_loop(pos0: list[list[float]], sal: list[list[float]], cap: list[float],
              ) -> list[list[float]]:
    """KTAB SMP default configuration with plain loops; returns the final positions (0-1)."""
    n, nd = len(pos0), len(pos0[0])
    pos = [list(p) for p in pos0]
    ssum = [sum(v) for v in sal]

    def bs(d: float, r: float) -> float:
        return (1 - d) * (1 + d * r) if d <= 1 else (1 - d) * (1 + r)

    def dist(i: int, y: list[float]) -> float:
        num = sum((sal[i][k] * (pos[i][k] - y[k])) ** 2 for k in range(nd))
        return math.sqrt(num / sum(v * v for v in sal[i]))

    def pce(u: list[list[float]], opts: list[int]) -> list[float]:
        raw = []
        for a in opts:
            prod = 1.0
            for b in opts:
                if a == b:
                    prod *= 0.5
                    continue
                cab, cba = 1e-8, 1e-8
                for k in range(n):
                    v = cap[k] * (u[k][a] - u[k][b])
                    if v > 0:
                        cab += v
                    elif v < 0:
                        cba -= v
                prod *= cab / (cab + cba)
            raw.append(prod)
        tot = sum(raw)
        return [v / tot for v in raw]

    def evaluate() -> tuple[list[list[float]], list[float], list[list[list[float]]]]:
        d = [[dist(i, pos[j]) for j in range(n)] for i in range(n)]
        rn = [[1 - d[i][j] for j in range(n)] for i in range(n)]
        p = pce(rn, list(range(n)))
        lo, hi = min(p), max(p)
        r = [(3 * v - (hi + 2 * lo)) / (2 * (hi - lo)) if hi > lo else 0.0 for v in p]
        u = [[[bs(d[i][j], (2.0 * r[h] + r[i]) / 3.0) for j in range(n)] for i in range(n)]
             for h in range(n)]
        return d, r, u

    def prob_edu(u: list[list[float]], i: int, j: int) -> tuple[float, float]:
        uii, uij, uji, ujj = u[i][i], u[i][j], u[j][i], u[j][j]
        ci, cj = ssum[i] * cap[i] * (uii - uij), ssum[j] * cap[j] * (uji - ujj)
        chij = 1e-10 + (ci if ci > 0 else 0.0) + (cj if cj > 0 else 0.0)
        chji = 1e-10 - (ci if ci < 0 else 0.0) - (cj if cj < 0 else 0.0)
        pi0, pj0 = chij, chji
        for m in range(n):
            if m in (i, j):
                continue
            w = ssum[m] * cap[m]
            uni, unj, unn = u[m][i], u[m][j], u[m][m]
            v = w * (uni - unj)
            cni = pi0 + v if v > 0 else pi0
            cnj = pj0 - v if v < 0 else pj0
            pin = cni / (cni + cnj)
            pjn = 1.0 - pin
            vk = w * ((pin * (uni + uni + unn) + pjn * (unj + unj + unj))
                      - (pin * (uni + uni + uni) + pjn * (unj + unj + unn)))
            if vk > 0:
                chij += vk
            elif vk < 0:
                chji -= vk
        phij, phji = chij / (chij + chji), chji / (chij + chji)
        vict, lose = u[i][i] + u[i][i], u[i][j] + u[i][j]
        eu_ = (1 - ssum[j]) * vict + ssum[j] * (phij * vict + phji * lose)
        return phij, eu_ - (u[i][i] + u[i][j])

    def r4(v: float) -> float:
        return math.trunc(0.5 + v * 10000.0) / 10000.0

    def state_dist(a: list[list[float]], b: list[list[float]]) -> float:
        return sum(math.sqrt(sum((a[i][k] - b[i][k]) ** 2 for k in range(nd))) for i in range(n))

    d01 = 0.0
    _, r, u = evaluate()
    for it in range(1, 101):
        target, binit, brcvr = [-1] * n, [None] * n, [None] * n
        for i in range(n):
            best, bj, bp = -1.0, -1, 0.0
            for j in range(n):
                if j == i:
                    continue
                pij, gain = prob_edu(u[i], i, j)
                if gain > 1e-5 and gain > best:
                    best, bj, bp = gain, j, pij
            if bj < 0:
                continue
            target[i] = bj
            bi_, bj_ = [], []
            for k in range(nd):
                wi = sal[i][k] ** 2 * bp ** 2
                wj = sal[bj][k] ** 2 * (1 - bp) ** 2
                bi_.append(r4(((wi + 1e-6) * pos[i][k] + wj * pos[bj][k]) / (wi + 1e-6 + wj)))
                bj_.append(r4((wi * pos[i][k] + (1e-6 + wj) * pos[bj][k]) / (wi + 1e-6 + wj)))
            binit[i], brcvr[i] = bi_, bj_  # type: ignore[call-overload]
        # utilities of each option (bargain of initiator i, or the status quo = n)
        uo = [[0.0] * (n + 1) for _ in range(n)]
        for a in range(n):
            own = [u[a][a][m] for m in range(n)]
            uo[a][n] = sum(own) / n
            for i in range(n):
                j = target[i]
                if j < 0:
                    continue
                tot = bs(dist(a, binit[i]), r[a]) + bs(dist(a, brcvr[i]), r[a])  # type: ignore[arg-type]
                tot += sum(own[m] for m in range(n) if m not in (i, j))
                uo[a][i] = tot / n
        new = [list(p) for p in pos]
        for k in range(n):
            queue = [i for i in range(k) if target[i] == k] + [n] + \
                ([k] if target[k] >= 0 else []) + [i for i in range(k + 1, n) if target[i] == k]
            p = pce(uo, queue)
            top = max(p)
            pick = queue[p.index(top)]
            if pick < n:
                new[k] = list(binit[pick] if pick == k else brcvr[pick])  # type: ignore[arg-type]
        moved = state_dist(new, pos)
        if it == 1:
            d01 = moved + 1e-4
        pos = new
        _, r, u = evaluate()
        if it >= 2 and moved / d01 < 0.02:
            break
    return pos


# ---------------------------------------------------------------- driver

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=10_000)
    ap.add_argument("--loop-runs-eum", type=int, default=200)
    ap.add_argument("--loop-runs-ktab", type=int, default=20)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--repeat", type=int, default=3, help="EUM timings: best of N passes")
    ap.add_argument("--loop-runs-exchange", type=int, default=30)
    ap.add_argument("--flagship-runs", type=int, default=10_000)
    ap.add_argument("--only", choices=("eum", "ktab", "flagship", "all"), default="all")
    args = ap.parse_args()
    print(f"accord forecast benchmark: {platform.python_implementation()} "
          f"{platform.python_version()}, numpy {np.__version__}, {platform.machine()}")

    ok = True
    if args.only in ("eum", "all"):
        ok = bench_eum(args)
    if args.only in ("ktab", "all"):
        ok = bench_ktab(args) and ok
    if args.only in ("flagship", "all"):
        bench_flagship(args)
    if not ok:
        print("\nFAILED: a vectorised model and its loop version disagree on a fixed seed")
        sys.exit(1)


def bench_eum(args: argparse.Namespace) -> bool:
    e = make_input("emission", [a for a, *_ in EMISSION], ["issue"], [c for _, c, _, _ in EMISSION],
                   [[x] for *_, x, _ in EMISSION], [[s] for *_, s in EMISSION], scale=[(4.0, 10.0)])
    pos, sal, cap = sample(e, Uncertainty.uniform_spread(e), args.runs,
                           np.random.default_rng(args.seed))
    x, s = pos[:, :, 0], sal[:, :, 0]
    m = min(args.loop_runs_eum, args.runs)
    t_vec = t_loop = math.inf
    for _ in range(args.repeat):   # best of N: the machine is shared, take the quietest pass
        t0 = time.perf_counter()
        fast = np.concatenate([eum.run_batch(x[a:a + 500], cap[a:a + 500], s[a:a + 500],
                                             scale=(4.0, 10.0)).medians
                               for a in range(0, args.runs, 500)])
        t_vec = min(t_vec, time.perf_counter() - t0)
        t0 = time.perf_counter()
        slow = np.array([eum_loop(x[b].tolist(), cap[b].tolist(), s[b].tolist(), scale=6.0)
                         for b in range(m)])
        t_loop = min(t_loop, (time.perf_counter() - t0) * args.runs / m)
    diff = float(np.max(np.abs(slow - fast[:m])))
    same = int(np.sum(np.all(slow == fast[:m], axis=1)))
    agree = int(np.sum(np.all(np.abs(slow - fast[:m]) <= IDENTICAL_RTOL * np.maximum(
        1.0, np.abs(slow)), axis=1)))
    ratio = t_loop / t_vec
    print(f"\nEUM Monte Carlo, {args.runs} runs x 10 actors x 8 rounds (R = declared scale 4-10)")
    print(f"  vectorised (numpy, chunks of 500): {t_vec:8.2f} s  (best of {args.repeat})")
    print(f"  per-actor loop: {t_loop:8.2f} s  (measured on the first {m} runs, extrapolated "
          f"linearly to {args.runs}; best of {args.repeat})")
    print(f"  speed-up: {ratio:6.1f}x   target >= 50x: {'MET' if ratio >= 50 else 'NOT MET'}"
          f"{'' if ratio >= 50 else ' (on this run; the machine may be loaded)'}")
    print(f"  identical results on the {m} compared runs (seed {args.seed}): {agree}/{m} runs with "
          f"every round's median equal within {IDENTICAL_RTOL:g} relative -> "
          f"{'MET' if agree == m else 'FAILED'}; {same}/{m} also bitwise identical, max abs "
          f"difference {diff:.2e}")
    print("  (decisions use the same 1e-12 relative tolerance in both versions, so last-bit "
          "differences - BLAS summation order, numpy's SIMD power against libm's pow - cannot "
          "change who moves where; the positions themselves may differ in the last bits)")
    print(f"  forecast (final-round median): median {np.median(fast[:, -1]):.3f}, 90 % interval "
          f"[{np.quantile(fast[:, -1], 0.05):.3f}, {np.quantile(fast[:, -1], 0.95):.3f}]")
    return agree == m



def bench_ktab(args: argparse.Namespace) -> bool:
    k = make_input("SOE-Pol-Comp", [a for a, *_ in SOE], ["policy", "competitive"],
                   [c for _, c, *_ in SOE], [[p1, p2] for _, _, p1, _, p2, _ in SOE],
                   [[s1 / 100, s2 / 100] for _, _, _, s1, _, s2 in SOE])
    pos, sal, cap = sample(k, Uncertainty.uniform_spread(k), args.runs,
                           np.random.default_rng(args.seed))
    pos = pos / 100.0
    jit = ktab.compiled()
    cold = warm = (math.nan, math.nan)
    if jit:   # the one-off compile, measured in fresh processes with an empty numba cache
        cold, warm = ktab_compile_times()
        t0 = time.perf_counter()
        ktab.run_batch(pos[:2], sal[:2], cap[:2])     # this process: load the cached code
        first = time.perf_counter() - t0

    def batches() -> tuple[list[ktab.KtabBatch], float, float]:
        # CPU time of this process: the machine is shared, and wall time counts the other users
        t0, w0 = time.process_time(), time.perf_counter()
        parts = [ktab.run_batch(pos[a:a + 500], sal[a:a + 500], cap[a:a + 500])
                 for a in range(0, args.runs, 500)]
        return parts, time.process_time() - t0, time.perf_counter() - w0

    parts, t_vec, w_vec = batches()
    final = np.concatenate([p.final for p in parts])
    steps = np.concatenate([p.steps for p in parts])
    t_np = w_np = math.nan
    same_np = -1
    if jit:   # the numpy kernels (the fallback without numba) on the same runs
        os.environ["ACCORD_NO_NUMBA"] = "1"
        try:
            parts_np, t_np, w_np = batches()
        finally:
            del os.environ["ACCORD_NO_NUMBA"]
        same_np = int(sum(np.sum(np.all(a.final == b.final, axis=(1, 2))
                                 & np.all(a.final_prob == b.final_prob, axis=1)
                                 & (a.steps == b.steps))
                          for a, b in zip(parts, parts_np, strict=True)))
    m = min(args.loop_runs_ktab, args.runs)
    t0, w0 = time.process_time(), time.perf_counter()
    slow_k = np.array([ktab_loop(pos[b].tolist(), sal[b].tolist(), cap[b].tolist())
                       for b in range(m)])
    scale = steps.sum() / max(1, steps[:m].sum())    # extrapolate by steps, not by runs
    t_loop = (time.process_time() - t0) * scale
    w_loop = (time.perf_counter() - w0) * scale
    same = int(np.sum(np.all(slow_k == final[:m], axis=(1, 2))))
    diff = float(np.max(np.abs(slow_k - final[:m])))
    ratio = t_loop / t_vec
    print(f"\nKTAB SMP Monte Carlo, {args.runs} runs on SOE-Pol-Comp (13 actors x 2 dimensions), "
          f"{steps.mean():.1f} steps on average (max {steps.max()})")
    if jit:
        print(f"  vectorised, compiled kernels (numba, chunks of 500): {t_vec:8.2f} s CPU "
              f"({w_vec:.2f} s wall), without the one-off compile")
        print(f"    one-off compile of the kernels (fresh process, empty numba cache): {cold[1]:.2f} s "
              f"CPU ({cold[0]:.2f} s wall), so {t_vec + cold[1]:.2f} s CPU with it; a later process "
              f"imports numba and loads the cached code in {warm[1]:.2f} s CPU ({warm[0]:.2f} s "
              f"wall; this one: {first:.2f} s wall on its first, smallest batch)")
        print(f"    numpy kernels (ACCORD_NO_NUMBA=1, the fallback): {t_np:8.2f} s CPU ({w_np:.2f} s "
              f"wall), {t_np / t_vec:.2f}x the compiled time; {same_np}/{args.runs} runs with "
              f"final positions, probabilities and steps bitwise equal -> "
              f"{'MET' if same_np == args.runs else 'FAILED'}")
    else:
        print(f"  vectorised (numpy kernels, numba not in use): {t_vec:8.2f} s CPU ({w_vec:.2f} s "
              "wall)")
    print(f"  per-actor loop: {t_loop:8.2f} s CPU ({w_loop:.2f} s wall; measured on the first {m} "
          f"runs, {steps[:m].sum()} steps, extrapolated to all {steps.sum()} steps)")
    print(f"  speed-up (CPU time): {ratio:6.1f}x   target >= 50x: "
          f"{'MET' if ratio >= 50 else 'NOT MET'}"
          + (f"   ({t_loop / (t_vec + cold[1]):.1f}x counting the one-off compile)" if jit else ""))
    print(f"  identical results on the {m} compared runs (seed {args.seed}): {same}/{m} runs with "
          f"every final position bitwise equal -> {'MET' if same == m else 'FAILED'}; max abs "
          f"difference {diff:.2e} (0-1 scale)")
    return same == m and same_np in (-1, args.runs)


def ktab_compile_times() -> tuple[tuple[float, float], tuple[float, float]]:
    """(wall, CPU) time of KTAB's first small batch in a fresh process with an empty numba
    cache (numba imported, every kernel compiled), then in another fresh process with that
    cache (numba imported, the kernels loaded)."""
    code = ("import time, numpy as np; from accord.forecast import ktab; "
            "r = np.random.default_rng(0); t, c = time.perf_counter(), time.process_time(); "
            "ktab.run_batch(r.random((2, 5, 2)), r.random((2, 5, 2)) / 2, r.random((2, 5)) + 1); "
            "print(time.perf_counter() - t, time.process_time() - c)")
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "NUMBA_CACHE_DIR": cache}
        out = [subprocess.run([sys.executable, "-c", code], env=env, check=True,
                              capture_output=True, text=True).stdout.split()[-2:]
               for _ in range(2)]
    (w1, c1), (w2, c2) = ((float(w), float(c)) for w, c in out)
    return (w1, c1), (w2, c2)


def bench_flagship(args: argparse.Namespace) -> None:
    """`accord forecast --runs N --seed 1` on the flagship, all models: the Monte Carlo part, per
    model; the exchange model (most of the work) also one run at a time as before, on a few runs
    extrapolated (the baseline)."""
    from dataclasses import replace

    import accord
    from accord.cli.common import DEFAULT_SCENARIO
    from accord.forecast import exchange
    from accord.forecast.flagship import scenario_input
    from accord.forecast.montecarlo import MODELS, monte_carlo
    from accord.forecast.summary import forecast_report

    data = scenario_input(accord.load(DEFAULT_SCENARIO)).data
    runs = args.flagship_runs
    print(f"\nFlagship forecast, {runs} Monte Carlo runs, seed 1, all models ({data.n_actors} "
          f"actors x {data.n_dims} issues)")
    # the compiled exchange kernel: compiled on the first call of a fresh installation (or
    # with an empty NUMBA_CACHE_DIR), loaded from numba's disk cache afterwards
    # (the compiled kernels of KTAB likewise; both run for forecasts of at least 200 runs, so
    # the two-run warm-up is marked as part of the whole forecast)
    from accord.forecast import compiling, exchange_jit
    if exchange_jit.enabled() and compiling.worth_compiling(runs):
        for model in ("exchange", "ktab"):
            t0 = time.process_time()
            with compiling.batch(runs):
                monte_carlo(data, model, 2, 1)
            t_jit = time.process_time() - t0
            how = ("loaded from numba's cache" if t_jit < 3 else
                   "compiled: no cache yet (a fresh installation or an empty NUMBA_CACHE_DIR)")
            print(f"  {model} kernels (numba): {t_jit:6.2f} s CPU once per process, {how}; "
                  f"not in the figures below")
    else:
        print("  kernels: numba missing, ACCORD_NO_NUMBA=1 or too few runs: numpy path")
    t0, w0 = time.process_time(), time.perf_counter()
    forecast_report(data, MODELS, runs, 1)
    t_all, w_all = time.process_time() - t0, time.perf_counter() - w0
    print(f"  whole report (point forecasts + Monte Carlo of every model): {w_all:7.2f} s wall, "
          f"{t_all:7.2f} s CPU   target < 15 s: {'MET' if w_all < 15 else 'NOT MET'} on wall "
          f"time, {'MET' if t_all < 15 else 'NOT MET'} on CPU time")
    for model in MODELS:
        t0 = time.process_time()
        mc = monte_carlo(data, model, runs, 1)
        print(f"    {model:>10}: {time.process_time() - t0:7.2f} s CPU")
        if model == "exchange":
            fast = mc.samples
    rng = np.random.default_rng([1, 0])       # the first chunk's draws
    pos, sal, cap = sample(data, Uncertainty.uniform_spread(data), min(500, runs), rng)
    m = min(args.loop_runs_exchange, len(pos))
    t0 = time.process_time()
    slow = np.array([exchange.run(replace(data, position=np.where(data.present, pos[b], np.nan),
                                          salience=sal[b], capability=cap[b])).outcome()
                     for b in range(m)])
    t_one = (time.process_time() - t0) / m * runs
    t0 = time.process_time()
    got = exchange.run_batch(pos, sal, cap, data.present)
    t_batch = (time.process_time() - t0) / len(pos) * runs
    same = int(np.sum(np.all(slow == fast[:m], axis=1)))
    how = "compiled" if exchange_jit.enabled() else "numpy"
    print(f"  exchange model, run_batch ({how}): {t_batch:7.2f} s CPU for {runs} runs against "
          f"{t_one:7.2f} s one run at a time with run() (first {m} runs, extrapolated): "
          f"{t_one / t_batch:5.1f}x; {same}/{m} runs bitwise identical")
    if exchange_jit.enabled():
        os.environ["ACCORD_NO_NUMBA"] = "1"
        t0 = time.process_time()
        plain = exchange.run_batch(pos, sal, cap, data.present)
        t_plain = (time.process_time() - t0) / len(pos) * runs
        del os.environ["ACCORD_NO_NUMBA"]
        print(f"  exchange model, run_batch numpy path (ACCORD_NO_NUMBA=1): {t_plain:7.2f} s CPU "
              f"for {runs} runs ({len(pos)} measured, extrapolated); compiled {t_plain / t_batch:.1f}x "
              f"faster, {int(np.sum(np.all(got == plain, axis=1)))}/{len(pos)} runs bitwise identical")


if __name__ == "__main__":
    main()
