"""Build the FastAPI app: one store per process, opened in the lifespan; one error shape."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from app import __version__
from app.api.params import NUL_MESSAGE, has_nul
from app.api.routes import (
    actors,
    articles,
    cypher,
    dashboard,
    export,
    health,
    judgements,
    paths,
    relations,
    review,
    stats,
)
from app.core.config import Settings, get_settings
from app.core.errors import (
    ActorGraphError,
    ApiError,
    InputError,
    QueryError,
    QueryTimeout,
    ReadOnlyViolation,
    SchemaError,
    StoreUnavailable,
)
from app.ingest import Ingestor
from app.review.log import JudgementLog, log_path
from app.store.factory import open_store
from app.store.topology import TopologyCache

# Errors raised on purpose, as (HTTP status, stable code); the first matching class wins.
_STATUS: list[tuple[type[ActorGraphError], int, str]] = [
    (ReadOnlyViolation, 403, "read_only"),
    (QueryTimeout, 504, "query_timeout"),
    (QueryError, 400, "invalid_query"),
    (StoreUnavailable, 503, "store_unavailable"),
    (SchemaError, 400, "unknown_name"),
    (InputError, 400, "invalid_input"),
]
_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large"}


def error_body(code: str, message: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    """The one error shape: `{"error": {"code", "message", "details"}}`."""
    return {"error": {"code": code, "message": message, "details": details or {}}}


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API app for `settings` (default: from the environment)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings
        app.state.store = open_store(settings)
        app.state.judgements = JudgementLog(log_path(settings.data_dir))
        app.state.ingestor = Ingestor(app.state.judgements)
        app.state.topology = None
        if settings.traversal == "memory" and app.state.store.write_version() is not None:
            app.state.topology = TopologyCache(app.state.store, wait_s=settings.traversal_wait_s)
            app.state.topology.refresh()  # built in the background; Cypher steps until then
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(
        title="ActorGraph",
        version=__version__,
        lifespan=lifespan,
        description="Who did what to whom, according to which source: actors, acts and the sentences "
        'that report them. Every error is `{"error": {"code", "message", "details"}}`.',
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "X-API-Key"],
        )

    @app.middleware("http")
    async def refuse_nul(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        # In the path or the query string (bodies are checked by the routes that read them).
        if has_nul(request.url.path) or has_nul(list(request.query_params.values())):
            return JSONResponse(status_code=400, content=error_body("invalid_character", NUL_MESSAGE))
        return await call_next(request)

    for module in (health, stats, actors, paths, relations, articles, cypher, export, judgements, review):
        app.include_router(module.router)
    dashboard.mount(app)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(status_code=exc.status, content=error_body(exc.code, str(exc), exc.details))

    @app.exception_handler(ActorGraphError)
    async def actorgraph_error(request: Request, exc: ActorGraphError) -> JSONResponse:
        status, code = next(
            ((s, c) for cls, s, c in _STATUS if isinstance(exc, cls)), (500, "internal_error")
        )
        return JSONResponse(status_code=status, content=error_body(code, str(exc)))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"location": list(e.get("loc", ())), "message": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        first = errors[0] if errors else {"location": [], "message": "invalid request"}
        where = ".".join(str(p) for p in first["location"])
        return JSONResponse(
            status_code=422,
            content=error_body("invalid_request", f"{where}: {first['message']}", {"errors": errors}),
        )

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
        return JSONResponse(
            status_code=exc.status_code, content=error_body(code, str(exc.detail)), headers=exc.headers
        )

    return app
