"""The kind of a name no catalogue knows: from its head word, the words around it, its slot."""

from __future__ import annotations

import pytest

from loaders.mention_kinds import NameKinds
from loaders.nlp import TokSpan
from loaders.pipeline import Extractor
from tests.loaders.sentence import one_sentence


@pytest.fixture(scope="module")
def kinds(extractor: Extractor) -> NameKinds:
    return NameKinds(extractor.catalogue, extractor.acts.patterns.person_cues(extractor.schema))


def kind(extractor: Extractor, kinds: NameKinds, text: str, name: str) -> str | None:
    doc, sent = one_sentence(extractor, text)
    words = [t.text for t in extractor.nlp.make_doc(name)]
    start = next(i for i in range(len(doc.words)) if doc.words[i : i + len(words)] == words)
    return kinds.kind_of(doc, TokSpan(doc, start, start + len(words)), sent)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Chile praised the Ministry of Digital Affairs.", "Ministry of Digital Affairs", "Agency"),
        ("Peru fined Acme Bank.", "Acme Bank", "Organization"),
        ("Peru blocked Lima Daily Times.", "Lima Daily Times", "Outlet"),
        ("Peru blocked the news outlet Zerkalo.", "Zerkalo", "Outlet"),
        ("Ships crossed the Red Sea.", "Red Sea", None),
    ],
)
def test_head_words_and_cues_before_a_name(
    extractor: Extractor, kinds: NameKinds, text: str, name: str, expected: str | None
) -> None:
    assert kind(extractor, kinds, text, name) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile summoned Foreign Minister Tomas Rojas.",
        "Navalny's widow Tomas Rojas spoke.",
        "Tomas Rojas said it was wrong.",
        "Tomas Rojas, the mayor, was away.",
    ],
)
def test_a_title_relation_speech_verb_or_apposition_makes_a_person(
    extractor: Extractor, kinds: NameKinds, text: str
) -> None:
    assert kind(extractor, kinds, text, "Tomas Rojas") == "Person"


def test_a_speaker_clause_after_the_comma_is_no_apposition(extractor: Extractor, kinds: NameKinds) -> None:
    assert kind(extractor, kinds, "Tomas Rojas, the ministry said, was away.", "Tomas Rojas") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained Tomas Rojas.", "Person"),
        ("Tomas Rojas was detained.", "Person"),
        ("Tomas Rojas arrived on Monday.", None),
    ],
)
def test_a_lexicon_slot_for_people(
    extractor: Extractor, kinds: NameKinds, text: str, expected: str | None
) -> None:
    assert kind(extractor, kinds, text, "Tomas Rojas") == expected


def test_the_second_of_two_names_is_what_the_first_is(extractor: Extractor, kinds: NameKinds) -> None:
    assert kind(extractor, kinds, "Police detained Tomas Rojas and Ana Lopez.", "Ana Lopez") == "Person"
    assert kind(extractor, kinds, "The EU sanctioned Zorbex and Trelmar.", "Trelmar") == "Organization"


def test_a_one_word_name_after_a_cue_for_bodies_is_an_organisation(
    extractor: Extractor, kinds: NameKinds
) -> None:
    assert kind(extractor, kinds, "The EU sanctioned Zorbex.", "Zorbex") == "Organization"
