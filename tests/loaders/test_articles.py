"""Reading files, dropping repeats, and sentence offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import ROOT
from app.core.errors import InputError
from loaders.articles import (
    Article,
    SourceFile,
    SourceMeta,
    content_id,
    find_sources,
    read_source,
    read_sources_meta,
    split_articles,
)


def test_non_utf8_file_is_refused_with_its_name(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Bakı polisi saxladı".encode("cp1254"))
    with pytest.raises(InputError, match=r"latin1\.txt: not UTF-8"):
        read_source(bad)


def test_missing_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        find_sources([tmp_path / "nope"])


SEEDS = ROOT / "data" / "seeds"


def _articles(name: str) -> list[Article | None]:
    path = SEEDS / name
    return list(
        split_articles(read_source(path), ["The Kyiv Independent"], read_sources_meta(SEEDS).get(name))
    )


def test_repeated_paragraphs_are_kept_once_per_page() -> None:
    (article,) = split_articles(
        SourceFile(path="a.txt", text="Title A\nBaku closed it.\nVue lecture\nBaku closed it.")
    )
    assert article is not None
    assert article.text == "Title A\n\nBaku closed it."
    assert article.title == "Title A"


def test_seed_page_with_its_article_twice_keeps_it_once() -> None:
    articles = _articles("002_0abc00411dba4b31.txt")
    kept = [a for a in articles if a is not None]
    assert len(kept) == 1 and articles.count(None) == 1
    assert kept[0].text.count("What began as a humanitarian gesture") == 1


def test_aggregator_page_is_split_into_its_articles() -> None:
    articles = _articles("001_68b4c51b8b042722.txt")
    kept = [a for a in articles if a is not None]
    assert len(kept) == 8 and articles.count(None) == 1  # "Leaders of Armenia ..." appears twice
    assert (
        kept[0].title
        == "Kremlin’s propaganda threatens Azerbaijan with war after Baku sends millions in aid to Ukraine"
    )
    sputnik = next(a for a in kept if a.title and a.title.startswith("Russian propaganda media Sputnik"))
    assert (sputnik.outlet, sputnik.author) == ("The Kyiv Independent", "Tim Zadorozhnyy")
    text = "\n".join(a.text for a in kept)
    for chrome in (
        "You could close this page",
        "Vue lecture",
        "© Pool photo",
        "Photo: Depositphotos",
        "isw russia tries hide",
        "Iran summons Ukraine’s envoy",
        "Ukraine war latest",
    ):
        assert chrome not in text, chrome
    # The stock background paragraph under three articles is kept once.
    assert text.count("Russian forces shot down an Azerbaijani aircraft near Grozny") == 1


def test_article_date_from_header_and_sources_file() -> None:
    (article,) = _articles("003_be05e3db43b128ec.txt")
    assert article is not None and article.date == "2025-02-13"
    assert not article.text.startswith("14523")
    assert "The investigative commission" in article.text


def test_content_id_ignores_whitespace_only_changes() -> None:
    assert content_id("Baku  closed\nit.") == content_id("Baku closed it.")


def test_a_wire_dateline_dates_the_article_and_stays_its_text() -> None:
    text = "Chile recalls envoy\nSANTIAGO, Nov. 14 (Agencia Sur) -- Chile recalled its envoy to Peru."
    (article,) = split_articles(SourceFile(path="a.txt", text=text), [], SourceMeta(date="2025"))
    assert article.date == "2025-11-14"
    assert "Chile recalled its envoy" in article.text


def test_a_time_and_date_stamp_line_dates_the_article() -> None:
    text = "Chile recalls envoy\n(Agencia Sur) 08:10, November 14, 2025\nChile recalled its envoy to Peru."
    (article,) = split_articles(SourceFile(path="a.txt", text=text), [])
    assert article.date == "2025-11-14"
    assert "08:10" not in article.text
