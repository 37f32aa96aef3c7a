"""POST /articles: the write key, the size limit, media types, and ingest merged like a load."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.core.config import Settings
from app.main import create_app
from tests.api.conftest import API_KEY

TEXT = (
    "Journalist detained in Baku\n\n4 March 2025\n\n"
    "On 3 March, Azerbaijani police detained Oleg Smirnov, a correspondent of Sputnik Azerbaijan. "
    "Russia accused Azerbaijan of persecuting journalists."
)
KEY = {"X-API-Key": API_KEY}


@pytest.fixture
def writer(clean_settings: Settings) -> Iterator[TestClient]:
    settings = clean_settings.model_copy(update={"api_key": SecretStr(API_KEY), "max_ingest_bytes": 4000})
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def test_ingest_without_a_key_is_a_401(writer: TestClient) -> None:
    response = writer.post("/articles", content=TEXT, headers={"Content-Type": "text/plain"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "missing_api_key"


def test_ingest_with_a_wrong_key_is_a_401(writer: TestClient) -> None:
    response = writer.post(
        "/articles", content=TEXT, headers={"Content-Type": "text/plain", "X-API-Key": "guess"}
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_api_key"


def test_writes_are_refused_when_no_key_is_configured(clean_settings: Settings) -> None:
    with TestClient(create_app(clean_settings)) as client:
        response = client.post("/articles", content=TEXT, headers={"Content-Type": "text/plain", **KEY})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "writes_disabled"


def test_an_oversized_body_is_a_413_and_writes_nothing(writer: TestClient) -> None:
    before = writer.get("/stats").json()
    body = TEXT + " " + "word " * 1000
    response = writer.post("/articles", content=body, headers={"Content-Type": "text/plain", **KEY})
    assert response.status_code == 413
    assert response.json()["error"]["details"] == {"limit": 4000}
    assert writer.get("/stats").json() == before


def test_other_media_types_are_a_415(writer: TestClient) -> None:
    response = writer.post("/articles", content=b"<p>x</p>", headers={"Content-Type": "text/html", **KEY})
    assert response.status_code == 415


def test_invalid_json_is_a_422(writer: TestClient) -> None:
    response = writer.post(
        "/articles", content=b'{"text": ""}', headers={"Content-Type": "application/json", **KEY}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"


def test_ingest_creates_acts_then_merges_a_repeat(writer: TestClient) -> None:
    first = writer.post("/articles", content=TEXT, headers={"Content-Type": "text/plain", **KEY})
    assert first.status_code == 200, first.text
    acts = first.json()["acts"]
    kinds = {(a["type"], a["source"], a["target"]) for a in acts}
    assert ("DETAINED", "azerbaijan-police", "oleg-smirnov") in kinds
    assert ("ACCUSED", "russia", "azerbaijan") in kinds
    assert all(a["outcome"] == "created" for a in acts)
    stats = writer.get("/stats").json()

    again = writer.post("/articles", json={"text": TEXT, "outlet": "Meduza"}, headers=KEY)
    assert again.status_code == 200
    assert {a["id"] for a in again.json()["acts"]} == {a["id"] for a in acts}
    assert all(a["outcome"] == "updated" for a in again.json()["acts"])
    assert writer.get("/stats").json() == stats  # same article (content hash), same acts

    detained = next(a for a in acts if a["type"] == "DETAINED")
    relation = writer.get(f"/relations/{detained['id']}").json()
    assert relation["date"] == "2025-03-03"
    assert relation["evidence"][0]["sentence"].startswith("On 3 March, Azerbaijani police detained")
    assert relation["evidence"][0]["pattern"] == "DETAINED:verb:subj>obj"
    assert writer.get("/actors", params={"q": "oleg smirnov"}).json()["data"][0]["id"] == "oleg-smirnov"


def test_a_nul_character_in_the_text_is_a_400_and_writes_nothing(writer: TestClient) -> None:
    before = writer.get("/stats").json()
    response = writer.post("/articles", json={"text": TEXT.replace("Baku", "Ba\x00ku")}, headers=KEY)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_character"
    assert writer.get("/stats").json() == before
