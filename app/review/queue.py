"""The review queue: unjudged acts, those that most need a human first.

An act is doubtful when one article alone reports it, when it is alleged or denied, when
its ends are actors the loaders found rather than the catalogue, and when the patterns
that read it have a poor record with the analysts (`scoring`). The store ranks by the
first three and reads a pool of candidates; the pattern record then adds up to
`PATTERN_WEIGHT` and the pool is ranked again.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.core.cypher import render
from app.review.models import Judgement
from app.review.scoring import score_judgements
from app.schemas import EdgePublic, QueueItem, QueuePublic
from app.store.base import GraphStore

PATTERN_WEIGHT = 2.0
UNSEEN_DOUBT = 0.5  # a pattern no analyst has judged yet: as likely wrong as right
POOL_FACTOR = 4  # candidates read per queue place asked for
MAX_POOL = 5000


def pattern_doubt(records: Iterable[Judgement], store: GraphStore) -> dict[str, float]:
    """Pattern → how often the analysts found its acts wrong (smoothed: one right, one wrong added)."""
    doubt: dict[str, float] = {}
    for pattern, verdicts in score_judgements(records, store.schema).per_pattern.items():
        doubt[pattern] = 1 - (verdicts.confirmed + 1) / (verdicts.judged + 2)
    return doubt


def review_queue(
    store: GraphStore,
    records: Iterable[Judgement],
    limit: int = 20,
    offset: int = 0,
    types: list[str] | None = None,
) -> QueuePublic:
    """The unjudged acts, most doubtful first (ties by act id)."""
    pool = min(MAX_POOL, (limit + offset) * POOL_FACTOR)
    rows = store.run_read(render("review_queue", store.dialect), {"types": types, "pool": pool})
    ids = [row["id"] for row in rows]
    patterns = {
        row["act_id"]: sorted(p for p in row["patterns"] if p)
        for row in store.run_read(render("review_act_patterns", store.dialect), {"ids": ids})
    }
    doubt = pattern_doubt(records, store)
    items = []
    for row in rows:
        reasons = _reasons(row)
        found = patterns.get(row["id"], [])
        least = min((doubt.get(p, UNSEEN_DOUBT) for p in found), default=UNSEEN_DOUBT)
        if least > UNSEEN_DOUBT:
            reasons.append(f"its patterns are often wrong ({', '.join(found)})")
        act = EdgePublic.model_validate({k: v for k, v in row.items() if v is not None})
        items.append(
            QueueItem(
                act=act, score=round(row["base"] + PATTERN_WEIGHT * least, 3), reasons=reasons, patterns=found
            )
        )
    items.sort(key=lambda item: (-item.score, item.act.id))
    page = items[offset : offset + limit]
    return QueuePublic(data=page, count=len(page), limit=limit, offset=offset)


def _reasons(row: dict[str, object]) -> list[str]:
    reasons = []
    if (row["article_count"] or 0) <= 1:  # type: ignore[operator]
        reasons.append("one article only")
    if row["status"] in ("alleged", "denied"):
        reasons.append(str(row["status"]))
    for end in ("source", "target"):
        if not row[f"{end}_curated"]:
            reasons.append(f"{end} not in the catalogue")
    return reasons
