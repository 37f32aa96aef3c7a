"""The word-order extraction the role reading replaced, unpacked from git to be measured or
scored beside it. Standard library only: the unpacked tree brings its own `loaders`."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The last commit with the word-order reading (`loaders/acts.py` ActFinder).
WORD_ORDER_REV = "9e3582529fbe"


def unpack(rev: str, into: Path) -> Path:
    """The tree at `rev`, written by `git archive` into the new folder `into`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], capture_output=True)
    if archive.returncode:
        raise SystemExit(f"git archive {rev}: {archive.stderr.decode().strip()}")
    into.mkdir()
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def environment(tree: Path) -> dict[str, str]:
    """The environment that makes a Python process import `tree`'s packages before this one's."""
    path = os.pathsep.join(filter(None, [str(tree), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path}
