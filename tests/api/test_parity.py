"""Parity: the sample corpus loaded into each backend is the same graph.

Every node with its labels and every property, every relationship with its type, its
ends and every property, read back from the embedded FalkorDB and from Neo4j, compared
whole. Nothing is excluded: the two dialects store the same values for the same batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from app.core.config import Settings
from app.core.lifecycle import store_session
from app.store.base import GraphStore
from tests.api.conftest import api_settings, ensure_seeded

NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
RELATIONSHIPS = (
    "MATCH (s)-[r]->(t) RETURN type(r) AS type, s.id AS source, t.id AS target, properties(r) AS props"
)


def _canonical(rows: list[dict[str, Any]]) -> list[str]:
    """Rows as sorted JSON strings, labels sorted: a graph independent of read order."""
    for row in rows:
        if "labels" in row:
            row["labels"] = sorted(row["labels"])
    return sorted(json.dumps(row, sort_keys=True) for row in rows)


def _dump(store: GraphStore) -> tuple[list[str], list[str]]:
    return _canonical(store.run_read(NODES)), _canonical(store.run_read(RELATIONSHIPS))


@pytest.fixture
def both(request: pytest.FixtureRequest) -> Iterator[tuple[GraphStore, GraphStore]]:
    falkordb_dir = ensure_seeded("falkordb", request)
    neo4j_dir = ensure_seeded("neo4j", request)
    embedded: Settings = api_settings("falkordb", falkordb_dir, request)
    with (
        store_session(embedded) as falkordb,
        store_session(api_settings("neo4j", neo4j_dir, request)) as neo4j,
    ):
        yield falkordb, neo4j


def test_the_seeds_are_the_same_graph_on_both_backends(both: tuple[GraphStore, GraphStore]) -> None:
    falkordb, neo4j = both
    (f_nodes, f_rels), (n_nodes, n_rels) = _dump(falkordb), _dump(neo4j)
    assert len(f_nodes) > 200 and len(f_rels) > 400  # the whole corpus, not an empty graph
    assert len(f_nodes) == len(n_nodes) and len(f_rels) == len(n_rels)
    only_falkordb = sorted(set(f_nodes) - set(n_nodes))[:3]
    only_neo4j = sorted(set(n_nodes) - set(f_nodes))[:3]
    assert f_nodes == n_nodes, f"nodes differ: {only_falkordb} vs {only_neo4j}"
    only_falkordb = sorted(set(f_rels) - set(n_rels))[:3]
    only_neo4j = sorted(set(n_rels) - set(f_rels))[:3]
    assert f_rels == n_rels, f"relationships differ: {only_falkordb} vs {only_neo4j}"


def test_the_comparison_sees_one_changed_property(both: tuple[GraphStore, GraphStore]) -> None:
    falkordb, _ = both
    nodes, _ = _dump(falkordb)
    changed = [json.loads(row) for row in nodes]
    changed[0]["props"]["name"] = "changed"
    assert _canonical(changed) != nodes
