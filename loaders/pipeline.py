"""Files → articles → sentences → mentions → acts and affiliations → merged GraphBatch → store.

Invariant: `extract_file` is a pure function of one file's text (plus the catalogue and
act patterns), so files can be spread over processes and the same input always gives the
same ids; merging happens once, after every file is read.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pydantic import BaseModel, Field
from spacy.language import Language

from app.core.config import get_settings
from app.core.names import name_key
from app.core.schema import GraphSchema, load_schema
from app.store.base import GraphStore
from app.store.models import ActorRecord, ArticleRecord, EvidenceRecord, GraphBatch, RelationRecord
from loaders.actors import Catalogue
from loaders.acts import ActMention, act_id, evidence_id
from loaders.affiliations import AffiliationFinder
from loaders.articles import (
    Article,
    SourceFile,
    SourceMeta,
    find_sources,
    read_source,
    read_sources_meta,
    split_articles,
)
from loaders.dates import DateMention, DateValue, find_dates, parse_reference
from loaders.mentions import ArticleContext, Mention, MentionFinder
from loaders.nlp import Tokens, TokSpan, build_nlp
from loaders.parser import load_parser
from loaders.patterns import load_patterns
from loaders.role_acts import ParsedActFinder

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "none": 0}


class LoadReport(BaseModel):
    """What one load found and wrote."""

    files: int = 0
    articles: int = 0
    duplicate_articles: int = 0
    sentences: int = 0
    actors: int = 0
    curated_actors: int = 0
    new_actors: int = 0
    actors_by_kind: dict[str, int] = Field(default_factory=dict)
    relations: int = 0
    relations_by_type: dict[str, int] = Field(default_factory=dict)
    evidence: int = 0


class FileExtraction(BaseModel):
    """Everything one file yields before merging."""

    path: str
    articles: list[ArticleRecord] = Field(default_factory=list)
    relations: list[RelationRecord] = Field(default_factory=list)
    actors: list[ActorRecord] = Field(default_factory=list)
    duplicates: int = 0
    sentences: int = 0


@dataclass(slots=True)
class _Read:
    """An article tokenised, with the mentions of each sentence, before its acts are read."""

    article: Article
    doc: Tokens
    context: ArticleContext
    found: list[tuple[TokSpan, list[Mention]]]


class Extractor:
    """The loaders' stages wired together; one per process."""

    def __init__(
        self,
        catalogue: Catalogue | None = None,
        nlp: Language | None = None,
        schema: GraphSchema | None = None,
        parser: Language | None = None,
    ) -> None:
        self.catalogue = catalogue or Catalogue.load()
        self.schema = schema or load_schema()
        self.nlp = nlp or build_nlp()
        patterns = load_patterns(self.schema)
        self.mentions = MentionFinder(self.nlp, self.catalogue, patterns.person_cues(self.schema))
        self.acts = ParsedActFinder(
            self.schema, self.catalogue, patterns, parser or load_parser(get_settings().spacy_model)
        )
        self.affiliations = AffiliationFinder(self.catalogue)
        self._meta: dict[str, dict[str, SourceMeta]] = {}

    @cached_property
    def outlets(self) -> list[str]:
        """Names of catalogue outlets, for bylines."""
        return [n for n, i in self.catalogue.names.items() if self.catalogue.by_id[i].kind == "Outlet"]

    def _sources_meta(self, folder: Path) -> dict[str, SourceMeta]:
        """`sources.yaml` of a folder, read once per extractor."""
        key = str(folder.resolve())
        if key not in self._meta:
            self._meta[key] = read_sources_meta(folder)
        return self._meta[key]

    def extract_file(self, path: Path) -> FileExtraction:
        """Read, split and extract one file (raises InputError before anything is kept)."""
        source = read_source(path)
        meta = self._sources_meta(path.parent).get(path.name)
        return self.extract_source(source, meta)

    def extract_source(self, source: SourceFile, meta: SourceMeta | None = None) -> FileExtraction:
        """Extract every article of one page."""
        result = FileExtraction(path=source.path)
        actors: dict[str, ActorRecord] = {}
        read: list[_Read] = []
        for article in split_articles(source, self.outlets, meta):
            if article is None:
                result.duplicates += 1
                continue
            read.append(self._read(article))
        self.acts.prepare([s for r in read for s in r.found])  # one parse batch for the page
        for one in read:
            record, relations, found, sentences = self._extract(one)
            result.articles.append(record)
            result.relations += relations
            result.sentences += sentences
            for actor in found:
                _merge_actor(actors, actor)
        result.actors = list(actors.values())
        return result

    def extract_article(
        self, article: Article
    ) -> tuple[ArticleRecord, list[RelationRecord], list[ActorRecord], int]:
        """The article's record, its acts with evidence, the actors they involve, and its sentence count."""
        read = self._read(article)
        self.acts.prepare(read.found)
        return self._extract(read)

    def _read(self, article: Article) -> _Read:
        """The article's tokens and the mentions of every sentence. Mentions depend on earlier
        sentences, never on acts, so they come first and the act finder can prepare its
        work for a whole article, or a whole page, at once."""
        context = ArticleContext()
        doc = Tokens(self.nlp(article.text), article.text)
        found = [
            (sent, self.mentions.find(doc, sent, context))
            for sent in doc.sents()
            if len(sent.text) >= 3  # sentences start and end with a word: nothing to strip
        ]
        return _Read(article, doc, context, found)

    def _extract(self, read: _Read) -> tuple[ArticleRecord, list[RelationRecord], list[ActorRecord], int]:
        """`extract_article` once the article is read and its act finder prepared."""
        article, doc, context = read.article, read.doc, read.context
        reference = parse_reference(article.date)
        history: list[ActMention] = []
        relations: list[RelationRecord] = []
        mentioned: dict[str, ActorRecord] = {}
        sentences = 0
        for sent, mentions in read.found:
            text = sent.text
            sentences += 1
            start = sent.start_char
            for m in mentions:
                if m.actor_id not in mentioned:
                    mentioned[m.actor_id] = self.mentions.new_actor(m.actor_id, context, m.text)
            acts = self.acts.find(sent, mentions, context, history)
            history += acts
            links = self.affiliations.find(sent, mentions)
            dates = find_dates(text, reference) if acts else []
            for act in acts:
                relations.append(
                    self._relation(
                        article.id,
                        act.type,
                        act.source,
                        act.target,
                        text,
                        start,
                        status=act.status,
                        asserted_by=act.asserted_by,
                        amount_usd=act.amount_usd,
                        date=_nearest_date(dates, doc.idx[act.cue] - sent.start_char),
                        pattern=act.pattern,
                    )
                )
            for link in links:
                relations.append(
                    self._relation(
                        article.id,
                        link.type,
                        link.source,
                        link.target,
                        text,
                        start,
                        role=link.role,
                        pattern=f"{link.type}:affiliation",
                    )
                )
        record = ArticleRecord(
            id=article.id,
            title=article.title,
            outlet=article.outlet,
            author=article.author,
            date=article.date,
            source_file=article.source_file,
            text=article.text,
            word_count=article.word_count,
            mentions=sorted(mentioned),
        )
        involved = {a for r in relations for a in (r.source, r.target)}
        for actor_id in involved - set(mentioned):
            mentioned[actor_id] = self.mentions.new_actor(actor_id, context, actor_id)
        return record, relations, [mentioned[a] for a in sorted(involved | set(mentioned))], sentences

    def _relation(
        self,
        article_id: str,
        rel_type: str,
        source: str,
        target: str,
        sentence: str,
        start: int,
        *,
        status: str = "reported",
        asserted_by: list[str] | None = None,
        role: str | None = None,
        amount_usd: float | None = None,
        date: DateValue | None = None,
        pattern: str | None = None,
    ) -> RelationRecord:
        evidence = EvidenceRecord(
            id="",
            article_id=article_id,
            sentence=sentence,
            start=start,
            end=start + len(sentence),
            status=status,  # type: ignore[arg-type]
            asserted_by=asserted_by or [],
            pattern=pattern,
        )
        return RelationRecord(
            id="",
            type=rel_type,
            source=source,
            target=target,
            status=status,  # type: ignore[arg-type]
            role=role,
            amount_usd=amount_usd,
            asserted_by=asserted_by or [],
            evidence=[evidence],
            date=date.value if date else None,
            date_precision=date.precision if date else "none",
        )


