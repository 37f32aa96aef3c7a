#!/usr/bin/env bash
# Set up ActorGraph with its test tools in ./.venv and node_modules, then run the one
# quality gate: ruff (format + lint), mypy, and the test suite on both backends: the
# embedded FalkorDB and a real Neo4j 5 (the local server from Maven Central's jars, or
# $ACTORGRAPH_NEO4J_URI); every Neo4j statement is also linted by Neo4j's own parser.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"
npm ci --no-audit --no-fund --loglevel=error
# The local Neo4j the suite runs against: Maven fetches its jars once into neo4j-local/.
if command -v mvn >/dev/null && command -v java >/dev/null; then
  .venv/bin/python -c "from app.store.local_neo4j import fetch_jars; fetch_jars()"
else
  echo "no Java 17 or Maven: the Neo4j half of the suite will be skipped (CI installs both)" >&2
fi
.venv/bin/ruff format --check app loaders tests
.venv/bin/ruff check app loaders tests
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
