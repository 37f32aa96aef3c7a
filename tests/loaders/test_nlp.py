"""Sentences as the loaders cut them: the pipeline's sentence starts, paragraph breaks, and
lines that end without a full stop."""

from __future__ import annotations

import pytest
from spacy.language import Language

from loaders.nlp import Tokens, build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def sentences(nlp: Language, text: str) -> list[str]:
    return [s.text for s in Tokens(nlp(text), text).sents()]


def test_a_headline_line_is_its_own_sentence(nlp: Language) -> None:
    text = "Envoy barred from entering Peru\nAfter the vote, Bolivia recalled its envoy. Peru said nothing."
    assert sentences(nlp, text) == [
        "Envoy barred from entering Peru",
        "After the vote, Bolivia recalled its envoy.",
        "Peru said nothing.",
    ]


def test_a_blank_line_ends_a_sentence(nlp: Language) -> None:
    assert sentences(nlp, "Quito, March 3\n\nEcuador closed its border") == [
        "Quito, March 3",
        "Ecuador closed its border",
    ]


def test_a_hard_wrapped_text_keeps_its_sentences_whole(nlp: Language) -> None:
    lines = [
        "Bolivian police detained the mayor of",
        "Sucre on Monday after a raid on",
        "his office, the interior ministry",
        "said in a statement issued in",
        "La Paz late on Monday night, adding",
        "that Peru had been informed.",
    ]
    assert sentences(nlp, "\n".join(lines)) == ["\n".join(lines)]


def test_a_line_ending_in_a_lower_case_run_on_is_not_cut(nlp: Language) -> None:
    # a single break before a lower-case word is a wrapped line, not a new sentence
    assert sentences(nlp, "Chile expelled two\ndiplomats on Friday.") == [
        "Chile expelled two\ndiplomats on Friday."
    ]
