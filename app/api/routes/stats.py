"""Counts of what the graph holds."""

from fastapi import APIRouter

from app.api.deps import StoreDep
from app.store.models import GraphCounts

router = APIRouter(tags=["stats"])


@router.get("/stats", summary="Node counts by label, relationship counts by type")
def stats(store: StoreDep) -> GraphCounts:
    """Counts of nodes per label and relationships per type."""
    return store.counts()
