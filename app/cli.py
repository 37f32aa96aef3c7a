"""The `actorgraph` command line: load, serve, export, query, stats, the embedded db and a local Neo4j."""

from __future__ import annotations

import json
import os
import shlex
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from app import ROOT
from app.analyst import get_query, load_queries
from app.cli_options import DataDir, settings_for
from app.core.config import Settings
from app.core.errors import ActorGraphError
from app.core.lifecycle import store_session
from app.exports import ExportFormat
from app.review.cli import print_judgement_scores, review_app
from app.store.embedded import EmbeddedServer
from app.store.local_neo4j import LocalNeo4j, LocalServer

app = typer.Typer(help="ActorGraph: who did what to whom, according to which source.", no_args_is_help=True)
db_app = typer.Typer(help="Manage the embedded FalkorDB server of a data directory.", no_args_is_help=True)
app.add_typer(db_app, name="db")
neo4j_app = typer.Typer(
    help="Run a local Neo4j 5 (Maven Central's jars, Java 17, no Docker) for a data directory.",
    no_args_is_help=True,
)
app.add_typer(neo4j_app, name="neo4j")
app.add_typer(review_app, name="review")
err = Console(stderr=True)
out = Console()

SEEDS = ROOT / "data" / "seeds"
_settings = settings_for


def _where(settings: Settings) -> str:
    if settings.neo4j_uri:
        return f"Neo4j at {settings.neo4j_uri} (database {settings.neo4j_database})"
    return f"embedded FalkorDB in {settings.data_dir.resolve()}"


def _progress(label: str) -> Progress:
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    return Progress(*columns, console=err, transient=True)


@app.command()
def load(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Text files or folders (default: the sample corpus).")
    ] = None,
    data_dir: DataDir = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Processes that extract files.")] = 1,
) -> None:
    """Extract actors and acts from text files and merge them into the graph."""
    from app.review.apply import apply_log, plan_of, review_catalogue
    from app.review.log import JudgementLog, log_path
    from loaders.articles import find_sources
    from loaders.pipeline import Extractor, LoadReport, build_batch, known_actor_keys

    settings = _settings(data_dir)
    report = LoadReport()
    sources = paths or [SEEDS]
    judgements = JudgementLog(log_path(settings.data_dir))
    with store_session(settings) as store:
        known = known_actor_keys(store)  # new actors of earlier loads keep their ids
        plan = plan_of(judgements, store.schema)  # merged actors' names name their survivors
        extractor = Extractor(catalogue=review_catalogue(plan)) if plan.merges else None
        with _progress("extracting") as bar:
            task = bar.add_task("extract", total=len(find_sources(sources)))
            batch = build_batch(
                sources,
                report,
                extractor,
                workers=workers,
                known=known,
                progress=lambda n: bar.advance(task, n),
            )
        rows = len(batch.actors) + len(batch.articles) + len(batch.relations) + report.evidence
        with _progress("writing") as bar:
            task = bar.add_task("write", total=rows)
            store.write_batch(batch, lambda n: bar.advance(task, n))
        applied = apply_log(store, judgements)
        counts = store.counts()
    err.print(
        f"read {report.files} files: {report.articles} articles "
        f"({report.duplicate_articles} duplicates dropped), "
        f"{report.sentences} sentences; wrote {report.actors} actors "
        f"({report.curated_actors} curated, {report.new_actors} new), "
        f"{report.relations} acts and affiliations, "
        f"{report.evidence} evidence items into {_where(settings)}"
    )
    err.print("actors by kind: " + ", ".join(f"{k} {v}" for k, v in report.actors_by_kind.items()))
    err.print("acts by type: " + ", ".join(f"{k} {v}" for k, v in report.relations_by_type.items()))
    decisions = len(applied.merges) + len(applied.act_steps) + len(applied.actor_edits)
    if decisions:
        err.print(f"applied {decisions} analyst decisions from {judgements.path}")
    err.print(f"graph now holds {counts.total_nodes} nodes and {counts.total_relationships} relationships")


