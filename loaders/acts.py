"""Acts a sentence reports: cue words per act type, read in active, passive and nominal form.

Without a parser, roles come from word order and function words: the source of an
active or nominal cue is the nearest actor before it in the same clause that is not
inside a prepositional or possessive phrase, or the "by" agent, or a demonym right
before a nominal cue ("Russian strikes"); the target is the first actor after it (after
one of the type's prepositions for nominal cues). An agentless passive takes its source
from the type's marker ("barred from entering X", "summoned to X"), else from the latest
act of the same type in the article. Negated cues report nothing; hedged ones are
`alleged`; a denial is a DENIED act, and an act inside what it denies ("denied that X had…",
"rejected claims that…") is `denied`, never `reported`.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml
from pydantic import BaseModel, Field

from app import ROOT
from app.core.schema import GraphSchema
from app.store.models import Status
from loaders.actors import Catalogue
from loaders.mentions import (
    ARMED_NOUNS,
    DETERMINERS,
    PREPOSITIONS,
    SPEECH_VERBS,
    TITLE_WORDS,
    UNNAMED_OFFICIALS,
    ArticleContext,
    Mention,
    PersonCues,
    past_roles,
)
from loaders.nlp import Tokens, TokSpan, within

LEXICON_PATH = ROOT / "loaders" / "lexicon.yaml"

_BE = {"be", "is", "are", "was", "were", "been", "being", "get", "got"}
_BOUNDARY = {
    ";",
    "—",
    "–",
    "which",
    "who",
    "whom",
    "while",
    "whereas",
    "that",
    "but",
    "because",
    "(",
    ")",
    "although",
    "though",
    "where",
    "when",
    "if",
    ":",
}
_AUXILIARIES = {
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "did",
    "does",
    "do",
    "also",
    "then",
    "later",
    "reportedly",
    "allegedly",
    "quickly",
    "recently",
    "previously",
    "once",
    "formally",
    "officially",
    "long",
    "already",
    "further",
    "openly",
    "effectively",
    "initially",
    "first",
}
_IRREGULAR_PARTICIPLES = {
    "shut",
    "hit",
    "cut",
    "put",
    "set",
    "let",
    "held",
    "shot",
    "struck",
    "bound",
    "brought",
    "caught",
    "fought",
    "sought",
    "thrown",
    "known",
    "shown",
    "freed",
    "barred",
}
_LIST_WORDS = {",", "and", "including", "as", "well", "the", "a", "an", "project", "both", "opposition"}
_NEGATIONS = {"not", "n't", "never", "no", "refuse", "refused", "fail", "failed", "without", "nor"}
_HEDGE_ADVERBS = {"allegedly", "reportedly", "purportedly", "supposedly", "apparently"}
_HEDGE_VERBS = {"claim", "claimed", "claims", "allege", "alleged", "suspect", "suspected", "rumour", "rumor"}
_DENIAL_VERBS = {"deny", "reject", "dismiss", "refute", "rebuff", "denied", "rejected", "dismissed"}
_CLAIM_NOUNS = {
    "allegation",
    "allegations",
    "charge",
    "charges",
    "accusation",
    "accusations",
    "claim",
    "claims",
    "report",
    "reports",
    "responsibility",
    "involvement",
}
_ACCUSING = {
    "ACCUSED",
    "DETAINED",
    "BANNED",
    "CLOSED",
    "SANCTIONED",
    "SUMMONED",
    "EXPELLED",
    "ATTACKED",
    "KILLED",
    "INVESTIGATED",
}
_MONEY = re.compile(
    r"(?:\$|USD\s?)\s?(\d+(?:[.,]\d+)?)\s*(million|billion|thousand)?|"
    r"(\d+(?:[.,]\d+)?)\s*(million|billion|thousand)?\s*(?:USD|US dollars|dollars)",
    re.I,
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# Words after which a verb cue is a noun: "in charge of", "the charges", "its brand".
_NOUN_MARKERS = DETERMINERS | {"in", "this"}
# ...and after which a word that is both verb and noun cue is read as the noun ("the ban", "of aid").
_NOUN_BEFORE = _NOUN_MARKERS | {"of", "for", "that"}
_DENIAL_LEMMAS = {"deny", "reject", "refute", "dismiss", "call"}
# Boundaries that end a clause to the right of a word (brackets do not).
_CLAUSE_END = _BOUNDARY - {"(", ")"}
# What may stand between a form of "be" and a participle ("was not formally").
_BEFORE_PARTICIPLE = _AUXILIARIES - _BE - {"has", "have", "had"} | {"not"}


class ActPattern(BaseModel):
    """One act type's cues, as read from the lexicon file."""

    verbs: set[str] = Field(default_factory=set)
    weak_verbs: set[str] = Field(default_factory=set)
    needs: set[str] = Field(default_factory=set)
    nouns: set[str] = Field(default_factory=set)
    phrases: list[str] = Field(default_factory=list)
    preps: set[str] = Field(default_factory=set)
    passive_source: set[str] = Field(default_factory=set)
    symmetric: bool = False
    people: set[str] = Field(default_factory=set)
    organisations: set[str] = Field(default_factory=set)
    state_after: set[str] = Field(default_factory=set)
    destinations: set[str] = Field(default_factory=set)
    that_clause: bool = False
    phrase_needs: set[str] = Field(default_factory=set)
    receivers: set[str] = Field(default_factory=set)


class Lexicon(BaseModel):
    """Cue patterns of every act type the schema declares."""

    types: dict[str, ActPattern]

    @classmethod
    def load(cls, schema: GraphSchema, path: Path = LEXICON_PATH) -> Lexicon:
        """Read the lexicon; every type must be one the schema declares."""
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        for name in raw:
            schema.relation(name)
        return cls(types={name: ActPattern.model_validate(spec) for name, spec in raw.items()})

    @cached_property
    def words(self) -> frozenset[str]:
        """Every lemma or word any cue starts with, for a quick "could this sentence report an act?"."""
        words: set[str] = set()
        for pattern in self.types.values():
            words |= (
                pattern.verbs
                | pattern.weak_verbs
                | pattern.receivers
                | pattern.nouns
                | {p.split()[0] for p in pattern.phrases}
            )
        return frozenset(words | _DENIAL_VERBS | _DENIAL_LEMMAS)

    def person_cues(self, schema: GraphSchema) -> PersonCues:
        """Where an unknown name is a person: next to any type's `people` lemmas; before them
        at a sentence's start only where the type's source may be a person."""
        return PersonCues(
            organisations=frozenset(w for p in self.types.values() for w in p.organisations),
            objects=frozenset(w for p in self.types.values() for w in p.people),
            subjects=frozenset(
                w
                for name, p in self.types.items()
                if "Person" in schema.relation(name).source
                for w in p.people
            ),
        )

    @cached_property
    def phrase_index(self) -> dict[str, list[tuple[str, list[str]]]]:
        """First lemma of each multi-word cue → (type, lemmas), the phrases that need a word
        nearby (`phrase_needs`) first, so that they win over the same phrase without one."""
        index: dict[str, list[tuple[str, list[str]]]] = {}
        for name, pattern in sorted(self.types.items(), key=lambda kv: not kv[1].phrase_needs):
            for phrase in pattern.phrases:
                words = phrase.split()
                index.setdefault(words[0], []).append((name, words))
        return index


@dataclass(slots=True)
class ActMention:
    """One act a sentence reports between two actors."""

    type: str
    source: str
    target: str
    status: Status = "reported"
    asserted_by: list[str] = field(default_factory=list)
    cue: int = 0  # token index of the cue, for dates and amounts
    sentence: int = 0  # the sentence's index in its article
    source_kind: str = ""
    amount_usd: float | None = None
    pattern: str | None = None  # the rule that read it: "KILLED:verb:subj>obj", "KILLED:verb:word-order"


@dataclass(slots=True)
class Cue:
    """A cue word (or phrase) found in a sentence."""

    type: str
    start: int
    end: int
    form: str  # verb | noun
    received: bool = False  # the subject received the act: "Ukraine received jets from Denmark"


