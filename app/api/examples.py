"""Example responses shown in the OpenAPI document (shapes as the sample corpus gives them)."""

from __future__ import annotations

from typing import Any

from app.schemas import ErrorPublic

_EDGE = {
    "id": "0c5e1f4b2a9d7e31",
    "type": "DETAINED",
    "source": "azerbaijan-police",
    "target": "igor-kartavykh",
    "date": "2025-06-30",
    "date_precision": "day",
    "status": "reported",
    "summary": "Azerbaijani police detained Igor Kartavykh",
    "amount_usd": None,
    "role": None,
    "evidence_count": 2,
    "article_count": 2,
}
_EVIDENCE = {
    "id": "5a1d0e7c9b3f2a64",
    "sentence": "On June 30, police detained seven editorial staff members, including project head "
    "Igor Kartavykh and chief editor Yevgeny Belousov.",
    "start": 412,
    "end": 541,
    "status": "reported",
    "asserted_by": [],
    "pattern": "DETAINED:verb:word-order",
    "article_id": "9f1c2b7d4e5a6c80",
    "article_title": "Sputnik Azerbaijan staff detained in Baku",
    "outlet": "Meduza",
    "article_date": "2025-07-01",
}
_PERSON = {
    "id": "igor-kartavykh",
    "name": "Igor Kartavykh",
    "kind": "Person",
    "country": "russia",
    "curated": True,
}
_ACTOR = {
    "id": "sputnik-azerbaijan",
    "name": "Sputnik Azerbaijan",
    "kind": "Outlet",
    "country": "russia",
    "curated": True,
}

