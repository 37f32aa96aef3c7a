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
    form: str  # verb | noun | converse (a verb of receiving) | caused ("ordered X to leave")


def parse_sentence(parser: Language, doc: Tokens, sent: TokSpan, names: frozenset[int] = frozenset()) -> Doc:
    """Parse one sentence on the article's own tokens, so indices stay aligned; `names` are
    the article token indices of actor mentions (see `_sentence_doc`)."""
    return parser(_sentence_doc(parser, doc, sent, names))


def parse_sentences(
    parser: Language, doc: Tokens, sents: list[TokSpan], names: frozenset[int] = frozenset()
) -> list[Doc]:
    """`parse_sentence` for many sentences in one batch (`nlp.pipe`): the same parses, at
    about half the cost of parsing them one by one."""
    return list(parser.pipe(_sentence_doc(parser, doc, s, names) for s in sents))


def _sentence_doc(parser: Language, doc: Tokens, sent: TokSpan, names: frozenset[int]) -> Doc:
    """The sentence as a Doc of its own words. A headline in title case ("Leaders of Armenia
    and Azerbaijan Sign Peace Pledge") is given to the parser in sentence case, names
    kept: the model tags capitalised common words as proper nouns and misparses them."""
    words = doc.words[sent.start : sent.end]
    headline = words[-1] not in {".", "!"}  # a headline has no full stop
    if headline and _title_case(words[1:], [i in names for i in range(sent.start + 1, sent.end)]):
        words = [words[0]] + [
            w if sent.start + 1 + j in names else w.lower() for j, w in enumerate(words[1:])
        ]
    ends = [doc.idx[i] + len(doc.words[i]) for i in range(sent.start, sent.end)]
    starts = doc.idx[sent.start + 1 : sent.end]
    spaces = [end < start for end, start in zip(ends, starts, strict=False)] + [False]
    return Doc(parser.vocab, words=words, spaces=spaces)


def _title_case(words: list[str], named: list[bool]) -> bool:
    """Most longer words outside names are capitalised, three at least."""
    common = [w for w, n in zip(words, named, strict=True) if not n and len(w) > 3 and w.isalpha()]
    capitalised = sum(w[0].isupper() for w in common)
    return capitalised >= 3 and capitalised >= 0.7 * len(common)


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
            for act_type in patterns.converse_cues.get(lemma, []):
                if _needed(t, patterns.types[act_type].needs):
                    found.append(Cue(act_type, t, "converse"))
            if _caused(t, patterns):  # "ordered two Americans to leave"
                found += [Cue(act_type, t, "caused") for act_type in patterns.caused_cues.get(lemma, [])]
        elif t.pos_ in {"NOUN", "PROPN"} and _verb_shaped(t):
            # a headline's present tense tagged as a plural noun ("UK sanctions five
            # officials"): the parse gives it a subject and an object, as a verb
            found += [Cue(act_type, t, "verb") for act_type, _, _ in patterns.verb_cues.get(lemma, [])]
        elif t.pos_ in {"NOUN", "PROPN"}:
            found += [Cue(act_type, t, "noun") for act_type in patterns.noun_cues.get(lemma, [])]
    return found


def _caused(t: Token, patterns: ActPatterns) -> bool:
    """The verb heads a clause that a causative governor makes its object do."""
    gov = t.head
    return (
        t.dep_ == "xcomp"
        and gov.lemma_.lower() in patterns.words.causatives
        and any(k.dep_ == "dobj" for k in gov.children)
    )


def _verb_shaped(t: Token) -> bool:
    """A noun with a nominal subject and a direct object of its own."""
    deps = {k.dep_ for k in t.children}
    return "nsubj" in deps and "dobj" in deps


def _needed(verb: Token, needs: list[str]) -> bool:
    """A weak verb counts only with one of the type's `needs` in its object, or, with no
    object, in a "to" clause the small model hangs on it as an adverbial ("vow to
    retaliate"; not "sent envoys to discuss aid")."""
    bare = not any(k.dep_ == "dobj" for k in verb.children)
    for child in verb.children:
        infinitive = (
            bare and child.dep_ == "advcl" and any(k.dep_ == "aux" and k.tag_ == "TO" for k in child.children)
        )
        if (child.dep_ in _OBJECTS or infinitive) and any(w.lemma_.lower() in needs for w in child.subtree):
            return True
    return False
