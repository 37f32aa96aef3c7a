"""Score the word-order extractor and the role reading on a parse side by side.

Usage: python scripts/compare_extractors.py [--no-devset] [--seeds] [--misses N]

Runs both on the gold sentences (data/gold/sentences.yaml), on the real-text development
set (data/devset/, texts re-retrieved into var/devset/, as scripts/eval_devset.py reads
them) and, with --seeds, on the annotated seeds; prints precision, recall, F1 and the exact
counts for each, and the share of sentences the parse reading parsed. The blind batch
(data/gold/blind_parse.yaml) is deliberately not read here: it is scored once, untuned.
"""

from __future__ import annotations

import argparse
import sys
import time

from eval_devset import DEVSET_PATH, TEXTS_DIR, load_devset, missing_texts, score_article

from loaders.evaluate import SENTENCES_PATH, TypeScore, evaluate, evaluate_sentences
from loaders.pipeline import Extractor
from loaders.role_acts import ParseExtractor

SEEDS = SENTENCES_PATH.parent.parent / "seeds"


def _line(name: str, s: TypeScore, extra: str = "") -> str:
    return (
        f"  {name:6} tp {s.tp:4}  fp {s.fp:4}  fn {s.fn:4}   "
        f"P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}{extra}"
    )


def sentences(extractors: dict[str, Extractor], misses: int) -> None:
    """The gold sentences: act counts and sentences exactly right."""
    print(f"gold sentences ({SENTENCES_PATH.name})")
    for name, ex in extractors.items():
        t0 = time.perf_counter()
        result = evaluate_sentences(ex, SENTENCES_PATH)
        took = time.perf_counter() - t0
        print(_line(name, result.score, f"   exact {result.exact}/{result.sentences}   {took:.1f}s"))
        for wrong in result.wrong[:misses]:
            print("     ", wrong.text[:110])
            for act in wrong.missed:
                print("         missed   ", *act)
            for act in wrong.false_hits:
                print("         false hit", *act)


def devset(extractors: dict[str, Extractor]) -> None:
    """The real-text development set: key-act recall, overall recall, precision of drawn edges."""
    articles = load_devset(DEVSET_PATH)
    missing = missing_texts(articles, TEXTS_DIR)
    if missing:
        print(f"devset: {len(missing)} texts missing from {TEXTS_DIR}; skipped", file=sys.stderr)
        return
    print(f"devset ({len(articles)} articles, {DEVSET_PATH.relative_to(DEVSET_PATH.parent.parent.parent)})")
    for name, ex in extractors.items():
        symmetric = {n for n, p in ex.acts.lexicon.types.items() if p.symmetric}
        results = [score_article(a, TEXTS_DIR / a.file, ex, symmetric) for a in articles]
        key = TypeScore(tp=sum(r.key.tp for r in results), fn=sum(r.key.fn for r in results))
        every = TypeScore(
            tp=sum(r.all.tp for r in results),
            fp=sum(r.drawn.fp for r in results),
            fn=sum(r.all.fn for r in results),
        )
        print(_line(name, every, f"   key recall {key.tp}/{key.tp + key.fn} = {key.recall:.3f}"))


def seeds(extractors: dict[str, Extractor]) -> None:
    """The annotated seeds, as `actorgraph eval` scores them."""
    print("seeds (data/gold/seeds.yaml)")
    for name, ex in extractors.items():
        print(_line(name, evaluate(SEEDS, ex).micro))


def main() -> None:
    """Build both extractors once and score each set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-devset", action="store_true", help="skip the real-text development set")
    parser.add_argument("--seeds", action="store_true", help="also score the annotated seeds")
    parser.add_argument("--misses", type=int, default=0, help="list this many wrong sentences")
    args = parser.parse_args()
    new = ParseExtractor()
    extractors: dict[str, Extractor] = {"old": Extractor(), "parse": new}
    runs = [("gold sentences", lambda: sentences(extractors, args.misses))]
    if not args.no_devset:
        runs.append(("devset", lambda: devset(extractors)))
    if args.seeds:
        runs.append(("seeds", lambda: seeds(extractors)))
    shares = []
    for name, run in runs:
        new.acts.parsed = new.acts.sentences = 0
        run()
        shares.append(f"{name} {new.acts.parsed}/{new.acts.sentences}")
    print("sentences the parse reading parsed (a cue and two actors): " + ", ".join(shares))


if __name__ == "__main__":
    main()
