"""Act patterns for the role reading: cue lemmas and argument paths per act type, read from
`loaders/patterns.yaml` and checked against the graph schema at load."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from app import ROOT
from app.core.errors import SchemaError
from app.core.schema import GraphSchema
from loaders.mentions import PersonCues

PATTERNS_PATH = ROOT / "loaders" / "patterns.yaml"

# The argument paths the interpreter knows (loaders/roles.py); "prep:WORD" names any preposition.
PATHS = {
    "subj",
    "list_owner",
    "agent",
    "obj",
    "passive_subj",
    "dative",
    "poss",
    "modifier",
    "clause_obj",
    "clause_subj",
    "small_clause",
    "claimant",
    "entry_from",
    "under",
}
_PREP = re.compile(r"^(passive_)?prep:[a-z]+$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


_FORM_PATHS = {"earlier-list": "list", "caused": "verb"}  # forms that share another's paths


class Paths(_Strict):
    """Argument paths tried in order for each role and form."""

    verb_source: list[str] | None = None
    verb_target: list[str] | None = None
    noun_source: list[str] | None = None
    noun_target: list[str] | None = None
    list_source: list[str] | None = None
    list_target: list[str] | None = None
    converse_source: list[str] | None = None
    converse_target: list[str] | None = None


class TypePattern(Paths):
    """One act type's cues and argument paths, as written in the file."""

    verbs: list[str] = []
    weak_verbs: list[str] = []
    needs: list[str] = []
    converse_verbs: list[str] = []
    moves: bool = False
    answers: bool = False
    nouns: list[str] = []
    light_verbs: list[str] = []
    symmetric: bool = False
    target_from: str | None = None
    person_verbs: list[str] = []
    clause_verbs: list[str] = []
    caused_verbs: list[str] = []
    lists: list[str] = []
    people: list[str] = []
    organisations: list[str] = []
    spoken: bool = False


class Words(_Strict):
    """The lemmas the interpreter reads around a cue (see the file's `words`)."""

    speech: frozenset[str]
    hedge: frozenset[str]
    hedge_adverbs: frozenset[str]
    denial: frozenset[str]
    conditions: frozenset[str]
    not_done: frozenset[str]
    causatives: frozenset[str]
    owned: frozenset[str]
    owner_preps: list[str]
    member_preps: frozenset[str]
    verb_owner_preps: list[str]
    memberships: frozenset[str]
    reporters: frozenset[str]
    containers: frozenset[str]
    means_preps: frozenset[str]
    speaker_pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    partitives: frozenset[str]
    allegation: frozenset[str]
    subject_preps: frozenset[str]
    hypothetical: frozenset[str]
    preventing: frozenset[str]
    said_participles: frozenset[str]
    instruments: frozenset[str]
    places: frozenset[str]
    place_preps: list[str]
    object_pronouns: frozenset[str]
    owner_participles: frozenset[str]
    entry_verbs: frozenset[str]
    result_verbs: frozenset[str]
    naming_participles: frozenset[str]
    vehicles: frozenset[str]
    armed: frozenset[str]
    clause_preps: list[str]
    responsibility: frozenset[str]
    claiming: frozenset[str]
    disowning: frozenset[str]
    involvement: frozenset[str]
    not_cues: frozenset[tuple[str, str]]
    addressing: frozenset[tuple[str, str]]
    list_nouns: frozenset[str]
    list_verbs: frozenset[str]
    list_preps: frozenset[str]
    list_anaphors: frozenset[str]
    adjunct_preps: frozenset[str]
    state_soldiers: frozenset[str]
    attempts: frozenset[str]


class PatternFile(_Strict):
    """The whole file."""

    defaults: Paths
    words: Words
    types: dict[str, TypePattern]


