"""The in-memory act graph: built from the store, and never used once a write has changed the graph."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from app.core.schema import load_schema
from app.store.embedded import EmbeddedServer
from app.store.falkordb import FalkorStore
from app.store.models import ActorRecord, ArticleRecord, EvidenceRecord, RelationRecord
from app.store.reader import ActFilter, GraphReader
from app.store.topology import TopologyCache


@pytest.fixture
def two_stores(embedded_server: EmbeddedServer) -> Iterator[tuple[FalkorStore, FalkorStore]]:
    """Two connections to one graph, as two processes (an API worker and `actorgraph load`) hold."""
    first = FalkorStore.embedded(load_schema(), embedded_server)
    second = FalkorStore.embedded(load_schema(), embedded_server)
    first.clear()
    first.apply_schema()
    yield first, second
    first.clear()
    first.close()
    second.close()


def act(act_id: str, act_type: str, source: str, target: str, date: str | None = None) -> RelationRecord:
    sentence = f"{source} {act_type.lower()} {target}."
    evidence = EvidenceRecord(
        id=f"ev-{act_id}", article_id="art-1", sentence=sentence, start=0, end=len(sentence)
    )
    return RelationRecord(
        id=act_id, type=act_type, source=source, target=target, date=date, evidence=[evidence]
    )


def seed(store: FalkorStore) -> None:
    store.upsert_actors(
        ActorRecord(id=i, name=i.title(), kind="State")
        for i in ("azerbaijan", "russia", "ukraine", "armenia")
    )
    store.upsert_articles([ArticleRecord(id="art-1", title="Report", text="…")])
    store.upsert_relations(
        [act("a1", "BANNED", "azerbaijan", "russia", "2025-06"), act("a2", "AIDED", "azerbaijan", "ukraine")]
    )


def seeded_reader(reader_store: FalkorStore, writer_store: FalkorStore) -> tuple[TopologyCache, GraphReader]:
    """The seed graph written through one connection, and a reader with a projection on the other."""
    seed(writer_store)
    cache = TopologyCache(reader_store, wait_s=10)
    return cache, GraphReader(reader_store, topology=cache)


def test_a_write_from_another_connection_makes_the_projection_stale(
    two_stores: tuple[FalkorStore, FalkorStore],
) -> None:
    reader_store, writer_store = two_stores
    cache, reader = seeded_reader(reader_store, writer_store)
    built = cache.current()
    assert built is not None and len(built) == 2 and cache.state == "ready"
    assert reader.paths("russia", "armenia", 6, "both", ActFilter(), False, 1).paths == []

    writer_store.upsert_relations([act("a3", "ATTACKED", "armenia", "ukraine", "2025-07-01")])
    assert cache.state in {"stale", "building"}  # the other connection's write moved the version on
    path = reader.paths("russia", "armenia", 6, "both", ActFilter(), False, 1).paths[0]
    assert [hop.act.id for hop in path.hops] == ["a1", "a2", "a3"]
    current = cache.current()
    assert current is not None and current is not built and len(current) == 3


def test_schema_statements_leave_the_version_alone(two_stores: tuple[FalkorStore, FalkorStore]) -> None:
    store, _ = two_stores
    before = store.write_version()
    store.apply_schema()
    assert store.write_version() == before
    seed(store)
    assert store.write_version() > before


def test_filters_follow_the_cypher_date_rule(two_stores: tuple[FalkorStore, FalkorStore]) -> None:
    store, _ = two_stores
    seed(store)
    topology = TopologyCache(store, wait_s=10).current()
    assert topology is not None
    ids = np.array(topology.act_ids)

    def passing(**bounds: str) -> list[str]:
        keep = topology.mask(None, None, bounds.get("since"), bounds.get("until"))
        assert keep is not None
        return sorted(ids[keep])

    # "2025-06" is compared at its own precision: inside a window that starts mid-June;
    # the undated act passes no date bound at all.
    assert passing(since="2025-06-15") == ["a1"]
    assert passing(until="2025-06-01") == ["a1"]
    assert passing(since="2025-07-01") == []
    keep = topology.mask(["AIDED"], None, None, None)
    assert keep is not None and sorted(ids[keep]) == ["a2"]
    assert topology.mask(None, None, None, None) is None


def test_a_cap_cuts_a_step_and_directions_pick_ends(two_stores: tuple[FalkorStore, FalkorStore]) -> None:
    store, _ = two_stores
    seed(store)
    topology = TopologyCache(store, wait_s=10).current()
    assert topology is not None
    hub = topology.nodes(["azerbaijan"])
    names = lambda step: sorted(topology.actors[i] for i in step.other)  # noqa: E731
    assert names(topology.step(hub, "out", None)) == ["russia", "ukraine"]
    assert names(topology.step(hub, "in", None)) == []
    assert len(topology.step(hub, "both", None, cap=1)) == 1
    assert names(topology.step(topology.nodes(["russia"]), "in", None)) == ["azerbaijan"]


def test_act_rows_and_actor_names_kept_by_a_projection_never_outlive_a_write(
    two_stores: tuple[FalkorStore, FalkorStore],
) -> None:
    reader_store, writer_store = two_stores
    cache, reader = seeded_reader(reader_store, writer_store)

    def banned_edge() -> tuple[int, str]:
        answer = reader.neighbourhood("azerbaijan", 1, "both", ActFilter(), 10)
        assert answer is not None
        edge = next(e for e in answer.edges if e.id == "a1")
        name = next(n.name for n in answer.nodes if n.id == "russia")
        return edge.evidence_count, name

    first = cache.current()
    assert banned_edge() == (1, "Russia")
    assert first is not None and "a1" in first.act_rows(["a1"])  # read once, remembered

    text = "Azerbaijan banned Russia again."
    writer_store.upsert_articles([ArticleRecord(id="art-2", title="Again", text=text)])
    again = act("a1", "BANNED", "azerbaijan", "russia", "2025-06")
    again.evidence = [EvidenceRecord(id="ev-a1-2", article_id="art-2", sentence=text, start=0, end=len(text))]
    writer_store.upsert_relations([again])
    writer_store.upsert_actors([ActorRecord(id="russia", name="Russian Federation", kind="State")])

    current = cache.current()  # waits for the rebuild: the answer comes from the new projection
    assert current is not None and current is not first
    assert banned_edge() == (2, "Russian Federation")
    assert reader.neighbourhood("nowhere", 1, "both", ActFilter(), 10) is None
    assert reader.paths("azerbaijan", "nowhere", 6, "both", ActFilter(), False, 1) is None
