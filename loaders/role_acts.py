"""The pipeline's act step: acts read from a dependency parse by the patterns of
`loaders/patterns.yaml` (`loaders/roles.py`), plus the few rules that look at the sentences
before (a doer lent by the previous act, a denial's accuser, a list referred back to).

Only sentences with a cue lemma and two actors are parsed, so the parser's cost is paid
where an act can be; `ParsedActFinder.parsed` / `.sentences` is the share parsed.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from app.core.schema import GraphSchema
from loaders.actors import Catalogue
from loaders.acts import ActMention, amount_usd
from loaders.cues import Candidate, parse_sentence, parse_sentences
from loaders.mentions import ArticleContext, Mention
from loaders.nlp import Tokens, TokSpan
from loaders.patterns import ActPatterns
from loaders.roles import RoleReader


class ParsedActFinder:
    """Acts read from a parse of the sentence by the patterns of `loaders/patterns.yaml`."""

    def __init__(
        self, schema: GraphSchema, catalogue: Catalogue, patterns: ActPatterns, parser: Language
    ) -> None:
        self.schema = schema
        self.catalogue = catalogue
        self.patterns = patterns
        self.parser = parser
        # an actor's state, new actors' by the article's context (`_state`)
        self._context = ArticleContext()
        self._sentence = 0
        self.reader = RoleReader(patterns, schema, self._state)
        self.sentences = 0
        self.parsed = 0
        self.candidates: list[Candidate] = []  # the last sentence's, for `explain`
        self._ahead: dict[tuple[Tokens, int], Doc] = {}  # parses made ahead, by article and first token
        self._lists: list[set[str]] = []  # per sentence of the article: the types whose lists it names

    def has_cue(self, sent: TokSpan) -> bool:
        """A cue lemma (or word) is in the sentence, not as part of a fixed phrase that is no
        cue ("according to"), and with the word it needs beside it if it is `gated`."""
        lemmas, gated, doc = self.patterns.lemmas, self.patterns.gated, sent.doc
        fixed = self.patterns.words.not_cues
        words = set(doc.lemma[sent.start : sent.end])
        for i in range(sent.start, sent.end):
            cue = doc.lemma[i] if doc.lemma[i] in lemmas else doc.lower[i] if doc.lower[i] in lemmas else None
            if cue is None or (i + 1 < sent.end and (doc.lower[i], doc.lower[i + 1]) in fixed):
                continue
            if cue not in gated or not words.isdisjoint(gated[cue]):
                return True
        return False

    def prepare(self, sentences: list[tuple[TokSpan, list[Mention]]]) -> None:
        """Parse, in one batch, every sentence that may be worth parsing, of one article or
        of every article of a page: a cue and two actors, or one actor after a sentence of
        the same article that may hold an act. Batched, the parser costs a fraction as much
        per sentence."""
        ahead: list[tuple[TokSpan, frozenset[int]]] = []
        could_act = False  # the previous sentence may hold an act whose doer is lent on
        article: Tokens | None = None
        for sent, mentions in sentences:
            if sent.doc is not article:
                article, could_act = sent.doc, False
            actors = len({m.actor_id for m in mentions})
            could_act = actors >= (1 if could_act else 2) and self.has_cue(sent)
            if could_act:
                ahead.append((sent, _names(mentions)))
        parses = parse_sentences(self.parser, ahead) if ahead else []
        self._ahead = {(s.doc, s.start): p for (s, _), p in zip(ahead, parses, strict=True)}

    def _parse(self, sent: TokSpan, mentions: list[Mention]) -> Doc:
        """The sentence's parse: from the batch made ahead, else parsed alone."""
        parsed = self._ahead.get((sent.doc, sent.start))
        if parsed is None or len(parsed) != sent.end - sent.start:
            return parse_sentence(self.parser, sent.doc, sent, _names(mentions))
        return parsed

    def worth_parsing(self, sent: TokSpan, mentions: list[Mention], doer_before: bool = False) -> bool:
        """A sentence can hold an act: a cue lemma (or word) and two actors, or one where the
        previous sentence's act may lend its doer (`doer_before`)."""
        if len({m.actor_id for m in mentions}) < (1 if doer_before else 2):
            return False
        return self.has_cue(sent)

    def find(
        self, sent: TokSpan, mentions: list[Mention], context: ArticleContext, history: list[ActMention]
    ) -> list[ActMention]:
        """Acts in `sent`, one per (type, source, target), from the candidates not dropped."""
        sentence = context.sentences
        self._context = context
        self._sentence = sentence
        context.sentences += 1
        self.sentences += 1
        self.candidates = []
        if sentence == 0:
            self._lists = []
        self._lists.append(self._marked_lists(sent))
        doer_before = bool(history) and sentence - history[-1].sentence <= 1
        if not self.worth_parsing(sent, mentions, doer_before):
            return []
        self.parsed += 1
        parsed = self._parse(sent, mentions)
        self.candidates = self.reader.read(parsed, sent.start, mentions)
        acts: list[ActMention] = []
        seen: set[tuple[str, str, str]] = set()
        named_before = set().union(*self._lists[max(0, sentence - 2) : sentence + 1])
        for c in self.candidates:
            if c.pattern.startswith(f"{c.type}:earlier-list") and c.type not in named_before:
                c.dropped = c.dropped or "the list it refers back to is not named just before"
            if c.dropped and c.dropped.startswith("no source") and c.target is not None:
                self._previous_agent(c, history + acts, sentence)
            self._agency_of_place(c, history + acts, sentence)
            accusing = self.patterns.types[c.type].target_from
            if c.dropped and c.dropped.startswith("no target") and accusing:
                self._accuser(c, accusing, history + acts, sentence)
            if c.dropped and c.dropped.startswith("no target") and self.patterns.types[c.type].answers:
                self._answered(c, history + acts)
            if c.source is not None and c.source.kind == "Group":
                self._soldiers_for_state(c, c.source, sent.doc)
            if c.dropped or c.source is None or c.target is None:
                continue
            src, tgt = c.source.actor_id, c.target.actor_id
            if self.patterns.types[c.type].symmetric:
                src, tgt = sorted((src, tgt))
            if (c.type, src, tgt) in seen:
                continue
            seen.add((c.type, src, tgt))
            acts.append(
                ActMention(
                    type=c.type,
                    source=src,
                    target=tgt,
                    status=c.status,
                    asserted_by=list(dict.fromkeys(c.asserted_by)),
                    cue=c.cue,
                    sentence=sentence,
                    source_kind=c.source.kind,
                    pattern=c.pattern,
                    # what an act of giving moves may be money ("sent $5 million in aid")
                    amount_usd=amount_usd(sent) if self.patterns.types[c.type].moves else None,
                )
            )
        return acts

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

    def _retaliated(self, source: Mention, earlier: list[ActMention]) -> list[Mention]:
        """Whom an answer with no object answers: who last acted against its source or its
        state in this sentence or the one before ("Austria expelled a Russian diplomat,
        prompting Moscow to promise a tough response")."""
        answering = {source.actor_id, self._state(source.actor_id)} - {None}
        for act in reversed(earlier[-6:]):
            if act.sentence < self._sentence - 1:
                break
            if not answering.isdisjoint({act.target, self._state(act.target)}):
                return [Mention(actor_id=act.source, kind=act.source_kind, start=-1, end=-1, text="")]
        return []

    def _soldiers_state(self, doc: Tokens, m: Mention) -> Mention:
        """ "Venezuelan soldiers fired on ...": soldiers with no count act for their state, as
        its troops do; counted ones stay a group ("four Israeli soldiers")."""
        if m.kind != "Group" or doc.lower[m.end - 1] not in self.patterns.words.state_soldiers:
            return m
        demonym = self.catalogue.demonym_before(doc.words, m.end - 1, m.start)
        if demonym is None or demonym[0] != m.start:
            return m
        return Mention(actor_id=demonym[1], kind="State", start=m.start, end=m.end, text=m.text, weak=True)

    def _marked_lists(self, sent: TokSpan) -> set[str]:
        """The act types whose lists the sentence names: a list noun and one of the type's
        `lists` words ("the list of persons prohibited from entering")."""
        lemmas = set(sent.doc.lemma[sent.start : sent.end])
        if lemmas.isdisjoint(self.patterns.words.list_nouns):
            return set()
        return {n for n, t in self.patterns.types.items() if not lemmas.isdisjoint(t.lists)}

    def _agency_of_place(self, c: Candidate, earlier: list[ActMention], sentence: int) -> None:
        """A doer read from where the act was done ("was detained in Baku": Azerbaijan) is
        the previous act of the type's doer when that doer is the same state's agency
        ("Azerbaijani police detained X. ... Y had been detained in Baku")."""
        if c.dropped or c.source is None or c.source.kind != "State" or ":passive_prep:" not in c.pattern:
            return
        by_id = self.catalogue.by_id
        for act in reversed(earlier):
            if sentence - act.sentence > 1:
                return
            agency = by_id.get(act.source)
            if act.type == c.type and agency is not None and agency.parent == c.source.actor_id:
                c.source = Mention(act.source, act.source_kind, -1, -1, "(the previous act's doer)")
                c.pattern += "+previous-agent"
                return

    def _soldiers_for_state(self, c: Candidate, source: Mention, doc: Tokens) -> None:
        """Soldiers with no count act for their state ("Venezuelan soldiers fired on its
        troops"); counted ones stay a group ("four Israeli soldiers")."""
        state = self._soldiers_state(doc, source)
        if state is source:
            return
        c.source = state
        c.pattern += "+soldiers-state"
        if not c.dropped and c.target is not None and c.target.actor_id == state.actor_id:
            c.dropped = "source and target are the same actor"

    def _answered(self, c: Candidate, earlier: list[ActMention]) -> None:
        """The one an answer with no target answers: the doer of the latest act against its
        source in this or the previous sentence (`_retaliated`): "Finland expelled
        two Russian diplomats. Moscow vowed to retaliate" threatens Finland."""
        answered = self._retaliated(c.source, earlier) if c.source is not None else []
        if answered:
            c.target = replace(answered[0], text="(the doer of the act answered)")
            c.pattern = c.pattern.removesuffix("?") + "answered"
            c.dropped = None

    @staticmethod
    def _previous_agent(c: Candidate, earlier: list[ActMention], sentence: int) -> None:
        """The one rule that looks outside the sentence: an act with no doer in its sentence
        ("X was detained in the capital") takes the doer of the same type's act in this or
        the previous sentence."""
        for act in reversed(earlier):
            if sentence - act.sentence > 1:
                return
            if act.type == c.type and c.target is not None and act.source != c.target.actor_id:
                c.source = Mention(act.source, act.source_kind, -1, -1, "(the previous act's doer)")
                c.pattern += "+previous-agent"
                c.dropped = None
                return

    @staticmethod
    def _accuser(c: Candidate, accusing: str, earlier: list[ActMention], sentence: int) -> None:
        """A denial that names no claimant ("Kabul has denied the allegations") denies the
        latest accusation of the denier in this or the two sentences before: its accuser, or
        whoever asserted an act of the denier's."""
        if c.source is None:
            return
        denier = c.source.actor_id
        for act in reversed(earlier):
            if sentence - act.sentence > 2:
                return
            if act.type == accusing and act.target == denier and act.source != denier:
                accuser = act.source
            elif act.source == denier and [a for a in act.asserted_by if a != denier]:
                accuser = next(a for a in act.asserted_by if a != denier)
            else:
                continue
            c.target = Mention(accuser, c.source.kind, -1, -1, "(the latest accuser; kind not known)")
            c.pattern = c.pattern.removesuffix("?") + "previous-accuser"
            c.dropped = None
            return


def _names(mentions: list[Mention]) -> frozenset[int]:
    """The article token indices inside actor mentions."""
    return frozenset(i for m in mentions for i in range(m.start, m.end))
