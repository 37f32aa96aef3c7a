"""The review queue in headless Chromium, on each backend, over a fresh copy of the seeds.

A reviewer enters a name and the API key, opens the queue, opens its first act, rejects it
and sees it leave the queue and the graph, undoes the rejection from the panel, and merges
an actor the loaders found into a catalogue actor picked by search. The acts and actors are
taken from the queue and the API at run time, not named here, so the test holds whatever the
extraction reads from the corpus. Screenshots go to test-artifacts/dashboard/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.core.lifecycle import store_session
from app.store.models import GraphBatch
from tests.api.chromium import dashboard_tab
from tests.api.conftest import API_KEY, api_settings, serve
from tests.api.test_dashboard import SHOTS, drawn, shoot
from tests.conftest import clean_neo4j

playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture
def review_url(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest, seeds_batch: GraphBatch
) -> Iterator[str]:
    """The API over a copy of the seeds this test may judge (the shared seeded graph is only read)."""
    if backend == "neo4j":
        clean_neo4j(request)  # the next test that reads the seeds loads them again
    settings = api_settings(backend, tmp_path / "var", request)
    with store_session(settings) as store:
        store.write_batch(seeds_batch)
    with serve(settings) as url:
        yield url
    if backend == "neo4j":
        clean_neo4j(request)


@pytest.fixture
def page(review_url: str) -> Iterator[Any]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with dashboard_tab(playwright_api.sync_playwright, review_url) as tab:
        yield tab


def queued(url: str, limit: int = 200) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = httpx.get(f"{url}/review/queue", params={"limit": limit}).json()["data"]
    return items


def open_queue(page: Any) -> list[str]:
    """Open the queue from the header; the act ids it lists, in order."""
    page.click("[data-testid=open-queue]")
    page.wait_for_selector("[data-testid=queue-title]")
    ids: list[str] = page.locator("[data-testid=queue] > li").evaluate_all(
        "els => els.map(e => e.dataset.actId)"
    )
    return ids


def open_first(page: Any) -> None:
    """Open the queue's first act: its evidence panel with the Review block."""
    page.locator("[data-testid=queue] > li").first.locator("button").click()
    page.wait_for_selector("[data-testid=act-review]")


def message(page: Any) -> str:
    page.wait_for_selector("[data-testid=review-message].error")
    text: str = page.locator("[data-testid=review-message]").inner_text()
    return text


