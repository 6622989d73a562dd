"""Commands beyond the core ones, one module per engine (space, conflict, news, forecast).

Each module registers its commands on :data:`accord.cli.common.app` when imported; `accord.cli`
imports every module of this package. Keep heavy imports (numpy, spaCy, DuckDB, Dask, matplotlib)
inside the command functions so that `accord --help` stays fast.
"""

from __future__ import annotations

import importlib
import pkgutil


def register_all() -> None:
    """Import every command module of this package (each registers itself)."""
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        importlib.import_module(f"{__name__}.{info.name}")
