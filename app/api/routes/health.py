"""Liveness and readiness."""

from fastapi import APIRouter

from app.api import examples
from app.api.deps import SettingsDep, StoreDep, TopologyDep
from app.core.errors import StoreUnavailable

router = APIRouter(tags=["health"])


@router.get("/health", summary="Liveness: the process answers")
def health() -> dict[str, str]:
    """Always `ok` while the process serves requests."""
    return {"status": "ok"}


@router.get("/ready", summary="Readiness: the graph store answers", responses=examples.errors(503))
def ready(store: StoreDep, settings: SettingsDep, topology: TopologyDep) -> dict[str, str]:
    """`ready` with the backend name, or 503 when the store does not answer.

    `traversal` says how neighbourhoods and paths are searched right now: `memory` (the
    in-memory act graph is current), `building` or `stale` (Cypher steps until it is), or
    `cypher` (no in-memory act graph: Neo4j, or `ACTORGRAPH_TRAVERSAL=cypher`).
    """
    if store.ping():
        state = topology.state if topology is not None else "off"
        traversal = {"ready": "memory", "off": "cypher"}.get(state, state)
        return {"status": "ready", "backend": settings.backend, "traversal": traversal}
    raise StoreUnavailable("the graph store does not answer")
