#!/usr/bin/env bash
# Set up ActorGraph in ./.venv, load the sample corpus into the embedded store and
# serve the API and the dashboard on http://127.0.0.1:8000 (dashboard at /, docs at /docs).
# Ctrl-C stops it cleanly. npm installs the dashboard's graph library (Cytoscape.js) only.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
npm ci --omit=dev --no-audit --no-fund --loglevel=error
.venv/bin/actorgraph load "$@"
exec .venv/bin/actorgraph serve
