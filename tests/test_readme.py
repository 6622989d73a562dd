"""Every command the README shows runs as written on a fresh install: the "Using it" block is
read from the README, each `accord ...` command is run in order (in a scratch folder holding a
copy of `examples/`, with its own $ACCORD_HOME) and must exit 0; the notebook block runs as a
Python script."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def block(heading: str, lang: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(heading):]
    m = re.search(rf"```{lang}\n(.*?)```", section, re.S)
    assert m, f"no {lang} block under {heading}"
    return m.group(1)


def commands() -> list[str]:
    """The commands of the "Using it" block: comments dropped, `·`-separated commands split."""
    out = []
    for line in block("## Using it", "bash").splitlines():
        line = re.sub(r"\s+#.*$", "", line).strip()
        if not line or line.startswith("#"):
            continue
        out += [c.strip() for c in line.split(" · ")]
    assert all(c.startswith("accord ") for c in out), out
    return out


def test_the_readme_commands_are_found() -> None:
    found = commands()
    assert "accord analyze" in found and "accord serve" in found and len(found) >= 20
    assert all(("path/to" not in c and "my-talks.yaml" not in c) or "examples/" in c for c in found)


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


@pytest.mark.slow
def test_every_readme_command_runs_as_written(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    env = os.environ | {"PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
                        "ACCORD_HOME": str(tmp_path / "home"), "COLUMNS": "80"}
    for cmd in commands():
        if cmd == "accord serve":
            if not _port_free(8000):
                continue  # another server holds the README's default port on this machine
            server = subprocess.Popen(cmd.split(), cwd=tmp_path, env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            try:
                deadline = time.monotonic() + 60
                while _port_free(8000):
                    assert server.poll() is None, server.stderr.read() if server.stderr else ""
                    assert time.monotonic() < deadline, "accord serve did not start"
                    time.sleep(0.2)
            finally:
                server.terminate()
                server.wait(timeout=30)
            continue
        done = subprocess.run(["bash", "-c", cmd], cwd=tmp_path, env=env, capture_output=True,
                              text=True, timeout=600)
        assert done.returncode == 0, f"{cmd}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        assert "Traceback" not in done.stderr, cmd
    assert (tmp_path / "report.html").stat().st_size > 100_000
    assert (tmp_path / "scenario.schema.json").stat().st_size > 1000


@pytest.mark.slow
def test_the_readme_notebook_block_runs(tmp_path: Path) -> None:
    code = block("In a notebook:", "python")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
