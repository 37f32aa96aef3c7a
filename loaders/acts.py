"""Acts reported in a sentence: a cue verb between two actor mentions.

Placeholder extraction (active voice, `SOURCE … cue … TARGET`); the Loaders issue
replaces it with spaCy patterns for passive and nominal forms and attribution.
"""

from __future__ import annotations

import hashlib
import re

from pydantic import BaseModel

from app.store.models import Status
from loaders.actors import Mention

_CUES: dict[str, str] = {
    "AIDED": r"aided|assisted|helped|supported|sent aid to|provided|supplied",
    "DETAINED": r"detained|detains|arrested|arrests",
    "BANNED": r"banned|bans|barred|blocked",
    "ACCUSED": r"accused|accuses|blamed|blames",
    "ATTACKED": r"attacked|raided|struck|shot down",
    "THREATENED": r"threatened|threatens",
    "CLOSED": r"closed|shut down|suspended",
    "SUMMONED": r"summoned",
    "CANCELLED": r"cancell?ed",
}
_CUE_PATTERNS = {t: re.compile(rf"\b(?:{c})\b", re.IGNORECASE) for t, c in _CUES.items()}
_HEDGE = re.compile(r"\b(alleged(?:ly)?|reportedly|claimed|claims|suspected)\b", re.IGNORECASE)


class ActMention(BaseModel):
    """One act a sentence reports between two catalogue actors."""

    type: str
    source: str
    target: str
    status: Status


def find_acts(sentence: str, mentions: list[Mention]) -> list[ActMention]:
    """For each cue, the nearest actor before it acts on the nearest actor after it."""
    acts: list[ActMention] = []
    status: Status = "alleged" if _HEDGE.search(sentence) else "reported"
    for act_type, pattern in _CUE_PATTERNS.items():
        for cue in pattern.finditer(sentence):
            before = [m for m in mentions if m.end <= cue.start()]
            after = [m for m in mentions if m.start >= cue.end()]
            if before and after and before[-1].actor_id != after[0].actor_id:
                acts.append(
                    ActMention(
                        type=act_type, source=before[-1].actor_id, target=after[0].actor_id, status=status
                    )
                )
    return acts


def act_id(act_type: str, source: str, target: str, date: str | None) -> str:
    """A stable act id: the same act reported anywhere gets the same id."""
    key = "|".join([act_type, source, target, date or ""])
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def evidence_id(act: str, article_id: str, start: int) -> str:
    """A stable evidence id for one sentence of one article reporting one act."""
    return hashlib.sha256(f"{act}|{article_id}|{start}".encode()).hexdigest()[:20]
