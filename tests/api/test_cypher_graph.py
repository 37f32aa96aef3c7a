"""POST /cypher with graph answers: nodes, relationships and paths in one JSON shape on both
backends, the same JSON from each, and a 504 at the time limit."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.core.errors import QueryTimeout, StoreError
from app.main import create_app
from app.store.base import GraphStore
from app.store.models import GraphBatch
from app.store.neo4j import _within
from tests.conftest import backend_settings, clean_neo4j

BATCH = Path(__file__).parent.parent / "fixtures" / "graph_batch.json"
ACTOR_IDS = ["azerbaijan", "igor-kartavykh", "nikolai-valuev", "russia", "sputnik-azerbaijan"]
# Statements whose answers hold no element ids (every node and act has an `id` property),
# so both backends must give the same JSON; each orders its rows.
PARITY = {
    "nodes": "MATCH (a:Actor) RETURN a ORDER BY a.id",
    "relationships": "MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r ORDER BY r.id",
    "paths": "MATCH p = (:Actor)-[r]->(:Actor) RETURN p ORDER BY r.id",
    "list of nodes": "MATCH (a:Actor) WITH a ORDER BY a.id RETURN collect(a) AS actors",
    "map with graph values": "MATCH (a:Actor)-[r]->(b:Actor) "
    "RETURN {act: r, source: a, target: b.name} AS m ORDER BY r.id",
    "evidence and articles": "MATCH (e:Evidence)-[:FROM]->(d:Article) RETURN e, d ORDER BY e.id",
}
SLOW = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n"


def graph_client(settings: Settings) -> TestClient:
    """A client of the API over `settings`' store (not yet entered)."""
    return TestClient(create_app(settings))


def store_of(client: TestClient) -> GraphStore:
    """The store the app opened (writes go through it: POST /cypher only reads)."""
    store: GraphStore = client.app.state.store
    return store


def load_batch(client: TestClient) -> None:
    store_of(client).write_batch(GraphBatch.model_validate(json.loads(BATCH.read_text())))


@pytest.fixture
def client(clean_settings: Settings) -> Iterator[TestClient]:
    """The API over the small test graph, on each backend."""
    with graph_client(clean_settings) as test_client:
        load_batch(test_client)
        yield test_client


def rows(client: TestClient, query: str, **params: Any) -> list[dict[str, Any]]:
    response = client.post("/cypher", json={"query": query, "params": params})
    assert response.status_code == 200, response.text
    result: list[dict[str, Any]] = response.json()["rows"]
    return result


def test_a_node_comes_back_with_its_id_labels_and_properties(client: TestClient) -> None:
    [row] = rows(client, "MATCH (a:Actor {id: $id}) RETURN a", id="azerbaijan")
    node = row["a"]
    assert set(node) == {"kind", "id", "labels", "properties"}
    assert node["kind"] == "node"
    assert node["id"] == "azerbaijan"
    assert node["labels"] == ["Actor", "State"]
    assert node["properties"]["name"] == "Azerbaijan"
    assert node["properties"]["aliases"] == ["Baku"]


def test_a_relationship_names_its_ends_even_when_they_are_not_returned(client: TestClient) -> None:
    [row] = rows(client, "MATCH ()-[r:BANNED]->() RETURN r")
    assert row["r"] == {
        "kind": "relationship",
        "id": "act-banned-1",
        "type": "BANNED",
        "start": "azerbaijan",
        "end": "nikolai-valuev",
        "properties": row["r"]["properties"],
    }
    assert row["r"]["properties"]["status"] == "alleged"
    assert row["r"]["properties"]["evidence_ids"] == ["ev-2"]


def test_a_relationship_without_an_id_property_is_shown_by_its_element_id(client: TestClient) -> None:
    query = "MATCH (:Article)-[m:MENTIONS]->(a:Actor {id: 'nikolai-valuev'}) RETURN m"
    [row] = rows(client, query)
    mention = row["m"]
    assert mention["kind"] == "relationship" and mention["type"] == "MENTIONS"
    assert isinstance(mention["id"], str) and mention["id"]
    assert (mention["start"], mention["end"]) == ("art-1", "nikolai-valuev")
    assert mention["properties"] == {}


def test_a_node_without_an_id_property_is_shown_by_its_element_id_labels_sorted(client: TestClient) -> None:
    store_of(client).run_write("CREATE (:Zeta:Alpha {name: 'no id'})")
    [row] = rows(client, "MATCH (n:Zeta) RETURN n")
    node = row["n"]
    assert isinstance(node["id"], str) and node["id"]
    assert node["labels"] == ["Alpha", "Zeta"]
    assert node["properties"] == {"name": "no id"}


