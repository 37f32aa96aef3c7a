"""The mention finder's word file: it loads, and a malformed entry names its key."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.core.errors import SchemaError
from loaders.mention_words import (
    POSSESSIVE_HEADS,
    STATE_HEADS,
    TITLE_WORDS,
    WORDS_PATH,
    load_words,
    parse_words,
)


@pytest.fixture(scope="module")
def raw() -> dict[str, object]:
    loaded = yaml.safe_load(WORDS_PATH.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_the_file_loads_into_frozensets() -> None:
    words = load_words()
    assert "journalist" in words.private_titles
    assert "Ministry" in words.agency_heads
    assert words.anaphors["country"] == frozenset({"State"})
    assert isinstance(words.not_names, frozenset)
    # Words YAML would read as booleans are kept as words.
    assert {"On", "Yes", "No"} <= words.not_names


def test_unions_add_the_shared_lists() -> None:
    words = load_words()
    assert "journalist" not in words.title_words and "journalist" in TITLE_WORDS
    assert "authorities" not in words.state_heads and "authorities" in STATE_HEADS
    assert "government" in POSSESSIVE_HEADS


@pytest.mark.parametrize(
    ("key", "entry", "message"),
    [
        # `On` unquoted: YAML reads it as true.
        ("not_names", True, r"mention_words\.yaml: not_names\.\d+: Input should be a valid string"),
        ("speech_verbs", "Said", r"speech_verbs\.\d+: .*'Said'.* lower case"),
        ("agency_heads", "ministry", r"agency_heads\.\d+: .*'ministry'.* capitalised"),
        ("hedges", "so called", r"hedges\.\d+: .*'so called' is not one word"),
        ("hedges", "alleged", r"hedges: .*listed more than once: alleged"),
    ],
)
def test_a_malformed_entry_names_its_key(
    raw: dict[str, object], key: str, entry: object, message: str
) -> None:
    listed = raw[key]
    assert isinstance(listed, list)
    with pytest.raises(SchemaError, match=message):
        parse_words({**raw, key: [*listed, entry]})


def test_unknown_and_missing_keys_are_refused(raw: dict[str, object]) -> None:
    extra = {**raw, "hedge_words": ["alleged"]}
    with pytest.raises(SchemaError, match=r"hedge_words: Extra inputs are not permitted"):
        parse_words(extra)
    missing = {k: v for k, v in raw.items() if k != "hedges"}
    with pytest.raises(SchemaError, match=r"hedges: Field required"):
        parse_words(missing)


def test_an_anaphor_kind_must_be_capitalised(raw: dict[str, object]) -> None:
    anaphors = raw["anaphors"]
    assert isinstance(anaphors, dict)
    with pytest.raises(SchemaError, match=r"anaphors\.country\.\d+: .*'state'"):
        parse_words({**raw, "anaphors": {**anaphors, "country": ["state"]}})


def test_unreadable_file_is_a_schema_error(tmp_path: Path) -> None:
    path = tmp_path / "mention_words.yaml"
    path.write_text("hedges: [unclosed", encoding="utf-8")
    with pytest.raises(SchemaError, match="cannot read the mention words"):
        load_words(path)