def _nearest_date(dates: list[DateMention], cue_char: int) -> DateValue | None:
    if not dates:
        return None
    best = min(dates, key=lambda d: min(abs(d.start - cue_char), abs(d.end - cue_char)))
    return best.date


def _merge_actor(actors: dict[str, ActorRecord], actor: ActorRecord) -> None:
    known = actors.get(actor.id)
    if known is None:
        # Only `aliases` is ever changed in place; its list is the one part copied.
        actors[actor.id] = actor.model_copy(update={"aliases": list(actor.aliases)})
    elif not actor.curated and actor.name != known.name and actor.name not in known.aliases:
        known.aliases.append(actor.name)


def merge_relations(
    relations: Iterable[RelationRecord], schema: GraphSchema | None = None
) -> list[RelationRecord]:
    """One edge per act: reports grouped by type, ends and month; dateless ones join a lone dated group."""
    groups: dict[tuple[str, str, str], list[RelationRecord]] = {}
    for relation in relations:
        groups.setdefault((relation.type, relation.source, relation.target), []).append(relation)
    merged: list[RelationRecord] = []
    for (rel_type, source, target), reports in groups.items():
        affiliation = rel_type in {"MEMBER_OF", "PART_OF"}
        by_month: dict[str | None, list[RelationRecord]] = {}
        for report in reports:
            by_month.setdefault(None if affiliation or not report.date else report.date[:7], []).append(
                report
            )
        dated = [k for k in by_month if k is not None]
        if len(dated) == 1 and None in by_month:
            by_month[dated[0]] += by_month.pop(None)
        for month, cluster in sorted(by_month.items(), key=lambda kv: kv[0] or ""):
            merged.append(_merge_cluster(rel_type, source, target, month, cluster))
    return sorted(merged, key=lambda r: r.id)


