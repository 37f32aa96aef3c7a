"""Neighbourhoods and paths over the in-memory act graph equal the Cypher steps' answers.

The two searches share no traversal code: the Cypher one steps through `expand` templates
on the store, the in-memory one walks numpy arrays over the embedded store's acts. On the
sample corpus, with no cap biting, they must agree on every node, act and path, whichever
backend runs the Cypher steps: FalkorDB, or Neo4j (where every search steps in Cypher).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.config import Settings
from app.core.lifecycle import store_session
from app.store.base import GraphStore
from app.store.reader import ActFilter, GraphReader
from app.store.topology import TopologyCache
from tests.api.conftest import api_settings, ensure_seeded

FILTERS = {
    "any act": ActFilter(),
    "detentions and affiliations": ActFilter(types=["DETAINED", "DENIED", "MEMBER_OF", "PART_OF"]),
    "reported only": ActFilter(statuses=["reported"]),
    "2025 from February": ActFilter(since="2025-02-01", until="2025-12-31"),
}


@pytest.fixture(scope="module")
def seeded_store(seeded_falkordb_dir: Path) -> Iterator[GraphStore]:
    with store_session(Settings(data_dir=seeded_falkordb_dir, neo4j_uri=None)) as store:
        yield store


@pytest.fixture(scope="module")
def cypher_store(backend: str, request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """The seeds on the backend whose Cypher steps are compared with the in-memory search."""
    with store_session(api_settings(backend, ensure_seeded(backend, request), request)) as store:
        yield store


@pytest.fixture(autouse=True)
def _seeds_in_place(backend: str, request: pytest.FixtureRequest) -> None:
    ensure_seeded(backend, request)


@pytest.fixture(scope="module")
def readers(seeded_store: GraphStore, cypher_store: GraphStore) -> tuple[GraphReader, GraphReader]:
    cache = TopologyCache(seeded_store, wait_s=30)
    assert cache.current() is not None
    return GraphReader(seeded_store, topology=cache), GraphReader(cypher_store)


@pytest.fixture(scope="module")
def actors(readers: tuple[GraphReader, GraphReader]) -> list[str]:
    """The 24 actors in the most acts, and a few with one."""
    memory, _ = readers
    topology = memory._topology()
    assert topology is not None
    degree = {a: 0 for a in topology.actors}
    for i in range(len(topology)):
        degree[topology.actors[int(topology.source[i])]] += 1
        degree[topology.actors[int(topology.target[i])]] += 1
    ranked = sorted(degree, key=lambda a: (-degree[a], a))
    return ranked[:24] + ranked[-4:]


def path_ids(
    reader: GraphReader, source: str, target: str, direction: str, acts: ActFilter
) -> list[list[str]]:
    answer = reader.paths(source, target, 6, direction, acts, True, 1000)  # type: ignore[arg-type]
    assert not answer.truncated
    return [[hop.act.id for hop in path.hops] for path in answer.paths]


@pytest.fixture(params=list(FILTERS))
def acts(request: pytest.FixtureRequest) -> ActFilter:
    """Each filter in turn."""
    return FILTERS[request.param]


@pytest.mark.parametrize("direction", ["both", "out"])
def test_every_shortest_path_matches(
    readers: tuple[GraphReader, GraphReader], actors: list[str], acts: ActFilter, direction: str
) -> None:
    memory, cypher = readers
    found = 0
    for source, target in itertools.permutations(actors[:14], 2):
        expected = path_ids(cypher, source, target, direction, acts)
        assert path_ids(memory, source, target, direction, acts) == expected, (source, target)
        found += bool(expected)
    assert found >= 5  # the comparison covers real paths, not only empty answers


@pytest.mark.parametrize("direction", ["both", "out"])
def test_the_shortest_path_is_the_first_of_all_shortest(
    readers: tuple[GraphReader, GraphReader], actors: list[str], acts: ActFilter, direction: str
) -> None:
    """Mode `shortest` finds its path without listing all of them; it must be the one
    `all_shortest` lists first, whichever way the search runs."""
    many = 0
    for reader in readers:
        for source, target in itertools.permutations(actors[:14], 2):
            every = path_ids(reader, source, target, direction, acts)
            answer = reader.paths(source, target, 6, direction, acts, False, 1)  # type: ignore[arg-type]
            assert answer is not None
            assert [[hop.act.id for hop in path.hops] for path in answer.paths] == every[:1], (source, target)
            many += len(every) > 1
    if acts is FILTERS["any act"]:
        assert many >= 2  # pairs with several shortest paths: the choice is really tested


@pytest.mark.parametrize("direction", ["both", "in"])
def test_neighbourhoods_match(
    readers: tuple[GraphReader, GraphReader], actors: list[str], acts: ActFilter, direction: str
) -> None:
    memory, cypher = readers
    for actor, depth in itertools.product(actors, (1, 2)):
        answers = [
            reader.neighbourhood(actor, depth, direction, acts, 1000)  # type: ignore[arg-type]
            for reader in (memory, cypher)
        ]
        nodes, edges = (
            ({n.id for n in a.nodes} for a in answers),
            (sorted(e.model_dump_json() for e in a.edges) for a in answers),
        )
        assert next(nodes) == next(nodes), (actor, depth)
        assert next(edges) == next(edges), (actor, depth)
        assert not answers[0].truncated and not answers[1].truncated


def test_a_node_limit_cuts_both_searches_alike(readers: tuple[GraphReader, GraphReader]) -> None:
    for reader in readers:
        answer = reader.neighbourhood("azerbaijan", 2, "both", ActFilter(), 10)
        assert len(answer.nodes) == 10 and answer.truncated
        assert {e.source for e in answer.edges} | {e.target for e in answer.edges} <= {
            n.id for n in answer.nodes
        }
