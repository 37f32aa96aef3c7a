"""The whole actor graph in a shape a dashboard can draw."""

from typing import Any

from fastapi import APIRouter

from app.api.deps import StoreDep
from app.exports import node_link

router = APIRouter(tags=["export"])


@router.get("/export", summary="Node-link JSON of every actor and act")
def export(store: StoreDep) -> dict[str, list[dict[str, Any]]]:
    """`{"nodes": [...], "edges": [...]}` for the whole actor graph."""
    return node_link(store)
