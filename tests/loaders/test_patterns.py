import copy
from pathlib import Path

import pytest
import yaml

from app.core.errors import SchemaError
from app.core.schema import load_schema
from loaders.patterns import PATTERNS_PATH, load_patterns, parse_patterns


@pytest.fixture(scope="module")
def raw() -> dict[str, object]:
    loaded = yaml.safe_load(PATTERNS_PATH.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_the_file_loads_and_every_type_is_declared() -> None:
    schema = load_schema()
    patterns = load_patterns(schema)
    assert set(patterns.types) <= set(schema.act_types)
    assert "DETAINED" in patterns.noun_cues["arrest"]
    assert ("ATTACKED", "down", "") in patterns.verb_cues["shoot"]
    assert ("DEMANDED", "to", "clause") in patterns.verb_cues["appeal"]
    assert patterns.paths("BANNED", "earlier-list", "source") == ["list_owner", "subj", "agent"]


def test_defaults_fill_paths_a_type_leaves_out() -> None:
    patterns = load_patterns(load_schema())
    assert patterns.paths("SUMMONED", "verb", "target") == ["obj", "passive_subj"]
    assert patterns.paths("KILLED", "noun", "target") == ["prep:of"]
    assert patterns.paths("KILLED", "noun", "source") == ["poss", "modifier", "agent"]
    assert "prep:of" not in patterns.paths("ACCUSED", "verb", "target")


def test_unknown_act_type_names_file_and_key(raw: dict[str, object]) -> None:
    bad = copy.deepcopy(raw)
    bad["types"]["BEFRIENDED"] = {"verbs": ["befriend"]}  # type: ignore[index]
    with pytest.raises(SchemaError, match=r"patterns\.yaml: types\.BEFRIENDED"):
        parse_patterns(bad, load_schema())


def test_unknown_field_names_the_key(raw: dict[str, object]) -> None:
    bad = copy.deepcopy(raw)
    bad["types"]["KILLED"]["verbz"] = ["slay"]  # type: ignore[index]
    with pytest.raises(SchemaError, match=r"types\.KILLED\.verbz"):
        parse_patterns(bad, load_schema())


def test_unknown_path_names_the_key(raw: dict[str, object]) -> None:
    bad = copy.deepcopy(raw)
    bad["types"]["MET"]["verb_target"] = ["obj", "sideways"]  # type: ignore[index]
    with pytest.raises(SchemaError, match=r"types\.MET\.verb_target: unknown argument path 'sideways'"):
        parse_patterns(bad, load_schema())


def test_unreadable_file_is_a_schema_error(tmp_path: Path) -> None:
    path = tmp_path / "patterns.yaml"
    path.write_text("types: [unclosed", encoding="utf-8")
    with pytest.raises(SchemaError, match="cannot read"):
        load_patterns(load_schema(), path)
