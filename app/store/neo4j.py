"""The production adapter: Neo4j 5 through the official driver (bolt://, neo4j://, neo4j+s://)."""

from __future__ import annotations

from typing import Any

import neo4j
from neo4j import GraphDatabase, Query, RoutingControl
from neo4j.exceptions import ClientError, Neo4jError, ServiceUnavailable

from app.core.errors import QueryTimeout, ReadOnlyViolation, StoreError, StoreUnavailable
from app.core.schema import GraphSchema
from app.store.base import GraphStore, Row

_ACCESS_MODE_CODES = ("Neo.ClientError.Statement.AccessMode", "Neo.ClientError.Procedure.ProcedureCallFailed")


class Neo4jStore(GraphStore):
    """A graph store on Neo4j; reads are routed as reads and run in read transactions."""

    dialect = "neo4j"

    def __init__(
        self,
        schema: GraphSchema,
        driver: neo4j.Driver,
        *,
        database: str = "neo4j",
        batch_size: int = 1000,
        timeout_s: float = 10.0,
    ):
        super().__init__(schema, batch_size=batch_size, timeout_s=timeout_s)
        self.driver = driver
        self.database = database

    @staticmethod
    def connect(uri: str, user: str, password: str | None) -> neo4j.Driver:
        """A driver for `uri`; raises StoreUnavailable when the server cannot be reached."""
        driver = GraphDatabase.driver(uri, auth=(user, password or ""))
        try:
            driver.verify_connectivity()
        except (ServiceUnavailable, Neo4jError, OSError) as exc:
            driver.close()
            raise StoreUnavailable(f"cannot reach Neo4j at {uri}: {exc}") from exc
        return driver

    def run_write(self, query: str, params: Row | None = None) -> list[Row]:
        """Run one statement in a write transaction."""
        try:
            records, _, _ = self.driver.execute_query(
                Query(query, timeout=self.timeout_s), params or {},
                database_=self.database, routing_=RoutingControl.WRITE,
            )  # fmt: skip
        except ServiceUnavailable as exc:
            raise StoreUnavailable(str(exc)) from exc
        except Neo4jError as exc:
            raise StoreError(str(exc)) from exc
        return [record.data() for record in records]

    def run_read(self, query: str, params: Row | None = None, *, timeout_s: float | None = None) -> list[Row]:
        """Run one statement in a read transaction: the server refuses any write."""
        timeout = timeout_s if timeout_s is not None else self.timeout_s

        @neo4j.unit_of_work(timeout=timeout)
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return [record.data() for record in tx.run(query, params or {})]

        try:
            with self.driver.session(
                database=self.database, default_access_mode=neo4j.READ_ACCESS
            ) as session:
                return session.execute_read(work)
        except ClientError as exc:
            if exc.code and "TimedOut" in exc.code:
                raise QueryTimeout(f"the query ran past its {timeout} s limit") from exc
            if exc.code in _ACCESS_MODE_CODES or "read access mode" in str(exc).lower():
                raise ReadOnlyViolation("this entry point is read-only; the statement writes") from exc
            raise StoreError(str(exc)) from exc
        except ServiceUnavailable as exc:
            raise StoreUnavailable(str(exc)) from exc
        except Neo4jError as exc:
            raise StoreError(str(exc)) from exc

    def _apply_schema_statement(self, statement: str) -> None:
        self.run_write(statement)  # every DDL statement says IF NOT EXISTS

    def close(self) -> None:
        """Close the driver."""
        self.driver.close()
