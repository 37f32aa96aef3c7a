"""The one graph-store layer: a shared interface with a Neo4j and an embedded FalkorDB adapter."""

from app.store.base import GraphStore

__all__ = ["GraphStore"]