def _merge_cluster(
    rel_type: str, source: str, target: str, month: str | None, cluster: list[RelationRecord]
) -> RelationRecord:
    rid = act_id(rel_type, source, target, month)
    dated = sorted((r for r in cluster if r.date), key=lambda r: (-_PRECISION_RANK[r.date_precision], r.date))
    statuses = {r.status for r in cluster}
    evidence: dict[str, EvidenceRecord] = {}
    for report in cluster:
        for e in report.evidence:
            e = e.model_copy(update={"id": evidence_id(rid, e.article_id, e.start)})
            evidence.setdefault(e.id, e)
    return RelationRecord(
        id=rid,
        type=rel_type,
        source=source,
        target=target,
        date=dated[0].date if dated else None,
        date_precision=dated[0].date_precision if dated else "none",
        status="reported" if "reported" in statuses else "alleged" if "alleged" in statuses else "denied",
        role=next((r.role for r in cluster if r.role), None),
        amount_usd=max((r.amount_usd for r in cluster if r.amount_usd), default=None),
        asserted_by=sorted({a for r in cluster for a in r.asserted_by}),
        evidence=sorted(evidence.values(), key=lambda e: (e.article_id, e.start)),
    )


_WORKER: Extractor | None = None
# Where processes can be forked, workers share the parent's extractor instead of building one.
_FORK = "fork" in multiprocessing.get_all_start_methods()


def _init_worker() -> None:
    global _WORKER
    # Forked workers inherit the parent's extractor, its matchers and its warm caches;
    # where processes are spawned instead, each builds its own.
    if _WORKER is None:
        _WORKER = Extractor()


def _extract_in_worker(path: str) -> FileExtraction:
    assert _WORKER is not None  # set by the pool initializer
    return _WORKER.extract_file(Path(path))


