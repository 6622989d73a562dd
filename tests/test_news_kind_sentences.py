"""The derived sentences of the external tuning articles (tools/data/kind_sentences.jsonl: per
sentence its article, the kind model's features and the gold kinds, no text) and the kinds the
learned fallback is not asked for (`accord.news.kinds.UNLEARNED`).

The file is rebuilt with `python tools/train_event_model.py --derive` from the external tuning
folders beside ../shared (train12, f12d, train13, fresh13, train14); where they are there the slow
test compares it byte for byte (a failure: the features or the gold moved, re-derive).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from accord.news import kinds
from accord.news.extract import extract
from tests.test_news_kind_model import _tool

REPO = Path(__file__).resolve().parents[1]
DERIVED = REPO / "tools" / "data" / "kind_sentences.jsonl"


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in DERIVED.read_text(encoding="utf-8").splitlines()]


def test_the_derived_file_holds_features_and_kinds_but_no_text() -> None:
    rows = _rows()
    assert len(rows) > 3000
    families = set(kinds.families())
    feature = re.compile(r"^(?:fam:[a-z_]+|pair:[a-z_]+\+[a-z_]+|has:[a-z_]+|is:[a-z]+)$")
    for row in rows:
        assert set(row) == {"article", "features", "kinds"}
        assert re.fullmatch(r"[a-z0-9]+/[\w.-]+", str(row["article"]))
        feats: list[str] = row["features"]  # type: ignore[assignment]
        assert feats == sorted(feats) and all(feature.match(f) for f in feats), feats
        assert all(f[4:] in families for f in feats if f.startswith("fam:"))
        assert set(row["kinds"]) <= set(_tool().KINDS)  # type: ignore[arg-type, attr-defined]
    # every external set is there, with positives of the common kinds
    assert {str(r["article"]).split("/")[0] for r in rows} >= {"train12", "f12d", "train13", "fresh13"}
    assert sum("round" in r["kinds"] for r in rows) > 100  # type: ignore[operator]


def test_training_on_the_derived_sentences_is_deterministic() -> None:
    tool = _tool()
    data = tool.external_examples(DERIVED)  # type: ignore[attr-defined]
    first = tool.dumps(tool.fit(data, "external", False))  # type: ignore[attr-defined]
    assert first == tool.dumps(tool.fit(data, "external", False))  # type: ignore[attr-defined]
    model = json.loads(first)
    assert model["examples"] == len(_rows())
    assert model["kinds"]["round"]["positives"] > 100


@pytest.mark.parametrize("feats", [
    {"fam:capture", "fam:military", "fam:accuse", "fam:past_perfect", "has:place"},
    {"fam:deny", "fam:capture", "has:place", "has:date"},
    {"fam:poll", "has:date"},
    {"fam:pledge", "has:two_actors", "has:quote"},
])
def test_the_model_is_not_asked_for_claims_pledges_or_polls(feats: set[str]) -> None:
    assert not {k for k, _, _ in kinds.predict(feats)} & kinds.UNLEARNED
    # (the model still scores them: only the fallback leaves them out)
    assert {"claim", "pledge", "poll"} <= set(kinds.model()["kinds"])


def test_a_learned_round_still_explains_itself() -> None:
    found = kinds.predict({"fam:meeting", "fam:meet_verb", "pair:meeting+meet_verb", "fam:happened",
                           "pair:meeting+happened", "has:place", "has:date", "has:two_actors"})
    assert found and found[0][0] == "round"
    assert re.match(r"model p=0\.\d\d: (?:[a-z:_+]+ [+-]\d\.\d\d(?:, )?)+$", found[0][2])


@pytest.mark.parametrize("text", [
    "Der Kremlchef drohte Kiew am Dienstag mit harter Vergeltung für einen weiteren Angriff auf "
    "die Brücke.",
    "Kyiv's forces were said to have pushed the enemy back near two villages, where fighting "
    "had raged for weeks.",
    "Laut einer neuen Umfrage lehnt eine Mehrheit der Befragten jede Abtretung von Gebieten ab.",
    "Both leaders made firm commitments of further support to the region.",
])
def test_no_learned_event_of_an_unlearned_kind(text: str) -> None:
    events = extract(text, "t", "2025-06-03").events
    assert not [e for e in events if (e.cue or "").startswith("model p=") and e.kind in kinds.UNLEARNED]


@pytest.mark.slow
def test_the_derived_file_is_what_the_tool_writes_from_the_external_sets(shared_dir: Path) -> None:
    tool = _tool()
    folders = tool.external_folders(shared_dir)  # type: ignore[attr-defined]
    if len(folders) < len(tool.EXTERNAL_SETS):  # type: ignore[attr-defined]
        pytest.skip("needs the external tuning folders beside ../shared (not in a clone or CI)")
    text = tool.derived_text(tool.derive(folders))  # type: ignore[attr-defined]
    assert text == DERIVED.read_text(encoding="utf-8"), (
        "re-derive: python tools/train_event_model.py --derive")


@pytest.mark.parametrize("text", [
    "Die Ukraine meldete am Freitag die Rückeroberung des Dorfes Robotyne. Die Streitkräfte "
    "hätten die Ortschaft vollständig unter ihre Kontrolle gebracht, hieß es aus Kiew.",
    "Russia said on Friday that its forces had captured the village of Ostrivka. The ministry "
    "added that its troops had taken full control of the settlement.",
])
def test_a_claim_told_again_still_adds_its_sentence(text: str) -> None:
    claims = [e for e in extract(text, "t", "2025-11-08").events if e.kind == "claim"]
    assert len(claims) == 1 and claims[0].place is not None
    assert claims[0].last_end > text.index(". ") + 2  # (read from the second sentence too)


def test_a_capture_with_no_claim_before_is_no_learned_claim() -> None:
    text = ("Die Streitkräfte hätten die Ortschaft vollständig unter ihre Kontrolle gebracht, "
            "hieß es aus Moskau.")
    assert not [e for e in extract(text, "t", "2025-11-08").events if e.kind == "claim"]
