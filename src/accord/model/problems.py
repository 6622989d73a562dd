"""A problem found in scenario data: where it is, what was found, what was expected, the fix."""

from __future__ import annotations

import re
from dataclasses import dataclass

Loc = tuple[str | int, ...]
_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def format_loc(loc: Loc) -> str:
    """`('positions', 3, 'salience')` -> `positions[3].salience`."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _PLAIN.match(part):
            out += f"[{part!r}]"  # a key such as an issue id: package['military.army_size']
        else:
            out += f".{part}" if out else part
    return out or "(top level)"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a scenario. `loc` is the field path from the top of the file."""

    loc: Loc
    found: str
    expected: str
    fix: str = ""

    @property
    def path(self) -> str:
        return format_loc(self.loc)

    def __str__(self) -> str:
        text = f"found {self.found}; expected {self.expected}"
        if self.loc:
            text = f"{self.path}: {text}"
        return f"{text}. Fix: {self.fix}" if self.fix else text
