"""Exports of the graph in formats other tools read."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from app.store.base import GraphStore


def node_link(store: GraphStore) -> dict[str, list[dict[str, Any]]]:
    """The whole actor graph as `{"nodes": [...], "edges": [...]}` (node-link JSON)."""
    return {"nodes": list(store.iter_actors()), "edges": list(store.iter_relations())}


def write_node_link(store: GraphStore, out: IO[str]) -> tuple[int, int]:
    """Stream node-link JSON to `out` page by page; returns (nodes, edges) written."""
    out.write('{"nodes": [')
    nodes = _write_rows(store.iter_actors(), out)
    out.write('], "edges": [')
    edges = _write_rows(store.iter_relations(), out)
    out.write("\n]}\n")
    return nodes, edges


def _write_rows(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for count, row in enumerate(rows, start=1):
        out.write(("," if count > 1 else "") + "\n  " + json.dumps(row, ensure_ascii=False))
    return count
