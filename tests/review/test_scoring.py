"""The extractor's precision on the analysts' verdicts: the last decision in force counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.core.schema import load_schema
from app.review.models import Confirm, Judgement, Reject, Retype, SetStatus, Undo
from app.review.scoring import score_judgements
from app.store.models import EvidenceRecord, RelationRecord
from loaders.acts import act_id

SCHEMA = load_schema()


def act(rel_type: str, source: str, target: str, pattern: str) -> RelationRecord:
    evidence = EvidenceRecord(id="e", article_id="d", sentence="s", start=0, end=1, pattern=pattern)
    return RelationRecord(
        id=act_id(rel_type, source, target, None),
        type=rel_type,
        source=source,
        target=target,
        evidence=[evidence],
    )


def in_order(*decisions: Judgement) -> list[Judgement]:
    start = datetime(2025, 7, 1, tzinfo=UTC)
    return [d.model_copy(update={"at": start + timedelta(minutes=i)}) for i, d in enumerate(decisions)]


def test_precision_counts_the_last_verdict_per_act_per_type_and_pattern() -> None:
    detained = act("DETAINED", "azerbaijan", "sputnik", "DETAINED:verb:subj>obj")
    killed = act("KILLED", "azerbaijan", "group-2-citizens", "KILLED:noun:modifier>prep:of")
    met = act("MET", "russia", "azerbaijan", "MET:verb:subj>obj")
    banned = act("BANNED", "russia", "minval", "BANNED:verb:subj>obj")
    undone = Reject(who="ann", act=banned)
    scores = score_judgements(
        in_order(
            Reject(who="ann", act=detained),
            Confirm(who="bob", act=detained),  # bob overrules ann: the act stands
            Reject(who="ann", act=killed),
            Retype(who="ann", act=met, type="AGREED"),
            Confirm(
                who="ann",
                act=met.model_copy(
                    update={"type": "AGREED", "id": act_id("AGREED", "russia", "azerbaijan", None)}
                ),
            ),
            undone,
            Undo(who="ann", undoes=undone.id),
            SetStatus(who="bob", act=banned, status="alleged"),
        ),
        SCHEMA,
    )
    assert (scores.total.confirmed, scores.total.rejected, scores.total.corrected) == (2, 1, 1)
    assert scores.total.precision == 0.5
    assert scores.per_type["KILLED"].precision == 0.0 and scores.per_type["DETAINED"].precision == 1.0
    assert scores.per_type["MET"].corrected == 1 and "AGREED" not in scores.per_type
    assert scores.per_pattern["KILLED:noun:modifier>prep:of"].rejected == 1


def test_no_verdicts_no_precision() -> None:
    assert score_judgements([], SCHEMA).total.precision is None
