"""The production adapter: Neo4j 5 through the official driver (bolt://, neo4j://, neo4j+s://)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

import neo4j
from neo4j import GraphDatabase, NotificationMinimumSeverity, Query, RoutingControl
from neo4j.exceptions import ClientError, Neo4jError, ServiceUnavailable
from neo4j.graph import Node, Path, Relationship

from app.core.errors import QueryTimeout, ReadOnlyViolation, StoreError, StoreUnavailable
from app.core.schema import GraphSchema
from app.store.base import DEADLINE_GRACE_S, GraphStore, Row
from app.store.values import JSON_SCALARS, GraphNode, GraphPath, GraphRelationship

_ACCESS_MODE_CODES = ("Neo.ClientError.Statement.AccessMode", "Neo.ClientError.Procedure.ProcedureCallFailed")
T = TypeVar("T")


def _graph_value(value: Any) -> Any:
    """A value of a driver record as JSON, or as an `app.store.values` type."""
    if type(value) in JSON_SCALARS:
        return value
    if isinstance(value, Node):
        return GraphNode(value.element_id, list(value.labels), _graph_value(dict(value)))
    if isinstance(value, Relationship):
        # The driver always gives a relationship its end nodes, if only by element id (a
        # node without properties is falsy, hence `is not None`).
        start, end = (node.element_id if node is not None else "" for node in value.nodes)
        return GraphRelationship(value.element_id, value.type, start, end, _graph_value(dict(value)))
    if isinstance(value, Path):
        return GraphPath(
            [_graph_value(n) for n in value.nodes], [_graph_value(r) for r in value.relationships]
        )
    if isinstance(value, dict):
        return {k: _graph_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_graph_value(v) for v in value]
    if hasattr(value, "iso_format"):  # neo4j.time dates, times and durations
        return value.iso_format()
    return str(value)  # a point or bytes


def _within(limit_s: float, work: Callable[[], T]) -> T:
    """`work()`'s result, or QueryTimeout once `limit_s` (and DEADLINE_GRACE_S) has passed.

    Neo4j checks transaction time limits only every couple of seconds (its
    `db.transaction.monitor.check.interval`), so a statement can run that much past its
    limit. The caller has its answer by the deadline; `work` runs on in its own thread
    until the server stops the transaction, and its result is dropped.
    """
    answer: Future[T] = Future()

    def run() -> None:
        try:
            answer.set_result(work())
        except BaseException as exc:  # handed to the caller, whatever it is
            answer.set_exception(exc)

    threading.Thread(target=run, name="neo4j-bounded-read", daemon=True).start()
    try:
        return answer.result(timeout=limit_s + DEADLINE_GRACE_S)
    except TimeoutError as exc:
        raise QueryTimeout(f"the query ran past its {limit_s} s limit") from exc


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
        # The server's notifications (e.g. "property key does not exist" for a property no
        # node has yet) would be logged at every request: a busy API wrote megabytes of them.
        driver = GraphDatabase.driver(
            uri, auth=(user, password or ""), notifications_min_severity=NotificationMinimumSeverity.OFF
        )
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
        return self._read(query, params, timeout_s, neo4j.Record.data)

    def _read_graph(self, query: str, params: Row | None, timeout_s: float) -> list[Row]:
        def graph_row(record: neo4j.Record) -> Row:
            return dict(zip(record.keys(), map(_graph_value, record.values()), strict=True))

        return _within(timeout_s, lambda: self._read(query, params, timeout_s, graph_row))

    def _read(
        self, query: str, params: Row | None, timeout_s: float | None, to_row: Callable[[neo4j.Record], Row]
    ) -> list[Row]:
        """Run one statement in a read transaction; `to_row` makes each record a row."""
        timeout = timeout_s if timeout_s is not None else self.timeout_s

        @neo4j.unit_of_work(timeout=timeout)
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return [to_row(record) for record in tx.run(query, params or {})]

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
