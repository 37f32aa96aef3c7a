"""Files → articles → sentences → mentions → acts → merged GraphBatch → store."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import BaseModel

from app.store.base import GraphStore
from app.store.models import ArticleRecord, EvidenceRecord, GraphBatch, RelationRecord
from loaders.actors import Catalogue
from loaders.acts import act_id, evidence_id, find_acts
from loaders.articles import Article, find_sources, read_source, split_articles
from loaders.sentences import split_sentences


class LoadReport(BaseModel):
    """What one load found and wrote."""

    files: int = 0
    articles: int = 0
    duplicate_articles: int = 0
    sentences: int = 0
    actors: int = 0
    relations: int = 0
    evidence: int = 0


def extract_article(
    article: Article, catalogue: Catalogue
) -> tuple[ArticleRecord, list[RelationRecord], int]:
    """The article's record, the acts it reports (with evidence) and its sentence count."""
    mentioned: set[str] = set()
    relations: dict[str, RelationRecord] = {}
    sentences = 0
    for sentence in split_sentences(article.text):
        sentences += 1
        mentions = catalogue.find_mentions(sentence.text)
        mentioned.update(m.actor_id for m in mentions)
        for act in find_acts(sentence.text, mentions):
            rid = act_id(act.type, act.source, act.target, None)
            relation = relations.setdefault(
                rid,
                RelationRecord(
                    id=rid, type=act.type, source=act.source, target=act.target, status=act.status
                ),
            )
            relation.evidence.append(
                EvidenceRecord(
                    id=evidence_id(rid, article.id, sentence.start),
                    article_id=article.id,
                    sentence=sentence.text,
                    start=sentence.start,
                    end=sentence.end,
                    status=act.status,
                )
            )
    record = ArticleRecord(
        id=article.id, title=article.title, outlet=article.outlet, author=article.author, date=article.date,
        source_file=article.source_file, text=article.text, word_count=article.word_count,
        mentions=sorted(mentioned),
    )  # fmt: skip
    return record, list(relations.values()), sentences


def merge_relations(relations: Iterable[RelationRecord]) -> list[RelationRecord]:
    """One record per act id, with the evidence of every report of it."""
    merged: dict[str, RelationRecord] = {}
    for relation in relations:
        if relation.id in merged:
            target = merged[relation.id]
            known = {e.id for e in target.evidence}
            target.evidence += [e for e in relation.evidence if e.id not in known]
            if relation.status == "reported":
                target.status = "reported"
        else:
            merged[relation.id] = relation.model_copy(deep=True)
    return list(merged.values())


def build_batch(paths: Iterable[Path], catalogue: Catalogue, report: LoadReport) -> GraphBatch:
    """Read and extract every file; nothing is written for a file that fails to read."""
    seen_paragraphs: set[str] = set()
    articles: dict[str, ArticleRecord] = {}
    relations: list[RelationRecord] = []
    for path in find_sources(paths):
        source = read_source(path)
        report.files += 1
        for article in split_articles(source, seen_paragraphs):
            if article.id in articles:
                report.duplicate_articles += 1
                continue
            record, acts, sentences = extract_article(article, catalogue)
            articles[article.id] = record
            relations += acts
            report.sentences += sentences
    merged = merge_relations(relations)
    used = {a for r in merged for a in (r.source, r.target)} | {
        a for d in articles.values() for a in d.mentions
    }
    report.articles = len(articles)
    report.actors = len(used)
    report.relations = len(merged)
    report.evidence = sum(len(r.evidence) for r in merged)
    return GraphBatch(
        actors=[catalogue.by_id[a] for a in sorted(used)], articles=list(articles.values()), relations=merged
    )


def load_paths(
    paths: Iterable[Path],
    store: GraphStore,
    catalogue: Catalogue,
    progress: Callable[[int], None] | None = None,
) -> tuple[LoadReport, GraphBatch]:
    """Extract every file, then upsert the whole batch; returns what was found."""
    report = LoadReport()
    batch = build_batch(paths, catalogue, report)
    store.write_batch(batch, progress)
    return report, batch
