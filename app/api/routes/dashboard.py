"""The dashboard: static pages at `/` and `/ui/`, talking to the API like any other client.

Cytoscape.js comes from the project's own `npm ci` (node_modules) and is served from
`/ui/vendor/`, so the dashboard works offline and nothing is loaded from a CDN.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from app import ROOT

DASHBOARD_DIR = Path(__file__).resolve().parents[2] / "dashboard"
VENDOR_DIR = ROOT / "node_modules" / "cytoscape" / "dist"

router = APIRouter(include_in_schema=False)


@router.api_route("/", methods=["GET", "HEAD"])
def index() -> FileResponse:
    """The dashboard page."""
    return FileResponse(DASHBOARD_DIR / "index.html", media_type="text/html")


def mount(app: FastAPI) -> None:
    """Serve the dashboard's files and its graph library (vendor first: mounts match in order)."""
    app.mount("/ui/vendor", StaticFiles(directory=VENDOR_DIR, check_dir=False), name="vendor")
    app.mount("/ui", StaticFiles(directory=DASHBOARD_DIR), name="dashboard")
    app.include_router(router)
