"""The curated actor catalogue and gazetteer matching of its names in sentences."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

import yaml
from pydantic import BaseModel

from app import ROOT
from app.store.models import ActorRecord

CATALOGUE_PATH = ROOT / "data" / "actors.yaml"


class Mention(BaseModel):
    """An actor named in a sentence, at sentence-relative offsets."""

    actor_id: str
    start: int
    end: int


class Catalogue(BaseModel):
    """Curated actors and a matcher over every name and alias."""

    actors: list[ActorRecord]

    @classmethod
    def load(cls, path: Path = CATALOGUE_PATH) -> Catalogue:
        """Read the catalogue file; every entry is curated."""
        with path.open(encoding="utf-8") as fh:
            entries = yaml.safe_load(fh)
        return cls(actors=[ActorRecord(curated=True, **entry) for entry in entries])

    @cached_property
    def by_id(self) -> dict[str, ActorRecord]:
        """Actors keyed by id."""
        return {actor.id: actor for actor in self.actors}

    @cached_property
    def _pattern(self) -> tuple[re.Pattern[str], dict[str, str]]:
        names: dict[str, str] = {}
        for actor in self.actors:
            for name in [actor.name, *actor.aliases]:
                names.setdefault(name.lower(), actor.id)
        # Longest names first, so "Sputnik Azerbaijan" wins over "Azerbaijan".
        alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])", re.IGNORECASE), names

    def find_mentions(self, sentence: str) -> list[Mention]:
        """Non-overlapping catalogue names in `sentence`, left to right."""
        pattern, names = self._pattern
        return [
            Mention(actor_id=names[m.group(0).lower()], start=m.start(), end=m.end())
            for m in pattern.finditer(sentence)
        ]