def find_cues(sent: TokSpan, lexicon: Lexicon) -> list[Cue]:
    """Every cue in the sentence, verbs and phrases before nouns of the same token."""
    cues: list[Cue] = []
    doc = sent.doc
    lemmas, lowers = doc.lemma, doc.lower
    words = lexicon.words
    end = sent.start
    candidates = doc.memo(
        f"cues-{id(lexicon)}",
        lambda: [
            i
            for i, (lemma, lower) in enumerate(zip(lemmas, lowers, strict=True))
            if lemma in words or lower in words
        ],
    )
    for i in within(candidates, sent.start, sent.end):
        if i < end or (i + 1 < sent.end and lowers[i + 1] == "d'affaires"):
            continue  # "the Russian charge d'affaires" is a diplomat, not a charge
        lemma, lower = lemmas[i], lowers[i]
        matched = False
        for name, phrase in lexicon.phrase_index.get(lemma, []):
            found = _phrase_at(lemmas, i, phrase, sent.end)
            if found is None:
                continue
            needs = lexicon.types[name].phrase_needs
            if needs and needs.isdisjoint(lemmas[max(sent.start, i - 8) : min(sent.end, found[1] + 6)]):
                continue
            cues.append(Cue(type=name, start=i, end=found[0], form="verb"))
            matched = True
            end = found[1]
            break
        if not matched and i + 1 < sent.end and lemmas[i + 1] in _MODIFIED_HEADS:
            continue  # "an aid boat", "an arrest warrant", "attack helicopters": a modifier
        if not matched:
            for name, pattern in lexicon.types.items():
                if lemma in pattern.verbs or lower in pattern.verbs or lemma in pattern.weak_verbs:
                    if lemma in pattern.weak_verbs and not _needs_met(sent, i, pattern):
                        if (lemma in pattern.nouns or lower in pattern.nouns) and (
                            lowers[i - 1] in _CLAUSE_PREPOSITIONS or _noun_context(doc, i, sent)
                        ):
                            cues.append(
                                Cue(type=name, start=i, end=i + 1, form="noun")
                            )  # "after talks with X"
                        continue
                    noun_reading = (lemma in pattern.nouns or lower in pattern.nouns) and _noun_context(
                        doc, i, sent
                    )
                    if not noun_reading and i > sent.start and lowers[i - 1] in _NOUN_MARKERS:
                        continue  # "in charge of", "the charges", "the fund": a noun the type has no cue for
                    if (
                        not noun_reading
                        and lower == lemma
                        and i - 2 >= sent.start
                        and lowers[i - 1].endswith("ing")
                        and (lowers[i - 2] in {"a", "an", "the"} or doc.words[i - 2][:1].isupper())
                    ):
                        continue  # "a Russian landing ship": the head of a compound noun
                    if not noun_reading and i + 1 < sent.end and lemmas[i + 1] in _COMPOUND_HEADS:
                        continue  # "arms sales", "aid package": the first noun of a compound
                    if lower == "close" and i + 1 < sent.end and lemmas[i + 1] in _CLOSE_TIES:
                        continue  # "close ties with Turkey": an adjective
                    cues.append(Cue(type=name, start=i, end=i + 1, form="noun" if noun_reading else "verb"))
                elif lemma in pattern.nouns or lower in pattern.nouns:
                    cues.append(Cue(type=name, start=i, end=i + 1, form="noun"))
                elif lemma in pattern.receivers and _needs_met(sent, i, pattern):
                    cues.append(Cue(type=name, start=i, end=i + 1, form="verb", received=True))
    return cues


# Titles whose unnamed holder stands for the state that sends them.
_DIPLOMATS = UNNAMED_OFFICIALS | {"ambassador", "envoy", "diplomats"}

# Nouns that a cue word before them only modifies: "a Gaza-bound aid [boat]", "an arrest [warrant]".
_MODIFIED_HEADS = {
    "boat",
    "ship",
    "vessel",
    "flotilla",
    "convoy",
    "truck",
    "lorry",
    "flight",
    "worker",
    "agency",
    "organisation",
    "organization",
    "warrant",
    "helicopter",
    "submarine",
    "dog",
}

# Prepositions that take a clause's worth of noun: "after [talks] with X", "during [a call]".
_CLAUSE_PREPOSITIONS = {"after", "before", "during", "following", "amid"}

# Nouns after which "close" is an adjective: "close ties with Turkey", "a close ally".
_CLOSE_TIES = {
    "tie",
    "relation",
    "link",
    "ally",
    "partner",
    "cooperation",
    "contact",
    "friend",
    "coordination",
}

# Nouns after which a verb cue is the first noun of a compound: "over [arms] sales to Taiwan".
_COMPOUND_HEADS = {
    "sale",
    "deal",
    "export",
    "import",
    "trade",
    "embargo",
    "industry",
    "race",
    "control",
    "dealer",
}


# How many words a phrase's "*" stands for: "declared [three Russian diplomats] persona non grata".
_PHRASE_GAP = 8


def _phrase_at(lemmas: list[str], i: int, phrase: list[str], stop: int) -> tuple[int, int] | None:
    """Where `phrase` (lemmas, "*" for one to `_PHRASE_GAP` words) found at `i` ends: the end of
    its words before the gap (the cue, whose object is the gap) and the end of the whole phrase."""
    if "*" not in phrase:
        end = i + len(phrase)
        return (end, end) if lemmas[i : min(end, stop)] == phrase else None
    gap = phrase.index("*")
    head, tail = phrase[:gap], phrase[gap + 1 :]
    if lemmas[i : i + gap] != head:
        return None
    for k in range(i + gap + 1, min(stop - len(tail), i + gap + _PHRASE_GAP) + 1):
        if lemmas[k : k + len(tail)] == tail:
            return i + gap, k + len(tail)
    return None


# Endings of the adjectives that stand between an article and a nominal cue.
_ADJECTIVE_ENDINGS = ("ate", "al", "ous", "ive", "ful", "ent", "ant", "ic", "ary", "ble")


def _gerund(doc: Tokens, i: int, sent: TokSpan) -> bool:
    """An "-ing" form after "of" that takes an object of its own, as a verb does: "accused
    Russia of [attacking] Poland", not "the [killing] of X"."""
    word = doc.lower[i]
    return (
        word.endswith("ing")
        and word != doc.lemma[i]
        and doc.lower[i - 1] == "of"
        and i + 1 < sent.end
        and doc.lower[i + 1] not in {"of", ",", ".", "and", "in", "on"}
    )


def _provenance(doc: Tokens, m: Mention, pattern: ActPattern) -> bool:
    """Whether `m` is a demonym marking what an act moves, not a party to it: "[Iranian
    drones]", "[North Korean troops]" (a weak State mention whose head the type needs)."""
    return (
        m.weak
        and m.kind == "State"
        and (doc.lemma[m.end - 1] in pattern.needs or doc.lower[m.end - 1] in pattern.needs)
    )


def _participle_start(doc: Tokens, start: int, end: int) -> int:
    """Where a participle clause after a comma begins, or `end`: "struck a hospital[, killing
    two people]" (what the clause says is its own act, not the verb's object); "including"
    continues the object's list."""
    for j in range(start, end - 1):
        nxt = doc.lower[j + 1]
        if doc.words[j] == "," and nxt.endswith("ing") and nxt not in _NOT_PARTICIPLES:
            return j
    return end


def _reduced_relative(doc: Tokens, i: int, sent: TokSpan) -> bool:
    """A participle right after its noun with its agent after "by": "238 migrants [deported]
    by the United States", "a drone shot down by Ukraine" (no form of "be" before it)."""
    k = i + 1
    while k < sent.end and k - i <= 2 and doc.lower[k] in {"down", "up", "out"}:
        k += 1
    return (
        k + 1 < sent.end
        and doc.lower[k] == "by"
        and i > sent.start
        and doc.lower[i - 1] not in _BE | _BEFORE_PARTICIPLE | {"been", "has", "have", "had"}
        and not doc.lower[i - 1].endswith("ly")
        and (doc.words[k + 1][:1].isupper() or doc.lower[k + 1] in {"the", "a", "an"})
    )


# What may stand between a denial and the noun it denies: "denied [any] involvement".
_DENIED_DETERMINERS = {"the", "a", "an", "any", "all", "its", "their", "his", "her", "this", "that", "such"}

# Words that open a clause of time, beyond which a verb's object does not reach.
_TIME_CLAUSES = {"after", "before", "when", "while", "until"}

# Words that open a clause whose subject a participle or a verb after "and" may share.
_SUBORDINATORS = {"after", "before", "as", "since", "until", "once"}


def _unnamed_subject(doc: Tokens, i: int, sent: TokSpan) -> bool:
    """Whether the verb at `i` has a subject that names no actor, right after a word that
    opens a clause: "two weeks after [gunmen] killed 26 tourists", "when [unknown
    attackers] struck"."""
    k = _before_auxiliaries(doc, i, sent.start)
    j = k
    while j > sent.start and k - j < 3 and doc.words[j].isalpha() and doc.words[j].islower():
        if doc.lower[j] in _SUBORDINATORS | _TIME_CLAUSES:
            return j < k and doc.lower[k] not in DETERMINERS
        j -= 1
    return False


# Verbs that say something, as a speaker's second act after "and".
_SPEECH_ACTS = {"accuse", "blame", "condemn", "deny", "urge", "demand", "warn", "threaten", "call", "vow"}

# The kinds of actor an object pronoun may stand for.
_PRONOUN_KINDS = {
    "him": {"Person"},
    "her": {"Person"},
    "them": {"Group"},
    "it": {"State", "Agency", "Organization", "Outlet"},
}


def _pronoun_object(doc: Tokens, cue: Cue, sent: TokSpan) -> bool:
    """Whether a verb cue's object is a pronoun: "accusing [them] of", "deported [her] to";
    not the possessive of "arrested her husband"."""
    if cue.form != "verb" or cue.end + 1 >= sent.end or doc.lower[cue.end] not in _PRONOUN_KINDS:
        return False
    return not doc.words[cue.end + 1].isalpha() or doc.lower[cue.end + 1] in PREPOSITIONS


