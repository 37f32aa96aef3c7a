"""The graph-store interface both adapters implement, and the logic they share.

Invariant: every statement sent comes from a `cypher/` template; the only names
written into statement text are schema-declared labels and relationship types.
Everything else travels as parameters.
"""

from __future__ import annotations

import itertools
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar, get_args

from pydantic import BaseModel

from app.core.cypher import Dialect, Direction, read_template, render, render_statements, template_names
from app.core.schema import GraphSchema
from app.store.models import (
    ActorRecord,
    ArticleRecord,
    GraphBatch,
    GraphCounts,
    RelationRecord,
)
from app.store.values import public_rows

Row = dict[str, Any]
Progress = Callable[[int], None]
T = TypeVar("T")
# How long past its time limit a caller's own statement is waited for when the server has
# not stopped it (each server checks its limit only now and then).
DEADLINE_GRACE_S = 0.5


class WriteSummary(BaseModel):
    """How many rows of each kind one write sent."""

    actors: int = 0
    articles: int = 0
    relations: int = 0
    evidence: int = 0


def _settle(sent: Future[list[Row]], size: int, progress: Progress | None) -> None:
    """Wait for one sent batch (raising its error, if any), then report its rows."""
    sent.result()
    if progress:
        progress(size)


def chunked(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most `size` items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


class GraphStore(ABC):
    """Reads and writes the ActorGraph model; adapters supply the transport."""

    dialect: Dialect

    def __init__(self, schema: GraphSchema, *, batch_size: int = 1000, timeout_s: float = 10.0):
        self.schema = schema
        self.batch_size = batch_size
        self.timeout_s = timeout_s

    # -- transport, per adapter -------------------------------------------------
    @abstractmethod
    def run_write(self, query: str, params: Row | None = None) -> list[Row]:
        """Run one statement that may write; return its rows as dicts."""

    @abstractmethod
    def run_read(self, query: str, params: Row | None = None, *, timeout_s: float | None = None) -> list[Row]:
        """Run one statement in a read-only transaction; a write raises ReadOnlyViolation."""

    def run_read_values(
        self, query: str, params: Row | None = None, *, timeout_s: float | None = None
    ) -> list[list[Any]]:
        """Like `run_read`, as bare value lists in column order (for large reads)."""
        return [list(row.values()) for row in self.run_read(query, params, timeout_s=timeout_s)]

    @abstractmethod
    def _read_graph(self, query: str, params: Row | None, timeout_s: float) -> list[Row]:
        """Rows of a read-only statement with nodes, relationships and paths as
        `app.store.values` types, everything else as JSON values; answers (or raises
        QueryTimeout) within `timeout_s` plus DEADLINE_GRACE_S, even if the server runs on."""

    def run_cypher(
        self, query: str, params: Row | None = None, *, timeout_s: float | None = None
    ) -> list[Row]:
        """A caller's own read-only statement, its rows JSON-ready: nodes, relationships and
        paths in the shape `app.store.values` defines, the same on every backend."""
        limit_s = timeout_s if timeout_s is not None else self.timeout_s
        rows = self._read_graph(query, params, limit_s)
        return public_rows(rows, lambda element_ids: self._node_ids(element_ids, limit_s))

    def _node_ids(self, element_ids: list[str], timeout_s: float) -> dict[str, Any]:
        """The `id` property of nodes given by element id; a node not found is left out."""
        query = render("node_ids", self.dialect)
        rows = self.run_read(query, {"element_ids": element_ids}, timeout_s=timeout_s)
        return {row["element_id"]: row["id"] for row in rows}

    def prepare_write(self, query: str, params: Row) -> Any:
        """The client-side work of a write (encoding its parameters), done before it is sent;
        `send_write` sends what this returns. By default the statement goes as it is."""
        return (query, params)

    def send_write(self, prepared: Any) -> list[Row]:
        """Send a write `prepare_write` made ready."""
        query, params = prepared
        return self.run_write(query, params)

    def write_version(self) -> int | None:
        """A number that changes after every write through the store layer, from any process;
        None when the backend keeps none (then nothing may cache what the graph holds)."""
        return None

    @abstractmethod
    def _apply_schema_statement(self, statement: str) -> None:
        """Run one DDL statement, treating "already exists" as success."""

    def _apply_constraints(self) -> None:  # noqa: B027 (optional hook, Neo4j needs none)
        """Backend-specific uniqueness constraints not expressible in the shared DDL."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection (and, for the embedded store, the server lease)."""

    # -- schema -------------------------------------------------------------------
    def schema_statements(self) -> list[str]:
        """Every DDL statement `apply_schema` sends, in order."""
        statements = render_statements("schema", self.dialect)
        for rel_type in self.schema.relation_types:
            statements += render_statements("schema_relation", self.dialect, rel_type=rel_type)
        return statements

    def apply_schema(self) -> None:
        """Create the constraints and indexes the schema implies; safe to repeat."""
        for statement in self.schema_statements():
            self._apply_schema_statement(statement)
        self._apply_constraints()

    # -- writes -------------------------------------------------------------------
    def write_batch(self, batch: GraphBatch, progress: Progress | None = None) -> WriteSummary:
        """Upsert actors, then articles, then relations with their evidence."""
        summary = WriteSummary()
        summary.actors = self.upsert_actors(batch.actors, progress)
        summary.articles = self.upsert_articles(batch.articles, progress)
        summary.relations, summary.evidence = self.upsert_relations(batch.relations, progress)
        return summary

    def upsert_actors(self, actors: Iterable[ActorRecord], progress: Progress | None = None) -> int:
        """Merge actors by id, grouped by kind so each gets its kind label."""
        by_kind: dict[str, list[Row]] = defaultdict(list)
        for actor in actors:
            by_kind[self.schema.kind(actor.kind)].append(actor.row())
        for kind, rows in by_kind.items():
            self._write_rows(render("upsert_actors", self.dialect, kind=kind), rows, progress)
        return sum(len(rows) for rows in by_kind.values())

    def upsert_articles(self, articles: Iterable[ArticleRecord], progress: Progress | None = None) -> int:
        """Merge articles by content hash and link them to the actors they mention."""
        rows = [article.row() for article in articles]
        self._write_rows(render("upsert_articles", self.dialect), rows, progress)
        return len(rows)

    def upsert_relations(
        self, relations: Iterable[RelationRecord], progress: Progress | None = None
    ) -> tuple[int, int]:
        """Merge relations by id (grouped by type) together with their evidence nodes."""
        by_type: dict[str, list[RelationRecord]] = defaultdict(list)
        evidence = 0
        for relation in relations:
            by_type[self.schema.relation(relation.type).name].append(relation)
            evidence += len(relation.evidence)
        for rel_type, records in by_type.items():
            query = render("upsert_relations", self.dialect, rel_type=rel_type)
            self._write_rows(query, records, progress, to_row=RelationRecord.row)
        return sum(len(records) for records in by_type.values()), evidence

    def existing_relation_ids(self, relations: Iterable[RelationRecord]) -> set[str]:
        """Ids among `relations` that the graph already holds."""
        by_type: dict[str, list[str]] = defaultdict(list)
        for relation in relations:
            by_type[self.schema.relation(relation.type).name].append(relation.id)
        found: set[str] = set()
        for rel_type, ids in by_type.items():
            rows = self.run_read(render("relations_exist", self.dialect, rel_type=rel_type), {"ids": ids})
            found |= {row["id"] for row in rows}
        return found

    def _write_rows(
        self,
        query: str,
        items: Sequence[T],
        progress: Progress | None,
        to_row: Callable[[T], Row] | None = None,
    ) -> None:
        """Send `items` as `UNWIND $rows` batches, in order, one at a time.

        The store writes one batch while this thread builds and encodes the next (a single
        sender thread, at most one batch in flight), so the client's work overlaps the
        server's instead of adding to it. A failed batch stops the load and is raised here.
        """
        in_flight: tuple[Future[list[Row]], int] | None = None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer") as sender:
            for chunk in chunked(items, self.batch_size):
                rows = [to_row(item) for item in chunk] if to_row else list(chunk)
                prepared = self.prepare_write(query, {"rows": rows})
                if in_flight is not None:
                    _settle(*in_flight, progress)
                in_flight = sender.submit(self.send_write, prepared), len(rows)
            if in_flight is not None:
                _settle(*in_flight, progress)

    def clear(self) -> None:
        """Delete every node and relationship, in bounded batches."""
        query = render("delete_batch", self.dialect)
        while self.run_write(query, {"limit": 10_000})[0]["deleted"]:
            pass

    # -- reads --------------------------------------------------------------------
    def ping(self) -> bool:
        """True when the store answers a query."""
        try:
            return bool(self.run_read(render("ping", self.dialect))[0]["ok"] == 1)
        except Exception:
            return False

    def counts(self) -> GraphCounts:
        """Node counts per label and relationship counts per type."""
        nodes: dict[str, int] = defaultdict(int)
        for row in self.run_read(render("count_labels", self.dialect)):
            nodes["_total"] += row["n"]
            for label in row["labels"]:
                nodes[label] += row["n"]
        rels = {row["type"]: row["n"] for row in self.run_read(render("count_relationships", self.dialect))}
        return GraphCounts(nodes=dict(sorted(nodes.items())), relationships=dict(sorted(rels.items())))

    def iter_actors(self, page_size: int = 5000) -> Iterator[Row]:
        """Every actor, in id order, read page by page."""
        return self._pages("export_actors", page_size)

    def iter_relations(self, page_size: int = 5000) -> Iterator[Row]:
        """Every actor-to-actor relation, in id order, read page by page."""
        return self._pages("export_relations", page_size)

    def _pages(self, name: str, page_size: int) -> Iterator[Row]:
        query, after = render(name, self.dialect), ""
        while True:
            rows = self.run_read(query, {"after": after, "limit": page_size})
            yield from rows
            if len(rows) < page_size:
                return
            after = rows[-1]["id"]

    def get_relation(self, relation_id: str) -> Row | None:
        """One relation with all its evidence, or None."""
        rows = self.run_read(render("relation_by_id", self.dialect), {"id": relation_id})
        if not rows:
            return None
        row = rows[0]
        row["evidence"] = [e for e in row["evidence"] if e is not None]
        return row

    def article_text(self, article_id: str) -> str | None:
        """The stored text of one article, or None."""
        rows = self.run_read(render("article_text", self.dialect), {"id": article_id})
        return rows[0]["text"] if rows else None

    # -- introspection for the linter --------------------------------------------
    @staticmethod
    def statements_for(dialect: Dialect, schema: GraphSchema) -> list[str]:
        """Every template of `dialect` rendered for every schema name and direction it can take."""
        out: list[str] = []
        for name in template_names(dialect):
            text = read_template(name, dialect)
            rel_types = list(schema.relation_types) if "{{rel_type}}" in text else [None]
            kinds = list(schema.actor_kinds) if "{{kind}}" in text else [None]
            directions: list[Direction | None] = (
                list(get_args(Direction)) if "{{pattern}}" in text else [None]
            )
            for rel_type, kind, direction in itertools.product(rel_types, kinds, directions):
                out += render_statements(name, dialect, rel_type=rel_type, kind=kind, direction=direction)
        return out
