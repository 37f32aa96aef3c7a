"""The graph schema (`schema/graph.yaml`) as typed objects.

Every relationship type or kind label that reaches Cypher text comes from here:
Cypher cannot take a label or relationship type as a parameter, so the only names
ever written into a statement are the ones this file declares.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, Field

from app import ROOT
from app.core.errors import SchemaError

SCHEMA_PATH = ROOT / "schema" / "graph.yaml"
_UPPER_SNAKE = re.compile(r"^[A-Z][A-Z0-9_]*$")
_CAMEL = re.compile(r"^[A-Z][A-Za-z]*$")


class RelationType(BaseModel):
    """One relationship type: an act or an affiliation."""

    name: str
    description: str
    source: list[str]
    target: list[str]
    plover: str | None = None
    plover_mode: str | None = None
    cameo: str | None = None
    affiliation: bool = False
    phrase: str | None = None  # how a summary reads the edge ("denied the claims of"); default: the name

    @property
    def verb(self) -> str:
        """The words between source and target in an edge's one-line summary."""
        return self.phrase or self.name.lower().replace("_", " ")


class GraphSchema(BaseModel):
    """Actor kinds, act and affiliation types, and the properties they carry."""

    version: int
    actor_kinds: dict[str, str]
    actor_properties: list[str]
    article_properties: list[str]
    act_properties: list[str]
    statuses: list[str]
    date_precisions: list[str]
    review_states: list[str] = Field(default_factory=list)
    relations: dict[str, RelationType] = Field(default_factory=dict)

    @property
    def act_types(self) -> list[str]:
        """Names of the act types, in declaration order."""
        return [r.name for r in self.relations.values() if not r.affiliation]

    @property
    def affiliation_types(self) -> list[str]:
        """Names of the affiliation types (`MEMBER_OF`, `PART_OF`)."""
        return [r.name for r in self.relations.values() if r.affiliation]

    @property
    def relation_types(self) -> list[str]:
        """Every relationship type an actor-to-actor edge may have."""
        return list(self.relations)

    def relation(self, name: str) -> RelationType:
        """The declared relation type `name`; raises SchemaError for anything else."""
        try:
            return self.relations[name]
        except KeyError:
            raise SchemaError(
                f"unknown relation type {name!r}; declared: {', '.join(self.relations)}"
            ) from None

    def kind(self, name: str) -> str:
        """The declared actor kind `name`; raises SchemaError for anything else."""
        if name not in self.actor_kinds:
            raise SchemaError(f"unknown actor kind {name!r}; declared: {', '.join(self.actor_kinds)}")
        return name


def parse_schema(raw: dict[str, object]) -> GraphSchema:
    """Validate the raw YAML mapping and check every name is safe to place in Cypher."""
    relations: dict[str, RelationType] = {}
    for key, affiliation in (("act_types", False), ("affiliation_types", True)):
        for name, spec in dict(raw.pop(key, {}) or {}).items():  # type: ignore[call-overload]
            relations[name] = RelationType(name=name, affiliation=affiliation, **spec)
    schema = GraphSchema.model_validate({**raw, "relations": relations})
    for name, rel in schema.relations.items():
        if not _UPPER_SNAKE.match(name):
            raise SchemaError(f"relation type {name!r} is not UPPER_SNAKE_CASE")
        for kind in rel.source + rel.target:
            schema.kind(kind)
    for kind in schema.actor_kinds:
        if not _CAMEL.match(kind):
            raise SchemaError(f"actor kind {kind!r} is not a plain CamelCase label")
    return schema


@lru_cache
def load_schema(path: Path = SCHEMA_PATH) -> GraphSchema:
    """Read and validate the schema file (once per process)."""
    with path.open(encoding="utf-8") as fh:
        return parse_schema(yaml.safe_load(fh))