def _antecedent(
    doc: Tokens, cue: Cue, mentions: list[Mention], source: Mention, sent: TokSpan
) -> list[Mention]:
    """What a pronoun right after a verb cue stands for: the sentence's last actor of its kind
    before the cue, other than the act's source ("imposed sanctions on X, accusing [him] of
    ...", "stripped 135 prisoners of their citizenship and expelled [them]"); the forces of a
    state ("X said Y fired on [its troops]")."""
    if cue.form != "verb" or cue.end + 1 >= sent.end:
        return []
    word, after = doc.lower[cue.end], doc.lower[cue.end + 1]
    if word in _POSSESSIVE_PRONOUNS and after in _FORCES:
        kinds = {"State"}
    elif _pronoun_object(doc, cue, sent):
        kinds = _PRONOUN_KINDS[word]
    else:
        return []
    before = [m for m in mentions if m.end <= cue.start and m.kind in kinds and m.actor_id != source.actor_id]
    return before[-1:]


def _predicate_start(doc: Tokens, start: int, end: int) -> int:
    """Where a second predicate of the subject or a clause of time begins, or `end`: "fired
    on its troops [and accused] Caracas", "closed its border [after] gunmen killed 26
    tourists" (what follows is another verb's object, not this one's)."""
    for j in range(start + 1, end - 1):
        if doc.lower[j] in _TIME_CLAUSES:
            return j
        if doc.lower[j] == "and" and (_past_verb(doc, j + 1) or doc.words[j + 1] in SPEECH_VERBS):
            return j
    return end


_NOT_PARTICIPLES = {"including", "according", "during", "something", "nothing", "anything", "everything"}


def _before_auxiliaries(doc: Tokens, i: int, lo: int) -> int:
    """The word before the verb at `i` and the auxiliaries and adverbs in front of it ("X,
    [then] froze"), not before `lo`."""
    k = i - 1
    while k > lo and (doc.lower[k].endswith("ly") or doc.lower[k] in _AUXILIARIES):
        k -= 1
    return k


def _governed(doc: Tokens, start: int, target: int, preps: Collection[str]) -> bool:
    """Whether the words from `start` up to `target` leave it the object: none but determiners,
    or a preposition of the type right before it (determiners aside)."""
    k = target - 1
    while k >= start and doc.lower[k] in DETERMINERS:
        k -= 1
    return k < start or doc.lower[k] in preps


def _noun_context(doc: Tokens, i: int, sent: TokSpan) -> bool:
    """A word that is both verb and noun ("aid", "ban", "attack") read as a noun."""
    prev = doc[i - 1] if i > sent.start else None
    if prev is None:
        return False
    if _gerund(doc, i, sent):
        return False
    return (
        prev.lower_ in _NOUN_BEFORE
        or prev.text in {"’s", "'s"}
        or prev.is_digit
        or prev.lower_ in {"humanitarian", "military", "financial", "drone", "air", "missile", "entry"}
        or (doc.words[i].endswith("s") and not doc.words[i].endswith("ss") and prev.is_title)
        or (
            # "the immediate release of", "a swift ban": an adjective between an article and the noun.
            i - 2 >= sent.start
            and doc.lower[i - 2] in {"the", "a", "an"}
            and prev.is_lower
            and prev.lower_.endswith(_ADJECTIVE_ENDINGS)
            and doc.lower[i] == doc.lemma[i]
        )
    )


def _needs_met(sent: TokSpan, i: int, pattern: ActPattern) -> bool:
    doc = sent.doc
    if "__mention_next__" in pattern.needs:
        nxt = doc[i + 1] if i + 1 < sent.end else None
        if nxt is None or not (nxt.is_title or nxt.lower_ in {"with", "president", "prime"}):
            return False
        if nxt.lower_ in {"for", "on", "the"}:
            return False
        j = i + 1
        while j < sent.end and doc.words[j][:1].isupper():
            j += 1
        return j >= sent.end or doc.words[j] not in {"’s", "'s"}  # not "welcomed Ukraine's proposal"
    if "__mention_then_to__" in pattern.needs:
        window = doc.lower[i + 1 : min(i + 7, sent.end)]
        return "to" in window[1:] and (doc.words[i + 1].istitle() or doc.lower[i + 1] in {"to", "on", "upon"})
    lo, hi = max(sent.start, i - 12), min(sent.end, i + 15)
    needs = pattern.needs
    return any(doc.lemma[k] in needs or doc.lower[k] in needs for k in range(lo, hi))


