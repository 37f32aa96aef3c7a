"""Argument paths on a dependency parse, and the actor mentions a role token stands for.

The vocabulary of paths ("subj", "obj", "prep:on", ...) that `loaders/patterns.yaml`
names; `loaders/roles.py` builds candidate acts on it. Token `j` of the parsed sentence
is `cover` key `j` (see `loaders.cues.parse_sentence`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from loaders.cues import list_noun
from loaders.mentions import Mention
from loaders.patterns import ActPatterns

SUBJECTS = {"nsubj", "nsubjpass"}
_NAME_LINKS = {"compound", "appos", "flat", "nmod"}  # a title or description before or beside a name
_RELATIVE_TAGS = {"WDT", "WP", "WP$"}


class PathReader:
    """Follows argument paths from a token to the mentions they reach."""

    def __init__(self, patterns: ActPatterns, state_of: Callable[[str], str | None] | None = None) -> None:
        self.patterns = patterns
        self.words = patterns.words
        self.state_of = state_of  # an actor's state, from the catalogue

    def _path(self, t: Token, path: str, cover: dict[int, Mention]) -> list[Mention]:
        if path == "list_owner":  # "Russia's list", "the EU sanctions list", "the list in X"
            listed = list_noun(t, self.patterns)
            if listed is None:
                return []
            return [
                m
                for k in listed.children
                if k.dep_ in {"poss", "amod", "compound", "nmod"} or (k.dep_ == "prep" and k.lower_ == "in")
                for m in (self._objects(k, "in", cover) if k.dep_ == "prep" else self._mentions(k, cover))
            ]
        if path == "subj":
            deps = {k.dep_ for k in t.children}
            if t.dep_ == "acl" and t.tag_ == "VBN" and "dobj" in deps and not deps & (SUBJECTS | {"mark"}):
                # a bare participle with an object is a finite verb the model read as modifying
                # its subject: "Pakistani airstrikes killed 20 civilians, the Taliban said"
                return self._mentions(t.head, cover, agent=True)
            return [m for dep, m in self._subjects(t, cover) if dep == "nsubj"]
        if path == "passive_subj":
            if t.dep_ == "acl" and t.tag_ == "VBN":  # "the editor detained by police"
                return self._mentions(t.head, cover)
            return [m for dep, m in self._subjects(t, cover) if dep == "nsubjpass"]
        if path.startswith("passive_prep:"):  # "was detained in Baku", "expelled from X"
            passive = any(k.dep_ in {"auxpass", "nsubjpass"} for k in t.children) or t.dep_ == "acl"
            if not passive or t.tag_ != "VBN":
                return []
            word = path.split(":", 1)[1]
            # the place may hang one phrase lower: "were detained as part of an
            # investigation in Yekaterinburg"; a state's place only
            return self._path(t, "prep:" + word, cover) or [
                m for o in _phrase_nouns(t) for m in self._path(o, "prep:" + word, cover) if m.kind == "State"
            ]
        if path == "agent":
            by = [k for k in t.children if k.dep_ == "agent" or (k.dep_ == "prep" and k.lower_ == "by")]
            if not by and t.pos_ == "NOUN":
                # "the detention of X by Y": the parser often hangs "by Y" on X
                by = [
                    b
                    for p in t.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children
                    if o.dep_ == "pobj"
                    for b in o.children
                    if b.dep_ == "prep" and b.lower_ == "by"
                ]
            return [m for k in by for m in self._objects(k, "by", cover, agent=True)]
        if path == "obj":
            # The small model sometimes reads a name after the verb as an adverbial noun
            # ("released filmmaker X"): an actor there is the object.
            # So is a noun right after it ("China summons Japanese ambassador").
            objects = [
                k
                for k in t.children
                if k.dep_ == "dobj"
                or (k.dep_ == "npadvmod" and (k.pos_ == "PROPN" or k.left_edge.i == t.i + 1))
            ]
            return [m for k in objects for m in self._mentions(k, cover)]
        if path == "dative":
            return [
                m
                for k in t.children
                if k.dep_ == "dative" and k.pos_ != "ADP"
                for m in self._mentions(k, cover)
            ]
        if path == "poss":
            return [m for k in t.children if k.dep_ == "poss" for m in self._mentions(k, cover)]
        if path == "modifier":
            return [
                m
                for k in t.children
                if k.dep_ in {"amod", "compound", "nmod"}
                for m in self._mentions(k, cover)
            ]
        if path == "clause_obj":
            # "threatened to strike X"; else where the clause's act goes ("threatened to cut
            # gas supplies to X", "threatened to send troops to X")
            clauses = [k for k in t.children if k.dep_ == "xcomp"]
            return [m for k in clauses for m in self._path(k, "obj", cover)] or [
                m
                for k in clauses
                for word in self.words.clause_preps
                for m in self._path(k, f"prep:{word}", cover)
            ]
        if path == "under":
            # "X, who is under EU sanctions", "Y, already under US sanctions": who is under
            # the nominal cue is its target
            prep = t.head
            if t.dep_ != "pobj" or prep.lower_ != "under":
                return []
            gov = prep.head
            if gov.pos_ in {"VERB", "AUX"}:
                return [m for dep, m in self._subjects(gov, cover) if dep == "nsubj"]
            return self._mentions(gov, cover)
        if path == "claimant":
            return self._claimant(t, cover)
        if path == "entry_from":
            # "was barred from entering X": X bars; a passive cue only
            if not any(k.dep_ == "auxpass" for k in t.children):
                return []
            return [
                m
                for p in t.children
                if p.dep_ == "prep" and p.lower_ == "from"
                for g in p.children
                if g.dep_ == "pcomp" and g.lemma_.lower() in self.words.entry_verbs
                for m in self._path(g, "obj", cover)
            ]
        if path == "small_clause":
            # "declared X persona non grata", "designated X an undesirable organisation": the
            # small model reads X as a complement clause's subject, or as the complement itself
            # With the complement first ("declared persona non grata the Russian ambassador")
            # the model makes the complement the clause's subject and X its object.
            clauses = [k for k in t.children if k.dep_ == "ccomp"]
            return [
                m
                for k in clauses
                for m in (
                    self._mentions(k, cover)
                    if k.pos_ in {"NOUN", "PROPN"}
                    else self._path(k, "subj", cover) or self._path(k, "obj", cover)
                )
            ]
        if path == "clause_subj":
            # also a bare infinitive's own subject: "sent troops to help Russia fight"
            return [
                m for k in t.children if k.dep_ in {"ccomp", "xcomp"} for m in self._path(k, "subj", cover)
            ]
        word = path.split(":", 1)[1]
        found = [
            m
            for k in t.children
            if k.dep_ in {"prep", "dative", "agent"}
            for m in self._objects(k, word, cover)
        ]
        if found or not t.tag_.startswith("VB"):
            return found
        # the parser may hang the preposition on the verb's object ("threatened retaliation
        # against X", "cut gas supplies to X"), on the noun of a phrase of time or place
        # ("met in Minsk shortly before the talks with X") or of such a phrase on the
        # object ("allocated $1 million for assistance to X")
        objects = [k for k in t.children if k.dep_ == "dobj"]
        adjuncts = [
            o
            for h in [t, *objects]
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in self.words.adjunct_preps
            for o in p.children
            if o.dep_ == "pobj"
        ]
        return [
            m
            for o in objects + adjuncts
            if o.i not in cover
            for k in o.children
            if k.dep_ == "prep"
            for m in self._objects(k, word, cover)
        ]

    def _claimant(self, t: Token, cover: dict[int, Mention]) -> list[Mention]:
        """Who made the claim a denial at `t` denies ("rejected Kyiv's allegations", "denied
        the claims by X"), else the nearest speaker before it ("X said ..., while Y denied")."""
        claims = [k for k in t.children if k.dep_ in {"dobj", "nsubjpass"}] + [t]
        for claim in claims:
            for k in claim.children:
                if k.dep_ == "poss":
                    found = self._mentions(k, cover)
                elif k.dep_ in {"prep", "agent"} and k.lower_ in {"of", "by", "from"}:
                    found = self._objects(k, k.lower_, cover)
                else:
                    continue
                if found:
                    return found
        said = self.words.speech | self.words.hedge | self.words.allegation
        for v in reversed([v for v in t.doc[: t.i] if v.lemma_.lower() in said and v.pos_ == "VERB"]):
            found = self._path(v, "subj", cover)
            if found:
                return found
        return []

    def _objects(
        self, prep: Token, word: str, cover: dict[int, Mention], agent: bool = False
    ) -> list[Mention]:
        if prep.lower_ != word:
            return []
        return [
            m for k in prep.children if k.dep_ in {"pobj", "pcomp"} for m in self._mentions(k, cover, agent)
        ]

    def _subjects(self, verb: Token, cover: dict[int, Mention]) -> list[tuple[str, Mention]]:
        """The verb's subjects with their dependency; a coordinated verb shares its head's, and
        a relative clause's subject is the noun it modifies ("the police, who arrested X")."""
        passive = any(k.dep_ == "auxpass" for k in verb.children)
        for v in _clause_heads(verb):
            subj = [k for k in v.children if k.dep_ in SUBJECTS]
            if v is not verb and passive:
                # a passive verb coordinated under another shares only a passive subject
                # ("X was arrested and charged"), never the other's doer
                subj = [k for k in subj if k.dep_ == "nsubjpass"]
            if subj:
                return [
                    (k.dep_, m)
                    for k in subj
                    for m in self._mentions(
                        v.head if k.tag_ in _RELATIVE_TAGS and v.dep_ == "relcl" else k,
                        cover,
                        agent=k.dep_ == "nsubj",
                    )
                ]
        return []

    def _mentions(self, t: Token, cover: dict[int, Mention], agent: bool = False) -> list[Mention]:
        """The mentions a role token stands for, and those of its conjuncts and of the members
        it includes ("52 prisoners, including X"); `agent`: the token is a doer's."""
        out: list[Mention] = []
        for k in _conjuncts(t):
            found = self._resolve(k, cover, agent)
            for p in k.children:
                if p.dep_ == "prep" and p.lower_ in self.words.member_preps:
                    found += [m for o in p.children if o.dep_ == "pobj" for m in self._mentions(o, cover)]
            out += [m for m in found if all(m is not o for o in out)]
        return out

    def _resolve(self, t: Token, cover: dict[int, Mention], agent: bool = False) -> list[Mention]:
        """What one token stands for: its own mention, its title's or description's name,
        an owned thing's owner, or a speaker's pronoun's speaker."""
        own = cover.get(t.i)
        if own is not None and not own.weak:
            return [own]
        lemma = t.lemma_.lower()
        if agent and lemma in self.words.vehicles:
            return []  # "a Bolivian plane that crashed, killing 12": no doer
        # A title or description resolves to the name beside it ("the Russian chargé
        # d'affaires, Lenar X", "US warship"); a nominal cue's modifier is its source, not
        # the noun itself ("EU aid" is no actor); a thing is no doer ("an Azerbaijan
        # Airlines plane that killed"), unless it is one that stands for its owner.
        if lemma in self.patterns.noun_cues:
            links = {"appos"}
        elif agent and t.pos_ != "PROPN" and lemma not in self.words.owned:
            links = {"appos", "flat"}
        else:
            links = _NAME_LINKS
        for k in t.children:  # "the organisation, known as X": X
            if k.dep_ == "acl" and k.lemma_.lower() in self.words.naming_participles:
                called = [
                    m
                    for c in k.children
                    for m in (
                        self._objects(c, "as", cover)
                        if c.dep_ == "prep"
                        else self._mentions(c, cover)
                        if c.dep_ in {"oprd", "attr", "dobj"}
                        else []
                    )
                ]
                if called:
                    return called
        owned = lemma in self.words.owned or lemma in self.words.places
        if owned and self._owned_by(t, cover):
            links = links - {"compound"}  # "Hezbollah's Beirut stronghold" is Hezbollah's
        named: list[Mention] = []
        employed = lemma in self.words.reporters  # "the BBC correspondent" is no BBC
        for k in t.children:  # every one: a hyphenated name may be split over several
            if k.dep_ in links:
                named += [
                    m
                    for m in self._mentions(k, cover, agent)
                    if not m.weak
                    and m not in named
                    and not (employed and k.dep_ == "compound" and m.kind != "Person")
                ]
        if named:
            return named
        if own is not None:
            if own.kind == "Group" and owned:
                # "two agents of Russia's FSB", "staff of X": the people of an owner named
                # by "of" or a possessive stand for it
                of_owner = [
                    k for k in t.children if k.dep_ == "poss" or (k.dep_ == "prep" and k.lower_ == "of")
                ]
                owners = [m for k in of_owner for m in self._owner_of(k, cover)]
                if owners:
                    return owners
            if own.weak:
                # "Polish and Dutch jets": the mention holds only the last of the coordinated
                # demonyms; each names one of them
                shared = [
                    m
                    for k in t.children
                    if k.dep_ in {"amod", "compound", "nmod"}
                    and k.i in cover
                    and any(c.dep_ == "conj" for c in k.children)
                    for m in self._mentions(k, cover)
                ]
                if shared:
                    return shared
            return [own]
        if owned or (not agent and lemma in self.words.vehicles):
            owners = self._owner(t, cover)
            if lemma in self.words.armed:
                return [self._state_behind(m) for m in owners]
            return owners
        if t.tag_ == "CD":  # "closed two of its border crossings with X": a part of them
            return [m for k in t.children if k.dep_ == "prep" for m in self._objects(k, "of", cover, agent)]
        if t.lower_ in self.words.object_pronouns and t.dep_ == "dobj":
            return self._antecedent(t, cover)
        if t.lower_ in self.words.speaker_pronouns:
            found = self._speaker(t, cover) or self._main_subject(t, cover)
            person = t.lower_ in self.words.person_pronouns
            return [found] if found and (found.kind == "Person") == person else []
        if t.pos_ == "NUM" or lemma in self.words.partitives:  # "two of its border crossings"
            return [m for k in t.children if k.dep_ == "prep" for m in self._objects(k, "of", cover, agent)]
        return []

    def _antecedent(self, t: Token, cover: dict[int, Mention]) -> list[Mention]:
        """An object pronoun in a clause that hangs on or is coordinated with a verb is that
        verb's object ("expelled two diplomats, accusing them of spying"; "detained two
        reporters and banned them"): "him"/"her" only a person, "them" anyone."""
        verb = t.head
        while verb.dep_ in {"advcl", "conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head
            found = [m for k in verb.children if k.dep_ == "dobj" for m in self._mentions(k, cover)] or [
                m  # "imposed sanctions on X, accusing him of": the act's target
                for k in [verb, *(o for o in verb.children if o.dep_ == "dobj")]
                for p in k.children
                if p.dep_ == "prep" and p.lower_ in self.words.clause_preps
                for m in self._objects(p, p.lower_, cover)
            ]
            if t.lower_ != "them":
                found = [m for m in found if m.kind == "Person"]
            if found:
                return found
        return []

    def _owner_of(self, k: Token, cover: dict[int, Mention]) -> list[Mention]:
        """The owner a possessive or an "of" phrase names: an agency, outlet or organisation,
        not a group or a whole state ("two agents of Bolivia" stay two agents)."""
        found = self._resolve(k, cover) if k.dep_ == "poss" else self._objects(k, "of", cover)
        return [m for m in found if m.kind not in {"Group", "State"}]

    def _owner(self, t: Token, cover: dict[int, Mention]) -> list[Mention]:
        """Whose an owned thing is: "Sputnik's office", "Polish troops", "the Baku office of X"
        (X's, not the city's), "the border with X"."""
        # A verb that is itself a subject is a noun the model misread, and its "subject" a
        # modifier: "US strikes on a port in Yemen killed 74 people".
        modifiers = {"amod", "compound", "nmod"} | (
            {"nsubj"} if t.dep_ == "nsubj" and t.tag_ == "VBZ" else set()
        )
        owners = [
            found
            for k in t.children
            if k.dep_ == "poss" or (k.dep_ in modifiers and k.i in cover)
            if (found := self._modifier_owner(t, k, cover))
        ]
        # a state body named beside its state is the narrower owner: "Ukraine's SBU security
        # service" is the SBU's ("Kabul's Taliban authorities" stay Kabul's)
        narrowest = next((f for f in owners if any(m.kind == "Agency" for m in f)), None)
        if narrowest:
            return narrowest
        of = [m for k in t.children if k.dep_ == "prep" for m in self._objects(k, "of", cover)]
        if of or owners:
            return of or owners[0]
        # A participle that says whose it is: "a permit held by X", "events hosted
        # alongside X", "events involving X".
        for k in t.children:
            if k.dep_ == "acl" and k.lemma_.lower() in self.words.owner_participles:
                found = [
                    m
                    for c in k.children
                    if c.dep_ in {"agent", "prep", "dobj"}
                    for m in (
                        self._mentions(c, cover) if c.dep_ == "dobj" else self._objects(c, c.lower_, cover)
                    )
                ]
                if found:
                    return found
        # The preposition may hang on the verb: "closed [its border] [with X]".
        heads = [t, t.head] if t.dep_ == "dobj" else [t]
        on_noun, on_verb = self.words.owner_preps, self.words.verb_owner_preps
        if t.lemma_.lower() in self.words.places:  # "a refinery near Ryazan"
            on_noun = on_noun + [p for p in self.words.place_preps if p not in on_noun]
            on_verb = on_verb + self.words.place_preps
        for head in heads:
            for word in on_noun if head is t else on_verb:
                for k in head.children:
                    if k.dep_ == "prep" and k.lower_ == word:
                        found = [m for p in k.children if p.dep_ == "pobj" for m in self._mentions(p, cover)]
                        if found:
                            return found
        if t.lemma_.lower() in self.words.memberships and t.dep_ == "dobj":
            # "froze its membership [in the OSCE]": a body, not a place ("in Minsk")
            return [m for k in t.head.children for m in self._objects(k, "in", cover) if m.kind != "State"]
        return []

    def _modifier_owner(self, t: Token, k: Token, cover: dict[int, Mention]) -> list[Mention]:
        """The owner the modifier `k` of the owned thing `t` names. Beside a possessor or an
        "of" phrase naming an actor, a state modifying the thing says where it is, not whose
        ("its Moscow bureau", "the Baku office of the Russian House")."""
        found = self._resolve(k, cover)
        if k.dep_ != "poss" and self._owned_by(t, cover):
            return [m for m in found if m.kind != "State"]
        return found

    def _owned_by(self, t: Token, cover: dict[int, Mention]) -> bool:
        """The thing has a possessor, or an "of" phrase naming an actor."""
        return any(
            c.dep_ == "poss" or (c.dep_ == "prep" and self._objects(c, "of", cover)) for c in t.children
        )

    def _state_behind(self, m: Mention) -> Mention:
        """An agency's armed forces are its state's: "the Defence Ministry said its troops
        shot down two jets" (the state shot them down)."""
        state = self.state_of(m.actor_id) if self.state_of is not None and m.kind == "Agency" else None
        return replace(m, actor_id=state, kind="State") if state else m

    def _main_subject(self, t: Token, cover: dict[int, Mention]) -> Mention | None:
        """The subject pronoun of an adverbial clause ("after", "when", "because") is the
        subject of the clause it hangs on, when no other actor named outside the clause
        could be it: "Azerbaijan summoned the French ambassador, days after it restricted
        X" (Azerbaijan restricted it), not "X condemned Y after it banned Z"."""
        clause = t.head
        if t.dep_ != "nsubj" or clause.dep_ != "advcl" or not any(k.dep_ == "mark" for k in clause.children):
            return None
        found = self._path(clause.head, "subj", cover)
        inside = {k.i for k in clause.subtree}
        # a demonym phrase ("the French ambassador") is no antecedent of its own
        others = {m.actor_id for i, m in cover.items() if i not in inside and not m.weak and _agrees(t, m)}
        if len(found) != 1 or not _agrees(t, found[0]) or others - {found[0].actor_id}:
            return None
        return found[0]

    def _speaker(self, t: Token, cover: dict[int, Mention]) -> Mention | None:
        """A pronoun in what a speaker says is the speaker: "Pakistan's army said it killed"."""
        node = t
        for gov in t.ancestors:
            if node.dep_ == "ccomp" and gov.lemma_.lower() in self.words.speech:
                found = self._path(gov, "subj", cover)
                # "Tusk said Poland would close its border": "its" is no person
                return found[0] if found and _agrees(t, found[0]) else None
            node = gov
        return None


def _agrees(pronoun: Token, m: Mention) -> bool:
    """ "he" and "she" stand for a person, "it" for no person, "they" for anyone."""
    person = m.kind == "Person"
    agrees = {"he": person, "his": person, "she": person, "it": not person, "its": not person}
    return agrees.get(pronoun.lower_, True)


def _clause_heads(verb: Token) -> Iterator[Token]:
    """The verb, then the verbs it is coordinated under ("arrested and charged")."""
    v = verb
    yield v
    while v.dep_ == "conj" and v.head.pos_ in {"VERB", "AUX"}:
        v = v.head
        yield v


def _conjuncts(t: Token) -> list[Token]:
    """The token and its conjuncts ("X and Y", "X, Y and Z"), also a name the parser joins
    to the apposition of the one before ("X, a deputy, and Y")."""
    out, todo = [], [t]
    while todo:
        k = todo.pop(0)
        out.append(k)
        todo += [c for c in k.children if c.dep_ == "conj" and c.pos_ != "VERB"]
        todo += [
            c
            for a in k.children
            if a.dep_ == "appos" and a.pos_ in {"NOUN", "PROPN"}
            for c in a.children
            if c.dep_ == "conj" and c.pos_ == "PROPN"
        ]
    return out


def _phrase_nouns(verb: Token) -> list[Token]:
    """The nouns of the verb's prepositional phrases, nested ones included ("as part of an
    inquiry"), not those of its clauses."""
    out: list[Token] = []
    todo = [k for k in verb.children if k.dep_ == "prep"]
    while todo:
        prep = todo.pop(0)
        for o in prep.children:
            if o.dep_ == "pobj":
                out.append(o)
                todo += [k for k in o.children if k.dep_ == "prep"]
    return out
