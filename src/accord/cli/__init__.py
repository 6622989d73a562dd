"""The `accord` command line (typer + rich)."""

from accord.cli.app import app, main

__all__ = ["app", "main"]
