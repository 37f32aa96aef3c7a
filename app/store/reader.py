"""The questions the API asks the graph: search, actors, neighbourhoods, paths, acts, articles.

Invariant: every statement comes from a `cypher/` template and every request value
travels as a parameter; act types are checked against the schema and directions come
from a closed set before they reach a template. Every read is bounded: by a LIMIT, by a
cap on rows per breadth-first step, and by the store's query timeout.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz

from app.core.cypher import Direction, render
from app.core.errors import QueryError, QueryTimeout, ReadOnlyViolation, StoreError, StoreUnavailable
from app.core.names import name_key
from app.schemas import (
    ActCount,
    ActorHit,
    ActorPublic,
    ActorsPublic,
    ActorSummary,
    ArticlePublic,
    ArticlesPublic,
    ArticleSummary,
    CypherResult,
    EdgePublic,
    EvidencePublic,
    HopPublic,
    NeighbourhoodPublic,
    PathPublic,
    PathsPublic,
    RelationPublic,
    RelationsPublic,
    RolePublic,
)
from app.store.base import GraphStore, Row
from app.store.topology import IntArray, Step, Topology, TopologyCache

_SEARCH_POOL = 50  # index candidates re-ranked per search page
_FRONTIER_CHUNK = 25  # frontier actors expanded per neighbourhood query
_SCANS_BEFORE_SORT = 4  # parent lookups per path-search level before its links are sorted
_CHAINS = 100  # chains a path walk collects into one node (each parent link gives at least one)
_OPPOSITE: dict[Direction, Direction] = {"out": "in", "in": "out", "both": "both"}
# LOAD CSV reads files and URLs even in a read-only query; refused before it reaches a store.
_LOAD_CSV = re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE)
_STRINGS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|/\*.*?\*/", re.DOTALL)


@dataclass(frozen=True)
class ActFilter:
    """Which acts a traversal or listing may use; None means any."""

    types: list[str] | None = None
    statuses: list[str] | None = None
    since: str | None = None
    until: str | None = None

    def params(self) -> Row:
        """The filter as template parameters."""
        return {"types": self.types, "statuses": self.statuses, "since": self.since, "until": self.until}


@dataclass
class _Side:
    """One end of a bidirectional breadth-first search."""

    direction: Direction
    frontier: list[str]
    depth: dict[str, int]
    parents: dict[str, list[tuple[str, Row]]] = field(default_factory=dict)


def fulltext_query(words: list[str], dialect: str, any_word: bool = False) -> str:
    """A full-text query over folded words (a-z0-9 only, so nothing needs escaping)."""
    terms = []
    for word in words:
        fuzzy = 2 if len(word) >= 8 else 1 if len(word) >= 4 else 0
        if dialect == "falkordb":
            alternatives = [f"{word}*"] + ([f"{'%' * fuzzy}{word}{'%' * fuzzy}"] if fuzzy else [])
            terms.append("(" + "|".join(alternatives) + ")")
        else:
            alternatives = [f"{word}*"] + ([f"{word}~{fuzzy}"] if fuzzy else [])
            terms.append("(" + " OR ".join(alternatives) + ")")
    joiner = (
        ("|" if dialect == "falkordb" else " OR ")
        if any_word
        else (" " if dialect == "falkordb" else " AND ")
    )
    return joiner.join(terms)


def _match_score(query_key: str, keys: Iterable[str]) -> float:
    """How well a folded query matches an actor's best folded name (0-100)."""
    best = 0.0
    for key in keys:
        if key == query_key:
            return 100.0
        best = max(best, fuzz.WRatio(query_key, key) - (0 if key.startswith(query_key) else 1))
    return round(best, 1)


