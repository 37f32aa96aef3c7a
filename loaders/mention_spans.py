"""Mentions as spans of an article's tokens: the records every mention stage makes and
reads, and the token tests they share."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.store.models import ActorRecord
from loaders.actors import Catalogue
from loaders.mention_words import DETERMINERS, PREPOSITIONS, TITLE_WORDS
from loaders.nlp import Tokens, TokSpan


@dataclass(slots=True)
class Mention:
    """An actor named in a sentence, by token offsets into the article's Tokens."""

    actor_id: str
    kind: str
    start: int
    end: int
    text: str
    weak: bool = False  # a demonym phrase or group: used only when no name fills the slot
    oblique: bool = False  # inside a prepositional or possessive phrase: not a subject


@dataclass(frozen=True, slots=True)
class PersonCues:
    """Lemmas next to which an unknown capitalised name is a person (the lexicon's `people`)."""

    objects: frozenset[str] = frozenset()  # after them, or before their passive
    subjects: frozenset[str] = frozenset()  # before them, at a sentence's start
    organisations: frozenset[str] = frozenset()  # a one-word name after them is an organisation


@dataclass
class ArticleContext:
    """What earlier sentences of the same article established."""

    new_actors: dict[str, ActorRecord] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)  # surname → person id
    recent: list[Mention] = field(default_factory=list)
    state_counts: dict[str, int] = field(default_factory=dict)  # state id → times named, first named first
    sentences: int = 0

    def salient_state(self) -> str | None:
        """The state the article has named most so far (the first of equals)."""
        counts = self.state_counts
        return max(counts, key=counts.__getitem__) if counts else None


def filter_spans(spans: list[TokSpan]) -> list[TokSpan]:
    """The longest spans first, then left to right, without overlaps (as spaCy's filter_spans)."""
    if len(spans) < 2:
        return list(spans)
    taken: set[int] = set()
    kept: list[TokSpan] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not any(i in taken for i in range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def title_start(doc: Tokens, start: int, lo: int) -> int:
    """Where the title words right before `start` begin ("Polish [Foreign Minister] X"), not
    before `lo`; `start` itself when there are none."""
    j = start
    while j > lo and doc.lower[j - 1] in TITLE_WORDS:
        j -= 1
    return j


def past_roles(doc: Tokens, catalogue: Catalogue, start: int, stop: int) -> int:
    """The first token from `start` (at most `stop`) that is neither a title word nor part
    of a demonym: where a name begins after "North Korean Foreign Minister"."""
    k = start
    while k < stop:
        if doc.lower[k] in TITLE_WORDS:
            k += 1
        elif (demonym := catalogue.demonym_at(doc.words, k, stop)) is not None:
            k = demonym[0]
        else:
            break
    return k


def is_oblique(doc: Tokens, m: Mention, sent: TokSpan) -> bool:
    """Inside a prepositional or possessive phrase, or an attribution: not a subject."""
    words, lower = doc.words, doc.lower
    j = m.start - 1
    while j >= sent.start and (
        lower[j] in DETERMINERS
        or (
            words[j].islower()
            and lower[j] not in PREPOSITIONS
            and lower[j] not in {"and", ","}
            and j >= m.start - 2
        )
    ):
        j -= 1
    prev = lower[j] if j >= sent.start else ""
    after = words[m.end] if m.end < sent.end else ""
    return prev in PREPOSITIONS or after in {"’s", "'s", "’", "'"}


def capitalised(text: str) -> bool:
    """A capitalised word ("Aliyev", "McDonald"), or one of two or more characters in capitals ("US")."""
    if text[:1].isupper():
        rest = text[1:]
        # `rest.islower()` settles the common case; it is False for "cDonald" too, hence the scan.
        if rest.islower() or any(c.islower() for c in rest):
            return True
    return text.isupper() and len(text) > 1


def acronym(word: str) -> bool:
    """An agency's initials inside a demonym phrase: "Belarusian KGB officers"."""
    return word.isupper() and word.isalpha() and 2 <= len(word) <= 5


def adjectival(follows: str) -> bool:
    """Whether "state" before this word is an adjective ("state channel", "state-run"), not a noun."""
    return follows == "-" or (follows.isalpha() and follows.islower() and follows not in {"and", "or"})
