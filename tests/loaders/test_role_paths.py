"""Argument paths and mention resolution on a real parse, with mentions given by hand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.core.schema import load_schema
from loaders.mentions import Mention
from loaders.parser import load_parser
from loaders.patterns import load_patterns
from loaders.role_paths import PathReader


@pytest.fixture(scope="module")
def parser() -> Language:
    return load_parser("en_core_web_sm")


@pytest.fixture(scope="module")
def reader() -> PathReader:
    return PathReader(load_patterns(load_schema()))


def cover(*spans: tuple[int, int, str, str]) -> dict[int, Mention]:
    out: dict[int, Mention] = {}
    for start, end, actor, kind in spans:
        m = Mention(actor, kind, start, end, actor)
        out.update({i: m for i in range(start, end)})
    return out


def test_paths_reach_subject_object_and_preposition(parser: Language, reader: PathReader) -> None:
    doc = parser("Alpha fined Beta on behalf of Gamma.")
    given = cover((0, 1, "alpha", "State"), (2, 3, "beta", "State"), (6, 7, "gamma", "State"))
    verb = doc[1]
    assert [m.actor_id for m in reader._path(verb, "subj", given)] == ["alpha"]
    assert [m.actor_id for m in reader._path(verb, "obj", given)] == ["beta"]
    assert reader._path(verb, "passive_subj", given) == []
    assert reader._path(verb, "prep:with", given) == []


def test_a_title_resolves_to_the_name_and_an_owned_noun_to_its_owner(
    parser: Language, reader: PathReader
) -> None:
    doc = parser("Alpha expelled the envoy of Beta and the spokesman, Gamma Delta.")
    given = cover((0, 1, "alpha", "State"), (5, 6, "beta", "State"), (11, 13, "gamma-delta", "Person"))
    found = [m.actor_id for m in reader._path(doc[1], "obj", given)]
    assert found == ["beta", "gamma-delta"]