class GraphReader:
    """Read-side queries over one store."""

    def __init__(
        self,
        store: GraphStore,
        *,
        step_cap: int = 5000,
        path_step_cap: int = 20_000,
        path_frontier_cap: int = 2000,
        topology: TopologyCache | None = None,
    ) -> None:
        self.store = store
        self.topology = topology
        self.step_cap = step_cap
        self.path_step_cap = path_step_cap
        self.path_frontier_cap = path_frontier_cap

    def _read(self, name: str, params: Row, **placeholders: Any) -> list[Row]:
        return self.store.run_read(render(name, self.store.dialect, **placeholders), params)

    # -- actors -----------------------------------------------------------------
    def search_actors(self, q: str | None, kind: str | None, limit: int, offset: int) -> ActorsPublic:
        """Actors whose name or alias matches `q` (case, accents, transliteration, typos), best first."""
        if not q or not q.strip():
            rows = self._read("actors_page", {"kind": kind, "limit": limit, "offset": offset})
            hits = [ActorHit(**row, score=0.0) for row in rows]
            return ActorsPublic(data=hits, count=len(hits), limit=limit, offset=offset)
        query_key = name_key(q)
        words = [w for w in query_key.split() if len(w) >= 2]
        if not words:
            return ActorsPublic(data=[], count=0, limit=limit, offset=offset)
        pool = max(_SEARCH_POOL, offset + limit)
        rows = []
        for any_word in (False, True):
            query = fulltext_query(words, self.store.dialect, any_word)
            rows = self._read("search_actors", {"query": query, "kind": kind, "limit": pool})
            if rows:
                break
        hits = [
            ActorHit(
                id=row["id"],
                name=row["name"],
                kind=row["kind"],
                country=row["country"],
                curated=bool(row["curated"]),
                aliases=row["aliases"] or [],
                score=_match_score(query_key, (row["search_keys"] or "").split(" | ")),
            )
            for row in rows
        ]
        hits.sort(key=lambda h: (-h.score, h.name, h.id))
        page = hits[offset : offset + limit]
        return ActorsPublic(data=page, count=len(page), limit=limit, offset=offset)

    def get_actor(self, actor_id: str) -> ActorPublic | None:
        """One actor with aliases, roles, act counts by type and direction, and its act date span."""
        rows = self._read("actors_by_ids", {"ids": [actor_id]})
        if not rows:
            return None
        counts = [
            ActCount(type=r["type"], direction=r["direction"], count=r["n"], first=r["first"], last=r["last"])
            for r in self._read("actor_act_counts", {"id": actor_id})
        ]
        counts.sort(key=lambda c: (c.direction, -c.count, c.type))
        roles = [RolePublic(**r) for r in self._read("actor_roles", {"id": actor_id})]
        firsts = [c.first for c in counts if c.first and c.type not in self.store.schema.affiliation_types]
        lasts = [c.last for c in counts if c.last and c.type not in self.store.schema.affiliation_types]
        row = rows[0]
        return ActorPublic(
            **{k: row[k] for k in ("id", "name", "kind", "country", "wikidata", "review", "reviewed_by")},
            reviewed_at=row["reviewed_at"],
            curated=bool(row["curated"]),
            aliases=row["aliases"] or [],
            roles=roles,
            act_counts=counts,
            first_act=min(firsts, default=None),
            last_act=max(lasts, default=None),
        )

    def actors(self, ids: Iterable[str], topology: Topology | None = None) -> dict[str, ActorSummary]:
        """Summaries of the given actors, by id: from a current projection when given, else the store."""
        wanted = set(ids)
        summaries: dict[str, ActorSummary] = {}
        if topology is not None:
            for actor_id in wanted & topology.summaries.keys():
                name, kind, country, curated = topology.summaries[actor_id]
                summaries[actor_id] = ActorSummary(
                    id=actor_id, name=name, kind=kind, country=country, curated=curated
                )
            wanted -= summaries.keys()
        if wanted:
            for r in self._read("actors_by_ids", {"ids": sorted(wanted)}):
                summaries[r["id"]] = ActorSummary(
                    id=r["id"],
                    name=r["name"],
                    kind=r["kind"],
                    country=r["country"],
                    curated=bool(r["curated"]),
                )
        return summaries

    def missing(self, actor_ids: Iterable[str], topology: Topology | None = None) -> list[str]:
        """The given ids that name no actor in the graph, in order."""
        ids = list(dict.fromkeys(actor_ids))
        unknown = [i for i in ids if topology is None or not topology.has_actor(i)]
        if not unknown:
            return []
        found = {r["id"] for r in self._read("actors_by_ids", {"ids": unknown})}
        return [i for i in unknown if i not in found]

    # -- traversal ----------------------------------------------------------------
    def _expand(
        self, frontier: list[str], direction: Direction, acts: ActFilter, cap: int, template: str = "expand"
    ) -> list[Row]:
        params = {"frontier": frontier, "cap": cap, **acts.params()}
        return self._read(template, params, direction=direction)

    def _topology(self) -> Topology | None:
        return self.topology.current() if self.topology is not None else None

    def neighbourhood(
        self, actor_id: str, depth: int, direction: Direction, acts: ActFilter, limit: int
    ) -> NeighbourhoodPublic | None:
        """Actors within `depth` acts of `actor_id`, at most `limit` nodes, and the acts between them;
        None when there is no such actor."""
        topology = self._topology()
        if self.missing([actor_id], topology):
            return None
        if topology is not None:
            keep = topology.mask(acts.types, acts.statuses, acts.since, acts.until)

            def step(frontier: list[str], cap: int) -> list[Row]:
                found = topology.step(topology.nodes(frontier), direction, keep, cap)
                return [
                    topology.row(int(a), int(o), int(b))
                    for a, o, b in zip(found.act, found.origin, found.other, strict=True)
                ]

        else:

            def step(frontier: list[str], cap: int) -> list[Row]:
                return self._expand(frontier, direction, acts, cap)

        order = [actor_id]
        seen = {actor_id}
        edges: dict[str, Row] = {}
        frontier, truncated = [actor_id], False
        # Rows one step may read: enough to fill the node limit several times over, never
        # more than the configured cap, so a hub's depth-2 neighbourhood stays bounded.
        cap = min(self.step_cap, max(200, 5 * limit))
        for _ in range(depth):
            if len(seen) >= limit:
                truncated = True  # full before this level: its acts are not read
                break
            next_frontier: list[str] = []
            # A wide frontier is read in chunks, so a level stops as soon as the node
            # limit is reached instead of expanding every hub on it.
            for start in range(0, len(frontier), _FRONTIER_CHUNK):
                if len(seen) >= limit:
                    truncated = True
                    break
                rows = step(frontier[start : start + _FRONTIER_CHUNK], cap)
                truncated |= len(rows) >= cap
                for row in rows:
                    other = row["other"]
                    if other not in seen:
                        if len(seen) >= limit:
                            truncated = True
                            continue
                        seen.add(other)
                        order.append(other)
                        next_frontier.append(other)
                    edges.setdefault(row["id"], row)
            frontier = next_frontier
            if not frontier:
                break
        if topology is not None:  # the projection knows ids and types; read the acts themselves
            full = self._acts_by_type({i: row["type"] for i, row in edges.items()}, topology)
            edges = {i: full[i] for i in edges if i in full}
        summaries = self.actors(order, topology)
        return NeighbourhoodPublic(
            center=actor_id,
            depth=depth,
            nodes=[summaries[i] for i in order if i in summaries],
            edges=[EdgePublic.model_validate(e) for e in edges.values()],
            truncated=truncated,
        )

    def paths(
        self,
        source: str,
        target: str,
        max_hops: int,
        direction: Direction,
        acts: ActFilter,
        all_shortest: bool,
        limit: int,
    ) -> PathsPublic | None:
        """Shortest paths (one, or up to `limit` of equal length) by bidirectional breadth-first search;
        None when either end is not in the graph."""
        mode: Literal["shortest", "all_shortest"] = "all_shortest" if all_shortest else "shortest"
        found: list[list[tuple[str, Row]]] = []
        truncated = False
        topology = self._topology()
        if self.missing([source, target], topology):
            return None
        if source == target:
            found = [[]]
        elif topology is not None:
            found = _memory_paths(topology, source, target, max_hops, direction, acts, not all_shortest)
        else:
            found, truncated = self._bidirectional(
                source, target, max_hops, direction, acts, not all_shortest
            )
        found = found[: limit if all_shortest else 1]
        hop_ids = {row["id"] for path in found for _, row in path}
        hop_types = {row["id"]: row["type"] for path in found for _, row in path}
        full = {
            act.id: act
            for act in self.relations_by_ids(hop_ids, evidence=False, types=hop_types, topology=topology)
        }
        best = self._best_evidence(hop_ids)
        names = self.actors({source, target} | {n for path in found for n, _ in path}, topology)
        public = []
        for path in found:
            nodes = [source]
            hops = []
            for node, row in path:
                act = full[row["id"]]
                hops.append(
                    HopPublic(
                        source=nodes[-1],
                        target=node,
                        forward=act.source == nodes[-1] and act.target == node,
                        act=EdgePublic.model_validate(act.model_dump()),
                        evidence=best.get(row["id"]),
                    )
                )
                nodes.append(node)
            public.append(PathPublic(length=len(hops), nodes=[names[n] for n in nodes], hops=hops))
        return PathsPublic(source=source, target=target, mode=mode, paths=public, truncated=truncated)

    def _bidirectional(
        self,
        source: str,
        target: str,
        max_hops: int,
        direction: Direction,
        acts: ActFilter,
        first_only: bool = False,
    ) -> tuple[list[list[tuple[str, Row]]], bool]:
        """Every shortest path (or the first) as [(next node, act row), ...], found from both ends at once."""
        forward = _Side(direction, [source], {source: 0})
        backward = _Side(_OPPOSITE[direction], [target], {target: 0})
        truncated = False
        for _ in range(max_hops):
            side, other = (
                (forward, backward)
                if len(forward.frontier) <= len(backward.frontier)
                else (backward, forward)
            )
            if not side.frontier:
                break
            if len(side.frontier) > self.path_frontier_cap:
                return [], True  # both ends fan out too widely: say so rather than run unbounded
            rows = self._expand(side.frontier, side.direction, acts, self.path_step_cap, "expand_ids")
            truncated |= len(rows) >= self.path_step_cap
            level = side.depth[side.frontier[0]] + 1
            side.frontier = []
            for row in rows:
                node = row["other"]
                known = side.depth.get(node)
                if known is None:
                    side.depth[node] = level
                    side.frontier.append(node)
                elif known != level:
                    continue
                side.parents.setdefault(node, []).append((row["origin"], row))
            meet = [n for n in side.frontier if n in other.depth]
            if meet:
                best = min(forward.depth[n] + backward.depth[n] for n in meet)
                if best <= max_hops:
                    ends = [n for n in meet if forward.depth[n] + backward.depth[n] == best]
                    paths = _join(forward.parents, backward.parents, ends, source, target, first_only)
                    return paths, truncated
        return [], truncated

    def _best_evidence(self, act_ids: Iterable[str]) -> dict[str, EvidencePublic]:
        """The first evidence sentence of each act (earliest article)."""
        best: dict[str, EvidencePublic] = {}
        for act_id, items in self._evidence(act_ids).items():
            best[act_id] = items[0]
        return best

    def _evidence(self, act_ids: Iterable[str]) -> dict[str, list[EvidencePublic]]:
        ids = sorted(set(act_ids))
        grouped: dict[str, list[EvidencePublic]] = defaultdict(list)
        if ids:
            for row in self._read("evidence_for_acts", {"ids": ids}):
                grouped[row["act_id"]].append(EvidencePublic.model_validate(row))
        return grouped

    # -- acts ---------------------------------------------------------------------
    def relations(
        self, acts: ActFilter, source: str | None, target: str | None, limit: int, offset: int
    ) -> RelationsPublic:
        """A page of acts, newest first, each with all its evidence."""
        params = {**acts.params(), "source": source, "target": target, "limit": limit, "offset": offset}
        rows = self._read("relations_page", params)
        data = self._with_evidence(rows)
        return RelationsPublic(data=data, count=len(data), limit=limit, offset=offset)

    def relation(self, relation_id: str) -> RelationPublic | None:
        """One act with every piece of its evidence."""
        found = self.relations_by_ids([relation_id])
        if found:
            return found[0]
        # An act without evidence (written by another tool) has no endpoints to start from.
        row = self.store.get_relation(relation_id)
        return (
            RelationPublic.model_validate({**row, "asserted_by": row["asserted_by"] or []}) if row else None
        )

    def relations_by_ids(
        self,
        ids: Iterable[str],
        evidence: bool = True,
        types: dict[str, str] | None = None,
        topology: Topology | None = None,
    ) -> list[RelationPublic]:
        """Acts by id, read through each type's relationship index, evidence unless told not; newest first.

        `types` maps ids to act types when the caller knows them; otherwise they are read
        from the acts' evidence. (Reading an act from its endpoints would walk a hub's whole
        adjacency: over a second for the busiest actor of the benchmark graph.)
        """
        ids = sorted(set(ids))
        if not ids:
            return []
        if types is None:
            types = {r["id"]: r["type"] for r in self._read("act_types", {"ids": ids}) if r["type"]}
        found = list(self._acts_by_type({i: types[i] for i in ids if i in types}, topology).values())
        found.sort(key=lambda r: (r["date"] or "", r["id"]), reverse=True)
        if evidence:
            return self._with_evidence(found)
        return [RelationPublic.model_validate({**r, "asserted_by": r["asserted_by"] or []}) for r in found]

    def _acts_by_type(self, types: dict[str, str], topology: Topology | None = None) -> dict[str, Row]:
        """Acts by id, given each one's type: one statement, an indexed branch per type.
        With a current projection, acts it has already seen are not read again."""
        known = topology.act_rows(types) if topology is not None else {}
        by_type: dict[str, list[str]] = defaultdict(list)
        for act_id, rel_type in types.items():
            if act_id not in known and rel_type in self.store.schema.relations:
                by_type[rel_type].append(act_id)
        if not by_type:
            return known
        kinds = sorted(by_type)
        query = "\nUNION ALL\n".join(render("acts_of_type", self.store.dialect, rel_type=t) for t in kinds)
        rows = self.store.run_read(query, {f"ids_{t}": sorted(by_type[t]) for t in kinds})
        read = {row["id"]: row for row in rows}
        if topology is not None:
            topology.remember_act_rows(read)
        return {**known, **read}

    def _with_evidence(self, rows: list[Row]) -> list[RelationPublic]:
        evidence = self._evidence(r["id"] for r in rows)
        return [
            RelationPublic.model_validate(
                {**r, "asserted_by": r["asserted_by"] or [], "evidence": evidence[r["id"]]}
            )
            for r in rows
        ]

    # -- articles -------------------------------------------------------------------
    def articles(self, outlet: str | None, limit: int, offset: int) -> ArticlesPublic:
        """A page of articles, newest first, with how many acts each reports."""
        rows = self._read("articles_page", {"outlet": outlet, "limit": limit, "offset": offset})
        data = [ArticleSummary.model_validate(r) for r in rows]
        return ArticlesPublic(data=data, count=len(data), limit=limit, offset=offset)

    def article(self, article_id: str) -> ArticlePublic | None:
        """One article with its text and the acts extracted from it."""
        rows = self._read("article_by_id", {"id": article_id})
        if not rows:
            return None
        row = rows[0]
        act_ids = [a for a in row.pop("act_ids") if a]
        return ArticlePublic(**row, acts=len(act_ids), relations=self.relations_by_ids(act_ids))

    # -- power users ----------------------------------------------------------------
    def cypher(self, query: str, params: Row, limit: int, timeout_s: float) -> CypherResult:
        """Rows of a read-only statement, capped at `limit`, with nodes, relationships and paths
        in the one shape of `app.store.values`; any write raises ReadOnlyViolation."""
        if _LOAD_CSV.search(_STRINGS_AND_COMMENTS.sub("''", query)):
            raise ReadOnlyViolation("LOAD CSV is refused: it reads files and URLs from the server")
        try:
            rows = self.store.run_cypher(query, params, timeout_s=timeout_s)
        except (ReadOnlyViolation, QueryTimeout, StoreUnavailable):
            raise
        except StoreError as exc:
            raise QueryError(str(exc)) from exc
        columns = list(rows[0]) if rows else []
        return CypherResult(columns=columns, rows=rows[:limit], truncated=len(rows) > limit)


