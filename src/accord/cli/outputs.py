"""Output paths checked before any work: every command that writes files (`accord export`,
`space --plot`, `space --export-genius`, `conflict --export`, `forecast --plot`) asks
`output_file` or `output_folder` first, so a path that cannot be written ends at once with exit
code 2 naming the path and the fix, and existing output is never overwritten without `--force`.

Writability is probed by creating (and removing) a temporary file or folder where the output
will go, not by permission bits: those say nothing about read-only mounts, `/proc`, or a root
user, for whom every mode bit allows writing.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from accord.io import ScenarioFileError


class OutputPathError(ScenarioFileError):
    """An output path that cannot be used; rendered as "PATH cannot be written"."""

    headline = "cannot be written"


def _refuse(path: Path, found: str, expected: str, fix: str) -> OutputPathError:
    return OutputPathError(str(path), ScenarioFileError.single(str(path), found, expected,
                                                               fix).problems)


def _existing_ancestor(path: Path) -> Path:
    """The nearest ancestor of `path` (or `path` itself) that exists."""
    here = path.absolute()
    while not os.path.lexists(here) and here != here.parent:
        here = here.parent
    return here


def _probe_folder(path: Path, option: str, folder: Path, creating: bool) -> None:
    """Refuse `path` unless something can be created in `folder` (an existing folder)."""
    try:
        if creating:  # the missing folders below `folder` must be creatable
            tempfile.TemporaryDirectory(dir=folder, prefix=".accord-probe-").cleanup()
        else:
            with tempfile.TemporaryFile(dir=folder, prefix=".accord-probe-"):
                pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise _refuse(path, f"a place where nothing can be written ({folder}: {reason})",
                      f"a writable location for {option}",
                      f"choose a path in a folder you can write to for {option}") from None


def _check_parent(path: Path, option: str) -> None:
    """The folder `path` goes into exists or can be created, and is writable."""
    parent = path.absolute().parent
    anchor = _existing_ancestor(parent)
    if not anchor.is_dir():
        raise _refuse(path, f"a path below {anchor}, which is a file, not a folder",
                      f"a path for {option} inside a folder",
                      f"choose a path outside {anchor} for {option}")
    _probe_folder(path, option, anchor, creating=anchor != parent)


def output_file(path: str | Path, option: str, force: bool = False) -> Path:
    """`path` as a file that `option` may write: not a folder, not below a file, in a writable
    place, and not existing unless `force`. Missing parent folders are allowed (the writer
    creates them: see `prepare`)."""
    p = Path(path)
    if p.is_dir():
        raise _refuse(p, "a folder", f"a file path for {option}",
                      f"name a file inside it, e.g. {option} {p / 'out'}")
    if os.path.lexists(p):
        if not force:
            raise _refuse(p, "an existing file", f"a path for {option} that does not exist yet "
                          "(existing output is not overwritten)",
                          "add --force to overwrite it, or choose another path")
        if not p.is_file():
            raise _refuse(p, "a special file or a broken link", f"a regular file for {option}",
                          "choose another path")
        try:  # opening to append changes nothing, and fails where writing would
            with p.open("ab"):
                pass
        except OSError as exc:
            raise _refuse(p, f"a file that cannot be written ({exc.strerror})",
                          f"a writable path for {option}", "choose another path") from None
        return p
    _check_parent(p, option)
    return p


def output_folder(path: str | Path, option: str, names: Iterable[str] = (),
                  force: bool = False) -> Path:
    """`path` as a folder that `option` writes the files `names` into: a folder or a path where
    one can be created, writable, and holding none of `names` unless `force`."""
    p = Path(path)
    if os.path.lexists(p) and not p.is_dir():
        raise _refuse(p, "an existing file" if p.is_file() else "a special file or broken link",
                      f"a folder for {option} (created if absent)",
                      f"give a folder path to {option}")
    if not p.is_dir():
        _check_parent(p, option)
        return p
    _probe_folder(p, option, p, creating=False)
    present = [n for n in names if os.path.lexists(p / n)]
    if present and not force:
        shown = ", ".join(present[:5]) + (f" and {len(present) - 5} more" if len(present) > 5
                                          else "")
        raise _refuse(p, f"a folder already holding {shown}",
                      f"a folder for {option} without earlier output (it is not overwritten)",
                      "add --force to overwrite those files, or choose another folder")
    return p


def prepare(path: Path) -> Path:
    """Create the missing parent folders of a checked output file, just before writing."""
    path.absolute().parent.mkdir(parents=True, exist_ok=True)
    return path