def test_a_reviewer_rejects_undoes_and_merges_from_the_queue(page: Any, review_url: str) -> None:
    key = {"X-API-Key": API_KEY}
    # 1. The queue as the API ranks it, each act with its reasons.
    first = queued(review_url, 20)[0]
    act = first["act"]
    assert open_queue(page)[:1] == [act["id"]]
    assert page.locator("[data-testid=queue] > li").count() == len(queued(review_url, 20))
    reasons = (
        page.locator("[data-testid=queue] > li").first.locator("[data-testid=reasons] li").all_inner_texts()
    )
    assert reasons and reasons == first["reasons"], reasons
    shoot(page, "7-review-queue")
    page.click("[data-testid=queue-more]")
    page.wait_for_selector("[data-testid=queue] > li:nth-child(21)")
    shown = page.locator("[data-testid=queue] > li").evaluate_all("els => els.map(e => e.dataset.actId)")
    assert shown == [i["act"]["id"] for i in queued(review_url, 40)]

    # 2. Its first act opens drawn, with its evidence and review state.
    open_first(page)
    assert act["type"] in page.locator("[data-testid=relation-title]").inner_text()
    assert drawn(page, f"getElementById('{act['id']}').nonempty()"), "the queued act is not drawn"
    assert page.locator("[data-testid=act-review-state]").inner_text() == "not reviewed yet"

    # Without a name and key nothing is sent; a wrong key shows the API's 401 where one clicked.
    page.click("[data-testid=reject]")
    assert "Reviewer form" in message(page)
    page.fill("[data-testid=reviewer-who]", "ann")
    page.fill("[data-testid=reviewer-key]", "not-the-key")
    page.click("[data-testid=reject]")
    assert "401 invalid_api_key" in message(page)
    assert httpx.get(f"{review_url}/relations/{act['id']}").status_code == 200
    page.fill("[data-testid=reviewer-key]", API_KEY)
    assert page.evaluate("sessionStorage.getItem('actorgraph.apiKey')") == API_KEY
    open_queue(page)
    open_first(page)
    shoot(page, "8-review-evidence")

    # 3. Reject: the act leaves the drawing and the graph; the panel keeps its evidence.
    page.fill("[data-testid=review-note]", "not what the sentence says")
    page.click("[data-testid=reject]")
    page.wait_for_selector("[data-testid=rejected-title]")
    assert "rejected by ann" in page.locator("[data-testid=review-state]").inner_text()
    assert drawn(page, f"getElementById('{act['id']}').empty()"), "the rejected act is still drawn"
    assert httpx.get(f"{review_url}/relations/{act['id']}").status_code == 404
    [rejection] = httpx.get(f"{review_url}/judgements", params={"kind": "reject"}).json()["data"]
    assert (rejection["act"]["id"], rejection["who"], rejection["note"]) == (
        act["id"],
        "ann",
        "not what the sentence says",
    )
    shoot(page, "9-review-rejected")

    # 4. Undo on the panel: the act is back, drawn and unreviewed.
    page.click("[data-testid=undo]")
    page.wait_for_selector("[data-testid=act-review]")
    page.wait_for_function(f"() => window.actorgraph.graph.cy.getElementById('{act['id']}').nonempty()")
    assert page.locator("[data-testid=act-review-state]").inner_text() == "not reviewed yet"
    assert httpx.get(f"{review_url}/relations/{act['id']}").status_code == 200

    # 5. Reject again: it leaves the queue; undone by the API, it comes back to the queue.
    page.click("[data-testid=reject]")
    page.wait_for_selector("[data-testid=rejected-title]")
    page.click("[data-testid=back-to-queue]")
    page.wait_for_selector("[data-testid=queue] > li")
    assert act["id"] not in open_queue(page)
    assert act["id"] not in [i["act"]["id"] for i in queued(review_url)]
    [again] = httpx.get(
        f"{review_url}/judgements", params={"act": act["id"], "kind": "reject", "in_force": "true"}
    ).json()["data"]
    httpx.post(
        f"{review_url}/judgements/{again['id']}/undo", json={"who": "ann"}, headers=key
    ).raise_for_status()
    back = [i["act"]["id"] for i in queued(review_url)]
    assert act["id"] in back
    assert open_queue(page) == back[:20]

    # 6. A colleague rejects the act open here: Confirm shows the API's 409.
    open_first(page)
    httpx.post(
        f"{review_url}/judgements", json={"kind": "reject", "act": back[0], "who": "bob"}, headers=key
    ).raise_for_status()
    page.click("[data-testid=confirm]")
    assert "409 act_rejected" in message(page) and "bob" in message(page)

    # 7. Merge an actor the loaders found into a catalogue actor of its kind, picked by search.
    loser = next(
        i["act"]["source"] for i in queued(review_url) if "source not in the catalogue" in i["reasons"]
    )
    loser_actor = httpx.get(f"{review_url}/actors/{loser}").json()
    # The catalogue actor of its kind whose name is nearest, else the first of that kind.
    candidates = [
        a
        for params in ({"q": loser_actor["name"]}, {})
        for a in httpx.get(
            f"{review_url}/actors", params={**params, "kind": loser_actor["kind"], "limit": 100}
        ).json()["data"]
    ]
    survivor = next(
        a for a in candidates if a["curated"] and a["id"] != loser and a["name"] != loser_actor["name"]
    )
    aliases_before = httpx.get(f"{review_url}/actors/{survivor['id']}").json()["aliases"]
    page.goto(f"{review_url}/?actor={loser}")
    page.wait_for_selector("body[data-ready=true]")  # the page then puts the focus in the search box
    page.wait_for_selector("[data-testid=actor-review]")
    assert page.locator("[data-testid=actor-review-state]").inner_text() == "not reviewed yet"
    page.fill("[data-testid=merge-into]", survivor["name"])
    page.locator(f"#merge-list li[data-actor-id='{survivor['id']}']").click()
    page.click("[data-testid=merge]")
    page.wait_for_selector(f"[data-testid=actor-name]:text-is('{survivor['name']}')")
    assert drawn(page, f"getElementById('{loser}').empty()"), "the merged actor is still drawn"
    assert page.locator("[data-testid=actor-review-state]").inner_text().startswith("corrected by ann")
    assert (
        f"merged “{loser_actor['name']}” into {survivor['id']} by ann"
        in page.locator("[data-testid=decisions]").inner_text()
    )
    assert httpx.get(f"{review_url}/actors/{loser}").status_code == 404
    assert loser_actor["name"] in httpx.get(f"{review_url}/actors/{survivor['id']}").json()["aliases"]
    shoot(page, "10-review-merged")

    # Undo the merge from the survivor's panel: the actor is back, with its own acts.
    page.locator("[data-testid=decisions] [data-testid=undo]").first.click()
    page.wait_for_selector(f"[data-testid=actor-name]:text-is('{loser_actor['name']}')")
    assert drawn(page, f"getElementById('{loser}').nonempty()")
    assert httpx.get(f"{review_url}/actors/{loser}").status_code == 200
    assert httpx.get(f"{review_url}/actors/{survivor['id']}").json()["aliases"] == aliases_before


