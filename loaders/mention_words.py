"""The word lists the mention finder reads, from `loaders/mention_words.yaml`, checked at load.

The file is read once, when this module is first imported: the lists are constants the
stages (and `loaders/acts.py`, through `loaders.mentions`) compare tokens with, as the
literal sets they replace were. The unions at the bottom are spelled out in code so that
each word is listed once in the file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, StrictStr, ValidationError

from app import ROOT
from app.core.errors import SchemaError

WORDS_PATH = ROOT / "loaders" / "mention_words.yaml"


def _one_token(word: str) -> str:
    if not word or any(c.isspace() for c in word):
        raise ValueError(f"{word!r} is not one word")
    return word


def _lower_case(word: str) -> str:
    if word != word.lower():
        raise ValueError(f"{word!r} is compared with lower-case tokens: write it in lower case")
    return word


def _capital_first(word: str) -> str:
    if not word[:1].isupper():
        raise ValueError(f"{word!r} is compared with capitalised tokens: write it capitalised")
    return word


def _listed_once(words: object) -> object:
    if isinstance(words, list):
        repeated = sorted({str(w) for w in words if words.count(w) > 1})
        if repeated:
            raise ValueError(f"listed more than once: {', '.join(repeated)}")
    return words


_Word = Annotated[StrictStr, AfterValidator(_one_token)]
_LowerWord = Annotated[_Word, AfterValidator(_lower_case)]
Lower = Annotated[frozenset[_LowerWord], BeforeValidator(_listed_once)]
Capitalised = Annotated[
    frozenset[Annotated[_Word, AfterValidator(_capital_first)]], BeforeValidator(_listed_once)
]


class MentionWords(BaseModel):
    """The whole file: each key a list of words (see the file's comments for what each is)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    private_titles: Lower
    title_words: Lower
    relations: Lower
    person_preps: Lower
    passive_aux: Lower
    speech_verbs: Lower
    not_names: Capitalised
    name_joiners: Lower
    particles: Lower
    regnal: Capitalised
    hyphen_suffixes: Lower
    place_heads: Capitalised
    agency_heads: Capitalised
    org_heads: Capitalised
    outlet_heads: Capitalised
    outlet_starts: Capitalised
    outlet_cues: Lower
    org_cues: Lower
    group_nouns: Lower
    demonym_groups: Lower
    armed_nouns: Lower
    count_nouns: Lower
    quantifiers: Lower
    hedges: Lower
    state_institutions: Lower
    state_heads: Lower
    unnamed_officials: Lower
    possessive_heads: Lower
    bare_institutions: Lower
    anaphors: dict[_LowerWord, Capitalised]
    determiners: Lower
    prepositions: Lower


def parse_words(raw: object, path: Path = WORDS_PATH) -> MentionWords:
    """Validate a raw mapping; SchemaError names the file and the key at fault."""
    try:
        return MentionWords.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise SchemaError(f"{path}: {where}: {first['msg']}") from None


@cache
def load_words(path: Path = WORDS_PATH) -> MentionWords:
    """Read and validate the word file, once per path."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SchemaError(f"{path}: cannot read the mention words: {exc}") from exc
    return parse_words(raw, path)


_WORDS = load_words()

PRIVATE_TITLES = _WORDS.private_titles
TITLE_WORDS = _WORDS.title_words | PRIVATE_TITLES
RELATIONS = _WORDS.relations
PERSON_PREPS = _WORDS.person_preps
PASSIVE_AUX = _WORDS.passive_aux
SPEECH_VERBS = _WORDS.speech_verbs
NOT_NAMES = _WORDS.not_names
NAME_JOINERS = _WORDS.name_joiners
PARTICLES = _WORDS.particles
REGNAL = _WORDS.regnal
HYPHEN_SUFFIXES = _WORDS.hyphen_suffixes
PLACE_HEADS = _WORDS.place_heads
AGENCY_HEADS = _WORDS.agency_heads
ORG_HEADS = _WORDS.org_heads
OUTLET_HEADS = _WORDS.outlet_heads
OUTLET_STARTS = _WORDS.outlet_starts
OUTLET_CUES = _WORDS.outlet_cues
ORG_CUES = _WORDS.org_cues
GROUP_NOUNS = _WORDS.group_nouns
DEMONYM_GROUPS = _WORDS.demonym_groups
ARMED_NOUNS = _WORDS.armed_nouns
COUNT_NOUNS = _WORDS.count_nouns
QUANTIFIERS = _WORDS.quantifiers
HEDGES = _WORDS.hedges
STATE_INSTITUTIONS = _WORDS.state_institutions
STATE_HEADS = _WORDS.state_heads | STATE_INSTITUTIONS
UNNAMED_OFFICIALS = _WORDS.unnamed_officials
POSSESSIVE_HEADS = _WORDS.possessive_heads | STATE_INSTITUTIONS
BARE_INSTITUTIONS = _WORDS.bare_institutions
ANAPHORS = _WORDS.anaphors
DETERMINERS = _WORDS.determiners
PREPOSITIONS = _WORDS.prepositions

INSTITUTION_HEADS = AGENCY_HEADS | ORG_HEADS
NAME_HEADS = AGENCY_HEADS | ORG_HEADS | OUTLET_HEADS
# Words before ", Name" that make the name a person: "the Russian chargé d'affaires, Lenar
# Salimullin", "the bloc's envoy, Kaja Kallas".
APPOSED = TITLE_WORDS | UNNAMED_OFFICIALS | {"d'affaires"}
# Lower-case words that may follow a name that is an object, not modify a noun after it.
AFTER_A_NAME = PREPOSITIONS | {"and", "or", "as", "which", "who", "that"}
