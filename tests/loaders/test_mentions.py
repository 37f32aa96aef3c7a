"""Actor mentions: what a sentence's names, titles and phrases stand for."""

from __future__ import annotations

from loaders.mentions import ArticleContext, Mention
from loaders.nlp import Tokens
from loaders.pipeline import Extractor


def mentions(extractor: Extractor, text: str) -> list[Mention]:
    doc = Tokens(extractor.nlp(text), text)
    (sent,) = doc.sents()
    return extractor.mentions.find(doc, sent, ArticleContext())


def test_a_state_inside_a_radio_stations_name_is_the_station(extractor: Extractor) -> None:
    found = mentions(extractor, "Chile suspended Radio Peru Internacional on Monday.")
    assert [(m.text, m.kind) for m in found] == [("Chile", "State"), ("Radio Peru Internacional", "Outlet")]


def test_a_radio_stations_name_is_an_outlet(extractor: Extractor) -> None:
    found = mentions(extractor, "Peru banned Radio Andina Internacional on Monday.")
    assert ("Radio Andina Internacional", "Outlet") in [(m.text, m.kind) for m in found]


def test_a_counted_group_may_have_a_modifier_before_its_demonym(extractor: Extractor) -> None:
    found = mentions(extractor, "Chile sanctioned four senior Peruvian generals on Monday.")
    assert "group-four-senior-peruvian-generals" in [m.actor_id for m in found]


def test_consuls_are_counted_as_a_group(extractor: Extractor) -> None:
    found = mentions(extractor, "Peru expelled three Bolivian consuls.")
    assert "group-three-bolivian-consuls" in [m.actor_id for m in found]


def test_a_name_after_an_envoys_posting_is_the_envoy(extractor: Extractor) -> None:
    found = mentions(extractor, "Chile summoned the Peruvian ambassador to Chile Tomas Rojas on Friday.")
    assert ("Tomas Rojas", "Person") in [(m.text, m.kind) for m in found]
