"""The dashboard in-process (ASGI client): pages and their JSON twins come from the CLI's own
builders, bad uploads show the validator's messages, the server is read-only by default."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from accord.web.app import MAX_UPLOAD, create_app
from tests.cli import run

FLAGSHIP = "ukraine-2022-2026"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    store = tmp_path_factory.mktemp("store") / "news.duckdb"
    return TestClient(create_app(str(store)))


def test_index_lists_the_builtin_scenarios(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and f'href="/scenarios/{FLAGSHIP}"' in r.text
    assert client.get("/api/scenarios").json()[0]["name"] == FLAGSHIP


def test_analysis_json_is_the_cli_json(client: TestClient) -> None:
    code, out, _ = run("analyze", "--as-of", "2025-06", "--json")
    assert code == 0
    api = client.get(f"/api/scenarios/{FLAGSHIP}/analysis", params={"as_of": "2025-06"}).json()
    assert api == json.loads(out)
    code, out, _ = run("analyze", "--section", "forecast", "--json")
    assert client.get(f"/api/scenarios/{FLAGSHIP}/sections/forecast").json() == json.loads(out)


def test_compare_json_is_the_cli_json(client: TestClient) -> None:
    code, out, _ = run("compare", "--from", "2022-12", "--to", "2026-02", "--json")
    assert code == 0
    api = client.get(f"/api/scenarios/{FLAGSHIP}/compare", params={"a": "2022-12", "b": "2026-02"})
    assert api.json() == json.loads(out)
    diff = api.json()
    assert diff["from"] == "2022-12" and diff["positions"], "positions changed since 2022"


def test_analysis_page_at_a_date_and_its_cache(client: TestClient) -> None:
    r = client.get(f"/scenarios/{FLAGSHIP}", params={"as_of": "2022-12"})
    assert r.status_code == 200 and 'value="2022-12"' in r.text
    assert '<script src="/static/charts.js">' in r.text and "Bottom line" in r.text
    again = client.get(f"/scenarios/{FLAGSHIP}", params={"as_of": "2022-12"})
    assert again.text == r.text


def test_bad_date_and_unknown_scenario_are_clear(client: TestClient) -> None:
    r = client.get(f"/scenarios/{FLAGSHIP}", params={"as_of": "2025-13"})
    assert r.status_code == 400 and "as_of" in r.text and "Traceback" not in r.text
    r = client.get(f"/api/scenarios/{FLAGSHIP}/analysis", params={"as_of": "soon"})
    assert r.status_code == 400 and r.json()["file"] == "as_of" and r.json()["problems"]
    assert client.get("/scenarios/nope").status_code == 404


def test_malformed_upload_shows_the_validators_messages(client: TestClient) -> None:
    r = client.post("/upload", files={"file": ("talks.yaml", b"id: talks\nactors: [\n")})
    assert r.status_code == 400
    assert "talks.yaml is not valid" in r.text and "line" in r.text and "Traceback" not in r.text
    r = client.post("/api/validate", files={"file": ("talks.yaml", b"id: 1\n")})
    assert r.status_code == 400 and r.json()["valid"] is False and r.json()["problems"]
    big = b"#" * (MAX_UPLOAD + 1)
    r = client.post("/upload", files={"file": ("big.yaml", big)})
    assert r.status_code == 400 and "at most" in r.text


def test_valid_upload_is_analysed(client: TestClient, tmp_path: Path) -> None:
    from tests.scenarios import base

    text = base().to_yaml()
    r = client.post("/upload", files={"file": ("mine.yaml", text.encode())},
                    follow_redirects=False)
    assert r.status_code == 303
    page = client.get(r.headers["location"])
    assert page.status_code == 200 and "Two parties, three issues" in page.text


def test_evidence_viewer_lists_the_facts_citing_a_document(client: TestClient) -> None:
    report = client.get(f"/api/scenarios/{FLAGSHIP}/analysis").json()
    doc = report["positions"][0]["evidence"][0]["doc"]
    r = client.get(f"/scenarios/{FLAGSHIP}/documents/{doc}")
    assert r.status_code == 200 and "position: <a href=\"/scenarios/ukraine-2022-2026#position-RUS-" in r.text
    assert client.get(f"/scenarios/{FLAGSHIP}/documents/no-such-doc").status_code == 404


def test_read_only_by_default_and_openapi_page(client: TestClient) -> None:
    r = client.post("/news/ingest", files={"file": ("a.txt", b"Text")})
    assert r.status_code == 403
    assert "/api/scenarios/{name}/analysis" in client.get("/api").text
    assert client.get("/openapi.json").json()["paths"]
    assert client.get("/news").status_code == 200
    assert client.get("/api/news/timeline").json() == []


def test_news_filters_are_checked_as_the_commands_check_them(client: TestClient) -> None:
    """/api/news/timeline?kind=claims and /api/news/stances?actor=ukrr answered [] (200) while
    `accord timeline --kind claims` refuses with the nearest match, and ?kind=ROUND found
    nothing where the command reads it as round."""
    r = client.get("/api/news/timeline", params={"kind": "claims"})
    assert r.status_code == 400 and "did you mean 'claim'?" in r.text
    assert client.get("/api/news/timeline", params={"kind": "ROUND"}).status_code == 200
    r = client.get("/api/news/stances", params={"actor": "ukrr"})
    assert r.status_code == 400 and "UKR" in r.text
    assert client.get("/api/news/stances", params={"actor": "ukr", "issue": "territory"}
                      ).status_code == 200
    r = client.get("/news", params={"kind": "claims"})  # the page too
    assert r.status_code == 400 and "claim" in r.text
    assert client.get("/news", params={"actor": "ukr", "kind": ""}).status_code == 200


def test_api_refuses_unknown_query_parameters(client: TestClient) -> None:
    """`/api/scenarios/X/analysis?asof=2022-12` (a typo) returned today's analysis: an unknown
    query parameter is now a 422 naming it, the nearest known one and the allowed ones."""
    r = client.get(f"/api/scenarios/{FLAGSHIP}/analysis", params={"asof": "2022-12"})
    assert r.status_code == 422
    (problem,) = r.json()["detail"]
    assert problem["loc"] == ["query", "asof"] and problem["allowed"] == ["as_of"]
    assert "'asof'" in problem["msg"] and "did you mean 'as_of'" in problem["msg"]
    r = client.get(f"/api/scenarios/{FLAGSHIP}/compare", params={"a": "2022-12", "c": "1", "b": "2026"})
    assert r.status_code == 422
    assert [p["loc"][1] for p in r.json()["detail"]] == ["c"]
    assert r.json()["detail"][0]["allowed"] == ["a", "b"]
    r = client.get("/api/scenarios", params={"x": "1"})
    assert r.status_code == 422 and "Allowed: none" in r.json()["detail"][0]["msg"]
    r = client.get("/api/news/stances", params={"actor": "RUS", "isue": "alliance.nato"})
    assert r.status_code == 422 and "did you mean 'issue'" in r.json()["detail"][0]["msg"]
    # known parameters still work
    assert client.get("/api/news/timeline", params={"kind": "round"}).status_code == 200
