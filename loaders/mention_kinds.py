"""What kind of actor a name no catalogue knows is, from its own words and its surroundings.

An institution, organisation or outlet by its head word ("... Ministry", "... Bank", "...
Times") or the noun before it ("news outlet X", "French company Y"); a person by a title,
relation or honorific before it, an apposition or speech verb after it, or a slot the
lexicon keeps for people ("detained X", "the release of X", "X was detained").
"""

from __future__ import annotations

from loaders.actors import Catalogue
from loaders.mention_spans import PersonCues, capitalised
from loaders.mention_words import (
    AFTER_A_NAME,
    AGENCY_HEADS,
    APPOSED,
    NAME_HEADS,
    ORG_CUES,
    ORG_HEADS,
    OUTLET_CUES,
    OUTLET_HEADS,
    OUTLET_STARTS,
    PARTICLES,
    PASSIVE_AUX,
    PERSON_PREPS,
    PLACE_HEADS,
    REGNAL,
    RELATIONS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from loaders.nlp import Tokens, TokSpan


class NameKinds:
    """The kind of a new name, read with the catalogue and the lexicon's person cues."""

    def __init__(self, catalogue: Catalogue, people: PersonCues) -> None:
        self.catalogue = catalogue
        self.people = people

    def kind_of(self, doc: Tokens, span: TokSpan, sent: TokSpan) -> str | None:
        """The kind a new name's surroundings give it, or None if they say nothing."""
        words = doc.words[span.start : span.end]
        if len(words) == 1 and words[0] in NAME_HEADS:
            return None  # a bare "Office" or "Center" names nothing
        if words[-1] in AGENCY_HEADS or words[0] in {"Ministry", "Committee", "Office", "Embassy"}:
            return "Agency"
        if words[-1] in ORG_HEADS:
            return "Organization"
        if (words[-1] in OUTLET_HEADS or words[0] in OUTLET_STARTS) and len(words) > 1:
            return "Outlet"
        before = doc[span.start - 1] if span.start > sent.start else None
        after = doc[span.end] if span.end < sent.end else None
        if before is not None and before.lower_ in OUTLET_CUES and len(words) <= 3:
            return "Outlet"
        if before is not None and before.lower_ in ORG_CUES and len(words) <= 3:
            return "Organization"
        if words[-1] in PLACE_HEADS:
            return None
        parts = [  # "Lai Ching-te": a hyphenated lower-case syllable is part of the word before
            w
            for k, w in enumerate(words)
            if w != "-"
            and w not in PARTICLES
            and not (k and words[k - 1] == "-" and w.islower())
            and not (k and k == len(words) - 1 and w in REGNAL)  # "Karekin II"
        ]
        regnal = len(words) > 1 and words[-1] in REGNAL
        if len(parts) == 1 and not regnal and self._organisation_slot(doc, span, sent):
            return "Organization"
        if not 2 <= len(parts) + regnal <= 4 or not all(w[:1].isupper() and w[1:].islower() for w in parts):
            return None
        plural_title = (
            before is not None and before.lower_.endswith("s") and doc.lemma[span.start - 1] in TITLE_WORDS
        )
        # "the Japanese ambassador to China Kenji Kanasugi": a title, "to", a state, the name
        posted = (
            span.start - 3 >= sent.start
            and doc.lower[span.start - 2] == "to"
            and doc.lower[span.start - 3] in TITLE_WORDS
            and self.catalogue.lookup(doc.words[span.start - 1], {"State"}) is not None
        )
        if before is not None and (
            before.lower_ in TITLE_WORDS
            or posted
            or plural_title  # "Israeli ministers X and Y"
            or before.lower_ in RELATIONS
            or (before.text == "," and span.start - 2 >= sent.start and doc.lower[span.start - 2] in APPOSED)
            or before.text in {"Mr", "Ms", "Mrs", "Dr"}
        ):
            return "Person"
        if after is not None and after.text == "," and span.end + 1 < sent.end:
            nxt = doc[span.end + 1]
            if nxt.lower_ in TITLE_WORDS | {"the", "a", "an"} and not _speaker_clause(
                doc, span.end + 1, sent
            ):
                return "Person"
        if after is not None and (
            after.lower_ in SPEECH_VERBS
            or (
                after.text in {"’s", "'s"}
                and span.end + 1 < sent.end
                and doc.lower[span.end + 1] in {"comments", "statement"}
            )
        ):
            return "Person"
        return "Person" if self._person_slot(doc, span, sent) else None

    def _organisation_slot(self, doc: Tokens, span: TokSpan, sent: TokSpan) -> bool:
        """A one-word name right after a lexicon word that takes companies and bodies, or in a
        list right after one: "sanctioned Rosneft", "banned Lukoil and Surgutneftegas"."""
        word = doc.words[span.start]
        nxt = doc.words[span.end] if span.end < sent.end else "."
        if word in self.catalogue.demonyms or (nxt.isalpha() and nxt.islower() and nxt not in AFTER_A_NAME):
            return False  # "banned Russian state channel X", "banned LGBT propaganda": a modifier
        k = span.start - 1
        while k > sent.start and (doc.lower[k] in {",", "and"} or capitalised(doc.words[k])):
            k -= 1
        return k >= sent.start and doc.words[k].islower() and doc.lemma[k] in self.people.organisations

    def _person_before(self, doc: Tokens, end: int, sent: TokSpan) -> bool:
        """Whether a person's name ends right before `end`."""
        first = end
        while first > sent.start and (capitalised(doc.words[first - 1]) or doc.words[first - 1] == "-"):
            first -= 1
        if first == end:
            return False
        previous = TokSpan(doc, first, end)
        known = self.catalogue.names.get(previous.text)
        if known is not None:
            return self.catalogue.by_id[known].kind == "Person"
        return self.kind_of(doc, previous, sent) == "Person"

    def _person_slot(self, doc: Tokens, span: TokSpan, sent: TokSpan) -> bool:
        """An untitled name where the lexicon expects a person: "detained Calin Georgescu",
        "the release of Evan Gershkovich", "Ruben Vardanyan was detained", and at a
        sentence's start "Milorad Dodik accused ..." ("On Monday, Milorad Dodik accused ...")."""
        words, lower, lemma = doc.words, doc.lower, doc.lemma
        start, end = span.start, span.end
        if end + 1 < sent.end and lower[end] in TITLE_WORDS and capitalised(words[end + 1]):
            return False  # "detained Crimean Tatar activist Nariman Dzhelyal": the words qualify the title
        before = start - 1
        if (
            before > sent.start
            and lower[before] == ","
            and "and" in lower[before + 1 : min(sent.end, before + 8)]
            and self._person_before(doc, before, sent)
        ):
            # A list goes on after a person ("freed A, [B] and C"); not an apposition ("X, a
            # senior official").
            return True
        if before > sent.start and lower[before] in {"and", "or"}:
            # The second of two names is what the first is: "detained X and Y", "Israeli
            # ministers Itamar Ben-Gvir and Bezalel Smotrich", "Ilham Aliyev and X".
            return self._person_before(doc, before, sent)
        if before >= sent.start and lower[before] in PERSON_PREPS:
            before -= 1
        # The cue is a lowercase word: a title-case headline ("Baku Detains Kremlin Critic") is no slot.
        if before >= sent.start and words[before].islower() and lemma[before] in self.people.objects:
            return True
        after = end
        while after < sent.end and lower[after] in PASSIVE_AUX:
            after += 1
        if after >= sent.end or not words[after].islower():
            return False
        if after > end:
            return lemma[after] in self.people.objects
        # The subject opens the sentence, or follows its first comma ("On Monday, X accused").
        opens = start == sent.start or (lower[start - 1] == "," and "," not in lower[sent.start : start - 1])
        return opens and lemma[after] in self.people.subjects


def _speaker_clause(doc: Tokens, start: int, sent: TokSpan) -> bool:
    """Whether the words from `start` are who said the sentence ("..., the Pentagon said"),
    not an apposition that describes the name before the comma."""
    for k in range(start, min(sent.end, start + 6)):
        if doc.lower[k] in SPEECH_VERBS:
            return True
        if doc.lower[k] in {",", ";", "."}:
            return False
    return False
