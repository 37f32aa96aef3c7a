"""Groups a sentence names by counting or describing them: "over 50 Azerbaijanis",
"hundreds of civilians", "Russian spies" (a token Matcher built once from the catalogue's
demonyms), and "Houthi rebels" (a name no other stage took, before an armed noun)."""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.language import Language
from spacy.matcher import Matcher

from app.core.names import slug
from loaders.actors import Catalogue
from loaders.mention_spans import Mention, capitalised, filter_spans
from loaders.mention_words import (
    ARMED_NOUNS,
    COUNT_NOUNS,
    DEMONYM_GROUPS,
    GROUP_NOUNS,
    HEDGES,
    NOT_NAMES,
    QUANTIFIERS,
)
from loaders.nlp import Tokens, TokSpan, within


class GroupFinder:
    """Counted and armed groups, as weak mentions of new Group actors."""

    def __init__(self, nlp: Language, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        # Every group pattern ends in one of these words (as a token, any case).
        self._group_words = {
            w.lower() for w in [*GROUP_NOUNS, *(d.split()[-1] for d in catalogue.demonyms if d.endswith("s"))]
        }
        self.matcher = Matcher(nlp.vocab)
        number = {"LIKE_NUM": True}
        quant = {"LOWER": {"IN": sorted(QUANTIFIERS)}, "OP": "*"}
        modifier = {
            "IS_LOWER": True,
            "LOWER": {"NOT_IN": [*sorted(GROUP_NOUNS), "of", "and", "who", "were", "had"]},
            "OP": "?",
        }
        # A demonym of several words ("North Korean") is its leading words, then its last.
        compounds = [d.split() for d in catalogue.demonyms if " " in d]
        lead = {"ORTH": {"IN": sorted({w for c in compounds for w in c[:-1]})}, "OP": "*"}
        singles = sorted({d.split()[-1] for d in catalogue.demonyms})
        # A state's acronym modifies a group as a demonym does: "seven US defence companies".
        acronyms = sorted(
            n
            for n, i in catalogue.names.items()
            if n.isupper() and 2 <= len(n) <= 4 and catalogue.by_id[i].kind == "State"
        )
        # So does a movement's one-word name: "more than 200 Taliban fighters".
        movements = sorted(
            n
            for n, i in catalogue.names.items()
            if " " not in n and n[:1].isupper() and catalogue.by_id[i].kind == "Organization"
        )
        demonym = {"ORTH": {"IN": singles + acronyms + movements}, "OP": "?"}
        noun = {"LOWER": {"IN": sorted(GROUP_NOUNS)}}
        plural_demonyms = sorted(w for w in singles if w.endswith("s"))
        # What follows the count: "[Russian] [detained] [senior] diplomats [staff]".
        counted: list[dict[str, Any]] = [
            lead,
            demonym,
            modifier,
            modifier,
            noun,
            {"LOWER": {"IN": ["members", "staff"]}, "OP": "?"},
        ]
        self.matcher.add(
            "GROUP",
            [
                [quant, number, *counted],
                # "five senior Georgian officials": a modifier before the demonym
                [quant, number, modifier, lead, {"ORTH": {"IN": singles + acronyms}}, modifier, noun],
                # "nine Ukrainian prisoners of war"
                [quant, number, *counted, {"LOWER": "of"}, {"LOWER": "war"}],
                [quant, number, modifier, lead, {"ORTH": {"IN": plural_demonyms}}],  # "10 detained Americans"
                # "hundreds of civilians", "dozens of Azerbaijani nationals": counted in words.
                [{"LOWER": {"IN": sorted(COUNT_NOUNS)}}, {"LOWER": "of"}, *counted],
                [
                    {"LOWER": {"IN": sorted(HEDGES)}, "OP": "?"},
                    lead,
                    {"ORTH": {"IN": singles}},
                    {"LOWER": {"IN": sorted(DEMONYM_GROUPS)}},
                ],
            ],
            greedy="LONGEST",
        )

    def matches(self, doc: Tokens, sent: TokSpan) -> list[tuple[int, int]]:
        """Counted-group matches in one sentence, as (start, end) into the Tokens.

        The token Matcher is slow, so it runs only on sentences where a pattern can match:
        a group word with a number up to four tokens before it ("50 Azerbaijanis", "eight
        Russian citizens", "over 50 detained Azerbaijani nationals", "hundreds of civilians"),
        or a demonym just before it ("Russian spies").
        """
        group_words = sent.where("group-words", "lower", self._group_words)
        if not group_words:
            return []
        like_num = doc.memo(
            "like-num",
            lambda: sorted(
                np.flatnonzero(doc.spacy.to_array("LIKE_NUM")).tolist()
                + doc.where("count-nouns", "lower", COUNT_NOUNS)
            ),
        )
        demonym_before = self.catalogue.demonym_before
        if not any(
            within(like_num, max(sent.start, q - 4), q) or demonym_before(doc.words, q, sent.start)
            for q in group_words
        ):
            return []
        lower = doc.lower
        return [
            # "locked up 238 migrants": "up" counts only in "up to".
            (start + 1 if lower[start] == "up" and lower[start + 1] != "to" else start, end)
            for start, end in (
                (sent.start + s, sent.start + e) for _, s, e in self.matcher(doc.spacy[sent.start : sent.end])
            )
        ]

    def counted(self, doc: Tokens, matches: list[tuple[int, int]], taken: set[int]) -> list[Mention]:
        """The counted groups of `matches` outside `taken`, longest first, without a leading
        "of", "a", "to", "total" or "at" (but "at least"), their ids without hedges."""
        spans = [doc[s:e] for s, e in matches]
        found = []
        for span in filter_spans(spans):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            while len(span) > 1 and (
                span[0].lower_ in {"of", "a", "to", "total"}
                or (span[0].lower_ == "at" and span[1].lower_ != "least")
            ):
                span = span[1:]  # "fired at two vessels": "at" counts only in "at least"
            words = [w for w in span.lower if w not in HEDGES]
            found.append(
                Mention(
                    actor_id="group-" + slug(" ".join(words)),
                    kind="Group",
                    start=span.start,
                    end=span.end,
                    text=span.text,
                    weak=True,
                )
            )
        return found

    def armed(self, doc: Tokens, sent: TokSpan, taken: set[int]) -> list[Mention]:
        """ "Houthi rebels", "Kurdish militants": a capitalised word no stage took, before an armed noun."""
        found = []
        words = doc.words
        for j in sent.where("armed-nouns", "lower", ARMED_NOUNS):
            i = j - 1
            if (
                i < sent.start
                or i in taken
                or j in taken
                or not capitalised(words[i])
                or words[i] in NOT_NAMES
                or self.catalogue.demonym_before(words, j, sent.start) is not None
            ):
                continue
            text = f"{words[i]} {words[j]}"
            found.append(Mention(actor_id="group-" + slug(text), kind="Group", start=i, end=j + 1, text=text))
        return found
