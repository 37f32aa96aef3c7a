"""An in-memory projection of the act graph that neighbourhood and path searches walk.

Why: FalkorDB's traverse reads a node's whole adjacency before LIMIT applies, so every
breadth-first step that touches a hub costs the hub's full degree (`GRAPH.PROFILE`: 32 ms
for the busiest actor of the 1M-act benchmark graph, and a path search through hubs ran
for seconds). The projection holds each act's two ends, type, status and date as numpy
arrays in compressed sparse rows, so a step costs the acts it returns; the searches then
read from the store only the acts they answer with.

Invariant: a projection is used only while its version equals the store's write version
(`GraphStore.write_version`, which changes after every write through the store layer,
from any process). A stale projection is rebuilt in the background; a search waits a
moment for it and otherwise runs as Cypher steps, so an answer never comes from an old
graph. A store without a write version (Neo4j, where writes also come from Neo4j
Browser) never gets a projection: Neo4j expands lazily and needs none.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from app.core.cypher import Direction, render
from app.store.base import GraphStore

log = logging.getLogger(__name__)

IntArray = npt.NDArray[np.int64]
ActorRow = tuple[str, str, str | None, bool]  # name, kind, country, curated
MaskKey = tuple[tuple[str, ...] | None, tuple[str, ...] | None, str | None, str | None]
_RETRY_AFTER_S = 30.0  # a failed build is not retried sooner
_MASKS_KEPT = 32
_ACT_ROWS_KEPT = 200_000  # act rows remembered per projection (about 100 MB at most)


@dataclass(frozen=True)
class Step:
    """The acts one breadth-first step reads: parallel arrays of actor and act indexes."""

    origin: IntArray
    other: IntArray
    act: IntArray

    def __len__(self) -> int:
        return len(self.act)

    def head(self, n: int) -> Step:
        """The first `n` acts of the step."""
        return Step(self.origin[:n], self.other[:n], self.act[:n])


def _csr(ends: IntArray, n: int) -> tuple[IntArray, IntArray]:
    """Row pointers and act order grouping acts by `ends` (stable, so store order is kept)."""
    order = np.argsort(ends, kind="stable")
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(ends, minlength=n), out=ptr[1:])
    return ptr, order


def _gather(ptr: IntArray, order: IntArray, nodes: IntArray) -> IntArray:
    """The acts of every node in `nodes`, node by node, without a Python loop."""
    starts = ptr[nodes]
    counts = ptr[nodes + 1] - starts
    total = int(counts.sum())
    if not total:
        return np.empty(0, dtype=np.int64)
    shift = np.repeat(starts - (np.cumsum(counts) - counts), counts)
    return order[shift + np.arange(total)]


@dataclass
class Topology:
    """One projection of the act graph, tagged with the store's write version."""

    version: int
    actors: list[str]
    act_ids: list[str]
    types: list[str]
    source: IntArray
    target: IntArray
    type_code: IntArray
    status_code: IntArray
    date_code: IntArray
    statuses: list[str]
    dates: list[str]
    summaries: dict[str, ActorRow] = field(default_factory=dict)
    index: dict[str, int] = field(init=False)
    _out: tuple[IntArray, IntArray] = field(init=False)
    _in: tuple[IntArray, IntArray] = field(init=False)
    _masks: dict[MaskKey, npt.NDArray[np.bool_] | None] = field(init=False, default_factory=dict)
    _act_rows: dict[str, dict[str, Any]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.index = {actor: i for i, actor in enumerate(self.actors)}
        self._out = _csr(self.source, len(self.actors))
        self._in = _csr(self.target, len(self.actors))

    @classmethod
    def read(cls, store: GraphStore, version: int, timeout_s: float = 600.0) -> Topology:
        """Every actor's summary, then every act of every schema type, one type at a time."""
        summaries: dict[str, ActorRow] = {
            actor_id: (name, kind, country, bool(curated))
            for actor_id, name, kind, country, curated in store.run_read_values(
                render("topology_actors", store.dialect), timeout_s=timeout_s
            )
        }
        actors: dict[str, int] = {}
        statuses: dict[str | None, int] = {}
        dates: dict[str | None, int] = {None: -1}
        columns: list[list[int]] = [[], [], [], [], []]
        act_ids: list[str] = []
        types = list(store.schema.relation_types)
        for code, rel_type in enumerate(types):
            query = render("topology_acts", store.dialect, rel_type=rel_type)
            for source, target, act_id, status, date in store.run_read_values(query, timeout_s=timeout_s):
                columns[0].append(actors.setdefault(source, len(actors)))
                columns[1].append(actors.setdefault(target, len(actors)))
                columns[2].append(code)
                columns[3].append(statuses.setdefault(status, len(statuses)))
                columns[4].append(dates.setdefault(date, len(dates) - 1))
                act_ids.append(act_id)
        source, target, type_code, status_code, date_code = (np.array(c, dtype=np.int64) for c in columns)
        return cls(
            version=version,
            actors=list(actors),
            act_ids=act_ids,
            types=types,
            source=source,
            target=target,
            type_code=type_code,
            status_code=status_code,
            date_code=date_code,
            statuses=[s or "" for s in statuses],
            dates=[d for d in dates if d is not None],
            summaries=summaries,
        )

    def __len__(self) -> int:
        return len(self.act_ids)

    def act_rows(self, act_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The rows of these acts that answers at this version already read from the store.

        They are exact: the projection is used only while no write has happened since it
        was read, and a write makes the next request build a new one, with no rows kept.
        """
        rows = self._act_rows
        return {i: rows[i] for i in act_ids if i in rows}

    def remember_act_rows(self, rows: dict[str, dict[str, Any]]) -> None:
        """Keep act rows read from the store for later answers (forgets all when full)."""
        if len(self._act_rows) + len(rows) > _ACT_ROWS_KEPT:
            self._act_rows = {}
        self._act_rows.update(rows)

    def has_actor(self, actor_id: str) -> bool:
        """True when the graph held this actor at the projection's version."""
        return actor_id in self.summaries

    def nodes(self, actor_ids: list[str]) -> IntArray:
        """Indexes of the given actors that take part in any act (others have no acts to walk)."""
        return np.array([self.index[a] for a in actor_ids if a in self.index], dtype=np.int64)

    def mask(
        self,
        types: list[str] | None,
        statuses: list[str] | None,
        since: str | None,
        until: str | None,
    ) -> npt.NDArray[np.bool_] | None:
        """Which acts pass a filter (None: all), with the Cypher templates' date rule:
        a bound is compared at the act's own precision, and an undated act never passes."""
        key: MaskKey = (
            tuple(types) if types is not None else None,
            tuple(statuses) if statuses is not None else None,
            since,
            until,
        )
        if key in self._masks:
            return self._masks[key]
        keep: npt.NDArray[np.bool_] | None = None
        if types is not None:
            keep = np.isin(self.type_code, [i for i, t in enumerate(self.types) if t in types])
        if statuses is not None:
            passing = np.isin(self.status_code, [i for i, s in enumerate(self.statuses) if s in statuses])
            keep = passing if keep is None else keep & passing
        if since is not None or until is not None:
            by_date = np.array(
                [
                    (since is None or d >= since[: len(d)]) and (until is None or d <= until[: len(d)])
                    for d in self.dates
                ]
                + [False],  # date code -1: undated
                dtype=bool,
            )
            passing = by_date[self.date_code]
            keep = passing if keep is None else keep & passing
        if len(self._masks) >= _MASKS_KEPT:
            self._masks.clear()
        self._masks[key] = keep
        return keep

    def step(
        self,
        nodes: IntArray,
        direction: Direction,
        keep: npt.NDArray[np.bool_] | None,
        cap: int | None = None,
    ) -> Step:
        """The acts touching `nodes` in `direction` that pass `keep`, at most `cap` of them."""
        parts: list[Step] = []
        if direction in ("out", "both"):
            acts = _gather(*self._out, nodes)
            parts.append(Step(self.source[acts], self.target[acts], acts))
        if direction in ("in", "both"):
            acts = _gather(*self._in, nodes)
            parts.append(Step(self.target[acts], self.source[acts], acts))
        step = (
            parts[0]
            if len(parts) == 1
            else Step(*(np.concatenate([getattr(p, f) for p in parts]) for f in ("origin", "other", "act")))
        )
        if keep is not None:
            passing = keep[step.act]
            step = Step(step.origin[passing], step.other[passing], step.act[passing])
        return step.head(cap) if cap is not None else step

    def row(self, act: int, origin: int, other: int) -> dict[str, str]:
        """One act as the row a Cypher step returns (ids only)."""
        return {
            "id": self.act_ids[act],
            "type": self.types[int(self.type_code[act])],
            "origin": self.actors[origin],
            "other": self.actors[other],
            "source": self.actors[int(self.source[act])],
            "target": self.actors[int(self.target[act])],
        }


class TopologyCache:
    """The process's projection, rebuilt in the background whenever the store's writes change it."""

    def __init__(self, store: GraphStore, *, wait_s: float = 0.5) -> None:
        self.store = store
        self.wait_s = wait_s
        self._lock = threading.Lock()
        self._topology: Topology | None = None
        self._building: int | None = None  # the version a running build reads
        self._built = threading.Condition(self._lock)
        self._failed_at: float | None = None
        self.last_build_s: float | None = None

    @property
    def state(self) -> str:
        """ "ready", "building", "stale" or "off" (the store offers no write version)."""
        version = self.store.write_version()
        with self._lock:
            if version is None:
                return "off"
            if self._topology is not None and self._topology.version == version:
                return "ready"
            return "building" if self._building is not None else "stale"

    def refresh(self) -> None:
        """Start a build for the store's current version unless one is ready or running."""
        self.current(wait_s=0.0)

    def current(self, wait_s: float | None = None) -> Topology | None:
        """The projection of the graph as it is now, or None when none is ready in time."""
        version = self.store.write_version()
        if version is None:
            return None
        deadline = time.monotonic() + (self.wait_s if wait_s is None else wait_s)
        with self._lock:
            while True:
                topology = self._topology
                if topology is not None and topology.version == version:
                    return topology
                if self._building is None and (
                    self._failed_at is None or time.monotonic() - self._failed_at >= _RETRY_AFTER_S
                ):
                    self._building = version
                    threading.Thread(target=self._build, args=(version,), daemon=True).start()
                remaining = deadline - time.monotonic()
                if self._building is None or remaining <= 0:
                    return None
                self._built.wait(remaining)

    def _build(self, version: int) -> None:
        started = time.perf_counter()
        topology: Topology | None = None
        try:
            topology = Topology.read(self.store, version)
        except Exception as exc:  # the store went away or a query failed: Cypher steps carry on
            log.warning("the in-memory act graph could not be built: %s", exc)
        with self._lock:
            self._building = None
            if topology is None:
                self._failed_at = time.monotonic()
            elif self._topology is None or topology.version >= self._topology.version:
                self._topology = topology
                self.last_build_s = time.perf_counter() - started
            self._built.notify_all()
