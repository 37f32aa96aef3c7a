"""New names: capitalised runs the catalogue does not know, read as new actors."""

from __future__ import annotations

import pytest

from loaders.mention_kinds import NameKinds
from loaders.mention_new_names import NewNames
from loaders.mention_spans import ArticleContext
from loaders.pipeline import Extractor
from tests.loaders.sentence import one_sentence


@pytest.fixture(scope="module")
def names(extractor: Extractor) -> NewNames:
    people = extractor.acts.patterns.person_cues(extractor.schema)
    return NewNames(extractor.catalogue, NameKinds(extractor.catalogue, people))


def read(
    extractor: Extractor, names: NewNames, text: str, context: ArticleContext
) -> list[tuple[str, str, str]]:
    doc, sent = one_sentence(extractor, text)
    return [(m.actor_id, m.kind, m.text) for m in names.find(doc, sent, set(), context)]


def test_titles_are_the_role_and_the_demonym_the_nationality(extractor: Extractor, names: NewNames) -> None:
    context = ArticleContext()
    found = read(extractor, names, "Chilean journalist Tomas Rojas was detained.", context)
    assert found == [("tomas-rojas", "Person", "Tomas Rojas")]
    assert context.new_actors["tomas-rojas"].country == "CL"


def test_a_surname_refers_back_to_the_person(extractor: Extractor, names: NewNames) -> None:
    context = ArticleContext()
    read(extractor, names, "Police detained Tomas Rojas.", context)
    assert read(extractor, names, "Rojas said he was innocent.", context) == [
        ("tomas-rojas", "Person", "Rojas")
    ]
    assert read(extractor, names, "Rojas said he was innocent.", ArticleContext()) == []


def test_particles_and_hyphenated_syllables_stay_in_the_name(extractor: Extractor, names: NewNames) -> None:
    found = read(extractor, names, "Police detained Karim bin Salem Al Noor.", ArticleContext())
    assert found == [("karim-bin-salem-al-noor", "Person", "Karim bin Salem Al Noor")]
    assert read(extractor, names, "Police detained Wu Ming-te.", ArticleContext()) == [
        ("wu-ming-te", "Person", "Wu Ming-te")
    ]


def test_one_agency_for_a_states_spellings(extractor: Extractor, names: NewNames) -> None:
    context = ArticleContext()
    first = read(extractor, names, "Peru's Ministry of Digital Affairs said so.", context)
    second = read(extractor, names, "The Peruvian Digital Affairs Ministry agreed.", context)
    assert first == [("peru-digital-affairs-ministry", "Agency", "Ministry of Digital Affairs")]
    assert second == [("peru-digital-affairs-ministry", "Agency", "Peruvian Digital Affairs Ministry")]
    record = context.new_actors["peru-digital-affairs-ministry"]
    assert (record.country, record.aliases) == ("PE", ["Peruvian Digital Affairs Ministry"])


def test_an_unowned_ministry_is_that_of_the_articles_state(extractor: Extractor, names: NewNames) -> None:
    text = "He praised the Ministry of Foreign Affairs."
    assert read(extractor, names, text, ArticleContext()) == [
        ("ministry-of-foreign-affairs", "Agency", "Ministry of Foreign Affairs")
    ]
    context = ArticleContext(state_counts={"azerbaijan": 2})
    assert read(extractor, names, text, context) == [
        ("azerbaijan-mfa", "Agency", "Ministry of Foreign Affairs")
    ]
