"""The curated actor catalogue, name keys that survive transliteration, and new actors.

Invariant: an actor's id depends only on its name's key (`name_key`), never on the
order articles are read, so the same person spelt "Yevgeniy" in one load and "Yevgeny"
in the next resolves to one node without the loader reading the store.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, PrivateAttr
from rapidfuzz import fuzz, process

from app import ROOT
from app.core.errors import InputError
from app.core.names import name_key
from app.store.models import ActorRecord

CATALOGUE_PATH = ROOT / "data" / "actors.yaml"
STATES_PATH = ROOT / "data" / "states.yaml"
ORGANISATIONS_PATH = ROOT / "data" / "organisations.yaml"
OUTLETS_PATH = ROOT / "data" / "outlets.yaml"
LEADERS_PATH = ROOT / "data" / "leaders.yaml"
PLACES_PATH = ROOT / "data" / "places.yaml"


class Role(BaseModel):
    """An office an actor holds in another actor, with dates where known."""

    role: str
    of: str
    since: str | None = None
    until: str | None = None


class CatalogueEntry(ActorRecord):
    """A curated actor with the facts only the catalogue holds."""

    curated: bool = True
    demonyms: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    parent: str | None = None

    def record(self) -> ActorRecord:
        """The node the store writes."""
        return ActorRecord.model_validate(self.model_dump(include=set(ActorRecord.model_fields)))


class Catalogue(BaseModel):
    """Curated actors, looked up by exact name, by name key or fuzzily."""

    actors: list[CatalogueEntry]
    places: set[str] = Field(default_factory=set)  # names of cities: where acts happen, not who acts
    _keys_by_kinds: dict[frozenset[str] | None, dict[str, str]] = PrivateAttr(default_factory=dict)

    @classmethod
    def load(
        cls,
        path: Path = CATALOGUE_PATH,
        states: Path | None = STATES_PATH,
        organisations: Path | None = ORGANISATIONS_PATH,
        outlets: Path | None = OUTLETS_PATH,
        leaders: Path | None = LEADERS_PATH,
        places: Path | None = PLACES_PATH,
    ) -> Catalogue:
        """Read and check the catalogue file, then add the world's states from `states`
        (those whose country code no State of the catalogue holds), and the international
        bodies and armed movements from `organisations`, the news outlets from `outlets` and
        the world's leaders from `leaders` (those whose id it does not hold); last, the
        cities of `places` as names of their states (those no actor is named already)."""
        actors = _read_entries(path)
        if states is not None:
            held = {a.country for a in actors if a.kind == "State"}
            actors += [a for a in _read_entries(states) if a.country not in held]
        for extra in (organisations, outlets, leaders):
            if extra is not None:
                known = {a.id for a in actors}
                actors += [a for a in _read_entries(extra) if a.id not in known]
        cities = _add_places(actors, places) if places is not None else set()
        catalogue = cls(actors=actors, places=cities)
        ids = [a.id for a in catalogue.actors]
        if len(ids) != len(set(ids)):
            duplicated = sorted({i for i in ids if ids.count(i) > 1})
            raise InputError(f"{path}: duplicate actor ids: {', '.join(duplicated)}")
        return catalogue

    @cached_property
    def by_id(self) -> dict[str, CatalogueEntry]:
        """Actors keyed by id."""
        return {actor.id: actor for actor in self.actors}

    @cached_property
    def names(self) -> dict[str, str]:
        """Every name and alias as written (plus a capitalised and a curly-apostrophe form) → id."""
        names: dict[str, str] = {}
        for actor in self.actors:
            for name in [actor.name, *actor.aliases]:
                for form in {name, name[:1].upper() + name[1:], name.replace("'", "’")}:
                    names.setdefault(form, actor.id)
        return names

    @cached_property
    def demonyms(self) -> dict[str, str]:
        """Demonym (adjective or plural) → state id."""
        return {d: a.id for a in self.actors for d in a.demonyms}

    @cached_property
    def demonym_starts(self) -> frozenset[str]:
        """The first word of every demonym ("Russian", "North" of "North Korean")."""
        return frozenset(d.split()[0] for d in self.demonyms)

    @cached_property
    def _compound_demonyms(self) -> list[tuple[tuple[str, ...], str]]:
        """Demonyms of several words ("North Korean", "Sri Lankan") as word tuples, longest first."""
        compounds = [(tuple(d.split()), i) for d, i in self.demonyms.items() if " " in d]
        return sorted(compounds, key=lambda c: -len(c[0]))

    def demonym_at(self, words: list[str], start: int, stop: int) -> tuple[int, str] | None:
        """The demonym that starts at `words[start]` and ends by `stop`: its end and its state."""
        found = self.demonyms.get(words[start])
        if found is not None:
            return start + 1, found
        for parts, state in self._compound_demonyms:
            end = start + len(parts)
            if end <= stop and tuple(words[start:end]) == parts:
                return end, state
        return None

    def demonym_before(self, words: list[str], end: int, lo: int) -> tuple[int, str] | None:
        """The demonym that ends at `words[end - 1]` and starts at `lo` or later: its start and its state."""
        if end <= lo:
            return None
        found = self.demonyms.get(words[end - 1])
        if found is not None:
            return end - 1, found
        for parts, state in self._compound_demonyms:
            start = end - len(parts)
            if start >= lo and tuple(words[start:end]) == parts:
                return start, state
        return None

    @cached_property
    def keys(self) -> dict[str, str]:
        """Name key of every name and alias → id."""
        return {name_key(n): i for n, i in self.names.items()}

    @cached_property
    def state_of_country(self) -> dict[str, str]:
        """ISO country code → the state's id."""
        return {a.country: a.id for a in self.actors if a.kind == "State" and a.country}

    def state_of(self, actor_id: str) -> str | None:
        """The State an actor belongs to: itself, the nearest State among its parents, else
        the state of the country of the first parentless actor up the chain."""
        seen: set[str] = set()
        while actor_id in self.by_id and actor_id not in seen:
            seen.add(actor_id)
            entry = self.by_id[actor_id]
            if entry.kind == "State":
                return actor_id
            if entry.parent is None:
                return self.state_of_country.get(entry.country or "")
            actor_id = entry.parent
        return None

    def lookup(self, name: str, kinds: set[str] | None = None) -> str | None:
        """The curated actor a name refers to: exact, by key, then fuzzy (≥ 90) within `kinds`."""
        found = self.names.get(name) or self.keys.get(name_key(name))
        if found and (kinds is None or self.by_id[found].kind in kinds):
            return found
        choices = self._keys_of(frozenset(kinds) if kinds else None)
        best = process.extractOne(name_key(name), list(choices), scorer=fuzz.ratio, score_cutoff=90)
        return choices[best[0]] if best else None

    def _keys_of(self, kinds: frozenset[str] | None) -> dict[str, str]:
        """Name keys of the actors of these kinds (all when None), computed once per kind set."""
        if kinds not in self._keys_by_kinds:
            self._keys_by_kinds[kinds] = {
                k: i for k, i in self.keys.items() if kinds is None or self.by_id[i].kind in kinds
            }
        return self._keys_by_kinds[kinds]


