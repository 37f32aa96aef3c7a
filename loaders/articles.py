"""Read source files and split them into articles, dropping repeated paragraphs."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml
from pydantic import BaseModel

from app.core.errors import InputError

# Paragraphs that are page chrome, not reporting: reader-mode labels, section tabs,
# donation appeals, "related" widgets, photo credits and captions.
_BOILERPLATE = re.compile(
    r"^(?:vue lecture|review|−|-|share|read more|liveall|live|advertisement|"
    r"other topics you might like.*|related(?: articles| news)?:?|"
    r"you could close this page.*|become a patron.*|support us.*|subscribe.*|"
    r"©.*|photo:.*)$",
    re.IGNORECASE,
)
# A photo credit or caption at the end of a paragraph ("... Photo: Reuters").
_PHOTO_CREDIT = re.compile(r"\bphoto(?::| by) [^.]*$", re.IGNORECASE)
# Page separators between articles on aggregator pages ("•" bullets, rules).
_SEPARATOR = re.compile(r"^[•·*_\-=]{1,5}$")
# A header line that is only a date ("13 February", "July 3, 2025").
_DATE_LINE = re.compile(r"^(?:\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+\.?\s+\d{1,2},?(?:\s+\d{4})?)$")
# A wire dateline opening the lead: "BEIJING, Nov. 14 (Xinhua) --", "KYIV, June 3 (Reuters) -".
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+,\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)\s*"
    r"(?:\([^)]{1,40}\)\s*)?(?:--|—|–|-)\s"
)
# A short stamp line with a time and a full date: "(Xinhua) 08:10, November 14, 2025".
_STAMP_LINE = re.compile(
    r"^(?:\([^)]{1,40}\)\s*)?(?:\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?,?\s*)?"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})$"
)
# View counters glued to the first word ("14523The investigative commission").
_COUNTER = re.compile(r"^\d{3,}(?=[A-Z][a-z])")
_ROUGH_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_TERMINAL = re.compile(r"[.!?…:\"”’)\]]$")


class SourceFile(BaseModel):
    """One input file's decoded text."""

    path: str
    text: str


class SourceMeta(BaseModel):
    """What a `sources.yaml` beside the files says about one file: the page text often omits it."""

    date: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None

    def resolve_date(self, header: str | None) -> str | None:
        """The article date: a dated header line, completed with the known year, else the file's date."""
        if header:
            from loaders.dates import find_dates, parse_reference

            found = find_dates(header, parse_reference(self.date))
            if found:
                return found[0].date.value
        return self.date


def read_sources_meta(folder: Path) -> dict[str, SourceMeta]:
    """Per-file metadata from `folder/sources.yaml`, if there is one."""
    path = folder / "sources.yaml"
    if not path.is_file():
        return {}
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return {str(name): SourceMeta.model_validate(entry or {}) for name, entry in raw.items()}
    except (yaml.YAMLError, ValueError, AttributeError) as exc:
        raise InputError(f"{path}: not a valid sources file: {exc}") from exc


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
    return hashlib.sha256(_normalised(text).encode()).hexdigest()[:16]


def _normalised(text: str) -> str:
    """The text with runs of whitespace made single spaces: the key repeats are found by."""
    return " ".join(text.split())


def _is_boilerplate(paragraph: str) -> bool:
    return _BOILERPLATE.match(paragraph) is not None or (
        "photo" in paragraph.lower() and _PHOTO_CREDIT.search(paragraph) is not None
    )


def _is_headline(paragraph: str) -> bool:
    """Short and without closing punctuation: a title or a section head."""
    return not _TERMINAL.search(paragraph) and len(paragraph.split()) <= 25


def _is_alt_text(paragraph: str) -> bool:
    """Image alt text and keyword strings: long, all lower case, unpunctuated."""
    return paragraph == paragraph.lower() and not _TERMINAL.search(paragraph) and len(paragraph.split()) > 6


def _byline(
    paragraph: str, title: str | None, outlets: Iterable[str]
) -> tuple[str | None, str | None] | None:
    """(outlet, author) when `paragraph` is the title run together with a byline."""
    if not title or paragraph == title or not paragraph.startswith(title):
        return None
    rest = paragraph[len(title) :].strip()
    for outlet in sorted(outlets, key=len, reverse=True):
        if rest.startswith(outlet):
            return outlet, rest[len(outlet) :].strip() or None
    return None


def _segments(text: str) -> list[list[str]]:
    """The page's paragraphs, cut into one list per article at separator lines."""
    segments: list[list[str]] = [[]]
    for line in text.splitlines():
        para = line.strip()
        if _SEPARATOR.match(para):
            segments.append([])
        elif para:
            current = segments[-1]
            # The title again after a body of several paragraphs: the page repeats the article.
            if len(current) > 3 and para == current[0] and _is_headline(para):
                segments.append([])
            segments[-1].append(_COUNTER.sub("", para))
    return [s for s in segments if s]


def split_articles(
    source: SourceFile, outlets: Iterable[str] = (), meta: SourceMeta | None = None
) -> Iterator[Article | None]:
    """The page's articles, cleaned; `None` for each whole article the page repeats.

    Paragraphs already seen on the page are dropped (a page repeating its article, or a
    boilerplate paragraph under every article), as are chrome, teasers for other
    articles and bylines, which give the article's outlet and author instead.
    """
    meta = meta or SourceMeta()
    seen: set[str] = set()
    outlets = list(outlets)
    for segment in _segments(source.text):
        title: str | None = None
        header_date: str | None = None
        outlet, author = meta.outlet, meta.author
        kept: list[str] = []
        repeated = 0
        for para in segment:
            if _is_boilerplate(para) or _is_alt_text(para):
                continue
            if header_date is None and not kept[2:]:
                if _DATE_LINE.match(para) or _STAMP_LINE.match(para):
                    header_date = para  # a line that only dates the article: not text
                    continue
                dateline = _DATELINE.match(para)
                if dateline:
                    header_date = dateline.group("date")  # "BEIJING, Nov. 14 (Xinhua) -- ..."
            byline = _byline(para, title, outlets)
            if byline is not None:
                outlet, author = byline[0] or outlet, byline[1] or author
                # The two paragraphs before a byline are a teaser for another article.
                if len(kept) >= 3 and _is_headline(kept[-2]):
                    del kept[-2:]
                continue
            if title is None and not kept and _is_headline(para):
                title = para
            key = _normalised(para)
            sentences = {_normalised(x) for x in _ROUGH_SENTENCE.split(para) if len(x) > 20}
            # A paragraph repeated verbatim, or mostly (a stock background paragraph reworded).
            if key in seen or (len(sentences) >= 2 and len(sentences & seen) / len(sentences) >= 0.6):
                repeated += 1
                seen |= sentences
                continue
            seen.add(key)
            seen |= sentences
            kept.append(para)
        body = [p for p in kept if p != title]
        if not body or (repeated >= 4 and len(body) <= repeated / 4):
            if repeated >= 2:
                yield None  # the whole article repeats one already on the page
            continue
        text = "\n\n".join(kept)
        yield Article(
            id=content_id(text),
            source_file=Path(source.path).name,
            title=title,
            text=text,
            date=meta.resolve_date(header_date),
            outlet=outlet,
            author=author,
        )