def test_a_reviewer_confirms_retypes_and_undoes_on_the_evidence_panel(page: Any, review_url: str) -> None:
    page.fill("[data-testid=reviewer-who]", "ann")
    page.fill("[data-testid=reviewer-key]", API_KEY)
    first, second = (i["act"] for i in queued(review_url, 2))

    # Confirm: the act stays, marked confirmed by the reviewer, and leaves the queue.
    open_queue(page)
    open_first(page)
    page.click("[data-testid=confirm]")
    page.wait_for_selector("[data-testid=act-review-state]:has-text('confirmed by ann')")
    assert httpx.get(f"{review_url}/relations/{first['id']}").json()["review"] == "confirmed"
    assert "confirmed by ann" in page.locator("[data-testid=decisions]").inner_text()
    assert first["id"] not in open_queue(page)

    # Retype: the act is redrawn as the new type under its new id; the old one is gone.
    page.locator(f"[data-testid=queue] > li[data-act-id='{second['id']}'] button").click()
    page.wait_for_selector("[data-testid=act-review]")
    new_type = page.locator("[data-testid=retype-type]").input_value()
    assert new_type and new_type != second["type"]
    page.click("[data-testid=retype]")
    page.wait_for_selector(f"[data-testid=relation-title]:has-text('{new_type}')")
    assert page.locator("[data-testid=act-review-state]").inner_text().startswith("corrected by ann")
    assert f"retyped to {new_type} by ann" in page.locator("[data-testid=decisions]").inner_text()
    [retyped] = httpx.get(f"{review_url}/judgements", params={"kind": "retype"}).json()["data"]
    assert drawn(page, f"getElementById('{second['id']}').empty()")
    assert drawn(page, f"getElementById('{retyped['result_act']}').data('type')") == new_type

    # Undo the retype from the decisions list: the act is back as it was, unreviewed.
    page.locator("[data-testid=decisions] [data-testid=undo]").first.click()
    page.wait_for_selector(f"[data-testid=relation-title]:has-text('{second['type']}')")
    assert page.locator("[data-testid=act-review-state]").inner_text() == "not reviewed yet"
    assert drawn(page, f"getElementById('{second['id']}').data('type')") == second["type"]
    assert drawn(page, f"getElementById('{retyped['result_act']}').empty()")
    assert httpx.get(f"{review_url}/relations/{second['id']}").json()["type"] == second["type"]
