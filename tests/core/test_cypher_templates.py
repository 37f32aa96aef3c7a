"""Cypher templates: loaded by name, filled only with schema-declared names."""

from __future__ import annotations

import pytest

from app.core.cypher import render, render_statements, template_names
from app.core.errors import CypherTemplateError, SchemaError
from app.core.schema import load_schema, parse_schema


def test_unknown_template_raises() -> None:
    with pytest.raises(CypherTemplateError):
        render("no_such_query", "neo4j")


def test_rel_type_placeholder_takes_only_declared_types() -> None:
    assert ":BANNED {id: row.id}" in render("upsert_relations", "falkordb", rel_type="BANNED")
    with pytest.raises(SchemaError):
        render("upsert_relations", "falkordb", rel_type="BANNED]->(x) DELETE x//")
    with pytest.raises(CypherTemplateError):
        render("upsert_relations", "falkordb")


def test_dialect_files_win_over_shared_ones() -> None:
    neo4j = render_statements("schema", "neo4j")
    falkor = render_statements("schema", "falkordb")
    assert all("IF NOT EXISTS" in s for s in neo4j)
    assert any("db.idx.fulltext.createNodeIndex" in s for s in falkor)
    assert set(template_names("neo4j")) == set(template_names("falkordb"))


def test_schema_declares_the_required_act_types_with_plover() -> None:
    schema = load_schema()
    for required in ("AIDED", "DETAINED", "BANNED", "ACCUSED"):
        assert schema.relation(required).plover
    assert schema.affiliation_types == ["MEMBER_OF", "PART_OF"]


def test_schema_rejects_names_unsafe_for_cypher() -> None:
    raw = {
        "version": 1, "actor_kinds": {"State": "s"}, "actor_properties": [], "article_properties": [],
        "act_properties": [], "statuses": [], "date_precisions": [],
        "act_types": {"bad-type": {"description": "x", "source": ["State"], "target": ["State"]}},
    }  # fmt: skip
    with pytest.raises(SchemaError):
        parse_schema(raw)
