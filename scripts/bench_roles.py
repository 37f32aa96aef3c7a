"""Speed of the role reading on a parse, next to the parser over every sentence and the
word-order extraction from git, on the same text in one run.

Usage: python scripts/bench_roles.py [--repeat 3] [--texts DIR] [--repeats 5] [--old-rev REV]

Times, on the sample corpus (data/seeds/*.txt, or the .txt files under --texts) repeated
`--repeat` times: the whole extraction with the role reading (`Extractor`, which
parses only sentences with a cue word and two actors); the spaCy pipeline that reading
uses (`load_parser`), run by `nlp.pipe` over every sentence the extraction reads; and the
word-order `Extractor` it replaced, as it is at `--old-rev`, unpacked by `git archive` into
a temporary folder and run there in its own process. The rows
take turns, round by round, after one untimed warm-up round; prints the median seconds of
`--repeats` rounds, sentences/s and words/s, the ratios the issue asks for (target: the
role reading >= 1.5x the parser over every sentence) and the share of sentences parsed.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# Only the standard library at the top: the worker imports the old tree's `loaders`, which
# may lack modules this tree has.
from word_order import WORD_ORDER_REV, environment, unpack

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
TARGET = 1.5  # the role reading's rate over the parser's over every sentence, in one process


@dataclass
class Row:
    """One extraction measured: its label, sentences per round and seconds per round."""

    label: str
    round: Callable[[], tuple[float, int]]  # one round: (seconds, sentences read)
    sentences: int = 0
    seconds: list[float] = field(default_factory=list)

    def median(self) -> float:
        """The median seconds of the timed rounds."""
        return statistics.median(self.seconds)


def timed(work: Callable[[], int]) -> Callable[[], tuple[float, int]]:
    """`work` (which returns the sentences it read) as a round timed by the wall clock."""

    def run() -> tuple[float, int]:
        gc.collect()  # untimed: garbage left by another row is not collected on this one's time
        start = time.perf_counter()
        sentences = work()
        return time.perf_counter() - start, sentences

    return run


def take_turns(rows: list[Row], rounds: int) -> None:
    """Run every row once per round, so a noisy moment on the machine falls on all of them."""
    for i in range(rounds):
        for row in rows if i % 2 else reversed(rows):  # alternate who goes first
            seconds, row.sentences = row.round()
            row.seconds.append(seconds)


def worker(listing: Path) -> None:
    """In the old tree's process: extract the files listed once per line read from stdin."""
    import loaders
    from loaders.pipeline import Extractor

    paths = [Path(line) for line in listing.read_text(encoding="utf-8").splitlines()]
    extractor = Extractor()
    print(json.dumps({"loaders": loaders.__file__}), flush=True)
    for _ in sys.stdin:
        seconds, sentences = timed(lambda: sum(extractor.extract_file(p).sentences for p in paths))()
        print(json.dumps({"seconds": seconds, "sentences": sentences}), flush=True)


