"""Score the extractor on the development set of real published articles (data/devset/articles.yaml).

Usage: python scripts/eval_devset.py [--devset PATH] [--texts DIR] [--verbose] [--misses]

The texts are not in the repository: re-retrieve them into var/devset/ first, as the header
of data/devset/articles.yaml says. Each file is extracted as the loaders read any page (its
title and date line included); the acts of all its articles are pooled. The unit is an act
(type, source, target), symmetric types (MET, AGREED) in sorted order, as in
loaders/evaluate.py; affiliations (MEMBER_OF, PART_OF) and acts the extractor marks denied
are not counted. Prints:

- key-act recall: the annotation's key acts (headline and lead facts) found / key acts;
- recall over every annotated act;
- precision of the act edges drawn: acts found that match an annotated act of the same
  article / all acts found;
- with --verbose, one line per article; with --misses, every act missed (key acts marked *)
  and every false hit, with its sentence.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import yaml
from pydantic import BaseModel

from app import ROOT
from loaders.evaluate import NOT_SCORED, Finding, Key, TypeScore, act_key
from loaders.pipeline import Extractor

DEVSET_PATH = ROOT / "data" / "devset" / "articles.yaml"
TEXTS_DIR = ROOT / "var" / "devset"


class AnnotatedAct(BaseModel):
    """One act an article reports, as annotated by hand."""

    type: str
    source: str
    target: str
    key: bool
    sentence: str


class DevArticle(BaseModel):
    """One article of the set: where to find it and what it reports."""

    url: str
    query: str
    title: str
    date: str
    file: str
    acts: list[AnnotatedAct]


class ArticleResult(BaseModel):
    """What the extractor found in one article, next to the annotation."""

    file: str
    key: TypeScore
    all: TypeScore
    drawn: TypeScore
    right: list[Finding]
    misses: list[Finding]
    false_hits: list[Finding]
    missed_keys: list[Key]


def load_devset(path: Path) -> list[DevArticle]:
    """The annotated articles of `path`."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [DevArticle.model_validate(entry) for entry in raw["articles"]]


def missing_texts(articles: list[DevArticle], texts: Path) -> list[str]:
    """The text files the set names that are not in `texts`."""
    return [a.file for a in articles if not (texts / a.file).is_file()]


def score_article(
    article: DevArticle, path: Path, extractor: Extractor, symmetric: set[str]
) -> ArticleResult:
    """Extract one article's file and compare its acts with the annotation."""
    extraction = extractor.extract_file(path)
    found: dict[Key, str] = {}
    for rel in extraction.relations:
        if rel.type in NOT_SCORED or rel.status == "denied":
            continue
        found.setdefault(act_key(rel.type, rel.source, rel.target, symmetric), rel.evidence[0].sentence)
    annotated: dict[Key, AnnotatedAct] = {}
    for act in article.acts:
        k = act_key(act.type, act.source, act.target, symmetric)
        if k not in annotated or (act.key and not annotated[k].key):
            annotated[k] = act
    keys = {k for k, act in annotated.items() if act.key}
    right = set(found) & set(annotated)

    def finding(k: Key, sentence: str) -> Finding:
        return Finding(article=article.file, type=k[0], source=k[1], target=k[2], sentence=sentence)

    return ArticleResult(
        file=article.file,
        key=TypeScore(tp=len(keys & right), fn=len(keys - right)),
        all=TypeScore(tp=len(right), fn=len(annotated) - len(right)),
        drawn=TypeScore(tp=len(right), fp=len(found) - len(right)),
        right=[finding(k, found[k]) for k in sorted(right)],
        misses=[finding(k, annotated[k].sentence) for k in sorted(set(annotated) - right)],
        false_hits=[finding(k, found[k]) for k in sorted(set(found) - right)],
        missed_keys=sorted(keys - right),
    )


def _total(scores: list[TypeScore]) -> TypeScore:
    return TypeScore(tp=sum(s.tp for s in scores), fp=sum(s.fp for s in scores), fn=sum(s.fn for s in scores))


def print_report(results: list[ArticleResult], verbose: bool, misses: bool) -> None:
    """Print the totals, and per article, per type and per finding when asked."""
    if verbose:
        for r in results:
            print(
                f"{r.file:50} key {r.key.tp}/{r.key.tp + r.key.fn}  all {r.all.tp}/{r.all.tp + r.all.fn}"
                f"  drawn right {r.drawn.tp}/{r.drawn.tp + r.drawn.fp}"
            )
        print()
    if misses:
        print("Missed (* a key act):")
        for r in results:
            for f in r.misses:
                star = "*" if (f.type, f.source, f.target) in r.missed_keys else " "
                print(f" {star} {f.article}: {f.type} {f.source} -> {f.target}  | {f.sentence}")
        print("False hits:")
        for r in results:
            for f in r.false_hits:
                print(f"   {f.article}: {f.type} {f.source} -> {f.target}  | {f.sentence}")
        print()
    key = _total([r.key for r in results])
    every = _total([r.all for r in results])
    drawn = _total([r.drawn for r in results])
    print(f"articles {len(results)}, annotated acts {every.tp + every.fn}, of them key {key.tp + key.fn}")
    print(f"key-act recall   {key.tp}/{key.tp + key.fn} = {key.recall:.2f}")
    print(f"overall recall   {every.tp}/{every.tp + every.fn} = {every.recall:.2f}")
    print(
        f"precision        {drawn.tp}/{drawn.tp + drawn.fp} = {drawn.precision:.2f}"
        "  (act edges drawn that the annotation has)"
    )
    if verbose:
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # right, missed, false hits
        for r in results:
            for i, findings in enumerate((r.right, r.misses, r.false_hits)):
                for f in findings:
                    counts[f.type][i] += 1
        print("\nper type: found/annotated  right/drawn")
        for t, (right, missed, false) in sorted(counts.items()):
            print(f"  {t:12} {right}/{right + missed}  {right}/{right + false}")


def main() -> None:
    """Score every article of the set and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEVSET_PATH, help="the annotated set")
    parser.add_argument("--texts", type=Path, default=TEXTS_DIR, help="folder of the re-retrieved texts")
    parser.add_argument("--verbose", action="store_true", help="one line per article, scores per type")
    parser.add_argument("--misses", action="store_true", help="list the acts missed and the false hits")
    args = parser.parse_args()

    articles = load_devset(args.devset)
    missing = missing_texts(articles, args.texts)
    if missing:
        print(
            f"{len(missing)} of {len(articles)} texts are not in {args.texts}: {', '.join(missing)}\n"
            "re-retrieve them with the search tool, see the header of data/devset/articles.yaml",
            file=sys.stderr,
        )
        sys.exit(2)

    extractor = Extractor()
    symmetric = set(extractor.acts.patterns.symmetric)
    results = [score_article(a, args.texts / a.file, extractor, symmetric) for a in articles]
    print_report(results, args.verbose, args.misses)


if __name__ == "__main__":
    main()
