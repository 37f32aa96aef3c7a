"""The store operations analyst review needs: read, move, delete and mark acts and actors.

Invariant: like the rest of the store layer, every statement is a `cypher/` template;
relationship types and kind labels come from the schema, everything else is a parameter.
Moving an act is an upsert of the act under its new key (the loaders' own upsert, so
evidence is unioned the same way) followed by a delete of the old edge and its evidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from pydantic import Field

from app.core.cypher import render
from app.core.names import search_keys
from app.store.base import GraphStore, Row
from app.store.models import ActorRecord, EvidenceRecord, RelationRecord

_STATUS_RANK = {"reported": 2, "alleged": 1, "denied": 0}


class ActorState(ActorRecord):
    """An actor as the graph holds it, with the articles that mention it."""

    mentioned_in: list[str] = Field(default_factory=list)


class ReviewStore:
    """Review's reads and writes over one graph store."""

    def __init__(self, store: GraphStore):
        self.store = store
        self.dialect = store.dialect
        self.schema = store.schema

    # -- acts -----------------------------------------------------------------------
    def act(self, rel_type: str, act_id: str, source: str, target: str) -> RelationRecord | None:
        """One act with all its evidence, or None."""
        query = render("review_act", self.dialect, rel_type=rel_type)
        rows = self.store.run_read(query, {"id": act_id, "source": source, "target": target})
        if not rows:
            return None
        row = rows[0]
        evidence = [_evidence(e) for e in row.pop("evidence") if e is not None]
        return RelationRecord.model_validate(
            {**_known(row), "type": rel_type, "asserted_by": row["asserted_by"] or [], "evidence": evidence}
        )

    def act_by_id(self, act_id: str) -> RelationRecord | None:
        """One act found by its id alone (through its evidence), or None."""
        rows = self.store.run_read(render("review_act_by_id", self.dialect), {"id": act_id})
        if not rows or rows[0]["type"] not in self.schema.relations:
            return None
        where = rows[0]
        return self.act(where["type"], act_id, where["source"], where["target"])

    def actor_acts(self, actor_id: str) -> list[RelationRecord]:
        """Every act and affiliation of one actor, either way, with their evidence."""
        rows = self.store.run_read(render("review_actor_acts", self.dialect), {"id": actor_id})
        found = (self.act(r["type"], r["id"], r["source"], r["target"]) for r in rows)
        return sorted((a for a in found if a is not None), key=lambda a: a.id)

    def delete_acts(self, acts: Iterable[RelationRecord]) -> None:
        """Delete acts with their evidence (whichever of them the graph holds)."""
        by_type: dict[str, list[Row]] = defaultdict(list)
        for act in acts:
            by_type[act.type].append({"id": act.id, "source": act.source, "target": act.target})
        for rel_type, rows in by_type.items():
            self.store.run_write(
                render("review_delete_acts", self.dialect, rel_type=rel_type), {"rows": rows}
            )
        ids = [row["id"] for rows in by_type.values() for row in rows]
        if ids:
            self.store.run_write(render("review_delete_act_evidence", self.dialect), {"ids": ids})

    def delete_evidence(self, evidence_ids: list[str]) -> None:
        """Delete evidence nodes by id."""
        if evidence_ids:
            self.store.run_write(render("review_delete_evidence", self.dialect), {"ids": evidence_ids})

    def set_acts(self, updates: Iterable[tuple[RelationRecord | Any, dict[str, Any]]]) -> None:
        """Set properties on acts (anything with type, id, source, target); None removes one."""
        by_type: dict[str, list[Row]] = defaultdict(list)
        for act, props in updates:
            by_type[act.type].append(
                {"id": act.id, "source": act.source, "target": act.target, "props": props}
            )
        for rel_type, rows in by_type.items():
            self.store.run_write(render("review_set_acts", self.dialect, rel_type=rel_type), {"rows": rows})

    def upsert_acts(self, acts: list[RelationRecord]) -> None:
        """Write acts the loaders' way (evidence unioned, status by precedence)."""
        if acts:
            self.store.upsert_relations(acts)

    def refresh(self, act: RelationRecord) -> None:
        """Recount an act from the evidence it still has; delete it when it has none."""
        held = self.act(act.type, act.id, act.source, act.target)
        if held is None:
            return
        if not held.evidence:
            self.delete_acts([held])
            return
        evidence = held.evidence
        statuses = {e.status for e in evidence}
        articles = list(dict.fromkeys(e.article_id for e in evidence))
        props = {
            "evidence_ids": [e.id for e in evidence],
            "evidence_count": len(evidence),
            "article_ids": articles,
            "article_count": len(articles),
            "best_sentence": evidence[0].sentence,
            "status": max(statuses, key=_STATUS_RANK.__getitem__),
            "asserted_by": sorted({a for e in evidence for a in e.asserted_by}),
        }
        self.set_acts([(held, props)])

    # -- actors ---------------------------------------------------------------------
    def actor(self, actor_id: str) -> ActorState | None:
        """One actor with the articles that mention it, or None."""
        rows = self.store.run_read(render("review_actor", self.dialect), {"id": actor_id})
        if not rows:
            return None
        row = rows[0]
        return ActorState.model_validate(
            {**_known(row), "aliases": row["aliases"] or [], "curated": bool(row["curated"])}
        )

    def names(self, actor_ids: Iterable[str]) -> dict[str, str]:
        """Actor id → name, for those the graph holds."""
        rows = self.store.run_read(
            render("review_actor_names", self.dialect), {"ids": sorted(set(actor_ids))}
        )
        return {row["id"]: row["name"] for row in rows}

    def set_actor(self, actor_id: str, props: dict[str, Any]) -> None:
        """Set properties on one actor; None removes one."""
        self.set_actors([(actor_id, props)])

    def set_actors(self, updates: Iterable[tuple[str, dict[str, Any]]]) -> None:
        """Set properties on actors, in one statement; None removes one."""
        rows = [{"id": actor_id, "props": props} for actor_id, props in updates]
        if rows:
            self.store.run_write(render("review_set_actors", self.dialect), {"rows": rows})

    def set_names(self, actor_id: str, name: str, aliases: list[str]) -> None:
        """Give an actor a name and aliases, and the search fields that follow from them."""
        aliases = [a for a in dict.fromkeys(aliases) if a != name]
        names = [name, *aliases]
        self.set_actor(
            actor_id,
            {
                "name": name,
                "aliases": aliases,
                "aliases_text": " | ".join(names),
                "search_keys": search_keys(names),
            },
        )

    def set_kind(self, actor_id: str, kind: str) -> None:
        """Make `kind` the actor's one kind label and its `kind` property."""
        for other in self.schema.actor_kinds:
            if other != kind:
                self.store.run_write(
                    render("review_actor_remove_kind", self.dialect, kind=other), {"id": actor_id}
                )
        self.store.run_write(render("review_actor_add_kind", self.dialect, kind=kind), {"id": actor_id})
        self.set_actor(actor_id, {"kind": kind})

    def upsert_actor(self, actor: ActorRecord) -> None:
        """Write an actor the loaders' way."""
        self.store.upsert_actors([actor])

    def link_mentions(self, actor_id: str, article_ids: Iterable[str]) -> None:
        """Link articles to an actor they mention."""
        rows = [{"article": a, "actor": actor_id} for a in article_ids]
        if rows:
            self.store.run_write(render("review_mentions", self.dialect), {"rows": rows})

    def delete_actor(self, actor_id: str) -> None:
        """Delete an actor and whatever still links to it."""
        self.store.run_write(render("review_delete_actor", self.dialect), {"id": actor_id})


def _known(row: Row) -> Row:
    """`row` without null values (so model defaults apply)."""
    return {k: v for k, v in row.items() if v is not None}


def _evidence(row: Row) -> EvidenceRecord:
    return EvidenceRecord.model_validate({**_known(row), "asserted_by": row.get("asserted_by") or []})
