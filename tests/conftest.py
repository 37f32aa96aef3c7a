"""Fixtures: settings on a temporary data dir, and a real store per backend.

Every store test runs on both backends. The embedded FalkorDB store is started per run;
Neo4j is the server at ACTORGRAPH_NEO4J_URI when that is set, else a Neo4j 5 container
when a Docker engine answers (testcontainers), else the local Neo4j Community server
from Maven Central (`app/store/local_neo4j.py`), started once for the session. Under CI a
Neo4j that cannot start fails the run; elsewhere its tests are skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.config import Settings
from app.core.errors import StoreUnavailable
from app.core.schema import load_schema
from app.store.base import GraphStore
from app.store.embedded import EmbeddedServer
from app.store.falkordb import FalkorStore
from app.store.local_neo4j import LocalNeo4j
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
def neo4j_driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A driver to a reachable Neo4j 5, or a skip saying why there is none."""
    uri = os.environ.get("ACTORGRAPH_NEO4J_URI")
    if uri:
        driver = Neo4jStore.connect(uri, os.environ.get("ACTORGRAPH_NEO4J_USER", "neo4j"),
                                    os.environ.get("ACTORGRAPH_NEO4J_PASSWORD"))  # fmt: skip
        yield driver
        driver.close()
        return
    if _docker_answers():
        from testcontainers.neo4j import Neo4jContainer

        with Neo4jContainer("neo4j:5.26-community") as container:
            driver = container.get_driver()
            yield driver
            driver.close()
        return
    yield from _local_neo4j_driver(tmp_path_factory.mktemp("neo4j-local"))


def _local_neo4j_driver(data_dir: Path) -> Iterator[object]:
    """Start the local Neo4j for the session; fail under CI, skip elsewhere, when it cannot."""
    local = LocalNeo4j(data_dir)
    password = local.password()
    try:
        server = local.start(password)
    except StoreUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"the local Neo4j did not start under CI: {exc}")
        pytest.skip(f"no Neo4j: ACTORGRAPH_NEO4J_URI is unset, no Docker engine answers, and {exc}")
    try:
        driver = Neo4jStore.connect(server.uri, "neo4j", password)
        yield driver
        driver.close()
    finally:
        local.stop()


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
