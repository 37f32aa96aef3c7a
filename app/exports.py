"""Exports of the graph in formats other tools read."""

from __future__ import annotations

import json
from typing import IO, Any

from app.store.base import GraphStore


def node_link(store: GraphStore) -> dict[str, list[dict[str, Any]]]:
    """The whole actor graph as `{"nodes": [...], "edges": [...]}` (node-link JSON)."""
    return {"nodes": list(store.iter_actors()), "edges": list(store.iter_relations())}


def write_node_link(store: GraphStore, out: IO[str]) -> tuple[int, int]:
    """Stream node-link JSON to `out` page by page; returns (nodes, edges) written."""
    counts = [0, 0]
    out.write('{"nodes": [')
    for i, (key, rows) in enumerate((("nodes", store.iter_actors()), ("edges", store.iter_relations()))):
        if key == "edges":
            out.write('], "edges": [')
        for n, row in enumerate(rows):
            out.write(("," if n else "") + "\n  " + json.dumps(row, ensure_ascii=False))
            counts[i] += 1
    out.write("\n]}\n")
    return counts[0], counts[1]
