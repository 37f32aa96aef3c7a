"""The store operations review uses, on each backend: read, recount, mark and re-kind."""

from __future__ import annotations

import pytest

from app.store.base import GraphStore
from app.store.models import ActorRecord, ArticleRecord, EvidenceRecord, GraphBatch, RelationRecord
from app.store.review import ReviewStore

TEXT = "Russia struck Kyiv. Russia struck Kyiv again."


def _evidence(eid: str, start: int, status: str = "reported") -> EvidenceRecord:
    return EvidenceRecord(
        id=eid, article_id="d1", sentence=TEXT[start : start + 19], start=start, end=start + 19, status=status
    )  # type: ignore[arg-type]


ATTACK = RelationRecord(
    id="act-1",
    type="ATTACKED",
    source="russia",
    target="ukraine",
    date="2025-06-01",
    date_precision="day",
    summary="Russia attacked Ukraine",
    evidence=[_evidence("e1", 0), _evidence("e2", 20, "alleged")],
)
BATCH = GraphBatch(
    actors=[
        ActorRecord(id="russia", name="Russia", kind="State", curated=True),
        ActorRecord(id="ukraine", name="Ukraine", kind="State", aliases=["Kyiv"], curated=True),
    ],
    articles=[ArticleRecord(id="d1", text=TEXT, mentions=["russia", "ukraine"])],
    relations=[ATTACK],
)


@pytest.fixture
def ops(store: GraphStore) -> ReviewStore:
    store.write_batch(BATCH)
    return ReviewStore(store)


def test_an_act_is_read_with_all_its_evidence_by_key_by_id_and_by_actor(ops: ReviewStore) -> None:
    by_key = ops.act("ATTACKED", "act-1", "russia", "ukraine")
    assert by_key is not None and [e.id for e in by_key.evidence] == ["e1", "e2"]
    assert by_key.evidence[1].status == "alleged" and by_key.date == "2025-06-01"
    assert ops.act_by_id("act-1") == by_key
    assert ops.act_by_id("nothing") is None and ops.act("KILLED", "act-1", "russia", "ukraine") is None
    assert [a.id for a in ops.actor_acts("ukraine")] == ["act-1"] == [a.id for a in ops.actor_acts("russia")]


def test_an_act_is_recounted_from_the_evidence_it_keeps_and_goes_with_the_last(ops: ReviewStore) -> None:
    ops.delete_evidence(["e1"])
    ops.refresh(ATTACK)
    held = ops.store.run_read(
        "MATCH ()-[r:ATTACKED {id: 'act-1'}]->() "
        "RETURN r.evidence_count AS n, r.status AS status, r.evidence_ids AS ids"
    )
    assert held == [{"n": 1, "status": "alleged", "ids": ["e2"]}]
    ops.delete_evidence(["e2"])
    ops.refresh(ATTACK)
    assert ops.act_by_id("act-1") is None and ops.store.counts().relationships.get("ATTACKED") is None


def test_a_property_set_to_none_is_removed(ops: ReviewStore) -> None:
    ops.set_acts([(ATTACK, {"review": "confirmed", "reviewed_by": "ann"})])
    ops.set_acts([(ATTACK, {"review": None, "reviewed_by": None})])
    rows = ops.store.run_read("MATCH ()-[r:ATTACKED]->() RETURN r.review AS review, r.reviewed_by AS who")
    assert rows == [{"review": None, "who": None}]


def test_a_new_kind_leaves_one_kind_label_and_new_names_new_search_keys(ops: ReviewStore) -> None:
    ops.set_kind("ukraine", "Organization")
    ops.set_names("ukraine", "Ukraine (state)", ["Kyiv", "Ukraine"])
    rows = ops.store.run_read(
        "MATCH (a:Actor {id: 'ukraine'}) "
        "RETURN labels(a) AS labels, a.kind AS kind, a.aliases AS aliases, a.aliases_text AS text"
    )
    assert sorted(rows[0]["labels"]) == ["Actor", "Organization"] and rows[0]["kind"] == "Organization"
    assert rows[0]["aliases"] == ["Kyiv", "Ukraine"] and rows[0]["text"] == "Ukraine (state) | Kyiv | Ukraine"
    actor = ops.actor("ukraine")
    assert actor is not None and actor.mentioned_in == ["d1"]
