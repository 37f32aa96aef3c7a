"""GET /review/queue over the seeds on each backend: most doubtful first, filters checked."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_the_queue_lists_unjudged_acts_most_doubtful_first(client: TestClient) -> None:
    page = client.get("/review/queue", params={"limit": 15}).json()
    scores = [item["score"] for item in page["data"]]
    assert page["count"] == 15 and scores == sorted(scores, reverse=True)
    first = page["data"][0]
    assert first["reasons"][0] == "one article only" and first["act"]["id"] and first["patterns"]
    assert client.get(f"/relations/{first['act']['id']}").json()["review"] is None
    second = client.get("/review/queue", params={"limit": 5, "offset": 5}).json()["data"]
    assert [i["act"]["id"] for i in second] == [i["act"]["id"] for i in page["data"][5:10]]


def test_the_queue_narrows_to_act_types_and_refuses_unknown_ones(client: TestClient) -> None:
    banned = client.get("/review/queue", params={"types": "BANNED", "limit": 50}).json()["data"]
    assert banned and {i["act"]["type"] for i in banned} == {"BANNED"}
    assert client.get("/review/queue", params={"types": "HUGGED"}).status_code == 422
    assert client.get("/review/queue", params={"limit": 0}).status_code == 422
