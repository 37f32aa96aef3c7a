"""GET /export in the three formats, each read back; CORS for a dashboard on another origin."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable

import networkx as nx
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.exports import ACT_HEADER, ACTOR_HEADER
from app.main import create_app


def test_json_export_edges_join_nodes(client: TestClient) -> None:
    graph = client.get("/export").json()
    ids = {n["id"] for n in graph["nodes"]}
    assert graph["edges"] and all(e["source"] in ids and e["target"] in ids for e in graph["edges"])


def test_cytoscape_export_reads_back_in_networkx(client: TestClient) -> None:
    response = client.get("/export", params={"format": "cytoscape"})
    assert 'filename="actorgraph.cyjs"' in response.headers["content-disposition"]
    document = response.json()
    graph = nx.cytoscape_graph(document)
    stats = client.get("/stats").json()
    acts = sum(n for t, n in stats["relationships"].items() if t not in {"MENTIONS", "FROM"})
    assert graph.number_of_nodes() == stats["nodes"]["Actor"]
    assert graph.number_of_edges() == acts
    assert graph.nodes["sputnik-azerbaijan"]["kind"] == "Outlet"
    detained = graph.get_edge_data("azerbaijan-police", "igor-kartavykh")
    assert any(d["interaction"] == "DETAINED" and d["evidence_count"] >= 1 for d in detained.values())


def test_graphml_export_reads_back_in_networkx(client: TestClient) -> None:
    response = client.get("/export", params={"format": "graphml"})
    assert response.headers["content-type"].startswith("application/graphml+xml")
    graph = nx.read_graphml(io.BytesIO(response.content))
    stats = client.get("/stats").json()
    assert graph.number_of_nodes() == stats["nodes"]["Actor"]
    assert graph.nodes["azerbaijan"]["kind"] == "State"
    assert graph.nodes["azerbaijan"]["curated"] is True
    banned = [(s, t) for s, t, d in graph.edges(data=True) if d["type"] == "BANNED" and s == "azerbaijan"]
    assert ("azerbaijan", "nikolai-valuev") in banned


def test_csv_export_has_neo4j_admin_import_headers(client: TestClient) -> None:
    response = client.get("/export", params={"format": "csv"})
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert sorted(archive.namelist()) == ["actors.csv", "acts.csv"]
    actors = list(csv.reader(io.TextIOWrapper(archive.open("actors.csv"), encoding="utf-8")))
    acts = list(csv.reader(io.TextIOWrapper(archive.open("acts.csv"), encoding="utf-8")))
    assert actors[0] == ACTOR_HEADER and acts[0] == ACT_HEADER
    assert actors[0][0] == "id:ID(Actor)" and acts[0][:3] == [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"]
    ids = {row[0] for row in actors[1:]}
    assert all(row[0] in ids and row[1] in ids for row in acts[1:])
    assert {row[-1] for row in actors[1:]} >= {"Actor;State", "Actor;Person"}


def test_unknown_export_format_is_a_422(client: TestClient) -> None:
    assert client.get("/export", params={"format": "xml"}).status_code == 422


def test_cors_allows_only_the_configured_origin(seeded: Callable[..., Settings]) -> None:
    settings = seeded(cors_origins=["http://dashboard.example"])
    with TestClient(create_app(settings)) as client:
        allowed = client.get("/health", headers={"Origin": "http://dashboard.example"})
        other = client.get("/health", headers={"Origin": "http://elsewhere.example"})
        preflight = client.options(
            "/articles",
            headers={"Origin": "http://dashboard.example", "Access-Control-Request-Method": "POST",
                     "Access-Control-Request-Headers": "X-API-Key"},
        )  # fmt: skip
    assert allowed.headers["access-control-allow-origin"] == "http://dashboard.example"
    assert "access-control-allow-origin" not in other.headers
    assert preflight.status_code == 200