_Chain = tuple[tuple[str, ...], list[tuple[str, Row]]]  # act ids in path order, and the links


class _Parents(Protocol):
    def get(self, node: str, default: list[tuple[str, Row]], /) -> list[tuple[str, Row]]: ...


def _towards(target: str, chain: list[tuple[str, Row]]) -> list[tuple[str, Row]]:
    """A backward side's chain, which runs target → meeting node, as hops meeting node → target."""
    nodes = [target] + [n for n, _ in chain]
    return [(nodes[i], chain[i][1]) for i in reversed(range(len(chain)))]


def _smallest_chains(parents: _Parents, root: str, *, from_root: bool) -> Callable[[str], _Chain]:
    """For any node, the chain of (node, act row) links between `root` and it whose act ids,
    read from the root outward (`from_root`) or towards the root, are smallest; memoised, so
    each node's parent links are read once."""
    memo: dict[str, _Chain] = {root: ((), [])}

    def smallest(node: str) -> _Chain:
        if node in memo:
            return memo[node]
        best: _Chain | None = None
        for parent, row in parents.get(node, []):
            ids, chain = smallest(parent)
            key = (*ids, row["id"]) if from_root else (row["id"], *ids)
            if best is None or key < best[0]:
                best = (key, [*chain, (node, row)])
        memo[node] = best if best is not None else ((), [])
        return memo[node]

    return smallest


