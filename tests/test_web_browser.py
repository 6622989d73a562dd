"""The dashboard's flows in headless Chromium against a real server on 127.0.0.1: open the
flagship, change the date, compare two dates, open an evidence link, upload a malformed scenario
and read the validator's message. Every request off the server is blocked; screenshots of each
page are written and checked for content."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import browser, chromium, screenshot

FLAGSHIP = "ukraine-2022-2026"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    chromium()  # skip early, before starting a server, when there is no browser
    import uvicorn

    from accord.web.app import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    store = tmp_path_factory.mktemp("store") / "news.duckdb"
    srv = uvicorn.Server(uvicorn.Config(create_app(str(store)), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120  # generous: a loaded CI machine
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def _figures_drawn(page: object) -> None:
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => [...document.querySelectorAll('.vis')].every(e => e.dataset.rendered)",
        timeout=120_000)


def test_dashboard_flows(server: str, tmp_path: Path) -> None:
    with browser(allowed=(server,)) as b:
        page = b.page
        page.goto(server + "/")
        screenshot(page, "web-index", tmp_path)
        page.click(f"#scenarios a[href='/scenarios/{FLAGSHIP}']")
        page.wait_for_url(f"**/scenarios/{FLAGSHIP}")
        _figures_drawn(page)
        assert page.is_visible("#bottom-line")
        screenshot(page, "web-analysis", tmp_path)

        # change the date
        page.fill("input[name=as_of]", "2022-12")
        page.click("form.controls button[type=submit]")
        page.wait_for_url("**as_of=2022-12")
        _figures_drawn(page)
        assert "positions as of 2022-12" in page.inner_text("header")
        screenshot(page, "web-analysis-2022-12", tmp_path)

        # compare two dates
        page.click("text=compare two dates")
        page.fill("input[name=a]", "2022-12")
        page.fill("input[name=b]", "2026-02")
        page.click("#compare button[type=submit]")
        page.wait_for_url("**/compare?a=2022-12&b=2026-02")
        assert page.locator("#position-changes tbody tr").count() > 0
        screenshot(page, "web-compare", tmp_path)

        # open an evidence link: the numbered source, then every fact from that document
        page.goto(f"{server}/scenarios/{FLAGSHIP}")
        page.click("#positions sup.refs a >> nth=0")
        target = page.evaluate("location.hash")
        assert target.startswith("#ev-") and page.is_visible(target)
        page.click(f"{target} .docref a")
        page.wait_for_url("**/documents/**")
        assert page.locator("#facts tbody tr").count() > 0
        screenshot(page, "web-evidence", tmp_path)

        assert b.errors == [] and b.blocked == []

        # upload a malformed scenario: the page answers 400 (which the console reports)
        page.goto(server + "/")
        bad = tmp_path / "broken.yaml"
        bad.write_text("id: broken\ntitle: Broken\nactors:\n  - id: RUS\n    role: boss\n",
                       encoding="utf-8")
        page.set_input_files("#upload input[type=file]", str(bad))
        page.click("#upload button[type=submit]")
        page.wait_for_selector("h1.error")
        assert "broken.yaml is not valid" in page.inner_text("h1.error")
        assert page.locator(".problems li").count() > 0
        assert "Traceback" not in page.content()
        screenshot(page, "web-upload-error", tmp_path)
        assert all("status of 400" in e for e in b.errors) and b.blocked == []
