"""Store behaviour, the same suite on every available backend."""

from __future__ import annotations

import json
from pathlib import Path

import neo4j
import pytest

from app.core.cypher import render
from app.core.errors import ReadOnlyViolation, SchemaError, StoreError
from app.store.base import GraphStore
from app.store.models import ActorRecord, ArticleRecord, EvidenceRecord, GraphBatch, RelationRecord
from app.store.neo4j import Neo4jStore
from tests.conftest import Neo4jTarget

FIXTURE = Path(__file__).parent.parent / "fixtures" / "graph_batch.json"


@pytest.fixture
def batch() -> GraphBatch:
    return GraphBatch.model_validate(json.loads(FIXTURE.read_text()))


def snapshot(store: GraphStore) -> tuple[object, list[dict[str, object]], list[dict[str, object]]]:
    return store.counts(), list(store.iter_actors()), list(store.iter_relations())


def test_schema_applies_twice(store: GraphStore, batch: GraphBatch) -> None:
    store.write_batch(batch)
    before = snapshot(store)
    store.apply_schema()
    store.apply_schema()
    assert snapshot(store) == before


def test_write_counts_match_the_batch(store: GraphStore, batch: GraphBatch) -> None:
    store.write_batch(batch)
    counts = store.counts()
    assert counts.nodes["Actor"] == 5
    assert counts.nodes["State"] == 2 and counts.nodes["Person"] == 2 and counts.nodes["Outlet"] == 1
    assert counts.nodes["Article"] == 1
    assert counts.nodes["Evidence"] == 3
    assert counts.relationships == {
        "BANNED": 1, "DETAINED": 1, "FROM": 3, "MEMBER_OF": 1, "MENTIONS": 3, "PART_OF": 1,
    }  # fmt: skip


def test_same_batch_twice_changes_nothing(store: GraphStore, batch: GraphBatch) -> None:
    store.write_batch(batch)
    first = snapshot(store)
    store.write_batch(batch)
    assert snapshot(store) == first


def test_new_evidence_is_appended_not_duplicated(store: GraphStore, batch: GraphBatch) -> None:
    store.write_batch(batch)
    text = "Sputnik said its chief editor Igor Kartavykh was detained in Baku."
    article = ArticleRecord(id="art-2", title="Sputnik statement", text=text, mentions=["igor-kartavykh"])
    evidence = EvidenceRecord(id="ev-9", article_id="art-2", sentence=text, start=0, end=len(text))
    second = GraphBatch(
        articles=[article],
        relations=[
            RelationRecord(
                id="act-detained-1", type="DETAINED", source="azerbaijan", target="igor-kartavykh",
                asserted_by=["sputnik-azerbaijan"],
                evidence=[evidence],
            )
        ],
    )  # fmt: skip
    store.write_batch(second)
    store.write_batch(second)
    relation = store.get_relation("act-detained-1")
    assert relation is not None
    assert relation["evidence_count"] == 2
    assert relation["article_count"] == 2
    assert sorted(e["id"] for e in relation["evidence"]) == ["ev-1", "ev-9"]
    assert relation["asserted_by"] == ["sputnik-azerbaijan"]
    assert relation["date"] == "2025-06-30"  # the first report's date is kept
    assert store.counts().relationships["DETAINED"] == 1


def test_evidence_offsets_slice_the_stored_article(store: GraphStore, batch: GraphBatch) -> None:
    store.write_batch(batch)
    relation = store.get_relation("act-banned-1")
    assert relation is not None
    (evidence,) = relation["evidence"]
    text = store.article_text(evidence["article_id"])
    assert text is not None
    assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]
    assert evidence["article_title"] == "Azerbaijan detains Sputnik editors"
    assert evidence["pattern"] == "BANNED:verb:subj>obj"


def test_status_reported_wins_over_alleged(store: GraphStore, batch: GraphBatch) -> None:
    store.write_batch(batch)
    assert store.get_relation("act-banned-1")["status"] == "alleged"  # type: ignore[index]
    confirmed = batch.relations[1].model_copy(update={"status": "reported"})
    store.upsert_relations([confirmed])
    assert store.get_relation("act-banned-1")["status"] == "reported"  # type: ignore[index]
    store.upsert_relations([batch.relations[1]])
    assert store.get_relation("act-banned-1")["status"] == "reported"  # type: ignore[index]


def test_aliases_are_unioned_across_loads(store: GraphStore, batch: GraphBatch) -> None:
    store.write_batch(batch)
    more = batch.actors[1].model_copy(update={"aliases": ["Russian Federation", "Moscow"]})
    store.upsert_actors([more])
    russia = next(a for a in store.iter_actors() if a["id"] == "russia")
    assert russia["aliases"] == ["Moscow", "the Kremlin", "Russian Federation"]


def test_affiliation_keeps_its_role(store: GraphStore, batch: GraphBatch) -> None:
    store.write_batch(batch)
    relation = store.get_relation("aff-1")
    assert relation is not None and relation["type"] == "MEMBER_OF" and relation["role"] == "chief editor"
    assert store.get_relation("aff-2")["evidence"] == []  # type: ignore[index]
    assert store.get_relation("no-such-act") is None


