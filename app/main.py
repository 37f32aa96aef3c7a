"""Build the FastAPI app: one store per process, opened in the lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app import __version__
from app.api.routes import export, health, stats
from app.core.config import Settings, get_settings
from app.core.errors import ActorGraphError, StoreUnavailable
from app.store.factory import open_store


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API app for `settings` (default: from the environment)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings
        app.state.store = open_store(settings)
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(title="ActorGraph", version=__version__, lifespan=lifespan)
    for module in (health, stats, export):
        app.include_router(module.router)

    @app.exception_handler(ActorGraphError)
    async def actorgraph_error(request: Request, exc: ActorGraphError) -> JSONResponse:
        status = 503 if isinstance(exc, StoreUnavailable) else 500
        code = "store_unavailable" if status == 503 else "internal_error"
        return JSONResponse(
            status_code=status, content={"error": {"code": code, "message": str(exc), "details": {}}}
        )

    return app
