"""Read-only Cypher for power users: parameters only, a row cap, a timeout, writes refused."""

from fastapi import APIRouter

from app.api import examples
from app.api.deps import ReaderDep, SettingsDep
from app.api.params import NUL_MESSAGE, has_nul
from app.core.errors import ApiError
from app.schemas import CypherRequest, CypherResult

router = APIRouter(tags=["cypher"])


@router.post(
    "/cypher",
    summary="Run a read-only Cypher statement",
    responses={**examples.ok(examples.CYPHER), **examples.errors(400, 403, 422, 504)},
)
def run_cypher(reader: ReaderDep, settings: SettingsDep, body: CypherRequest) -> CypherResult:
    """Runs read-only (FalkorDB GRAPH.RO_QUERY, Neo4j read transactions); any write gets 403.

    Nodes, relationships and paths come back in one shape on both backends (see the
    example); a statement still running at the time limit answers 504 then.
    """
    if has_nul(body.params):
        raise ApiError(400, "invalid_character", NUL_MESSAGE)
    limit = min(body.limit, settings.cypher_max_rows)
    return reader.cypher(body.query, body.params, limit, settings.cypher_timeout_s)
