"""The spaCy pipeline the loaders share: blank English, sentences and lookup lemmas.

No statistical model is needed or downloaded: the lemma tables come from the
`spacy-lookups-data` package. A user with an installed model may pass its name; the
extraction patterns only read token text, lemmas and sentence starts, so they work with
either.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from app.core.errors import InputError


def build_nlp(model: str | None = None) -> Language:
    """A pipeline that splits sentences and assigns lemmas; `model` if one is installed."""
    if model:
        try:
            nlp = spacy.load(model, exclude=["ner"])
        except OSError as exc:
            raise InputError(f"spaCy model {model!r} is not installed: {exc}") from exc
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    if not nlp.has_pipe("sentencizer") and not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
        nlp.add_pipe("sentencizer", first=True)
    return nlp
