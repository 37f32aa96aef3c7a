"""Score the role reading on a parse beside the word-order extraction it replaced.

Usage: python scripts/compare_extractors.py [--no-devset] [--seeds] [--misses N] [--old-rev REV]

Scores this tree on the gold sentences (data/gold/sentences.yaml), on the real-text
development set (data/devset/, texts re-retrieved into var/devset/, as
scripts/eval_devset.py reads them) and, with --seeds, on the annotated seeds; the
word-order extraction is scored the same way in its own process on the tree at `--old-rev`
(unpacked by `git archive`, see scripts/word_order.py). Prints precision, recall, F1 and the
exact counts for each, and the share of sentences the role reading parsed. The blind batch
(data/gold/blind_parse.yaml) is deliberately not read here: it is scored with
scripts/eval_sentences.py --gold, once per extractor.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eval_devset import DEVSET_PATH, TEXTS_DIR, load_devset, missing_texts, score_article
from word_order import WORD_ORDER_REV, environment, unpack

from loaders.evaluate import SENTENCES_PATH, TypeScore, evaluate, evaluate_sentences
from loaders.pipeline import Extractor

SEEDS = SENTENCES_PATH.parent.parent / "seeds"


def _line(name: str, s: TypeScore, extra: str = "") -> str:
    return (
        f"  {name:10} tp {s.tp:4}  fp {s.fp:4}  fn {s.fn:4}   "
        f"P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}{extra}"
    )


def sentences(ex: Extractor, misses: int) -> tuple[str, list[str]]:
    """The gold sentences: act counts and sentences exactly right, and the wrong ones."""
    t0 = time.perf_counter()
    result = evaluate_sentences(ex, SENTENCES_PATH)
    took = time.perf_counter() - t0
    lines = [_line("parse", result.score, f"   exact {result.exact}/{result.sentences}   {took:.1f}s")]
    for wrong in result.wrong[:misses]:
        lines.append(f"      {wrong.text[:110]}")
        lines += [f"         missed    {' '.join(act)}" for act in wrong.missed]
        lines += [f"         false hit {' '.join(act)}" for act in wrong.false_hits]
    return f"gold sentences ({SENTENCES_PATH.name})", lines


def devset(ex: Extractor) -> tuple[str, list[str]]:
    """The real-text development set: key-act recall, overall recall, precision of drawn edges."""
    articles = load_devset(DEVSET_PATH)
    symmetric = set(ex.acts.patterns.symmetric)
    results = [score_article(a, TEXTS_DIR / a.file, ex, symmetric) for a in articles]
    key = TypeScore(tp=sum(r.key.tp for r in results), fn=sum(r.key.fn for r in results))
    every = TypeScore(
        tp=sum(r.all.tp for r in results),
        fp=sum(r.drawn.fp for r in results),
        fn=sum(r.all.fn for r in results),
    )
    title = f"devset ({len(articles)} articles, data/devset/articles.yaml)"
    return title, [_line("parse", every, f"   key recall {key.tp}/{key.tp + key.fn} = {key.recall:.3f}")]


def seeds(ex: Extractor) -> tuple[str, list[str]]:
    """The annotated seeds, as `actorgraph eval` scores them."""
    return "seeds (data/gold/seeds.yaml)", [_line("parse", evaluate(SEEDS, ex).micro)]


def word_order(rev: str, flags: list[str]) -> list[str]:
    """The word-order extraction's line of each set, in order, scored by this script as it is
    at `rev` (where it scored both readings and called the word-order one "old")."""
    with tempfile.TemporaryDirectory(prefix="word-order-") as tmp:
        tree = unpack(rev, Path(tmp) / "tree")
        (tree / "var").mkdir(exist_ok=True)
        (tree / "var" / "devset").symlink_to(TEXTS_DIR)
        done = subprocess.run(
            [sys.executable, "scripts/compare_extractors.py", *flags],
            cwd=tree,
            env=environment(tree),
            capture_output=True,
            text=True,
        )
    if done.returncode:
        raise SystemExit(f"the word-order extraction at {rev} failed:\n{done.stderr}")
    old = [line for line in done.stdout.splitlines() if line.startswith("  old ")]
    return [f"  {'word-order':10}" + line[len("  old   ") :] for line in old]


def main() -> None:
    """Score this tree on each set, then the word-order extraction at `--old-rev`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-devset", action="store_true", help="skip the real-text development set")
    parser.add_argument("--seeds", action="store_true", help="also score the annotated seeds")
    parser.add_argument("--misses", type=int, default=0, help="list this many wrong sentences")
    parser.add_argument("--old-rev", default=WORD_ORDER_REV, help="the word-order extraction's git revision")
    args = parser.parse_args()
    if not args.no_devset:
        missing = missing_texts(load_devset(DEVSET_PATH), TEXTS_DIR)
        if missing:
            print(f"devset: {len(missing)} texts missing from {TEXTS_DIR}; skipped", file=sys.stderr)
            args.no_devset = True
    ex = Extractor()
    runs = [("gold sentences", lambda: sentences(ex, args.misses))]
    if not args.no_devset:
        runs.append(("devset", lambda: devset(ex)))
    if args.seeds:
        runs.append(("seeds", lambda: seeds(ex)))
    flags = (["--no-devset"] if args.no_devset else []) + (["--seeds"] if args.seeds else [])
    old = word_order(args.old_rev, flags)
    shares = []
    for (name, run), old_line in zip(runs, old, strict=True):
        ex.acts.parsed = ex.acts.sentences = 0
        title, lines = run()
        print(title)
        print(old_line + f"   (at {args.old_rev})")
        print("\n".join(lines))
        shares.append(f"{name} {ex.acts.parsed}/{ex.acts.sentences}")
    print("sentences the role reading parsed (a cue and two actors): " + ", ".join(shares))


if __name__ == "__main__":
    main()