def _join(
    forward: _Parents,
    backward: _Parents,
    ends: list[str],
    source: str,
    target: str,
    first_only: bool = False,
) -> list[list[tuple[str, Row]]]:
    """Paths source → meeting node → target, from both sides' parent links, in the order of
    their act ids; `first_only`: just the first, found without listing the others (through
    hubs, a pair can have hundreds of thousands of shortest paths)."""
    if first_only and ends:
        to_source = _smallest_chains(forward, source, from_root=True)
        to_target = _smallest_chains(backward, target, from_root=False)
        end = min(ends, key=lambda e: (*to_source(e)[0], *to_target(e)[0]))
        return [to_source(end)[1] + _towards(target, to_target(end)[1])]

    def walk(parents: _Parents, node: str, root: str) -> list[list[tuple[str, Row]]]:
        # Chains of (node, act) from `root` out to `node`.
        if node == root:
            return [[]]
        chains = []
        for parent, row in parents.get(node, []):
            for chain in walk(parents, parent, root):
                chains.append([*chain, (node, row)])
                if len(chains) >= _CHAINS:
                    return chains
        return chains

    paths = []
    for end in sorted(ends):
        for head in walk(forward, end, source):
            for tail in walk(backward, end, target):
                paths.append(head + _towards(target, tail))
    paths.sort(key=lambda p: [row["id"] for _, row in p])
    return paths


