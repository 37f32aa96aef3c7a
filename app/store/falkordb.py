"""The embedded-default adapter: FalkorDB over its Redis protocol (never its Bolt port)."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from datetime import date, time
from json.encoder import encode_basestring
from typing import Any

import redis
from falkordb import Edge, FalkorDB, Node, Path
from falkordb.helpers import quote_string
from falkordb.query_result import QueryResult

from app.core.errors import QueryError, QueryTimeout, ReadOnlyViolation, StoreError, StoreUnavailable
from app.core.schema import GraphSchema
from app.store.base import DEADLINE_GRACE_S, GraphStore, Row
from app.store.embedded import EmbeddedServer, Lease
from app.store.values import JSON_SCALARS, GraphNode, GraphPath, GraphRelationship

_ALREADY = ("already indexed", "already exists")


def _plain(value: Any) -> Any:
    """FalkorDB's OrderedDicts and nested lists as plain dicts and lists."""
    if type(value) in JSON_SCALARS:  # most values: skip the abstract-class checks below
        return value
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _graph_value(value: Any) -> Any:
    """A value of the client's parsed reply as JSON, or as an `app.store.values` type."""
    if type(value) in JSON_SCALARS:
        return value
    if isinstance(value, Node):
        return GraphNode(str(value.id), list(value.labels or []), _graph_value(value.properties))
    if isinstance(value, Edge):
        start, end = (str(n.id if isinstance(n, Node) else n) for n in (value.src_node, value.dest_node))
        return GraphRelationship(str(value.id), value.relation, start, end, _graph_value(value.properties))
    if isinstance(value, Path):
        return GraphPath([_graph_value(n) for n in value.nodes()], [_graph_value(e) for e in value.edges()])
    if isinstance(value, Mapping):
        return {k: _graph_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_graph_value(v) for v in value]
    if isinstance(value, date | time):  # datetime is a date
        return value.isoformat()
    return str(value)  # a duration


