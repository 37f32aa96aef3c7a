"""The spaCy pipeline the loaders share: blank English and sentences; lookup lemmas on demand.

No statistical model is needed or downloaded: the lemma tables come from the
`spacy-lookups-data` package. A user with an installed model may pass its name; the
extraction patterns only read token text, lemmas and sentence starts, so they work with
either.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import overload

import spacy
from spacy.language import Language
from spacy.lookups import Table, load_lookups
from spacy.tokens import Doc, Token

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


class Tok:
    """The token attributes the stages read, copied once from spaCy: list access is cheap,
    while every `Doc[i]` builds a new Token object (the extraction's main cost before)."""

    __slots__ = ("i", "idx", "is_digit", "is_lower", "is_title", "lemma_", "lower_", "text")

    def __init__(self, tok: Token) -> None:
        self.text: str = tok.text
        self.lower_: str = tok.lower_
        self.lemma_: str = tok.lemma_
        self.is_title: bool = tok.is_title
        self.is_lower: bool = tok.is_lower
        self.is_digit: bool = tok.is_digit
        self.i: int = tok.i
        self.idx: int = tok.idx


class TokSpan:
    """A run of tokens `start:end` of a `Tokens`, like a spaCy Span."""

    __slots__ = ("doc", "end", "start")

    def __init__(self, doc: Tokens, start: int, end: int) -> None:
        self.doc, self.start, self.end = doc, start, end

    @property
    def text(self) -> str:
        """The text the tokens cover, inner whitespace included."""
        if self.end <= self.start:
            return ""
        first, last = self.doc.tokens[self.start], self.doc.tokens[self.end - 1]
        return self.doc.text[first.idx : last.idx + len(last.text)]

    @property
    def start_char(self) -> int:
        """Character offset of the first token in the paragraph."""
        return self.doc.tokens[self.start].idx if self.end > self.start else 0

    def __len__(self) -> int:
        return max(0, self.end - self.start)

    def __iter__(self) -> Iterator[Tok]:
        return iter(self.doc.tokens[self.start : self.end])

    @overload
    def __getitem__(self, key: int) -> Tok: ...
    @overload
    def __getitem__(self, key: slice) -> TokSpan: ...
    def __getitem__(self, key: int | slice) -> Tok | TokSpan:
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self))
            return TokSpan(self.doc, self.start + start, self.start + max(start, stop))
        return self.doc.tokens[self.start + key if key >= 0 else self.end + key]


class Tokens:
    """A paragraph's tokens as plain objects, and the spaCy Doc they came from (for matchers)."""

    __slots__ = ("spacy", "text", "tokens")

    def __init__(self, doc: Doc, text: str) -> None:
        self.spacy = doc
        self.text = text  # the string the Doc was made from; `Doc.text` would rebuild it
        self.tokens = [Tok(t) for t in doc]

    def __len__(self) -> int:
        return len(self.tokens)

    @overload
    def __getitem__(self, key: int) -> Tok: ...
    @overload
    def __getitem__(self, key: slice) -> TokSpan: ...
    def __getitem__(self, key: int | slice) -> Tok | TokSpan:
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self.tokens))
            return TokSpan(self, start, max(start, stop))
        return self.tokens[key]

    def sents(self) -> list[TokSpan]:
        """Sentences as the pipeline's sentencizer (or parser) marked them."""
        return [TokSpan(self, s.start, s.end) for s in self.spacy.sents]
