"""The spaCy pipeline the loaders share: blank English and sentences; lookup lemmas on demand.

No statistical model is needed or downloaded: the lemma tables come from the
`spacy-lookups-data` package. A user with an installed model may pass its name; the
extraction patterns only read token text, lemmas and sentence starts, so they work with
either.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.lookups import Table, load_lookups

from app.core.errors import InputError


def build_nlp(model: str | None = None) -> Language:
    """A pipeline that splits sentences and assigns lemmas; `model` if one is installed."""
    if model:
        try:
            nlp = spacy.load(model, exclude=["ner"])
        except OSError as exc:
            raise InputError(f"spaCy model {model!r} is not installed: {exc}") from exc
    else:
        # Lemmas are looked up only for the words the patterns ask about (`lemma_of`):
        # a lemmatizer over every token would cost more than the rest of the extraction.
        nlp = spacy.blank("en")
    if not nlp.has_pipe("sentencizer") and not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
        nlp.add_pipe("sentencizer", first=True)
    return nlp


@cache
def _lemma_table() -> Table:
    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


@cache
def lemma_of(lower: str) -> str:
    """The lookup lemma of a lower-case word (spacy-lookups-data), or the word itself."""
    found = _lemma_table().get(lower)
    return str(found) if found else lower
