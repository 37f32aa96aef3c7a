"""Ingest over HTTP: one page of text through the same loaders as `actorgraph load`."""

from __future__ import annotations

import threading

from app.review.apply import apply_log, plan_of, review_catalogue
from app.review.log import JudgementLog
from app.schemas import IngestedAct, IngestPublic
from app.store.base import GraphStore
from loaders.articles import SourceMeta
from loaders.pipeline import Extractor, batch_from_text


class Ingestor:
    """Holds the process's one extractor (built on first use, again when analysts merge
    actors) and runs one ingest at a time; the judgement log is applied after each."""

    def __init__(self, judgements: JudgementLog | None = None) -> None:
        self._extractor: Extractor | None = None
        self._merges: list[str] = []
        self._lock = threading.Lock()
        self.judgements = judgements

    def _extractor_for(self, store: GraphStore) -> Extractor:
        """The extractor, its catalogue knowing every merge in force."""
        plan = plan_of(self.judgements, store.schema) if self.judgements else None
        merges = [m.id for m in plan.merges] if plan else []
        if self._extractor is None or merges != self._merges:
            nlp = self._extractor.nlp if self._extractor else None
            catalogue = review_catalogue(plan) if plan and merges else None
            self._extractor, self._merges = Extractor(catalogue=catalogue, nlp=nlp), merges
        return self._extractor

    def ingest(self, store: GraphStore, text: str, meta: SourceMeta) -> IngestPublic:
        """Extract `text`, upsert what it reports, and say which acts were created, updated or
        rejected (by an analyst's standing decision)."""
        rejected: set[str] = set()
        with self._lock:  # spaCy pipelines are not shared between threads; writes stay ordered
            report, batch = batch_from_text(text, store, self._extractor_for(store), meta)
            existing = store.existing_relation_ids(batch.relations)
            store.write_batch(batch)
            if self.judgements is not None:
                rejected = set(apply_log(store, self.judgements).rejected)
        acts = [
            IngestedAct(
                id=r.id,
                type=r.type,
                source=r.source,
                target=r.target,
                summary=r.summary,
                outcome="rejected" if r.id in rejected else "updated" if r.id in existing else "created",
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
