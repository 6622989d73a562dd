"""Extra sections of the `accord analyze` report, one module per engine.

Each module in this package defines ``SECTION``, a :class:`Section`: a key under which its data
appear in the JSON report, a function that builds JSON-ready data from a scenario and a date, a
function that renders those data in a terminal and, optionally, a function that states the
section's conclusion in a few plain sentences for the report's bottom line
(:mod:`accord.report.bottom_line`; the terminal, HTML and web reports all open with it).
Modules are discovered by name, so an engine adds
its section by adding one file here; the order is each section's ``order``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from rich.console import Console

from accord.model import Scenario


@dataclass(frozen=True)
class Section:
    """One section of the analyze report."""

    key: str
    """Key of the section in the JSON report (`accord analyze --json`)."""
    title: str
    order: int
    """Sections are shown in increasing order, after the foundation's own sections."""
    build: Callable[[Scenario, str], Any]
    """(scenario, as-of date) -> JSON-ready data, or None when the section does not apply."""
    render: Callable[[Any, Console], None]
    """Print the data built above."""
    headline: Callable[[Any], list[dict[str, Any]]] | None = None
    """data -> the section's lines of the bottom line, each ``{"topic", "text"}`` in plain words
    (at most a few: the whole bottom line stays within about 25 lines at 80 columns)."""

    @property
    def name(self) -> str:
        """The section's name for `accord analyze --section NAME`."""
        return self.key.replace("_", "-")


@cache
def sections() -> tuple[Section, ...]:
    """Every section defined in this package, in order."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        section = getattr(module, "SECTION", None)
        if isinstance(section, Section):
            found.append(section)
    return tuple(sorted(found, key=lambda s: (s.order, s.key)))
