"""Re-ingest benchmark: `accord ingest` over a corpus already in the store, against ingesting
the same corpus fresh (the baseline, measured in the same run).

    python benchmarks/reingest.py [--articles 2560] [--seed 0]

Writes N synthetic articles of ~3,000 characters (`accord.news.synthetic`) as N text files,
ingests them into a new store (fresh), then ingests the same folder again (re-ingest: every
document is recognised by its content hash before extraction, so only reading and a provenance
check remain). Prints wall-clock and CPU times of this process (CPU time is the steadier figure
on a shared machine), their ratio, and checks that the re-run added nothing.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2560)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from accord.news.pipeline import ingest
    from accord.news.synthetic import corpus
    from accord.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i, text in enumerate(corpus(args.articles, args.seed)):
            (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        store = Store(Path(tmp) / "news.duckdb")
        t0, c0 = time.perf_counter(), time.process_time()
        fresh = ingest([str(folder)], store)
        t_fresh, c_fresh = time.perf_counter() - t0, time.process_time() - c0
        t0, c0 = time.perf_counter(), time.process_time()
        again = ingest([str(folder)], store)
        t_again, c_again = time.perf_counter() - t0, time.process_time() - c0
    assert again.added == 0 and again.skipped == fresh.added, (fresh, again)
    print(f"articles: {args.articles} (seed {args.seed}); stored {fresh.added}")
    print(f"fresh ingest:  {t_fresh:7.2f} s wall, {c_fresh:7.2f} s CPU "
          f"({fresh.added / c_fresh:.0f} articles per CPU second)")
    print(f"re-ingest:     {t_again:7.2f} s wall, {c_again:7.2f} s CPU ({again.skipped} recognised "
          f"before extraction, {again.added} added)")
    print(f"ratio: re-ingest takes {c_again / c_fresh:.3f} of the fresh CPU time "
          f"({c_fresh / c_again:.0f}x less; wall clock {t_fresh / t_again:.0f}x)")


if __name__ == "__main__":
    main()
