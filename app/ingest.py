"""Ingest over HTTP: one page of text through the same loaders as `actorgraph load`."""

from __future__ import annotations

import threading

from app.schemas import IngestedAct, IngestPublic
from app.store.base import GraphStore
from loaders.articles import SourceMeta
from loaders.pipeline import Extractor, batch_from_text


class Ingestor:
    """Holds the process's one extractor (built on first use) and runs one ingest at a time."""

    def __init__(self) -> None:
        self._extractor: Extractor | None = None
        self._lock = threading.Lock()

    def ingest(self, store: GraphStore, text: str, meta: SourceMeta) -> IngestPublic:
        """Extract `text`, upsert what it reports, and say which acts were created or updated."""
        with self._lock:  # spaCy pipelines are not shared between threads; writes stay ordered
            if self._extractor is None:
                self._extractor = Extractor()
            report, batch = batch_from_text(text, store, self._extractor, meta)
            existing = store.existing_relation_ids(batch.relations)
            store.write_batch(batch)
        acts = [
            IngestedAct(
                id=r.id,
                type=r.type,
                source=r.source,
                target=r.target,
                summary=r.summary,
                outcome="updated" if r.id in existing else "created",
            )
            for r in batch.relations
        ]
        return IngestPublic(
            articles=[a.id for a in batch.articles],
            duplicate_articles=report.duplicate_articles,
            sentences=report.sentences,
            actors=report.actors,
            new_actors=report.new_actors,
            acts=acts,
        )
