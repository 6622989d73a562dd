"""Agreement-space benchmark: accord against negmas 0.16.0 on the same synthetic domains.

One command: ``python benchmarks/space.py`` (``--skip-negmas`` for accord alone, ``--quick``
for the 65,536-package cases only). negmas (AGPL) is installed by this script into its own
virtual environment, ``benchmarks/.venv-negmas``, and run there in a subprocess: accord never
imports it.

Domains: n issues x 4 options, P parties, seeded (``--seed``, default 7). Each party's weights
are a Dirichlet(1) draw, each option's value a uniform draw divided by the issue maximum
(Genius-style), so ``U_p = sum_i w_pi * e_pi(o_i)`` in [0, 1]. Both libraries compute the Pareto
frontier of all packages and the Nash point (negmas measures it from each party's minimum
utility when the reserved value, here 0, lies below it; accord is given the same disagreement
point); the script checks that both give the same frontier (as a set of packages) and the same
Nash utilities. Every measurement runs
in a fresh subprocess; time is wall-clock for the analysis (building the domain excluded), peak
memory is the subprocess's maximum resident set size.

Targets (2-core machine): accord >= 100x faster than negmas on 1,048,576 packages x 3 parties;
the 20 x 4, 2-party case (1,099,511,627,776 packages) in under 2 s; peak memory under 1 GiB on
the 1,048,576-package cases.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv-negmas"
NEGMAS = "negmas==0.16.0"


def make_domain(n_issues: int, n_parties: int, seed: int, path: Path) -> None:
    import numpy as np

    rng = np.random.default_rng(seed)
    weights = rng.dirichlet(np.ones(n_issues), size=n_parties)
    evals = rng.random((n_parties, n_issues, 4))
    evals /= evals.max(axis=2, keepdims=True)
    np.savez(path, weights=weights, evals=evals)


ACCORD_WORKER = textwrap.dedent('''
    import json, resource, sys, time
    import numpy as np
    from accord.space.additive import AdditiveSpace, blocks
    from accord.space.pareto import frontier
    from accord.space.bargaining import solve
    d = np.load(sys.argv[1]); out = sys.argv[2]
    w, e = d["weights"], d["evals"]
    P, n, k = e.shape
    space = AdditiveSpace(tuple(f"p{a}" for a in range(P)), tuple(f"i{i}" for i in range(n)),
                          tuple(tuple(str(j) for j in range(k)) for _ in range(n)),
                          tuple(np.ascontiguousarray((w[:, i:i + 1] * e[:, i, :])) for i in range(n)),
                          tuple(np.ones((P, k), bool) for _ in range(n)), np.zeros(P))
    # negmas measures the Nash point from max(reserved value, minimum utility); with reserved
    # values 0 that is each party's minimum utility, so use the same disagreement point.
    low = np.zeros(P)
    for v in space.values:
        low = low + v.min(axis=1)
    space = AdditiveSpace(space.parties, space.issues, space.options, space.values, space.allowed, low)
    t = time.perf_counter()
    bs, method = blocks(space, red_lines=False)
    f = frontier(bs, P, n, method)
    nash = solve(f, space.reservation)["nash"]
    elapsed = time.perf_counter() - t
    listed = [p for s in range(len(f)) for p in f.packages(s)] if f.n_packages <= 10**6 else []
    pk = np.asarray(listed, dtype=np.int64).reshape(-1, n)
    np.save(out, pk)
    print(json.dumps({"seconds": elapsed, "frontier": f.n_packages, "nash": list(nash.utilities),
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
''')

ZONE_WORKER = textwrap.dedent('''
    import json, resource, sys, time
    import numpy as np
    from accord.space.additive import AdditiveSpace
    from accord.space.zone import zone
    d = np.load(sys.argv[1])
    w, e = d["weights"], d["evals"]
    P, n, k = e.shape
    space = AdditiveSpace(tuple(f"p{a}" for a in range(P)), tuple(f"i{i}" for i in range(n)),
                          tuple(tuple(str(j) for j in range(k)) for _ in range(n)),
                          tuple(np.ascontiguousarray((w[:, i:i + 1] * e[:, i, :])) for i in range(n)),
                          tuple(np.ones((P, k), bool) for _ in range(n)), np.full(P, 0.6))
    t = time.perf_counter()
    z = zone(space)
    print(json.dumps({"seconds": time.perf_counter() - t, "size": z.size, "method": z.method,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
''')

NEGMAS_WORKER = textwrap.dedent('''
    import json, resource, sys, time
    import numpy as np
    from negmas.outcomes import make_issue
    from negmas.preferences import LinearAdditiveUtilityFunction, pareto_frontier, nash_points
    d = np.load(sys.argv[1]); out = sys.argv[2]
    w, e = d["weights"], d["evals"]
    P, n, k = e.shape
    issues = [make_issue(values=k, name=f"i{i}") for i in range(n)]
    ufuns = [LinearAdditiveUtilityFunction(
                 values=[{j: float(e[a, i, j]) for j in range(k)} for i in range(n)],
                 weights=[float(x) for x in w[a]], issues=issues, reserved_value=0.0)
             for a in range(P)]
    t = time.perf_counter()
    utils, idx = pareto_frontier(ufuns, issues=issues, sort_by_welfare=True)
    nash = nash_points(ufuns, utils, issues=issues)
    elapsed = time.perf_counter() - t
    # outcome index -> option indices (itertools.product order, last issue fastest)
    idx = np.asarray(idx, dtype=np.int64)
    pk = np.zeros((idx.size, n), dtype=np.int64)
    rest = idx.copy()
    for i in range(n - 1, -1, -1):
        pk[:, i] = rest % k
        rest //= k
    np.save(out, pk)
    print(json.dumps({"seconds": elapsed, "frontier": int(idx.size),
                      "nash": [float(x) for x in nash[0][0]] if nash else None,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
''')


def ensure_negmas() -> tuple[Path | None, str]:
    """The venv's python with negmas 0.16.0, installing it when needed; or None and why not."""
    py = VENV / "bin" / "python"
    check = [str(py), "-c", "import negmas, sys; sys.exit(0 if negmas.__version__ == '0.16.0' else 1)"]
    if py.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return py, "negmas 0.16.0 found in " + str(VENV)
    print(f"installing {NEGMAS} into {VENV} (once) ...", flush=True)
    steps = [[sys.executable, "-m", "venv", str(VENV)],
             [str(py), "-m", "pip", "install", "-q", NEGMAS]]
    for cmd in steps:
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            tail = (r.stderr or r.stdout).strip().splitlines()[-3:]
            return None, f"could not run {' '.join(cmd[-3:])}: {' | '.join(tail)}"
    if subprocess.run(check, capture_output=True).returncode != 0:
        return None, "negmas installed but `import negmas` (0.16.0) fails"
    return py, f"installed {NEGMAS} into {VENV}"


