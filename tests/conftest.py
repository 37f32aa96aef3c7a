"""Fixtures: settings on a temporary data dir, and a real store per backend.

Every store test runs on both backends. The embedded FalkorDB store is started per run;
Neo4j is the server at ACTORGRAPH_TEST_NEO4J_URI when that is set (never the user's
ACTORGRAPH_NEO4J_URI: tests clear the graph), else the local Neo4j Community server from
Maven Central (`app/store/local_neo4j.py`) where Java and Maven are installed, else a
Neo4j 5 container when a Docker engine answers (testcontainers), started once for the
session. Under CI a Neo4j that cannot start fails the run; elsewhere its tests are
skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import neo4j
import pytest
from pydantic import SecretStr

from app.core.config import Settings
from app.core.errors import StoreUnavailable
from app.core.schema import load_schema
from app.store.base import GraphStore
from app.store.embedded import EmbeddedServer
from app.store.falkordb import FalkorStore
from app.store.local_neo4j import LocalNeo4j
from app.store.neo4j import Neo4jStore

FIXTURES = Path(__file__).parent / "fixtures"
BACKENDS = ["falkordb", "neo4j"]


def _docker_answers() -> bool:
    if shutil.which("docker") is None:
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@dataclass(frozen=True)
class Neo4jTarget:
    """Where the session's Neo4j answers, and how to log in."""

    uri: str
    user: str
    password: str
    http_url: str | None = None  # Neo4j Browser's server, where the test started it


class Neo4jGraph:
    """What the session's one Neo4j database holds: `"seeds"` or, after a clean, nothing.

    Neo4j Community serves one user database, so tests take turns on it: a test that
    wants a clean graph clears it, one that reads the sample corpus loads it again when
    another test has cleared it since.
    """

    def __init__(self, target: Neo4jTarget):
        self.target = target
        self.holds: str | None = None


@pytest.fixture(scope="session")
def neo4j_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jTarget]:
    """A Neo4j 5 the suite may empty: $ACTORGRAPH_TEST_NEO4J_URI, the local server, or a container.

    Never $ACTORGRAPH_NEO4J_URI: that is the user's graph, which the tests would clear.
    """
    uri = os.environ.get("ACTORGRAPH_TEST_NEO4J_URI")
    if uri:
        user = os.environ.get("ACTORGRAPH_TEST_NEO4J_USER", "neo4j")
        yield Neo4jTarget(uri, user, os.environ.get("ACTORGRAPH_TEST_NEO4J_PASSWORD", ""))
        return
    can_run_local = shutil.which("java") is not None and shutil.which("mvn") is not None
    if not can_run_local and _docker_answers():
        from testcontainers.neo4j import Neo4jContainer

        with Neo4jContainer("neo4j:5.26-community") as container:
            yield Neo4jTarget(container.get_connection_url(), container.username, container.password)
        return
    local = LocalNeo4j(tmp_path_factory.mktemp("neo4j-local"))
    password = local.password()
    try:
        server = local.start(password)
    except StoreUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"the local Neo4j did not start under CI: {exc}")
        pytest.skip(f"no Neo4j: ACTORGRAPH_TEST_NEO4J_URI is unset, no Docker engine answers, and {exc}")
    try:
        yield Neo4jTarget(server.uri, "neo4j", password, f"http://127.0.0.1:{server.http_port}")
    finally:
        local.stop()


@pytest.fixture(scope="session")
def neo4j_graph(neo4j_target: Neo4jTarget) -> Neo4jGraph:
    """The session's Neo4j database and what it holds."""
    return Neo4jGraph(neo4j_target)


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_target: Neo4jTarget) -> Iterator[neo4j.Driver]:
    """A driver to the session's Neo4j."""
    driver = Neo4jStore.connect(neo4j_target.uri, neo4j_target.user, neo4j_target.password)
    yield driver
    driver.close()


def backend_settings(
    backend: str, data_dir: Path, request: pytest.FixtureRequest, **overrides: object
) -> Settings:
    """Settings for `backend` (embedded store in `data_dir`, or the session's Neo4j)."""
    values: dict[str, object] = {"data_dir": data_dir, "neo4j_uri": None}
    if backend == "neo4j":
        target: Neo4jTarget = request.getfixturevalue("neo4j_target")
        values.update(neo4j_uri=target.uri, neo4j_user=target.user, neo4j_password=SecretStr(target.password))
    return Settings.model_validate({**values, **overrides})


def clean_neo4j(request: pytest.FixtureRequest) -> None:
    """Empty the session's Neo4j database (schema kept) for a test that wants a clean graph."""
    graph: Neo4jGraph = request.getfixturevalue("neo4j_graph")
    store = Neo4jStore(load_schema(), request.getfixturevalue("neo4j_driver"))
    store.clear()
    store.apply_schema()
    graph.holds = None


def cli_env(settings: Settings) -> dict[str, str | None]:
    """The environment under which `actorgraph` commands use the backend `settings` name."""
    if not settings.neo4j_uri:
        return {"ACTORGRAPH_NEO4J_URI": None}
    password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
    return {
        "ACTORGRAPH_NEO4J_URI": settings.neo4j_uri,
        "ACTORGRAPH_NEO4J_USER": settings.neo4j_user,
        "ACTORGRAPH_NEO4J_PASSWORD": password,
    }


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Each backend in turn: every test that asks for it runs on both."""
    return str(request.param)


@pytest.fixture(scope="session")
def embedded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedServer]:
    """One embedded FalkorDB server for the session (tests clear the graph, not the server)."""
    server = EmbeddedServer(tmp_path_factory.mktemp("shared-store"))
    holder = FalkorStore.embedded(load_schema(), server)  # keeps the server up between tests
    yield server
    holder.close()
    assert server.status()["running"] is False, "a test left a store open on the shared server"


@pytest.fixture
def store(backend: str, request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """A clean store with the schema applied, on each backend."""
    schema = load_schema()
    s: GraphStore
    if backend == "falkordb":
        s = FalkorStore.embedded(schema, request.getfixturevalue("embedded_server"), batch_size=3)
    else:
        clean_neo4j(request)
        s = Neo4jStore(schema, request.getfixturevalue("neo4j_driver"), batch_size=3)
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


@pytest.fixture
def clean_settings(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Settings:
    """Settings on an empty graph of each backend (a fresh data dir, or a cleared Neo4j)."""
    if backend == "neo4j":
        clean_neo4j(request)
    return backend_settings(backend, tmp_path / "var", request)