SEARCH = {
    "data": [{**_ACTOR, "aliases": ["Sputnik Azerbaycan"], "score": 100.0}],
    "count": 1,
    "limit": 20,
    "offset": 0,
}
ACTOR = {
    **_ACTOR,
    "aliases": ["Sputnik Azerbaycan"],
    "wikidata": None,
    "roles": [],
    "act_counts": [{"type": "DENIED", "direction": "out", "count": 1, "first": None, "last": None}],
    "first_act": "2025-06-30",
    "last_act": "2025-07-02",
}
NEIGHBOURHOOD = {
    "center": "igor-kartavykh",
    "depth": 1,
    "nodes": [
        {
            "id": "igor-kartavykh",
            "name": "Igor Kartavykh",
            "kind": "Person",
            "country": "russia",
            "curated": True,
        },
        {
            "id": "azerbaijan-police",
            "name": "Azerbaijani police",
            "kind": "Agency",
            "country": "azerbaijan",
            "curated": True,
        },
    ],
    "edges": [_EDGE],
    "truncated": False,
}
PATHS = {
    "source": "igor-kartavykh",
    "target": "russia",
    "mode": "shortest",
    "paths": [
        {
            "length": 2,
            "nodes": [_PERSON, _ACTOR, {"id": "russia", "name": "Russia", "kind": "State"}],
            "hops": [
                {
                    "source": "igor-kartavykh",
                    "target": "sputnik-azerbaijan",
                    "forward": True,
                    "act": {
                        **_EDGE,
                        "type": "MEMBER_OF",
                        "source": "igor-kartavykh",
                        "target": "sputnik-azerbaijan",
                    },
                    "evidence": _EVIDENCE,
                }
            ],
        }
    ],
    "truncated": False,
}
RELATION = {**_EDGE, "asserted_by": [], "evidence": [_EVIDENCE]}
RELATIONS = {"data": [RELATION], "count": 1, "limit": 50, "offset": 0}
ARTICLE_SUMMARY = {
    "id": "9f1c2b7d4e5a6c80",
    "title": "Sputnik Azerbaijan staff detained in Baku",
    "outlet": "Meduza",
    "author": None,
    "date": "2025-07-01",
    "source_file": "data/seeds/003_meduza.txt",
    "word_count": 812,
    "acts": 9,
}
ARTICLES = {"data": [ARTICLE_SUMMARY], "count": 1, "limit": 50, "offset": 0}
ARTICLE = {**ARTICLE_SUMMARY, "text": "On June 30, police detained …", "relations": [RELATION]}
INGEST = {
    "articles": ["9f1c2b7d4e5a6c80"],
    "duplicate_articles": 0,
    "sentences": 14,
    "actors": 6,
    "new_actors": 1,
    "acts": [
        {
            "id": _EDGE["id"],
            "type": "DETAINED",
            "source": "azerbaijan-police",
            "target": "igor-kartavykh",
            "outcome": "updated",
            "summary": _EDGE["summary"],
        }
    ],
}
JUDGEMENT = {
    "id": "3f0c9b2e7d1a4c5e8b6a2d9f0e1c7b4a",
    "kind": "reject",
    "who": "a.analyst",
    "at": "2025-07-04T09:12:31.204518+00:00",
    "note": "the killings were in Russia, not by Baku",
    "act": {
        **{k: _EDGE[k] for k in ("date", "date_precision", "amount_usd", "role")},
        "id": "f3747904c2b03510319b",
        "type": "KILLED",
        "source": "azerbaijan",
        "target": "group-2-citizens",
        "summary": "Azerbaijan killed 2 citizens",
        "status": "reported",
        "asserted_by": [],
        "evidence": [
            {
                **{k: _EVIDENCE[k] for k in ("status", "asserted_by")},
                "id": "9c0d61a2b7e4f3851d2a",
                "article_id": "25c29c7eb63497bd",
                "sentence": "Azerbaijan cancels Russian events over 'extrajudicial killings' of 2 citizens",
                "start": 0,
                "end": 77,
                "pattern": "KILLED:noun:word-order",
            }
        ],
    },
    "undone_by": None,
    "result_act": None,
}
JUDGEMENTS = {"data": [JUDGEMENT], "count": 1, "total": 1, "limit": 50, "offset": 0}
QUEUE = {
    "data": [
        {
            "act": {**_EDGE, "evidence_count": 1, "article_count": 1, "status": "alleged"},
            "score": 6.0,
            "reasons": ["one article only", "alleged"],
            "patterns": ["DETAINED:verb:word-order"],
        }
    ],
    "count": 1,
    "limit": 20,
    "offset": 0,
}
# Graph values in POST /cypher's one shape (app/store/values.py), as either backend answers
# `MATCH p = (a:Actor {id: 'igor-kartavykh'})-[r:MEMBER_OF]->(b)
#  RETURN a.name AS name, b AS outlet, r AS act, p AS path`.
_NODE_PERSON = {
    "kind": "node",
    "id": "igor-kartavykh",
    "labels": ["Actor", "Person"],
    "properties": {**_PERSON, "aliases": ["Kartavykh"]},
}
_NODE_OUTLET = {
    "kind": "node",
    "id": "sputnik-azerbaijan",
    "labels": ["Actor", "Outlet"],
    "properties": {**_ACTOR, "aliases": ["Sputnik Azerbaycan"]},
}
_RELATIONSHIP = {
    "kind": "relationship",
    "id": _EDGE["id"],
    "type": "MEMBER_OF",
    "start": "igor-kartavykh",
    "end": "sputnik-azerbaijan",
    "properties": {"id": _EDGE["id"], "status": "reported", "evidence_count": 2, "article_count": 2},
}
CYPHER = {
    "columns": ["name", "outlet", "act", "path"],
    "rows": [
        {
            "name": "Igor Kartavykh",
            "outlet": _NODE_OUTLET,
            "act": _RELATIONSHIP,
            "path": {"kind": "path", "nodes": [_NODE_PERSON, _NODE_OUTLET], "relationships": [_RELATIONSHIP]},
        }
    ],
    "truncated": False,
}
ERROR = {"error": {"code": "not_found", "message": "no actor with id 'nobody'", "details": {}}}


def ok(example: Any, description: str = "Success") -> dict[int | str, dict[str, Any]]:
    """A `responses=` entry showing `example` for 200."""
    return {200: {"description": description, "content": {"application/json": {"example": example}}}}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` entries for error statuses, all in the one error shape."""
    return {
        s: {"description": "Error", "model": ErrorPublic, "content": {"application/json": {"example": ERROR}}}
        for s in statuses
    }