class OldExtraction:
    """The word-order extraction at a git revision, in its own process on the same venv."""

    def __init__(self, rev: str, listing: Path, tmp: Path) -> None:
        self.tree = unpack(rev, tmp / "old")
        self.process = subprocess.Popen(
            [sys.executable, str(HERE), "--worker", str(listing)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=environment(self.tree),
            cwd=self.tree,
        )
        assert self.process.stdin and self.process.stdout
        self.stdin, self.stdout = self.process.stdin, self.process.stdout
        imported = str(self._answer().get("loaders", ""))
        if not Path(imported).is_relative_to(self.tree):  # the installed tree would be measured twice
            self.close()
            raise SystemExit(f"the worker for {rev} imported {imported}, not the tree at {self.tree}")

    def _answer(self) -> dict[str, object]:
        line = self.stdout.readline()
        if not line:
            raise SystemExit("the old extraction's process ended (its error is above)")
        answer: dict[str, object] = json.loads(line)
        return answer

    def run(self) -> tuple[float, int]:
        """One round in the worker: (seconds, sentences)."""
        self.stdin.write("go\n")
        self.stdin.flush()
        answer = self._answer()
        return float(str(answer["seconds"])), int(str(answer["sentences"]))

    def close(self) -> None:
        """End the worker."""
        self.stdin.close()
        self.process.wait(timeout=60)


def split_sentences(paths: list[Path], outlets: list[str]) -> list[str]:
    """The text of every sentence the extraction reads, split as `Extractor.extract_article` splits."""
    from loaders.articles import read_source, split_articles
    from loaders.nlp import Tokens, build_nlp

    nlp, found = build_nlp(), []
    for path in paths:
        for article in split_articles(read_source(path), outlets):
            if article is not None:
                doc = Tokens(nlp(article.text), article.text)
                found += [s.text for s in doc.sents() if len(s.text) >= 3]  # extract_article's skip
    return found


def report(rows: list[Row], words: int, files: str, repeats: int, parsed: tuple[int, int]) -> str:
    """The table, the ratios (the first row over each other) and the share parsed."""
    width = 44
    lines = [
        f"corpus: {files}, {words:,} words; median of {repeats} rounds after one warm-up, rows taking turns",
        f"{'extraction':<{width}}{'sentences':>10}{'seconds':>10}{'sentences/s':>13}{'words/s':>11}",
    ]
    for row in rows:
        rate = 1 / row.median()
        lines.append(
            f"{row.label:<{width}}{row.sentences:>10,}{row.median():>10.3f}"
            f"{row.sentences * rate:>13,.0f}{words * rate:>11,.0f}"
        )
    new, parser, *others = rows
    speed = parser.median() / new.median()  # the same text, so the ratio of the rates
    verdict = "met" if speed >= TARGET else "missed"
    lines.append(f"{new.label} vs {parser.label}: {speed:.2f}x (target >= {TARGET}x: {verdict})")
    lines += [f"{new.label} vs {other.label}: {other.median() / new.median():.2f}x" for other in others]
    share = parsed[0] / parsed[1] if parsed[1] else 0.0
    lines.append(
        f"sentences the role reading parsed (a cue and two actors): {parsed[0]}/{parsed[1]} = {share:.0%}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Build the extractions, time them in turn, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, default=ROOT / "data" / "seeds", help="a folder of .txt files")
    parser.add_argument("--repeat", type=int, default=3, help="copies of the texts measured")
    parser.add_argument("--repeats", type=int, default=5, help="timed rounds (medians are printed)")
    parser.add_argument("--old-rev", default=WORD_ORDER_REV, help="the word-order extraction's git revision")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker)
        return
    if args.repeat < 1 or args.repeats < 1:
        parser.error("--repeat and --repeats must be at least 1")
    if not args.texts.is_dir():
        parser.error(f"--texts {args.texts}: no such folder")

    from seed_corpus import write_copies

    from app.core.config import get_settings
    from loaders.articles import find_sources, read_source
    from loaders.parser import load_parser
    from loaders.pipeline import Extractor

    sources = [read_source(p) for p in find_sources([args.texts])]
    if not sources:
        parser.error(f"no .txt files under {args.texts}")
    words = sum(len(s.text.split()) for s in sources) * args.repeat
    new = Extractor()
    nlp = load_parser(get_settings().spacy_model)  # cached: the very pipeline `new` parses with
    with tempfile.TemporaryDirectory(prefix="bench-roles-") as tmp:
        paths = write_copies(sources, args.repeat, Path(tmp))
        listing = Path(tmp) / "files.txt"
        listing.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")
        sentences = split_sentences(paths, new.outlets)

        def everything() -> int:
            for _ in nlp.pipe(sentences):
                pass
            return len(sentences)

        old = OldExtraction(args.old_rev, listing, Path(tmp))
        try:
            rows = [
                Row(
                    "role reading (this tree)",
                    timed(lambda: sum(new.extract_file(p).sentences for p in paths)),
                ),
                Row("spaCy pipeline over every sentence", timed(everything)),
                Row(f"word-order at {args.old_rev} (from git)", old.run),
            ]
            take_turns(rows, 1)  # the warm-up, untimed
            parsed = (new.acts.parsed, new.acts.sentences)  # of that one pass
            for row in rows:
                row.seconds.clear()
            take_turns(rows, args.repeats)
        finally:
            old.close()
    print(
        report(rows, words, f"{args.texts.name}/ ({len(sources)} files) x{args.repeat}", args.repeats, parsed)
    )


if __name__ == "__main__":
    main()
