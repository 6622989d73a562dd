"""The stance polarity model (accord.news.stance_model, data/stance_model.json): what it reads in
own German and English sentences (none written for its training file), the veto in find_stances
(a sentence the model reads as taking no position with high confidence gives no stance, whatever
cue the rules found; clear positions keep theirs) and that the shipped file is what
tools/train_stance_model.py writes (slow: every dev and seed article is analysed;
`pytest -m slow tests/test_news_stance_model.py`)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from accord.news import stance_model
from accord.news.extract import extract

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "src" / "accord" / "news" / "data" / "stance_model.json"
TRAINING = REPO / "tools" / "data" / "stance_sentences.jsonl"
PUB = "2026-02-05"


def _stances(text: str) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.polarity) for s in extract(text, "t", PUB).stances}


def _unseen(text: str) -> None:
    assert text not in TRAINING.read_text(encoding="utf-8"), "a test sentence must not be training data"


def test_model_file() -> None:
    m = stance_model.model()
    assert m["classes"][0] == "none" and len(m["classes"]) == 7
    assert len(m["intercepts"]) == 7 and all(len(w) == 7 for w in m["weights"].values())
    assert 0.5 <= m["veto"] < 1


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Der Kreml pocht unverändert darauf, dass Kiew seine Truppen aus dem Donbass abzieht.", "de", "demand"),
    ("Moskau weist die Stationierung ausländischer Soldaten in der Ukraine entschieden zurück.", "de",
     "reject"),
    ("Selenskyj schlug vor, alle Gefangenen gegen alle auszutauschen.", "de", "propose"),
    ("Die EU begrüßt den Plan für eine Waffenruhe ausdrücklich.", "de", "support"),
    ("Russia flatly rejected the deployment of European soldiers in Ukraine.", "en", "reject"),
    ("Moscow would accept a ceasefire if the West stopped its arms deliveries.", "en", "conditional"),
    ("Kyiv is insisting on a complete withdrawal of Russian troops.", "en", "demand"),
])
def test_reads_positions(text: str, lang: str, expected: str) -> None:
    _unseen(text)
    best, probability, decided_by = stance_model.reading(text, lang)
    assert best == expected and probability > 0.4
    assert decided_by and all(f.split(":", 1)[0] in ("w", "b", "has", "is", "lang") for f in decided_by)


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Tagesordnung in Riad umfasst auch die Frage eines Abzugs aus dem Donbass.", "de"),
    ("Die Frage, ob die Ukraine je der Nato beitreten wird, bleibt offen.", "de"),
    ("The agenda for the Riyadh round includes the question of a withdrawal from the Donbas.", "en"),
    ("Panelists discussed whether a peacekeeping force could secure a truce.", "en"),
])
def test_reads_no_position(text: str, lang: str) -> None:
    _unseen(text)
    assert stance_model.reading(text, lang)[0] == "none"


@pytest.mark.parametrize("text", [
    "In der Sendung ging es um die Frage, ob Kiew einem Gebietstausch zustimmen sollte.",
    "Ein Podcast fragte, ob die EU die eingefrorenen russischen Vermögen nutzen sollte.",
])
def test_veto_drops_the_rules_stance(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _unseen(text)
    assert _stances(text) == set()
    monkeypatch.setattr(stance_model, "no_position", lambda t, lang: False)
    assert _stances(text), "the rules alone give a stance here (else the veto is not tested)"


@pytest.mark.parametrize(("text", "expected"), [
    ("Moskau fordert den Abzug der ukrainischen Truppen aus dem Donbass.",
     ("RUS", "territory.donbas", "demand")),
    ("Putin verlangte erneut die Anerkennung der Krim als russisches Gebiet.",
     ("RUS", "territory.crimea", "demand")),
    ("Selenskyj schlug einen Austausch aller Gefangenen vor.", ("UKR", "humanitarian.prisoners", "propose")),
    ("Die Ukraine ist zu einer Waffenruhe von dreißig Tagen bereit.",
     ("UKR", "ceasefire.sequence", "accept")),
    ("Kiew lehnt jede Abtretung der Krim kategorisch ab.", ("UKR", "territory.crimea", "reject")),
    ("Zelensky rejected any recognition of Crimea as Russian.", ("UKR", "territory.crimea", "reject")),
    ("Trump proposed an immediate ceasefire along the current front line.",
     ("USA", "ceasefire.sequence", "propose")),
    ("Kyiv agreed to a pause in strikes on energy infrastructure.", ("UKR", "ceasefire.energy", "accept")),
    ("Russia would accept a ceasefire if Western arms deliveries stop.",
     ("RUS", "ceasefire.sequence", "conditional")),
    ("The paper reported at length that Moscow rejects a ceasefire.",
     ("RUS", "ceasefire.sequence", "reject")),
])
def test_clear_positions_keep_their_stance(text: str, expected: tuple[str, str, str]) -> None:
    _unseen(text)
    assert expected in _stances(text)


@pytest.mark.slow
def test_shipped_stance_model_is_what_the_training_tool_writes(shared_dir: Path, tmp_path: Path) -> None:
    if not (shared_dir / "corpus" / "split.txt").is_file():
        pytest.skip("needs ../shared/corpus (the annotated development corpus) to retrain")
    spec = importlib.util.spec_from_file_location("train_stance_model",
                                                  REPO / "tools" / "train_stance_model.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    first = tool.dump(tool.train(shared_dir))
    assert first == tool.dump(tool.train(shared_dir)), "training is not deterministic"
    assert first == SHIPPED.read_text(encoding="utf-8"), (
        "the shipped stance model differs from a retrain: run tools/train_stance_model.py")
    assert json.loads(first)["examples"]["own"] >= 1500
