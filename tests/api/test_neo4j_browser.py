"""Neo4j Browser, for real: the analyst kit in the Browser the local Neo4j serves.

Debian's Chromium (driven by Playwright) opens `/browser/` on the session's local Neo4j
holding the sample corpus, connects over Bolt, loads `cypher/actorgraph.grass` with
`:style`, and runs two analyst queries from `cypher/queries/` as their files are written,
parameters set with `:param`. Their tables must answer what the driver answers. The
queries tabulate and the Browser draws only nodes, relationships and paths, so each is
followed by its match returning the paths (as the README's "Exploring in Neo4j Browser"
says); those graph frames must caption actors by name and colour them and their acts as
the style file says. Screenshots go to $ACTORGRAPH_SCREENSHOTS (e.g. `docs`, from the
project root) when set, else to the test's temporary directory.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
import pytest

from app import ROOT
from app.analyst import QUERIES_DIR, get_query
from tests.api.chromium import launch_chromium
from tests.api.conftest import ensure_seeded
from tests.api.neo4j_browser import DrawnNode, NeoBrowser, grass_colour, playwright_api
from tests.conftest import Neo4jTarget

GRASS = (ROOT / "cypher" / "actorgraph.grass").read_text(encoding="utf-8")
SCREENSHOTS = "ACTORGRAPH_SCREENSHOTS"

PATH_PARAMS = {"from": "igor-kartavykh", "to": "russia"}
DRAW_PATH = """// path_with_evidence, drawn
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Actor)
RETURN p"""

AFFILIATION_PARAMS = {"actor": "margarita-simonyan"}
DRAW_AFFILIATIONS = """// person_affiliations, drawn
MATCH p = (:Actor {id: $actor})-[:MEMBER_OF]->(org:Actor)
OPTIONAL MATCH q = (org)-[:PART_OF]->(:Actor)
RETURN p, q"""


@pytest.fixture(scope="module")
def local_neo4j(neo4j_target: Neo4jTarget) -> Neo4jTarget:
    """The session's Neo4j where the suite started it, and so serves Neo4j Browser."""
    if neo4j_target.http_url is None:
        message = f"Neo4j Browser is tested on the local Neo4j the suite starts, not on {neo4j_target.uri}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return neo4j_target


@pytest.fixture
def seeded(local_neo4j: Neo4jTarget, request: pytest.FixtureRequest) -> None:
    """The session's Neo4j holds the sample corpus (loaded again if a test cleared it)."""
    ensure_seeded("neo4j", request)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: $ACTORGRAPH_SCREENSHOTS (relative to the project root) or a temp dir."""
    wanted = os.environ.get(SCREENSHOTS)
    folder = ROOT / wanted if wanted else tmp_path_factory.mktemp("shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser(local_neo4j: Neo4jTarget, shots: Path) -> Iterator[NeoBrowser]:
    """Neo4j Browser in Chromium, connected over Bolt as neo4j, with the project's style loaded."""
    with playwright_api.sync_playwright() as pw:
        chromium = launch_chromium(pw)
        page = chromium.new_page(viewport={"width": 1280, "height": 1000})
        # The Browser asks the internet for web fonts and usage statistics; this machine has none.
        page.route("https://**/*", lambda route: route.abort())
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        tab = NeoBrowser(page)
        tab.open(f"{local_neo4j.http_url}/browser/")
        tab.fill_connect_form(local_neo4j.uri, local_neo4j.user, local_neo4j.password)
        tab.screenshot(shots / "neo4j-browser-connect.png")
        tab.connect()
        tab.dismiss_usage_notice(wait_ms=10_000)
        tab.run(f":style {GRASS}")
        yield tab
        chromium.close()
    assert errors == [], f"Neo4j Browser raised: {errors}"


def node_ids(driver: neo4j.Driver, actor_ids: list[str]) -> dict[str, int]:
    """The Neo4j ids the Browser labels its drawn nodes with, by actor id."""
    # id() is deprecated in Neo4j 5, but it is what the Browser's `graph-node<id>` labels carry.
    with driver.session(notifications_min_severity="OFF") as session:
        result = session.run(
            "MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, id(a) AS node", ids=actor_ids
        )
        return {record["id"]: record["node"] for record in result}


