"""A data dir holding the sample corpus, loaded once, and clients of the API over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
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