def _add_places(actors: list[CatalogueEntry], path: Path) -> set[str]:
    """Add the cities of a places file (state id → city names) to their states' aliases;
    the names added."""
    try:
        places = yaml.safe_load(path.read_text(encoding="utf-8"))
        cities = {str(state): [str(c) for c in names] for state, names in places.items()}
    except (OSError, yaml.YAMLError, AttributeError, TypeError) as exc:
        raise InputError(f"{path}: not a valid places file: {exc}") from exc
    states = {a.id: a for a in actors if a.kind == "State"}
    named = {n for a in actors for n in [a.name, *a.aliases]}
    added: set[str] = set()
    for state, names in cities.items():
        if state not in states:
            continue  # a catalogue without that state (a test's, a user's own)
        new = [n for n in names if n not in named]
        states[state].aliases += new
        added.update(new)
    return added


def _read_entries(path: Path) -> list[CatalogueEntry]:
    """The entries of one catalogue file."""
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        return [CatalogueEntry.model_validate(e) for e in entries]
    except (OSError, yaml.YAMLError, ValueError, TypeError) as exc:
        raise InputError(f"{path}: not a valid actor catalogue: {exc}") from exc


class MergedActor(BaseModel):
    """An actor an analyst merged into another: its id, its names and the survivor."""

    loser: str
    names: list[str]
    survivor: ActorRecord


def with_merges(catalogue: Catalogue, merges: Iterable[MergedActor]) -> Catalogue:
    """A copy of `catalogue` in which each loser's names and demonyms belong to its survivor
    and the loser is gone, so later articles name the survivor; a survivor the catalogue
    lacks (an actor the loaders found) joins it as it is, uncurated."""
    entries = {a.id: a.model_copy(deep=True) for a in catalogue.actors}
    for merge in merges:
        lost = entries.pop(merge.loser, None)
        keep = entries.get(merge.survivor.id)
        if keep is None:
            keep = entries[merge.survivor.id] = CatalogueEntry.model_validate(merge.survivor.model_dump())
        names = [*merge.names, *([lost.name, *lost.aliases] if lost else [])]
        keep.aliases += [n for n in dict.fromkeys(names) if n != keep.name and n not in keep.aliases]
        if lost is not None:
            keep.demonyms += [d for d in lost.demonyms if d not in keep.demonyms]
        for entry in entries.values():
            if entry.parent == merge.loser:
                entry.parent = keep.id
    return Catalogue(actors=list(entries.values()), places=set(catalogue.places))