@app.command("eval")
def evaluate_cmd(
    seeds: Annotated[Path, typer.Option(help="Folder of annotated texts.")] = SEEDS,
    gold: Annotated[
        Path | None, typer.Option(help="Gold annotation file (default data/gold/seeds.yaml).")
    ] = None,
    details: Annotated[
        bool, typer.Option("--details/--no-details", help="List misses and false hits.")
    ] = True,
    judgements: Annotated[
        bool,
        typer.Option(
            "--judgements", help="Also score the extractor on the analysts' verdicts in the data dir."
        ),
    ] = False,
    data_dir: DataDir = None,
) -> None:
    """Score extraction against the hand-written gold annotation: P/R/F1 per act type; with
    --judgements, also its precision on the acts analysts confirmed or rejected."""
    from loaders.evaluate import GOLD_PATH, evaluate
    from loaders.pipeline import Extractor

    result = evaluate(seeds, Extractor(), gold or GOLD_PATH)
    table = Table(title=f"extraction vs gold ({(gold or GOLD_PATH).name})")
    for column in ("type", "gold", "found", "TP", "FP", "FN", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "type" else "right")
    rows = [*result.per_type.items(), ("micro (all types)", result.micro)]
    for name, score in rows:
        table.add_row(
            name,
            str(score.tp + score.fn),
            str(score.tp + score.fp),
            str(score.tp),
            str(score.fp),
            str(score.fn),
            f"{score.precision:.2f}",
            f"{score.recall:.2f}",
            f"{score.f1:.2f}",
        )
    out.print(table)
    if details:
        for f in result.misses:
            out.print(f"miss   {f.type} {f.source} → {f.target}   [{f.article}]", markup=False)
        for f in result.false_hits:
            out.print(
                f"false  {f.type} {f.source} → {f.target}   [{f.article}]\n       {f.sentence}", markup=False
            )
    for label in result.unmatched_articles:
        err.print(f"warning: gold article not found in the extraction: {label}", markup=False)
    if judgements:
        print_judgement_scores(settings_for(data_dir).data_dir, out)


@app.command()
def explain(
    sentence: Annotated[str | None, typer.Argument(help="A sentence (or a few) to explain.")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", help="Explain every sentence of this text file.")
    ] = None,
) -> None:
    """Show how the role reading on a parse reads a sentence: parse, mentions, cues, candidate acts."""
    from app.core.errors import InputError
    from loaders.explain import explain as explain_text
    from loaders.pipeline import Extractor

    if (sentence is None) == (file is None):
        raise typer.BadParameter("give one of SENTENCE or --file F")
    try:
        text = sentence if file is None else file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{file}: cannot read: {exc}") from exc
    sys.stdout.write(explain_text(text or "", Extractor()))  # no wrapping: one token a line


@app.command()
def serve(
    data_dir: DataDir = None,
    host: Annotated[str | None, typer.Option(help="Interface to bind (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000).")] = None,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Worker processes (each holds one store client).")
    ] = 1,
    access_log: Annotated[bool, typer.Option(help="Log a line per request.")] = True,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs)."""
    import uvicorn

    from app.main import create_app

    settings = _settings(data_dir)
    settings = settings.model_copy(update={"host": host or settings.host, "port": port or settings.port})
    err.print(f"serving {_where(settings)} at http://{settings.host}:{settings.port} (docs: /docs)")
    if workers == 1:
        uvicorn.run(create_app(settings), host=settings.host, port=settings.port, access_log=access_log)
        return
    # Worker processes build their own app from the environment, so pass the data dir on.
    os.environ["ACTORGRAPH_DATA_DIR"] = str(settings.data_dir.resolve())
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=workers,
        access_log=access_log,
    )


@app.command()
def export(
    format: Annotated[
        ExportFormat,
        typer.Option("--format", help="json (node-link), cytoscape (Cytoscape JSON), graphml, or csv (zip)."),
    ] = "json",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write (default stdout; csv needs a file).")
    ] = None,
    data_dir: DataDir = None,
) -> None:
    """Export the actor graph: node-link JSON, GraphML, or a zip of neo4j-admin import CSVs."""
    from app.exports import export_chunks

    if format == "csv" and output is None:
        raise typer.BadParameter("csv is a zip of two files: give -o FILE.zip", param_hint="--output")
    with store_session(_settings(data_dir)) as store:
        chunks = export_chunks(store, format)
        if output is None:
            for chunk in chunks:
                sys.stdout.write(chunk if isinstance(chunk, str) else chunk.decode())
        else:
            with output.open("wb") as fh:
                for chunk in chunks:
                    fh.write(chunk.encode() if isinstance(chunk, str) else chunk)
        counts = store.counts()
    acts = sum(n for rel_type, n in counts.relationships.items() if rel_type in store.schema.relations)
    where = f" to {output}" if output else ""
    err.print(f"exported {counts.nodes.get('Actor', 0)} actors and {acts} acts{where}")


@app.command()
def query(
    cypher: Annotated[str, typer.Argument(help="A read-only Cypher statement.")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="name=JSON value")] = None,
    limit: Annotated[int, typer.Option(help="Print at most this many rows.")] = 1000,
    data_dir: DataDir = None,
) -> None:
    """Run read-only Cypher and print the rows as JSON lines (writes are refused)."""
    with store_session(_settings(data_dir)) as store:
        rows = store.run_read(cypher, _parse_params(param))
    _print_rows(rows, limit)


def _parse_params(items: list[str] | None) -> dict[str, Any]:
    """`name=value` options as parameters; a value that is not JSON is taken as a string."""
    params: dict[str, Any] = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise typer.BadParameter(f"{item!r} is not name=value", param_hint="--param")
        try:
            params[name] = json.loads(value)
        except json.JSONDecodeError:
            params[name] = value
    return params


def _print_rows(rows: list[dict[str, Any]], limit: int) -> None:
    for row in rows[:limit]:
        out.print_json(json.dumps(row, ensure_ascii=False, default=str), indent=None)
    if len(rows) > limit:
        err.print(f"[yellow]{len(rows) - limit} more rows not shown (--limit {limit})[/]")


queries_app = typer.Typer(
    help="The analyst kit: documented Cypher queries in cypher/queries/.", no_args_is_help=True
)
app.add_typer(queries_app, name="queries")


@queries_app.command("list")
def queries_list() -> None:
    """List the analyst queries with their parameters and defaults."""
    table = Table("name", "question", "parameters (defaults)", title="analyst queries (cypher/queries/)")
    for q in load_queries().values():
        params = ", ".join(f"{p.name}={json.dumps(p.default)}" for p in q.params)
        table.add_row(q.name, q.title + (" [dim](embedded variant)[/]" if q.falkordb_note else ""), params)
    out.print(table)


@queries_app.command("run")
def queries_run(
    name: Annotated[str, typer.Argument(help="An analyst query name (see `actorgraph queries list`).")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="name=JSON value")] = None,
    limit: Annotated[int, typer.Option(help="Print at most this many rows.")] = 1000,
    data_dir: DataDir = None,
) -> None:
    """Run an analyst query read-only (its defaults fill parameters not given) and print JSON lines."""
    analyst_query = get_query(name)
    params = analyst_query.bind(_parse_params(param))
    with store_session(_settings(data_dir)) as store:
        rows = store.run_read(analyst_query.statement(store.dialect), params)
    _print_rows(rows, limit)


@app.command()
def stats(data_dir: DataDir = None) -> None:
    """Count nodes by label and relationships by type."""
    settings = _settings(data_dir)
    with store_session(settings) as store:
        counts = store.counts()
    table = Table("label / type", "count", title=_where(settings))
    for label, n in counts.nodes.items():
        if label != "_total":
            table.add_row(f":{label}", str(n))
    for rel_type, n in counts.relationships.items():
        table.add_row(f"[{rel_type}]", str(n))
    table.add_row("nodes", str(counts.total_nodes))
    table.add_row("relationships", str(counts.total_relationships))
    out.print(table)


@db_app.command("status")
def db_status(data_dir: DataDir = None) -> None:
    """Show whether the embedded server runs, its pid, port and clients."""
    out.print_json(json.dumps(EmbeddedServer(_settings(data_dir).data_dir).status()))


@db_app.command("stop")
def db_stop(data_dir: DataDir = None) -> None:
    """Stop the embedded server (its data stays in the append-only file)."""
    stopped = EmbeddedServer(_settings(data_dir).data_dir).stop()
    err.print("stopped" if stopped else "no server was running")


def _exports(server: LocalServer, password: str) -> str:
    """Shell lines to `eval`: each value quoted, whatever a user's password holds."""
    values = {"URI": server.uri, "USER": "neo4j", "PASSWORD": password}
    return "".join(f"export ACTORGRAPH_NEO4J_{k}={shlex.quote(v)}\n" for k, v in values.items())