def test_a_path_comes_back_as_its_nodes_and_relationships(client: TestClient) -> None:
    query = "MATCH p = (:Actor {id: 'igor-kartavykh'})-[:MEMBER_OF]->(:Outlet)-[:PART_OF]->(:State) RETURN p"
    [row] = rows(client, query)
    path = row["p"]
    assert set(path) == {"kind", "nodes", "relationships"}
    assert path["kind"] == "path"
    assert [n["id"] for n in path["nodes"]] == ["igor-kartavykh", "sputnik-azerbaijan", "russia"]
    assert [n["labels"] for n in path["nodes"]] == [
        ["Actor", "Person"],
        ["Actor", "Outlet"],
        ["Actor", "State"],
    ]
    hops = [(r["kind"], r["id"], r["type"], r["start"], r["end"]) for r in path["relationships"]]
    assert hops == [
        ("relationship", "aff-1", "MEMBER_OF", "igor-kartavykh", "sputnik-azerbaijan"),
        ("relationship", "aff-2", "PART_OF", "sputnik-azerbaijan", "russia"),
    ]


def test_a_path_walked_backwards_keeps_each_relationship_s_own_direction(client: TestClient) -> None:
    query = "MATCH p = (:Actor {id: 'nikolai-valuev'})<-[:BANNED]-(:Actor) RETURN p"
    [row] = rows(client, query)
    assert [n["id"] for n in row["p"]["nodes"]] == ["nikolai-valuev", "azerbaijan"]
    [banned] = row["p"]["relationships"]
    assert (banned["start"], banned["end"]) == ("azerbaijan", "nikolai-valuev")


def test_a_list_of_nodes_comes_back_as_nodes(client: TestClient) -> None:
    [row] = rows(client, "MATCH (a:Actor) RETURN collect(a) AS actors")
    actors = row["actors"]
    assert {a["kind"] for a in actors} == {"node"}
    assert sorted(a["id"] for a in actors) == ACTOR_IDS
    assert all("Actor" in a["labels"] and a["properties"]["id"] == a["id"] for a in actors)


def test_a_map_holding_a_node_keeps_its_other_values(client: TestClient) -> None:
    query = "MATCH (a:Actor {id: 'igor-kartavykh'}) RETURN {actor: a, name: a.name, n: 1} AS m"
    [row] = rows(client, query)
    m = row["m"]
    assert set(m) == {"actor", "name", "n"}
    assert (m["name"], m["n"]) == ("Igor Kartavykh", 1)
    assert (m["actor"]["kind"], m["actor"]["id"]) == ("node", "igor-kartavykh")
    assert m["actor"]["labels"] == ["Actor", "Person"]


def test_scalar_answers_are_unchanged(client: TestClient) -> None:
    body = client.post(
        "/cypher", json={"query": "MATCH (a:Actor {id: 'russia'}) RETURN a.name AS name, 1 AS one"}
    )
    assert body.json() == {
        "columns": ["name", "one"],
        "rows": [{"name": "Russia", "one": 1}],
        "truncated": False,
    }


def test_a_slow_statement_answers_504_at_its_time_limit(clean_settings: Settings) -> None:
    settings = clean_settings.model_copy(update={"cypher_timeout_s": 1.0})
    with graph_client(settings) as client:
        started = time.monotonic()
        response = client.post("/cypher", json={"query": SLOW})
        elapsed = time.monotonic() - started
    assert response.status_code == 504, response.text
    assert response.json()["error"]["code"] == "query_timeout"
    assert 0.9 <= elapsed < 3.0, f"answered after {elapsed:.2f} s"


def test_both_backends_give_the_same_json(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    answers: dict[str, dict[str, Any]] = {}
    for backend in ("falkordb", "neo4j"):
        if backend == "neo4j":
            clean_neo4j(request)
        with graph_client(backend_settings(backend, tmp_path / backend, request)) as client:
            load_batch(client)
            answers[backend] = {name: rows(client, query) for name, query in PARITY.items()}
    falkordb, neo4j = answers["falkordb"], answers["neo4j"]
    assert all(falkordb[name] for name in PARITY), falkordb  # every statement found something
    for name in PARITY:
        assert falkordb[name] == neo4j[name], name


# -- the deadline when a server runs on past its own limit ------------------------------
def test_neo4j_reads_are_given_up_at_the_deadline() -> None:
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        _within(0.2, lambda: time.sleep(3))
    assert time.monotonic() - started < 1.5
    assert _within(1.0, lambda: [1]) == [1]


def test_neo4j_read_errors_reach_the_caller() -> None:
    def fails() -> None:
        raise StoreError("boom")

    with pytest.raises(StoreError, match="boom"):
        _within(1.0, fails)


def test_falkordb_answers_504_at_the_limit_when_its_server_runs_on(settings: Settings) -> None:
    # FalkorDB checks its limit between steps; building this list is one step of seconds.
    overrun = "RETURN reduce(s = 0, x IN range(1, 10000000) | s + x) AS n"
    with graph_client(settings.model_copy(update={"cypher_timeout_s": 0.1})) as client:
        load_batch(client)
        started = time.monotonic()
        response = client.post("/cypher", json={"query": overrun})
        elapsed = time.monotonic() - started
        assert response.status_code == 504, response.text
        assert elapsed < 1.0, f"answered after {elapsed:.2f} s"
        # The connection given up on is dropped; the next statement gets a working one.
        assert rows(client, "MATCH (a:Actor {id: 'russia'}) RETURN a.name AS name") == [{"name": "Russia"}]
