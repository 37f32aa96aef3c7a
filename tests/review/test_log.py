"""The judgement log: append, read, undo, export and import, and writers that race."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

import pytest

from app.core.errors import InputError
from app.review.log import JudgementLog, effective, read_records, undone_by
from app.review.models import Confirm, Curate, JudgementIn, Merge, Reject, Undo
from app.store.models import ActorRecord, EvidenceRecord, RelationRecord

ACT = RelationRecord(
    id="a1",
    type="KILLED",
    source="azerbaijan",
    target="group-2-citizens",
    evidence=[
        EvidenceRecord(id="e1", article_id="d1", sentence="Azerbaijan killed 2 citizens.", start=0, end=29)
    ],
)
ACTOR = ActorRecord(id="general-prosecutor", name="General Prosecutor", kind="Agency")


def test_records_round_trip_through_the_file(tmp_path: Path) -> None:
    log = JudgementLog(tmp_path / "judgements.jsonl")
    reject = Reject(who="ann", act=ACT, note="the text says the opposite")
    log.add(reject)
    log.add(Curate(who="bob", actor=ACTOR))
    records = log.records()
    assert [type(r) for r in records] == [Reject, Curate]
    assert records[0] == reject
    assert records[0].act.evidence[0].sentence == "Azerbaijan killed 2 citizens."  # type: ignore[union-attr]
    assert len((tmp_path / "judgements.jsonl").read_text().splitlines()) == 2


def test_an_undone_decision_is_no_longer_in_force(tmp_path: Path) -> None:
    log = JudgementLog(tmp_path / "judgements.jsonl")
    confirm, reject = Confirm(who="ann", act=ACT), Reject(who="bob", act=ACT)
    log.add(confirm)
    log.add(reject)
    log.add(Undo(who="bob", undoes=reject.id))
    records = log.records()
    assert [r.id for r in effective(records)] == [confirm.id]
    assert undone_by(records) == {reject.id: records[-1].id}
    assert len(records) == 3  # the undone decision stays in the log


def test_export_then_import_merges_by_id_and_twice_adds_nothing(tmp_path: Path) -> None:
    mine, theirs = JudgementLog(tmp_path / "a.jsonl"), JudgementLog(tmp_path / "b.jsonl")
    shared = Confirm(who="ann", act=ACT)
    mine.add(shared)
    theirs.add(shared)
    theirs.add(Curate(who="bob", actor=ACTOR))
    exported = tmp_path / "theirs.jsonl"
    exported.write_text(theirs.export())
    added = mine.import_records(read_records(exported))
    assert [r.kind for r in added] == ["curate"]
    assert mine.import_records(read_records(exported)) == []
    assert [r.id for r in mine.records()] == [r.id for r in theirs.records()]


def test_a_line_that_is_no_record_names_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "judgements.jsonl"
    path.write_text('{"kind": "confirm"}\n')
    with pytest.raises(InputError, match=r"judgements.jsonl:1"):
        read_records(path)


def test_a_request_names_what_its_kind_needs() -> None:
    with pytest.raises(ValueError, match="'type'"):
        JudgementIn(kind="retype", who="ann", act="a1")
    with pytest.raises(ValueError, match="'actor'"):
        JudgementIn(kind="curate", who="ann")
    assert JudgementIn(kind="set_date", who="ann", act="a1", date="2025-06").date_precision == "month"


def test_an_actor_cannot_be_merged_into_itself() -> None:
    with pytest.raises(ValueError, match="itself"):
        Merge(who="ann", actor=ACTOR, into=ACTOR.id, survivor=ACTOR)


def _append_many(path: str, who: str, count: int) -> None:
    log = JudgementLog(Path(path))
    for _ in range(count):
        log.add(Confirm(who=who, act=ACT))


def test_two_processes_and_two_threads_appending_at_once_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "judgements.jsonl")
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=_append_many, args=(path, f"p{i}", 50)) for i in range(2)]
    threads = [threading.Thread(target=_append_many, args=(path, f"t{i}", 50)) for i in range(2)]
    for worker in [*processes, *threads]:
        worker.start()
    for worker in [*processes, *threads]:
        worker.join(timeout=120)
    assert all(p.exitcode == 0 for p in processes)
    records = JudgementLog(Path(path)).records()  # every line parses: no torn writes
    assert len(records) == 200 and len({r.id for r in records}) == 200
    assert sorted({r.who for r in records}) == ["p0", "p1", "t0", "t1"]
