#!/usr/bin/env bash
# Set up ActorGraph in ./.venv, load the sample corpus into the embedded store and
# serve the API on http://127.0.0.1:8000 (docs at /docs). Ctrl-C stops it cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
.venv/bin/actorgraph load "$@"
exec .venv/bin/actorgraph serve