def test_pages_cover_every_row_once(store: GraphStore, batch: GraphBatch) -> None:
    store.write_batch(batch)
    actors = list(store.iter_actors(page_size=2))
    relations = list(store.iter_relations(page_size=1))
    assert [a["id"] for a in actors] == sorted(a.id for a in batch.actors)
    assert [r["id"] for r in relations] == sorted(r.id for r in batch.relations)


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE (n:Actor {id: 'x'})",
        "MERGE (n:Actor {id: 'x'})",
        "MATCH (n:Actor) SET n.name = 'x'",
        "MATCH (n:Actor) DETACH DELETE n",
        "MATCH (n:Actor) REMOVE n.name",
        "FOREACH (i IN [1] | CREATE (:Actor {id: 'x'}))",
    ],
)
def test_read_entry_point_refuses_writes(store: GraphStore, batch: GraphBatch, statement: str) -> None:
    store.write_batch(batch)
    before = snapshot(store)
    with pytest.raises(ReadOnlyViolation):
        store.run_read(statement)
    assert snapshot(store) == before


def test_undeclared_names_never_reach_cypher(store: GraphStore, batch: GraphBatch) -> None:
    bad = batch.relations[0].model_copy(update={"type": "FOO]->() DETACH DELETE (x"})
    with pytest.raises(SchemaError):
        store.upsert_relations([bad])
    bad_actor = batch.actors[0].model_copy(update={"kind": "State:Admin"})
    with pytest.raises(SchemaError):
        store.upsert_actors([bad_actor])
    assert store.counts().total_nodes == 0


def test_ping(store: GraphStore) -> None:
    assert store.ping() is True


def test_batches_are_written_in_order_and_a_failed_batch_stops_the_load(store: GraphStore) -> None:
    """The writer overlaps encoding with sending, yet a failing batch still stops
    everything after it and reports only what was written."""
    store.batch_size = 2
    names = [f"Writer Test {i}" for i in range(8)]
    actors = [ActorRecord(id=f"writer-{i}", name=name, kind="Person") for i, name in enumerate(names)]
    rows = [actor.row() for actor in actors]
    rows[4]["country"] = {"not": "a property value"}  # the third batch fails in the store
    written: list[int] = []
    with pytest.raises(StoreError):
        store._write_rows(render("upsert_actors", store.dialect, kind="Person"), rows, written.append)
    ids = {row["id"] for row in store.iter_actors()}
    assert {"writer-0", "writer-1", "writer-2", "writer-3"} <= ids
    assert not ids & {"writer-6", "writer-7"}
    assert written == [2, 2]

    store.clear()
    progress: list[int] = []
    store.upsert_actors(actors, progress.append)  # all batches, in order, each reported once
    assert [row["id"] for row in store.iter_actors()] == sorted(actor.id for actor in actors)
    assert progress == [2, 2, 2, 2]


def test_values_come_back_as_plain_python(store: GraphStore) -> None:
    rows = store.run_read(
        "RETURN null AS none, 'Baku' AS text, 7 AS whole, true AS yes, false AS no, 2.5 AS real, "
        "[1, 'a', [true, null]] AS items, {n: 1, inner: {name: 'Moscow', at: [0.5]}} AS map, "
        "'' AS empty, 'true' AS word"
    )
    assert rows == [
        {
            "none": None, "text": "Baku", "whole": 7, "yes": True, "no": False, "real": 2.5,
            "items": [1, "a", [True, None]], "map": {"n": 1, "inner": {"name": "Moscow", "at": [0.5]}},
            "empty": "", "word": "true",
        }
    ]  # fmt: skip
    row = rows[0]
    assert type(row["whole"]) is int and type(row["real"]) is float and type(row["yes"]) is bool
    assert type(row["map"]) is dict


def test_a_query_failing_while_it_runs_raises_a_store_error(store: GraphStore) -> None:
    with pytest.raises(StoreError):
        store.run_read("UNWIND [1, 0] AS x RETURN 1 / x AS y")


class _WriterDied(Exception):
    """Stands for a loader killed between two committed batches."""


def test_a_load_cut_short_and_run_again_equals_one_clean_load(store: GraphStore, batch: GraphBatch) -> None:
    store.write_batch(batch)
    expected = snapshot(store)
    store.clear()
    store.apply_schema()
    written: list[int] = []

    def die_after_two_batches(n: int) -> None:
        written.append(n)
        if len(written) == 2:
            raise _WriterDied

    with pytest.raises(_WriterDied):
        store.write_batch(batch, die_after_two_batches)
    assert 0 < store.counts().total_nodes < expected[0].total_nodes  # half a load was committed
    store.write_batch(batch)
    assert snapshot(store) == expected


def test_neo4j_drivers_ask_for_no_notifications(neo4j_target: Neo4jTarget) -> None:
    """A property no node has yet draws a warning per query; the API would log each one."""
    driver = Neo4jStore.connect(neo4j_target.uri, neo4j_target.user, neo4j_target.password)
    try:
        query = "MATCH (a:Actor) WHERE a.no_node_has_this_key = 1 RETURN count(a) AS n"
        _, summary, _ = driver.execute_query(query)
        assert not [s for s in summary.gql_status_objects if s.is_notification]
        plain = neo4j.GraphDatabase.driver(neo4j_target.uri, auth=(neo4j_target.user, neo4j_target.password))
        with plain:
            _, summary, _ = plain.execute_query(query)
        # the same query does draw one when the driver asks
        assert [s for s in summary.gql_status_objects if s.is_notification]
    finally:
        driver.close()
