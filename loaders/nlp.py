"""The spaCy pipeline the loaders share: blank English and sentences; lookup lemmas on demand.

No statistical model is needed or downloaded: the lemma tables come from the
`spacy-lookups-data` package. A user with an installed model may pass its name; the
extraction patterns only read token text, lemmas and sentence starts, so they work with
either.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator
from functools import cache
from typing import overload

import numpy as np
import spacy
from spacy.language import Language
from spacy.lookups import Table, load_lookups
from spacy.tokens import Doc

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


class _Lemmas(dict[str, str]):
    """Lower-case word → its lookup lemma, each word looked up on its first use."""

    def __missing__(self, lower: str) -> str:
        found = _lemma_table().get(lower)
        lemma = self[lower] = str(found) if found else lower
        return lemma


_LEMMAS = _Lemmas()


def lemma_of(lower: str) -> str:
    """The lookup lemma of a lower-case word (spacy-lookups-data), or the word itself."""
    return _LEMMAS[lower]


class Tok:
    """The attributes the stages read of one token, made on first use from the Tokens lists."""

    __slots__ = ("i", "idx", "is_digit", "is_lower", "is_title", "lemma_", "lower_", "text")

    def __init__(self, i: int, idx: int, text: str, lower: str, lemma: str) -> None:
        self.i = i
        self.idx = idx
        self.text = text
        self.lower_ = lower
        self.lemma_ = lemma
        # spaCy's own definitions of these flags (spacy.lang.lex_attrs).
        self.is_title = text.istitle()
        self.is_lower = text.islower()
        self.is_digit = text.isdigit()


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
        doc = self.doc
        return doc.text[doc.idx[self.start] : doc.idx[self.end - 1] + len(doc.words[self.end - 1])]

    @property
    def start_char(self) -> int:
        """Character offset of the first token in the text."""
        return self.doc.idx[self.start] if self.end > self.start else 0

    @property
    def lower(self) -> list[str]:
        """The lower-case forms of the span's tokens."""
        return self.doc.lower[self.start : self.end]

    def where(self, name: str, attr: str, vocab: Collection[str]) -> list[int]:
        """Indices of the span's tokens whose `attr` is in `vocab` (see `Tokens.where`)."""
        return within(self.doc.where(name, attr, vocab), self.start, self.end)

    def __len__(self) -> int:
        return max(0, self.end - self.start)

    def __iter__(self) -> Iterator[Tok]:
        doc = self.doc
        return (doc[i] for i in range(self.start, self.end))

    @overload
    def __getitem__(self, key: int) -> Tok: ...
    @overload
    def __getitem__(self, key: slice) -> TokSpan: ...
    def __getitem__(self, key: int | slice) -> Tok | TokSpan:
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self))
            return TokSpan(self.doc, self.start + start, self.start + max(start, stop))
        return self.doc[self.start + key if key >= 0 else self.end + key]


class Tokens:
    """A text's tokens as parallel lists (`words`, `lower`, `lemma`, `idx`), and the spaCy
    Doc they came from (for matchers). Lemmas are the model's where it has a lemmatizer,
    else looked up (`lemma_of`).

    The lists are read straight from the Doc's arrays; per-token objects (`doc[i]`) are made
    only for the tokens a stage looks at, since building a Python object per token cost
    more than the rest of the extraction.
    """

    __slots__ = ("_memo", "_toks", "idx", "lemma", "lower", "spacy", "text", "words")

    def __init__(self, doc: Doc, text: str) -> None:
        self.spacy = doc
        self.text = text  # the string the Doc was made from; `Doc.text` would rebuild it
        array = doc.to_array(["IDX", "LENGTH"])
        self.idx: list[int] = array[:, 0].tolist()
        self.words: list[str] = [text[s : s + n] for s, n in zip(self.idx, array[:, 1].tolist(), strict=True)]
        self.lower: list[str] = [w.lower() for w in self.words]
        if doc.has_annotation("LEMMA"):
            self.lemma = [t.lemma_.lower() or lemma_of(w) for t, w in zip(doc, self.lower, strict=True)]
        else:
            lemmas = _LEMMAS  # a dict read, not a call, per token
            self.lemma = [lemmas[w] for w in self.lower]
        self._toks: list[Tok | None] = [None] * len(self.words)
        self._memo: dict[str, list[int]] = {}

    def where(self, name: str, attr: str, vocab: Collection[str]) -> list[int]:
        """Indices of the tokens whose `attr` ("words", "lower" or "lemma") is in `vocab`, found
        in one pass over the text and kept under `name`: a stage then visits only those tokens of
        each sentence (`within`) instead of testing every token of every sentence."""
        return self.memo(name, lambda: [i for i, w in enumerate(getattr(self, attr)) if w in vocab])

    def memo(self, name: str, compute: Callable[[], list[int]]) -> list[int]:
        """Token indices `compute` finds over the whole text, computed once per `name`."""
        found = self._memo.get(name)
        if found is None:
            found = self._memo[name] = compute()
        return found

    def __len__(self) -> int:
        return len(self.words)

    @overload
    def __getitem__(self, key: int) -> Tok: ...
    @overload
    def __getitem__(self, key: slice) -> TokSpan: ...
    def __getitem__(self, key: int | slice) -> Tok | TokSpan:
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self.words))
            return TokSpan(self, start, max(start, stop))
        tok = self._toks[key]
        if tok is None:
            i = key if key >= 0 else len(self.words) + key
            tok = self._toks[i] = Tok(i, self.idx[i], self.words[i], self.lower[i], self.lemma[i])
        return tok

    def sents(self) -> list[TokSpan]:
        """Sentences as the pipeline's sentencizer (or parser) marked them, also ended at
        every paragraph break (a blank line) and at every line that ends without a full stop
        (a headline or subhead run on by the next line), without the whitespace tokens around
        them. A text whose lines mostly end mid-sentence is hard-wrapped: its single line
        breaks are not cut.

        Found from the Doc's arrays: the text is cut at every sentence start and every
        blank line, and each piece keeps its first to its last non-space token.
        """
        doc, words = self.spacy, self.words
        if not words:
            return []
        space = doc.to_array("IS_SPACE").astype(bool)
        breaks = [i for i in np.flatnonzero(space).tolist() if "\n" in words[i]]
        cuts_at = [i for i in breaks if "\n\n" in words[i]]
        run_on = [i for i in breaks if i > 0 and words[i - 1][-1:] not in _SENTENCE_END]
        if len(run_on) * 2 <= len(breaks) or len(breaks) < 5:  # not hard-wrapped
            cuts_at += [i for i in run_on if i + 1 < len(words) and words[i + 1][:1].isupper()]
        starts = np.flatnonzero(doc.to_array("SENT_START") == 1)
        cuts = np.union1d(starts, [0, *cuts_at]).astype(np.int64)
        ends = np.append(cuts[1:], len(words))
        solid = np.flatnonzero(~space)
        first = np.searchsorted(solid, cuts)  # the piece's first non-space token, as an index into `solid`
        last = np.searchsorted(solid, ends) - 1
        keep = first <= last
        return [
            TokSpan(self, start, end + 1)
            for start, end in zip(solid[first[keep]].tolist(), solid[last[keep]].tolist(), strict=True)
        ]


_SENTENCE_END = set(".!?:;\"'”’)»")


def within(positions: list[int], start: int, end: int) -> list[int]:
    """The sorted `positions` that fall in `start:end`."""
    return positions[bisect_left(positions, start) : bisect_left(positions, end)]
