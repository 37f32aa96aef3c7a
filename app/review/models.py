"""Judgements: one analyst decision each, on an act, on an actor, or undoing an earlier one.

Every record carries a snapshot of what it judged, taken when it was made: the act with
all its evidence, or the actor (and, for a merge, the loser's acts and mentions). A
rejected act stays listable from its record after it leaves the graph, and an undo can
put back what a decision took away.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, TypeAdapter, model_validator

from app.store.models import ActorRecord, DatePrecision, RelationRecord, Status

ActKind = Literal["confirm", "reject", "retype", "swap", "set_date", "set_status"]
ActorKind = Literal["merge", "rename", "set_kind", "curate"]
JudgementKind = Literal[ActKind, ActorKind, "undo"]
ACT_KINDS: tuple[str, ...] = ("confirm", "reject", "retype", "swap", "set_date", "set_status")
ACTOR_KINDS: tuple[str, ...] = ("merge", "rename", "set_kind", "curate")
# Decisions that say the extractor read the act's type or direction wrong.
CORRECTIONS: frozenset[str] = frozenset({"retype", "swap", "set_date", "set_status"})


def new_id() -> str:
    """A fresh judgement id."""
    return uuid.uuid4().hex


def now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


class JudgementBase(BaseModel):
    """Who decided, when, and why."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    who: str = Field(min_length=1, max_length=200)
    at: datetime = Field(default_factory=now)
    note: str | None = Field(default=None, max_length=2000)


class ActJudgement(JudgementBase):
    """A decision on one act; `act` is the act as it stood when judged."""

    act: RelationRecord


class Confirm(ActJudgement):
    """The act happened as the graph says."""

    kind: Literal["confirm"] = "confirm"


class Reject(ActJudgement):
    """The act did not happen (or the text does not say so): it leaves the graph."""

    kind: Literal["reject"] = "reject"


class Retype(ActJudgement):
    """The act happened, but is of another type."""

    kind: Literal["retype"] = "retype"
    type: str


class Swap(ActJudgement):
    """The act happened the other way round: source and target trade places."""

    kind: Literal["swap"] = "swap"


class SetDate(ActJudgement):
    """The act happened on another date (None: undated)."""

    kind: Literal["set_date"] = "set_date"
    date: str | None
    date_precision: DatePrecision


class SetStatus(ActJudgement):
    """The act is reported, alleged or denied, whatever the sentences read as."""

    kind: Literal["set_status"] = "set_status"
    status: Status


class ActorJudgement(JudgementBase):
    """A decision on one actor; `actor` is the actor as it stood when judged."""

    actor: ActorRecord


class Merge(ActorJudgement):
    """`actor` is `into`: its names become aliases of `into`, its acts and mentions move."""

    kind: Literal["merge"] = "merge"
    into: str
    survivor: ActorRecord  # as it stood before the merge
    relations: list[RelationRecord] = Field(default_factory=list)  # the loser's, before the merge
    mentioned_in: list[str] = Field(default_factory=list)  # article ids

    @model_validator(mode="after")
    def _not_into_itself(self) -> Merge:
        if self.into == self.actor.id:
            raise ValueError("an actor cannot be merged into itself")
        return self


class Rename(ActorJudgement):
    """The actor's name is `name`; the old one stays an alias."""

    kind: Literal["rename"] = "rename"
    name: str = Field(min_length=1, max_length=500)


class SetKind(ActorJudgement):
    """The actor is of another kind (State, Agency, Outlet, …)."""

    kind: Literal["set_kind"] = "set_kind"
    actor_kind: str


class Curate(ActorJudgement):
    """The actor is real and correctly described: mark it curated."""

    kind: Literal["curate"] = "curate"


class Undo(JudgementBase):
    """Takes back the judgement `undoes`."""

    kind: Literal["undo"] = "undo"
    undoes: str


Judgement = Annotated[
    Confirm | Reject | Retype | Swap | SetDate | SetStatus | Merge | Rename | SetKind | Curate | Undo,
    Field(discriminator="kind"),
]
ActDecision = Confirm | Reject | Retype | Swap | SetDate | SetStatus
ActorDecision = Merge | Rename | SetKind | Curate
JUDGEMENT = TypeAdapter[Judgement](Judgement)


class JudgementIn(BaseModel):
    """A decision as a reviewer states it: the kind, what it is about, and the new value."""

    kind: JudgementKind
    who: str = Field(min_length=1, max_length=200, examples=["a.analyst"])
    note: str | None = Field(default=None, max_length=2000)
    act: str | None = Field(default=None, max_length=200, description="Act id (act decisions).")
    actor: str | None = Field(default=None, max_length=200, description="Actor id (actor decisions).")
    into: str | None = Field(default=None, max_length=200, description="merge: the surviving actor id.")
    type: str | None = Field(default=None, max_length=100, description="retype: the act type.")
    date: str | None = Field(
        default=None,
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="set_date: YYYY, YYYY-MM or YYYY-MM-DD.",
    )
    status: Status | None = Field(default=None, description="set_status.")
    name: str | None = Field(default=None, min_length=1, max_length=500, description="rename.")
    actor_kind: str | None = Field(default=None, max_length=100, description="set_kind.")
    undoes: str | None = Field(default=None, max_length=64, description="undo: the judgement id.")

    @model_validator(mode="after")
    def _fields_for_kind(self) -> JudgementIn:
        needed = {
            "retype": "type",
            "set_status": "status",
            "merge": "into",
            "rename": "name",
            "set_kind": "actor_kind",
            "undo": "undoes",
        }.get(self.kind)
        if needed and getattr(self, needed) is None:
            raise ValueError(f"a {self.kind} judgement needs {needed!r}")
        if self.kind in ACT_KINDS and self.act is None:
            raise ValueError(f"a {self.kind} judgement needs 'act' (an act id)")
        if self.kind in ACTOR_KINDS and self.actor is None:
            raise ValueError(f"a {self.kind} judgement needs 'actor' (an actor id)")
        return self

    @property
    def date_precision(self) -> DatePrecision:
        """The precision `date` is written at."""
        return {4: "year", 7: "month", 10: "day"}.get(len(self.date or ""), "none")  # type: ignore[return-value]
