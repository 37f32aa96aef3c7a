"""Dependencies routes receive: the settings, the process's one store, a reader over it, the
judgement log, the write key.

They only read app state, so they are `async def`: FastAPI runs a plain `def` dependency
in its thread pool, a thread hop per dependency per request for no I/O at all.
"""

from __future__ import annotations

import secrets
from typing import Annotated, TypeVar

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader

from app.core.config import Settings
from app.core.errors import ApiError
from app.review.log import JudgementLog
from app.store.base import GraphStore
from app.store.reader import GraphReader
from app.store.topology import TopologyCache


async def get_store(request: Request) -> GraphStore:
    """The store opened in the app's lifespan."""
    store: GraphStore = request.app.state.store
    return store


async def get_app_settings(request: Request) -> Settings:
    """The settings the app was built with."""
    settings: Settings = request.app.state.settings
    return settings


async def get_topology(request: Request) -> TopologyCache | None:
    """The process's in-memory act graph, when traversals use one."""
    topology: TopologyCache | None = request.app.state.topology
    return topology


async def get_judgements(request: Request) -> JudgementLog:
    """The data dir's judgement log."""
    log: JudgementLog = request.app.state.judgements
    return log


StoreDep = Annotated[GraphStore, Depends(get_store)]
JudgementsDep = Annotated[JudgementLog, Depends(get_judgements)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
TopologyDep = Annotated[TopologyCache | None, Depends(get_topology)]


async def get_reader(store: StoreDep, settings: SettingsDep, topology: TopologyDep) -> GraphReader:
    """Read-side queries over the process's store, bounded by the configured caps."""
    return GraphReader(
        store,
        step_cap=settings.neighbourhood_step_cap,
        path_step_cap=settings.path_step_cap,
        path_frontier_cap=settings.path_frontier_cap,
        topology=topology,
    )


ReaderDep = Annotated[GraphReader, Depends(get_reader)]

_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="Needed by every write.")


async def require_write_key(
    settings: SettingsDep, key: Annotated[str | None, Security(_api_key_header)]
) -> None:
    """Let a write through only with the configured key; with no key configured, refuse every write."""
    if settings.api_key is None or not settings.api_key.get_secret_value():
        raise ApiError(403, "writes_disabled", "writes are disabled: the server has no ACTORGRAPH_API_KEY")
    if key is None:
        raise ApiError(401, "missing_api_key", "this write needs an X-API-Key header")
    if not secrets.compare_digest(key.encode(), settings.api_key.get_secret_value().encode()):
        raise ApiError(401, "invalid_api_key", "the X-API-Key header does not match the server's key")


WriteKey = Depends(require_write_key)

T = TypeVar("T")


def found(value: T | None, what: str, ident: str) -> T:
    """`value`, or a 404 in the one error shape naming what was not found."""
    if value is None:
        raise ApiError(404, "not_found", f"no {what} with id {ident!r}")
    return value
