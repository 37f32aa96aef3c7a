"""Score the extractor on hand-written sentences beyond the seeds (data/gold/sentences.yaml).

Usage: python scripts/eval_sentences.py [--gold PATH] [--misses]

Each sentence is read as an article of its own, dated 2025-07-01. The unit is an act
(type, source, target), symmetric types in sorted order; affiliations and denied acts
are not scored. Prints precision, recall and F1 over all acts, how many sentences came
out exactly as annotated, and with --misses each sentence that did not.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from loaders.evaluate import SENTENCES_PATH, evaluate_sentences
from loaders.pipeline import Extractor


def main() -> None:
    """Score every sentence and print the totals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=SENTENCES_PATH)
    parser.add_argument("--misses", action="store_true", help="list the sentences that differ")
    args = parser.parse_args()

    result = evaluate_sentences(Extractor(), args.gold)
    if args.misses:
        for wrong in result.wrong:
            print(wrong.text)
            for act in wrong.missed:
                print("   missed    ", *act)
            for act in wrong.false_hits:
                print("   false hit ", *act)
    score = result.score
    print(f"sentences {result.sentences}, exactly right {result.exact}")
    gold, found = score.tp + score.fn, score.tp + score.fp
    print(f"acts: gold {gold}, found {found}, tp {score.tp}, fp {score.fp}, fn {score.fn}")
    print(f"precision {score.precision:.2f}  recall {score.recall:.2f}  F1 {score.f1:.2f}")


if __name__ == "__main__":
    main()
