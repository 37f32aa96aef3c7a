"""Split article text into sentences that keep their character offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’]?|$)", re.MULTILINE)


class Sentence(BaseModel):
    """A sentence and where it sits in its article: `text[start:end] == sentence`."""

    text: str
    start: int
    end: int


def split_sentences(text: str) -> Iterator[Sentence]:
    """Sentences of `text`, stripped, with offsets that slice back to them exactly."""
    for match in _SENTENCE.finditer(text):
        raw = match.group(0)
        stripped = raw.strip()
        if len(stripped) < 3:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        yield Sentence(text=stripped, start=start, end=start + len(stripped))
