"""Phrases that stand for an actor without naming it: a demonym phrase for its state
("Azerbaijani authorities", "Russian strikes", "a Russian diplomat"), "police" or
"authorities" alone for the state the article is about, and "the country", "the agency"
for the latest actor of that kind."""

from __future__ import annotations

from loaders.actors import Catalogue
from loaders.mention_spans import ArticleContext, Mention, acronym, adjectival, capitalised
from loaders.mention_words import ANAPHORS, BARE_INSTITUTIONS, STATE_HEADS, UNNAMED_OFFICIALS
from loaders.nlp import Tokens, TokSpan, within


class StatePhrases:
    """The stages that read a state (or an earlier actor) into a phrase, as weak mentions."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def demonym_phrases(self, doc: Tokens, sent: TokSpan, taken: set[int]) -> list[Mention]:
        """ "Azerbaijani authorities", "North Korean troops", "a Russian diplomat": the state."""
        words, lower = doc.words, doc.lower
        found = []
        coordinated: list[tuple[int, int, str]] = []  # "[Polish] and Dutch jets": waits for its head
        for i in within(
            doc.where("demonym-starts", "words", self.catalogue.demonym_starts), sent.start, sent.end - 1
        ):
            demonym = self.catalogue.demonym_at(words, i, sent.end)
            if i in taken or demonym is None or (i > sent.start and lower[i - 1] == "pro"):
                continue
            first, state = demonym
            if lower[first] in {"and", "or"} and self.catalogue.demonym_at(words, first + 1, sent.end):
                coordinated.append((i, first, state))
                continue
            j = first
            while (
                j < sent.end
                and j - first <= 2
                and (words[j].islower() or _model(words[j]) or acronym(words[j]))
                and lower[j] not in STATE_HEADS
                and lower[j] not in UNNAMED_OFFICIALS
            ):
                j += 1
            if j >= sent.end or not self._state_head(doc, sent, i, j):
                continue
            if j + 1 < sent.end and lower[j + 1] in STATE_HEADS and words[j + 1].islower():
                j += 1  # "Chinese coast guard vessels": the phrase ends at its last head
            found.append(
                Mention(
                    actor_id=state,
                    kind=self.catalogue.by_id[state].kind,  # "Houthi fighters": a movement's adjective
                    start=i,
                    end=j + 1,
                    text=doc[i : j + 1].text,
                    weak=True,
                )
            )
        heads = {m.start for m in found}
        found += [
            Mention(
                actor_id=state,
                kind=self.catalogue.by_id[state].kind,
                start=i,
                end=first,
                text=doc[i:first].text,
                weak=True,
            )
            for i, first, state in coordinated
            if first + 1 in heads
        ]
        return found

    @staticmethod
    def _state_head(doc: Tokens, sent: TokSpan, start: int, j: int) -> bool:
        """Whether `doc[j]` ends a phrase that stands for the state: "Russian state" but not
        "Russian state channel"; an official only when unnamed, after "a" or "the"."""
        head = doc.lower[j]
        follows = doc.words[j + 1] if j + 1 < sent.end else ""
        if head == "state":
            return not adjectival(follows)

        if head in UNNAMED_OFFICIALS:
            return (
                start > sent.start
                and doc.lower[start - 1] in {"a", "an", "the", "another"}
                and not capitalised(follows)
            )
        return head in STATE_HEADS

    def bare_institutions(
        self, doc: Tokens, sent: TokSpan, taken: set[int], context: ArticleContext
    ) -> list[Mention]:
        """ "police", "authorities" with no country named: those of the state the article is about."""
        found: list[Mention] = []
        state = context.salient_state()
        if state is None:
            return found
        lower = doc.lower
        for i in sent.where("bare-institutions", "lower", BARE_INSTITUTIONS):
            word = lower[i]
            if i in taken:
                continue
            prev = doc[i - 1] if i > sent.start else None
            if prev is not None and (
                prev.text in self.catalogue.demonyms
                or (prev.is_title and prev.lower_ != "the" and i - 1 != sent.start)
            ):
                continue
            if word == "police":
                names = [f"{d} police" for d in self.catalogue.by_id[state].demonyms]
                actor_id = next((self.catalogue.names[n] for n in names if n in self.catalogue.names), None)
                if actor_id is None:
                    continue
                found.append(
                    Mention(
                        actor_id=actor_id,
                        kind=self.catalogue.by_id[actor_id].kind,
                        start=i,
                        end=i + 1,
                        text=doc.words[i],
                        weak=True,
                    )
                )
            else:
                found.append(
                    Mention(actor_id=state, kind="State", start=i, end=i + 1, text=doc.words[i], weak=True)
                )
        return found

    def anaphors(
        self, doc: Tokens, sent: TokSpan, mentions: list[Mention], context: ArticleContext
    ) -> list[Mention]:
        """ "the country", "the agency": the latest actor of that kind named before."""
        found = []
        lower = doc.lower
        for noun in within(doc.where("anaphors", "lower", ANAPHORS), sent.start + 1, sent.end):
            i = noun - 1
            if lower[i] != "the":
                continue
            kinds = ANAPHORS[lower[i + 1]]
            if (
                not kinds
                or (i + 2 < sent.end and doc.words[i + 2].istitle())
                or (
                    i + 3 < sent.end
                    and doc.lower[i + 2] in {"of", "for", "on"}
                    and doc.words[i + 3].istitle()
                )
            ):
                continue
            here = [m for m in mentions if m.kind in kinds and not m.weak and m.end <= i]
            earlier = [m for m in context.recent if m.kind in kinds and not m.weak and not m.oblique]
            if here:
                m = here[-1]
            elif earlier and doc.lower[i + 1] == "country":
                # "the country" without a state in the sentence: the article's most named state.
                counts: dict[str, int] = {}
                for e in earlier:
                    counts[e.actor_id] = counts.get(e.actor_id, 0) + 1
                m = max(reversed(earlier), key=lambda e: counts[e.actor_id])
            elif earlier:
                m = earlier[-1]
            else:
                continue
            found.append(
                Mention(
                    actor_id=m.actor_id, kind=m.kind, start=i, end=i + 2, text=doc[i : i + 2].text, weak=True
                )
            )
        return found


def _model(word: str) -> bool:
    """A type designation inside a phrase ("Su-34", "S-400"): a hyphen or a word with a digit."""
    return word == "-" or any(c.isdigit() for c in word)
