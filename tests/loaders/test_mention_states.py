"""Phrases that stand for a state or an earlier actor: demonym phrases, bare institutions, anaphors."""

from __future__ import annotations

import pytest

from loaders.mention_spans import ArticleContext, Mention
from loaders.mention_states import StatePhrases
from loaders.pipeline import Extractor
from tests.loaders.sentence import one_sentence


@pytest.fixture(scope="module")
def states(extractor: Extractor) -> StatePhrases:
    return StatePhrases(extractor.catalogue)


def demonym_phrases(extractor: Extractor, states: StatePhrases, text: str) -> list[tuple[str, str]]:
    doc, sent = one_sentence(extractor, text)
    found = states.demonym_phrases(doc, sent, set())
    assert all(m.weak for m in found)
    return [(m.actor_id, m.text) for m in found]


def test_a_demonym_and_an_institution_stand_for_the_state(extractor: Extractor, states: StatePhrases) -> None:
    found = demonym_phrases(extractor, states, "Azerbaijani authorities detained him.")
    assert found == [("azerbaijan", "Azerbaijani authorities")]


def test_an_official_stands_for_the_state_only_when_unnamed(
    extractor: Extractor, states: StatePhrases
) -> None:
    assert demonym_phrases(extractor, states, "Peru expelled a Chilean diplomat.") == [
        ("chile", "Chilean diplomat")
    ]
    assert demonym_phrases(extractor, states, "Peru expelled Chilean diplomat Tomas Rojas.") == []


def test_state_as_an_adjective_is_no_head(extractor: Extractor, states: StatePhrases) -> None:
    assert demonym_phrases(extractor, states, "Russian state channel RT closed.") == []


def test_a_coordinated_demonym_shares_the_head_after_it(extractor: Extractor, states: StatePhrases) -> None:
    found = demonym_phrases(extractor, states, "Polish and Dutch jets flew over.")
    assert sorted(found) == [("netherlands", "Dutch jets"), ("poland", "Polish")]


def test_bare_authorities_are_the_most_named_states(extractor: Extractor, states: StatePhrases) -> None:
    doc, sent = one_sentence(extractor, "The authorities detained him.")
    assert states.bare_institutions(doc, sent, set(), ArticleContext()) == []
    context = ArticleContext(state_counts={"peru": 1, "georgia": 2})
    found = states.bare_institutions(doc, sent, set(), context)
    assert [(m.actor_id, m.kind, m.text, m.weak) for m in found] == [
        ("georgia", "State", "authorities", True)
    ]


def test_the_country_is_the_state_named_before_it(extractor: Extractor, states: StatePhrases) -> None:
    doc, sent = one_sentence(extractor, "Peru said the country would respond.")
    peru = Mention(actor_id="peru", kind="State", start=0, end=1, text="Peru")
    found = states.anaphors(doc, sent, [peru], ArticleContext())
    assert [(m.actor_id, m.text) for m in found] == [("peru", "the country")]
    # No state before it, in the sentence or the article: nothing to refer to.
    assert states.anaphors(doc, sent, [], ArticleContext()) == []


def test_the_country_of_a_name_is_no_anaphor(extractor: Extractor, states: StatePhrases) -> None:
    doc, sent = one_sentence(extractor, "Peru said the country of Chile would respond.")
    peru = Mention(actor_id="peru", kind="State", start=0, end=1, text="Peru")
    assert states.anaphors(doc, sent, [peru], ArticleContext()) == []


def test_a_court_or_a_prosecutor_stands_for_the_state(extractor: Extractor, states: StatePhrases) -> None:
    assert demonym_phrases(extractor, states, "A Tunisian court jailed him.") == [
        ("tunisia", "Tunisian court")
    ]
    assert demonym_phrases(extractor, states, "The Tunisian prosecutor charged him.") == [
        ("tunisia", "Tunisian prosecutor")
    ]