class ActFinder:
    """Reads acts from a sentence's cues and mentions."""

    def __init__(self, lexicon: Lexicon, schema: GraphSchema, catalogue: Catalogue) -> None:
        self.lexicon = lexicon
        self.schema = schema
        self.catalogue = catalogue
        self._acts: list[ActMention] = []  # the sentence's acts so far

    def prepare(self, sentences: list[tuple[TokSpan, list[Mention]]]) -> None:
        """Called with an article's sentences and their mentions before `find` runs on them;
        the word-order reading needs nothing ahead."""

    def find(
        self, sent: TokSpan, mentions: list[Mention], context: ArticleContext, history: list[ActMention]
    ) -> list[ActMention]:
        """Acts in `sent`; `history` holds the article's earlier acts (for agentless passives)."""
        doc = sent.doc
        self._sentence = context.sentences
        self._context = context
        context.sentences += 1
        cues = find_cues(sent, self.lexicon)
        if not cues and not sent.where("denials", "lemma", _DENIAL_LEMMAS):
            return []
        asserted = self._attribution(sent, mentions)
        hedged = self._hedged(sent)
        denial_cue = self._denial_cue(sent)
        denial = self._denial(sent, mentions, history, denial_cue)
        denied = self._denied_span(doc, denial_cue, sent)
        acts: list[ActMention] = []
        self._acts = acts
        accusations: list[tuple[str, tuple[int, int]]] = []  # accuser, what the accusation says
        seen: set[tuple[str, str, str]] = set()
        taken_cues: set[int] = set()
        shared: tuple[Mention, Mention] | None = None  # the last symmetric act's parties
        for cue in cues:
            if (
                cue.start in taken_cues
                or self._negated(doc, cue.start, sent)
                or _intended(doc, cue.start, sent)
                or _prevented(doc, cue, sent)
                or (cue.start > sent.start and doc.words[cue.start - 1] == "-")
                or _called_off(doc, cue, cues)
                or _conditional(doc, cue.start, sent)
                or any(
                    m.kind == "Group" and m.start <= cue.start < m.end for m in mentions
                )  # "10 [detained] Americans"
            ):
                continue
            pattern = self.lexicon.types[cue.type]
            pairs = self._roles(sent, cue, pattern, mentions, history)
            if (
                not pairs
                and pattern.symmetric
                and shared is not None
                and doc.lower[_before_auxiliaries(doc, cue.start, sent.start)] == "and"
            ):
                pairs = [shared]  # "met X in Moscow and signed a treaty": with X
            for source, target in pairs:
                if source.actor_id == target.actor_id or not self._allowed(cue.type, source, target):
                    continue
                src, tgt = source.actor_id, target.actor_id
                if pattern.symmetric:
                    shared = (source, target)
                    src, tgt = sorted((src, tgt))
                if (cue.type, src, tgt) in seen:
                    continue
                seen.add((cue.type, src, tgt))
                taken_cues.update(range(cue.start, cue.end))
                # What an accusation says was done is alleged, by the accuser: "Sudan accused
                # the UAE of arming the RSF".
                accusers = [a for a, (lo, hi) in accusations if lo < cue.start < hi]
                status: Status = (
                    "alleged"
                    if hedged or accusers or self._hedge_before(doc, cue.start, sent)
                    else "reported"
                )
                if denied[0] <= cue.start < denied[1]:
                    status = "denied"
                if cue.type == "ACCUSED":
                    accusations.append((src, self._accusation_span(doc, cue, sent)))
                acts.append(
                    ActMention(
                        type=cue.type,
                        source=src,
                        target=tgt,
                        status=status,
                        source_kind=source.kind,
                        sentence=self._sentence,
                        asserted_by=[a for a in dict.fromkeys(asserted + accusers) if a not in (src,)],
                        cue=cue.start,
                        amount_usd=_amount(sent) if cue.type == "AIDED" else None,
                        pattern=f"{cue.type}:{cue.form}:word-order",
                    )
                )
        if denial is not None and denial[1] is not None:
            acts.append(
                ActMention(
                    type="DENIED",
                    source=denial[0],
                    target=denial[1],
                    cue=denial[2],
                    sentence=self._sentence,
                    asserted_by=asserted,
                    pattern="DENIED:denial:word-order",
                )
            )
        return acts

    def _accusation_span(self, doc: Tokens, cue: Cue, sent: TokSpan) -> tuple[int, int]:
        """Where an accusation states what was done: from its "of", "for" or "that" to the end
        of the clause ("accused the UAE [of arming the RSF]"); empty when it states nothing."""
        right = self._clause_right(doc, cue.end, sent)
        # "..., days after it restricted ...": a clause of time after a comma is the narrator's.
        right = next(
            (
                j
                for j in range(cue.end, right)
                if doc.lower[j] == "," and not _TIME_CLAUSES.isdisjoint(doc.lower[j + 1 : min(j + 4, right)])
            ),
            right,
        )
        for j in range(cue.end, right):
            if doc.lower[j] in {"of", "for", "that"}:
                return j, right
        return right, right

    # --- roles ------------------------------------------------------------------------
    def _roles(
        self, sent: TokSpan, cue: Cue, pattern: ActPattern, mentions: list[Mention], history: list[ActMention]
    ) -> list[tuple[Mention, Mention]]:
        doc = sent.doc
        if pattern.symmetric:
            pair = self._coordinated(doc, cue, mentions)
            if pair:
                return [pair]
        if cue.received:
            return self._received(sent, cue, pattern, mentions)
        ordered = self._ordered(doc, cue, mentions, sent)
        if ordered is not None:
            return [ordered]
        from_to = self._from_to(doc, cue, mentions, sent)
        if from_to is not None:
            return [from_to]
        if cue.form == "verb" and self._passive(doc, cue.start, sent):
            return self._passive_roles(sent, cue, pattern, mentions, history)
        rel = self.schema.relation(cue.type)
        sources = [m for m in mentions if m.kind in rel.source]
        source = self._agent(doc, cue, sources, sent) if cue.form == "noun" else None
        # "freed 14 prisoners after talks with X": the subject took part in a meeting or
        # agreement "with" someone, whatever it was the setting of.
        joint = pattern.symmetric and "with" in doc.lower[cue.end : min(sent.end, cue.end + 4)]
        if (
            source is None
            and cue.form == "noun"
            and ((_circumstance(doc, cue.start, sent) and not joint) or _reaction(doc, cue.start, sent))
        ):
            # "sanctions on Iran over drone deliveries to Russia", "RSF condemned the arrest of X":
            # not the subject's act.
            return []
        if source is None and cue.form == "noun" and _adjunct(doc, cue.start, sent):
            source = self._clause_subject(doc, cue.start, sources, sent)
        # A cue right after a verb in the past is that verb's object, and its actor that verb's
        # subject: "held talks with X and [pledged] support for Y" is not X's support.
        verb = cue.start - 1
        if not (verb > sent.start and _past_verb(doc, verb) and not _past_verb(doc, cue.start)):
            verb = cue.start
        subject = None if source else self._subject(doc, verb, sources, sent)
        source = source or subject
        if source is None:
            source = self._governor(doc, cue.start, sources, sent)
        if source is not None and cue.form == "verb":
            source = self._forces_owner(doc, cue, source, sent) or source
        if source is not None:
            source = self._soldiers_state(doc, source)
        # With `state_after`, a State is the target only as an institution ("three Iranian
        # consulates", a weak mention) or across a border (`_across`).
        # What the act moves is no party to it: "sent [North Korean troops] to Kursk".
        objects = [
            m
            for m in mentions
            if m.kind in rel.target
            and (m.kind != "State" or m.weak or not pattern.state_after)
            and not (pattern.receivers and _provenance(doc, m, pattern))
        ]
        # "accusing them of spreading Russian propaganda": a pronoun object, not a later name.
        targets = [] if _pronoun_object(doc, cue, sent) else self._objects(doc, cue, pattern, objects, sent)
        if cue.form == "verb" and _gerund(doc, cue.start, sent):
            # "of arming the RSF", "of producing shells for Ukraine": the gerund's own object or
            # the type's preposition, not a place further on ("of funding protests in Moldova").
            targets = [t for t in targets if _governed(doc, cue.end, t.start, pattern.preps)]
            # Its subject is the object before "of": "Amnesty accused [the Ethiopian army] of
            # killing ...", unless that is the passive's agent ("accused by Amnesty of ...").
            doer = next((m for m in sources if m.end == cue.start - 1), None)
            if doer is not None and (doer.start == sent.start or doc.lower[doer.start - 1] != "by"):
                source = doer
        elif cue.form == "noun":
            source = self._accused_doer(doc, cue, sources, sent) or source
        if not targets and pattern.state_after:
            targets = self._across(doc, cue, pattern, mentions, sent)
        if source is None:
            return []
        if not targets:
            targets = _antecedent(doc, cue, objects, source, sent)
        if not targets and cue.type == "THREATENED":
            targets = self._retaliated(source, [*history, *self._acts])
        doers = [source]
        if source is subject and cue.form == "verb":
            doers = [*_coordinated_before(doc, source, sources), source]
        return [(d, t) for d in doers for t in targets]

    def _forces_owner(self, doc: Tokens, cue: Cue, source: Mention, sent: TokSpan) -> Mention | None:
        """ "Russia's Defence Ministry said [its air defences] shot down 41 drones": the forces
        a pronoun gives a ministry or other state body are the state's, so the state acts."""
        k = _before_auxiliaries(doc, cue.start, sent.start)
        if doc.lower[k] not in _FORCES or source.kind == "State":
            return None
        pronoun = _word_before(doc, k, sent, _POSSESSIVE_PRONOUNS, 4)
        if pronoun is None or source.end >= pronoun:
            return None
        state = self._state(source.actor_id)  # a new agency by its country: "Russia's Defence Ministry"
        if state is None:
            return None
        return Mention(actor_id=state, kind="State", start=source.start, end=source.end, text=source.text)

    def _retaliated(self, source: Mention, earlier: list[ActMention]) -> list[Mention]:
        """Whom a threat with no object is against: who last acted against its source ("Austria
        expelled a Russian diplomat, prompting Moscow to promise a tough response")."""
        threatened = {source.actor_id, self._state(source.actor_id)} - {None}
        for act in reversed(earlier[-6:]):
            if act.sentence < self._sentence - 1:
                break  # only this sentence's acts and the one before's
            if not threatened.isdisjoint({act.target, self._state(act.target)}):
                return [Mention(actor_id=act.source, kind=act.source_kind, start=-1, end=-1, text="")]
        return []

    def _state(self, actor_id: str) -> str | None:
        """The state an actor belongs to: new ones by their country, a group by its demonym
        ("group-two-russian-diplomats")."""
        if actor_id in self.catalogue.by_id:
            return self.catalogue.state_of(actor_id)
        if actor_id.startswith("group-"):
            states = {self.catalogue.demonyms.get(w.capitalize()) for w in actor_id.split("-")[1:]} - {None}
            return states.pop() if len(states) == 1 else None
        new = self._context.new_actors.get(actor_id)
        return self.catalogue.state_of_country.get(new.country or "") if new else None

    def _soldiers_state(self, doc: Tokens, m: Mention) -> Mention:
        """ "Venezuelan soldiers fired on ...": soldiers with no count act for their state, as
        its troops do; counted ones stay a group ("four Israeli soldiers")."""
        if m.kind != "Group" or doc.lower[m.end - 1] not in {"soldiers", "servicemen"}:
            return m
        demonym = self.catalogue.demonym_before(doc.words, m.end - 1, m.start)
        if demonym is None or demonym[0] != m.start:
            return m
        return Mention(actor_id=demonym[1], kind="State", start=m.start, end=m.end, text=m.text, weak=True)

    def _accused_doer(self, doc: Tokens, cue: Cue, sources: list[Mention], sent: TokSpan) -> Mention | None:
        """Who an accusation says did a nominal act: "blamed [Russian hackers] for a
        cyberattack on X", "accused [Iran] of the attack" (the object of the accusing verb,
        then "for" or "of" and at most three lower-case words before the cue)."""
        j = _word_before(doc, cue.start, sent, {"for", "of"}, 4)
        if j is None or any(w in PREPOSITIONS for w in doc.lower[j + 1 : cue.start]):
            return None
        doer = next((m for m in sources if m.end == j), None)
        if doer is None or doer.start == sent.start:
            return None
        k = doer.start - 1
        while k > sent.start and doc.lower[k] in DETERMINERS:
            k -= 1
        return doer if doc.lemma[k] in self.lexicon.types["ACCUSED"].verbs else None

    def _received(
        self, sent: TokSpan, cue: Cue, pattern: ActPattern, mentions: list[Mention]
    ) -> list[tuple[Mention, Mention]]:
        """ "Ukraine received F-16 jets from Denmark", "Sudan's army received Iranian drones":
        the subject is the target; the source follows "from", or is the state whose demonym
        marks what was received."""
        doc = sent.doc
        if self._passive(doc, cue.start, sent):
            return []
        rel = self.schema.relation(cue.type)
        target = self._subject(doc, cue.start, [m for m in mentions if m.kind in rel.target], sent)
        sources = [m for m in mentions if m.kind in rel.source]
        right = self._clause_right(doc, cue.end, sent)
        source = self._after(doc, cue.end, sources, sent, {"from"}, strict=True) or next(
            (m for m in sources if cue.end <= m.start < right and _provenance(doc, m, pattern)),
            None,
        )
        return [(source, target)] if source and target else []

    def _across(
        self, doc: Tokens, cue: Cue, pattern: ActPattern, mentions: list[Mention], sent: TokSpan
    ) -> list[Mention]:
        """The State across what the act closes: "closed its border with Russia", "shut the
        crossings to Belarus" (a word of `state_after` among the five words after the cue)."""
        right = self._clause_right(doc, cue.end, sent)
        for j in range(cue.end, min(right - 1, cue.end + 5)):
            closes = doc.lemma[j] in pattern.state_after or doc.lower[j] in pattern.state_after
            if closes and doc.lower[j + 1] in {"with", "to"}:
                # "with Russia", "with the Russian Federation" (the mention may hold "the").
                starts = {j + 2, j + 3} if doc.lower[j + 2 : j + 3] == ["the"] else {j + 2}
                return [m for m in mentions if m.kind == "State" and m.start in starts][:1]
        return []

    def _passive_roles(
        self, sent: TokSpan, cue: Cue, pattern: ActPattern, mentions: list[Mention], history: list[ActMention]
    ) -> list[tuple[Mention, Mention]]:
        doc = sent.doc
        if _reduced_relative(doc, cue.start, sent):
            # "the sentencing of [three Lithuanian citizens] detained by Belarus": the noun the
            # participle follows, whatever governs it; past a comma or a movement's noun ("[M23]
            # rebels backed by Rwanda", "[the M23], backed by Rwanda,").
            before = cue.start - 1 if doc.lower[cue.start - 1] in {","} | ARMED_NOUNS else cue.start
            targets = [m for m in mentions if m.end in {cue.start, before}][-1:]
        else:
            targets = self._passive_subjects(doc, cue.start, mentions, sent)
        if not targets:
            return []
        source = self._after(doc, cue.end, mentions, sent, {"by"})
        if source is None:
            # An agentless passive right after an act of the same type continues its story.
            earlier = [a for a in history if a.type == cue.type and a.sentence >= self._sentence - 2]
            if earlier:
                source = Mention(
                    actor_id=earlier[-1].source, kind=earlier[-1].source_kind, start=-1, end=-1, text=""
                )
        if source is None and pattern.passive_source:
            source = self._after(doc, cue.end, mentions, sent, pattern.passive_source, strict=True)
        if source is None:
            source = self._governor(doc, cue.start, mentions, sent)
        return [(source, t) for t in targets] if source else []

    def _governor(self, doc: Tokens, i: int, mentions: list[Mention], sent: TokSpan) -> Mention | None:
        """ "X ordered that ... be suspended": the subject of an ordering verb governs the clause."""
        left = self._clause_left(doc, i, sent)
        if left - 1 < sent.start or doc.lower[left - 1] != "that":
            return None
        verbs = {"order", "decide", "announce", "rule", "demand", "instruct", "decree"}
        for k in range(left - 2, max(sent.start, left - 6) - 1, -1):
            if doc.lemma[k] in verbs:
                return self._subject(doc, k, mentions, sent)
        return None

    def _from_to(
        self, doc: Tokens, cue: Cue, mentions: list[Mention], sent: TokSpan
    ) -> tuple[Mention, Mention] | None:
        """ "sent from X to Y": a participle with both ends after it."""
        if cue.form != "verb" or cue.end >= sent.end or doc.lower[cue.end] != "from":
            return None
        source = self._after(doc, cue.end, mentions, sent, {"from"}, strict=True)
        target = self._after(doc, cue.end + 1, mentions, sent, {"to"}, strict=True)
        return (source, target) if source and target else None

    def _ordered(
        self, doc: Tokens, cue: Cue, mentions: list[Mention], sent: TokSpan
    ) -> tuple[Mention, Mention] | None:
        """ "Azerbaijan ordered the BBC to suspend its operations": whoever orders an actor to
        close, leave or stop does it to that actor."""
        if cue.form != "verb" or cue.start - 3 < sent.start or doc.lower[cue.start - 1] != "to":
            return None
        target = next((m for m in mentions if m.end == cue.start - 1), None)
        if target is None:
            return None
        j = target.start - 1
        while j > sent.start and doc.lower[j] in {"the", "a", "an"}:
            j -= 1
        if j < sent.start or doc.lemma[j] not in _ORDERS:
            return None
        rel = self.schema.relation(cue.type)
        source = self._subject(doc, j, [m for m in mentions if m.kind in rel.source], sent)
        return (source, target) if source is not None else None

    def _coordinated(self, doc: Tokens, cue: Cue, mentions: list[Mention]) -> tuple[Mention, Mention] | None:
        """ "X and Y sign ...", "a meeting between X and Y"."""
        strong = [m for m in mentions if not m.weak]
        # Two weak mentions pair only as one phrase: "Russian and Ukrainian delegations met".
        weak = [
            (a, b)
            for a, b in itertools.pairwise(mentions)
            if a.weak and b.weak and doc.lower[a.end : b.start] == ["and"]
        ]
        for a, b in [*itertools.pairwise(strong), *weak]:
            if a.start > 2 and doc.lower[a.start - 1] == "by" and doc.lower[a.start - 3] not in _BE:
                continue  # "delegations led by X and Y met": a participle's agents, not a passive's
            words = doc.lower[a.end : b.start]
            if words[:1] == ["and"] and past_roles(doc, self.catalogue, a.end + 1, b.start) == b.start:
                before = b.end <= cue.start and cue.start - b.end <= 3
                between = (
                    a.start > cue.end
                    and "between" in doc.lower[cue.end : a.start]
                    and a.start - cue.end <= 12
                )
                if before or between:
                    return a, b
        return None

    def _clause_left(self, doc: Tokens, i: int, sent: TokSpan) -> int:
        j = i - 1
        while j >= sent.start:
            if doc.lower[j] in _BOUNDARY:
                # "X, which ..., tried to": a relative clause closed by a comma is skipped.
                if (
                    doc.lower[j] in {"which", "who"}
                    and "," in doc.words[j + 1 : i]
                    and j > sent.start
                    and doc.words[j - 1] == ","
                ):
                    j -= 1
                    continue
                break
            j -= 1
        return j + 1

    def _clause_right(self, doc: Tokens, i: int, sent: TokSpan) -> int:
        j = i
        while j < sent.end and doc.lower[j] not in _CLAUSE_END:
            j += 1
        return j

    def _subject(self, doc: Tokens, i: int, mentions: list[Mention], sent: TokSpan) -> Mention | None:
        # A name right before the verb is its subject whatever precedes it ("after X arrested"),
        # unless a preposition governs it and a subject stands before it ("US strikes on a port
        # in [Yemen] killed 74 people"; but "the list in [Azerbaijan] included X").
        for m in mentions:
            if (
                m.end <= i
                and i - m.end <= 3
                and all(w in _AUXILIARIES or w.endswith("ly") for w in doc.lower[m.end : i])
                and not (
                    _prepositional(doc, m, sent)
                    and any(sent.start <= c.start and c.end <= m.start and not c.oblique for c in mentions)
                )
            ):
                return m
        before = _before_auxiliaries(doc, i, sent.start)  # the word before the verb, in the sentence
        if (
            doc.lower[before] in {"it", "they"}
            and before > sent.start
            and doc.lower[before - 1] in _SUBORDINATORS | _TIME_CLAUSES
        ):
            # "X ordered ..., days after [it] restricted access to ...": the main clause's subject.
            main = [
                m
                for m in mentions
                if m.end <= before and not m.oblique and _verb_follows(doc, m, sent, self.lexicon.words)
            ]
            return main[0] if main else None
        if _unnamed_subject(doc, i, sent):
            return None
        left = self._clause_left(doc, i, sent)
        k = _before_auxiliaries(doc, i, left)  # the word before the verb and its auxiliaries
        candidates = [m for m in mentions if left <= m.start and m.end <= i and not m.oblique]
        # A speech verb with a cue as its object reports no clause: "announced sanctions on X".
        said = [
            j
            for j in range(left, i)
            if doc.lower[j] in SPEECH_VERBS and not (j + 1 < i and doc.lemma[j + 1] in self.lexicon.words)
        ]
        if said and doc.lemma[i] in _SPEECH_ACTS and doc.lower[k] == "and":
            # "Guyana said Venezuelan soldiers fired on its troops and accused Caracas of ...":
            # a second speech act is the speaker's, not that of whom the speaker spoke.
            speakers = [m for m in candidates if m.end <= said[-1]]
            if speakers:
                return speakers[-1]
        if said and any(m.start > said[-1] for m in candidates):
            # "The Taliban said Pakistani airstrikes on Paktika killed 46 people": what was
            # said has its own subject; the speaker is not it.
            candidates = [m for m in candidates if m.start > said[-1]]
        if not candidates:
            # A participle clause ("..., killing 38 passengers") or a relative one takes the main subject.
            candidates = [m for m in mentions if m.end <= i and not m.oblique]
            if not candidates or (
                doc.lower[before] not in {",", "by", "and"} and not doc.lower[i].endswith("ing")
            ):
                return None
        strong = [m for m in candidates if not m.weak]
        if (doc.lower[k] == "and" and k > left) or (doc.lower[k] == "," and doc.lower[i].endswith("ing")):
            # "Ecuadorian police stormed the Mexican embassy and arrested X", "X said Cambodian
            # troops fired rockets, killing eight": the verbs share the actor that the last verb
            # before follows, not that verb's object or the speaker.
            # A subject after "after" or "as" counts too: "X summoned Y after [Kigali] severed
            # ties, accusing it of ...".
            subordinate = [
                m
                for m in mentions
                if m.oblique and left < m.start and m.end <= i and doc.lower[m.start - 1] in _SUBORDINATORS
            ]
            doers = [
                m
                for m in sorted([*candidates, *subordinate], key=lambda m: m.start)
                if _verb_follows(doc, m, sent, self.lexicon.words)
            ]
            if doers:
                return doers[-1]
        if doc.lower[k] == "," and not doc.lower[i].endswith("ing"):
            return self._comma_subject(doc, left, k, (strong or candidates)[0], mentions)
        return (strong or candidates)[-1]

    def _comma_subject(
        self, doc: Tokens, left: int, comma: int, first: Mention, mentions: list[Mention]
    ) -> Mention:
        """The subject of a predicate after a comma that has none of its own: the clause's first
        actor ("Belarus, a CSTO member, closed ..."), not the latest name; and where the clause
        is what a speaker said and that actor stands in no apposition, the speaker ("X stated
        that the country is no ally of Russia regarding Ukraine, froze participation in Y")."""
        apposed = first.end < comma and doc.words[first.end] == ","
        if left > 0 and doc.lower[left - 1] == "that" and not apposed:
            speaker = [m for m in mentions if m.end < left - 1 and not m.oblique]
            if speaker and left - 1 - speaker[-1].end <= 2:
                return speaker[-1]
        return first

    def _clause_subject(self, doc: Tokens, i: int, mentions: list[Mention], sent: TokSpan) -> Mention | None:
        """The first actor of the clause before `i`, when it opens the clause: "Israeli forces
        killed X in an airstrike on Y" (the strike is the forces' act, not X's)."""
        left = self._clause_left(doc, i, sent)
        first = next((m for m in mentions if left <= m.start and m.end <= i), None)
        if first is None or first.oblique or not all(w in _OPENERS for w in doc.lower[left : first.start]):
            return None
        return first

    def _passive_subjects(self, doc: Tokens, i: int, mentions: list[Mention], sent: TokSpan) -> list[Mention]:
        left = self._clause_left(doc, i, sent)
        candidates = [
            m
            for m in mentions
            if left <= m.start
            and m.end <= i
            and not m.oblique
            and "according" not in doc.lower[max(sent.start, m.start - 2) : m.start]
        ]
        if not candidates:
            # "the X plane crash, which ... was shot down", "the same X who ... has been banned":
            # the relative pronoun's antecedent.
            rel = [k for k in range(sent.start, i) if doc.lower[k] in {"which", "who"}]
            antecedents = [m for m in mentions if rel and m.end <= rel[-1] and rel[-1] - m.end <= 2]
            in_clause = [
                m
                for m in mentions
                if left <= m.start
                and m.end <= i
                and not (m.end < sent.end and doc.words[m.end] in {"’s", "'s"})
            ]
            candidates = antecedents[-1:] or in_clause[-1:]
        if not candidates:
            return []
        # "X, chief editor of Y, and Z, managing editor, had been detained": every coordinated subject.
        persons = [m for m in candidates if m.kind == "Person"]
        if len(persons) > 1 and "and" in doc.lower[persons[0].end : i]:
            return persons
        return [candidates[-1]] if candidates[-1].kind != "Person" or not persons else [persons[-1]]

    def _agent(self, doc: Tokens, cue: Cue, mentions: list[Mention], sent: TokSpan) -> Mention | None:
        """The actor of a nominal cue: "by X" after it, "X's" or a demonym right before it."""
        by = self._after(doc, cue.end, mentions, sent, {"by"}, strict=True)
        if by is not None:
            return by
        for m in mentions:
            gap = doc.words[m.end : cue.start]
            if (
                m.end <= cue.start
                and len(gap) <= 3
                and (
                    (gap and gap[0] in {"’s", "'s"} and all(w.islower() or w in {"’s", "'s"} for w in gap))
                    or (m.weak and m.kind == "State" and m.end == cue.start + 1 and m.start == cue.start - 1)
                )
            ):
                return m
        j = cue.start - 1
        while (
            j >= sent.start
            and doc.words[j].islower()
            and doc.lower[j] not in PREPOSITIONS
            and cue.start - j <= 2
        ):
            j -= 1
        demonym = self.catalogue.demonym_before(doc.words, j + 1, sent.start)
        if demonym is None:
            return None
        start, state = demonym
        return Mention(actor_id=state, kind="State", start=start, end=j + 1, text=doc[start : j + 1].text)

    def _after(
        self,
        doc: Tokens,
        i: int,
        mentions: list[Mention],
        sent: TokSpan,
        preps: set[str],
        strict: bool = False,
    ) -> Mention | None:
        """The first actor after one of `preps` following position i, within the clause."""
        right = self._clause_right(doc, i, sent)
        for j in range(i, min(right, i + 12)):
            if doc.lower[j] in preps:
                for m in mentions:
                    if m.start > j and m.start - j <= 5 and m.start < right:
                        if strict and not (PREPOSITIONS - preps).isdisjoint(doc.lower[j + 1 : m.start]):
                            break
                        return m
        return None

    def _objects(
        self, doc: Tokens, cue: Cue, pattern: ActPattern, mentions: list[Mention], sent: TokSpan
    ) -> list[Mention]:
        start = cue.end
        if pattern.that_clause and start < sent.end and doc.lower[start] == "that":
            start += 1  # "demanded that Russia withdraw": the clause's subject
        right = _predicate_start(
            doc, start, _participle_start(doc, start, self._clause_right(doc, start, sent))
        )
        after = [
            m
            for m in mentions
            if start <= m.start < min(right, start + 10)
            and (m.start == cue.end or doc.lower[m.start - 1] not in pattern.destinations)
        ]
        if cue.form == "noun":
            after = [
                m
                for m in after
                if not pattern.preps.isdisjoint(doc.lower[cue.end : m.start])
                and m.start - cue.end <= 12
                and self._not_past_comma(doc, cue.end, m, sent)
                and not self._past_cue_between(doc, cue.end, m.start)
            ]
        after = [
            m
            for m in after
            # "by X", "according to X", "on behalf of X" before it; not the "by" of "responded
            # by expelling X".
            if {"by", "according", "behalf"}.isdisjoint(doc.lower[max(m.start - 2, cue.end) : m.start])
            and not _speaker_after_comma(doc, m, sent)
            # "met in Turkey": where a meeting was held is no party to it.
            and not (pattern.symmetric and _located(doc, m, cue.end))
        ]
        if not after:
            return []
        first = after[0]
        if first.kind != "Person":
            # "released Radio Free Europe journalist X": the outlet is whom the person works for;
            # "expelled the BBC correspondent": the object is unnamed.
            k = first.end
            while k < sent.end and doc.lower[k] in TITLE_WORDS:
                k += 1
            if k > first.end:
                person = next((m for m in after if m.start == k and m.kind == "Person"), None)
                if person is not None:
                    first = person
                elif not (first.kind == "State" and doc.lower[k - 1] in _DIPLOMATS):
                    return []  # "summoned the US ambassador" is the state's, as "the Chinese ambassador"
        if (
            cue.form == "verb"
            and pattern.people
            and doc.lower[cue.end] in {"a", "an"}
            and not PREPOSITIONS.isdisjoint(doc.lower[cue.end : first.start])
        ):
            return []  # "charged a Colombian man with arson on behalf of Russia": the object is unnamed
        if (
            cue.form == "verb"
            and cue.type == "ACCUSED"
            and doc.lower[cue.end] == "the"
            and first.start > cue.end + 1
            and not {"of", "for"}.isdisjoint(doc.lower[cue.end + 1 : first.start])
        ):
            return []  # "accused the West of waging a war against Russia": the accused is no actor
        # "Russia's pro-government Sputnik news agency": the possessor yields to what it possesses.
        if (
            first.end < sent.end
            and doc.words[first.end] in {"’s", "'s"}
            and len(after) > 1
            and after[1].start - first.end <= 4
        ):
            first = after[1]
        if (
            first.kind == "Person"
            and first.end + 1 < sent.end
            and doc.words[first.end] in {"’s", "'s"}
            and doc.words[first.end + 1].islower()
            and first is after[-1]
        ):
            return []  # "deported Aidos Sadykov's associates": the object is unnamed
        strong = [m for m in after if not m.weak]
        if (
            first.weak
            and strong
            and strong[0].start - first.end <= 2
            and not any(_gerund(doc, k, sent) for k in range(first.end, strong[0].start))
        ):
            # "Russian state channel Pervyi Kanal", "two agents of the FSB"; not what a gerund
            # takes ("accused the Belarusian army of helping Russia").
            first = strong[0]
        chosen = [first]
        # Coordinated objects: "included X, ..., and Y", "detained X and Y", "..., including X and Y".
        # Other kinds than people only beside their own kind: "blocked Meduza and Novaya Gazeta";
        # a counted group beside a person: "arrested X and two camera operators".
        coordinated = {"Person", first.kind} | ({"Group"} if first.kind == "Person" else set())
        demonyms = self.catalogue.demonyms
        for m in mentions:
            if m.start <= first.start or m.start >= right or m.kind not in coordinated or m in chosen:
                continue
            gap = doc.lower[chosen[-1].end : m.start]
            apposition = gap[:1] == [","] and gap[-1:] == ["and"]
            if (
                not apposition
                and (
                    len(gap) > 5
                    or any(
                        w not in _LIST_WORDS
                        and w not in TITLE_WORDS
                        and word not in demonyms  # "including Swedish activist X"
                        for w, word in zip(gap, doc.words[chosen[-1].end : m.start], strict=True)
                    )
                )
            ):
                continue
            if "and" in gap or "including" in gap or (gap[:1] == [","] and first.kind == "Person"):
                chosen.append(m)
        return chosen

    def _past_cue_between(self, doc: Tokens, start: int, end: int) -> bool:
        """Whether a cue verb in the past stands between a nominal cue and a name: "airstrikes
        on Paktika [killed] 46 people" (the name is that verb's object, not the strikes')."""
        words = self.lexicon.words
        return any(_past_verb(doc, k) and doc.lemma[k] in words for k in range(start, end))

    def _not_past_comma(self, doc: Tokens, start: int, m: Mention, sent: TokSpan) -> bool:
        """No comma between a nominal cue and its target, unless the target is a closed apposition."""
        if "," not in doc.words[start : m.start]:
            return True
        return doc.words[m.start - 1] == "," and (m.end >= sent.end or doc.words[m.end] in {",", ".", ";"})

    # --- status, attribution, denial ------------------------------------------------------
    def _passive(self, doc: Tokens, i: int, sent: TokSpan) -> bool:
        lower = doc.lower[i]
        if (
            lower == doc.lemma[i]
            and not lower.endswith(("ed", "en", "wn"))
            and lower not in _IRREGULAR_PARTICIPLES
        ):
            return False
        if i + 1 < sent.end and (
            doc.lower[i + 1] == "of" or (doc.lemma[i] == "charge" and doc.lower[i + 1] == "with")
        ):
            return True  # "two Russians accused of spying": the verb's object would stand before "of"
        if _reduced_relative(doc, i, sent):
            return True
        j = i - 1
        while (
            j >= sent.start
            and i - j <= 4
            and (doc.lower[j].endswith("ly") or doc.lower[j] in _BEFORE_PARTICIPLE)
        ):
            j -= 1
        return j >= sent.start and (doc.lower[j] in _BE or doc.lower[j] == "been")

    def _negated(self, doc: Tokens, i: int, sent: TokSpan) -> bool:
        if not _NEGATIONS.isdisjoint(doc.lower[max(sent.start, i - 3) : i]):
            return True
        left = self._clause_left(doc, i, sent)
        return not {"refuse", "fail", "decline"}.isdisjoint(doc.lemma[max(left, i - 10) : i])

    def _hedged(self, sent: TokSpan) -> bool:
        return (
            not _HEDGE_ADVERBS.isdisjoint(sent.lower)
            or "according to these reports" in sent.text.lower()
            or "this version" in sent.text.lower()
        )

    def _hedge_before(self, doc: Tokens, i: int, sent: TokSpan) -> bool:
        """A hedging verb before the cue ("claimed that Russia attacked"); an attributive one
        hedges only its noun ("expelled a diplomat over alleged espionage, prompting ...")."""
        for k in range(sent.start, i):
            if doc.lower[k] in _HEDGE_VERBS and not (
                doc.lower[k] in {"alleged", "suspected"}
                and k + 1 < i
                and doc.words[k + 1].isalpha()
                and doc.words[k + 1].islower()
                and doc.lower[k + 1] not in {"that", "to", "by", "of", "in", "it", "the"}
            ):
                return True
        return i > sent.start and doc.lower[i - 1] == "alleged"

    def _attribution(self, sent: TokSpan, mentions: list[Mention]) -> list[str]:
        doc = sent.doc
        found: list[str] = []
        for m in mentions:
            before = doc.lower[max(sent.start, m.start - 2) : m.start]
            after = doc.lower[m.end] if m.end < sent.end else ""
            if (
                before[-2:] == ["according", "to"]
                or after in SPEECH_VERBS
                or _speaker_after_comma(doc, m, sent)
                or (
                    m.start > sent.start
                    and doc.lower[m.start - 1] in SPEECH_VERBS
                    and m.start - 2 >= sent.start
                    and doc.words[m.start - 2] == ","
                )
            ) and not m.weak:
                found.append(m.actor_id)
        return found

    def _denial_cue(self, sent: TokSpan) -> int | None:
        """The first word of the sentence that denies or rejects something ("denied", "called
        the charges absurd")."""
        doc = sent.doc
        lemmas, lowers = doc.lemma, doc.lower
        for i in range(sent.start, sent.end):
            if lowers[i] in _DENIAL_VERBS or lemmas[i] in {"deny", "reject", "refute", "dismiss"}:
                if i > sent.start and lowers[i - 1] in {"nor", "not", "n't", "never"}:
                    continue  # "neither confirmed nor denied", "did not deny": no denial
                return i
            if lemmas[i] == "call" and not _CLAIM_NOUNS.isdisjoint(lowers[i + 1 : i + 4]):
                return i
        return None

    def _denied_span(self, doc: Tokens, cue: int | None, sent: TokSpan) -> tuple[int, int]:
        """The tokens a denial covers when what it denies is itself an act: "denied that Beijing
        had supplied…", "denied supplying…", "rejected claims that…", up to a "but" or ";".
        Whoever did the act, the sentence does not report it. (0, 0) when there is none."""
        if cue is None or cue + 1 >= sent.end:
            return 0, 0
        lower = doc.lower
        start: int | None
        if lower[cue + 1] == "that" or lower[cue + 1].endswith("ing"):
            start = cue + 1
        else:
            start = next(
                (
                    j + 1
                    for j in range(cue + 1, min(sent.end - 1, cue + 5))
                    if lower[j] in _CLAIM_NOUNS and lower[j + 1] in {"that", "of"}
                ),
                None,
            )
        if start is None:
            # "denied the attack on X", "denied any involvement in the strike": what it denies is
            # named by a noun.
            j = cue + 1
            while j < sent.end - 1 and lower[j] in _DENIED_DETERMINERS:
                j += 1
            involved = lower[j] in {"involvement", "role", "part"} and lower[j + 1] in {"in", "for"}
            if involved or (doc.lemma[cue] == "deny" and doc.lemma[j] in self._nominal_cues):
                start = cue + 1
        if start is None:
            return 0, 0
        end = next((j for j in range(start, sent.end) if lower[j] in {"but", ";"}), sent.end)
        return start, end

    @cached_property
    def _nominal_cues(self) -> frozenset[str]:
        return frozenset(w for p in self.lexicon.types.values() for w in p.nouns)

    def _denial(
        self, sent: TokSpan, mentions: list[Mention], history: list[ActMention], cue: int | None
    ) -> tuple[str, str | None, int] | None:
        """(denier, accuser if known, cue index) when the sentence reports a denial at `cue`."""
        doc = sent.doc
        if cue is None:
            return None
        denier = self._subject(doc, cue, mentions, sent)  # "The agency" is an anaphor mention
        if denier is None:
            return None
        # The accuser: someone named earlier in the sentence as saying so,
        # else the actor of the latest accusing act.
        for m in mentions:
            if (
                m.end <= cue
                and m.actor_id != denier.actor_id
                and not m.weak
                and m.end < sent.end
                and doc.lower[m.end] in SPEECH_VERBS
            ):
                return denier.actor_id, m.actor_id, cue
        for act in reversed(history):
            if act.type in _ACCUSING and act.source != denier.actor_id:
                return denier.actor_id, act.source, cue
        return denier.actor_id, None, cue

    def _allowed(self, act_type: str, source: Mention, target: Mention) -> bool:
        rel = self.schema.relation(act_type)
        return source.kind in rel.source and target.kind in rel.target


