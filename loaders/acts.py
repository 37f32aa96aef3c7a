"""An act a sentence reports, its stable ids, and the money an aid act names."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from app.store.models import Status
from loaders.nlp import TokSpan


@dataclass(slots=True)
class ActMention:
    """One act a sentence reports between two actors."""

    type: str
    source: str
    target: str
    status: Status = "reported"
    asserted_by: list[str] = field(default_factory=list)
    cue: int = 0  # article token index of the cue, for dates
    sentence: int = 0  # the sentence's index in its article
    source_kind: str = ""
    amount_usd: float | None = None
    pattern: str | None = None  # the pattern that read it: "KILLED:verb:subj>obj"


_MONEY = re.compile(
    r"(?:\$|USD\s?)\s?(\d+(?:[.,]\d+)?)\s*(million|billion|thousand)?|"
    r"(\d+(?:[.,]\d+)?)\s*(million|billion|thousand)?\s*(?:USD|US dollars|dollars)",
    re.I,
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def amount_usd(sent: TokSpan) -> float | None:
    """The first sum in US dollars the sentence names ("$2 million", "500 million dollars")."""
    m = _MONEY.search(sent.text)
    if not m:
        return None
    number, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return float(number.replace(",", "")) * _SCALE.get((scale or "").lower(), 1)


def act_id(act_type: str, source: str, target: str, date: str | None) -> str:
    """A stable act id: the same act reported anywhere gets the same id."""
    key = "|".join([act_type, source, target, date or ""])
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def evidence_id(act: str, article_id: str, start: int) -> str:
    """A stable evidence id for one sentence of one article reporting one act."""
    return hashlib.sha256(f"{act}|{article_id}|{start}".encode()).hexdigest()[:20]
