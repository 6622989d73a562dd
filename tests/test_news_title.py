"""The title of a plain-text article written in the seeds' layout (a `date YYYY-MM-DD` line,
then the headline)."""

from __future__ import annotations

from accord.news.dateline import first_line_title


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
