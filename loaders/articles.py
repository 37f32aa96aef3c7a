"""Read source files and split them into articles, dropping repeated paragraphs."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel

from app.core.errors import InputError

# Lines that are page chrome, not reporting.
_BOILERPLATE = re.compile(
    r"^(vue lecture|review|−|share|read more|other topics you might like.*|you could close this page.*)$",
    re.IGNORECASE,
)


class SourceFile(BaseModel):
    """One input file's decoded text."""

    path: str
    text: str


class Article(BaseModel):
    """One article: its cleaned text and what the page says about it."""

    id: str
    source_file: str
    title: str | None
    text: str
    date: str | None = None
    outlet: str | None = None
    author: str | None = None

    @property
    def word_count(self) -> int:
        """Whitespace-separated words in the text."""
        return len(self.text.split())


def find_sources(paths: Iterable[Path]) -> list[Path]:
    """The `.txt` files named, or found under the folders named, in sorted order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.txt") if p.is_file())
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return found


def read_source(path: Path) -> SourceFile:
    """Decode one file as UTF-8; anything else is an InputError naming the file."""
    try:
        return SourceFile(path=str(path), text=path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start}); nothing was loaded from it") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot be read: {exc.strerror}") from exc


def content_id(text: str) -> str:
    """A stable id for a text: the SHA-256 of its whitespace-normalised form, shortened."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:16]


def split_articles(source: SourceFile, seen: set[str] | None = None) -> Iterator[Article]:
    """The file's article with boilerplate and repeated paragraphs dropped.

    `seen` carries paragraph hashes across files, so a paragraph repeated anywhere in
    one load is kept once. Placeholder: one article per file; the Loaders issue splits
    multi-article pages.
    """
    seen = set() if seen is None else seen
    kept: list[str] = []
    for para in (p.strip() for p in source.text.splitlines()):
        if not para or _BOILERPLATE.match(para):
            continue
        key = content_id(para)
        if key in seen:
            continue
        seen.add(key)
        kept.append(para)
    if not kept:
        return
    text = "\n".join(kept)
    yield Article(id=content_id(text), source_file=Path(source.path).name, title=kept[0][:200], text=text)
