"""The analyst kit: every query in cypher/queries/ is documented and runs on the embedded store
over the sample corpus with its default parameters, answering what its title promises.

(The Neo4j text of each file is checked by Neo4j's linter in tests/test_cypher_lint.py.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app import ROOT
from app.analyst import get_query, load_queries
from app.cli import app as cli_app
from app.core.config import Settings
from app.core.errors import InputError
from app.core.lifecycle import store_session
from app.core.schema import load_schema
from app.store.base import GraphStore
from tests.api.conftest import api_settings, ensure_seeded
from tests.conftest import cli_env

QUERIES = load_queries()


@pytest.fixture(scope="module")
def _store(backend: str, request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    with store_session(api_settings(backend, ensure_seeded(backend, request), request)) as opened:
        yield opened


@pytest.fixture
def store(_store: GraphStore, backend: str, request: pytest.FixtureRequest) -> GraphStore:
    """A store over the seeds on each backend, running each query in its own dialect."""
    ensure_seeded(backend, request)
    return _store


def run(store: GraphStore, name: str, **params: Any) -> list[dict[str, Any]]:
    query = get_query(name)
    return store.run_read(query.statement(store.dialect), query.bind(params))


def test_the_kit_has_at_least_twelve_documented_queries() -> None:
    assert len(QUERIES) >= 12
    for query in QUERIES.values():
        assert query.title and len(query.description) > 40, query.name
        declared = {p.name for p in query.params}
        assert query.used_params == declared, f"{query.name}: uses {query.used_params}, declares {declared}"
        assert all(p.description for p in query.params)


def test_a_query_the_embedded_dialect_cannot_run_says_why_and_has_a_variant() -> None:
    variants = {p.stem for p in (ROOT / "cypher" / "queries" / "falkordb").glob("*.cypher")}
    noted = {q.name for q in QUERIES.values() if q.falkordb_note}
    assert variants == noted
    for name in noted:
        assert QUERIES[name].falkordb != QUERIES[name].neo4j


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_query_runs_on_the_embedded_store_with_its_defaults(store: GraphStore, name: str) -> None:
    rows = run(store, name)
    assert rows, f"{name} answered nothing on the sample corpus"


def test_an_unknown_parameter_is_refused_with_the_known_ones() -> None:
    with pytest.raises(InputError, match="it takes: limit"):
        get_query("most_banned_actors").bind({"limt": 3})


def test_most_banned_actors_are_the_three_russian_politicians_azerbaijan_barred(store: GraphStore) -> None:
    rows = run(store, "most_banned_actors")
    assert {r["actor"] for r in rows} == {"Nikolai Valuev", "Konstantin Zatulin", "Vitaly Milonov"}
    assert all(r["banned_by"] == ["Azerbaijan"] and r["bans"] >= 1 for r in rows)


def test_acts_in_a_window_are_dated_inside_it_and_of_the_chosen_types(store: GraphStore) -> None:
    rows = run(store, "acts_in_window", since="2025-06", until="2025-06-30", types=["DETAINED"])
    assert rows
    assert all(r["act"] == "DETAINED" and "2025-06" <= r["date"] <= "2025-06-30" for r in rows)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)


def test_corroboration_ranks_by_outlets_then_articles(store: GraphStore) -> None:
    rows = run(store, "acts_by_corroboration", limit=100)
    keys = [(r["outlet_count"], r["articles"]) for r in rows]
    assert keys == sorted(keys, reverse=True)
    assert rows[0]["outlet_count"] == len(rows[0]["outlets"]) >= 2


def test_single_outlet_claims_have_one_outlet_each(store: GraphStore) -> None:
    rows = run(store, "single_outlet_claims", limit=500)
    corroborated = {
        (r["act"], r["actor"], r["target"]) for r in run(store, "acts_by_corroboration", limit=500)
    }
    assert rows and all(r["outlet"] for r in rows)
    assert {(r["act"], r["actor"], r["target"]) for r in rows} <= corroborated


def test_the_path_query_agrees_with_the_api_on_the_shortest_length(
    store: GraphStore, client: TestClient
) -> None:
    rows = run(store, "path_with_evidence", **{"from": "igor-kartavykh", "to": "russia"})
    api = client.get("/paths", params={"from": "igor-kartavykh", "to": "russia", "max_hops": 4}).json()
    assert [r["hop"] for r in rows] == list(range(1, len(rows) + 1))
    assert len(rows) == api["paths"][0]["length"]
    assert rows[0]["from_actor"] == "Igor Kartavykh" and rows[-1]["to_actor"] == "Russia"
    assert all(r["sentence"] for r in rows)


def test_denials_carry_their_sentence_and_what_they_answer(store: GraphStore) -> None:
    rows = run(store, "denials")
    by_denier = {r["denier"]: r for r in rows}
    assert "denied responsibility" in by_denier["Russia"]["denial"]
    assert "ACCUSED Ilham Aliyev → Russia" in by_denier["Russia"]["answers"]


def test_alleged_acts_name_who_alleges_them(store: GraphStore) -> None:
    rows = run(store, "alleged_acts")
    assert any("Russian state media" in r["according_to"] for r in rows)
    claims = run(store, "claims_by_source", source="russian-media")
    assert "alleged" in {r["status"] for r in claims}
    # What Russian media only allege stays alleged: no other report states it as fact.
    assert {r["status"] for r in claims} == {"alleged"}
    assert ("AIDED", "Azerbaijan") in {(r["act"], r["actor"]) for r in claims}


def test_who_aided_ukraine_gives_amounts(store: GraphStore) -> None:
    rows = run(store, "who_aided_whom")
    assert {r["receiver"] for r in rows} == {"Ukraine"}
    assert any(r["giver"] == "Ilham Aliyev" and r["amount_usd"] == 1_000_000 for r in rows)


def test_a_state_s_organs_include_its_agencies(store: GraphStore) -> None:
    rows = run(store, "state_organs_acts", state="azerbaijan")
    assert {"Azerbaijan", "Azerbaijani police"} <= {r["organ"] for r in rows}


def test_affiliations_and_timeline_and_articles(store: GraphStore) -> None:
    roles = {r["organisation"]: r["role"] for r in run(store, "person_affiliations")}
    assert roles.get("Russia Today") == "editor-in-chief"
    timeline = run(store, "actor_timeline")
    assert {r["role"] for r in timeline} <= {"by", "against"}
    dated = [r["date"] for r in timeline if r["date"]]
    assert dated == sorted(dated)
    articles = run(store, "articles_reporting", type="BANNED", actor="azerbaijan")
    assert articles and all(re.search("→", " ".join(r["acts"])) for r in articles)


def test_new_actors_are_not_curated(store: GraphStore) -> None:
    ids = [r["id"] for r in run(store, "new_actors_to_review", limit=500)]
    curated = store.run_read("MATCH (a:Actor) WHERE a.id IN $ids RETURN a.curated AS c", {"ids": ids})
    assert ids and not any(r["c"] for r in curated)


def test_the_cli_lists_and_runs_the_kit(seeded: Callable[..., Settings]) -> None:
    settings = seeded()
    runner = CliRunner(env=cli_env(settings))
    seeded_dir = settings.data_dir
    listed = runner.invoke(cli_app, ["queries", "list"])
    assert listed.exit_code == 0 and "who_accused_whom" in listed.output
    ran = runner.invoke(
        cli_app, ["queries", "run", "who_aided_whom", "-p", "target=null", "--data-dir", str(seeded_dir)]
    )
    assert ran.exit_code == 0, ran.output
    assert "Ukraine" in ran.output
    bad = runner.invoke(cli_app, ["queries", "run", "nope", "--data-dir", str(seeded_dir)])
    assert isinstance(bad.exception, InputError) and "known: actor_timeline" in str(bad.exception)


def test_the_browser_style_covers_every_kind_and_act_type_in_the_dashboard_colours() -> None:
    grass = (ROOT / "cypher" / "actorgraph.grass").read_text(encoding="utf-8")
    blocks = re.findall(r"^(?:node|relationship)\.(\w+) \{([^}]*)\}", grass, re.M)
    styled = {name: m[1] for name, body in blocks if (m := re.search(r"\bcolor: (#[0-9a-fA-F]{6});", body))}
    schema = load_schema()
    assert set(schema.actor_kinds) | set(schema.relation_types) <= set(styled)
    dashboard = (ROOT / "app" / "dashboard" / "js" / "graph.js").read_text(encoding="utf-8")
    for name in [*schema.actor_kinds, *schema.relation_types]:
        assert re.search(rf"\b{name}: (?:\{{ color: )?'{styled[name]}'", dashboard), name
