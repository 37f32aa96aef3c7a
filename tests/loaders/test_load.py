"""Loading into a real store: idempotent, and a new article adds only what it reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import ROOT
from app.store.base import GraphStore
from app.store.models import GraphCounts
from loaders import pipeline
from loaders.pipeline import Extractor, LoadReport, build_batch, load_paths

SEEDS = ROOT / "data" / "seeds"
NEW_ARTICLE = """Georgia expels Russian diplomat

Georgia expelled the Russian diplomat Pavel Orlov on March 3.
The Georgian Foreign Ministry accused Russia of espionage.
"""


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _snapshot(store: GraphStore) -> tuple[GraphCounts, set[str], set[str]]:
    actors = {str(a["id"]) for a in store.iter_actors()}
    relations = {str(r["id"]) for r in store.iter_relations()}
    return store.counts(), actors, relations


def test_loading_the_seeds_twice_changes_nothing(store: GraphStore, extractor: Extractor) -> None:
    load_paths([SEEDS], store, extractor)
    first = _snapshot(store)
    load_paths([SEEDS], store, extractor)
    assert _snapshot(store) == first


def test_one_more_article_adds_only_what_it_reports(
    store: GraphStore, extractor: Extractor, tmp_path: Path
) -> None:
    load_paths([SEEDS], store, extractor)
    counts, actors, relations = _snapshot(store)
    (tmp_path / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    report, batch = load_paths([tmp_path], store, extractor)
    new_counts, new_actors, new_relations = _snapshot(store)
    assert report.articles == 1
    assert new_relations - relations == {r.id for r in batch.relations} - relations
    assert {("EXPELLED", "georgia", "pavel-orlov")} <= {(r.type, r.source, r.target) for r in batch.relations}
    assert new_actors - actors == {a.id for a in batch.actors} - actors
    assert "pavel-orlov" in new_actors - actors
    assert new_counts.nodes["Article"] == counts.nodes["Article"] + 1


def test_spelling_variant_in_a_later_load_reuses_the_actor(
    store: GraphStore, extractor: Extractor, tmp_path: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text("Georgia expelled the Russian diplomat Andrei Kuznetsov.", encoding="utf-8")
    (second / "b.txt").write_text("Moldova expelled the Russian diplomat Andrey Kuznetsov.", encoding="utf-8")
    load_paths([first], store, extractor)
    _, batch = load_paths([second], store, extractor)
    assert ("EXPELLED", "moldova", "andrei-kuznetsov") in {
        (r.type, r.source, r.target) for r in batch.relations
    }
    people = [a for a in store.iter_actors() if a["kind"] == "Person"]
    assert [p["id"] for p in people] == ["andrei-kuznetsov"]


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "spawned"])
def test_workers_give_the_same_batch_as_one_process(
    extractor: Extractor, fork: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Forked workers share the parent's extractor; spawned ones build their own.
    monkeypatch.setattr(pipeline, "_FORK", fork)
    one = build_batch([SEEDS], LoadReport(), extractor)
    two = build_batch([SEEDS], LoadReport(), extractor, workers=2)
    assert pipeline._WORKER is None
    assert [r.model_dump() for r in one.relations] == [r.model_dump() for r in two.relations]
    assert [a.id for a in one.actors] == [a.id for a in two.actors]
    assert [a.id for a in one.articles] == [a.id for a in two.articles]


class _Marking(Extractor):
    """An extractor whose results say it ran."""

    def extract_file(self, path: Path) -> pipeline.FileExtraction:
        result = super().extract_file(path)
        result.path = "marked:" + result.path
        return result


def test_forked_workers_run_the_given_extractor(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(NEW_ARTICLE, encoding="utf-8")
    results = pipeline.extract_files(sorted(tmp_path.iterdir()), _Marking(), workers=2)
    assert [r.path for r in results] == [f"marked:{tmp_path / n}" for n in ("a.txt", "b.txt")]


def test_summaries_read_as_sentences(extractor: Extractor) -> None:
    batch = build_batch([SEEDS], LoadReport(), extractor)
    summaries = {(r.type, r.source, r.target): r.summary for r in batch.relations}
    assert summaries[("DENIED", "russia", "ilham-aliyev")] == "Russia denied the claims of Ilham Aliyev"
    assert summaries[("MEMBER_OF", "igor-kartavykh", "sputnik-azerbaijan")] == (
        "Igor Kartavykh, chief editor of Sputnik Azerbaijan"
    )
    assert summaries[("BANNED", "azerbaijan", "nikolai-valuev")] == "Azerbaijan banned Nikolai Valuev"
