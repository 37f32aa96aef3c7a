"""What the API answers: role-named public views of actors, acts, evidence, paths and articles.

The reader builds these from store rows; the routes return them unchanged, so the
OpenAPI schema a dashboard reads is exactly this module.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

from app.store.models import ActorRecord, DatePrecision, RelationRecord, ReviewState, Status

Direction = Literal["out", "in", "both"]
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


class ActorSummary(BaseModel):
    """An actor as a node: enough to draw and label it."""

    id: str
    name: str
    kind: str
    country: str | None = None
    curated: bool = False


class ActorHit(ActorSummary):
    """A search result with its aliases and how well it matched (0-100)."""

    aliases: list[str] = Field(default_factory=list)
    score: float


class ActorsPublic(BaseModel):
    """A page of actors."""

    data: list[ActorHit]
    count: int
    limit: int
    offset: int


class ActCount(BaseModel):
    """How many acts of one type an actor took part in, in one direction, and when."""

    type: str
    direction: Literal["out", "in"]
    count: int
    first: str | None = None
    last: str | None = None


class RolePublic(BaseModel):
    """An office or membership (a MEMBER_OF edge)."""

    of: str
    of_name: str | None = None
    role: str | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    status: Status | None = None
    relation_id: str


class ActorPublic(ActorSummary):
    """One actor in full: aliases, roles, its acts counted by type and direction, their date span."""

    aliases: list[str] = Field(default_factory=list)
    wikidata: str | None = None
    roles: list[RolePublic] = Field(default_factory=list)
    act_counts: list[ActCount] = Field(default_factory=list)
    first_act: str | None = None
    last_act: str | None = None
    review: ReviewState | None = Field(default=None, description="Unset until an analyst judges the actor.")
    reviewed_by: str | None = None
    reviewed_at: str | None = None


class EdgePublic(BaseModel):
    """An act (or affiliation) between two actors, with its evidence counts."""

    id: str
    type: str
    source: str
    target: str
    date: str | None = None
    date_precision: DatePrecision | None = None
    status: Status | None = None
    summary: str | None = None
    amount_usd: float | None = None
    role: str | None = None
    evidence_count: int = 0
    article_count: int = 0


class NeighbourhoodPublic(BaseModel):
    """The subgraph around one actor; `truncated` when a node or edge cap cut it short."""

    center: str
    depth: int
    nodes: list[ActorSummary]
    edges: list[EdgePublic]
    truncated: bool


class EvidencePublic(BaseModel):
    """One sentence of one article that reports an act; `start`/`end` slice the stored article text."""

    id: str
    sentence: str
    start: int
    end: int
    status: Status | None = None
    asserted_by: list[str] = Field(default_factory=list)
    pattern: str | None = Field(
        default=None, description="The extraction rule that read the act from this sentence."
    )
    article_id: str
    article_title: str | None = None
    outlet: str | None = None
    article_date: str | None = None


class RelationPublic(EdgePublic):
    """An act with every piece of its evidence."""

    asserted_by: list[str] = Field(default_factory=list)
    evidence: list[EvidencePublic] = Field(default_factory=list)
    review: ReviewState | None = Field(default=None, description="Unset until an analyst judges the act.")
    reviewed_by: str | None = None
    reviewed_at: str | None = None


class RelationsPublic(BaseModel):
    """A page of acts with their evidence."""

    data: list[RelationPublic]
    count: int
    limit: int
    offset: int


class HopPublic(BaseModel):
    """One step of a path: the act taken, which way it points, and its best evidence sentence."""

    source: str
    target: str
    forward: bool = Field(description="True when the act points along the path (from → to).")
    act: EdgePublic
    evidence: EvidencePublic | None = None


class PathPublic(BaseModel):
    """A path between two actors as its hops."""

    length: int
    nodes: list[ActorSummary]
    hops: list[HopPublic]


class PathsPublic(BaseModel):
    """The paths found; `truncated` when an expansion cap may have hidden some."""

    source: str
    target: str
    mode: Literal["shortest", "all_shortest"]
    paths: list[PathPublic]
    truncated: bool


class ArticleSummary(BaseModel):
    """An article without its text."""

    id: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    source_file: str | None = None
    word_count: int | None = None
    acts: int = 0


class ArticlesPublic(BaseModel):
    """A page of articles."""

    data: list[ArticleSummary]
    count: int
    limit: int
    offset: int


class ArticlePublic(ArticleSummary):
    """One article with its text and the acts extracted from it."""

    text: str
    relations: list[RelationPublic] = Field(default_factory=list)


class IngestedAct(BaseModel):
    """An act an ingest created or added evidence to (`rejected`: an analyst's standing
    decision took it out of the graph again)."""

    id: str
    type: str
    source: str
    target: str
    outcome: Literal["created", "updated", "rejected"]
    summary: str | None = None


class IngestPublic(BaseModel):
    """What an ingest found and wrote."""

    articles: list[str]
    duplicate_articles: int
    sentences: int
    actors: int
    new_actors: int
    acts: list[IngestedAct]


class CypherRequest(BaseModel):
    """A read-only Cypher statement and its parameters."""

    query: str = Field(min_length=1, max_length=20_000)
    params: dict[str, Any] = Field(
        default_factory=dict, description="Parameter values by name; names (and map keys) are identifiers."
    )
    limit: int = Field(default=1000, ge=1, le=10_000, description="Row cap; more rows set `truncated`.")

    @field_validator("params")
    @classmethod
    def _identifier_names(cls, params: dict[str, Any]) -> dict[str, Any]:
        # FalkorDB sends parameters as a text header before the statement: a name or map
        # key that is not a plain identifier could change what the header says.
        def check(value: Any) -> None:
            if isinstance(value, dict):
                for key, item in value.items():
                    if not _IDENTIFIER.match(key):
                        raise ValueError(f"parameter name or map key {key!r} is not an identifier")
                    check(item)
            elif isinstance(value, list):
                for item in value:
                    check(item)

        check(params)
        return params


class CypherResult(BaseModel):
    """The rows a read-only statement returned, capped."""

    columns: list[str]
    rows: list[dict[str, Any]] = Field(
        description="One map per row, by column. Graph values, also inside lists and maps, come back "
        'in one shape on every backend: a node as `{"kind": "node", "id", "labels", "properties"}`, '
        'a relationship as `{"kind": "relationship", "id", "type", "start", "end", "properties"}` '
        '(`start` and `end` are its nodes\' ids), a path as `{"kind": "path", "nodes", "relationships"}`. '
        "An `id` is the element's `id` property, else the backend's own element id."
    )
    truncated: bool


class JudgementPublic(BaseModel):
    """One analyst decision as the log holds it (a merge's moved acts left out), with what
    became of it: `undone_by` names the undo that took it back, `result_act` where the act
    it judged is now (None: rejected, or gone)."""

    id: str
    kind: str
    who: str
    at: str
    note: str | None = None
    act: RelationRecord | None = Field(
        default=None, description="Act decisions: the act as judged, with evidence."
    )
    actor: ActorRecord | None = Field(default=None, description="Actor decisions: the actor as judged.")
    into: str | None = None
    type: str | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    status: Status | None = None
    name: str | None = None
    actor_kind: str | None = None
    undoes: str | None = None
    undone_by: str | None = None
    result_act: str | None = None


class JudgementsPublic(BaseModel):
    """A page of decisions, newest first; `total` counts every match."""

    data: list[JudgementPublic]
    count: int
    total: int
    limit: int
    offset: int


class QueueItem(BaseModel):
    """One act waiting for review, with its score and why it ranks where it does."""

    act: EdgePublic
    score: float
    reasons: list[str]
    patterns: list[str] = Field(default_factory=list)


class QueuePublic(BaseModel):
    """A page of the review queue, most doubtful first."""

    data: list[QueueItem]
    count: int
    limit: int
    offset: int


class ErrorDetail(BaseModel):
    """What went wrong: a stable code, a message for people, and structured details."""

    code: str
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


class ErrorPublic(BaseModel):
    """The one shape of every error the API returns."""

    error: ErrorDetail