# Verbs (and "ready") whose "to" clause is an act not yet done: "preparing to send troops",
# "threatened to ban", "plans to close".
_INTENTIONS = {
    "prepare",
    "plan",
    "intend",
    "aim",
    "seek",
    "threaten",
    "want",
    "vow",
    "pledge",
    "promise",
    "consider",
    "propose",
    "ready",
    "hope",
    "expect",
    "offer",
}


# Nouns whose "to" clause is likewise not done: "Russia's request to detain X".
_INTENTION_NOUNS = {
    "request",
    "bid",
    "attempt",
    "call",
    "demand",
    "threat",
    "proposal",
    "plan",
    "effort",
    "order",
}


# Verbs that stop what their object names: "blocked EU aid to Ukraine", "froze the deliveries".
_PREVENTING = {
    "block",
    "halt",
    "freeze",
    "suspend",
    "stop",
    "withhold",
    "veto",
    "delay",
    "prevent",
    "obstruct",
    "cut",
    # What undoes it: "lifted sanctions on Damascus", "eased the ban on".
    "lift",
    "ease",
    "relax",
    "waive",
}


# A state's armed forces, as the subject "its air defences", "their troops".
_FORCES = {
    "forces",
    "troops",
    "army",
    "military",
    "defences",
    "defenses",
    "navy",
    "jets",
    "warplanes",
    "aircraft",
    "units",
    "soldiers",
    "artillery",
}
_POSSESSIVE_PRONOUNS = {"its", "their"}


