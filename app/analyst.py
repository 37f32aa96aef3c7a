"""The analyst kit: documented, parameterised Cypher queries in `cypher/queries/`.

Each `NAME.cypher` file is written for Neo4j (paste it into Neo4j Browser) and opens with
a comment header: a title line, a description, one `@param NAME DEFAULT DESCRIPTION` line
per parameter (DEFAULT is JSON with no spaces) and, where FalkorDB's dialect cannot run it,
an `@falkordb` note saying why. The embedded variant then lives in
`cypher/queries/falkordb/NAME.cypher`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from app.core.cypher import CYPHER_DIR, Dialect, strip_comments
from app.core.errors import InputError

QUERIES_DIR = CYPHER_DIR / "queries"
_PARAM = re.compile(r"^@param\s+([A-Za-z_]\w*)\s+(\S+)\s+(.+)$")
_USED = re.compile(r"\$([A-Za-z_]\w*)")


@dataclass(frozen=True)
class QueryParam:
    """A parameter of an analyst query, with the default the sample corpus answers well."""

    name: str
    default: Any
    description: str


@dataclass(frozen=True)
class AnalystQuery:
    """One analyst query: its documentation and its statement per dialect."""

    name: str
    title: str
    description: str
    params: list[QueryParam]
    neo4j: str
    falkordb: str
    falkordb_note: str | None = None
    used_params: set[str] = field(default_factory=set)

    def statement(self, dialect: Dialect) -> str:
        """The statement to send to `dialect`'s store."""
        return self.neo4j if dialect == "neo4j" else self.falkordb

    def bind(self, values: dict[str, Any]) -> dict[str, Any]:
        """The defaults overridden by `values`; a name the query does not declare raises."""
        declared = {p.name: p.default for p in self.params}
        unknown = sorted(set(values) - set(declared))
        if unknown:
            known = ", ".join(declared) or "none"
            raise InputError(f"{self.name} has no parameter {', '.join(unknown)} (it takes: {known})")
        return {**declared, **values}


def _split(path_text: str) -> tuple[list[str], str]:
    """The header comment lines (without `//`) and the statement after them."""
    lines = path_text.splitlines()
    header: list[str] = []
    for index, line in enumerate(lines):
        if not line.startswith("//"):
            return header, strip_comments("\n".join(lines[index:]))
        header.append(line[2:].strip())
    return header, ""


def _parse(name: str, text: str, falkordb_text: str | None) -> AnalystQuery:
    header, body = _split(text)
    if not header or not header[0] or not body:
        raise InputError(f"cypher/queries/{name}.cypher needs a title comment and a statement")
    params: list[QueryParam] = []
    description: list[str] = []
    note: list[str] = []
    for line in header[1:]:
        if line.startswith("@param"):
            match = _PARAM.match(line)
            if not match:
                raise InputError(f"{name}: bad @param line {line!r} (want: @param NAME JSON DESCRIPTION)")
            params.append(QueryParam(match[1], json.loads(match[2]), match[3]))
        elif line.startswith("@falkordb") or note:
            note.append(line.removeprefix("@falkordb").strip())
        else:
            description.append(line)
    if note and falkordb_text is None:
        raise InputError(f"{name}: has an @falkordb note but no cypher/queries/falkordb/{name}.cypher")
    falkordb_body = _split(falkordb_text)[1] if falkordb_text is not None else body
    return AnalystQuery(
        name=name,
        title=header[0],
        description=" ".join(line for line in description if line).strip(),
        params=params,
        neo4j=body,
        falkordb=falkordb_body,
        falkordb_note=" ".join(note) or None,
        used_params=set(_USED.findall(body)) | set(_USED.findall(falkordb_body)),
    )


@lru_cache
def load_queries() -> dict[str, AnalystQuery]:
    """Every analyst query by name, in file-name order."""
    queries: dict[str, AnalystQuery] = {}
    for path in sorted(QUERIES_DIR.glob("*.cypher")):
        variant = QUERIES_DIR / "falkordb" / path.name
        falkordb_text = variant.read_text(encoding="utf-8") if variant.is_file() else None
        queries[path.stem] = _parse(path.stem, path.read_text(encoding="utf-8"), falkordb_text)
    return queries


def get_query(name: str) -> AnalystQuery:
    """The analyst query `name`; an unknown name raises with the list of known ones."""
    queries = load_queries()
    if name not in queries:
        raise InputError(f"no analyst query {name!r}; known: {', '.join(queries)}")
    return queries[name]
