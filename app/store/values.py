"""Nodes, relationships and paths as JSON: the one shape read-only Cypher answers in, on every backend.

    node          {"kind": "node", "id": …, "labels": [sorted], "properties": {…}}
    relationship  {"kind": "relationship", "id": …, "type": …, "start": …, "end": …, "properties": {…}}
    path          {"kind": "path", "nodes": [node, …], "relationships": [relationship, …]}

An element's `id` is its `id` property (every ActorGraph node and act has one), else the
backend's own element id as text; `start` and `end` are the ids of a relationship's nodes
in the same sense. Each adapter turns its client's values into the `GraphNode`,
`GraphRelationship` and `GraphPath` below (and anything else into plain JSON values);
`public_rows` makes the shape, so it is written once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

# Element ids of nodes a result names only as relationship ends -> their `id` property (or None).
NodeIdLookup = Callable[[list[str]], dict[str, Any]]
# Values the clients hand over as JSON already; checked by exact type, the commonest case first.
JSON_SCALARS = frozenset({str, int, float, bool, type(None)})


@dataclass(frozen=True)
class GraphNode:
    """A node as an adapter read it: the backend's element id, labels and properties."""

    element_id: str
    labels: list[str]
    properties: dict[str, Any]


@dataclass(frozen=True)
class GraphRelationship:
    """A relationship as an adapter read it; `start` and `end` are its nodes' element ids."""

    element_id: str
    type: str
    start: str
    end: str
    properties: dict[str, Any]


@dataclass(frozen=True)
class GraphPath:
    """A path as an adapter read it: its nodes in order and the relationships between them."""

    nodes: list[GraphNode]
    relationships: list[GraphRelationship]


def public_id(element_id: str, id_property: Any) -> Any:
    """The id an element is shown with: its `id` property, else the backend's element id."""
    return element_id if id_property is None else id_property


def public_rows(rows: list[dict[str, Any]], lookup: NodeIdLookup) -> list[dict[str, Any]]:
    """`rows` with every node, relationship and path (however nested) in the public shape.

    A relationship's ends are named by the nodes' ids; a node that the rows hold only as
    a relationship end is looked up, once for all rows.
    """
    ids: dict[str, Any] = {}
    ends: set[str] = set()
    for row in rows:
        _collect(row.values(), ids, ends)
    missing = sorted(ends - ids.keys())
    if missing:
        found = lookup(missing)
        ids.update({element_id: public_id(element_id, found.get(element_id)) for element_id in missing})
    return [{column: _public(value, ids) for column, value in row.items()} for row in rows]


def _collect(values: Iterable[Any], ids: dict[str, Any], ends: set[str]) -> None:
    """Record the id of every node among `values` and the ends of every relationship."""
    for value in values:
        if isinstance(value, GraphNode):
            ids[value.element_id] = public_id(value.element_id, value.properties.get("id"))
        elif isinstance(value, GraphRelationship):
            ends.update((value.start, value.end))
        elif isinstance(value, GraphPath):
            _collect(value.nodes, ids, ends)
            _collect(value.relationships, ids, ends)
        elif isinstance(value, dict):
            _collect(value.values(), ids, ends)
        elif isinstance(value, list):
            _collect(value, ids, ends)


def _public(value: Any, ids: dict[str, Any]) -> Any:
    if isinstance(value, GraphNode):
        return {
            "kind": "node",
            "id": ids[value.element_id],
            "labels": sorted(value.labels),
            "properties": value.properties,
        }
    if isinstance(value, GraphRelationship):
        return {
            "kind": "relationship",
            "id": public_id(value.element_id, value.properties.get("id")),
            "type": value.type,
            "start": ids[value.start],
            "end": ids[value.end],
            "properties": value.properties,
        }
    if isinstance(value, GraphPath):
        return {
            "kind": "path",
            "nodes": [_public(node, ids) for node in value.nodes],
            "relationships": [_public(rel, ids) for rel in value.relationships],
        }
    if isinstance(value, dict):
        return {key: _public(item, ids) for key, item in value.items()}
    if isinstance(value, list):
        return [_public(item, ids) for item in value]
    return value
