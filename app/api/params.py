"""Query parameters shared by several routes, validated against the schema file."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from fastapi import Query

from app.core.schema import load_schema
from app.store.reader import ActFilter

_schema = load_schema()
# Enums read from schema/graph.yaml, so the OpenAPI document lists exactly the declared names.
RelationTypeName = Enum("RelationTypeName", {name: name for name in _schema.relation_types}, type=str)  # type: ignore[misc]
ActorKindName = Enum("ActorKindName", {name: name for name in _schema.actor_kinds}, type=str)  # type: ignore[misc]
StatusName = Enum("StatusName", {name: name for name in _schema.statuses}, type=str)  # type: ignore[misc]


def has_nul(value: object) -> bool:
    """True when a request value (a string, or one inside lists and maps) holds a NUL character.

    Neo4j stores or matches such strings while FalkorDB fails on them, so the API refuses
    them up front and both backends answer alike.
    """
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(has_nul(k) or has_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(has_nul(v) for v in value)
    return False


NUL_MESSAGE = "a request value contains a NUL character"

DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
DateParam = Annotated[
    str | None,
    Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD; compared at each act's precision."),
]
Types = Annotated[
    list[RelationTypeName] | None,
    Query(description="Act or affiliation types to keep (repeat the parameter); default all."),
]
Statuses = Annotated[
    list[StatusName] | None,
    Query(description="Statuses to keep (repeat the parameter); default all."),
]


async def act_filter(
    types: Types = None, status: Statuses = None, since: DateParam = None, until: DateParam = None
) -> ActFilter:
    """The act filter of a request (async: it does no I/O, so it needs no thread hop)."""
    return ActFilter(
        types=[t.value for t in types] if types else None,
        statuses=[s.value for s in status] if status else None,
        since=since,
        until=until,
    )
