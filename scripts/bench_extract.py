"""Extraction speed on the sample corpus repeated to >= 200k words, next to spaCy's tokenizer alone.

Usage: python scripts/bench_extract.py [--words 200000] [--runs 3] [--workers 2]

Prints words/s for: the tokenizer alone over the same text; the tokenizer with sentence
splitting, then also copying tokens into the plain objects the stages read (the floor
any extraction on this pipeline starts from); the whole extraction in one process
(pages → articles → sentences → mentions → acts → dates, no store); and the extraction
spread over `--workers` processes. Medians of `--runs` runs, measured in one
go so the ratio is not skewed by a noisy machine.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from app import ROOT
from loaders.articles import find_sources, read_source
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
        paths = []
        for i in range(copies):
            for source in sources:
                path = Path(tmp) / f"{i:04d}_{Path(source.path).name}"
                path.write_text(source.text, encoding="utf-8")
                paths.append(path)
        paragraphs = [p for s in sources for p in s.text.split("\n") if p.strip()] * copies

        def tokenizer_only() -> None:
            for _ in extractor.nlp.tokenizer.pipe(paragraphs, batch_size=256):
                pass

        def sentences() -> None:
            for _ in extractor.nlp.pipe(paragraphs, batch_size=256):
                pass

        def token_copy() -> None:
            for doc, text in zip(extractor.nlp.pipe(paragraphs, batch_size=256), paragraphs, strict=True):
                Tokens(doc, text).sents()

        def extraction() -> None:
            extract_files(paths, extractor)

        def extraction_workers() -> None:
            extract_files(paths, workers=args.workers)

        stages = {
            "tokenizer": tokenizer_only,
            "sentences": sentences,
            "token_copy": token_copy,
            "extraction": extraction,
            "workers": extraction_workers,
        }
        timings: dict[str, list[float]] = {name: [] for name in stages}
        for _ in range(args.runs):
            for name, fn in stages.items():
                start = time.perf_counter()
                fn()
                timings[name].append(time.perf_counter() - start)

    rate = {name: words / statistics.median(t) for name, t in timings.items()}
    print(f"corpus: seeds x{copies} = {len(paths)} files, {words:,} words; median of {args.runs} runs")
    print(f"{'stage':<34}{'words/s':>12}{'vs tokenizer':>14}")
    print(f"{'spaCy tokenizer only':<34}{rate['tokenizer']:>12,.0f}{1.0:>14.2f}")
    for name, label in (
        ("sentences", "tokenizer + sentencizer"),
        ("token_copy", "  + token copy (the floor)"),
    ):
        print(f"{label:<34}{rate[name]:>12,.0f}{rate[name] / rate['tokenizer']:>14.2f}")
    single = rate["extraction"]
    print(f"{'extraction, 1 process':<34}{single:>12,.0f}{single / rate['tokenizer']:>14.2f}")
    label = f"extraction, --workers {args.workers}"
    print(f"{label:<34}{rate['workers']:>12,.0f}{rate['workers'] / rate['tokenizer']:>14.2f}")
    print("target: extraction (1 process) >= 0.25 x tokenizer-only")


if __name__ == "__main__":
    main()
