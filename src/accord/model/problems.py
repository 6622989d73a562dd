"""A problem found in scenario data: where it is, what was found, what was expected, the fix."""

from __future__ import annotations

from dataclasses import dataclass

Loc = tuple[str | int, ...]


def format_loc(loc: Loc) -> str:
    """`('positions', 3, 'salience')` -> `positions[3].salience`."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
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
