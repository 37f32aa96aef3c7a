"""Fixtures: settings on a temporary data dir, and a real store per backend.

The embedded FalkorDB store runs in every run. The Neo4j store runs when
ACTORGRAPH_NEO4J_URI is set or a Docker engine answers (testcontainers); otherwise
its tests are skipped with that reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.config import Settings
from app.core.schema import load_schema
from app.store.base import GraphStore
from app.store.embedded import EmbeddedServer
from app.store.falkordb import FalkorStore
from app.store.neo4j import Neo4jStore

FIXTURES = Path(__file__).parent / "fixtures"


def _docker_answers() -> bool:
    if shutil.which("docker") is None:
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.fixture(scope="session")
def neo4j_driver() -> Iterator[object]:
    """A driver to a reachable Neo4j 5, or a skip saying why there is none."""
    uri = os.environ.get("ACTORGRAPH_NEO4J_URI")
    if uri:
        driver = Neo4jStore.connect(uri, os.environ.get("ACTORGRAPH_NEO4J_USER", "neo4j"),
                                    os.environ.get("ACTORGRAPH_NEO4J_PASSWORD"))  # fmt: skip
        yield driver
        driver.close()
        return
    if not _docker_answers():
        pytest.skip("no Neo4j reachable: ACTORGRAPH_NEO4J_URI is not set and no Docker engine answers")
    from testcontainers.neo4j import Neo4jContainer

    with Neo4jContainer("neo4j:5.26-community") as container:
        driver = container.get_driver()
        yield driver
        driver.close()


@pytest.fixture(scope="session")
def embedded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedServer]:
    """One embedded FalkorDB server for the session (tests clear the graph, not the server)."""
    server = EmbeddedServer(tmp_path_factory.mktemp("shared-store"))
    holder = FalkorStore.embedded(load_schema(), server)  # keeps the server up between tests
    yield server
    holder.close()
    assert server.status()["running"] is False, "a test left a store open on the shared server"


@pytest.fixture(params=["falkordb", "neo4j"])
def store(request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """A clean store with the schema applied, on each backend that is available."""
    schema = load_schema()
    s: GraphStore
    if request.param == "falkordb":
        s = FalkorStore.embedded(schema, request.getfixturevalue("embedded_server"), batch_size=3)
    else:
        s = Neo4jStore(schema, request.getfixturevalue("neo4j_driver"), batch_size=3)  # type: ignore[arg-type]
    s.clear()
    s.apply_schema()
    yield s
    s.clear()
    if isinstance(s, FalkorStore):
        s.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings on a fresh embedded data dir, whatever the environment says."""
    return Settings(data_dir=tmp_path / "var", neo4j_uri=None)
