"""The extractor measured by the analysts' verdicts: precision over the acts they reviewed.

An act the extractor wrote counts as right when its last decision in force confirms it or
only corrects its date or status, and as wrong when that decision rejects it or changes
its type or direction. Acts that exist only because an analyst moved one are not the
extractor's, and are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.core.schema import GraphSchema
from app.review.log import effective
from app.review.models import ActJudgement, Judgement, Reject, Retype, Swap
from app.review.plan import make_plan
from app.store.models import RelationRecord


@dataclass
class Verdicts:
    """How the analysts judged a set of extracted acts."""

    confirmed: int = 0
    rejected: int = 0
    corrected: int = 0  # retyped or swapped: the extractor read the type or direction wrong

    @property
    def judged(self) -> int:
        """Acts with a verdict."""
        return self.confirmed + self.rejected + self.corrected

    @property
    def precision(self) -> float | None:
        """Share of the judged acts the extractor got right; None when none were judged."""
        return self.confirmed / self.judged if self.judged else None

    def add(self, verdict: str) -> None:
        """Count one verdict: confirmed, rejected or corrected."""
        setattr(self, verdict, getattr(self, verdict) + 1)


@dataclass
class JudgementScores:
    """Verdicts per act type, per extraction pattern, and over all judged acts."""

    per_type: dict[str, Verdicts] = field(default_factory=dict)
    per_pattern: dict[str, Verdicts] = field(default_factory=dict)
    total: Verdicts = field(default_factory=Verdicts)


def verdict_of(decision: ActJudgement) -> str:
    """What a decision says of the extractor's reading."""
    if isinstance(decision, Reject):
        return "rejected"
    if isinstance(decision, Retype | Swap):
        return "corrected"
    return "confirmed"


def verdicts(records: Iterable[Judgement], schema: GraphSchema) -> dict[str, tuple[RelationRecord, str]]:
    """Extracted act id → the act as judged and its last verdict in force."""
    decisions = effective(records)
    plan = make_plan(decisions, schema)
    by_analysts = {s.to.id for s in plan.act_steps if s.to is not None and s.to.id != s.key.id}
    last: dict[str, tuple[RelationRecord, str]] = {}
    for decision in decisions:
        if isinstance(decision, ActJudgement) and decision.act.id not in by_analysts:
            last[decision.act.id] = (decision.act, verdict_of(decision))
    return last


def score_judgements(records: Iterable[Judgement], schema: GraphSchema) -> JudgementScores:
    """Precision of the extractor on what the analysts reviewed."""
    scores = JudgementScores()
    per_type: dict[str, Verdicts] = defaultdict(Verdicts)
    per_pattern: dict[str, Verdicts] = defaultdict(Verdicts)
    for act, verdict in verdicts(records, schema).values():
        per_type[act.type].add(verdict)
        scores.total.add(verdict)
        for pattern in sorted({e.pattern or "(none)" for e in act.evidence}):
            per_pattern[pattern].add(verdict)
    scores.per_type = dict(sorted(per_type.items()))
    scores.per_pattern = dict(sorted(per_pattern.items()))
    return scores
