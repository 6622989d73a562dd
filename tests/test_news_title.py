"""Plain-text articles: the title of one written in the seeds' layout (a `date YYYY-MM-DD` line,
then the headline), and the message for broken bytes in otherwise UTF-8 text."""

from __future__ import annotations

from pathlib import Path

from accord.news.dateline import first_line_title
from tests.cli import run


def test_the_date_header_line_is_not_the_title() -> None:
    """Every article opening with 'date 2026-04-02' was stored with that line as its title, and
    `accord track --store` quoted claims "as reported in 'date 2026-04-02'"."""
    text = "date 2026-04-02\nGesprächsrunde in Istanbul verschoben\n\nDie Runde fällt aus."
    assert first_line_title(text) == "Gesprächsrunde in Istanbul verschoben"
    assert first_line_title("date: 2026-04-02\n\nTalks in Istanbul put off\nText.") == \
        "Talks in Istanbul put off"
    # the header with the headline on its own line, and with a body sentence after it
    assert first_line_title(" date 2025-08 Talks resume in Geneva\nText.") == "Talks resume in Geneva"
    assert first_line_title(" date 2025-08-14 Am Dienstag trafen sich beide Seiten.") is None
    assert first_line_title("date 2026-04-02\n") is None


def test_a_broken_byte_in_utf8_text_names_its_line_and_a_fix_for_text(tmp_path: Path) -> None:
    """Two stray bytes in an otherwise UTF-8 article were refused with the fix for binary files:
    "pass only article files; convert PDFs or documents to text"."""
    path = tmp_path / "bericht.txt"
    path.write_bytes("date 2026-03-01\nGespräche in Genf\n\nDie Delegationen trafen sich am "
                     "Montag.".encode() + b" \xff\xfe " + "Sie sprachen über eine Waffenruhe. "
                     .encode() * 10)
    code, _, err = run("ingest", str(path), "--store", str(tmp_path / "s.duckdb"))
    assert code == 2
    flat = " ".join(err.split())
    assert f"{path}:4: found invalid UTF-8 at byte" in flat
    assert "re-save the file as UTF-8" in flat and "convert PDFs" not in flat
