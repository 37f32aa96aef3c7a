"""Liveness and readiness."""

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from app.api.deps import SettingsDep, StoreDep

router = APIRouter(tags=["health"])


@router.get("/health", summary="Liveness: the process answers")
def health() -> dict[str, str]:
    """Always `ok` while the process serves requests."""
    return {"status": "ok"}


@router.get("/ready", summary="Readiness: the graph store answers", response_model=None)
def ready(store: StoreDep, settings: SettingsDep) -> dict[str, str] | JSONResponse:
    """`ready` with the backend name, or 503 when the store does not answer."""
    if store.ping():
        return {"status": "ready", "backend": settings.backend}
    return JSONResponse(
        status_code=503,
        content={
            "error": {
                "code": "store_unavailable",
                "message": "the graph store does not answer",
                "details": {},
            }
        },
    )
