"""The dashboard in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

One analyst's session over the seeded graph served by uvicorn: search "Sputnik", draw and
expand a neighbourhood by clicking a node on the canvas, open an act's evidence by clicking
its edge and follow it to the article, find a path between two actors, apply a date filter.
Each step asserts what the page shows; screenshots go to test-artifacts/dashboard/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app import ROOT
from tests.api.chromium import dashboard_tab

SHOTS = ROOT / "test-artifacts" / "dashboard"

playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def page(_live_url: str) -> Iterator[Any]:
    """One browser tab for the module, on the API of the session's backend."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    with dashboard_tab(playwright_api.sync_playwright, _live_url) as tab:
        yield tab


def drawn(page: Any, what: str) -> Any:
    return page.evaluate(f"window.actorgraph.graph.cy.{what}")


def click_element(page: Any, element_id: str) -> None:
    """Click a node or an edge where Cytoscape drew it on the canvas."""
    point = page.evaluate(
        """(id) => {
            const ele = window.actorgraph.graph.cy.getElementById(id);
            const p = ele.isNode() ? ele.renderedPosition() : ele.renderedMidpoint();
            const box = document.getElementById('graph').getBoundingClientRect();
            return { x: box.left + p.x, y: box.top + p.y };
        }""",
        element_id,
    )
    page.mouse.click(point["x"], point["y"])


def shoot(page: Any, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def test_an_analyst_session(page: Any, live_url: str) -> None:
    # 1. Search with suggestions; pick by keyboard.
    page.fill("#search", "Sputnik")
    page.wait_for_selector("#search-list li")
    suggestions = page.locator("#search-list li").all_inner_texts()
    assert any(s.startswith("Sputnik Azerbaijan") for s in suggestions), suggestions
    target = next(i for i, s in enumerate(suggestions) if s.startswith("Sputnik Azerbaijan"))
    for _ in range(target):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-testid=actor-name]:text('Sputnik Azerbaijan')")
    ids = set(drawn(page, "nodes().map(n => n.id())"))
    assert {"sputnik-azerbaijan", "igor-kartavykh", "azerbaijan-police"} <= ids
    assert "Kartavykh" in page.locator("[data-testid=neighbours]").inner_text()
    # The timeline holds one dot per dated act of the actor, as the API lists them.
    acts = {
        a["id"]: a
        for side in ("source", "target")
        for a in httpx.get(f"{live_url}/relations", params={side: "sputnik-azerbaijan"}).json()["data"]
    }
    page.wait_for_selector("#timeline circle")
    dots = page.locator("#timeline circle").evaluate_all("els => els.map(e => e.dataset.actId)")
    assert sorted(dots) == sorted(i for i, a in acts.items() if a["date"])
    shoot(page, "1-search-sputnik")

    # Keyboard: every act drawn is a button in the side panel; Enter opens its evidence.
    page.locator("[data-testid=actor-acts] button").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-testid=relation-title]")
    assert page.locator("[data-testid=evidence]").count() >= 1

    # 2. Expand a node by clicking it on the canvas: its own acts are drawn too.
    before = drawn(page, "nodes().length")
    page.wait_for_timeout(300)
    click_element(page, "azerbaijan-police")
    page.wait_for_selector("[data-testid=actor-name]:text('Azerbaijani police')")
    assert drawn(page, "getElementById('azerbaijan-police').hasClass('expanded')")
    assert drawn(page, "nodes().length") > before
    shoot(page, "2-expanded")

    # 3. Click an edge: its evidence, with the article's title, outlet and date, and a link.
    detained = page.evaluate(
        """() => window.actorgraph.graph.cy.edges()
            .filter(e => e.data('type') === 'DETAINED' && e.data('target') === 'sputnik-azerbaijan')
            .map(e => e.id())[0]"""
    )
    assert detained, "no DETAINED edge into Sputnik Azerbaijan drawn"
    click_element(page, detained)
    page.wait_for_selector("[data-testid=relation-title]:has-text('DETAINED')")
    act = httpx.get(f"{live_url}/relations/{detained}").json()
    shown = page.locator("[data-testid=evidence] blockquote").all_inner_texts()
    assert shown == [e["sentence"] for e in act["evidence"]]
    evidence = page.locator("[data-testid=evidence]").first
    sentence = shown[0]
    source_line = evidence.locator(".source").inner_text()
    first = act["evidence"][0]
    assert first["article_title"] in source_line and first["outlet"] in source_line, source_line
    shoot(page, "3-evidence")

    # ...and the link opens the article with that very sentence marked.
    evidence.get_by_role("link", name="Read the article").click()
    page.wait_for_selector("[data-testid=article-view]:not([hidden])")
    assert page.locator("#article-text mark").inner_text() == sentence
    shoot(page, "4-article")
    page.keyboard.press("Escape")
    page.wait_for_selector("[data-testid=article-view]", state="hidden")

    # 4. Path finder: the detained editor to Russia, highlighted, each hop with evidence.
    page.fill("#path-from", "Igor Kartavykh")
    page.fill("#path-to", "Russia")
    page.click("[data-testid=find-path]")
    page.wait_for_selector("[data-testid=path-hops] li")
    title = page.locator("[data-testid=path-title]").inner_text()
    assert title.startswith("Igor Kartavykh to Russia"), title
    hops = page.locator("[data-testid=path-hops] > li")
    highlighted = drawn(page, "edges('.path').length")
    assert hops.count() == highlighted >= 1
    assert page.locator("[data-testid=path-hops] blockquote").count() >= 1
    assert drawn(page, "nodes('.path').map(n => n.id())")[-1] == "russia" or "russia" in drawn(
        page, "nodes('.path').map(n => n.id())"
    )
    shoot(page, "5-path")

    # 5. A date filter redraws only acts inside the window (undated acts drop out).
    edges_before = drawn(page, "edges().length")
    page.fill("#since", "2025-06-01")
    page.fill("#until", "2025-06-30")
    page.click("[data-testid=apply-filters]")
    page.wait_for_selector("#status:has-text('Filters applied')")
    dates = drawn(page, "edges().map(e => e.data('date'))")
    assert dates, "the filter left nothing drawn"
    assert len(dates) < edges_before
    assert all(d is not None and "2025-06-01" <= d[:10] <= "2025-06-30" for d in dates), dates
    shoot(page, "6-date-filter")

    # 6. Act-type and status filters: only DETAINED acts, only reported ones, stay drawn.
    page.fill("#since", "")
    page.fill("#until", "")
    page.click("#types-none")
    page.check("#type-list input[value=DETAINED]")
    page.uncheck("#status-list input[value=alleged]")
    page.click("[data-testid=apply-filters]")
    page.wait_for_function(
        "() => window.actorgraph.graph.cy.edges().every(e => e.data('type') === 'DETAINED')"
    )
    page.wait_for_selector("#status:has-text('Filters applied')")
    drawn_edges = drawn(page, "edges().map(e => [e.data('type'), e.data('status')])")
    assert drawn_edges and {t for t, _ in drawn_edges} == {"DETAINED"}
    assert all(s != "alleged" for _, s in drawn_edges)


