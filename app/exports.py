"""Exports of the graph in formats other tools read: node-link JSON (scripts, D3),
Cytoscape JSON (Cytoscape desktop and Cytoscape.js), GraphML (Gephi, yEd) and CSV with
`neo4j-admin database import` headers.

Every export reads the store page by page and yields text chunks, so the whole graph is
never held in memory at once (the CSV zip is built in a temporary file for the same reason).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any, Literal
from xml.sax.saxutils import escape, quoteattr

from app.store.base import GraphStore

ExportFormat = Literal["json", "cytoscape", "graphml", "csv"]
MEDIA_TYPES: dict[str, str] = {
    "json": "application/json",
    "cytoscape": "application/json",
    "graphml": "application/graphml+xml",
    "csv": "application/zip",
}
FILE_NAMES: dict[str, str] = {
    "json": "actorgraph.json",
    "cytoscape": "actorgraph.cyjs",
    "graphml": "actorgraph.graphml",
    "csv": "actorgraph-csv.zip",
}

_NODE_KEYS = [
    ("name", "string"),
    ("kind", "string"),
    ("country", "string"),
    ("curated", "boolean"),
    ("wikidata", "string"),
    ("review", "string"),
    ("reviewed_by", "string"),
    ("reviewed_at", "string"),
]
_EDGE_KEYS = [
    ("type", "string"),
    ("date", "string"),
    ("date_precision", "string"),
    ("status", "string"),
    ("summary", "string"),
    ("amount_usd", "double"),
    ("role", "string"),
    ("evidence_count", "int"),
    ("article_count", "int"),
    ("best_sentence", "string"),
    ("review", "string"),
    ("reviewed_by", "string"),
    ("reviewed_at", "string"),
]
# neo4j-admin database import headers: the id space `Actor` joins acts to actors.
ACTOR_HEADER = [
    "id:ID(Actor)",
    "name",
    "kind",
    "aliases:string[]",
    "country",
    "curated:boolean",
    "wikidata",
    "review",
    "reviewed_by",
    "reviewed_at",
    ":LABEL",
]
ACT_HEADER = [
    ":START_ID(Actor)",
    ":END_ID(Actor)",
    ":TYPE",
    "id",
    "date",
    "date_precision",
    "status",
    "summary",
    "amount_usd:double",
    "role",
    "asserted_by:string[]",
    "evidence_count:int",
    "article_count:int",
    "article_ids:string[]",
    "best_sentence",
    "review",
    "reviewed_by",
    "reviewed_at",
]


def node_link_chunks(store: GraphStore) -> Iterator[str]:
    """Node-link JSON, `{"nodes": [...], "edges": [...]}`, as text chunks."""
    yield '{"nodes": ['
    yield from _json_rows(store.iter_actors())
    yield '], "edges": ['
    yield from _json_rows(store.iter_relations())
    yield "\n]}\n"


def cytoscape_chunks(store: GraphStore) -> Iterator[str]:
    """Cytoscape JSON (`elements.nodes[].data`, `elements.edges[].data`), as text chunks.

    Acts are a directed multigraph: each edge keeps its act id as `key` and its type as
    `interaction`, the column Cytoscape desktop styles edges by.
    """
    yield '{"data": {"name": "ActorGraph"}, "directed": true, "multigraph": true, "elements": {"nodes": ['
    yield from _json_rows({"data": {**row, "value": row["id"]}} for row in store.iter_actors())
    yield '], "edges": ['
    yield from _json_rows(
        {"data": {**row, "key": row["id"], "interaction": row["type"]}} for row in store.iter_relations()
    )
    yield "\n]}}\n"


def _json_rows(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    for count, row in enumerate(rows):
        yield ("," if count else "") + "\n  " + json.dumps(row, ensure_ascii=False)


def graphml_chunks(store: GraphStore) -> Iterator[str]:
    """GraphML with typed node and edge attributes, as text chunks."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
    for name, kind in _NODE_KEYS:
        yield f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="{kind}"/>\n'
    for name, kind in _EDGE_KEYS:
        yield f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="{kind}"/>\n'
    yield '  <graph id="actorgraph" edgedefault="directed">\n'
    for row in store.iter_actors():
        yield f"    <node id={quoteattr(row['id'])}>{_graphml_data('n', _NODE_KEYS, row)}</node>\n"
    for row in store.iter_relations():
        ends = (
            f"id={quoteattr(row['id'])} source={quoteattr(row['source'])} target={quoteattr(row['target'])}"
        )
        yield f"    <edge {ends}>{_graphml_data('e', _EDGE_KEYS, row)}</edge>\n"
    yield "  </graph>\n</graphml>\n"


def _graphml_data(prefix: str, keys: list[tuple[str, str]], row: dict[str, Any]) -> str:
    parts = []
    for name, kind in keys:
        value = row.get(name)
        if value is None:
            continue
        text = str(value).lower() if kind == "boolean" else str(value)
        parts.append(f'<data key="{prefix}_{name}">{escape(text)}</data>')
    return "".join(parts)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return ";".join(str(v) for v in value)  # neo4j-admin's default array delimiter
    return str(value)


def csv_rows(store: GraphStore) -> Iterator[tuple[str, list[str]]]:
    """(file name, row) pairs for `actors.csv` and `acts.csv`, headers first."""
    yield "actors.csv", ACTOR_HEADER
    for row in store.iter_actors():
        labels = ["Actor", row["kind"]]
        values = [row["id"], row["name"], row["kind"], row.get("aliases"), row.get("country")]
        values += [bool(row.get("curated")), row.get("wikidata")]
        values += [row.get("review"), row.get("reviewed_by"), row.get("reviewed_at"), labels]
        yield "actors.csv", [_cell(v) for v in values]
    yield "acts.csv", ACT_HEADER
    fields = [h.split(":")[0] for h in ACT_HEADER[3:]]
    for row in store.iter_relations():
        yield (
            "acts.csv",
            [_cell(v) for v in [row["source"], row["target"], row["type"], *(row.get(f) for f in fields)]],
        )


def csv_zip_chunks(store: GraphStore) -> Iterator[bytes]:
    """A zip of `actors.csv` and `acts.csv` for `neo4j-admin database import full`."""
    with tempfile.TemporaryFile() as spool:
        with zipfile.ZipFile(spool, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, rows in itertools.groupby(csv_rows(store), key=lambda item: item[0]):
                with io.TextIOWrapper(archive.open(name, "w"), encoding="utf-8", newline="") as handle:
                    writer = csv.writer(handle)
                    for _, row in rows:
                        writer.writerow(row)
        spool.seek(0)
        while chunk := spool.read(1 << 16):
            yield chunk


def export_chunks(store: GraphStore, fmt: ExportFormat) -> Iterator[str] | Iterator[bytes]:
    """The chosen export as chunks (text, but bytes for the csv zip)."""
    if fmt == "graphml":
        return graphml_chunks(store)
    if fmt == "csv":
        return csv_zip_chunks(store)
    if fmt == "cytoscape":
        return cytoscape_chunks(store)
    return node_link_chunks(store)
