"""Cue words on a parse: the repair of one misreading, list cues and verbs that need a clause.

Sentences name states and people that no gold sentence or other test names.
"""

from __future__ import annotations

from spacy.tokens import Doc

from loaders.cues import repair
from loaders.pipeline import Extractor
from tests.loaders.reading import acts, article_acts, reasons


def _misread(extractor: Extractor) -> Doc:
    """ "Lima said that Ana Ruiz, a teacher, had been detained in Cusco." as the small model
    sometimes reads it: "that" a determiner, the name the speech verb's object, the clause's
    verb a second verb of the speaker's."""
    words = [
        "Lima",
        "said",
        "that",
        "Ana",
        "Ruiz",
        ",",
        "a",
        "teacher",
        ",",
        "had",
        "been",
        "detained",
        "in",
        "Cusco",
        ".",
    ]
    heads = [1, 1, 4, 4, 1, 4, 7, 4, 4, 11, 11, 1, 11, 12, 1]
    deps = [
        "nsubj",
        "ROOT",
        "det",
        "compound",
        "dobj",
        "punct",
        "det",
        "appos",
        "punct",
        "aux",
        "auxpass",
        "conj",
        "prep",
        "pobj",
        "punct",
    ]
    pos = [
        "PROPN",
        "VERB",
        "DET",
        "PROPN",
        "PROPN",
        "PUNCT",
        "DET",
        "NOUN",
        "PUNCT",
        "AUX",
        "AUX",
        "VERB",
        "ADP",
        "PROPN",
        "PUNCT",
    ]
    return Doc(extractor.acts.parser.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_complementiser_read_as_a_determiner_is_mended(extractor: Extractor) -> None:
    doc = repair(_misread(extractor))
    that, name, verb = doc[2], doc[4], doc[11]
    assert (name.dep_, name.head.i) == ("nsubjpass", 11)
    assert (that.dep_, that.head.i) == ("mark", 11)
    assert (verb.dep_, verb.head.i) == ("ccomp", 1)


def test_a_determiner_that_is_left_alone(extractor: Extractor) -> None:
    words = ["Lima", "praised", "that", "decision", "."]
    doc = Doc(
        extractor.acts.parser.vocab,
        words=words,
        heads=[1, 1, 3, 1, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
    )
    assert [t.dep_ for t in repair(doc)] == ["nsubj", "ROOT", "det", "dobj", "punct"]


def test_a_list_marked_as_a_ban_list_bans_who_is_put_on_it(extractor: Extractor) -> None:
    text = "Latvia added the singer Oleg Gazmanov to its list of persons banned from entering the country."
    assert ("BANNED", "latvia", "oleg-gazmanov") in acts(extractor, text)


def test_a_sanctions_list_sanctions(extractor: Extractor) -> None:
    text = "The European Union added the Wagner commander Dmitry Utkin to its sanctions list."
    assert acts(extractor, text) == {("SANCTIONED", "european-union", "dmitry-utkin")}


def test_an_unmarked_list_reports_nothing(extractor: Extractor) -> None:
    assert (
        acts(extractor, "Latvia added the Russian singer Oleg Gazmanov to the list of invited guests.")
        == set()
    )


def test_a_list_referred_back_to_takes_the_type_of_the_list_named_before(extractor: Extractor) -> None:
    text = (
        "The deputy's name was included in the list of persons prohibited from entering Georgia. "
        "This is not the first time that deputies were put on the list of undesirable persons. "
        "For example, the corresponding list in Georgia previously included Sergei Mironov, a Duma "
        "deputy, and Pyotr Tolstoy, a deputy speaker."
    )
    assert article_acts(extractor, text) == {
        ("BANNED", "georgia", "sergei-mironov"),
        ("BANNED", "georgia", "pyotr-tolstoy"),
    }


def test_a_list_referred_back_to_with_none_named_before_reports_nothing(extractor: Extractor) -> None:
    text = "The corresponding list in Georgia previously included the deputy Sergei Mironov."
    assert acts(extractor, text) == set()
    assert reasons(extractor, text, "BANNED") == ["the list it refers back to is not named just before"]


def test_a_verb_that_needs_a_clause_cues_only_with_one(extractor: Extractor) -> None:
    assert acts(extractor, "Chile appealed to Peru to free the detained Bolivian activist Juan Mamani.") == {
        ("DEMANDED", "chile", "peru")
    }
    assert acts(extractor, "Chile appealed to Peru for help after the floods.") == set()


def test_a_verb_caused_by_a_causative_reports_the_causers_act(extractor: Extractor) -> None:
    assert acts(extractor, "Mali ordered the French ambassador Joel Meyer to leave the country.") == {
        ("EXPELLED", "mali", "joel-meyer")
    }
    assert acts(extractor, "Two Dutch diplomats were ordered to leave by Venezuela.") == {
        ("EXPELLED", "venezuela", "group-two-dutch-diplomats")
    }


def test_a_verb_that_needs_a_causative_reports_nothing_alone(extractor: Extractor) -> None:
    assert acts(extractor, "The French ambassador Joel Meyer left Mali on Monday.") == set()


def test_asking_someone_to_act_demands_it(extractor: Extractor) -> None:
    text = "Ecuador asked Colombia to extradite the former minister Jorge Pineda, the foreign ministry said."
    assert acts(extractor, text) == {("DEMANDED", "ecuador", "colombia")}
    assert acts(extractor, "Reporters asked Colombia about its talks with Ecuador.") == set()


def test_an_export_control_list_sanctions(extractor: Extractor) -> None:
    text = "Japan added five Chinese companies to its export control list."
    assert acts(extractor, text) == {("SANCTIONED", "japan", "group-five-chinese-companies")}
