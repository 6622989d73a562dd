"""Benchmark: ingest time of pathological articles grows linearly with their length.

For each kind of hostile article (a run of commas, of '[' or of '<' after an ordinary opening
sentence; a sentence ending in one huge word) of 10,000 and 100,000 characters, the time to read
the file and extract it (`read_path` + `pipeline.process`, what `accord ingest` does per
article before the store write), best of --repeat. spaCy caches the tokens of repeated pieces,
as it does in a real ingest; the mixed-punctuation run has no repeated pieces. Linear growth
shows as a ratio near 10 between the two lengths; the quadratic behaviour this replaced would
give 100. Baselines measured in the same run: an ordinary article of the same lengths
(synthetic flagship prose), and spaCy's tokenizer on the unbroken 2,500- and 5,000-character
comma runs (the old path: ratio near 4 for twice the length).

    python benchmarks/ingest_hostile.py [--repeat 1]
"""

from __future__ import annotations

import argparse
import platform
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from accord.news.extract import _nlp
from accord.news.ingest import read_path
from accord.news.pipeline import _warm_up, process
from accord.news.synthetic import article

LEAD = "Die Ukraine lehnt einen Verzicht auf die Nato-Mitgliedschaft ab. "


def _ordinary(n: int) -> str:
    rng = random.Random(1)
    text = ""
    while len(text) < n:
        text += article(rng) + "\n\n"
    return text[:n]


KINDS: dict[str, Callable[[int], str]] = {
    "run of ','": lambda n: LEAD + "," * (n - len(LEAD)),
    "run of '['": lambda n: LEAD + "[" * (n - len(LEAD)),
    "run of '<'": lambda n: LEAD + "<" * (n - len(LEAD)),
    "run of mixed punctuation": lambda n: LEAD + "".join(
        random.Random(n).choice(",[<(\"'*=#;:") for _ in range(n - len(LEAD))),
    "sentence ending in a huge word": lambda n: LEAD + "Russland verlangt den Abzug "
    + "x" * (n - len(LEAD) - 29) + ".",
    "ordinary prose (baseline)": _ordinary,
}


def _ingest_seconds(text: str, folder: Path, repeat: int) -> float:
    f = folder / "a.txt"
    f.write_text(text, encoding="utf-8")
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for a in read_path(f):
            process(a)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    print(f"python {platform.python_version()}, {platform.machine()}; best of {args.repeat}")
    _warm_up()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"{'article':34} {'10,000 chars':>13} {'100,000 chars':>14} {'ratio':>6}")
        for name, make in KINDS.items():
            small = _ingest_seconds(make(10_000), folder, args.repeat)
            large = _ingest_seconds(make(100_000), folder, args.repeat)
            print(f"{name:34} {small:12.3f}s {large:13.3f}s {large / small:6.1f}")
    tokenize = _nlp("de").make_doc
    times = []
    for n in (2_500, 5_000):
        t = time.perf_counter()
        tokenize(LEAD + "," * n + " Ende.")
        times.append(time.perf_counter() - t)
    print(f"{'old path: tokenizer, unbroken run':34} {'2,500':>6} {times[0]:6.3f}s "
          f"{'5,000':>7} {times[1]:6.3f}s {times[1] / times[0]:6.1f}")


if __name__ == "__main__":
    main()