def answers(driver: neo4j.Driver, name: str, params: dict[str, Any], *columns: str) -> list[list[str]]:
    """The driver's answer to an analyst query, `columns` shown as the Browser shows strings."""
    query = get_query(name)
    records, _, _ = driver.execute_query(query.neo4j, query.bind(params), routing_=neo4j.RoutingControl.READ)
    return [[json.dumps(record[c], ensure_ascii=False) for c in columns] for record in records]


def query_file(name: str) -> str:
    """An analyst query's file as an analyst pastes it: header comments and all."""
    return (QUERIES_DIR / f"{name}.cypher").read_text(encoding="utf-8")


def set_params(tab: NeoBrowser, name: str, values: dict[str, Any]) -> None:
    """`:param` each of the query's parameters: the given values over the file's defaults."""
    tab.set_params({key: json.dumps(value) for key, value in get_query(name).bind(values).items()})


def assert_styled(node: DrawnNode, kind: str, name: str) -> None:
    """`node` is filled and outlined in `kind`'s colour and captioned by `name` (cut to fit with '…')."""
    colour = grass_colour(GRASS, f"node.{kind}")
    assert (node.fill.lower(), node.stroke.lower()) == (colour, colour), (name, kind, node)
    shown = node.caption.removesuffix("…")
    assert len(shown) >= 4 and name.startswith(shown), (name, node.caption)


def test_it_connects_over_bolt_and_takes_the_style(browser: NeoBrowser, local_neo4j: Neo4jTarget) -> None:
    connected = " ".join(browser.frame(":server connect").inner_text().split())
    assert f"You are connected as user {local_neo4j.user} to {local_neo4j.uri}" in connected, connected
    style = browser.frame(":style").locator("[data-testid=frameContents]").inner_text()
    assert "node.State {" in style and f"color: {grass_colour(GRASS, 'node.State')}" in style.lower()


def test_path_with_evidence_tabulated_then_drawn_in_the_styles_colours(
    seeded: None, browser: NeoBrowser, neo4j_driver: neo4j.Driver, shots: Path
) -> None:
    set_params(browser, "path_with_evidence", PATH_PARAMS)
    table = browser.table(browser.run_cypher(query_file("path_with_evidence")))
    hops = [[row["from_actor"], row["act"], row["to_actor"]] for row in table]
    assert hops == answers(neo4j_driver, "path_with_evidence", PATH_PARAMS, "from_actor", "act", "to_actor")
    assert hops[0][0] == '"Igor Kartavykh"' and hops[-1][2] == '"Russia"', hops

    nodes, relationships = browser.graph(browser.run_cypher(DRAW_PATH))
    ids = node_ids(neo4j_driver, ["igor-kartavykh", "russia"])
    assert len(nodes) == len(hops) + 1, nodes
    assert_styled(nodes[ids["igor-kartavykh"]], "Person", "Igor Kartavykh")
    assert_styled(nodes[ids["russia"]], "State", "Russia")
    assert nodes[ids["russia"]].caption == "Russia"
    drawn = {(r["type"], r["fill"].lower()) for r in relationships}
    for act in {json.loads(hop[1]) for hop in hops}:
        assert (act, grass_colour(GRASS, f"relationship.{act}")) in drawn, (act, drawn)
    browser.screenshot(shots / "neo4j-browser-query.png")


def test_person_affiliations_tabulated_then_drawn_in_the_styles_colours(
    seeded: None, browser: NeoBrowser, neo4j_driver: neo4j.Driver, shots: Path
) -> None:
    set_params(browser, "person_affiliations", AFFILIATION_PARAMS)
    table = browser.table(browser.run_cypher(query_file("person_affiliations")))
    offices = [[row["organisation"], row["role"]] for row in table]
    assert offices == answers(neo4j_driver, "person_affiliations", AFFILIATION_PARAMS, "organisation", "role")
    assert ['"Russia Today"', '"editor-in-chief"'] in offices, offices

    nodes, _ = browser.graph(browser.run_cypher(DRAW_AFFILIATIONS))
    ids = node_ids(neo4j_driver, ["margarita-simonyan", "russia-today", "russia"])
    assert_styled(nodes[ids["margarita-simonyan"]], "Person", "Margarita Simonyan")
    assert_styled(nodes[ids["russia-today"]], "Outlet", "Russia Today")
    assert_styled(nodes[ids["russia"]], "State", "Russia")
    browser.screenshot(shots / "neo4j-browser-affiliations.png")
