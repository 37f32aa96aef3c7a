"""POST /cypher: rows for reads, 403 for every kind of write, and the graph unchanged."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

WRITES = {
    "CREATE": "CREATE (:Actor {id: 'intruder'})",
    "MERGE": "MERGE (a:Actor {id: 'intruder'}) RETURN a",
    "SET": "MATCH (a:Actor {id: 'russia'}) SET a.name = 'x' RETURN a",
    "DELETE": "MATCH (a:Actor {id: 'russia'}) DETACH DELETE a",
    "REMOVE": "MATCH (a:Actor {id: 'russia'}) REMOVE a.name RETURN a",
    "LOAD CSV": "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "load csv, lower case": "load   csv with headers from 'https://example.org/x.csv' as row return row",
    "FOREACH": "MATCH (a:Actor) FOREACH (x IN [1] | SET a.touched = true)",
    "index creation": "CREATE INDEX FOR (a:Actor) ON (a.touched)",
    "write after a read": "MATCH (a:Actor) WITH a LIMIT 1 CREATE (:Actor {id: 'intruder'})",
}
# A procedure that writes, from each backend's own catalogue (neither knows the other's).
WRITING_PROCEDURE = {
    "falkordb": "CALL db.idx.fulltext.drop('Actor')",
    "neo4j": "CALL db.createLabel('Intruder')",
}


def _fingerprint(client: TestClient) -> tuple[object, ...]:
    stats = client.get("/stats").json()
    russia = client.get("/actors/russia").json()
    search = client.get("/actors", params={"q": "sputnik"}).json()["data"]
    return stats["nodes"], stats["relationships"], russia["name"], [h["id"] for h in search]


@pytest.mark.parametrize("statement", list(WRITES.values()), ids=list(WRITES))
def test_writes_are_refused_and_the_graph_is_unchanged(client: TestClient, statement: str) -> None:
    before = _fingerprint(client)
    response = client.post("/cypher", json={"query": statement})
    assert response.status_code == 403, response.text
    assert response.json()["error"]["code"] == "read_only"
    assert _fingerprint(client) == before


def test_a_writing_procedure_is_refused(client: TestClient, backend: str) -> None:
    test_writes_are_refused_and_the_graph_is_unchanged(client, WRITING_PROCEDURE[backend])


def test_load_csv_inside_a_string_is_not_mistaken_for_a_write(client: TestClient) -> None:
    response = client.post("/cypher", json={"query": "RETURN 'LOAD CSV' AS text"})
    assert response.status_code == 200
    assert response.json()["rows"] == [{"text": "LOAD CSV"}]


def test_reads_take_parameters_and_return_rows(client: TestClient) -> None:
    query = "MATCH (a:Actor {id: $id})-[:BANNED]->(b:Actor) RETURN b.id AS banned ORDER BY banned"
    body = client.post("/cypher", json={"query": query, "params": {"id": "azerbaijan"}}).json()
    assert body["columns"] == ["banned"]
    assert "nikolai-valuev" in [r["banned"] for r in body["rows"]]
    assert body["truncated"] is False


def test_rows_are_capped(client: TestClient) -> None:
    body = client.post("/cypher", json={"query": "MATCH (a:Actor) RETURN a.id AS id", "limit": 3}).json()
    assert len(body["rows"]) == 3
    assert body["truncated"] is True


def test_a_bad_statement_is_a_400_not_a_500(client: TestClient) -> None:
    response = client.post("/cypher", json={"query": "MATCH (a:Actor RETURN a"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_query"


def test_an_empty_or_oversized_statement_is_a_422(client: TestClient) -> None:
    assert client.post("/cypher", json={"query": ""}).status_code == 422
    assert client.post("/cypher", json={"query": "RETURN 1 " + "x" * 20_001}).status_code == 422


@pytest.mark.parametrize("params", [{"": 1}, {"a b": 1}, {"x": {"k) RETURN 1 //": 1}}, {"x": [{"1a": 2}]}])
def test_parameter_names_must_be_identifiers(client: TestClient, params: dict) -> None:
    response = client.post("/cypher", json={"query": "RETURN 1 AS one", "params": params})
    assert response.status_code == 422
