"""The plan: which act each decision finds after merges and corrections, and the review it leaves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.core.schema import load_schema
from app.review.models import Confirm, Judgement, Merge, Reject, Rename, Retype, SetDate, Swap
from app.review.plan import key_of, make_plan
from app.store.models import ActorRecord, RelationRecord
from loaders.acts import act_id

SCHEMA = load_schema()
START = datetime(2025, 7, 1, tzinfo=UTC)


def act(rel_type: str, source: str, target: str, date: str | None = "2025-06-27") -> RelationRecord:
    month = date[:7] if date else None
    return RelationRecord(
        id=act_id(rel_type, source, target, month), type=rel_type, source=source, target=target, date=date
    )


def actor(actor_id: str) -> ActorRecord:
    return ActorRecord(id=actor_id, name=actor_id.replace("-", " ").title(), kind="Agency")


def in_order(*decisions: Judgement) -> list[Judgement]:
    """The decisions a minute apart, in the order given."""
    return [d.model_copy(update={"at": START + timedelta(minutes=i)}) for i, d in enumerate(decisions)]


def test_an_untouched_act_keeps_the_id_the_loaders_gave_it() -> None:
    killed = act("KILLED", "azerbaijan", "group-2-citizens").model_copy(update={"id": "from-the-loaders"})
    assert key_of(killed, SCHEMA).id == "from-the-loaders"


def test_a_decision_made_before_a_merge_finds_its_act_after_it() -> None:
    accused = act("ACCUSED", "general-prosecutor", "russia")
    plan = make_plan(
        in_order(
            Reject(who="ann", act=accused),
            Merge(who="bob", actor=actor("general-prosecutor"), into="pg", survivor=actor("pg")),
        ),
        SCHEMA,
    )
    assert plan.survivors == {"general-prosecutor": "pg"}
    assert list(plan.rejected) == [act_id("ACCUSED", "pg", "russia", "2025-06")]


def test_merges_chain_to_the_last_survivor() -> None:
    plan = make_plan(
        in_order(
            Merge(who="ann", actor=actor("a"), into="b", survivor=actor("b")),
            Merge(who="ann", actor=actor("b"), into="c", survivor=actor("c")),
        ),
        SCHEMA,
    )
    assert plan.canon("a") == "c" and plan.canon("b") == "c" and plan.canon("c") == "c"


def test_a_retyped_act_is_found_under_its_new_type_and_a_retype_back_ends_where_it_began() -> None:
    killed = act("KILLED", "russia", "azerbaijan")
    attacked = act("ATTACKED", "russia", "azerbaijan")
    there = Retype(who="ann", act=killed, type="ATTACKED")
    back = Retype(who="bob", act=attacked, type="KILLED")
    plan = make_plan(in_order(there, back), SCHEMA)
    assert plan.results[there.id] is not None and plan.results[there.id].id == killed.id  # type: ignore[union-attr]
    ((key, mark),) = plan.act_reviews.values()
    assert key.id == killed.id and mark.review == "corrected" and mark.reviewed_by == "bob"
    assert mark.judgement_ids == [there.id, back.id]


def test_a_confirmed_act_later_swapped_carries_both_decisions() -> None:
    met = act("MET", "russia", "azerbaijan")
    confirm, swap = Confirm(who="ann", act=met), Swap(who="bob", act=met)
    plan = make_plan(in_order(confirm, swap), SCHEMA)
    swapped = act_id("MET", "azerbaijan", "russia", "2025-06")
    assert plan.results[confirm.id].id == swapped  # type: ignore[union-attr]
    assert plan.act_reviews[swapped][1].judgement_ids == [confirm.id, swap.id]


def test_a_new_date_in_another_month_moves_the_act_and_one_in_the_same_month_does_not() -> None:
    met = act("MET", "russia", "azerbaijan")
    same = SetDate(who="ann", act=met, date="2025-06-02", date_precision="day")
    other = SetDate(who="ann", act=met, date="2025-05", date_precision="month")
    assert make_plan([same], SCHEMA).results[same.id].id == met.id  # type: ignore[union-attr]
    assert make_plan([other], SCHEMA).results[other.id].id == act_id("MET", "russia", "azerbaijan", "2025-05")  # type: ignore[union-attr]


def test_a_rejected_act_has_nothing_left_to_judge() -> None:
    killed = act("KILLED", "azerbaijan", "group-2-citizens")
    reject, confirm = Reject(who="ann", act=killed), Confirm(who="bob", act=killed)
    plan = make_plan(in_order(reject, confirm), SCHEMA)
    assert plan.results[confirm.id] is None and not plan.act_reviews


def test_an_edit_of_an_actor_merged_away_since_is_dropped() -> None:
    rename = Rename(who="ann", actor=actor("a"), name="Alpha")
    merge = Merge(who="bob", actor=actor("a"), into="b", survivor=actor("b"))
    plan = make_plan(in_order(rename, merge), SCHEMA)
    assert plan.actor_edits == [] and plan.actor_reviews["b"].review == "corrected"
    assert [m.names for m in plan.merged_actors()] == [["A", *actor("a").aliases]]
