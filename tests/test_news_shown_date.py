"""One date rule for news rows in the CLI tables and on the web app's news page (review16 item
15: the page showed an undated stance as "(2025-05-16)", `accord stances` as "?")."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from accord.store.views import shown_date


def test_the_rows_own_date_then_the_articles_in_brackets_then_a_question_mark() -> None:
    assert shown_date("2025-05-13", "2025-05-16") == "2025-05-13"
    assert shown_date(None, "2025-05-16") == "(2025-05-16)"
    assert shown_date(None, None) == "?"


def test_accord_stances_shows_an_undated_stance_by_its_articles_date(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.store.views as views
    from tests.cli import run

    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))
    row: dict[str, Any] = {"id": "d1:s0", "doc": "d1", "start": 0, "end": 10, "date": None,
                           "published": "2025-05-16", "actor": "RUS", "issue": "alliance.nato",
                           "polarity": "reject", "option": None, "red_line": False, "speaker": None}
    monkeypatch.setattr(views, "news_stances", lambda *a, **k: [row])
    code, out, _ = run("stances")
    assert code == 0 and "(2025-05-16)" in out