# Nouns for a portion of what follows "of": "blocked [a new package of] EU sanctions".
_PORTIONS = {"package", "round", "tranche", "set", "batch", "series", "wave", "shipment"}


# Verbs whose object is made to do what follows: "ordered the BBC to suspend its operations".
_ORDERS = {"order", "force", "compel", "instruct"}


def _past_verb(doc: Tokens, i: int) -> bool:
    """A lower-case past tense in "-ed" ("pledged", "launched")."""
    word = doc.lower[i]
    return doc.words[i].islower() and word.endswith("ed") and word != doc.lemma[i]


def _conditional(doc: Tokens, i: int, sent: TokSpan) -> bool:
    """Whether the cue at `i` is inside an "if" or "unless" clause: a condition, not an act
    ("said Japan could intervene if China attacked Taiwan")."""
    for j in range(i - 1, max(sent.start, i - 8) - 1, -1):
        word = doc.lower[j]
        if word in {",", ";", ":"}:
            return False
        if word in {"if", "unless"}:
            return True
    return False


def _prepositional(doc: Tokens, m: Mention, sent: TokSpan) -> bool:
    """Whether a preposition that opens no clause stands right before `m` ("in Yemen", not
    "after Kigali severed")."""
    prev = doc.lower[m.start - 1] if m.start > sent.start else ""
    return prev in PREPOSITIONS and prev not in _SUBORDINATORS | _TIME_CLAUSES | {"that"}


