"""`actorgraph review …`: the queue, decisions on acts and actors, undo, and sharing the log."""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from app.cli_options import DataDir, settings_for
from app.core.errors import InputError
from app.core.lifecycle import store_session
from app.core.schema import load_schema
from app.review.apply import apply_log
from app.review.judge import judge
from app.review.listing import list_judgements
from app.review.log import JudgementLog, log_path, read_records
from app.review.models import JudgementIn
from app.review.queue import review_queue
from app.review.scoring import score_judgements

review_app = typer.Typer(
    help="Analyst review: the queue, decisions on acts and actors (kept in DATA_DIR/judgements.jsonl "
    "and applied after every load), undo, export and import.",
    no_args_is_help=True,
)
err = Console(stderr=True)
out = Console()


def _reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "analyst"


Who = Annotated[
    str,
    typer.Option("--who", envvar="ACTORGRAPH_REVIEWER", default_factory=_reviewer, help="Who decides."),
]
Note = Annotated[str | None, typer.Option("--note", help="Why (kept with the decision).")]
ActId = Annotated[str, typer.Argument(help="An act id (see `review queue` or GET /relations).")]
ActorId = Annotated[str, typer.Argument(help="An actor id.")]


def _log(data_dir: Path | None) -> JudgementLog:
    return JudgementLog(log_path(settings_for(data_dir).data_dir))


def _decide(data_dir: Path | None, **fields: Any) -> None:
    """Record one decision, apply it, and say what it did."""
    settings = settings_for(data_dir)
    log = JudgementLog(log_path(settings.data_dir))
    with store_session(settings) as store:
        judgement = judge(store, log, JudgementIn.model_validate(fields))
        listed = list_judgements(log.records(), store.schema, limit=1)
    result = listed.data[0].result_act if listed.data else None
    what = fields.get("act") or fields.get("actor") or fields.get("undoes")
    where = f"; the act is now {result}" if result and result != fields.get("act") else ""
    sys.stdout.write(f"{judgement.kind} {what}: judgement {judgement.id} by {judgement.who}{where}\n")


@review_app.command("queue")
def queue(
    limit: Annotated[int, typer.Option(min=1, max=200, help="Acts to show.")] = 20,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many first.")] = 0,
    types: Annotated[list[str] | None, typer.Option("--type", help="Only these act types.")] = None,
    data_dir: DataDir = None,
) -> None:
    """The acts nobody has judged, those that most need a human first, with why."""
    settings = settings_for(data_dir)
    with store_session(settings) as store:
        for name in types or []:
            store.schema.relation(name)
        page = review_queue(store, _log(data_dir).records(), limit, offset, types or None)
    table = Table(
        "score", "act", "type", "source → target", "why", title="review queue (most doubtful first)"
    )
    for item in page.data:
        act = item.act
        table.add_row(
            f"{item.score:.2f}", act.id, act.type, f"{act.source} → {act.target}", "; ".join(item.reasons)
        )
    out.print(table)


def _plain_decision(kind: str, about: str, doc: str) -> None:
    """Register `review KIND ID`: a decision that needs nothing but the act or actor id."""

    def on_act(act: ActId, who: Who, note: Note = None, data_dir: DataDir = None) -> None:
        _decide(data_dir, kind=kind, act=act, who=who, note=note)

    def on_actor(actor: ActorId, who: Who, note: Note = None, data_dir: DataDir = None) -> None:
        _decide(data_dir, kind=kind, actor=actor, who=who, note=note)

    command = on_act if about == "act" else on_actor
    command.__doc__ = doc
    review_app.command(kind)(command)


_plain_decision("confirm", "act", "The act happened as the graph says.")
_plain_decision("reject", "act", "The act did not happen: it leaves the graph, now and after every reload.")
_plain_decision("swap", "act", "The act happened the other way round: swap its source and target.")
_plain_decision("curate", "actor", "Mark an actor the loaders found as real and rightly described.")


@review_app.command("retype")
def retype(
    act: ActId,
    type: Annotated[str, typer.Argument(help="The right act type (see schema/graph.yaml).")],
    who: Who,
    note: Note = None,
    data_dir: DataDir = None,
) -> None:
    """The act happened, but is of another type."""
    _decide(data_dir, kind="retype", act=act, type=type, who=who, note=note)


@review_app.command("date")
def set_date(
    act: ActId,
    date: Annotated[str, typer.Argument(help="YYYY, YYYY-MM or YYYY-MM-DD; 'none' for undated.")],
    who: Who,
    note: Note = None,
    data_dir: DataDir = None,
) -> None:
    """The act happened on another date."""
    _decide(data_dir, kind="set_date", act=act, date=None if date == "none" else date, who=who, note=note)