@neo4j_app.command("start")
def neo4j_start(
    data_dir: DataDir = None,
    bolt_port: Annotated[int, typer.Option(help="Bolt port on 127.0.0.1 (0: any free one).")] = 7687,
    http_port: Annotated[int, typer.Option(help="HTTP port for Neo4j Browser (0: any free one).")] = 7474,
) -> None:
    """Start the local Neo4j (fetching its jars with Maven the first time) and print what to export."""
    settings = _settings(data_dir)
    local = LocalNeo4j(settings.data_dir)
    given = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
    password = local.password(given)
    with err.status("starting Neo4j (the first start fetches about 140 MB of jars with Maven)"):
        server = local.start(password, bolt_port=bolt_port or None, http_port=http_port or None)
    err.print(f"Neo4j is running (pid {server.pid}); Neo4j Browser: {server.browser_url}")
    err.print("Point every actorgraph command at it with (after `neo4j stop`, unset them):")
    # The password of the server that runs: an earlier start's, if one was running already.
    sys.stdout.write(_exports(server, local.password()))


@neo4j_app.command("status")
def neo4j_status(data_dir: DataDir = None) -> None:
    """Show whether the local Neo4j runs, with its pid, URI and Browser address."""
    local = LocalNeo4j(_settings(data_dir).data_dir)
    server = local.running()
    status: dict[str, Any] = {"data_dir": str(local.dir), "running": server is not None}
    if server is not None:
        status.update(pid=server.pid, uri=server.uri, browser=server.browser_url)
    out.print_json(json.dumps(status))


@neo4j_app.command("stop")
def neo4j_stop(data_dir: DataDir = None) -> None:
    """Stop the local Neo4j cleanly (its data stays in the data directory)."""
    stopped = LocalNeo4j(_settings(data_dir).data_dir).stop()
    err.print("stopped" if stopped else "no local Neo4j was running")


def main() -> None:
    """Entry point: run the CLI, turning ActorGraph errors into one clear line."""
    try:
        app()
    except ActorGraphError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
