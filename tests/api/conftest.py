"""A data dir holding the sample corpus, loaded once, and clients of the API over it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app import ROOT
from app.core.config import Settings
from app.core.lifecycle import store_session
from app.main import create_app
from loaders.pipeline import load_paths

API_KEY = "test-write-key"


@pytest.fixture(scope="session")
def seeded_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with the seeds loaded; tests that use it only read."""
    data_dir = tmp_path_factory.mktemp("seeded") / "var"
    with store_session(Settings(data_dir=data_dir, neo4j_uri=None)) as store:
        load_paths([ROOT / "data" / "seeds"], store)
    return data_dir


def api_settings(data_dir: Path, **overrides: object) -> Settings:
    """Settings for an API on `data_dir` with a write key (overridable)."""
    values: dict[str, object] = {"data_dir": data_dir, "neo4j_uri": None, "api_key": SecretStr(API_KEY)}
    return Settings.model_validate({**values, **overrides})


@pytest.fixture(scope="module")
def client(seeded_dir: Path) -> Iterator[TestClient]:
    """The API over the seeded graph."""
    with TestClient(create_app(api_settings(seeded_dir))) as test_client:
        yield test_client


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def live_url(seeded_dir: Path) -> Iterator[str]:
    """The API served by uvicorn on a free port over the seeded graph, so requests cross real HTTP."""
    port = _free_port()
    config = uvicorn.Config(
        create_app(api_settings(seeded_dir)), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the API did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)
