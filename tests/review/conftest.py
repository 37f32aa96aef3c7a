"""Review on the sample corpus: a loader that reads the judgement log the way `actorgraph load` does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app import ROOT
from app.review.apply import apply_log, plan_of, review_catalogue
from app.review.log import JudgementLog
from app.store.base import GraphStore
from loaders.pipeline import Extractor, LoadReport, build_batch, known_actor_keys

SEEDS = ROOT / "data" / "seeds"
Snapshot = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]


@pytest.fixture(scope="session")
def extractors() -> Callable[[tuple[str, ...]], Extractor]:
    """An extractor per set of merges in force, built once and shared (spaCy loads once)."""
    built: dict[tuple[str, ...], Extractor] = {}

    def get(
        merges: tuple[str, ...], log: JudgementLog | None = None, store: GraphStore | None = None
    ) -> Extractor:
        if merges not in built:
            base = built.get(())
            catalogue = review_catalogue(plan_of(log, store.schema)) if merges and log and store else None
            built[merges] = Extractor(catalogue=catalogue, nlp=base.nlp if base else None)
        return built[merges]

    return get  # type: ignore[return-value]


@pytest.fixture
def load_seeds(extractors: Any) -> Callable[[GraphStore, JudgementLog], None]:
    """Load the seeds as `actorgraph load` does: merged names name survivors, then the log is applied."""

    def load(store: GraphStore, log: JudgementLog, paths: list[Path] | None = None) -> None:
        store.batch_size = 1000  # the store fixture's batches of 3 test batching, not review
        plan = plan_of(log, store.schema)
        extractor = extractors(tuple(m.id for m in plan.merges), log, store)
        batch = build_batch(paths or [SEEDS], LoadReport(), extractor, known=known_actor_keys(store))
        store.write_batch(batch)
        apply_log(store, log)

    return load


def snapshot(store: GraphStore) -> Snapshot:
    """Every actor, act and evidence node with every property, comparable between runs."""
    actors = store.run_read("MATCH (a:Actor) RETURN a.id AS id, labels(a) AS labels, properties(a) AS p")
    acts = store.run_read(
        "MATCH (s:Actor)-[r]->(t:Actor) RETURN type(r) AS type, s.id AS s, t.id AS t, properties(r) AS p"
    )
    evidence = store.run_read(
        "MATCH (e:Evidence)-[:FROM]->(d:Article) RETURN e.id AS id, d.id AS d, properties(e) AS p"
    )
    mentions = store.run_read("MATCH (d:Article)-[:MENTIONS]->(a:Actor) RETURN d.id AS d, a.id AS a")

    def rows(found: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        return sorted(repr(_sorted(row)) for row in found)  # type: ignore[misc]

    return rows(actors), rows(acts) + rows(mentions), rows(evidence)


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return sorted(map(_sorted, value), key=repr)
    return value