class ActPatterns:
    """Validated patterns, with the lookups the interpreter uses."""

    def __init__(self, spec: PatternFile) -> None:
        self.spec = spec
        self.words = spec.words
        self.types = spec.types

    def paths(self, act_type: str, form: str, role: str) -> list[str]:
        """The paths of `role` ("source" or "target") for a `form` ("verb", "noun", "list",
        "converse", ...) cue."""
        key = f"{_FORM_PATHS.get(form, form)}_{role}"
        own: list[str] | None = getattr(self.types[act_type], key)
        return own if own is not None else getattr(self.spec.defaults, key) or []

    @cached_property
    def verb_cues(self) -> dict[str, list[tuple[str, str | None, str]]]:
        """Verb lemma → (act type, particle or None, what else it needs: "", "weak" (a word
        of `needs` in its object), "clause" (a "to" clause of its own) or "caused" (a
        causative governor)) for every verbal cue."""
        index: dict[str, list[tuple[str, str | None, str]]] = {}
        for name, t in self.types.items():
            for need, words in (
                ("", t.verbs + t.person_verbs),
                ("weak", t.weak_verbs),
                ("clause", t.clause_verbs),
                ("caused", t.caused_verbs),
            ):
                for phrase in words:
                    lemma, _, particle = phrase.partition(" ")
                    index.setdefault(lemma, []).append((name, particle or None, need))
        return index

    @cached_property
    def noun_cues(self) -> dict[str, list[str]]:
        """Noun lemma → the act types it cues."""
        index: dict[str, list[str]] = {}
        for name, t in self.types.items():
            for lemma in t.nouns:
                index.setdefault(lemma, []).append(name)
        return index

    def person_cues(self, schema: GraphSchema) -> PersonCues:
        """Where an unknown name is a person: next to any type's `people` lemmas; before them
        at a sentence's start only where the type's source may be a person."""
        return PersonCues(
            organisations=frozenset(w for t in self.types.values() for w in t.organisations),
            objects=frozenset(w for t in self.types.values() for w in t.people),
            subjects=frozenset(
                w
                for name, t in self.types.items()
                if "Person" in schema.relation(name).source
                for w in t.people
            ),
        )

    @cached_property
    def symmetric(self) -> frozenset[str]:
        """The act types with no direction (MET, AGREED)."""
        return frozenset(name for name, t in self.types.items() if t.symmetric)

    @cached_property
    def converse_cues(self) -> dict[str, list[str]]:
        """Verb lemma → the act types it reports from the receiving end."""
        return self._by_lemma("converse_verbs")

    def _by_lemma(self, field: str) -> dict[str, list[str]]:
        """Lemma → the act types whose word list `field` holds it."""
        index: dict[str, list[str]] = {}
        for name, t in self.types.items():
            for lemma in getattr(t, field):
                index.setdefault(lemma, []).append(name)
        return index

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """Every cue lemma, for the cheap test of whether a sentence is worth parsing."""
        listing = self.words.list_verbs if any(t.lists for t in self.types.values()) else frozenset()
        return frozenset(self.verb_cues) | frozenset(self.noun_cues) | frozenset(self.converse_cues) | listing

    @cached_property
    def gated(self) -> dict[str, frozenset[str]]:
        """Cue lemmas that can cue only beside another word of the sentence, and those
        words: a weak or receiving verb beside one of its types' `needs`, a list verb beside
        a list noun, a verb a causative must govern beside a causative. A sentence with
        "including" and no list, or "sent" and nothing sent, is not worth parsing for them."""
        gates: dict[str, set[str]] = {}
        plain = set(self.noun_cues)
        for lemma, cues in self.verb_cues.items():
            for act_type, _, need in cues:
                if need == "weak":
                    gates.setdefault(lemma, set()).update(self.types[act_type].needs)
                elif need == "caused":
                    gates.setdefault(lemma, set()).update(self.words.causatives)
                else:
                    plain.add(lemma)
        for lemma, types in self.converse_cues.items():
            gates.setdefault(lemma, set()).update(w for t in types for w in self.types[t].needs)
        if any(t.lists for t in self.types.values()):
            for lemma in self.words.list_verbs:
                gates.setdefault(lemma, set()).update(self.words.list_nouns)
        return {lemma: frozenset(words) for lemma, words in gates.items() if lemma not in plain}


def parse_patterns(raw: object, schema: GraphSchema, path: Path = PATTERNS_PATH) -> ActPatterns:
    """Validate a raw mapping against the file's shape and the schema's act types."""
    if not isinstance(raw, dict) or not isinstance(raw.get("types"), dict):
        raise SchemaError(f"{path}: expected a mapping with `defaults`, `words` and `types`")
    for name in raw["types"]:
        if name not in schema.act_types:
            raise SchemaError(f"{path}: types.{name}: not an act type of schema/graph.yaml")
    try:
        spec = PatternFile.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise SchemaError(f"{path}: {where}: {first['msg']}") from None
    for name, t in spec.types.items():
        if t.target_from is not None and t.target_from not in schema.act_types:
            raise SchemaError(f"{path}: types.{name}.target_from: not an act type of schema/graph.yaml")
    for where, paths in _all_paths(spec):
        for p in paths:
            if p not in PATHS and not _PREP.match(p):
                raise SchemaError(f"{path}: {where}: unknown argument path {p!r}")
    return ActPatterns(spec)


def _all_paths(spec: PatternFile) -> list[tuple[str, list[str]]]:
    keys = (
        "verb_source",
        "verb_target",
        "noun_source",
        "noun_target",
        "list_source",
        "list_target",
        "converse_source",
        "converse_target",
    )
    found = [(f"defaults.{k}", getattr(spec.defaults, k) or []) for k in keys]
    for name, t in spec.types.items():
        found += [(f"types.{name}.{k}", getattr(t, k) or []) for k in keys]
    return found


def load_patterns(schema: GraphSchema, path: Path = PATTERNS_PATH) -> ActPatterns:
    """Read and validate the pattern file; SchemaError names the file and the key at fault."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SchemaError(f"{path}: cannot read the act patterns: {exc}") from exc
    return parse_patterns(raw, schema, path)
