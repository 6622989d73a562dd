"""`accord evidence` marks the passage inside its context when there is no colour (piped output,
a file): it looked just like the text around it, which also began mid-word."""

from __future__ import annotations

from pathlib import Path

from accord.cli.commands.news import _context
from tests.cli import run

ARTICLE = ("Talks resume on the Bosporus\n\nISTANBUL, 3 March 2026 - Delegations of Russia and Ukraine "
           "held a new round of direct talks in Istanbul on Tuesday, hosted by the Turkish foreign "
           "minister. Both sides agreed to swap 300 prisoners each within the next two weeks, a joint "
           "statement said. Umerov said Ukraine would never give up the Donbas region. The two teams "
           "plan to meet again in April after consulting their capitals.\n")


def test_the_context_is_cut_at_whole_words() -> None:
    text = "alpha beta gamma delta epsilon zeta"
    start = text.index("delta")
    before, after = _context(text, start, start + len("delta"), room=8)
    assert before == "…gamma " and after == "…"
    assert _context(text, start, start + len("delta"), room=9) == ("…gamma ", " epsilon…")
    assert _context(text, 0, 5, room=100) == ("", text[5:])


def test_piped_evidence_marks_its_passage(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    store = str(tmp_path / "news.duckdb")
    code, _, err = run("ingest", str(tmp_path / "a.txt"), "--store-path", store)
    assert code == 0, err
    code, out, err = run("stances", "--store-path", store, "--json")
    assert code == 0, err
    import json

    umerov = next(s for s in json.loads(out) if s.get("speaker") == "umerov")
    code, out, err = run("evidence", umerov["id"], "--store-path", store)
    assert code == 0, err
    flat = " ".join(out.split())
    assert "»Umerov said Ukraine would never give up the Donbas region.«" in flat, out
    first = flat[flat.index("…") + 1:].split()[0]
    assert first in ARTICLE.split(), first  # a whole word, not its tail
