"""Catalogue names in a sentence: which matches stand for their actor, which are dropped."""

from __future__ import annotations

import pytest

from loaders.mention_catalogue import CatalogueNames
from loaders.mention_groups import GroupFinder
from loaders.mention_spans import Mention
from loaders.pipeline import Extractor
from tests.loaders.sentence import one_sentence


@pytest.fixture(scope="module")
def names(extractor: Extractor) -> CatalogueNames:
    return CatalogueNames(extractor.nlp, extractor.catalogue)


def find(
    extractor: Extractor, names: CatalogueNames, text: str, groups: bool = False
) -> tuple[list[Mention], list[Mention]]:
    doc, sent = one_sentence(extractor, text)
    counted = GroupFinder(extractor.nlp, extractor.catalogue).matches(doc, sent) if groups else []
    return names.find(doc, sent, counted)


def test_names_stand_for_their_actors(extractor: Extractor, names: CatalogueNames) -> None:
    found, modifiers = find(extractor, names, "Ilham Aliyev met Chile's president.")
    assert [(m.actor_id, m.kind, m.text, m.weak) for m in found] == [
        ("ilham-aliyev", "Person", "Ilham Aliyev", False),
        ("chile", "State", "Chile", False),
    ]
    assert modifiers == []


def test_a_possessive_institution_is_the_catalogues_agency(
    extractor: Extractor, names: CatalogueNames
) -> None:
    found, _ = find(extractor, names, "Russia's foreign ministry said so.")
    assert [(m.actor_id, m.text) for m in found] == [("russia-mfa", "Russia's foreign ministry")]


def test_a_states_acronym_takes_its_forces(extractor: Extractor, names: CatalogueNames) -> None:
    found, _ = find(extractor, names, "US forces struck Yemen.")
    assert [(m.actor_id, m.text) for m in found] == [("united-states", "US forces"), ("yemen", "Yemen")]


def test_a_city_is_weak(extractor: Extractor, names: CatalogueNames) -> None:
    found, _ = find(extractor, names, "Russia shot down an aircraft near Grozny.")
    assert [(m.actor_id, m.text, m.weak) for m in found] == [
        ("russia", "Russia", False),
        ("russia", "Grozny", True),
    ]


def test_a_name_in_a_compound_only_modifies(extractor: Extractor, names: CatalogueNames) -> None:
    found, modifiers = find(extractor, names, "Protesters held anti-Baku rallies.")
    assert found == []
    assert [(m.actor_id, m.text) for m in modifiers] == [("azerbaijan", "Baku")]


@pytest.mark.parametrize(
    "text",
    [
        "Vagif Aliyev said so.",  # someone else's first name before a catalogued surname
        "The Moscow Times reported it.",  # a state's name inside an outlet's
    ],
)
def test_a_match_inside_another_name_is_dropped(
    extractor: Extractor, names: CatalogueNames, text: str
) -> None:
    assert find(extractor, names, text) == ([], [])


def test_a_states_acronym_inside_a_counted_group_is_dropped(
    extractor: Extractor, names: CatalogueNames
) -> None:
    text = "Washington sanctioned seven US defence companies."
    assert [m.text for m in find(extractor, names, text)[0]] == ["Washington", "US"]
    assert [m.text for m in find(extractor, names, text, groups=True)[0]] == ["Washington"]
