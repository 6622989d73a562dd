"""An inter-process lock file. DuckDB lets one process at a time open a database file for
writing, so every process that touches the store takes this lock first and waits (with retries)
while another holds it. The operating system releases the lock when its holder dies, even by
`kill -9`, so a crashed ingest never blocks the next one."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class LockTimeout(TimeoutError):
    """Another process held the store for longer than we were willing to wait."""


@contextmanager
def locked(path: Path, timeout: float = 600.0, poll: float = 0.05) -> Iterator[None]:
    """Hold an exclusive lock on `path` (created if absent) for the duration of the block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(f"{path} is held by another process") from None
                time.sleep(poll)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
