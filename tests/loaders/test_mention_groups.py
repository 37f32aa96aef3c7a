"""Counted and armed groups: what a sentence counts or describes without naming it."""

from __future__ import annotations

import pytest

from loaders.mention_groups import GroupFinder
from loaders.pipeline import Extractor
from tests.loaders.sentence import one_sentence


@pytest.fixture(scope="module")
def groups(extractor: Extractor) -> GroupFinder:
    return GroupFinder(extractor.nlp, extractor.catalogue)


def counted(extractor: Extractor, groups: GroupFinder, text: str) -> list[tuple[str, str]]:
    doc, sent = one_sentence(extractor, text)
    found = groups.counted(doc, groups.matches(doc, sent), set())
    assert all(m.kind == "Group" and m.weak for m in found)
    return [(m.actor_id, m.text) for m in found]


def test_a_count_a_demonym_and_a_group_noun(extractor: Extractor, groups: GroupFinder) -> None:
    found = counted(extractor, groups, "Police detained over 50 Azerbaijani nationals on Monday.")
    assert found == [("group-over-50-azerbaijani-nationals", "over 50 Azerbaijani nationals")]


def test_a_count_in_words(extractor: Extractor, groups: GroupFinder) -> None:
    found = counted(extractor, groups, "Peru freed hundreds of civilians.")
    assert found == [("group-hundreds-of-civilians", "hundreds of civilians")]


def test_at_and_up_count_only_in_at_least_and_up_to(extractor: Extractor, groups: GroupFinder) -> None:
    assert counted(extractor, groups, "Gunmen fired at two vessels.") == [
        ("group-two-vessels", "two vessels")
    ]
    assert counted(extractor, groups, "Chile locked up 238 migrants.") == [
        ("group-238-migrants", "238 migrants")
    ]


def test_a_hedge_is_in_the_text_not_the_id(extractor: Extractor, groups: GroupFinder) -> None:
    found = counted(extractor, groups, "Police arrested alleged Russian spies.")
    assert found == [("group-russian-spies", "alleged Russian spies")]


def test_a_group_noun_without_count_or_demonym_is_no_group(extractor: Extractor, groups: GroupFinder) -> None:
    doc, sent = one_sentence(extractor, "The people gathered in the square.")
    assert groups.matches(doc, sent) == []


def test_a_counted_group_inside_taken_tokens_is_skipped(extractor: Extractor, groups: GroupFinder) -> None:
    doc, sent = one_sentence(extractor, "Peru freed hundreds of civilians.")
    matches = groups.matches(doc, sent)
    assert groups.counted(doc, matches, {matches[0][0]}) == []


def test_an_armed_noun_after_a_name_no_stage_took(extractor: Extractor, groups: GroupFinder) -> None:
    doc, sent = one_sentence(extractor, "Kurdish militants attacked a base.")
    assert [(m.actor_id, m.text) for m in groups.armed(doc, sent, set())] == [
        ("group-kurdish-militants", "Kurdish militants")
    ]
    # "Houthi" is a catalogue demonym: these rebels are the Houthis, not a new group.
    doc, sent = one_sentence(extractor, "Houthi rebels fired missiles.")
    assert groups.armed(doc, sent, set()) == []


def test_foreigners_are_a_group(extractor: Extractor, groups: GroupFinder) -> None:
    assert counted(extractor, groups, "Laos freed 14 foreigners on Monday.") == [
        ("group-14-foreigners", "14 foreigners")
    ]
