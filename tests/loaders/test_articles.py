"""Reading files, dropping repeats, and sentence offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import ROOT
from app.core.errors import InputError
from loaders.articles import SourceFile, find_sources, read_source, split_articles
from loaders.sentences import split_sentences


def test_non_utf8_file_is_refused_with_its_name(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Bakı polisi saxladı".encode("cp1254"))
    with pytest.raises(InputError, match=r"latin1\.txt: not UTF-8"):
        read_source(bad)


def test_missing_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        find_sources([tmp_path / "nope"])


def test_repeated_paragraphs_are_kept_once_across_files() -> None:
    seen: set[str] = set()
    a = list(
        split_articles(
            SourceFile(path="a.txt", text="Title A\nBaku closed it.\nVue lecture\nBaku closed it."), seen
        )
    )
    b = list(split_articles(SourceFile(path="b.txt", text="Baku closed it.\nNew line here."), seen))
    assert a[0].text == "Title A\nBaku closed it."
    assert b[0].text == "New line here."


def test_seed_page_with_its_article_twice_keeps_it_once() -> None:
    source = read_source(ROOT / "data" / "seeds" / "002_0abc00411dba4b31.txt")
    (article,) = split_articles(source)
    assert article.text.count("What began as a humanitarian gesture") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan banned Valuev. Russia denied it!\nMoscow said: “no.”",
        "  Leading space. Another one?  ",
    ],
)
def test_sentence_offsets_slice_back_exactly(text: str) -> None:
    sentences = list(split_sentences(text))
    assert len(sentences) >= 2
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