def extract_files(
    paths: list[Path],
    extractor: Extractor | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> list[FileExtraction]:
    """Extract every file, in order; with `workers` > 1 files are spread over processes.

    Forked workers run `extractor` itself (a copy made by the fork, caches warm); where
    processes cannot be forked, each worker builds the default extractor.
    """
    if workers > 1 and len(paths) > 1:
        global _WORKER
        _WORKER = (extractor or Extractor()) if _FORK else None  # read by forked workers; never pickled
        try:
            with ProcessPoolExecutor(
                max_workers=min(workers, os.cpu_count() or 1, len(paths)),
                mp_context=multiprocessing.get_context("fork" if _FORK else "spawn"),
                initializer=_init_worker,
            ) as pool:
                results = []
                for result in pool.map(_extract_in_worker, [str(p) for p in paths], chunksize=1):
                    results.append(result)
                    if progress:
                        progress(1)
                return results
        finally:
            _WORKER = None
    extractor = extractor or Extractor()
    results = []
    for path in paths:
        results.append(extractor.extract_file(path))
        if progress:
            progress(1)
    return results


def _unify_new_actors(actors: dict[str, ActorRecord], known: dict[str, str]) -> dict[str, str]:
    """Map new actors whose names agree by key (Andrei/Andrey) onto one id; `known` seeds earlier loads."""
    canonical = dict(known)
    remap: dict[str, str] = {}
    for actor in sorted(actors.values(), key=lambda a: a.id):
        if actor.curated or actor.kind == "Group":
            continue
        key = _actor_key(actor, actor.name)
        target = canonical.setdefault(key, actor.id)
        if target != actor.id:
            remap[actor.id] = target
    for old, new in remap.items():
        variant = actors.pop(old)
        keep = actors.setdefault(
            new, ActorRecord(id=new, name=variant.name, kind=variant.kind, curated=False)
        )
        for name in [variant.name, *variant.aliases]:
            if name != keep.name and name not in keep.aliases:
                keep.aliases.append(name)
    return remap


def known_actor_keys(store: GraphStore) -> dict[str, str]:
    """Name keys of the new (not curated) actors already in the store, so a later load reuses their ids."""
    keys: dict[str, str] = {}
    for row in store.iter_actors():
        actor = ActorRecord.model_validate(row)
        if not actor.curated and actor.kind != "Group":
            for name in [actor.name, *actor.aliases]:
                keys.setdefault(_actor_key(actor, name), actor.id)
    return keys


def _actor_key(actor: ActorRecord, name: str) -> str:
    """What makes two new actors one: kind, country (two states' "Investigative Committee"
    are two agencies) and the name's key (Andrei/Andrey)."""
    return f"{actor.kind}:{actor.country or ''}:{name_key(name)}"


def build_batch(
    paths: Iterable[Path],
    report: LoadReport,
    extractor: Extractor | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    known: dict[str, str] | None = None,
) -> GraphBatch:
    """Read and extract every file, then merge; nothing is returned if any file fails to read."""
    results = extract_files(find_sources(paths), extractor, workers, progress)
    return merge_extractions(results, report, known)


def merge_extractions(
    results: Iterable[FileExtraction], report: LoadReport, known: dict[str, str] | None = None
) -> GraphBatch:
    """Merge per-file extractions into one batch: articles deduplicated, new actors unified, acts merged."""
    articles: dict[str, ArticleRecord] = {}
    relations: list[RelationRecord] = []
    actors: dict[str, ActorRecord] = {}
    for result in results:
        report.files += 1
        report.duplicate_articles += result.duplicates
        report.sentences += result.sentences
        for article in result.articles:
            if article.id in articles:
                report.duplicate_articles += 1
                continue
            articles[article.id] = article
        relations += result.relations
        for actor in result.actors:
            _merge_actor(actors, actor)
    remap = _unify_new_actors(actors, known or {})
    if remap:
        relations = [
            r.model_copy(
                update={"source": remap.get(r.source, r.source), "target": remap.get(r.target, r.target)}
            )
            for r in relations
        ]
        for article in articles.values():
            article.mentions = sorted({remap.get(a, a) for a in article.mentions})
    merged = merge_relations(relations)
    schema = load_schema()
    for relation in merged:
        source, target = actors.get(relation.source), actors.get(relation.target)
        source_name = source.name if source else relation.source
        target_name = target.name if target else relation.target
        if relation.type == "MEMBER_OF" and relation.role:
            relation.summary = f"{source_name}, {relation.role} of {target_name}"
        else:
            relation.summary = f"{source_name} {schema.relation(relation.type).verb} {target_name}"
    used = {a for r in merged for a in (r.source, r.target)} | {
        a for d in articles.values() for a in d.mentions
    }
    chosen = [actors[a] for a in sorted(used) if a in actors]
    report.articles = len(articles)
    report.actors = len(chosen)
    report.curated_actors = sum(1 for a in chosen if a.curated)
    report.new_actors = report.actors - report.curated_actors
    report.actors_by_kind = dict(sorted(Counter(a.kind for a in chosen).items()))
    report.relations = len(merged)
    report.relations_by_type = dict(sorted(Counter(r.type for r in merged).items()))
    report.evidence = sum(len(r.evidence) for r in merged)
    return GraphBatch(actors=chosen, articles=list(articles.values()), relations=merged)


def load_paths(
    paths: Iterable[Path],
    store: GraphStore,
    extractor: Extractor | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> tuple[LoadReport, GraphBatch]:
    """Extract every file, then upsert the whole batch; returns what was found."""
    report = LoadReport()
    batch = build_batch(paths, report, extractor, workers, known=known_actor_keys(store))
    store.write_batch(batch, progress)
    return report, batch


def batch_from_text(
    text: str, store: GraphStore, extractor: Extractor | None = None, meta: SourceMeta | None = None
) -> tuple[LoadReport, GraphBatch]:
    """Extract one page of text exactly as `load_paths` does a file; the caller writes the batch."""
    extractor = extractor or Extractor()
    result = extractor.extract_source(SourceFile(path="api", text=text), meta)
    report = LoadReport()
    return report, merge_extractions([result], report, known_actor_keys(store))
