"""The HTTP API on the embedded store loaded with the sample corpus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app import ROOT
from app.core.config import Settings
from app.core.lifecycle import store_session
from app.main import create_app
from loaders.pipeline import load_paths


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("api") / "var", neo4j_uri=None)
    with store_session(settings) as store:
        load_paths([ROOT / "data" / "seeds"], store)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def test_health_and_ready(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    assert client.get("/ready").json() == {"status": "ready", "backend": "falkordb"}


def test_stats_counts_the_loaded_corpus(client: TestClient) -> None:
    stats = client.get("/stats").json()
    assert stats["nodes"]["Article"] == 12
    assert stats["nodes"]["Actor"] > 10


def test_export_edges_join_nodes(client: TestClient) -> None:
    graph = client.get("/export").json()
    ids = {n["id"] for n in graph["nodes"]}
    assert graph["edges"]
    assert all(e["source"] in ids and e["target"] in ids for e in graph["edges"])


def test_unknown_path_is_a_404(client: TestClient) -> None:
    assert client.get("/nope").status_code == 404
