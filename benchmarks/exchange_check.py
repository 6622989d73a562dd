"""Compare accord's exchange model (Equal Gain) with Decide as a black box.

    python benchmarks/exchange_check.py [--rounds N] [--runs R] [--shared DIR]

Creates `benchmarks/.venv-decide` (gitignored) with decide-exchange-model==2022.1.28 (GPL-3.0) if
it is missing, runs Decide's `ModelLoop` there in a subprocess (never imported by accord) on the
cop21 and copenhagen inputs of the shared reference folder, runs accord in this process, and
prints per round and issue the compromise of the start positions (the value the reference README
quotes "after one round"), Decide's min-max over R runs (it breaks ties at random), accord's value
(deterministic tie rule) and the difference, plus the timings and the exchange counts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv-decide"
PY = VENV / "bin" / "python"

DECIDE_RUNNER = r"""
import json, sys, time
from decide.data.reader import InputDataFile
from decide.data.modelfactory import ModelFactory
from decide.model.equalgain import EqualGainModel
from decide.model.utils import ModelLoop
from decide.model.observers.observer import Observable, Observer

class Capture(Observer):
    def __init__(self, obs):
        super().__init__(obs)
        self.before, self.counts = [], []
    def before_loop(self, iteration, repetition=None):
        m = self.model_ref
        self.before.append({str(k).split(" [")[0]: float(v) for k, v in m.nbs.items()})
    def after_loop(self, realized, iteration, repetition=None):
        self.counts.append(len(realized))

path, rounds = sys.argv[1], int(sys.argv[2])
t = time.perf_counter()
model = ModelFactory(InputDataFile.open(path))(model_klass=EqualGainModel, randomized_value=0)
events = Observable(model_ref=model, output_directory="/tmp/decide-check-out")
cap = Capture(events)
loop = ModelLoop(model, events, 0)
for _ in range(rounds + 1):
    loop.loop()
print(json.dumps({"outcomes": cap.before, "counts": cap.counts[:rounds],
                  "seconds": time.perf_counter() - t}))
"""


def ensure_venv() -> None:
    if PY.exists():
        return
    print(f"creating {VENV} with decide-exchange-model==2022.1.28 ...", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(PY), "-m", "pip", "install", "-q", "decide-exchange-model==2022.1.28"],
                   check=True)


def run_decide(path: Path, rounds: int) -> dict:  # type: ignore[type-arg]
    done = subprocess.run([str(PY), "-c", DECIDE_RUNNER, str(path), str(rounds)], check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3, help="Decide runs (random ties)")
    ap.add_argument("--recalc", default="all", choices=["all", "same_supply"],
                    help="accord's recalculation rule (ExchangeOptions.recalc)")
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    args = ap.parse_args()
    folder = Path(args.shared) / "reference" / "spatial" / "exchange"
    ensure_venv()
    from accord.forecast.exchange import ExchangeOptions, run
    from accord.interop.spatial import read_decide

    for name in ("cop21", "copenhagen"):
        path = folder / f"{name}.csv"
        decs = [run_decide(path, args.rounds) for _ in range(args.runs)]
        data = read_decide(path)
        t = time.perf_counter()
        hist = run(data, ExchangeOptions(rounds=args.rounds, recalc=args.recalc))
        acc_s = time.perf_counter() - t
        print(f"\n== {name}: {data.n_actors} actors, {data.n_dims} issues; accord recalc="
              f"{args.recalc}, Decide runs: {args.runs}")
        print(f"   time per run: Decide {sum(d['seconds'] for d in decs) / len(decs):.3f} s, "
              f"accord {acc_s:.3f} s")
        for r in range(1, args.rounds + 1):
            counts = sorted({d["counts"][r - 1] for d in decs if len(d["counts"]) >= r})
            n_acc = len(hist.rounds[r - 1]) if len(hist.rounds) >= r else 0
            print(f"   round {r}: exchanges Decide {counts}, accord {n_acc}")
            print(f"   {'issue':<16}{'Decide min':>11}{'Decide max':>11}{'accord':>9}{'diff':>8}")
            worst = 0.0
            for k, dim in enumerate(data.dimensions):
                vals = [d["outcomes"][r][dim] for d in decs]
                lo, hi = min(vals), max(vals)
                acc = float(hist.outcomes[min(r, len(hist.outcomes) - 1)][k])
                diff = 0.0 if lo <= acc <= hi else (acc - hi if acc > hi else acc - lo)
                worst = max(worst, abs(diff))
                print(f"   {dim:<16}{lo:>11.2f}{hi:>11.2f}{acc:>9.2f}{diff:>+8.2f}")
            print(f"   largest distance outside Decide's range: {worst:.2f}")


if __name__ == "__main__":
    main()
