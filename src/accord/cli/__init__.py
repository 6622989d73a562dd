"""The `accord` command line (typer + rich)."""

from accord.cli.app import main
from accord.cli.commands import register_all
from accord.cli.common import app

register_all()

__all__ = ["app", "main"]
