"""Every Cypher statement the Neo4j adapter can send passes Neo4j's own linter.

The linter is the npm package @neo4j-cypher/language-support (pinned in package.json)
with its bundled Neo4j 5 function/procedure schema; `tools/lint_cypher.mjs` runs it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

import pytest

from app import ROOT
from app.core.schema import load_schema
from app.store.base import GraphStore

LINTER = ROOT / "tools" / "lint_cypher.mjs"


def lint(statements: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    if shutil.which("node") is None or not (ROOT / "node_modules" / "@neo4j-cypher").is_dir():
        pytest.fail("the Cypher linter is not installed: run `npm ci` (the test command does)")
    schema = load_schema()
    payload = {
        "statements": [{"id": k, "query": v} for k, v in statements.items()],
        "labels": [*schema.actor_kinds, "Actor", "Article", "Evidence"],
        "relationshipTypes": [*schema.relation_types, "MENTIONS", "FROM"],
        "propertyKeys": [*schema.actor_properties, *schema.article_properties, *schema.act_properties],
    }
    proc = subprocess.run(
        ["node", str(LINTER)], input=json.dumps(payload), capture_output=True, text=True, cwd=ROOT, check=True
    )
    return {r["id"]: r["diagnostics"] for r in json.loads(proc.stdout)["results"]}


def errors(diagnostics: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [d for d in diagnostics if d["severity"] == 1]


def neo4j_statements() -> dict[str, str]:
    statements = GraphStore.statements_for("neo4j", load_schema())
    return {f"adapter#{i}": s for i, s in enumerate(statements)}


def test_every_neo4j_adapter_statement_lints_clean() -> None:
    statements = neo4j_statements()
    assert len(statements) > 50  # every template times every declared type and kind
    results = lint(statements)
    failures = {k: (statements[k], errors(d)) for k, d in results.items() if errors(d)}
    assert failures == {}
    print(f"linted {len(statements)} Neo4j statements")


def test_analyst_query_files_for_neo4j_lint_clean() -> None:
    files = (
        sorted((ROOT / "cypher" / "queries").glob("*.cypher"))
        if (ROOT / "cypher" / "queries").is_dir()
        else []
    )
    statements = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in files}
    if not statements:
        pytest.skip("no analyst query files yet (cypher/queries/)")
    failures = {k: errors(d) for k, d in lint(statements).items() if errors(d)}
    assert failures == {}


@pytest.mark.parametrize(
    "bad",
    [
        "MATCH (a:Actor) RETURN b",  # undefined variable
        "MATCH (a:Actor RETURN a",  # syntax
        "RETURN apoc.nope.nothing(1)",  # unknown function
        "CALL db.idx.fulltext.queryNodes('Actor', $q) YIELD node RETURN node",  # FalkorDB-only procedure
    ],
)
def test_the_linter_catches_what_neo4j_would_reject(bad: str) -> None:
    assert errors(lint({"bad": bad})["bad"]), f"linter accepted {bad!r}"
