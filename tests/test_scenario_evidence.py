"""`accord evidence DOC[START:END]` and `accord evidence DOC` resolve scenario citations: the
source, every fact citing it with its paraphrase, and the passage when the text is at hand."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import yaml

from accord.model import Scenario
from accord.report.scenario_evidence import parse_citation, resolve
from tests.cli import run
from tests.scenarios import base_dict

TEXT = "Alpha refuses to cede the north. " + "x" * 167


def _scenario(tmp_path: Path) -> Path:
    d = base_dict()
    d["documents"][0] |= {"outlet": "Example Times", "url": "https://example.org/a",
                          "published": "2025-06-01", "sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
                          "length": len(TEXT)}
    d["documents"].append({"id": "web1", "title": "A web report", "outlet": "Wire",
                           "url": "https://example.org/b", "published": "2025-06-02"})
    d["events"][0]["evidence"] = [{"doc": "web1", "paraphrase": "The second round took place."}]
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(d, sort_keys=False), encoding="utf-8")
    return path


def test_parse_citation() -> None:
    assert parse_citation("doc1[0:20]") == ("doc1", (0, 20))
    assert parse_citation("doc1") == ("doc1", None)
    assert parse_citation("doc1[20]") is None
    assert parse_citation("doc1:s2") is None


def test_resolve_lists_the_facts_overlapping_the_span_and_the_passage() -> None:
    s = Scenario.model_validate(base_dict())
    data = resolve(s, "doc1", (0, 20), TEXT, "test")
    assert data["source"]["title"] == "A report"
    assert [f["path"] for f in data["facts"]] == ["positions[1]"]
    assert data["facts"][0]["fact"] == "AAA on land.north as of 2025-06"
    assert data["facts"][0]["paraphrase"] == "Alpha refuses to cede"
    assert data["passage"] == TEXT[0:20]
    assert resolve(s, "doc1", (50, 60))["facts"] == []


def test_cli_resolves_a_span_with_a_local_text_checked_by_hash(tmp_path: Path) -> None:
    path = _scenario(tmp_path)
    copy = tmp_path / "doc1.txt"
    copy.write_text(TEXT, encoding="utf-8")
    code, stdout, _ = run("evidence", "doc1[0:20]", "--scenario", str(path), "--text", str(copy),
                          "--json")
    assert code == 0
    data = json.loads(stdout)
    assert data["source"]["outlet"] == "Example Times" and data["source"]["url"] == "https://example.org/a"
    assert data["passage"] == TEXT[:20]
    assert data["facts"][0]["paraphrase"] == "Alpha refuses to cede"
    copy.write_text(TEXT + "changed", encoding="utf-8")
    code, stdout, _ = run("evidence", "doc1[0:20]", "--scenario", str(path), "--text", str(copy),
                          "--json")
    data = json.loads(stdout)
    assert data["passage"] is None and "SHA-256 differs" in data["text_note"]


def test_cli_resolves_a_web_document_without_text(tmp_path: Path) -> None:
    code, stdout, _ = run("evidence", "web1", "--scenario", str(_scenario(tmp_path)))
    assert code == 0
    text = " ".join(stdout.split())
    assert "A web report (Wire · 2025-06-02" in text and "https://example.org/b" in text
    assert "events[0] (round r2 (2025-06-02)): The second round took place." in text
    assert "the text is not at hand" in text


def test_cli_unknown_document_in_a_citation_is_bad_input(tmp_path: Path) -> None:
    code, _, stderr = run("evidence", "nope[0:5]", "--scenario", str(_scenario(tmp_path)))
    assert code == 2 and "no document 'nope'" in stderr


def test_flagship_citation_resolves() -> None:
    code, stdout, _ = run("evidence", "001_98360ec3f6a2b716[4687:5053]", "--json")
    assert code == 0
    data = json.loads(stdout)
    assert any(f["path"] == "red_lines[0]" for f in data["facts"])
    assert any("preference" in f["fact"] for f in data["facts"])
