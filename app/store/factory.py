"""Build the store the settings select: Neo4j when a URI is set, else the embedded FalkorDB."""

from __future__ import annotations

from app.core.config import Settings
from app.core.schema import load_schema
from app.store.base import GraphStore
from app.store.embedded import EmbeddedServer
from app.store.falkordb import FalkorStore
from app.store.neo4j import Neo4jStore


def open_store(settings: Settings, *, apply_schema: bool = True) -> GraphStore:
    """Connect to the configured store and (by default) apply the schema idempotently."""
    schema = load_schema()
    batch_size, timeout_s = settings.write_batch_size, settings.query_timeout_s
    store: GraphStore
    if settings.neo4j_uri:
        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
        driver = Neo4jStore.connect(settings.neo4j_uri, settings.neo4j_user, password)
        store = Neo4jStore(
            schema, driver, database=settings.neo4j_database, batch_size=batch_size, timeout_s=timeout_s
        )
    else:
        server = EmbeddedServer(settings.data_dir)
        store = FalkorStore.embedded(
            schema, server, graph_name=settings.graph_name, batch_size=batch_size, timeout_s=timeout_s
        )
    if apply_schema:
        try:
            store.apply_schema()
        except Exception:
            store.close()
            raise
    return store
