"""Cue words in a parsed sentence, and the candidate acts the role reading makes of them."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from app.store.models import Status
from loaders.mentions import Mention
from loaders.nlp import Tokens, TokSpan
from loaders.patterns import ActPatterns

_OBJECTS = {"dobj", "nsubjpass", "oprd", "ccomp", "xcomp", "dative"}  # where a weak verb's needed word may be


@dataclass(slots=True)
class Candidate:
    """One act a cue could report, with the pattern that produced it or why it was dropped."""

    type: str
    cue: int  # article token index of the cue
    pattern: str  # "TYPE:form:source-path>target-path", plus how the roles were reached
    source: Mention | None = None
    target: Mention | None = None
    status: Status = "reported"
    asserted_by: list[str] = field(default_factory=list)
    dropped: str | None = None


@dataclass(slots=True)
class Cue:
    """A cue token of the parsed sentence."""

    type: str
    token: Token
    form: str  # verb | noun


def parse_sentence(parser: Language, doc: Tokens, sent: TokSpan) -> Doc:
    """Parse one sentence on the article's own tokens, so indices stay aligned."""
    return parser(_sentence_doc(parser, doc, sent))


def parse_sentences(parser: Language, doc: Tokens, sents: list[TokSpan]) -> list[Doc]:
    """`parse_sentence` for many sentences in one batch (`nlp.pipe`): the same parses, at
    about half the cost of parsing them one by one."""
    return list(parser.pipe(_sentence_doc(parser, doc, s) for s in sents))


def _sentence_doc(parser: Language, doc: Tokens, sent: TokSpan) -> Doc:
    words = doc.words[sent.start : sent.end]
    ends = [doc.idx[i] + len(doc.words[i]) for i in range(sent.start, sent.end)]
    starts = doc.idx[sent.start + 1 : sent.end]
    spaces = [end < start for end, start in zip(ends, starts, strict=False)] + [False]
    return Doc(parser.vocab, words=words, spaces=spaces)


def find_cues(parsed: Doc | Span, patterns: ActPatterns) -> list[Cue]:
    """Every cue token of the sentence, by its lemma and part of speech."""
    found: list[Cue] = []
    for t in parsed:
        lemma = t.lemma_.lower()
        if t.tag_.startswith("VB"):
            for act_type, particle, weak in patterns.verb_cues.get(lemma, []):
                if particle and not any(c.lower_ == particle for c in t.children):
                    continue
                if weak and not _needed(t, patterns.types[act_type].needs):
                    continue
                found.append(Cue(act_type, t, "verb"))
        elif t.pos_ in {"NOUN", "PROPN"}:
            found += [Cue(act_type, t, "noun") for act_type in patterns.noun_cues.get(lemma, [])]
    return found


def _needed(verb: Token, needs: list[str]) -> bool:
    """A weak verb counts only with one of the type's `needs` in its object."""
    for child in verb.children:
        if child.dep_ in _OBJECTS and any(w.lemma_.lower() in needs for w in child.subtree):
            return True
    return False
