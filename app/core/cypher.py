"""Cypher statements live in `cypher/` files and are loaded by name.

Layout: `cypher/shared/NAME.cypher` holds statements both backends accept;
`cypher/neo4j/NAME.cypher` and `cypher/falkordb/NAME.cypher` hold the dialect-specific
ones, side by side, and win over a shared file of the same name. A template may hold
`{{rel_type}}` or `{{kind}}`, filled only from names the schema declares, or
`{{pattern}}`, filled with one of three fixed arrows for a direction.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from app import ROOT
from app.core.errors import CypherTemplateError
from app.core.schema import load_schema

CYPHER_DIR = ROOT / "cypher"
Dialect = Literal["neo4j", "falkordb"]
Direction = Literal["out", "in", "both"]
PATTERNS: dict[str, str] = {
    "out": "(a:Actor)-[r]->(b:Actor)",
    "in": "(a:Actor)<-[r]-(b:Actor)",
    "both": "(a:Actor)-[r]-(b:Actor)",
}


@lru_cache
def read_template(name: str, dialect: Dialect) -> str:
    """The text of template `name` for `dialect`; an unknown name raises."""
    for folder in (dialect, "shared"):
        path = CYPHER_DIR / folder / f"{name}.cypher"
        if path.is_file():
            return strip_comments(path.read_text(encoding="utf-8"))
    raise CypherTemplateError(f"no Cypher template {name!r} for {dialect} under {CYPHER_DIR}")


def render(
    name: str,
    dialect: Dialect,
    *,
    rel_type: str | None = None,
    kind: str | None = None,
    direction: Direction | None = None,
) -> str:
    """Template `name` with its placeholders filled from schema-declared names only."""
    text = read_template(name, dialect)
    schema = load_schema()
    if "{{rel_type}}" in text:
        if rel_type is None:
            raise CypherTemplateError(f"template {name!r} needs a relation type")
        text = text.replace("{{rel_type}}", schema.relation(rel_type).name)
    if "{{kind}}" in text:
        if kind is None:
            raise CypherTemplateError(f"template {name!r} needs an actor kind")
        text = text.replace("{{kind}}", schema.kind(kind))
    if "{{pattern}}" in text:
        if direction not in PATTERNS:
            raise CypherTemplateError(f"template {name!r} needs a direction: out, in or both")
        text = text.replace("{{pattern}}", PATTERNS[direction])
    return text


def render_statements(
    name: str,
    dialect: Dialect,
    *,
    rel_type: str | None = None,
    kind: str | None = None,
    direction: Direction | None = None,
) -> list[str]:
    """A multi-statement template split on `;` at line ends, each statement rendered."""
    text = render(name, dialect, rel_type=rel_type, kind=kind, direction=direction)
    return [part.strip() for part in text.split(";\n") if part.strip()]


def template_names(dialect: Dialect) -> list[str]:
    """Names of every template available to `dialect`."""
    names = {p.stem for folder in ("shared", dialect) for p in (CYPHER_DIR / folder).glob("*.cypher")}
    return sorted(names)


def strip_comments(text: str) -> str:
    """The statement without its `//` comment lines (FalkorDB takes no comments)."""
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("//")]
    return "\n".join(lines).strip()
