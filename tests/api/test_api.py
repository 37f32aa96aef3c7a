"""Every read endpoint on each backend loaded with the sample corpus."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.main import create_app


def test_health_and_ready(client: TestClient, backend: str) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    ready = client.get("/ready").json()
    assert ready["status"] == "ready"
    assert ready["backend"] == backend
    client.get("/actors/azerbaijan/neighbourhood")  # waits for the in-memory act graph
    # Only the embedded store keeps the write version an in-memory copy needs; Neo4j steps in Cypher.
    expected = "memory" if backend == "falkordb" else "cypher"
    assert client.get("/ready").json()["traversal"] == expected


def test_ready_says_cypher_when_traversals_step_in_cypher(seeded: Callable[..., Settings]) -> None:
    with TestClient(create_app(seeded(traversal="cypher"))) as stepping:
        assert stepping.get("/ready").json()["traversal"] == "cypher"


def test_stats_counts_the_loaded_corpus(client: TestClient) -> None:
    stats = client.get("/stats").json()
    assert stats["nodes"]["Article"] == 12
    assert stats["nodes"]["Actor"] > 100


def test_unknown_route_uses_the_error_shape(client: TestClient) -> None:
    response = client.get("/nope")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


# -- search ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("zelenskyy", "volodymyr-zelensky"),
        ("hajizada", "aykhan-hajizada"),
        ("sputnik azerbaijan", "sputnik-azerbaijan"),
        ("SPUTNIK AZERBAÏJAN", "sputnik-azerbaijan"),
        ("sputnk azerbaijn", "sputnik-azerbaijan"),  # two typos
        ("Yevgeniy Belousov", "yevgeny-belousov"),
        ("kremlin", "russia"),
    ],
)
def test_search_finds_the_right_actor_first(client: TestClient, q: str, expected: str) -> None:
    hits = client.get("/actors", params={"q": q}).json()["data"]
    assert hits, f"nothing found for {q!r}"
    assert hits[0]["id"] == expected


def test_search_ranks_the_exact_name_above_longer_ones(client: TestClient) -> None:
    hits = client.get("/actors", params={"q": "sputnik"}).json()["data"]
    assert [h["id"] for h in hits[:2]] == ["sputnik", "sputnik-azerbaijan"]
    assert hits[0]["score"] > hits[1]["score"]


def test_search_filters_by_kind_and_pages(client: TestClient) -> None:
    states = client.get("/actors", params={"q": "azerbaijan", "kind": "State"}).json()["data"]
    assert states and all(h["kind"] == "State" for h in states)
    listing = client.get("/actors", params={"kind": "Person", "limit": 5, "offset": 5}).json()
    first = client.get("/actors", params={"kind": "Person", "limit": 5}).json()
    assert len(listing["data"]) == 5 and all(h["kind"] == "Person" for h in listing["data"])
    assert not {h["id"] for h in listing["data"]} & {h["id"] for h in first["data"]}


def test_search_with_nothing_searchable_is_empty(client: TestClient) -> None:
    assert client.get("/actors", params={"q": "!!!"}).json()["data"] == []
    assert client.get("/actors", params={"q": "qqqqzzzzxxxx"}).json()["data"] == []


def test_search_rejects_an_unknown_kind(client: TestClient) -> None:
    response = client.get("/actors", params={"q": "x", "kind": "Planet"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"


# -- actor ------------------------------------------------------------------------------
def test_actor_detail_counts_acts_by_type_and_direction(client: TestClient) -> None:
    actor = client.get("/actors/azerbaijan").json()
    assert actor["kind"] == "State"
    banned_out = [c for c in actor["act_counts"] if c["type"] == "BANNED" and c["direction"] == "out"]
    assert banned_out and banned_out[0]["count"] >= 3
    assert actor["first_act"] <= actor["last_act"]


def test_actor_detail_lists_roles(client: TestClient) -> None:
    actor = client.get("/actors/igor-kartavykh").json()
    assert {r["of"] for r in actor["roles"]} >= {"sputnik-azerbaijan"}


def test_unknown_actor_is_a_404(client: TestClient) -> None:
    response = client.get("/actors/nobody-at-all")
    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "not_found", "message": "no actor with id 'nobody-at-all'", "details": {}}
    }


# -- neighbourhood --------------------------------------------------------------------
def test_neighbourhood_edges_join_its_nodes(client: TestClient) -> None:
    hood = client.get("/actors/sputnik-azerbaijan/neighbourhood").json()
    ids = {n["id"] for n in hood["nodes"]}
    assert hood["nodes"][0]["id"] == "sputnik-azerbaijan"
    assert hood["edges"] and all(e["source"] in ids and e["target"] in ids for e in hood["edges"])
    assert all("sputnik-azerbaijan" in (e["source"], e["target"]) for e in hood["edges"])
    assert all(e["evidence_count"] >= 1 for e in hood["edges"])
    assert hood["truncated"] is False


def test_deeper_neighbourhood_is_a_superset(client: TestClient) -> None:
    one = client.get("/actors/sputnik-azerbaijan/neighbourhood", params={"depth": 1}).json()
    two = client.get("/actors/sputnik-azerbaijan/neighbourhood", params={"depth": 2}).json()
    assert {n["id"] for n in one["nodes"]} < {n["id"] for n in two["nodes"]}


def test_neighbourhood_direction_and_type_filters(client: TestClient) -> None:
    out = client.get(
        "/actors/azerbaijan/neighbourhood", params={"direction": "out", "types": ["BANNED"]}
    ).json()
    assert out["edges"] and all(e["source"] == "azerbaijan" and e["type"] == "BANNED" for e in out["edges"])
    incoming = client.get("/actors/azerbaijan/neighbourhood", params={"direction": "in"}).json()
    assert incoming["edges"] and all(e["target"] == "azerbaijan" for e in incoming["edges"])


def test_neighbourhood_date_window_compares_at_each_acts_precision(client: TestClient) -> None:
    hood = client.get(
        "/actors/ukraine/neighbourhood",
        params={"types": ["AIDED"], "since": "2025-08-01", "until": "2025-08-31"},
    ).json()
    assert hood["edges"] and all(e["date"] and e["date"][:7] == "2025-08" for e in hood["edges"])
    month = client.get(
        "/actors/ukraine/neighbourhood", params={"since": "2025-08-15", "until": "2025-08-15"}
    ).json()
    assert all(e["date"] in ("2025", "2025-08", "2025-08-15") for e in month["edges"])


def test_neighbourhood_limit_truncates_and_says_so(client: TestClient) -> None:
    hood = client.get("/actors/azerbaijan/neighbourhood", params={"limit": 3}).json()
    assert len(hood["nodes"]) == 3
    assert hood["truncated"] is True


def test_neighbourhood_bounds_are_enforced(client: TestClient) -> None:
    assert client.get("/actors/azerbaijan/neighbourhood", params={"depth": 4}).status_code == 422
    assert client.get("/actors/azerbaijan/neighbourhood", params={"limit": 1001}).status_code == 422
    assert client.get("/actors/azerbaijan/neighbourhood", params={"since": "June"}).status_code == 422
    assert client.get("/actors/nobody/neighbourhood").status_code == 404


# -- paths --------------------------------------------------------------------------------
def _check_path(path: dict, source: str, target: str) -> None:
    nodes = [n["id"] for n in path["nodes"]]
    assert nodes[0] == source and nodes[-1] == target
    assert path["length"] == len(path["hops"]) == len(nodes) - 1
    for hop, (a, b) in zip(path["hops"], itertools.pairwise(nodes), strict=True):
        assert (hop["source"], hop["target"]) == (a, b)
        act = hop["act"]
        assert {act["source"], act["target"]} == {a, b}
        assert hop["forward"] == (act["source"] == a)
        assert hop["evidence"]["sentence"]
        assert hop["evidence"]["pattern"].startswith(f"{act['type']}:")  # the rule that read it


def test_how_a_detained_sputnik_editor_is_connected_to_russia(client: TestClient) -> None:
    answer = client.get(
        "/paths", params={"from": "igor-kartavykh", "to": "russia", "mode": "all_shortest"}
    ).json()
    assert answer["paths"]
    lengths = {p["length"] for p in answer["paths"]}
    assert len(lengths) == 1  # all shortest: one length
    for path in answer["paths"]:
        _check_path(path, "igor-kartavykh", "russia")
    via = {n["id"] for p in answer["paths"] for n in p["nodes"]}
    assert "sputnik-azerbaijan" in via or "sputnik" in via


def test_shortest_mode_returns_one_path(client: TestClient) -> None:
    answer = client.get("/paths", params={"from": "nikolai-valuev", "to": "ukraine"}).json()
    assert len(answer["paths"]) == 1
    _check_path(answer["paths"][0], "nikolai-valuev", "ukraine")


def test_directed_paths_follow_acts_as_they_point(client: TestClient) -> None:
    answer = client.get(
        "/paths", params={"from": "azerbaijan", "to": "nikolai-valuev", "direction": "out"}
    ).json()
    assert answer["paths"] and all(h["forward"] for p in answer["paths"] for h in p["hops"])
    back = client.get(
        "/paths", params={"from": "nikolai-valuev", "to": "azerbaijan", "direction": "out"}
    ).json()
    assert all(h["forward"] for p in back["paths"] for h in p["hops"])


def test_no_path_is_an_empty_list(client: TestClient) -> None:
    answer = client.get("/paths", params={"from": "nikolai-valuev", "to": "ukraine", "types": ["APOLOGIZED"]})
    assert answer.status_code == 200
    assert answer.json()["paths"] == []


def test_path_to_an_unknown_actor_is_a_404(client: TestClient) -> None:
    response = client.get("/paths", params={"from": "nikolai-valuev", "to": "nobody"})
    assert response.status_code == 404
    assert response.json()["error"]["details"] == {"missing": ["nobody"]}


def test_path_bounds_are_enforced(client: TestClient) -> None:
    assert client.get("/paths", params={"from": "a", "to": "b", "max_hops": 7}).status_code == 422
    assert client.get("/paths", params={"from": "a"}).status_code == 422


# -- relations ----------------------------------------------------------------------------
def test_which_actors_did_azerbaijan_ban_and_which_articles_say_so(client: TestClient) -> None:
    acts = client.get("/relations", params={"source": "azerbaijan", "types": ["BANNED"]}).json()["data"]
    assert {"nikolai-valuev", "vitaly-milonov", "konstantin-zatulin"} <= {a["target"] for a in acts}
    for act in acts:
        assert act["evidence"] and all(e["article_id"] and e["article_title"] for e in act["evidence"])


def test_who_aided_ukraine_when_and_with_what(client: TestClient) -> None:
    acts = client.get("/relations", params={"target": "ukraine", "types": ["AIDED"]}).json()["data"]
    by_date = {a["date"]: a for a in acts if a["source"] == "ilham-aliyev"}
    assert by_date["2025-08-11"]["amount_usd"] == 2_000_000
    assert by_date["2025-02-05"]["amount_usd"] == 1_000_000
    dates = [a["date"] or "" for a in acts]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_evidence_offsets_slice_the_stored_article_text(client: TestClient) -> None:
    acts = client.get("/relations", params={"types": ["DETAINED"]}).json()["data"]
    relation = client.get(f"/relations/{acts[0]['id']}").json()
    assert relation["id"] == acts[0]["id"]
    for evidence in relation["evidence"]:
        article = client.get(f"/articles/{evidence['article_id']}").json()
        assert article["text"][evidence["start"] : evidence["end"]] == evidence["sentence"]
        assert evidence["pattern"].startswith("DETAINED:")  # the rule that read it


def test_relations_filter_by_status_and_page(client: TestClient) -> None:
    alleged = client.get("/relations", params={"status": ["alleged"]}).json()["data"]
    assert all(a["status"] == "alleged" for a in alleged)
    first = client.get("/relations", params={"limit": 5}).json()["data"]
    second = client.get("/relations", params={"limit": 5, "offset": 5}).json()["data"]
    assert len(first) == len(second) == 5
    assert not {a["id"] for a in first} & {a["id"] for a in second}


def test_unknown_relation_is_a_404(client: TestClient) -> None:
    assert client.get("/relations/nope").status_code == 404


# -- articles -----------------------------------------------------------------------------
def test_articles_list_and_one_article_with_its_acts(client: TestClient) -> None:
    listing = client.get("/articles", params={"limit": 100}).json()["data"]
    assert len(listing) == 12
    richest = max(listing, key=lambda a: a["acts"])
    article = client.get(f"/articles/{richest['id']}").json()
    assert article["title"] == richest["title"]
    assert len(article["relations"]) == richest["acts"] > 0
    assert all(any(e["article_id"] == richest["id"] for e in r["evidence"]) for r in article["relations"])


def test_unknown_article_is_a_404(client: TestClient) -> None:
    assert client.get("/articles/0000").status_code == 404


# -- OpenAPI -------------------------------------------------------------------------------
def test_every_operation_documents_an_example(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            content = operation["responses"]["200"].get("content", {})
            documented = any("example" in media or "schema" in media for media in content.values())
            assert documented, f"{method.upper()} {path} has no 200 example"


def test_a_nul_character_in_a_request_value_is_a_400_on_either_backend(client: TestClient) -> None:
    for response in (
        client.get("/paths", params={"from": "russia\x00", "to": "ukraine"}),
        client.get("/actors/ru%00ssia"),
        client.get("/actors", params={"q": "Sputnik\x00"}),
        client.post("/cypher", json={"query": "RETURN $x AS x", "params": {"x": ["ok", {"k": "a\x00b"}]}}),
    ):
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "invalid_character"


def test_a_path_search_past_the_frontier_cap_says_truncated(seeded: Callable[..., Settings]) -> None:
    settings = seeded(path_frontier_cap=0, traversal="cypher")
    with TestClient(create_app(settings)) as capped:
        answer = capped.get("/paths", params={"from": "igor-kartavykh", "to": "russia"}).json()
    assert answer["paths"] == []
    assert answer["truncated"] is True


def test_the_dashboard_and_its_graph_library_are_served_locally(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'src="/ui/vendor/cytoscape.min.js"' in page.text and "https://" not in page.text
    library = client.get("/ui/vendor/cytoscape.min.js")
    assert library.status_code == 200 and "cytoscape" in library.text[:2000].lower()
    for asset in ("/ui/js/main.js", "/ui/js/api.js", "/ui/style.css"):
        assert client.get(asset).status_code == 200, asset
    assert client.head("/").status_code == 200
