"""Shared fixtures. `shared_dir` points at ../shared (seeds, gold, reference data), which a
user's clone does not have: tests that need it skip with the reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parents[1]

# Property tests check invariants, not speed (speed lives in benchmarks/): no per-example
# deadline and no "too slow" health check, which failed test_wrap_items... once on a loaded
# two-core machine while every example held.
settings.register_profile("accord", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("accord")


def _shared() -> Path | None:
    candidate = Path(os.environ.get("ACCORD_SHARED", REPO.parent / "shared"))
    return candidate if (candidate / "seeds").is_dir() else None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    found = _shared()
    if found is None:
        pytest.skip("needs ../shared (seed articles, gold and reference data); "
                    "set ACCORD_SHARED to its path to run this test")
    return found


@pytest.fixture(scope="session")
def seed_texts(shared_dir: Path) -> dict[str, str]:
    """Seed article texts by document id (the file's basename)."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((shared_dir / "seeds").glob("*.txt"))}
