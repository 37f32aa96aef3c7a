"""Two versions of the extraction, timed in turn on the same corpus: is a change faster?

Usage: python scripts/bench_compare.py BASE [--pairs 20] [--copies 25]

BASE is another checkout of the project, e.g. `git worktree add /tmp/base <rev>`. Each
version runs in its own process, importing its own `loaders`, and extracts the seeds
repeated `--copies` times (no store), once per turn, the two taking turns. On a shared,
noisy machine the median of the pairwise ratios is steadier than two separate runs of
`bench_extract.py`. Times are CPU seconds of the extracting process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve()


def worker(copies: int) -> None:
    """Extract the corpus once per line read from stdin; print the CPU seconds each took."""
    import tempfile
    import time

    from seed_corpus import write_copies

    from app import ROOT
    from loaders.articles import find_sources, read_source
    from loaders.pipeline import Extractor, extract_files

    extractor = Extractor()
    sources = [read_source(p) for p in find_sources([ROOT / "data" / "seeds"])]
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_copies(sources, copies, Path(tmp))
        paragraphs = [p for s in sources for p in s.text.split("\n") if p.strip()]
        for _ in extractor.nlp.tokenizer.pipe(paragraphs):  # warm the tokenizer's cache, as bench_extract
            pass
        extract_files(paths[: len(sources)], extractor)
        print(f"ready {sum(len(s.text.split()) for s in sources) * copies}", flush=True)
        for _ in sys.stdin:
            start = time.process_time()
            extract_files(paths, extractor)
            print(time.process_time() - start, flush=True)


class Version:
    """One checkout's extraction, running in its own process."""

    def __init__(self, root: Path, copies: int) -> None:
        env = {**os.environ, "PYTHONPATH": str(root)}
        self.process = subprocess.Popen(
            [sys.executable, str(HERE), "--worker", "--copies", str(copies)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=root,
        )
        assert self.process.stdin and self.process.stdout
        self.stdin, self.stdout = self.process.stdin, self.process.stdout
        ready = self.stdout.readline().split()
        if ready[:1] != ["ready"]:
            raise SystemExit(f"{root}: the extraction did not start")
        self.words = int(ready[1])

    def run(self) -> float:
        """Extract the corpus once; the CPU seconds it took."""
        self.stdin.write("go\n")
        self.stdin.flush()
        return float(self.stdout.readline())

    def close(self) -> None:
        """End the process."""
        self.stdin.close()
        self.process.wait()


def main() -> None:
    """Run both versions in turn and print their medians and the median ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", nargs="?", type=Path)
    parser.add_argument("--pairs", type=int, default=20)
    parser.add_argument("--copies", type=int, default=25)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.copies)
        return
    if args.base is None or not (args.base / "loaders" / "pipeline.py").is_file():
        parser.error("BASE must be a checkout of the project (e.g. made by `git worktree add`)")
    base, this = Version(args.base.resolve(), args.copies), Version(HERE.parents[1], args.copies)
    times: dict[str, list[float]] = {"base": [], "this": []}
    for i in range(args.pairs):
        order = [("base", base), ("this", this)]
        for name, version in order if i % 2 == 0 else reversed(order):  # alternate who goes first
            times[name].append(version.run())
    base.close()
    this.close()
    ratio = statistics.median(b / t for b, t in zip(times["base"], times["this"], strict=True))
    print(f"corpus: seeds x{args.copies}, {this.words:,} words; {args.pairs} pairs")
    for name, label in (("base", f"base ({args.base})"), ("this", "this checkout")):
        median = statistics.median(times[name])
        print(f"{label:<40}{median * 1000:>8.0f} ms{this.words / median:>12,.0f} words/s")
    print(f"speed-up of this checkout over base (median of pairwise ratios): {ratio:.2f}x")


if __name__ == "__main__":
    main()