@review_app.command("status")
def set_status(
    act: ActId,
    status: Annotated[str, typer.Argument(help="reported, alleged or denied.")],
    who: Who,
    note: Note = None,
    data_dir: DataDir = None,
) -> None:
    """The act is reported, alleged or denied, whatever its sentences read as."""
    _decide(data_dir, kind="set_status", act=act, status=status, who=who, note=note)


@review_app.command("merge")
def merge(
    actor: ActorId,
    into: Annotated[str, typer.Argument(help="The actor that survives.")],
    who: Who,
    note: Note = None,
    data_dir: DataDir = None,
) -> None:
    """ACTOR is INTO: its names become INTO's aliases, its acts and mentions move to INTO."""
    _decide(data_dir, kind="merge", actor=actor, into=into, who=who, note=note)


@review_app.command("rename")
def rename(
    actor: ActorId,
    name: Annotated[str, typer.Argument(help="The actor's name; the old one stays an alias.")],
    who: Who,
    note: Note = None,
    data_dir: DataDir = None,
) -> None:
    """Give an actor its right name."""
    _decide(data_dir, kind="rename", actor=actor, name=name, who=who, note=note)


@review_app.command("kind")
def set_kind(
    actor: ActorId,
    kind: Annotated[str, typer.Argument(help="State, Agency, Outlet, Person, Organization or Group.")],
    who: Who,
    note: Note = None,
    data_dir: DataDir = None,
) -> None:
    """Give an actor its right kind."""
    _decide(data_dir, kind="set_kind", actor=actor, actor_kind=kind, who=who, note=note)


@review_app.command("undo")
def undo(
    judgement: Annotated[str, typer.Argument(help="The id of the decision to take back.")],
    who: Who,
    note: Note = None,
    data_dir: DataDir = None,
) -> None:
    """Take a decision back; the graph returns to what the other decisions make it."""
    _decide(data_dir, kind="undo", undoes=judgement, who=who, note=note)


@review_app.command("list")
def list_cmd(
    kind: Annotated[str | None, typer.Option(help="Only decisions of this kind.")] = None,
    act: Annotated[str | None, typer.Option(help="About this act.")] = None,
    actor: Annotated[str | None, typer.Option(help="About this actor.")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 50,
    data_dir: DataDir = None,
) -> None:
    """The decisions, newest first, as JSON lines (with what became of each)."""
    records = _log(data_dir).records()
    listed = list_judgements(records, load_schema(), kind=kind, act=act, actor=actor, limit=limit)
    for judgement in listed.data:
        sys.stdout.write(judgement.model_dump_json(exclude_none=True) + "\n")


@review_app.command("export")
def export(
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write (default stdout).")
    ] = None,
    data_dir: DataDir = None,
) -> None:
    """Write the whole log as JSON lines, to share with colleagues (`review import`)."""
    text = _log(data_dir).export()
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"exported {text.count(chr(10))} decisions to {output}")


@review_app.command("import")
def import_cmd(
    file: Annotated[Path, typer.Argument(help="A log exported by `review export`.")],
    data_dir: DataDir = None,
) -> None:
    """Add a colleague's decisions (those this log lacks, by id) and apply them to the graph."""
    if not file.is_file():
        raise InputError(f"{file}: no such file")
    records = read_records(file)
    settings = settings_for(data_dir)
    log = JudgementLog(log_path(settings.data_dir))
    added = log.import_records(records)
    with store_session(settings) as store:
        apply_log(store, log)
    err.print(f"imported {len(added)} new decisions ({len(records) - len(added)} already known) from {file}")
    out.print(json.dumps({"imported": len(added), "known": len(records) - len(added)}))


def print_judgement_scores(data_dir: Path, console: Console) -> None:
    """The extractor's precision on the acts analysts judged: per type, per pattern, overall."""
    log = JudgementLog(log_path(data_dir))
    scores = score_judgements(log.records(), load_schema())
    for title, rows in (("act type", scores.per_type), ("pattern", scores.per_pattern)):
        table = Table(title=f"extraction vs analysts' verdicts ({log.path}), by {title}")
        for column in (title, "judged", "confirmed", "rejected", "corrected", "precision"):
            table.add_column(column, justify="left" if column == title else "right")
        for name, v in [*rows.items(), ("all judged acts", scores.total)]:
            precision = "–" if v.precision is None else f"{v.precision:.2f}"
            table.add_row(name, str(v.judged), str(v.confirmed), str(v.rejected), str(v.corrected), precision)
        console.print(table)
