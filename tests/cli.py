"""Running the `accord` command in-process for tests."""

from __future__ import annotations

from typer.testing import CliRunner

from accord.cli import app


def run(*args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `accord ARGS...`; fails on an uncaught exception or a
    traceback in the output (bad input must never show one)."""
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"uncaught {result.exception!r}")
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stdout, result.stderr
