"""The error raised for a bad scenario file, carrying every problem with its line."""

from __future__ import annotations

from dataclasses import dataclass

from accord.model.problems import Problem


@dataclass(frozen=True)
class Located:
    """A problem and the line it sits on in its file (None when the line is unknown)."""

    problem: Problem
    line: int | None

    def render(self, source: str) -> str:
        where = f"{source}:{self.line}" if self.line else source
        return f"{where}: {self.problem}"


class ScenarioFileError(Exception):
    """A scenario file could not be read or is invalid. `str()` lists every problem as
    `file:line: field.path: found ...; expected .... Fix: ...`."""

    headline = "is not valid"
    """How the CLI introduces the problems: "SOURCE is not valid (N problems):"."""

    def __init__(self, source: str, problems: list[Located]):
        self.source = source
        self.problems = problems
        super().__init__("\n".join(p.render(source) for p in problems))

    @classmethod
    def single(cls, source: str, found: str, expected: str, fix: str = "", line: int | None = None,
               loc: tuple[str | int, ...] = ()) -> ScenarioFileError:
        return cls(source, [Located(Problem(loc, found, expected, fix), line)])