def _located(doc: Tokens, m: Mention, start: int) -> bool:
    """Whether `m` follows "in" or "at" (past "the"), after `start`: a place, not a party."""
    j = m.start - 1
    if j > start and doc.lower[j] == "the":
        j -= 1
    return j >= start and doc.lower[j] in {"in", "at"}


def _coordinated_before(doc: Tokens, subject: Mention, mentions: list[Mention]) -> list[Mention]:
    """The actors coordinated before a verb's subject, which act with it: "[Britain] and
    Norway imposed sanctions", "[Britain, Canada] and Norway ..."; not one a preposition
    governs (an oblique mention: "talks between Russia and Ukraine"). A weak mention acts
    only beside a weak subject, in one phrase: "[Polish] and Dutch jets shot down"."""
    found: list[Mention] = []
    head = subject
    for m in reversed([m for m in mentions if m.end <= subject.start]):
        gap = doc.lower[m.end : head.start]
        if (m.weak and not subject.weak) or m.oblique or gap != (["and"] if head is subject else [","]):
            break
        found.insert(0, m)
        head = m
    return found


def _verb_follows(doc: Tokens, m: Mention, sent: TokSpan, cues: frozenset[str]) -> bool:
    """Whether a verb comes right after `m` (past adverbs): an auxiliary ("[Russian air
    defence systems] were active and hit"), a past tense in "-ed", a cue of the lexicon or
    a speech verb ("[Ecuadorian police] stormed", "[Russia] struck", "[Niger] left"); not "[the Mexican
    embassy] in", "[Hezbollah] positions"."""
    j = m.end
    while j < sent.end and doc.lower[j].endswith("ly"):
        j += 1
    if j < sent.end and doc.lower[j] in _AUXILIARIES:
        return True
    if j >= sent.end or not doc.words[j].isalpha() or not doc.words[j].islower():
        return False
    word, lemma = doc.lower[j], doc.lemma[j]
    irregular_past = word != lemma and not word.endswith(("s", "ing")) and word not in _IRREGULAR_PLURALS
    return irregular_past or (word.endswith("ed") and word != lemma) or lemma in cues or word in SPEECH_VERBS


