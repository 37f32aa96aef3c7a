"""Affiliations a sentence states: a person's role in an organisation, an organisation's parent.

MEMBER_OF comes from titles ("Russian Deputy Prime Minister X", "Russia Today media
group CEO X", "Prime Minister X of Armenia"), appositions ("X, chief editor of Y"; "A
representative of Y, X"), "led by X" and "X serves as the ... of Y". PART_OF comes from
state ownership ("the Russian state news agency X", "the state-owned X"), "X under Y",
"its subsidiary X", "X of the Y" between agencies and "a branch of Y".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.actors import Catalogue
from loaders.mentions import PRIVATE_TITLES, TITLE_WORDS, Mention, title_start
from loaders.nlp import Tokens, TokSpan

_STATE_OWNED = {"state", "state-owned", "state-funded", "state-controlled", "state-run", "national", "public"}
_ARTICLES = {"the", "a", "an"}
_ORG_KINDS = {"Agency", "Outlet", "Organization"}
_OWNER_KINDS = _ORG_KINDS | {"State"}
# Words that may make up a role written before "of ORG".
_ROLE_WORDS = TITLE_WORDS | _ARTICLES | {"analytical", "baku"}


@dataclass(slots=True)
class Affiliation:
    """A MEMBER_OF or PART_OF link stated in a sentence."""

    type: str
    source: str
    target: str
    role: str | None = None
    cue: int = 0


def _words(doc: Tokens, start: int, end: int) -> list[str]:
    return doc.lower[start:end]


def _is_role(tokens: list[str]) -> bool:
    return bool(tokens) and len(tokens) <= 6 and any(t in TITLE_WORDS for t in tokens)


_HYPHEN = re.compile(r"\s*-\s*")


def _possessing_state(ms: list[Mention], k: int) -> str | None:
    """The State whose mention ends right before the "'s" at `k` ("Russia's ...")."""
    return next((x.actor_id for x in ms if x.end == k and x.kind == "State"), None)


class AffiliationFinder:
    """Finds affiliations between the mentions of one sentence."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def find(self, sent: TokSpan, mentions: list[Mention]) -> list[Affiliation]:
        """Every affiliation the sentence states, without repeats."""
        doc = sent.doc
        found: dict[tuple[str, str, str], Affiliation] = {}
        strong = [m for m in mentions if not m.weak or m.kind == "State"]
        last_org: str | None = None
        for index, m in enumerate(strong):
            if m.kind == "Person":
                for aff in self._member(doc, sent, m, strong, index, last_org):
                    found.setdefault((aff.type, aff.source, aff.target), aff)
                    last_org = aff.target
            elif m.kind in _ORG_KINDS:
                for aff in self._part(doc, sent, m, strong, index):
                    found.setdefault((aff.type, aff.source, aff.target), aff)
        return [a for a in found.values() if a.source != a.target]

    # --- MEMBER_OF ---------------------------------------------------------------------
    def _member(
        self, doc: Tokens, sent: TokSpan, m: Mention, ms: list[Mention], index: int, last_org: str | None
    ) -> list[Affiliation]:
        out: list[Affiliation] = []

        def member(target: str, role: str | None, cue: int) -> None:
            # Tokens are joined with spaces; hyphenated titles read as written ("editor-in-chief").
            role = _HYPHEN.sub("-", role) if role else role
            out.append(Affiliation(type="MEMBER_OF", source=m.actor_id, target=target, role=role, cue=cue))

        # Title before the name: [former] [Demonym | X's | Org] title words NAME [of STATE]
        j = title_start(doc, m.start, sent.start)
        title = doc[j : m.start].text
        if j < m.start:
            owner = self._owner_before(doc, sent, j, ms)
            if owner is None and m.end + 1 < sent.end and doc.lower[m.end] == "of":
                owner = next((x.actor_id for x in ms if x.start == m.end + 1 and x.kind == "State"), None)
            # A private title after a demonym says where one is from (the actor's country),
            # not membership of the state: "Russian journalist X".
            entry = self.catalogue.by_id.get(owner) if owner is not None else None
            private = doc.lower[m.start - 1] in PRIVATE_TITLES and entry is not None and entry.kind == "State"
            if owner is not None and not private:
                member(owner, title, j)
        # Apposition after the name: NAME, [the|a] role (of|for|at) ORG
        if m.end < sent.end and doc.words[m.end] == ",":
            k = m.end + 1
            while k < sent.end and k - m.end <= 8 and doc.lower[k] not in {"of", "for", "at", ",", "and"}:
                k += 1
            role_words = [w for w in _words(doc, m.end + 1, k) if w not in _ARTICLES]
            if k < sent.end and doc.lower[k] in {"of", "for", "at"} and _is_role(role_words):
                org = next((x for x in ms if k < x.start <= k + 3 and x.kind in _OWNER_KINDS), None)
                if org is not None:
                    member(org.actor_id, " ".join(role_words), m.end)
            elif k < sent.end and doc.words[k] in {",", "and"} and _is_role(role_words) and last_org:
                member(last_org, " ".join(role_words), m.end)
        # Reverse apposition: [A] role (of|for) ORG[,] NAME
        if index > 0:
            org = ms[index - 1]
            gap = _words(doc, org.end, m.start)
            if org.kind in _ORG_KINDS and len(gap) <= 2 and all(w in {",", "”", "“", '"'} for w in gap):
                k = org.start - 1
                while k >= sent.start and doc.lower[k] in _ARTICLES:
                    k -= 1
                if k >= sent.start and doc.lower[k] in {"of", "for", "at"}:
                    r = k
                    while r > sent.start and doc.lower[r - 1] in _ROLE_WORDS:
                        r -= 1
                    role = [w for w in _words(doc, r, k) if w not in _ARTICLES]
                    if _is_role(role):
                        member(org.actor_id, " ".join(role), r)
        # "ORG ... led by NAME"
        if m.start - 2 >= sent.start and _words(doc, m.start - 2, m.start) == ["led", "by"]:
            org = next((x for x in reversed(ms[:index]) if x.kind in _ORG_KINDS), None)
            if org is not None:
                member(org.actor_id, "head", m.start)
        # "NAME serves as the role of ORG", "NAME has been leading the office as a role of ORG"
        for k in range(m.end, min(sent.end, m.end + 12)):
            if doc.lower[k] == "as" and k + 1 < sent.end:
                e = k + 1
                while e < sent.end and e - k <= 6 and doc.lower[e] not in {"of", "for", "at"}:
                    e += 1
                role = [w for w in _words(doc, k + 1, e) if w not in _ARTICLES]
                org = next((x for x in ms if e < x.start <= e + 3 and x.kind in _ORG_KINDS), None)
                if e < sent.end and _is_role(role) and org is not None:
                    member(org.actor_id, " ".join(role), k)
                break
        return out

    def _owner_before(self, doc: Tokens, sent: TokSpan, j: int, ms: list[Mention]) -> str | None:
        """Whose title it is: a demonym, "X's", or an organisation right before the title."""
        k = j - 1
        if k >= sent.start and doc.words[k] in {"’s", "'s"}:
            k -= 1
        for x in ms:
            gap = doc[x.end : j]
            if (
                x.end - 1 == k
                or (
                    x.end <= j
                    and len(gap) <= 2
                    and all(
                        t.is_lower and t.lower_ not in {"the", "a", "an"} and not t.lower_.endswith("ed")
                        for t in gap
                    )
                )
            ) and x.kind in _OWNER_KINDS:
                return x.actor_id
        demonym = self.catalogue.demonym_before(doc.words, k + 1, sent.start)
        return demonym[1] if demonym else None

    # --- PART_OF -----------------------------------------------------------------------
    def _part(
        self, doc: Tokens, sent: TokSpan, m: Mention, ms: list[Mention], index: int
    ) -> list[Affiliation]:
        out: list[Affiliation] = []
        # [Demonym | X's] [state ...] descriptors ORG
        j = m.start
        while j > sent.start and (doc.words[j - 1].islower() or doc.words[j - 1] == "-") and m.start - j <= 6:
            j -= 1
        descriptors = set(_words(doc, j, m.start))
        if descriptors & _STATE_OWNED:
            owner = None
            k = j - 1
            demonym = self.catalogue.demonym_before(doc.words, k + 1, sent.start)
            if demonym is not None:
                owner = demonym[1]
            elif k >= sent.start and doc.words[k] in {"’s", "'s"}:
                owner = _possessing_state(ms, k)
            if owner is None and (k < sent.start or doc.lower[k] in _ARTICLES | {","}):
                entry = self.catalogue.by_id.get(m.actor_id)
                owner = self.catalogue.state_of_country.get(entry.country or "") if entry else None
            if owner is not None:
                out.append(Affiliation(type="PART_OF", source=m.actor_id, target=owner, cue=j))
        elif (
            m.kind == "Agency"
            and m.actor_id not in self.catalogue.by_id  # the catalogue's agencies have their parent
            and m.start - 2 >= sent.start
            and doc.words[m.start - 1] in {"’s", "'s"}
        ):
            # "Russia's Investigative Committee": a new agency of a state is part of the state.
            owner = _possessing_state(ms, m.start - 1)
            if owner is not None:
                out.append(Affiliation(type="PART_OF", source=m.actor_id, target=owner, cue=m.start - 1))
        after = ms[index + 1] if index + 1 < len(ms) else None
        if after is not None and after.kind in _ORG_KINDS:
            gap = _words(doc, m.end, after.start)
            if gap and gap[0] in {"under"} and len(gap) <= 2:
                out.append(Affiliation(type="PART_OF", source=m.actor_id, target=after.actor_id, cue=m.end))
            if gap in (["of", "the"], ["of"]) and m.kind == "Agency" and after.kind == "Agency":
                out.append(Affiliation(type="PART_OF", source=m.actor_id, target=after.actor_id, cue=m.end))
        if m.start - 2 >= sent.start and _words(doc, m.start - 2, m.start) == ["its", "subsidiary"]:
            parent = next((x for x in reversed(ms[:index]) if x.kind == "Organization"), None)
            if parent is not None:
                out.append(
                    Affiliation(type="PART_OF", source=m.actor_id, target=parent.actor_id, cue=m.start)
                )
        for k in range(m.end, min(sent.end, m.end + 10)):
            if doc.lower[k] == "branch" and k + 1 < sent.end and doc.lower[k + 1] == "of":
                parent_m = next((x for x in ms if k + 1 < x.start <= k + 6 and x.kind in _ORG_KINDS), None)
                if parent_m is not None:
                    out.append(
                        Affiliation(type="PART_OF", source=m.actor_id, target=parent_m.actor_id, cue=k)
                    )
                break
        return out
