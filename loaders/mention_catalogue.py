"""Catalogue names and aliases in a sentence, found by a PhraseMatcher built once from the
catalogue, the longest where matches overlap.

A match is dropped, and its words left to the later stages, where it is part of another
name: a first name of someone else before a catalogued surname ("Vagif Aliyev"), an
outlet's name around a state's ("The Moscow Times"), a counted group around a state's
acronym ("seven US defence companies"). A match that modifies the noun after it
("anti-Baku", "Baku-Moscow ties") names no actor but can be referred back to.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.matcher import PhraseMatcher

from loaders.actors import Catalogue
from loaders.mention_spans import Mention, acronym, adjectival, capitalised, filter_spans
from loaders.mention_words import (
    NOT_NAMES,
    OUTLET_HEADS,
    OUTLET_STARTS,
    POSSESSIVE_HEADS,
    STATE_INSTITUTIONS,
    TITLE_WORDS,
)
from loaders.nlp import Tokens, TokSpan


class CatalogueNames:
    """Mentions of catalogue actors by their names and aliases."""

    def __init__(self, nlp: Language, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.strings = nlp.vocab.strings
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_id: dict[str, list[str]] = {}
        for name, actor_id in catalogue.names.items():
            by_id.setdefault(actor_id, []).append(name)
        for actor_id, names in by_id.items():
            self.matcher.add(actor_id, [nlp.make_doc(n) for n in names])
        self._cached_doc: object = None
        self._cached: tuple[list[tuple[int, int, int]], list[int]] = ([], [])

    def find(
        self, doc: Tokens, sent: TokSpan, groups: list[tuple[int, int]]
    ) -> tuple[list[Mention], list[Mention]]:
        """The catalogue names in `sent` that stand for their actor (with a possessive phrase
        they head, "Moldova's intelligence service"), and those that modify the noun after
        them, which only anaphors read; none inside one of the counted `groups`."""
        strong: list[TokSpan] = []
        kinds: dict[tuple[int, int], tuple[str, str]] = {}
        matches, starts = self._matches(doc)
        for k in range(bisect_left(starts, sent.start), len(matches)):
            match_id, start, end = matches[k]
            if start >= sent.end:
                break
            if end > sent.end:
                continue
            span = TokSpan(doc, start, end)
            actor_id = self.strings[match_id]
            strong.append(span)
            kinds[(span.start, span.end)] = (actor_id, self.catalogue.by_id[actor_id].kind)
        # "anti-Baku", "Baku-Moscow ties", "Russian state channel X": a modifier, not the actor;
        # nor is a state's acronym inside a counted group ("seven [US] defence companies").
        spans = [
            s
            for s in filter_spans(strong)
            if not self._namesake(doc, s, kinds, sent)
            and not any(g < s.start and s.end < e for g, e in groups)
            and not _outlet_named_after(doc, s, kinds, sent)
        ]
        named = [s for s in spans if not _modifier(doc, s, sent)]
        modifiers = [s for s in spans if _modifier(doc, s, sent)]
        return (
            [_possessive(doc, sent, self._named(doc, sent, s, kinds), self.catalogue) for s in named],
            [self._named(doc, sent, s, kinds) for s in modifiers],
        )

    def _named(
        self, doc: Tokens, sent: TokSpan, span: TokSpan, kinds: dict[tuple[int, int], tuple[str, str]]
    ) -> Mention:
        """The mention of a matched name's actor; a city's is weak."""
        actor_id, kind = kinds[(span.start, span.end)]
        # A city is where an act happens: its state fills a slot only if no name does
        # ("shot down an Azerbaijani aircraft near Grozny"), and it names no state for
        # later sentences to refer back to.
        text = span.text
        place = text in self.catalogue.places
        end = span.end
        if end < sent.end and doc.lower[end] in STATE_INSTITUTIONS and kind == "State" and acronym(text):
            end += 1  # "US forces struck": the state's forces, as "American forces"
            text = doc[span.start : end].text
        return Mention(actor_id=actor_id, kind=kind, start=span.start, end=end, text=text, weak=place)

    def _namesake(
        self, doc: Tokens, span: TokSpan, kinds: dict[tuple[int, int], tuple[str, str]], sent: TokSpan
    ) -> bool:
        """A catalogued person's surname after a first name of someone else ("Vagif Aliyev" is
        not Ilham Aliyev): the match is dropped, and the whole name is read as a new one."""
        if (
            span.end - span.start != 1
            or kinds[(span.start, span.end)][1] != "Person"
            or span.start == sent.start
        ):
            return False
        first = doc.words[span.start - 1]
        return (
            capitalised(first)
            and first not in NOT_NAMES
            and doc.lower[span.start - 1] not in TITLE_WORDS
            and first not in self.catalogue.demonyms
            and first not in self.catalogue.names
        )

    def _matches(self, doc: Tokens) -> tuple[list[tuple[int, int, int]], list[int]]:
        """Catalogue name matches over the whole text by start, and their starts; computed
        once per Tokens, so each sentence takes the matches inside it."""
        if self._cached_doc is not doc.spacy:
            self._cached_doc = doc.spacy
            matches = sorted(self.matcher(doc.spacy), key=lambda m: m[1])  # stable: same-start order kept
            self._cached = (matches, [m[1] for m in matches])
        return self._cached


def _outlet_named_after(
    doc: Tokens, span: TokSpan, kinds: dict[tuple[int, int], tuple[str, str]], sent: TokSpan
) -> bool:
    """A state's or capital's name that begins an outlet's ("The Moscow Times", "Kyiv Post")
    or follows an outlet's first word ("Radio France Internationale"): the match is dropped,
    and the whole name is read as a new outlet."""
    return (
        span.end - span.start == 1
        and kinds[(span.start, span.end)][1] == "State"
        and (
            (span.end < sent.end and doc.words[span.end] in OUTLET_HEADS)
            or (span.start > sent.start and doc.words[span.start - 1] in OUTLET_STARTS)
        )
    )


def _possessive(doc: Tokens, sent: TokSpan, m: Mention, catalogue: Catalogue) -> Mention:
    """A state followed by "'s" and an institution ("Moldova's intelligence service",
    "Venezuela's government"): the mention covers the phrase, which stands for the state,
    or for the catalogue's agency of that name in capitals ("Russia's foreign ministry" is
    "Russia's Foreign Ministry")."""
    if m.kind != "State" or m.end + 2 >= sent.end or doc.words[m.end] not in {"’s", "'s"}:
        return m
    j = m.end + 1
    while j < sent.end and j - m.end <= 3 and doc.words[j].islower():
        if doc.lower[j] in POSSESSIVE_HEADS:
            if j + 1 < sent.end and capitalised(doc.words[j + 1]):
                return m  # "Russia's ambassador Mikhail Yevdokimov": a title
            text = doc[m.start : j + 1].text
            words = " ".join(w.capitalize() for w in doc.words[m.end + 1 : j + 1])
            agency = catalogue.names.get(f"{doc.words[m.start]}'s {words}") if m.end - m.start == 1 else None
            if agency is not None:
                return Mention(
                    actor_id=agency, kind=catalogue.by_id[agency].kind, start=m.start, end=j + 1, text=text
                )
            return Mention(actor_id=m.actor_id, kind=m.kind, start=m.start, end=j + 1, text=text)
        j += 1
    return m


def _modifier(doc: Tokens, span: TokSpan, sent: TokSpan) -> bool:
    """A name in a compound ("anti-Baku", "Baku-Moscow ties") or ending in an adjectival
    "state" ("Russian state channel X"): it modifies the noun after it."""
    if span.start - 1 >= sent.start and doc.words[span.start - 1] == "-":
        return True
    if span.end >= sent.end:
        return False
    after = doc.words[span.end]
    return after == "-" or (doc.lower[span.end - 1] == "state" and adjectival(after))