# Plurals whose lemma differs without an "s": not past tenses after a name.
_IRREGULAR_PLURALS = {"men", "women", "people", "children", "police", "data", "media"}


def _prevented(doc: Tokens, cue: Cue, sent: TokSpan) -> bool:
    """Whether the cue names what a verb before it stops ("Hungary blocked EU aid to
    Ukraine", "froze arms deliveries", "vetoed a new package of EU sanctions"): such a verb at
    most three words before it, or before the portion it is "of", no comma between; five
    before a portion it names ("vetoed the EU's latest sanctions package")."""
    i, reach = cue.start, 3
    of = _word_before(doc, i, sent, {"of"}, 3, lowercase=False)
    if of is not None and of - 1 >= sent.start and doc.lemma[of - 1] in _PORTIONS:
        i = of - 1
    elif i + 1 < sent.end and doc.lemma[i + 1] in _PORTIONS:
        reach = 5
    return _word_before(doc, i, sent, _PREVENTING, reach, lowercase=False) is not None


def _intended(doc: Tokens, i: int, sent: TokSpan) -> bool:
    """Whether the verb cue at `i` is an intention, not an act: "preparing to send troops",
    "plans to close the office", "threatened to ban" (the threat is its own act), "a request
    to detain"."""
    if i - 2 < sent.start or doc.lower[i - 1] != "to":
        return False
    lemma, lower = doc.lemma[i - 2], doc.lower[i - 2]
    return lemma in _INTENTIONS or lower in _INTENTIONS or lower in _INTENTION_NOUNS


def _called_off(doc: Tokens, cue: Cue, cues: list[Cue]) -> bool:
    """ "cancelled a planned visit to Kyiv", "called off talks": an act that a cancellation right
    before it undoes (at most three lower-case words between) did not happen."""
    return cue.type != "CANCELLED" and any(
        c.type == "CANCELLED"
        and c.form == "verb"
        and 0 <= cue.start - c.end <= 3
        and all(w.islower() for w in doc.words[c.end : cue.start])
        for c in cues
    )


def _speaker_after_comma(doc: Tokens, m: Mention, sent: TokSpan) -> bool:
    """ "…, US officials said": after a comma, the actor (and up to two lower-case words) then
    a speech verb; the source of the report, never an act's object."""
    if m.start - 1 < sent.start or doc.words[m.start - 1] != ",":
        return False
    k = m.end
    while k < sent.end and k - m.end < 2 and doc.words[k].islower() and doc.lower[k] not in SPEECH_VERBS:
        k += 1
    return k < sent.end and doc.lower[k] in SPEECH_VERBS


_CIRCUMSTANCES = {"over", "amid", "after", "following", "despite"}


def _word_before(
    doc: Tokens, i: int, sent: TokSpan, words: Collection[str], reach: int, lowercase: bool = True
) -> int | None:
    """The nearest of the `reach` tokens before `i` whose lower-case form or lemma is in
    `words`. The search stops at a comma or semicolon and, with `lowercase`, at any word
    that is not lower-case (a name, a capitalised start)."""
    for j in range(i - 1, max(sent.start, i - reach) - 1, -1):
        if doc.lower[j] in words or doc.lemma[j] in words:
            return j
        if doc.words[j] in {",", ";"} or (lowercase and not doc.words[j].islower()):
            return None
    return None


def _circumstance(doc: Tokens, i: int, sent: TokSpan) -> bool:
    """Whether the nominal cue at `i` is the cause or setting of the clause ("over drone
    deliveries", "amid strikes"), not an act of its subject: a preposition of circumstance
    before it, with at most two lower-case words between."""
    return _word_before(doc, i, sent, _CIRCUMSTANCES, 3) is not None


# What may stand before the subject that opens a clause: "On Monday, the Israeli army ...".
_OPENERS = {"the", "on", "in", "late", "early", "last", "this", ","}


def _adjunct(doc: Tokens, i: int, sent: TokSpan) -> bool:
    """Whether the nominal cue at `i` says how the clause's act was done: "killed X in an
    airstrike on Y", "destroyed it in a drone attack" ("in", an article, up to two modifiers)."""
    j = _word_before(doc, i, sent, {"a", "an"}, 3)
    return j is not None and j - 1 >= sent.start and doc.lower[j - 1] == "in"


# Verbs whose subject judges or asks for an act, not does it: "condemned the arrest of X",
# "called for the release of X", "welcomed the expulsion of".
_REACTIONS = {
    "condemn",
    "criticise",
    "criticize",
    "denounce",
    "deplore",
    "decry",
    "slam",
    "protest",
    "welcome",
    "hail",
    "praise",
    "regret",
    "lament",
    "question",
    "demand",
    "urge",
    "seek",
    "oppose",
    "challenge",
}
_ASKING_FOR = {"call", "press", "push", "appeal", "campaign", "lobby", "ask"}
_REACTIONS_OR_FOR = _REACTIONS | {"for"}


def _reaction(doc: Tokens, i: int, sent: TokSpan) -> bool:
    """Whether the nominal cue at `i` is what the clause's subject reacts to or asks for
    ("condemned the detention of", "called for the immediate release of"): a reaction verb
    before it, with at most three lower-case words between."""
    j = _word_before(doc, i, sent, _REACTIONS_OR_FOR, 4)
    if j is None or doc.lower[j] != "for":
        return j is not None
    return j > sent.start and doc.lemma[j - 1] in _ASKING_FOR


def _amount(sent: TokSpan) -> float | None:
    m = _MONEY.search(sent.text)
    if not m:
        return None
    number, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return float(number.replace(",", "")) * _SCALE.get((scale or "").lower(), 1)


def act_id(act_type: str, source: str, target: str, date: str | None) -> str:
    """A stable act id: the same act reported anywhere gets the same id."""
    key = "|".join([act_type, source, target, date or ""])
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def evidence_id(act: str, article_id: str, start: int) -> str:
    """A stable evidence id for one sentence of one article reporting one act."""
    return hashlib.sha256(f"{act}|{article_id}|{start}".encode()).hexdigest()[:20]
