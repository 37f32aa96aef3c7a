"""Who did what to whom, read from a dependency parse: a small interpreter of the argument
paths in `loaders/patterns.yaml`.

Invariant: the parsed sentence is a Doc of exactly the article's tokens `offset:offset +
len(doc)` (see `loaders.cues.parse_sentence`), so parsed token `j` is article token
`offset + j` and the mentions the pipeline found map onto the tree by index. The
interpreter knows no act type by name: cues, paths and word lists all come from the
pattern file; the paths themselves are followed in `loaders/role_paths.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from app.core.schema import GraphSchema
from loaders.cues import Candidate, Cue, find_cues, infinitive
from loaders.mentions import Mention
from loaders.patterns import ActPatterns
from loaders.role_paths import SUBJECTS, PathReader

_CLAUSES = {"ccomp", "xcomp", "dobj", "advcl", "pcomp"}  # what a verb says or denies
_NEGATED_THROUGH = {"xcomp", "dobj", "nsubjpass", "pobj", "prep"}  # a negated governor negates these


class RoleReader(PathReader):
    """Applies the act patterns to a parsed sentence and the mentions found in it."""

    def __init__(
        self, patterns: ActPatterns, schema: GraphSchema, state_of: Callable[[str], str | None] | None = None
    ) -> None:
        super().__init__(patterns, state_of)
        self.schema = schema

    # --- candidates -----------------------------------------------------------------
    def read(self, parsed: Doc | Span, offset: int, mentions: list[Mention]) -> list[Candidate]:
        """Candidate acts of the sentence, each with its pattern or the reason it was dropped."""
        cover: dict[int, Mention] = {}
        for m in sorted(mentions, key=lambda m: m.weak):  # a name over a phrase it overlaps
            for i in range(max(m.start, offset), min(m.end, offset + len(parsed))):
                cover.setdefault(i - offset, m)
        found: list[Candidate] = []
        for cue in find_cues(parsed, self.patterns):
            found += self._candidates(cue, offset, cover)
        return found

    def _candidates(self, cue: Cue, offset: int, cover: dict[int, Mention]) -> list[Candidate]:
        t = cue.token
        base = Candidate(type=cue.type, cue=offset + t.i, pattern=f"{cue.type}:{cue.form}")
        inside = cover.get(t.i)
        if inside is not None and (inside.kind == "Group" or not inside.weak):
            return [_drop(base, f"the cue is part of the name {inside.text!r}")]
        reason = self._context(t, base, cover) or self._not_a_call(cue)
        if reason:
            return [_drop(base, reason)]
        sources = self._role(cue, "source", cover)
        targets = self._role(cue, "target", cover)
        if not targets and self._person_verb(cue):
            targets = [("oprd", m) for k in t.children if k.dep_ == "oprd" for m in self._mentions(k, cover)]
        sources, targets, how = self._control(cue, sources, targets, cover)
        base.pattern += how
        if self.patterns.types[cue.type].symmetric:
            targets = targets or self._party_beside(cue, cover)
            sources, targets = _parties(sources, targets)
        if not sources:  # kept with their targets: a named rule may find the doer elsewhere
            reason = self._no_source(cue)
            return [
                _drop(replace(base, pattern=f"{base.pattern}:?>{p}", target=g), reason) for p, g in targets
            ] or [_drop(base, reason)]
        if not targets:  # kept with their sources: a named rule may find the target elsewhere
            reason = "no target on the paths " + "/".join(self.patterns.paths(cue.type, cue.form, "target"))
            return [
                _drop(replace(base, pattern=f"{base.pattern}:{p}>?", source=s), reason) for p, s in sources
            ]
        out: list[Candidate] = []
        rel = self.schema.relation(cue.type)
        for spath, s in sources:
            for tpath, g in targets:
                c = Candidate(
                    type=cue.type,
                    cue=base.cue,
                    pattern=f"{base.pattern}:{spath}>{tpath}",
                    source=s,
                    target=g,
                    status=base.status,
                    asserted_by=[a for a in base.asserted_by if a != s.actor_id],
                )
                if s.actor_id == g.actor_id:
                    c.dropped = "source and target are the same actor"
                elif s.kind not in rel.source:
                    c.dropped = f"a {s.kind} cannot be the source of {cue.type}"
                elif g.kind not in rel.target:
                    c.dropped = f"a {g.kind} cannot be the target of {cue.type}"
                elif self._person_verb(cue) and g.kind != "Person":
                    c.dropped = f"{t.text!r} reports {cue.type} only with a person at the other end"
                elif self._person_verb(cue) and _said_after(t.doc, g.end - offset):
                    c.dropped = f"{t.text!r} says something of {g.text!r}: no call"
                out.append(c)
        return out

    def _person_verb(self, cue: Cue) -> bool:
        return cue.form == "verb" and cue.token.lemma_.lower() in self.patterns.types[cue.type].person_verbs

    def _not_a_call(self, cue: Cue) -> str | None:
        """A person verb with anything said of its object is no call: "called X a liar"."""
        if not self._person_verb(cue):
            return None
        children = list(cue.token.children)
        has_object = any(k.dep_ == "dobj" for k in children)
        # a lone "oprd" is the small model's reading of the object itself ("called X")
        said = [
            k
            for k in children
            if k.dep_ in {"xcomp", "ccomp", "acomp", "prt", "dative"} or (k.dep_ == "oprd" and has_object)
        ]
        # "called for X", "called on X to": the preposition right after the verb
        said += [
            k
            for k in children
            if k.dep_ == "prep" and k.lower_ in {"for", "on", "upon"} and k.i == k.head.i + 1
        ]
        return f"{cue.token.text!r} with {said[0].text!r} is no call" if said else None

    def _no_source(self, cue: Cue) -> str:
        t = cue.token
        if cue.form == "noun" and t.dep_ in {"dobj", "pobj", "nsubjpass", "attr"}:
            return f"the nominal cue is the {t.dep_} of {t.head.text!r}: not an act of its subject"
        if t.dep_ == "advcl" and t.tag_ == "VBG":
            return "participle clause: the main clause's subject is not read as the agent"
        return "no source on the paths " + "/".join(self.patterns.paths(cue.type, cue.form, "source"))

    def _context(self, t: Token, c: Candidate, cover: dict[int, Mention]) -> str | None:
        """What governs the cue: negation, conditions, intentions; sets status and speaker."""
        w = self.words
        if any(k.dep_ == "neg" or (k.dep_ == "det" and k.lower_ == "no") for k in t.children):
            return "negated"
        modal = next((k.text for k in t.children if k.dep_ == "aux" and k.lower_ in w.hypothetical), None)
        if modal:
            return f"hypothetical: {modal!r}"
        for k in t.children:
            if k.dep_ == "advmod" and k.lemma_.lower() in w.hedge_adverbs:
                c.status = "alleged"
        node = t
        for gov in t.ancestors:
            lemma, dep = gov.lemma_.lower(), node.dep_
            mark = self._condition(node)
            if mark:
                return f"under the condition {mark!r}"
            if lemma in w.preventing and dep not in SUBJECTS:
                return f"prevented: the act is what {gov.text!r} stops or undoes"
            # an attempt to say something says it: "tried to shift the blame to X"
            said = lemma in w.attempts and self.patterns.types[c.type].spoken
            # "appealed to X to release Y" (the parser may read the clause as one of purpose);
            # "rejected Russia's request to detain X": a plan's or a request's "to" clause too
            wish = dep == "acl" and gov.pos_ == "NOUN" and infinitive(node)
            controlled = dep == "xcomp" or wish or (dep == "advcl" and infinitive(node))
            if controlled and lemma in w.not_done and not said:
                return f"not done: the clause is what {gov.text!r} governs"
            # "urged a deal between X and Y", "called for talks with X": a nominal act asked for
            asked = node.i == t.i or (node.i == t.head.i and node.lower_ == "for")
            light = lemma in self.patterns.types[c.type].light_verbs  # "offered an apology"
            if asked and dep in {"dobj", "prep"} and t.pos_ == "NOUN" and lemma in w.not_done and not light:
                return f"not done: the act is what {gov.text!r} asks for or intends"
            # "did not order X to...", "would not impose sanctions on X"
            if dep in _NEGATED_THROUGH and any(k.dep_ == "neg" for k in gov.children):
                return f"negated: {gov.text!r} is negated"
            if dep in _CLAUSES and lemma in w.denial:
                c.status = "denied"  # "denied that X struck Y", "denied supplying weapons"
            elif dep == "ccomp" and lemma in w.hedge:
                c.status = "alleged"
            if lemma in w.allegation and dep == "prep" and node.lower_ in {"of", "for"}:
                c.status = "alleged"  # "accused X of arming Y": alleged by the accuser
                c.asserted_by += [
                    m.actor_id for m in self._path(gov, "subj", cover) + self._path(gov, "agent", cover)
                ]
            if dep in {"ccomp", "xcomp", "parataxis"} and (lemma in w.speech or lemma in w.hedge):
                c.asserted_by += [m.actor_id for _, m in self._subjects(gov, cover)]
            node = gov
        mark = self._condition(node)
        if mark:
            return f"under the condition {mark!r}"
        for k in t.sent.root.children:  # "according to X"
            if k.lower_ == "according":
                c.asserted_by += [m.actor_id for p in k.children for m in self._objects(p, "to", cover)]
        return None

    def _condition(self, clause: Token) -> str | None:
        """The conditional marker ("if", "unless") of the clause `clause` heads, if any."""
        return next(
            (
                k.text
                for k in clause.children
                if k.dep_ == "mark" and k.lemma_.lower() in self.words.conditions
            ),
            None,
        )

    # --- roles ----------------------------------------------------------------------
    def _role(self, cue: Cue, role: str, cover: dict[int, Mention]) -> list[tuple[str, Mention]]:
        """Mentions on the type's paths for `role`, path by path, the first path that gives any."""
        t = cue.token
        said = self._said_beside(cue, cover) if role == "source" else []
        if said:
            return said
        paths = self.patterns.paths(cue.type, cue.form, role)
        moved = self._moved(cue, cover) if role == "target" else []
        heads = [t]
        container = self._container(t)
        if container is not None:
            heads.append(container)  # "an aid package for X": the package stands in for the cue
        verb = self._light(cue)
        if verb is not None:
            heads.append(verb)  # "imposed sanctions on X": the preposition may hang on the verb
        if cue.form == "noun" and t.dep_ == "pobj" and t.head.dep_ == "agent" and self._is_act(t.head.head):
            heads.append(t.head.head)  # "killed by airstrikes in X's province": one event, one place
        for path in paths:
            for head in heads:
                found = [m for m in self._path(head, path, cover) if all(m is not g for g in moved)]
                if found:
                    return [(path, m) for m in found]
        if verb is not None and role == "source":
            by_verb = [("subj", m) for m in self._path(verb, "subj", cover)] or [
                ("agent", m) for m in self._path(verb, "agent", cover)
            ]
            purpose = verb.dep_ == "advcl" and infinitive(verb)
            if not by_verb and verb.dep_ == "advcl" and verb.tag_ == "VBG":
                # "intensified their rhetoric, escalating accusations against X": a light
                # verb's participle clause is the main clause's subject's act
                by_verb = [("participle:subj", m) for m in self._path(verb.head, "subj", cover)]
            if not by_verb and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
                # "accused X of orchestrating attacks": the accused orchestrates them
                by_verb = self._adjunct(verb, [], cover)
            if not by_verb and (verb.dep_ == "xcomp" or purpose):
                # "helped X to carry out attacks": the governor's object carries them out, or
                # with no object ("decided to carry out"), its subject
                gov = verb.head
                by_verb = [("control:obj", m) for m in self._path(gov, "obj", cover)] or [
                    ("control:subj", m) for m in self._path(gov, "subj", cover)
                ]
            return [(f"light:{verb.lemma_}:{p}", m) for p, m in by_verb]
        if role == "source" and cue.form == "noun":
            disowned = self._disowned_act(cue, cover)
            if disowned:
                return disowned
        if role == "source" and cue.form == "noun" and t.dep_ == "pobj":
            owned = self._owned_act(cue, cover)
            if owned:
                return owned
        result = self._result_of(cue)
        if result is not None and role == "source":
            return [(f"result:{result.lemma_}:subj", m) for m in self._path(result, "subj", cover)]
        means = self._means(cue)
        if means is not None and role == "source":
            return [(f"means:{means.lemma_}:subj", m) for m in self._path(means, "subj", cover)]
        return []

    def _party_beside(self, cue: Cue, cover: dict[int, Mention]) -> list[tuple[str, Mention]]:
        """The other party of a symmetric act coordinated, with no subject of its own, after
        another symmetric act: "Pezeshkian met Putin in Moscow and signed a treaty" (with
        Putin)."""
        t, head = cue.token, cue.token.head
        if cue.form != "verb" or t.dep_ != "conj" or any(k.dep_ in SUBJECTS for k in t.children):
            return []
        for act_type, _, _ in self.patterns.verb_cues.get(head.lemma_.lower(), []):
            if not self.patterns.types[act_type].symmetric:
                continue
            for path in self.patterns.paths(act_type, "verb", "target"):
                found = self._path(head, path, cover)
                if found:
                    return [(f"beside:{path}", m) for m in found]
        return []

    def _moved(self, cue: Cue, cover: dict[int, Mention]) -> list[Mention]:
        """What an act that gives something moves, named by a demonym: no party to it
        ("Russia sent North Korean troops to the front")."""
        pattern = self.patterns.types[cue.type]
        if not pattern.moves or cue.form != "verb":
            return []
        if any(k.dep_ == "prep" and k.lower_ == "with" for k in cue.token.children):
            return []  # "supplied Cambodian troops with drones": the object is given to
        return [
            cover[k.i]
            for k in cue.token.children
            if k.dep_ == "dobj" and k.i in cover and k.lemma_.lower() in pattern.needs
        ]

    def _said_beside(self, cue: Cue, cover: dict[int, Mention]) -> list[tuple[str, Mention]]:
        """The speaker of a spoken act with no subject of its own coordinated with the
        clause the speaker reports: "Armenia said Azerbaijani forces shelled a village and
        accused Baku of provocation" (Armenia accuses)."""
        t = cue.token
        if cue.form != "verb" or not self.patterns.types[cue.type].spoken or t.dep_ != "conj":
            return []
        if any(k.dep_ in SUBJECTS for k in t.children):
            return []
        first = t.head
        while first.dep_ == "conj":
            first = first.head
        speech = first.head
        if first.dep_ != "ccomp" or speech.lemma_.lower() not in self.words.speech:
            return []
        return [("speaker:subj", m) for m in self._path(speech, "subj", cover)]

    def _disowned_act(self, cue: Cue, cover: dict[int, Mention]) -> list[tuple[str, Mention]]:
        """Who denies doing a nominal act: the subject of a `disowning` verb whose object it
        is, bare or after an `involvement` noun ("Moscow denied the attack on Poland",
        "Iran denied any involvement in the attack on Israel"); the status is set by
        `_context`."""
        t = cue.token
        if any(_names_doer(k) for k in t.children):
            return []  # "denied the Indian attack on X": someone named did it
        if t.dep_ == "pobj" and t.head.head.lemma_.lower() in self.words.involvement:
            t = t.head.head
        if t.dep_ != "dobj" or t.head.lemma_.lower() not in self.words.disowning:
            return []
        return [("denier:subj", m) for m in self._path(t.head, "subj", cover)]

    def _owned_act(self, cue: Cue, cover: dict[int, Mention]) -> list[tuple[str, Mention]]:
        """Who did a nominal act the sentence pins on someone: the accused in "blamed X for
        an attack on Y" (alleged), the claimant in "claimed responsibility for an attack";
        for a meeting, the subject in "freed X after talks with Y"."""
        prep, gov = cue.token.head, cue.token.head.head
        lemma = gov.lemma_.lower()
        if prep.lower_ in {"of", "for"} and lemma in self.words.allegation:
            accused = self._path(gov, "obj", cover) or self._path(gov, "passive_subj", cover)
            return [("accused", m) for m in accused]
        if prep.lower_ == "for" and gov.lower_ in self.words.responsibility:
            claim = gov.head
            if claim.lemma_.lower() in self.words.claiming and gov.dep_ == "dobj":
                return [("responsibility:subj", m) for m in self._path(claim, "subj", cover)]
        symmetric = self.patterns.types[cue.type].symmetric
        if symmetric and prep.lower_ in self.words.subject_preps and gov.pos_ in {"VERB", "AUX"}:
            return [("adjunct:subj", m) for m in self._path(gov, "subj", cover)]
        return []

    def _result_of(self, cue: Cue) -> Token | None:
        """The clause a nominal cue is the outcome of ("police raided clubs, resulting in the
        detention of X"): a participle of `result_verbs` hanging on a verb; its subject, when
        an actor, did both."""
        t = cue.token
        if cue.form != "noun" or t.dep_ != "pobj":
            return None
        participle = t.head.head
        if participle.lemma_.lower() not in self.words.result_verbs or participle.dep_ != "advcl":
            return None
        main = participle.head
        return main if main.pos_ in {"VERB", "AUX"} else None

    def _means(self, cue: Cue) -> Token | None:
        """The act a nominal cue is the means of ("killed X in an airstrike on Y"): a cue verb
        governing it through one of the `means_preps`; its subject did both."""
        t = cue.token
        if cue.form != "noun" or t.dep_ != "pobj" or t.head.lower_ not in self.words.means_preps:
            return None
        verb = t.head.head
        return verb if verb.tag_.startswith("VB") and verb.lemma_.lower() in self.patterns.verb_cues else None

    def _container(self, t: Token) -> Token | None:
        """The noun that holds a nominal cue and stands in for it: "an aid package",
        "five hours of talks"."""
        if t.dep_ == "compound" and t.head.lemma_.lower() in self.words.containers:
            return t.head
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in self.words.containers:
            return t.head.head
        return None

    def _light(self, cue: Cue) -> Token | None:
        """The light verb a nominal cue is the object of ("imposed sanctions", "provided X
        with support"), if the type lists it."""
        t = cue.token
        if cue.form != "noun":
            return None
        t = self._container(t) or t  # "announced a new aid package", "held hours of talks"
        if t.dep_ == "appos" and t.head.dep_ in {"dobj", "nsubjpass"}:
            t = t.head  # "intensified its rhetoric, escalating accusations against X": a renaming
        if t.dep_ in {"dobj", "nsubjpass"}:
            verb = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.pos_ == "VERB":
            verb = t.head.head
        else:
            return None
        forms = {verb.lemma_.lower()} | {
            f"{verb.lemma_.lower()} {k.lower_}" for k in verb.children if k.dep_ == "prt"
        }
        return verb if not forms.isdisjoint(self.patterns.types[cue.type].light_verbs) else None

    def _control(
        self,
        cue: Cue,
        sources: list[tuple[str, Mention]],
        targets: list[tuple[str, Mention]],
        cover: dict[int, Mention],
    ) -> tuple[list[tuple[str, Mention]], list[tuple[str, Mention]], str]:
        """Roles a controlled clause takes from its governor ("ordered the BBC to suspend its
        operations": the orderer closes the BBC; "decided to expel X": the decider expels)."""
        t = cue.token
        if cue.form == "caused":  # "ordered X to leave": the orderer expels X
            gov = t.head
            causer = (
                self._path(gov, "subj", cover)
                or self._path(gov, "agent", cover)
                or self._path(t, "agent", cover)
            )
            made = [m for k in gov.children if k.dep_ == "dobj" for m in self._mentions(k, cover)]
            # the parser may read the one made to act as the clause's subject: "ordered [X leave]"
            subject = [m for k in t.children if k.dep_ == "nsubj" for m in self._mentions(k, cover)]
            made = made or subject or self._path(gov, "passive_subj", cover)
            return [("causative:subj", m) for m in causer], [("causative:obj", m) for m in made], ""
        if cue.form != "verb" or sources:
            return sources, targets, ""
        if t.dep_ == "pcomp" and t.head.dep_ == "prep":
            return self._adjunct(t, targets, cover), targets, ""
        gov = t.head
        shared = self._shared_doer(t, cover)
        if shared is not None:
            return shared, targets, ""
        if t.dep_ == "ccomp" and gov.lemma_.lower() in self.words.causatives:
            # "ordered that the activities of X be suspended": the orderer suspends
            return [("causative:subj", m) for m in self._path(gov, "subj", cover)], targets, ""
        if t.dep_ != "xcomp":
            return sources, targets, ""
        objects = [m for k in gov.children if k.dep_ == "dobj" for m in self._mentions(k, cover)]
        if not objects:
            addressed = self._addressee(gov, cover)
            if addressed:
                return addressed, targets, ""
            return [("control:subj", m) for m in self._path(gov, "subj", cover)], targets, ""
        if gov.lemma_.lower() in self.words.causatives:
            own = {m.actor_id for _, m in targets}
            if not own or own <= {m.actor_id for m in objects}:
                caused = [("causative:subj", m) for m in self._path(gov, "subj", cover)]
                return caused, [("causative:obj", m) for m in objects], ""
        return [("control:obj", m) for m in objects], targets, ""

    def _addressee(self, gov: Token, cover: dict[int, Mention]) -> list[tuple[str, Mention]]:
        """Whom a verb of `addressing` addresses: the doer of the clause after it ("appealed
        to X to release Y", "called on X to withdraw")."""
        preps = [
            k
            for k in gov.children
            if k.dep_ == "prep" and (gov.lemma_.lower(), k.lower_) in self.words.addressing
        ]
        return [("addressee", m) for k in preps for m in self._objects(k, k.lower_, cover)]

    def _shared_doer(self, t: Token, cover: dict[int, Mention]) -> list[tuple[str, Mention]] | None:
        """The doer a non-finite clause takes from the clause it hangs on, or None where the
        rule does not apply:
        - a participle clause ("expelled two diplomats, accusing them of spying"): a speech
          participle always, any other only when the main verb is itself an act ("struck a
          hospital, killing two people"; not "the plane crashed, killing 38");
        - a purpose clause ("sent troops to help X", "deployed troops to support X");
        - a decision's participle ("signed a decree allocating aid to X")."""
        gov = t.head
        if t.dep_ == "advcl" and t.tag_ == "VBG":
            if t.lemma_.lower() in self.words.said_participles or self._is_act(gov):
                return [(f"participle:{p}", m) for p in ("subj", "agent") for m in self._path(gov, p, cover)]
            return None
        purpose = infinitive(t)
        if purpose and t.dep_ == "advcl":
            return self._addressee(gov, cover) or [
                ("purpose:subj", m) for m in self._path(gov, "subj", cover)
            ]
        if (
            t.dep_ == "acl"
            and gov.dep_ == "dobj"
            and (purpose or gov.lemma_.lower() in self.words.instruments)
        ):
            how = "purpose" if purpose else "instrument"
            return [(f"{how}:subj", m) for m in self._path(gov.head, "subj", cover)]
        return None

    def _is_act(self, verb: Token) -> bool:
        """The verb reports an act: a cue verb, or a light verb of a nominal cue it takes."""
        lemma = verb.lemma_.lower()
        if not verb.tag_.startswith("VB"):
            return False
        if lemma in self.patterns.verb_cues:
            return True
        return any(
            k.dep_ == "dobj" and lemma in self.patterns.types[act_type].light_verbs
            for k in verb.children
            for act_type in self.patterns.noun_cues.get(k.lemma_.lower(), [])
        )

    def _adjunct(
        self, t: Token, targets: list[tuple[str, Mention]], cover: dict[int, Mention]
    ) -> list[tuple[str, Mention]]:
        """The doer of a gerund after a preposition: the accused in "accused X of arming Y",
        the subject in "responded by expelling Y" or "days after attacking Y"."""
        prep, gov = t.head, t.head.head
        if prep.lower_ in {"of", "for"} and gov.lemma_.lower() in self.words.allegation:
            accused = self._path(gov, "obj", cover) or self._path(gov, "passive_subj", cover)
            return [("accused", m) for m in accused]
        if prep.lower_ in self.words.subject_preps and gov.pos_ in {"VERB", "AUX"}:
            return [("adjunct:subj", m) for m in self._path(gov, "subj", cover)]
        return []


def _parties(
    sources: list[tuple[str, Mention]], targets: list[tuple[str, Mention]]
) -> tuple[list[tuple[str, Mention]], list[tuple[str, Mention]]]:
    """A symmetric act's parties: with one side empty, coordinated parties ("X and Y met",
    "talks between X and Y") are the first and the rest."""
    side = sources or targets
    if (sources and targets) or len({m.actor_id for _, m in side}) < 2:
        return sources, targets
    return [side[0]], [p for p in side[1:] if p[1].actor_id != side[0][1].actor_id]


def _drop(c: Candidate, reason: str) -> Candidate:
    c.dropped = reason
    return c


def _names_doer(k: Token) -> bool:
    """The modifier of a nominal act names a doer: a possessor, a "by" phrase, a name."""
    if k.dep_ == "poss" or (k.dep_ in {"prep", "agent"} and k.lower_ == "by"):
        return True
    return k.dep_ in {"amod", "compound", "nmod"} and k.text[:1].isupper()


def _said_after(doc: Doc | Span, j: int) -> bool:
    """A noun phrase follows the object at `j` ("called X a liar")."""
    return j < len(doc) and doc[j].pos_ in {"DET", "NOUN", "ADJ", "PROPN", "NUM"}