def run_worker(python: str, code: str, domain: Path, out: Path, timeout: float) -> dict[str, object]:
    env = dict(os.environ, PYTHONHASHSEED="0", OMP_NUM_THREADS="1")
    try:
        r = subprocess.run([python, "-c", code, str(domain), str(out)], capture_output=True, text=True,
                           timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if r.returncode != 0:
        return {"error": (r.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(r.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--skip-negmas", action="store_true")
    ap.add_argument("--quick", action="store_true", help="only the 65,536-package cases")
    ap.add_argument("--timeout", type=float, default=1800.0, help="per negmas run, seconds")
    args = ap.parse_args()
    import numpy as np

    python_negmas, why = (None, "skipped (--skip-negmas)") if args.skip_negmas else ensure_negmas()
    print(f"negmas: {why}" if python_negmas else f"negmas NOT AVAILABLE: {why}; "
          "reporting accord's own figures only")
    cases = [(8, 2), (8, 3)] + ([] if args.quick else [(10, 2), (10, 3)])
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        for n, p in cases:
            dom = t / f"d{n}x{p}.npz"
            make_domain(n, p, args.seed + 100 * n + p, dom)
            acc = run_worker(sys.executable, ACCORD_WORKER, dom, t / "a.npy", 600)
            neg: dict[str, object] = {"error": "not run"}
            same = None
            if python_negmas is not None:
                neg = run_worker(str(python_negmas), NEGMAS_WORKER, dom, t / "n.npy", args.timeout)
                if "error" not in neg and "error" not in acc:
                    a = {tuple(r) for r in np.load(t / "a.npy").tolist()}
                    b = {tuple(r) for r in np.load(t / "n.npy").tolist()}
                    nash_same = neg["nash"] is not None and np.allclose(acc["nash"], neg["nash"], atol=1e-9)  # type: ignore[arg-type]
                    same = (a == b, nash_same)
            rows.append((n, p, acc, neg, same))
            _print_row(rows[-1])
        dom = t / "d20x2.npz"
        make_domain(20, 2, args.seed + 2002, dom)
        big = run_worker(sys.executable, ACCORD_WORKER, dom, t / "a.npy", 600)
        zone_big = run_worker(sys.executable, ZONE_WORKER, dom, t / "z.npy", 600)
    print()
    print(f"accord, 20 issues x 4 options, 2 parties ({4**20:,} packages): "
          + (f"{big['seconds']:.3f} s, frontier {big['frontier']:,} packages, peak {big['peak_mb']:.0f} MB"
             if "error" not in big else str(big["error"])))
    if "error" not in zone_big:
        print(f"accord, same domain, agreement-zone size with reservation values 0.6: "
              f"{zone_big['size']:,} packages in {zone_big['seconds']:.2f} s, peak "
              f"{zone_big['peak_mb']:.0f} MB (exact, meet in the middle; no target)")
    else:
        print(f"accord zone count on the 10^12 domain: {zone_big['error']}")
    print("\nsummary against targets:")
    for n, p, acc, neg, _ in rows:
        if n == 10 and "error" not in acc:
            print(f"  {4**n:,} x {p} parties: accord peak memory {acc['peak_mb']:.0f} MB "
                  f"({'under' if float(acc['peak_mb']) < 1024 else 'OVER'} the 1 GiB target)")  # type: ignore[arg-type]
        if n == 10 and p == 3 and "error" not in neg and "error" not in acc:
            ratio = float(neg["seconds"]) / float(acc["seconds"])  # type: ignore[arg-type]
            print(f"  {4**n:,} x 3 parties: accord {ratio:,.0f}x faster than negmas "
                  f"({'meets' if ratio >= 100 else 'MISSES'} the 100x target)")
    if "error" not in big:
        print(f"  10^12 case: {big['seconds']:.3f} s ({'meets' if float(big['seconds']) < 2 else 'MISSES'} "  # type: ignore[arg-type]
              "the 2 s target)")
    return 0


def _print_row(row: tuple) -> None:  # type: ignore[type-arg]
    n, p, acc, neg, same = row
    head = f"{n} issues x 4 options ({4**n:,} packages), {p} parties:"
    if "error" in acc:
        print(f"{head} accord failed: {acc['error']}")
        return
    line = (f"{head} accord {acc['seconds']:.3f} s (frontier {acc['frontier']:,}, "
            f"peak {acc['peak_mb']:.0f} MB)")
    if "error" in neg:
        line += f"; negmas: {neg['error']}"
    else:
        ratio = float(neg["seconds"]) / float(acc["seconds"])
        line += (f"; negmas {neg['seconds']:.3f} s (frontier {neg['frontier']:,}, peak "
                 f"{neg['peak_mb']:.0f} MB); ratio {ratio:,.0f}x; same frontier: {same[0]}, "
                 f"same Nash point: {same[1]}")
    print(line, flush=True)


if __name__ == "__main__":
    sys.exit(main())
