"""Names the catalogue does not know: runs of capitalised words, read as new actors.

A run is cut at the first word no name holds; demonyms and titles at its front are the
role, not the name ("Georgian Foreign Minister X"). A run whose kind nothing says is no
actor, unless the article named it before (a new actor, or a person's surname). An
institution belongs to the state whose possessive or demonym stands before it ("Russia's
Investigative Committee", "the Russian Defence Ministry"), with one id for the word orders
and spellings reporting uses; an agency with no state named is the catalogue's agency of
that name of the state the article names most, if it has one.
"""

from __future__ import annotations

from app.core.names import slug
from app.store.models import ActorRecord
from loaders.actors import Catalogue, CatalogueEntry
from loaders.mention_kinds import NameKinds
from loaders.mention_spans import ArticleContext, Mention, capitalised, past_roles, title_start
from loaders.mention_words import (
    HYPHEN_SUFFIXES,
    INSTITUTION_HEADS,
    NAME_HEADS,
    NAME_JOINERS,
    NOT_NAMES,
    OUTLET_CUES,
    PARTICLES,
)
from loaders.nlp import Tokens, TokSpan, within


class NewNames:
    """New names of a sentence, as mentions of new actors (or of people named before)."""

    def __init__(self, catalogue: Catalogue, kinds: NameKinds) -> None:
        self.catalogue = catalogue
        self.kinds = kinds

    def find(self, doc: Tokens, sent: TokSpan, taken: set[int], context: ArticleContext) -> list[Mention]:
        """New names in `sent` outside `taken`, and surnames of people named earlier in the
        article; each new actor is added to `context` (one record for its spellings)."""
        found: list[Mention] = []
        for start, end in self._name_runs(doc, sent, taken):
            # Demonyms and title words at the front of the run ("Georgian Foreign Minister X",
            # "North Korean leader X") are the role.
            if doc.words[end - 1] not in NAME_HEADS:
                start = past_roles(doc, self.catalogue, start, end - 1)
            if start >= end:
                continue
            span = TokSpan(doc, start, end)
            kind = self.kinds.kind_of(doc, span, sent)
            if kind is None and slug(span.text) in context.new_actors:
                kind = context.new_actors[slug(span.text)].kind
            if kind is None:
                if end - start == 1 and span.text in context.surnames:
                    person = context.surnames[span.text]
                    found.append(
                        Mention(actor_id=person, kind="Person", start=start, end=end, text=span.text)
                    )
                continue
            actor_id = self.catalogue.lookup(span.text, {kind})
            if actor_id is None and kind == "Agency":
                actor_id = self._national(span.text, context)
            if actor_id is None:
                # New actors get the slug of their name; build_batch unifies spelling variants.
                # An institution named after a state's possessive is that state's: "Russia's
                # Investigative Committee" is not Kazakhstan's.
                owner = self._possessor(doc, start, sent) if kind in {"Agency", "Organization"} else None
                name = span.text
                if owner is None and kind == "Agency":
                    # "the Russian Defence Ministry", "Russian Ministry of Defence": the demonym
                    # names the state, so all three spellings are one agency of Russia.
                    owner, name = self._demonym_owner(doc, span, sent)
                actor_id = f"{owner.id}-{_institution_slug(name)}" if owner else slug(name)
                country = owner.country if owner else None
                if kind == "Person":
                    country = self._nationality(doc, start, sent)
                record = context.new_actors.setdefault(
                    actor_id,
                    ActorRecord(id=actor_id, name=span.text, kind=kind, curated=False, country=country),
                )
                if span.text != record.name and span.text not in record.aliases:
                    # "Russian Defence Ministry" after "Russia's Defence Ministry": one agency.
                    record.aliases.append(span.text)
                if kind == "Person":
                    context.surnames[doc.words[end - 1]] = actor_id
            found.append(
                Mention(
                    actor_id=actor_id,
                    kind=self.catalogue.by_id[actor_id].kind if actor_id in self.catalogue.by_id else kind,
                    start=start,
                    end=end,
                    text=span.text,
                )
            )
        return found

    def _name_runs(self, doc: Tokens, sent: TokSpan, taken: set[int]) -> list[tuple[int, int]]:
        """Maximal runs of capitalised tokens (with inner "of"/"for"/"the"/"and") outside `taken`."""
        words, lower = doc.words, doc.lower
        runs: list[tuple[int, int]] = []
        end = sent.start
        name_like = doc.memo(
            "name-like",
            lambda: [
                i
                for i, w in enumerate(words)
                if (w[:1].isupper() or w.isupper()) and w not in NOT_NAMES and capitalised(w)
            ],
        )
        for i in within(name_like, sent.start, sent.end):
            if i < end or i in taken:
                continue
            # An outlet's name after "website", "channel"... may hold "of" ("Voice of Europe").
            titled = i > sent.start and lower[i - 1] in OUTLET_CUES
            j = i + 1
            while j < sent.end and j not in taken:
                nxt = words[j]
                if _particle(doc, j, sent, taken):
                    j += 2 if words[j + 1] == "-" else 1  # "el-": the hyphen joins too
                elif nxt == "-" and j - 1 > i and _name_syllable(doc, j, sent):
                    j += 2  # "Lai Ching-te", "Kim Jong-un": a given name's lower-case syllable
                elif (
                    (capitalised(nxt) and nxt not in NOT_NAMES)
                    or (nxt == "-" and _hyphenated(doc, j, sent) and (j + 1) not in taken)
                    or (
                        lower[j] in NAME_JOINERS
                        and j + 1 < sent.end
                        and capitalised(words[j + 1])
                        and (j + 1) not in taken
                        and (titled or any(words[k] in INSTITUTION_HEADS for k in range(i, j + 2)))
                    )
                ):
                    j += 1
                else:
                    break
            while j > i and lower[j - 1] in NAME_JOINERS:
                j -= 1
            runs.append((i, j))
            end = j
        return runs

    def _nationality(self, doc: Tokens, start: int, sent: TokSpan) -> str | None:
        """The country code of the demonym before a person's titles ("Russian journalist X",
        "Polish Foreign Minister X"), if any."""
        j = title_start(doc, start, sent.start)
        demonym = self.catalogue.demonym_before(doc.words, j, sent.start) if j < start else None
        return self.catalogue.by_id[demonym[1]].country if demonym else None

    def _demonym_owner(self, doc: Tokens, span: TokSpan, sent: TokSpan) -> tuple[CatalogueEntry | None, str]:
        """The State whose demonym opens an agency's name or stands right before it, and the
        name without it: "Russian Defence Ministry" → Russia, "Defence Ministry"."""
        inside = self.catalogue.demonym_at(doc.words, span.start, span.end)
        if inside is not None and inside[0] < span.end:
            return self.catalogue.by_id[inside[1]], TokSpan(doc, inside[0], span.end).text
        before = self.catalogue.demonym_before(doc.words, span.start, sent.start)
        if before is not None:
            return self.catalogue.by_id[before[1]], span.text
        return None, span.text

    def _possessor(self, doc: Tokens, start: int, sent: TokSpan) -> CatalogueEntry | None:
        """The State whose "'s" stands right before `start` ("South Korea's ..."), if any."""
        if start - 2 < sent.start or doc.words[start - 1] not in {"’s", "'s"}:
            return None
        for n in (1, 2, 3):
            if start - 1 - n < sent.start:
                break
            found = self.catalogue.names.get(" ".join(doc.words[start - 1 - n : start - 1]))
            if found is not None and self.catalogue.by_id[found].kind == "State":
                return self.catalogue.by_id[found]
        return None

    def _national(self, name: str, context: ArticleContext) -> str | None:
        """ "the Ministry of Foreign Affairs" in an article about a state: that state's ministry."""
        state = context.salient_state()
        if state is None:
            return None
        entry = self.catalogue.by_id[state]
        bare = name[4:] if name.lower().startswith("the ") else name
        for owner in [*entry.demonyms, f"{entry.name}'s"]:
            found = self.catalogue.names.get(f"{owner} {bare}")
            if found:
                return found
        return None


