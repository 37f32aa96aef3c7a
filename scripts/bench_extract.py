"""Extraction speed on the sample corpus repeated to >= 200k words, next to spaCy's tokenizer alone.

Usage: python scripts/bench_extract.py [--words 200000] [--runs 3] [--workers 2]

Prints words/s for: the tokenizer alone over the same text, each file's whole text as
one Doc (the reference the target is measured against), and over paragraphs (how this
benchmark measured it before; one Doc per paragraph costs about twice as much); the
tokenizer with sentence splitting over each article, as the extraction runs it, then
also reading the token lists the stages use (the floor any extraction on this pipeline
starts from); the whole extraction in one process (pages → articles → sentences →
mentions → acts → dates, no store); and the extraction spread over `--workers`
processes. Medians of `--runs` runs, measured in one go so the ratios are not skewed
by a noisy machine.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from seed_corpus import write_copies

from app import ROOT
from loaders.articles import find_sources, read_source, split_articles
from loaders.nlp import Tokens
from loaders.pipeline import Extractor, extract_files


def main() -> None:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    sources = [read_source(p) for p in find_sources([ROOT / "data" / "seeds"])]
    seed_words = sum(len(s.text.split()) for s in sources)
    copies = -(-args.words // seed_words)
    words = seed_words * copies
    extractor = Extractor()
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_copies(sources, copies, Path(tmp))
        texts = [s.text for s in sources] * copies
        paragraphs = [p for s in sources for p in s.text.split("\n") if p.strip()] * copies
        articles = [a.text for s in sources for a in split_articles(s, extractor.outlets) if a] * copies

        def tokenizer_files() -> None:
            for _ in extractor.nlp.tokenizer.pipe(texts, batch_size=64):
                pass

        def tokenizer_paragraphs() -> None:
            for _ in extractor.nlp.tokenizer.pipe(paragraphs, batch_size=256):
                pass

        def sentences() -> None:
            for _ in extractor.nlp.pipe(articles, batch_size=64):
                pass

        def token_lists() -> None:
            for doc, text in zip(extractor.nlp.pipe(articles, batch_size=64), articles, strict=True):
                Tokens(doc, text).sents()

        def extraction() -> None:
            extract_files(paths, extractor)

        def extraction_workers() -> None:
            extract_files(paths, extractor, workers=args.workers)

        stages = {
            "tokenizer": tokenizer_files,
            "tokenizer_paragraphs": tokenizer_paragraphs,
            "sentences": sentences,
            "token_lists": token_lists,
            "extraction": extraction,
            "workers": extraction_workers,
        }
        timings: dict[str, list[float]] = {name: [] for name in stages}
        tokenizer_paragraphs()  # untimed: fills the tokenizer's cache and the vocabulary for every stage
        for _ in range(args.runs):
            for name, fn in stages.items():
                start = time.perf_counter()
                fn()
                timings[name].append(time.perf_counter() - start)

    rate = {name: words / statistics.median(t) for name, t in timings.items()}
    print(f"corpus: seeds x{copies} = {len(paths)} files, {words:,} words; median of {args.runs} runs")
    width = 40
    print(f"{'stage':<{width}}{'words/s':>12}{'vs tokenizer':>14}")
    for name, label in (
        ("tokenizer", "spaCy tokenizer only, whole files"),
        ("tokenizer_paragraphs", "spaCy tokenizer only, per paragraph"),
        ("sentences", "tokenizer + sentencizer, per article"),
        ("token_lists", "  + token lists (the floor)"),
        ("extraction", "extraction, 1 process"),
        ("workers", f"extraction, --workers {args.workers}"),
    ):
        print(f"{label:<{width}}{rate[name]:>12,.0f}{rate[name] / rate['tokenizer']:>14.2f}")
    paragraph_ratio = rate["extraction"] / rate["tokenizer_paragraphs"]
    print(f"extraction vs the per-paragraph tokenizer: {paragraph_ratio:.2f}")
    print("target: extraction (1 process) >= 0.25 x tokenizer-only (whole files)")


if __name__ == "__main__":
    main()
