"""Rows the store writes and reads: plain pydantic models, one per graph element."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from app.core.names import search_keys

Status = Literal["reported", "alleged", "denied"]
DatePrecision = Literal["day", "month", "year", "none"]
ReviewState = Literal["confirmed", "corrected", "curated"]  # see `review_states` in schema/graph.yaml


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
    pattern: str | None = None  # the extraction rule that read the act from this sentence


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
        """The parameter row the relation upsert reads, evidence nested, null fields left out."""
        data = _compact(self.model_dump(exclude={"evidence", "type"}))
        data["evidence"] = [_compact(e.model_dump()) for e in self.evidence]
        return data


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """`data` without null values (a missing key reads as null in Cypher; smaller batches)."""
    return {key: value for key, value in data.items() if value is not None}


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
