"""One sentence as the mention stages read it, for their tests."""

from __future__ import annotations

from loaders.nlp import Tokens, TokSpan
from loaders.pipeline import Extractor


def one_sentence(extractor: Extractor, text: str) -> tuple[Tokens, TokSpan]:
    """`text` tokenised by the extractor's pipeline, and its only sentence."""
    doc = Tokens(extractor.nlp(text), text)
    (sent,) = doc.sents()
    return doc, sent
