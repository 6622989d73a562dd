"""Headless Chromium for the tests of pages and reports (Playwright driving the system
`chromium`; CI installs it in `.ci/run`). Every request that is not to the page's own origin is
blocked and recorded; console errors and page errors are recorded; screenshots go to
``$ACCORD_SCREENSHOTS`` (default: the test's tmp folder) and are checked for content."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium() -> str:
    """The Chromium executable, or skip the test with the reason."""
    path = os.environ.get("ACCORD_CHROMIUM") or shutil.which("chromium") or ""
    if not path:
        pytest.skip("no chromium installed (apt-get install chromium; CI installs it in .ci/run)")
    return path


@dataclass
class Session:
    page: Any
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@contextmanager
def browser(allowed: tuple[str, ...] = ("file://",)) -> Iterator[Session]:
    """A page in headless Chromium that may load only URLs starting with ``allowed``."""
    from playwright.sync_api import sync_playwright

    exe = chromium()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=ARGS)
        try:
            page = b.new_page(viewport={"width": 1200, "height": 900})
            # the first view of a scenario at a date computes its analysis (about 10 s of CPU
            # for the flagship, much longer on a shared CI machine); Playwright's 30 s default
            # made the flows fail under load, not because the page was wrong
            page.set_default_timeout(240_000)
            s = Session(page)

            def route(r: Any) -> None:
                if r.request.url.startswith(allowed) or r.request.url.startswith("data:"):
                    r.continue_()
                else:
                    s.blocked.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.on("console", lambda m: m.type == "error" and s.errors.append(m.text))
            page.on("pageerror", lambda e: s.errors.append(str(e)))
            yield s
        finally:
            b.close()


def screenshot(page: Any, name: str, tmp_path: Path) -> Path:
    """Write a full-page screenshot and check it is not blank (many distinct colours, not one
    flat fill)."""
    from PIL import Image

    folder = Path(os.environ.get("ACCORD_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    with Image.open(path) as img:
        # judge the first screen: a tall page shrunk whole to 200 px washes its text out
        top = img.convert("RGB").crop((0, 0, img.width, min(img.height, 900)))
        small = top.resize((200, 200))
        colours = small.getcolors(maxcolors=200 * 200) or []
        extrema = small.convert("L").getextrema()
    assert len(colours) > 20 and extrema[1] - extrema[0] > 100, f"{path} looks blank"
    return path
