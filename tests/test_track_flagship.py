"""`accord track` on the flagship: the January-February 2026 energy pause with its status over
time and the incidents behind it, the 2025 exchange ledger, the Pokrovsk, Vovchansk and Lyman
contradictions with both sources, indicators and the referendum rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from accord.io import load
from accord.track import Gazetteer
from tests.cli import run


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    code, out, _ = run("track", "--json")
    assert code == 0
    data: dict[str, Any] = json.loads(out)
    return data


def _deal(report: dict[str, Any], deal: str) -> dict[str, Any]:
    return next(a for a in report["agreements"] if a["id"] == deal)


def test_energy_pause_2026_status_over_time_with_its_incidents(report: dict[str, Any]) -> None:
    pause = _deal(report, "energy-pause-2026-01")
    changes = pause["status"]["changes"]
    assert [(c["date"], c["status"]) for c in changes] == [
        ("2026-01-29", "announced"),
        ("2026-01-30", "in_force"),
        ("2026-02-01", "disputed"),
        ("2026-02-02", "lapsed"),
    ]
    assert changes[2]["incidents"] == ["energy-pause-border-incidents-2026-02", "energy-pause-holds-2026-02"]
    assert "border regions" in changes[2]["reason"]
    assert any("001_98360ec3f6a2b716[1780:1963]" in s for s in changes[2]["sources"])
    assert "expired on 2026-02-01" in changes[3]["reason"]
    assert pause["status"]["incidents_after_end"] == ["energy-strikes-resume-2026-02-03"]
    resumed = next(i for i in pause["incidents"] if i["id"] == "energy-strikes-resume-2026-02-03")
    assert resumed["confirmed_by"] == "Institute for the Study of War"


def test_energy_pause_as_of_the_first_of_february_is_in_force() -> None:
    code, out, _ = run("track", "--json", "--as-of", "2026-01-31")
    assert code == 0
    pause = _deal(json.loads(out), "energy-pause-2026-01")
    assert pause["status"]["current"] == "in_force"


def test_march_2025_moratorium_start_dates_differ(report: dict[str, Any]) -> None:
    deal = _deal(report, "energy-moratorium-2025-03")
    assert deal["status"]["start_disputed"]
    assert [(e["actor"], e["date"]) for e in deal["effective"]] == [
        ("RUS", "2025-03-18"),
        ("UKR", "2025-03-25"),
    ]
    assert deal["status"]["current"] == "lapsed"


def test_exchange_ledger_2025_agreed_against_carried_out(report: dict[str, Any]) -> None:
    rows = {r["agreement"]: r for r in report["exchange_ledger"]["agreements"]}
    big = rows["prisoner-exchange-2025-05-16"]
    assert [(s["actor"], s["agreed"], s["carried_out"]) for s in big["sides"]] == [
        ("RUS", 1000, 1000),
        ("UKR", 1000, 1000),
    ]
    assert [(e["date"], e["released"]["UKR"]) for e in big["exchanges"]] == [
        ("2025-05-23", 390),
        ("2025-05-24", 307),
        ("2025-05-25", 303),
    ]
    assert (
        big["complete"] and _deal(report, "prisoner-exchange-2025-05-16")["status"]["current"] == "fulfilled"
    )
    march = rows["prisoner-exchange-2025-03-18"]
    assert [(s["actor"], s["agreed"], s["carried_out"], s["remaining"]) for s in march["sides"]] == [
        ("RUS", 198, 197, 1),
        ("UKR", 175, 175, 0),
    ]
    june = rows["prisoner-exchange-2025-06-02"]
    assert all(s["undisclosed_exchanges"] == 2 and s["agreed"] is None for s in june["sides"])


def _pair(report: dict[str, Any], subject: str) -> list[dict[str, Any]]:
    return [c for c in report["contradictions"] if c["subject"] == subject]


def test_pokrovsk_and_lyman_contradictions_with_both_sources(report: dict[str, Any]) -> None:
    (pokrovsk,) = _pair(report, "control of pokrovsk")
    first, second = pokrovsk["claims"]
    assert (first["claim"], second["claim"]) == ("gerasimov-pokrovsk", "ukraine-pokrovsk-north")
    assert first["evidence"] and second["evidence"] and first["source"] != second["source"]
    support = {s["claim"] for s in pokrovsk["independent_support"]["ukraine-pokrovsk-north"]}
    assert support == {"isw-pokrovsk-2025-12-02", "osint-maps-pokrovsk-2025-12-01"}
    assert not pokrovsk["independent_support"]["gerasimov-pokrovsk"]
    assert pokrovsk["verdict"].startswith("independent reporting supports ukraine-pokrovsk-north")

    (lyman,) = _pair(report, "control of lyman")
    assert [c["claimant"] for c in lyman["claims"]] == ["RUS", "UKR"]
    assert all(c["evidence"][0].startswith("003_585b19eed092d52f[") for c in lyman["claims"])
    assert lyman["verdict"] == "no independent source settles it"

    (vovchansk,) = _pair(report, "control of vovchansk")
    assert [c["claim"] for c in vovchansk["claims"]] == ["gerasimov-vovchansk", "ukraine-vovchansk-denial"]


def test_figure_only_an_independent_source_disputes_is_paired(report: dict[str, Any]) -> None:
    (gains,) = [c for c in report["contradictions"] if c["subject"].startswith("territory taken")]
    assert {c["claim"] for c in gains["claims"]} == {"putin-gains-2025", "isw-gains-2025"}


def test_indicators_polls_and_referendum(report: dict[str, Any]) -> None:
    ind = {i["id"]: i for i in report["indicators"]}
    assert ind["deepstate-territory-2025"]["latest"]["value"] == 505
    assert [o["start"] for o in ind["isw-afp-territory-2025"]["observations"]][:5] == [
        "2025-03",
        "2025-04",
        "2025-05",
        "2025-06",
        "2025-07",
    ]
    assert ind["russian-drones-per-month"]["latest"]["value"] == 5000
    assert ind["russian-missiles-per-month"]["latest"]["value"] == 200
    assert ind["info-sapiens-protest"]["latest"]["value"] == 51.4
    assert ind["info-sapiens-nato"]["latest"]["value"] == 41
    (rule,) = report["ratification_rules"]
    assert rule["requires"] == "referendum" and rule["actor"] == "UKR"
    monitor = _deal(report, "berlin-ceasefire-monitor")
    assert monitor["stage"] == "proposed" and monitor["monitoring"]["status"] == "proposed"


def test_place_names_resolve_in_four_languages() -> None:
    g = Gazetteer(load("ukraine-2022-2026").places)
    for name in ("Pokrovsk", "Pokrowsk", "Покровськ", "Krasnoarmeysk", "Красноармейск"):
        assert g.resolve(name) == "pokrovsk", name
    assert g.resolve("Wowtschansk") == g.resolve("Volchansk") == "vovchansk"
    assert g.resolve("Liman") == g.resolve("Лиман") == "lyman"


def test_every_public_report_has_outlet_url_and_date() -> None:
    s = load("ukraine-2022-2026")
    reports = [d for d in s.documents if d.id.startswith("trk-")]
    assert len(reports) >= 20
    for d in reports:
        assert d.outlet and d.url and d.published, d.id


def test_analyze_has_the_track_section_and_its_bottom_line() -> None:
    code, out, _ = run("analyze", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["track"]["agreements"]
    assert any(line["section"] == "track" for line in data["bottom_line"])


def test_the_ledger_as_of_a_date_leaves_out_deals_not_yet_agreed() -> None:
    """`accord analyze --as-of 2022-12` listed the 2025 prisoner swaps in the exchange ledger as
    "agreed 1000, carried out 0, remaining 1000", two years before they were agreed."""
    from accord.track import exchange_ledger

    s = load("ukraine-2022-2026")
    assert exchange_ledger(s.agreements, s.exchanges, "2022-12")["agreements"] == []
    rows = exchange_ledger(s.agreements, s.exchanges, "2025-05-20")["agreements"]
    assert [r["agreement"] for r in rows] == ["prisoner-exchange-2025-03-18",
                                              "prisoner-exchange-2025-05-16"]
    assert [s["carried_out"] for s in rows[1]["sides"]] == [0, 0]  # agreed, not yet carried out


def test_the_ledger_plot_names_what_its_bars_cannot_show(report: dict[str, Any]) -> None:
    """`accord track --plot` drew the June 2025 swaps as two empty rows, as if nothing had been
    exchanged: no agreed number is stated and both exchanges are of undisclosed size."""
    from accord.report.plots.track import ledger_note

    rows = {r["agreement"]: r for r in report["exchange_ledger"]["agreements"]}
    june = rows["prisoner-exchange-2025-06-02"]["sides"]
    assert [ledger_note(s) for s in june] == [
        "agreed number not stated; 2 exchanges of undisclosed size"] * 2
    assert ledger_note(rows["prisoner-exchange-2025-05-16"]["sides"][0]) == ""


def test_deal_labels_are_cut_at_a_word() -> None:
    """The status plot cut titles at 48 characters, mid-word: "agreed in Istanb", "the sick an"."""
    from accord.report.plots.track import deal_label

    assert deal_label("1000-for-1000 prisoner exchange agreed in Istanbul") == \
        "1000-for-1000 prisoner exchange agreed in …"
    assert deal_label("Exchange of 175 prisoners per side") == "Exchange of 175 prisoners per side"
    assert deal_label("abcdefghijklmnopqrstuvwxyz", 10) == "abcdefghi…"  # one word too long


def test_plot_titles_and_ledger_labels_are_cut_at_a_word_and_notes_clear_the_bars(
        report: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Review 15 item 15: the per-deal plot titles (80 characters) and the ledger labels (36)
    were still cut mid-word, and a ledger note was drawn from x = 0 across the row's bars."""
    import copy

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    from accord.report.plots.track import track_plots

    seen: dict[str, Figure] = {}
    real = Figure.savefig

    def keep(fig: Figure, path: Any, *args: Any, **kwargs: Any) -> None:
        seen[Path(path).stem] = fig
        real(fig, path, *args, **kwargs)

    monkeypatch.setattr(Figure, "savefig", keep)
    data = copy.deepcopy(report)
    deal = next(a for a in data["agreements"] if a["status"]["changes"])
    deal["title"] = "An exchange of prisoners and of the bodies of the fallen agreed in Istanbul " \
                    "between the delegations"
    row = data["exchange_ledger"]["agreements"][0]
    row["agreement"] = "prisoner-exchange-agreed-in-istanbul-between-delegations"
    row["sides"][0].update(agreed=None, carried_out=300, undisclosed_exchanges=2)
    track_plots(data, tmp_path)

    title = seen[f"deal-{deal['id']}"].axes[0].get_title()
    assert title.startswith("An exchange of prisoners and of the bodies of the fallen agreed in Istanbul … (")
    ledger = seen["exchange-ledger"].axes[0]
    labels = [t.get_text() for t in ledger.get_yticklabels()]
    assert labels[0] == "prisoner-exchange-agreed-in- … · " + row["sides"][0]["actor"]
    notes = [t for t in ledger.texts if "undisclosed" in t.get_text()]
    assert notes and notes[0].get_position()[0] == 300  # after the longer bar

