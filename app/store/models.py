"""Rows the store writes and reads: plain pydantic models, one per graph element."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from app.core.names import search_keys

Status = Literal["reported", "alleged", "denied"]
DatePrecision = Literal["day", "month", "year", "none"]


class ActorRecord(BaseModel):
    """An actor node: `Actor` plus exactly one kind label."""

    id: str
    name: str
    kind: str
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    curated: bool = False
    wikidata: str | None = None

    def row(self) -> dict[str, Any]:
        """The parameter row the upsert statement reads."""
        names = [self.name, *self.aliases]
        return {**self.model_dump(), "aliases_text": " | ".join(names), "search_keys": search_keys(names)}


class ArticleRecord(BaseModel):
    """An article node, identified by a hash of its text, and the actors it mentions."""

    id: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    source_file: str | None = None
    text: str
    word_count: int = 0
    mentions: list[str] = Field(default_factory=list)

    def row(self) -> dict[str, Any]:
        """The parameter row the upsert statement reads."""
        return self.model_dump()


class EvidenceRecord(BaseModel):
    """One sentence of one article that reports an act."""

    id: str
    article_id: str
    sentence: str
    start: int
    end: int
    status: Status = "reported"
    asserted_by: list[str] = Field(default_factory=list)


class RelationRecord(BaseModel):
    """An act (or affiliation) between two actors with the evidence that reports it."""

    id: str
    type: str
    source: str
    target: str
    date: str | None = None
    date_precision: DatePrecision = "none"
    summary: str | None = None
    amount_usd: float | None = None
    status: Status = "reported"
    role: str | None = None
    asserted_by: list[str] = Field(default_factory=list)
    evidence: list[EvidenceRecord] = Field(default_factory=list)

    def row(self) -> dict[str, Any]:
        """The parameter row the relation upsert reads (evidence goes separately)."""
        data = self.model_dump(exclude={"evidence"})
        data["evidence_ids"] = [e.id for e in self.evidence]
        data["article_ids"] = sorted({e.article_id for e in self.evidence})
        data["best_sentence"] = self.evidence[0].sentence if self.evidence else None
        return data

    def evidence_rows(self) -> list[dict[str, Any]]:
        """Parameter rows for this relation's Evidence nodes."""
        return [{**e.model_dump(), "act_id": self.id, "act_type": self.type} for e in self.evidence]


class GraphBatch(BaseModel):
    """Everything one load writes, in the order the store writes it."""

    actors: list[ActorRecord] = Field(default_factory=list)
    articles: list[ArticleRecord] = Field(default_factory=list)
    relations: list[RelationRecord] = Field(default_factory=list)


class GraphCounts(BaseModel):
    """Node counts by label and relationship counts by type."""

    nodes: dict[str, int]
    relationships: dict[str, int]

    @property
    def total_nodes(self) -> int:
        """Number of nodes (each counted once, under its first label group)."""
        return self.nodes.get("_total", 0)

    @property
    def total_relationships(self) -> int:
        """Number of relationships of every type."""
        return sum(self.relationships.values())