class _MemorySide:
    """One end of a breadth-first search over the projection: depths as an array, and each
    level's acts kept as arrays, turned into parent links only for the nodes a path uses."""

    def __init__(self, topology: Topology, direction: Direction, root: int) -> None:
        self.topology = topology
        self.direction = direction
        self.depth = np.full(len(topology.actors), -1, dtype=np.int64)
        self.depth[root] = 0
        self.frontier = np.array([root], dtype=np.int64)
        self.levels: list[Step] = []
        self._sorted: dict[int, tuple[IntArray, IntArray]] = {}  # per level: order by `other`, sorted keys
        self._lookups: dict[int, int] = {}
        self._links: dict[str, list[tuple[str, Row]]] = {}  # a path walk asks for a node many times

    def expand(self, keep: npt.NDArray[np.bool_] | None) -> None:
        """Read the next level: its new actors become the frontier, and every act reaching
        one of them from the level before is kept as a parent link."""
        level = len(self.levels) + 1
        found = self.topology.step(self.frontier, self.direction, keep)
        fresh = found.other[self.depth[found.other] < 0]
        self.depth[fresh] = level
        parent = self.depth[found.other] == level
        self.levels.append(Step(found.origin[parent], found.other[parent], found.act[parent]))
        self.frontier = np.flatnonzero(self.depth == level)  # sorted and unique, without a sort

    def get(self, node: str, default: list[tuple[str, Row]], /) -> list[tuple[str, Row]]:
        """The (parent, act row) links into `node`, as the Cypher search records them."""
        if node in self._links:
            return self._links[node]
        index = self.topology.index[node]
        level = int(self.depth[index])
        if level <= 0:
            return default
        links = self.levels[level - 1]
        self._lookups[level] = self._lookups.get(level, 0) + 1
        if level in self._sorted or self._lookups[level] > _SCANS_BEFORE_SORT:
            if level not in self._sorted:  # many lookups: sort once, then binary searches
                order = np.argsort(links.other, kind="stable")
                self._sorted[level] = order, links.other[order]
            order, keys = self._sorted[level]
            start, stop = np.searchsorted(keys, [index, index + 1])
            rows = order[start:stop]
        else:  # a few lookups: a scan each is cheaper than sorting a hub-sized level
            rows = np.flatnonzero(links.other == index)
        found = self._links[node] = [
            (
                self.topology.actors[int(links.origin[i])],
                self.topology.row(int(links.act[i]), int(links.origin[i]), index),
            )
            for i in rows[:_CHAINS]  # a walk stops within these
        ]
        return found


def _memory_paths(
    topology: Topology,
    source: str,
    target: str,
    max_hops: int,
    direction: Direction,
    acts: ActFilter,
    first_only: bool = False,
) -> list[list[tuple[str, Row]]]:
    """The bidirectional search of `GraphReader._bidirectional`, over the projection: every
    step reads all of its acts, so no cap cuts a search short."""
    if source not in topology.index or target not in topology.index:
        return []  # an actor without acts reaches nobody
    keep = topology.mask(acts.types, acts.statuses, acts.since, acts.until)
    forward = _MemorySide(topology, direction, topology.index[source])
    backward = _MemorySide(topology, _OPPOSITE[direction], topology.index[target])
    for _ in range(max_hops):
        side, other = (
            (forward, backward) if len(forward.frontier) <= len(backward.frontier) else (backward, forward)
        )
        if not len(side.frontier):
            break
        side.expand(keep)
        meet = side.frontier[other.depth[side.frontier] >= 0]
        if len(meet):
            lengths = forward.depth[meet] + backward.depth[meet]
            best = int(lengths.min())
            if best <= max_hops:
                ends = [topology.actors[int(n)] for n in meet[lengths == best]]
                return _join(forward, backward, ends, source, target, first_only)
    return []
