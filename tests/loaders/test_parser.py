import pytest

from app.core.config import Settings
from app.core.errors import InputError
from loaders.parser import load_parser


def test_default_model_parses() -> None:
    nlp = load_parser(Settings().spacy_model)
    doc = nlp("The council fined the broadcaster.")
    assert [t.dep_ for t in doc][:4] == ["det", "nsubj", "ROOT", "det"]


def test_setting_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACTORGRAPH_SPACY_MODEL", "en_core_web_md")
    assert Settings().spacy_model == "en_core_web_md"


def test_missing_model_is_an_input_error() -> None:
    with pytest.raises(InputError, match="not installed"):
        load_parser("en_core_web_nonexistent")
