"""The whole actor graph in formats other tools read."""

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from app.api import examples
from app.api.deps import StoreDep
from app.exports import FILE_NAMES, MEDIA_TYPES, ExportFormat, export_chunks

router = APIRouter(tags=["export"])

_EXPORT_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "description": "The export, streamed",
        "content": {
            "application/json": {
                "example": {"nodes": [{"id": "russia", "name": "Russia", "kind": "State"}], "edges": []}
            },
            "application/graphml+xml": {
                "example": '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">…</graphml>'
            },
            "application/zip": {"schema": {"type": "string", "format": "binary"}},
        },
    },
    **examples.errors(422),
}


@router.get(
    "/export",
    summary="Export every actor and act",
    response_class=StreamingResponse,
    responses=_EXPORT_RESPONSES,
)
def export(
    store: StoreDep,
    format: Annotated[
        ExportFormat,
        Query(
            description="json: node-link; cytoscape: Cytoscape JSON; graphml: Gephi, yEd; "
            "csv: zip for neo4j-admin import."
        ),
    ] = "json",
) -> StreamingResponse:
    """Streams the export page by page; it is never held in memory whole."""
    return StreamingResponse(
        export_chunks(store, format),
        media_type=MEDIA_TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="{FILE_NAMES[format]}"'},
    )