def test_a_shared_link_opens_the_actor_and_the_view_saves_as_png(page: Any, live_url: str) -> None:
    page.goto(f"{live_url}/?actor=azerbaijan")
    page.wait_for_selector("[data-testid=actor-name]:text('Azerbaijan')")
    assert "nikolai-valuev" in drawn(page, "nodes().map(n => n.id())")
    assert page.evaluate("window.location.search") == "?actor=azerbaijan"
    with page.expect_download() as download:
        page.click("[data-testid=save-png]")
    path = download.value.path()
    assert download.value.suggested_filename == "actorgraph.png"
    assert Path(path).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_an_unknown_shared_actor_says_so(page: Any, live_url: str) -> None:
    page.goto(f"{live_url}/?actor=no-such-actor")
    page.wait_for_selector("#status.error")
    assert "no actor" in page.locator("#status").inner_text()


def test_enter_in_the_search_box_takes_the_best_match_or_says_there_is_none(page: Any, live_url: str) -> None:
    page.goto(f"{live_url}/")
    page.wait_for_selector("body[data-ready=true]")
    page.fill("#search", "hajizada")
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-testid=actor-name]")
    assert "Hajizad" in page.locator("[data-testid=actor-name]").inner_text()
    page.fill("#search", "qqqqxxzz")
    page.keyboard.press("Enter")
    page.wait_for_selector("#status.error:has-text('No actor matches')")
