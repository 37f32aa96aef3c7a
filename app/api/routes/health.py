"""Liveness and readiness."""

from fastapi import APIRouter

from app.api import examples
from app.api.deps import SettingsDep, StoreDep
from app.core.errors import StoreUnavailable

router = APIRouter(tags=["health"])


@router.get("/health", summary="Liveness: the process answers")
def health() -> dict[str, str]:
    """Always `ok` while the process serves requests."""
    return {"status": "ok"}


@router.get("/ready", summary="Readiness: the graph store answers", responses=examples.errors(503))
def ready(store: StoreDep, settings: SettingsDep) -> dict[str, str]:
    """`ready` with the backend name, or 503 when the store does not answer."""
    if store.ping():
        return {"status": "ready", "backend": settings.backend}
    raise StoreUnavailable("the graph store does not answer")