def _institution_slug(name: str) -> str:
    """The id part of a state's institution, one for the word orders and spellings reporting
    uses: "Ministry of Defence", "Defence Ministry" and "Defense Ministry" agree."""
    words = name.split()
    if len(words) > 2 and words[0] == "Ministry" and words[1] == "of":
        words = [*words[2:], "Ministry"]
    return slug(" ".join(words)).replace("defense", "defence")


def _particle(doc: Tokens, j: int, sent: TokSpan, taken: set[int]) -> bool:
    """Whether `doc[j]` is a particle between two parts of one name (a hyphen may follow it)."""
    if doc.words[j] not in PARTICLES:
        return False
    k = j + 2 if j + 2 < sent.end and doc.words[j + 1] == "-" else j + 1
    return k < sent.end and k not in taken and capitalised(doc.words[k]) and doc.words[k] not in NOT_NAMES


def _hyphenated(doc: Tokens, j: int, sent: TokSpan) -> bool:
    """A hyphen inside one capitalised word: "El-Fattah", not "Baku - Moscow"."""
    return (
        sent.start < j < sent.end - 1
        and capitalised(doc.words[j + 1])
        and doc.idx[j] == doc.idx[j - 1] + len(doc.words[j - 1])
        and doc.idx[j + 1] == doc.idx[j] + 1
    )


def _name_syllable(doc: Tokens, j: int, sent: TokSpan) -> bool:
    """A lower-case syllable hyphenated to the last word of a name of two or more ("Lai
    Ching-te"); not a word that makes the name a modifier ("a Viktor Orban-led government")."""
    if j + 1 >= sent.end:
        return False
    syllable = doc.words[j + 1]
    return (
        syllable.isalpha()
        and syllable.islower()
        and len(syllable) <= 5
        and not syllable.endswith("ed")
        and syllable not in HYPHEN_SUFFIXES
        and doc.idx[j] == doc.idx[j - 1] + len(doc.words[j - 1])
        and doc.idx[j + 1] == doc.idx[j] + 1
    )
