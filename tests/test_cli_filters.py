"""Filter and choice options: unknown values exit 2 naming the known values and the nearest
match; ids match case-insensitively where that is unambiguous (accord.cli.filters)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.cli.filters import choose, choose_prefix, nearest
from accord.io import ScenarioFileError
from accord.news.facts import Extraction, NewsEvent, Stance
from accord.news.ingest import Article
from accord.store import Store
from tests.cli import run

TEXT = ("Die Ukraine lehnt jede Abtretung von Gebieten ab. Russland fordert den Verzicht auf "
        "einen Nato-Beitritt. In Genf fand eine neue Verhandlungsrunde statt.")


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))


@pytest.fixture
def store() -> Store:
    """A store holding one document with a UKR and a RUS stance and a round (written directly,
    without extraction, so the test is fast)."""
    st = Store()
    article = Article(text=TEXT, source="t.txt")
    ex = Extraction(doc=article.doc_id, language="de", published="2025-05-16", stances=[
        Stance(0, 49, "UKR", "territory.donbas", "reject", date="2025-05-16"),
        Stance(50, 118, "RUS", "alliance.nato", "demand", date="2025-05-16")],
        events=[NewsEvent(119, len(TEXT), "round", date_start="2025-05-16", place="Genf")])
    st.write([(article, ex, 0)])
    return st


def test_choose_exact_and_case_insensitive() -> None:
    assert choose("--actor", "UKR", ["RUS", "UKR"]) == "UKR"
    assert choose("--actor", "ukr", ["RUS", "UKR"]) == "UKR"


def test_choose_refuses_an_ambiguous_case() -> None:
    with pytest.raises(ScenarioFileError) as exc:
        choose("--actor", "abc", ["ABC", "Abc"])
    assert str(exc.value) == ("--actor: found 'abc'; expected one of ABC, Abc (they differ only "
                              "in case). Fix: write the value exactly")


def test_nearest_match() -> None:
    assert nearest("claims", ["round", "claim", "poll"]) == "claim"
    assert nearest("nato", ["alliance.nato", "alliance.eu"]) == "alliance.nato"
    assert nearest("ukrr", ["RUS", "UKR"]) == "UKR"
    assert nearest("zzzz", ["RUS", "UKR"]) is None


def test_prefix_of_dotted_ids_is_accepted() -> None:
    assert choose_prefix("--issue", "Territory", ["territory.donbas"]) == "territory"
    assert choose_prefix("--issue", "territory.donbas", ["territory.donbas"]) == "territory.donbas"


def test_stances_actor_in_lower_case_finds_the_actor(store: Store) -> None:
    code, out, _ = run("stances", "--actor", "ukr", "--json")
    assert code == 0
    assert [r["actor"] for r in json.loads(out)] == ["UKR"]


def test_stances_unknown_actor(store: Store) -> None:
    code, out, err = run("stances", "--actor", "ukrr")
    assert code == 2 and out == ""
    assert "--actor: found 'ukrr'; expected a known actor: RUS, UKR, USA, EUR, TUR, NATO, SAU, ARE, " \
           "QAT, VAT, CHE, BLR, CHN, UN. Fix: did you mean 'UKR'?" in err


def test_timeline_unknown_kind(store: Store) -> None:
    code, out, err = run("timeline", "--kind", "claims")
    assert code == 2 and out == ""
    assert ("--kind: found 'claims'; expected a known event kind: round, summit, "
            "partial_agreement, statement_of_intent, claim, pledge, poll, postponement. Fix: did "
            "you mean 'claim'?") in err


def test_timeline_kind_any_case(store: Store) -> None:
    code, out, _ = run("timeline", "--kind", "ROUND", "--json")
    assert code == 0 and [r["kind"] for r in json.loads(out)] == ["round"]


def test_stances_unknown_issue_names_the_nearest(store: Store) -> None:
    code, _, err = run("stances", "--issue", "nato")
    assert code == 2
    assert "--issue: found 'nato'; expected a known issue: alliance.nato, " in err
    assert "Fix: did you mean 'alliance.nato'?" in err


def test_stances_issue_prefix_any_case(store: Store) -> None:
    code, out, _ = run("stances", "--issue", "TERRITORY", "--json")
    assert code == 0 and [r["issue"] for r in json.loads(out)] == ["territory.donbas"]


@pytest.mark.parametrize(("args", "option", "near"), [
    (["forecast", "--model", "eumm"], "--model", "eum"),
    (["forecast", "--distribution", "Normall"], "--distribution", "normal"),
    (["forecast", "--format", "ktabb"], "--format", "ktab"),
    (["forecast", "--salience-scale", "percents"], "--salience-scale", "percent"),
    (["forecast", "--plot", "x", "--plot-format", "pdf"], "--plot-format", None),
    (["conflict", "--concept", "nashh"], "--concept", "nash"),
    (["export", "out", "--format", "parquett"], "--format", "parquet"),
    (["backtest", "deu", "--model", "medain"], "--model", "median"),
])
def test_every_choice_option_names_the_nearest(args: list[str], option: str,
                                               near: str | None) -> None:
    code, out, err = run(*args)
    assert code == 2 and out == ""
    assert f"{option}: found " in err
    if near is not None:
        assert f"did you mean {near!r}?" in err


@pytest.mark.parametrize(("args", "value"), [
    (["forecast", "--model", "EUM"], "eum"),
    (["conflict", "--concept", "NASH"], "nash"),
])
def test_choice_options_ignore_case(args: list[str], value: str) -> None:
    code, out, _ = run(*args, "--json")
    assert code == 0, out


def test_known_event_kinds_cover_what_the_extractor_produces() -> None:
    """`--kind` accepts every kind the extractor can write (rule-made and learned ones)."""
    import importlib
    import inspect
    import re

    from accord.news import events
    from accord.news.vocabulary import EVENT_KINDS

    source = "".join(inspect.getsource(importlib.import_module(f"accord.news.events.{m}"))
                     for m in events.MODULES)
    made = set(re.findall(r'_event\("([a-z_]+)"', source))
    assert made and made <= set(EVENT_KINDS)
    assert set(events._NEEDS) <= set(EVENT_KINDS)
