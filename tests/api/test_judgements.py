"""POST/GET /judgements and undo on each backend: the issue's scenario over the sample corpus,
reloads and an ingest, and a clear 4xx for every decision that cannot hold."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app.cli import app as cli
from app.core.config import Settings
from app.core.lifecycle import store_session
from app.main import create_app
from app.store.models import GraphBatch
from tests.api.conftest import API_KEY, api_settings
from tests.conftest import clean_neo4j, cli_env

KEY = {"X-API-Key": API_KEY}
LOSER, SURVIVOR = "ministry-of-foreign-affairs", "azerbaijan-mfa"
NEW_ARTICLE = (
    "Baku summons the Russian envoy again\n\n3 July 2025\n\n"
    "On 2 July, the Ministry of Foreign Affairs summoned Russian Ambassador Mikhail Yevdokimov."
)


class Reviewer:
    """The API over a fresh copy of the seeds, and `actorgraph load` on the same graph."""

    def __init__(self, client: TestClient, settings: Settings):
        self.client = client
        self.settings = settings

    def judge(self, expect: int = 200, **decision: Any) -> dict[str, Any]:
        response = self.client.post("/judgements", json={"who": "ann", **decision}, headers=KEY)
        assert response.status_code == expect, response.text
        body: dict[str, Any] = response.json()
        return body

    def act(self, rel_type: str, source: str | None = None, target: str | None = None) -> dict[str, Any]:
        params = {"types": rel_type, "limit": 500, **({"source": source} if source else {})}
        acts = [
            a
            for a in self.client.get("/relations", params=params).json()["data"]
            if target in (None, a["target"])
        ]
        assert acts, f"no {rel_type} {source} → {target}"
        return min(acts, key=lambda a: a["id"])

    def load_seeds(self) -> None:
        result = CliRunner(env=cli_env(self.settings)).invoke(
            cli, ["load", "--data-dir", str(self.settings.data_dir)], catch_exceptions=False
        )
        assert result.exit_code == 0, result.output


@pytest.fixture
def reviewer(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest, seeds_batch: GraphBatch
) -> Iterator[Reviewer]:
    if backend == "neo4j":
        clean_neo4j(request)  # the shared seeded graph is loaded again by the next test that needs it
    settings = api_settings(backend, tmp_path / "var", request)
    with store_session(settings) as store:
        store.write_batch(seeds_batch)
    with TestClient(create_app(settings)) as client:
        yield Reviewer(client, settings)
    if backend == "neo4j":
        clean_neo4j(request)


def test_the_issue_scenario_holds_after_two_reloads_and_an_ingest(reviewer: Reviewer) -> None:
    wrong = reviewer.act("CLOSED", "russia", "csto")
    met = reviewer.act("MET")
    rejected = reviewer.judge(
        kind="reject", act=wrong["id"], note="Armenia froze its participation, not Russia"
    )
    merged = reviewer.judge(kind="merge", who="bob", actor=LOSER, into=SURVIVOR)
    retyped = reviewer.judge(kind="retype", act=met["id"], type="AGREED")
    assert rejected["result_act"] is None and retyped["result_act"] not in (None, met["id"])

    reviewer.load_seeds()
    reviewer.load_seeds()
    ingested = reviewer.client.post("/articles", json={"text": NEW_ARTICLE}, headers=KEY).json()

    client = reviewer.client
    assert client.get(f"/relations/{wrong['id']}").status_code == 404
    assert client.get("/relations", params={"types": "CLOSED", "target": "csto"}).json()["data"] == []
    listed = client.get("/judgements", params={"kind": "reject"}).json()["data"]
    assert [j["id"] for j in listed] == [rejected["id"]]
    assert listed[0]["act"]["evidence"][0]["sentence"] == wrong["evidence"][0]["sentence"]

    assert client.get(f"/actors/{LOSER}").status_code == 404
    survivor = client.get(f"/actors/{SURVIVOR}").json()
    assert "Ministry of Foreign Affairs" in survivor["aliases"]
    assert (survivor["review"], survivor["reviewed_by"]) == ("corrected", "bob")
    summoned = [a for a in ingested["acts"] if a["type"] == "SUMMONED"]
    # the body's summons names the merged ministry's survivor (the headline's is Baku's)
    assert (SURVIVOR, "mikhail-yevdokimov") in [(a["source"], a["target"]) for a in summoned]
    assert merged["actor"]["id"] == LOSER

    agreed = client.get(f"/relations/{retyped['result_act']}").json()
    assert (agreed["type"], agreed["source"], agreed["target"]) == ("AGREED", met["source"], met["target"])
    assert (agreed["review"], agreed["reviewed_by"]) == ("corrected", "ann")
    assert client.get(f"/relations/{met['id']}").status_code == 404
    exported = client.get("/export", params={"format": "json"}).json()
    assert {e["id"]: e.get("review") for e in exported["edges"]}[retyped["result_act"]] == "corrected"


def test_an_act_rejected_stays_out_of_an_ingest_that_reports_it_again(reviewer: Reviewer) -> None:
    wrong = reviewer.act("CLOSED", "russia", "csto")
    reviewer.judge(kind="reject", act=wrong["id"])
    text = f"Baku reacts\n\nOn the deaths in Yekaterinburg. {wrong['evidence'][0]['sentence']}."
    acts = reviewer.client.post("/articles", json={"text": text, "date": "2025-07-01"}, headers=KEY).json()[
        "acts"
    ]
    assert [a["outcome"] for a in acts if a["id"] == wrong["id"]] == ["rejected"]
    assert reviewer.client.get(f"/relations/{wrong['id']}").status_code == 404


def test_undo_brings_an_act_back_and_the_log_says_so(reviewer: Reviewer) -> None:
    wrong = reviewer.act("CLOSED", "russia", "csto")
    rejected = reviewer.judge(kind="reject", act=wrong["id"])
    undo = reviewer.client.post(f"/judgements/{rejected['id']}/undo", json={"who": "bob"}, headers=KEY)
    assert undo.status_code == 200 and undo.json()["undoes"] == rejected["id"]
    back = reviewer.client.get(f"/relations/{wrong['id']}").json()
    assert back["evidence"] == wrong["evidence"] and back["review"] is None
    assert reviewer.client.get(f"/judgements/{rejected['id']}").json()["undone_by"] == undo.json()["id"]
    in_force = reviewer.client.get("/judgements", params={"in_force": True}).json()
    assert in_force["total"] == 0


def test_decisions_that_cannot_hold_get_a_clear_error(reviewer: Reviewer) -> None:
    wrong = reviewer.act("CLOSED", "russia", "csto")
    client = reviewer.client
    assert (
        client.post("/judgements", json={"kind": "confirm", "who": "ann", "act": wrong["id"]}).status_code
        == 401
    )
    assert reviewer.judge(404, kind="confirm", act="no-such-act")["error"]["code"] == "unknown_act"
    assert reviewer.judge(404, kind="curate", actor="no-such-actor")["error"]["code"] == "unknown_actor"
    assert (
        reviewer.judge(409, kind="merge", actor="russia", into="russia")["error"]["code"]
        == "merge_into_itself"
    )
    assert (
        reviewer.judge(404, kind="merge", actor="russia", into="nobody")["error"]["code"] == "unknown_actor"
    )
    assert (
        reviewer.judge(422, kind="retype", act=wrong["id"], type="HUGGED")["error"]["code"] == "unknown_type"
    )
    assert reviewer.judge(409, kind="retype", act=wrong["id"], type="CLOSED")["error"]["code"] == "no_change"
    assert reviewer.judge(422, kind="retype", act=wrong["id"])["error"]["code"] == "invalid_request"
    assert reviewer.judge(422, kind="shrug", act=wrong["id"])["error"]["code"] == "invalid_request"
    assert reviewer.judge(409, kind="curate", actor="russia")["error"]["code"] == "already_curated"
    rejected = reviewer.judge(kind="reject", act=wrong["id"])
    again = reviewer.judge(409, kind="confirm", act=wrong["id"])["error"]
    assert again["code"] == "act_rejected" and again["details"] == {"judgement": rejected["id"]}
    reviewer.judge(kind="merge", actor=LOSER, into=SURVIVOR)
    assert reviewer.judge(409, kind="rename", actor=LOSER, name="MFA")["error"]["details"] == {
        "into": SURVIVOR
    }
    undo = reviewer.judge(kind="undo", undoes=rejected["id"])
    assert reviewer.judge(409, kind="undo", undoes=rejected["id"])["error"]["code"] == "already_undone"
    assert reviewer.judge(409, kind="undo", undoes=undo["id"])["error"]["code"] == "undo_of_undo"
    assert client.post("/judgements/nothing/undo", json={"who": "ann"}, headers=KEY).status_code == 404
    assert client.get("/judgements/nothing").json()["error"]["code"] == "not_found"


def test_the_log_is_listed_newest_first_and_filtered(reviewer: Reviewer) -> None:
    wrong = reviewer.act("CLOSED", "russia", "csto")
    confirm = reviewer.judge(kind="confirm", who="bob", act=wrong["id"])
    curate = reviewer.judge(kind="curate", actor="group-2-citizens", note="a real group")
    client = reviewer.client
    everything = client.get("/judgements").json()
    assert [j["id"] for j in everything["data"]] == [curate["id"], confirm["id"]] and everything["total"] == 2
    assert [j["id"] for j in client.get("/judgements", params={"who": "bob"}).json()["data"]] == [
        confirm["id"]
    ]
    assert [j["id"] for j in client.get("/judgements", params={"act": wrong["id"]}).json()["data"]] == [
        confirm["id"]
    ]
    by_actor = client.get("/judgements", params={"actor": "group-2-citizens"}).json()["data"]
    assert [(j["id"], j["note"]) for j in by_actor] == [(curate["id"], "a real group")]
    page = client.get("/judgements", params={"limit": 1, "offset": 1}).json()
    assert [j["id"] for j in page["data"]] == [confirm["id"]] and page["total"] == 2
    assert client.get("/judgements", params={"kind": "nope"}).status_code == 422
    act = client.get(f"/relations/{wrong['id']}").json()
    assert (act["review"], act["reviewed_by"]) == ("confirmed", "bob")
    actor = client.get("/actors/group-2-citizens").json()
    assert (actor["curated"], actor["review"]) == (True, "curated")