def _literal(value: Any) -> str:
    """`value` as a Cypher literal for FalkorDB's parameter header.

    The client library's encoder is correct but costs more than the server's whole
    write on large batches; this one does the same in fewer steps. Strings go through
    the C JSON string encoder, whose escapes FalkorDB reads back exactly, except
    `\\uXXXX`: a string that needs one is quoted the client library's way instead.
    """
    if isinstance(value, str):
        text: str = encode_basestring(value)
        return text if "\\u" not in text else quote_string(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ",".join(map(_literal, value)) + "]"
    if isinstance(value, Mapping):
        return "{" + ",".join(f"{_name(k)}:{_literal(v)}" for k, v in value.items()) + "}"
    return _literal(str(value))


def _name(key: object) -> str:
    """A parameter name or map key, backtick-quoted (a backtick inside cannot be escaped)."""
    text = str(key)
    if not text or "`" in text:
        raise ValueError(f"{text!r} cannot be a Cypher parameter name or map key")
    return f"`{text}`"


def params_header(params: Row | None) -> str:
    """`CYPHER name=value …` for `params`; a NUL anywhere is refused (it would end the statement)."""
    if not params:
        return ""
    header = "CYPHER " + " ".join(f"{_name(k)}={_literal(v)}" for k, v in params.items()) + " "
    if "\x00" in header:
        raise ValueError("a parameter holds a NUL character, which FalkorDB strings cannot carry")
    return header


def _statement(query: str, params: Row | None) -> str:
    """`query` behind its parameter header; bad parameters raise QueryError."""
    try:
        return params_header(params) + query
    except ValueError as exc:
        raise QueryError(f"invalid parameters: {exc}") from exc


class _NotPlain(Exception):
    """A reply value that is not a plain scalar, list or map (a node, an edge, a path…)."""


def _value(cell: list[Any]) -> Any:
    """One `[type, value]` cell of a compact reply as a plain Python value."""
    kind, value = cell
    if kind <= 3:  # unknown, null, string, integer: as the reply parser gave them
        return value
    if kind == 6:  # array
        return [_value(item) for item in value]
    if kind == 4:  # boolean
        return value == "true"
    if kind == 5:  # double
        return float(value)
    if kind == 10:  # map: key, cell, key, cell, …
        return {value[i]: _value(value[i + 1]) for i in range(0, len(value), 2)}
    raise _NotPlain(kind)


def _table(graph: Any, reply: list[Any]) -> tuple[list[str], list[list[Any]]]:
    """Column names and rows of a `--compact` reply.

    Most replies hold only scalars, lists and maps, read here without the client
    library's per-cell dispatch (which cost about three times the query itself on a
    thousand-row read); a reply with nodes, edges or paths goes to the client's parser.
    """
    if isinstance(reply[-1], redis.ResponseError):  # an error met while running
        raise reply[-1]
    if len(reply) < 3:  # statistics only: the statement returns nothing
        return [], []
    names = [column[1] for column in reply[0]]
    try:
        # The commonest cells (null, string, integer) inline: a call per cell costs more.
        return names, [[c[1] if c[0] <= 3 else _value(c) for c in row] for row in reply[1]]
    except _NotPlain:
        parsed = QueryResult(graph, reply)
        return names, [[_plain(v) for v in row] for row in parsed.result_set]


def _dicts(names: list[str], rows: list[list[Any]]) -> list[Row]:
    return [dict(zip(names, row, strict=True)) for row in rows]


class FalkorStore(GraphStore):
    """A graph store on a FalkorDB server (the embedded one unless told otherwise)."""

    dialect = "falkordb"

    def __init__(
        self,
        schema: GraphSchema,
        *,
        port: int,
        host: str = "127.0.0.1",
        graph_name: str = "actorgraph",
        server: EmbeddedServer | None = None,
        lease: Lease | None = None,
        batch_size: int = 1000,
        timeout_s: float = 10.0,
    ):
        super().__init__(schema, batch_size=batch_size, timeout_s=timeout_s)
        self.server = server
        self.lease = lease
        self.db = FalkorDB(host=host, port=port)
        self.graph = self.db.select_graph(graph_name)
        self.graph_name = graph_name
        self._version_key = f"{graph_name}:write-version"

    @classmethod
    def embedded(cls, schema: GraphSchema, server: EmbeddedServer, **kwargs: Any) -> FalkorStore:
        """Attach to (or start) the data directory's server and hold a lease on it."""
        lease = server.acquire()
        try:
            return cls(schema, port=lease.port, server=server, lease=lease, **kwargs)
        except Exception:
            server.release(lease)
            raise

    def _query(
        self, query: str, params: Row | None, *, read_only: bool, timeout_s: float | None
    ) -> list[Row]:
        return _dicts(*self._execute(query, params, read_only=read_only, timeout_s=timeout_s))

    def _execute(
        self, query: str, params: Row | None, *, read_only: bool, timeout_s: float | None
    ) -> tuple[list[str], list[list[Any]]]:
        return self._send(_statement(query, params), read_only=read_only, timeout_s=timeout_s)

    def _send(
        self, statement: str, *, read_only: bool, timeout_s: float | None, bounded: bool = False
    ) -> tuple[list[str], list[list[Any]]]:
        """Send one statement; `bounded`: give up on its reply shortly after the time limit."""
        limit_s = timeout_s if timeout_s is not None else self.timeout_s
        timeout_ms = int(limit_s * 1000)
        command = "GRAPH.RO_QUERY" if read_only else "GRAPH.QUERY"
        args = (command, self.graph_name, statement, "--compact", "timeout", timeout_ms)
        try:
            if bounded:
                reply = self._command_within(limit_s + DEADLINE_GRACE_S, *args)
            else:
                reply = self.db.connection.execute_command(*args)
            return _table(self.graph, reply)
        except redis.TimeoutError as exc:  # a bounded command's deadline (no other has one)
            raise QueryTimeout(f"the query ran past its {timeout_ms} ms limit") from exc
        except redis.ConnectionError as exc:
            raise StoreUnavailable(f"the FalkorDB server stopped answering: {exc}") from exc
        except redis.ResponseError as exc:
            if read_only and "read-only" in str(exc):
                raise ReadOnlyViolation("this entry point is read-only; the statement writes") from exc
            if "timed out" in str(exc).lower():
                raise QueryTimeout(f"the query ran past its {timeout_ms} ms limit") from exc
            raise StoreError(str(exc)) from exc

    def _command_within(self, wait_s: float, *args: Any) -> Any:
        """Send one command on a pooled connection and wait at most `wait_s` for its reply.

        FalkorDB checks a query's TIMEOUT between steps, so one long step (building a huge
        `range()`) runs on past it. Past `wait_s` the connection is dropped with the reply
        still to come (the server finishes the step alone) and redis.TimeoutError raised.
        Not `execute_command` with a socket timeout: its retries would send the query again.
        """
        pool = self.db.connection.connection_pool
        connection = pool.get_connection()
        try:
            connection.send_command(*args)
            return connection.read_response(timeout=wait_s)
        finally:
            pool.release(connection)

    def run_write(self, query: str, params: Row | None = None) -> list[Row]:
        """Run one statement that may write, then move the write version on."""
        return self.send_write(self.prepare_write(query, params or {}))

    def prepare_write(self, query: str, params: Row) -> str:
        """The statement text with its parameter header: the client's share of a write."""
        return _statement(query, params)

    def send_write(self, prepared: str) -> list[Row]:
        """Send a statement `prepare_write` built, then move the write version on."""
        try:
            return _dicts(*self._send(prepared, read_only=False, timeout_s=None))
        finally:  # also after a failure: the statement may have written part of its work
            with suppress(redis.ConnectionError):  # no server, nothing left to cache
                self.db.connection.incr(self._version_key)

    def write_version(self) -> int:
        """The graph's write counter: a plain Redis key beside the graph, moved on by every
        write through any FalkorStore, so each process can tell when its caches are stale."""
        try:
            value = self.db.connection.get(self._version_key)
        except redis.ConnectionError as exc:
            raise StoreUnavailable(f"the FalkorDB server stopped answering: {exc}") from exc
        return int(value or 0)

    def run_read_values(
        self, query: str, params: Row | None = None, *, timeout_s: float | None = None
    ) -> list[list[Any]]:
        """Rows as value lists in column order, without building a dict per row."""
        return self._execute(query, params, read_only=True, timeout_s=timeout_s)[1]

    def run_read(self, query: str, params: Row | None = None, *, timeout_s: float | None = None) -> list[Row]:
        """Run one statement with GRAPH.RO_QUERY, which refuses any write."""
        return self._query(query, params, read_only=True, timeout_s=timeout_s)

    def _read_graph(self, query: str, params: Row | None, timeout_s: float) -> list[Row]:
        names, rows = self._send(_statement(query, params), read_only=True, timeout_s=timeout_s, bounded=True)
        return _dicts(names, [[_graph_value(value) for value in row] for row in rows])

    def _apply_schema_statement(self, statement: str) -> None:
        try:
            self._query(statement, None, read_only=False, timeout_s=None)  # DDL: no version change
        except StoreError as exc:
            if not any(marker in str(exc).lower() for marker in _ALREADY):
                raise

    def _apply_constraints(self) -> None:
        """Unique ids for actors, articles and evidence (GRAPH.CONSTRAINT, not Cypher)."""
        for label in ("Actor", "Article", "Evidence"):
            try:
                self.db.connection.execute_command(
                    "GRAPH.CONSTRAINT",
                    "CREATE",
                    self.graph_name,
                    "UNIQUE",
                    "NODE",
                    label,
                    "PROPERTIES",
                    1,
                    "id",
                )
            except redis.ResponseError as exc:
                if not any(marker in str(exc).lower() for marker in _ALREADY):
                    raise StoreError(str(exc)) from exc

    def close(self) -> None:
        """Close the connection and give up this process's lease on the server."""
        try:
            self.db.connection.close()
        finally:
            if self.server is not None and self.lease is not None:
                self.server.release(self.lease)
                self.lease = None
