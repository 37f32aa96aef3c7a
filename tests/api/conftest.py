"""The sample corpus on each backend, loaded once, and clients of the API over it.

On FalkorDB the seeds live in a data dir of their own, loaded once per session. Neo4j
Community has one database, which tests that want a clean graph also use: `seeded`
loads the seeds into it again whenever another test has cleared it since.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app import ROOT
from app.core.config import Settings
from app.core.lifecycle import store_session
from app.core.schema import load_schema
from app.main import create_app
from app.store.models import GraphBatch
from app.store.neo4j import Neo4jStore
from loaders.pipeline import LoadReport, build_batch
from tests.conftest import Neo4jGraph, backend_settings, clean_neo4j

API_KEY = "test-write-key"


@pytest.fixture(scope="session")
def seeds_batch() -> GraphBatch:
    """The sample corpus extracted once for the session."""
    return build_batch([ROOT / "data" / "seeds"], LoadReport())


@pytest.fixture(scope="session")
def seeded_falkordb_dir(tmp_path_factory: pytest.TempPathFactory, seeds_batch: GraphBatch) -> Path:
    """An embedded data dir with the seeds loaded; tests that use it only read."""
    data_dir = tmp_path_factory.mktemp("seeded") / "var"
    with store_session(Settings(data_dir=data_dir, neo4j_uri=None)) as store:
        store.write_batch(seeds_batch)
    return data_dir


def ensure_seeded(backend: str, request: pytest.FixtureRequest) -> Path:
    """Make the backend's graph hold exactly the seeds; the data dir to name in settings."""
    if backend == "falkordb":
        return Path(request.getfixturevalue("seeded_falkordb_dir"))
    graph: Neo4jGraph = request.getfixturevalue("neo4j_graph")
    if graph.holds != "seeds":
        clean_neo4j(request)
        store = Neo4jStore(load_schema(), request.getfixturevalue("neo4j_driver"))
        store.write_batch(request.getfixturevalue("seeds_batch"))
        graph.holds = "seeds"
    return Path(request.getfixturevalue("tmp_path_factory").getbasetemp()) / "neo4j-settings"


def api_settings(
    backend: str, data_dir: Path, request: pytest.FixtureRequest, **overrides: object
) -> Settings:
    """Settings for an API on `backend` (and `data_dir` if embedded) with a write key."""
    return backend_settings(backend, data_dir, request, **{"api_key": SecretStr(API_KEY), **overrides})


@pytest.fixture
def seeded(backend: str, request: pytest.FixtureRequest) -> Callable[..., Settings]:
    """Settings for an API over the seeds on this test's backend, with any overrides."""
    data_dir = ensure_seeded(backend, request)
    return lambda **overrides: api_settings(backend, data_dir, request, **overrides)


@pytest.fixture(scope="module")
def _client(backend: str, request: pytest.FixtureRequest) -> Iterator[TestClient]:
    data_dir = ensure_seeded(backend, request)
    with TestClient(create_app(api_settings(backend, data_dir, request))) as test_client:
        yield test_client


@pytest.fixture
def client(_client: TestClient, backend: str, request: pytest.FixtureRequest) -> TestClient:
    """The API over the seeded graph of each backend."""
    ensure_seeded(backend, request)
    return _client


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serve(settings: Settings) -> Iterator[str]:
    """The API on `settings`, served by uvicorn on a free port; yields its base URL."""
    port = _free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the API did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture(scope="module")
def _live_url(backend: str, request: pytest.FixtureRequest) -> Iterator[str]:
    with serve(api_settings(backend, ensure_seeded(backend, request), request)) as url:
        yield url


@pytest.fixture
def live_url(_live_url: str, backend: str, request: pytest.FixtureRequest) -> str:
    """The API served by uvicorn on a free port over the seeded graph, so requests cross real HTTP."""
    ensure_seeded(backend, request)
    return _live_url
