"""`accord timeline` and `accord stances` quote the passage each row was read from."""

from __future__ import annotations

from pathlib import Path

from tests.cli import run

REPORT = ("date 2026-03-20\nEnvoys meet in Riyadh\n\n"
          "RIYADH, March 20, 2026. Delegations from Russia and Ukraine met in Riyadh on Thursday "
          "for talks that the United States and Saudi Arabia had arranged over several weeks of "
          "calls.\n\n"
          "Ukrainian Foreign Minister Andrii Sybiha said Kyiv would never recognise Crimea as "
          "Russian territory, whatever the other side offered in return for a ceasefire along "
          "the front line.\n")


def test_each_row_quotes_its_passage(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The rows said "kind round · place riyadh" or "actor UKR · issue territory.crimea" and
    nothing of the text: a reader ran `accord evidence` on every row to learn what it was."""
    path = tmp_path / "riyadh.txt"
    path.write_text(REPORT, encoding="utf-8")
    store = str(tmp_path / "news.duckdb")
    code, _, err = run("ingest", str(path), "--store", store)
    assert code == 0, err
    monkeypatch.setenv("COLUMNS", "80")
    code, out, err = run("timeline", "--store", store, "--kind", "round")
    assert code == 0, err
    flat = " ".join(out.split())
    assert 'passage: "Envoys meet in Riyadh"' in flat  # the headline; +2: the body's sentences
    code, out, err = run("stances", "--store", store, "--actor", "UKR")
    assert code == 0, err
    flat = " ".join(out.split())
    assert 'passage: "Ukrainian Foreign Minister Andrii Sybiha said Kyiv would never' in flat
    assert flat.count('..."') >= 1  # cut after 160 characters at a word, the rest in `evidence`
    assert max(len(line) for line in out.splitlines()) <= 80


def test_the_ingest_summary_counts_one_in_the_singular(tmp_path: Path) -> None:
    """It said "ingested: 1 articles from 1 files ... 1 near-duplicates linked"."""
    path = tmp_path / "riyadh.txt"
    path.write_text(REPORT, encoding="utf-8")
    code, out, err = run("ingest", str(path), "--store", str(tmp_path / "news.duckdb"))
    assert code == 0, err
    flat = " ".join(out.split())
    assert flat.startswith("ingested: 1 article from 1 file: 1 new,")
    import re

    for count, word in re.findall(r"(\d+) (events?|stances?|figures?)\b", flat):
        assert word.endswith("s") == (count != "1"), flat  # whatever the extractor finds


def test_the_timeline_help_says_what_a_date_in_parentheses_is() -> None:
    """Rows dated "(2026-03-12)" next to rows dated "2026-03-12" were not explained anywhere."""
    code, out, _ = run("timeline", "--help")
    assert code == 0
    assert "A date in parentheses is the article's" in " ".join(out.replace("│", " ").split())


SWAP = ("date: 2026-03-04\nDelegations meet again in Geneva\n\n"
        "GENEVA, March 4, 2026. Negotiators from Russia and Ukraine met on Wednesday in Geneva "
        "for a second day of talks mediated by the United States, officials from both sides "
        "said.\n\n"
        "The two sides agreed to swap 300 prisoners each before the end of the month, according "
        "to the Ukrainian delegation.\n")


def test_the_figure_an_event_states_is_shown(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`accord timeline` showed a prisoner exchange's outcome without its number, and `accord
    evidence` showed `unit=prisoners` without the 300 (it listed the figures table's `value`,
    which events call `quantity`)."""
    path = tmp_path / "geneva.txt"
    path.write_text(SWAP, encoding="utf-8")
    store = str(tmp_path / "news.duckdb")
    code, _, err = run("ingest", str(path), "--store-path", store)
    assert code == 0, err
    code, out, err = run("timeline", "--store-path", store, "--json")
    assert code == 0, err
    import json

    counted = [e for e in json.loads(out) if e["quantity"] is not None]
    assert counted, out
    event = counted[0]
    amount = f"{event['quantity']:,.0f} {event['unit']}" + (" per side" if event["per_side"] else "")
    monkeypatch.setenv("COLUMNS", "100")
    code, out, err = run("timeline", "--store-path", store)
    assert code == 0, err
    flat = " ".join(out.split())
    assert amount in flat, (amount, flat)
    code, out, err = run("evidence", event["id"], "--store-path", store)
    assert code == 0, err
    flat = " ".join(out.split())
    assert f"outcome={event['outcome']}; {amount}" in flat if event["outcome"] else amount in flat
