"""Progress bars for long commands (Monte Carlo, sweeps, backtests, ingest, conflict analysis of
large models). Engines never import this: they take an optional callback `(done, total)`, and a
command passes one made here.

    with progress_bars() as bars:
        forecast_report(..., progress=bars.callback("Monte Carlo"))

The bars are drawn on stderr only when stderr is a terminal and the command was not asked for
`--json`; otherwise every callback does nothing, so piped output and scripts stay clean.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Callback = Callable[[int, int], None]
"""`callback(done, total)`: `done` of `total` steps finished (total 0 when not known yet)."""


def wanted() -> bool:
    """Whether to draw: stderr is a terminal and the running command has no `--json`."""
    from accord.cli.common import err, json_requested

    return err.is_terminal and not json_requested()


class Bars:
    """The bars of one command; `callback(label)` adds one bar, drawn from its first call."""

    def __init__(self, progress: object | None):
        self._progress = progress
        self._tasks: dict[str, object] = {}

    def callback(self, label: str, note: Callable[[], str] | None = None) -> Callback:
        """A `(done, total)` callback moving the bar named `label`; `note()`, when given, is
        shown after the counts (e.g. "812 articles extracted")."""
        from rich.progress import Progress

        bar = self._progress
        if not isinstance(bar, Progress):
            return _nothing

        def update(done: int, total: int) -> None:
            task = self._tasks.get(label)
            if task is None:
                task = self._tasks[label] = bar.add_task(label, total=total or None, note="")
            bar.update(task,  # type: ignore[arg-type]
                       completed=done, total=total or None, note=note() if note else "")

        return update


def _nothing(done: int, total: int) -> None:
    del done, total


@contextmanager
def progress_bars() -> Iterator[Bars]:
    """Bars drawn while the block runs and removed when it ends (see module docstring)."""
    if not wanted():
        yield Bars(None)
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from accord.cli.common import err

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[note]}"), TimeElapsedColumn(),
                  TextColumn("eta"), TimeRemainingColumn(), console=err,
                  transient=True) as bar:
        yield Bars(bar)
