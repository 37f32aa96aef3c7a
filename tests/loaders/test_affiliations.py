"""Affiliations a sentence states: titles, appositions and state ownership."""

from __future__ import annotations

from app.store.models import RelationRecord
from loaders.articles import Article
from loaders.pipeline import Extractor


def links(extractor: Extractor, text: str) -> set[tuple[str, str, str, str | None]]:
    article = Article(id="a", source_file="a.txt", title=None, text=text, date="2025-07-01")
    _, relations, _, _ = extractor.extract_article(article)
    return {_link(r) for r in relations if r.type in {"MEMBER_OF", "PART_OF"}}


def _link(r: RelationRecord) -> tuple[str, str, str, str | None]:
    return (r.type, r.source, r.target, r.role)


def test_an_apposition_names_the_persons_role(extractor: Extractor) -> None:
    found = links(extractor, "Igor Kartavykh, chief editor of Sputnik Azerbaijan, spoke on Monday.")
    assert ("MEMBER_OF", "igor-kartavykh", "sputnik-azerbaijan", "chief editor") in found


def test_state_ownership_makes_an_outlet_part_of_the_state(extractor: Extractor) -> None:
    found = links(extractor, "The Russian state news agency TASS reported the talks.")
    assert ("PART_OF", "tass", "russia", None) in found


def test_a_sentence_with_no_role_states_no_affiliation(extractor: Extractor) -> None:
    assert links(extractor, "Norway sent doctors to Moldova.") == set()
