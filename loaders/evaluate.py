"""Score the extractor against the hand-written gold annotation of the seeds.

The unit is an act reported in an article: (type, source, target), symmetric types in
sorted order. Articles are matched by file name and title.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import yaml
from pydantic import BaseModel, Field

from app import ROOT
from app.core.errors import InputError
from loaders.articles import Article, content_id, find_sources
from loaders.pipeline import Extractor

GOLD_PATH = ROOT / "data" / "gold" / "seeds.yaml"
SENTENCES_PATH = ROOT / "data" / "gold" / "sentences.yaml"
NOT_SCORED = {"MEMBER_OF", "PART_OF"}  # in the sentences: acts only

Key = tuple[str, str, str]


class TypeScore(BaseModel):
    """Counts and scores for one act type (or all of them)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 0 when the gold has none."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class Finding(BaseModel):
    """A miss or a false hit, with where it is."""

    article: str
    type: str
    source: str
    target: str
    sentence: str | None = None


class Evaluation(BaseModel):
    """Scores per type, micro-averaged over every type, and what went wrong."""

    per_type: dict[str, TypeScore] = Field(default_factory=dict)
    micro: TypeScore = Field(default_factory=TypeScore)
    misses: list[Finding] = Field(default_factory=list)
    false_hits: list[Finding] = Field(default_factory=list)
    unmatched_articles: list[str] = Field(default_factory=list)


def act_key(rel_type: str, source: str, target: str, symmetric: set[str]) -> Key:
    """The unit scored: (type, source, target), the ends of a symmetric type sorted."""
    if rel_type in symmetric:
        source, target = sorted((source, target))
    return rel_type, source, target


def load_gold(path: Path = GOLD_PATH) -> dict[tuple[str, str | None], list[list[str]]]:
    """Gold acts keyed by (file, title)."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read the gold annotation: {exc}") from exc
    gold: dict[tuple[str, str | None], list[list[str]]] = {}
    for entry in raw["articles"]:
        gold[(entry["file"], entry.get("title"))] = entry["acts"]
    return gold


def evaluate(seeds: Path, extractor: Extractor, gold_path: Path = GOLD_PATH) -> Evaluation:
    """Extract the seeds and compare article by article with the gold annotation."""
    gold = load_gold(gold_path)
    symmetric = set(extractor.acts.patterns.symmetric)
    result = Evaluation()
    counts: dict[str, TypeScore] = defaultdict(TypeScore)
    matched: set[tuple[str, str | None]] = set()
    for path in find_sources([seeds]):
        extraction = extractor.extract_file(path)
        for article in extraction.articles:
            label = f"{path.name} · {article.title or '(untitled)'}"
            key = (path.name, article.title)
            expected = {act_key(a[0], a[1], a[2], symmetric) for a in gold.get(key, [])}
            if key in gold:
                matched.add(key)
            predicted: dict[Key, str] = {}
            for rel in extraction.relations:
                if rel.evidence[0].article_id == article.id:
                    predicted.setdefault(
                        act_key(rel.type, rel.source, rel.target, symmetric), rel.evidence[0].sentence
                    )
            for k in sorted(expected | set(predicted)):  # a stable listing from run to run
                score = counts[k[0]]
                if k in expected and k in predicted:
                    score.tp += 1
                elif k in predicted:
                    score.fp += 1
                    result.false_hits.append(
                        Finding(article=label, type=k[0], source=k[1], target=k[2], sentence=predicted[k])
                    )
                else:
                    score.fn += 1
                    result.misses.append(Finding(article=label, type=k[0], source=k[1], target=k[2]))
    result.unmatched_articles = [f"{f} · {t}" for f, t in gold if (f, t) not in matched]
    result.per_type = dict(sorted(counts.items()))
    result.micro = TypeScore(
        tp=sum(s.tp for s in counts.values()),
        fp=sum(s.fp for s in counts.values()),
        fn=sum(s.fn for s in counts.values()),
    )
    return result


class Sentence(BaseModel):
    """A hand-written sentence beyond the seeds and the acts it reports."""

    text: str
    acts: list[tuple[str, str, str]]


class SentenceResult(BaseModel):
    """What the extractor found in one sentence, next to what it reports."""

    text: str
    missed: list[Key]
    false_hits: list[Key]


class SentenceEvaluation(BaseModel):
    """Scores over sentences beyond the seeds, and each sentence that came out differently."""

    score: TypeScore
    sentences: int
    exact: int
    wrong: list[SentenceResult]


def evaluate_sentences(extractor: Extractor, path: Path = SENTENCES_PATH) -> SentenceEvaluation:
    """Read each sentence as an article of its own (dated 2025-07-01) and compare its acts,
    neither affiliations nor denied acts, with the annotation."""
    try:
        sentences = [Sentence.model_validate(e) for e in yaml.safe_load(path.read_text(encoding="utf-8"))]
    except (OSError, yaml.YAMLError, ValueError, TypeError) as exc:
        raise InputError(f"{path}: cannot read the annotated sentences: {exc}") from exc
    symmetric = set(extractor.acts.patterns.symmetric)
    score = TypeScore()
    wrong: list[SentenceResult] = []
    for sentence in sentences:
        article = Article(
            id=content_id(sentence.text),
            source_file="sentence.txt",
            title=None,
            text=sentence.text,
            date="2025-07-01",
        )
        _, relations, _, _ = extractor.extract_article(article)
        found = {
            act_key(r.type, r.source, r.target, symmetric)
            for r in relations
            if r.type not in NOT_SCORED and r.status != "denied"
        }
        expected = {act_key(*a, symmetric) for a in sentence.acts}
        score.tp += len(found & expected)
        score.fp += len(found - expected)
        score.fn += len(expected - found)
        if found != expected:
            wrong.append(
                SentenceResult(
                    text=sentence.text, missed=sorted(expected - found), false_hits=sorted(found - expected)
                )
            )
    return SentenceEvaluation(
        score=score, sentences=len(sentences), exact=len(sentences) - len(wrong), wrong=wrong
    )
