#!/usr/bin/env bash
# Set up ActorGraph with its test tools in ./.venv and node_modules, then run the one
# quality gate: ruff (format + lint), mypy, and the test suite (which lints every
# Neo4j statement with Neo4j's own Cypher linter).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"
npm ci --no-audit --no-fund --loglevel=error
.venv/bin/ruff format --check app loaders tests
.venv/bin/ruff check app loaders tests
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
