"""The sample corpus repeated into a folder, one file per copy of each page: the benchmarks' input."""

from __future__ import annotations

from pathlib import Path

from loaders.articles import SourceFile


def write_copies(sources: list[SourceFile], copies: int, folder: Path) -> list[Path]:
    """Write `copies` copies of every source page into `folder`; their paths, copy by copy."""
    paths = []
    for i in range(copies):
        for source in sources:
            path = folder / f"{i:04d}_{Path(source.path).name}"
            path.write_text(source.text, encoding="utf-8")
            paths.append(path)
    return paths
