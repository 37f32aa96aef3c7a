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
    form: str  # verb | noun | list | earlier-list | caused | converse (a verb of receiving)


def parse_sentence(parser: Language, doc: Tokens, sent: TokSpan, names: frozenset[int] = frozenset()) -> Doc:
    """Parse one sentence on the article's own tokens, so indices stay aligned; `names` are
    the article token indices of actor mentions (see `_sentence_doc`)."""
    return repair(parser(_sentence_doc(parser, doc, sent, names)))


def parse_sentences(parser: Language, sents: list[tuple[TokSpan, frozenset[int]]]) -> list[Doc]:
    """`parse_sentence` for many sentences, of one article or several, with the names of
    each, in one batch (`nlp.pipe`): the same parses, at a fraction of the cost of parsing
    them one by one or article by article."""
    return [repair(d) for d in parser.pipe(_sentence_doc(parser, s.doc, s, names) for s, names in sents)]


def repair(parsed: Doc) -> Doc:
    """Mend one misreading of the small model: a complementiser "that" before a name read
    as its determiner, the name as the speech verb's object and the clause's verb as a
    second verb of the speaker's ("X said that [Y], ..., had been detained"). The name
    becomes the subject of its clause, and the clause the speech verb's complement."""
    for that in parsed:
        name, verb = that.head, that.head.head
        if not (
            that.lower_ == "that" and that.dep_ == "det" and name.pos_ == "PROPN" and name.dep_ == "dobj"
        ):
            continue
        clause = next(
            (
                k
                for k in verb.children
                if k.dep_ == "conj" and k.i > name.i and k.pos_ in {"VERB", "AUX"} and not _has_subject(k)
            ),
            None,
        )
        if clause is None:
            continue
        passive = any(k.dep_ == "auxpass" for k in clause.children)
        name.head, name.dep_ = clause, "nsubjpass" if passive else "nsubj"
        that.head, that.dep_ = clause, "mark"
        clause.dep_ = "ccomp"
        for k in list(verb.children):  # the "and" that joined the clause to the speech verb
            if k.dep_ == "cc" and name.i < k.i < clause.i:
                k.head = name
    return parsed


def _has_subject(verb: Token) -> bool:
    return any(k.dep_ in {"nsubj", "nsubjpass", "csubj"} for k in verb.children)


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
            for act_type, particle, need in patterns.verb_cues.get(lemma, []):
                if particle and not any(c.lower_ == particle for c in t.children):
                    continue
                if need == "weak" and not _needed(t, patterns.types[act_type].needs):
                    continue
                if need == "clause" and not any(
                    k.dep_ in {"xcomp", "advcl"} and infinitive(k) for k in t.children
                ):
                    continue
                if need == "caused":  # "ordered X to leave"
                    if t.dep_ in {"xcomp", "ccomp"} and t.head.lemma_.lower() in patterns.words.causatives:
                        found.append(Cue(act_type, t, "caused"))
                    continue
                found.append(Cue(act_type, t, "verb"))
            for act_type in patterns.converse_cues.get(lemma, []):
                if _needed(t, patterns.types[act_type].needs):
                    found.append(Cue(act_type, t, "converse"))
            if lemma in patterns.words.list_verbs:
                found += _list_cues(t, patterns)
        elif t.pos_ in {"NOUN", "PROPN"} and _verb_shaped(t):
            # a headline's present tense tagged as a plural noun ("UK sanctions five
            # officials"): the parse gives it a subject and an object, as a verb
            found += [Cue(act_type, t, "verb") for act_type, _, _ in patterns.verb_cues.get(lemma, [])]
        elif t.pos_ in {"NOUN", "PROPN"}:
            found += [Cue(act_type, t, "noun") for act_type in patterns.noun_cues.get(lemma, [])]
    return found


def list_noun(verb: Token, patterns: ActPatterns) -> Token | None:
    """The list a list verb puts someone on: its subject ("the list included X") or the
    object of one of `list_preps` ("added X to the list")."""
    w = patterns.words
    for k in verb.children:
        if k.dep_ == "nsubj" and k.lemma_.lower() in w.list_nouns:
            return k
        if k.dep_ == "prep" and k.lower_ in w.list_preps:
            found = next(
                (o for o in k.children if o.dep_ == "pobj" and o.lemma_.lower() in w.list_nouns), None
            )
            if found is not None:
                return found
    return None


def _list_cues(verb: Token, patterns: ActPatterns) -> list[Cue]:
    """A list verb cues each act type whose `lists` words mark the list; a list that only
    refers back ("the corresponding list") cues every type with lists, to be kept only
    where such a list was named just before (`earlier-list`)."""
    listed = list_noun(verb, patterns)
    if listed is None:
        return []
    words = {k.lemma_.lower() for k in listed.subtree}
    marked = [Cue(n, verb, "list") for n, t in patterns.types.items() if not words.isdisjoint(t.lists)]
    if marked:
        return marked
    if any(
        k.dep_ in {"det", "amod"} and k.lemma_.lower() in patterns.words.list_anaphors
        for k in listed.children
    ):
        return [Cue(n, verb, "earlier-list") for n, t in patterns.types.items() if t.lists]
    return []


def infinitive(verb: Token) -> bool:
    """The verb heads a "to" clause ("sent troops to help X")."""
    return any(k.dep_ == "aux" and k.tag_ == "TO" for k in verb.children)


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
