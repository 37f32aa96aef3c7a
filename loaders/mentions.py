"""Actor mentions in a sentence: MentionFinder runs the stages below in order of precedence
where spans overlap, each skipping the tokens earlier ones took.

1. Catalogue names and aliases, the longest where matches overlap (`mention_catalogue`).
2. Names not in the catalogue, of the kind their words and surroundings give them
   ("Russian Deputy Prime Minister X", "X, chief editor of Y", "... Ministry", "news
   outlet X"), and surnames of people named earlier in the article (`mention_new_names`,
   `mention_kinds`).
3. Counted and armed groups: "over 50 Azerbaijanis", "Kurdish militants" (`mention_groups`).
4. Demonym phrases that stand for a state ("Azerbaijani authorities", "Russian strikes"),
   bare "police" or "authorities" for the state the article names most, and anaphors
   ("the country", "the agency") (`mention_states`).

The records the stages share and their span tests are in `mention_spans`; the word lists
in `mention_words.yaml`.
"""

from __future__ import annotations

from spacy.language import Language

from app.store.models import ActorRecord
from loaders.actors import Catalogue
from loaders.mention_catalogue import CatalogueNames
from loaders.mention_groups import GroupFinder
from loaders.mention_kinds import NameKinds
from loaders.mention_new_names import NewNames
from loaders.mention_spans import (
    ArticleContext,
    Mention,
    PersonCues,
    filter_spans,
    is_oblique,
    past_roles,
    title_start,
)
from loaders.mention_states import StatePhrases
from loaders.mention_words import (
    ARMED_NOUNS,
    DETERMINERS,
    PREPOSITIONS,
    PRIVATE_TITLES,
    SPEECH_VERBS,
    TITLE_WORDS,
    UNNAMED_OFFICIALS,
)
from loaders.nlp import Tokens, TokSpan

# What other modules import from here: the finder, its records and span tests, and the
# word lists they share with it.
__all__ = [
    "ARMED_NOUNS",
    "DETERMINERS",
    "PREPOSITIONS",
    "PRIVATE_TITLES",
    "SPEECH_VERBS",
    "TITLE_WORDS",
    "UNNAMED_OFFICIALS",
    "ArticleContext",
    "Mention",
    "MentionFinder",
    "PersonCues",
    "filter_spans",
    "is_oblique",
    "past_roles",
    "title_start",
]


class MentionFinder:
    """Finds actor mentions with matchers built once from the catalogue."""

    def __init__(self, nlp: Language, catalogue: Catalogue, people: PersonCues | None = None) -> None:
        self.catalogue = catalogue
        self.names = CatalogueNames(nlp, catalogue)
        self.new_names = NewNames(catalogue, NameKinds(catalogue, people or PersonCues()))
        self.groups = GroupFinder(nlp, catalogue)
        self.states = StatePhrases(catalogue)
        self._records: dict[str, ActorRecord] = {}

    def find(self, doc: Tokens, sent: TokSpan, context: ArticleContext) -> list[Mention]:
        """Mentions in `sent`, left to right, non-overlapping."""
        groups = self.groups.matches(doc, sent)
        names, modifiers = self.names.find(doc, sent, groups)
        mentions: list[Mention] = []
        taken: set[int] = set()  # the tokens of the mentions so far: each later stage skips them

        def add(found: list[Mention]) -> None:
            mentions.extend(found)
            taken.update({i for m in found for i in range(m.start, m.end)})

        add(names)
        add(self.new_names.find(doc, sent, taken, context))
        add(self.groups.counted(doc, groups, taken))
        add(self.groups.armed(doc, sent, taken))
        add(self.states.demonym_phrases(doc, sent, taken))
        mentions += self.states.bare_institutions(doc, sent, taken, context)
        mentions += self.states.anaphors(doc, sent, mentions + modifiers, context)
        mentions.sort(key=lambda m: m.start)
        for m in mentions:
            m.oblique = is_oblique(doc, m, sent)
        for m in mentions:
            if not m.weak:
                context.recent.append(m)
                if m.kind == "State":
                    context.state_counts[m.actor_id] = context.state_counts.get(m.actor_id, 0) + 1
        return mentions

    def new_actor(self, actor_id: str, context: ArticleContext, text: str) -> ActorRecord:
        """The record for a mention's actor: curated, new in this article, or a group."""
        if actor_id in self.catalogue.by_id:
            if actor_id not in self._records:
                self._records[actor_id] = self.catalogue.by_id[actor_id].record()
            return self._records[actor_id]  # shared: callers copy before changing a record
        if actor_id in context.new_actors:
            return context.new_actors[actor_id]
        return ActorRecord(id=actor_id, name=text, kind="Group", curated=False)
