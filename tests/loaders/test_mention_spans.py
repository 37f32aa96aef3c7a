"""Mention records and the span tests every mention stage shares."""

from __future__ import annotations

from loaders.mention_spans import (
    ArticleContext,
    Mention,
    capitalised,
    filter_spans,
    is_oblique,
    past_roles,
    title_start,
)
from loaders.nlp import Tokens, TokSpan
from loaders.pipeline import Extractor
from tests.loaders.sentence import one_sentence


def at(doc: Tokens, word: str) -> int:
    return doc.words.index(word)


def test_filter_spans_keeps_the_longest_then_the_leftmost(extractor: Extractor) -> None:
    doc, _ = one_sentence(extractor, "one two three four five six")
    spans = [TokSpan(doc, 0, 2), TokSpan(doc, 1, 4), TokSpan(doc, 4, 5), TokSpan(doc, 3, 5)]
    assert [(s.start, s.end) for s in filter_spans(spans)] == [(1, 4), (4, 5)]


def test_title_start_stops_at_the_demonym(extractor: Extractor) -> None:
    doc, sent = one_sentence(extractor, "Polish Foreign Minister Radoslaw Sikorski spoke.")
    assert title_start(doc, at(doc, "Radoslaw"), sent.start) == at(doc, "Foreign")
    assert title_start(doc, at(doc, "Foreign"), sent.start) == at(doc, "Foreign")


def test_past_roles_skips_demonyms_of_several_words_and_titles(extractor: Extractor) -> None:
    doc, sent = one_sentence(extractor, "North Korean Foreign Minister Choe Son Hui spoke.")
    assert past_roles(doc, extractor.catalogue, sent.start, sent.end) == at(doc, "Choe")


def test_a_name_after_a_preposition_or_before_a_possessive_is_oblique(extractor: Extractor) -> None:
    doc, sent = one_sentence(extractor, "Chile held talks with Peru as Bolivia's envoy watched.")

    def mention(word: str) -> Mention:
        i = at(doc, word)
        return Mention(actor_id=word.lower(), kind="State", start=i, end=i + 1, text=word)

    assert not is_oblique(doc, mention("Chile"), sent)
    assert is_oblique(doc, mention("Peru"), sent)
    assert is_oblique(doc, mention("Bolivia"), sent)


def test_capitalised_words_and_acronyms() -> None:
    assert capitalised("Aliyev") and capitalised("McDonald") and capitalised("US")
    assert not capitalised("A") and not capitalised("said") and not capitalised("-")


def test_the_salient_state_is_the_most_named_the_first_of_equals() -> None:
    context = ArticleContext()
    assert context.salient_state() is None
    context.state_counts.update({"peru": 2, "chile": 3, "bolivia": 3})
    assert context.salient_state() == "chile"
