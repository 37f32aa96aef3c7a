"""The command line end to end, on each backend."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from app.cli import app
from app.core.config import Settings
from app.core.errors import InputError, StoreUnavailable
from app.store.local_neo4j import LocalNeo4j
from tests.conftest import cli_env


class Cli:
    """`actorgraph` pointed at one backend's clean graph."""

    def __init__(self, settings: Settings, tmp_path: Path):
        self.runner = CliRunner(env=cli_env(settings))
        self.data_dir = str(settings.data_dir)
        self.tmp_path = tmp_path

    def invoke(self, *args: str) -> Result:
        return self.runner.invoke(app, [*args, "--data-dir", self.data_dir])

    def run(self, *args: str) -> str:
        result = self.runner.invoke(app, [*args, "--data-dir", self.data_dir], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    def export(self) -> dict[str, list[dict[str, object]]]:
        target = self.tmp_path / "graph.json"
        self.run("export", "--format", "json", "-o", str(target))
        return json.loads(target.read_text())


@pytest.fixture
def cli(clean_settings: Settings, tmp_path: Path) -> Cli:
    return Cli(clean_settings, tmp_path)


runner = CliRunner()


def run(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_loading_the_seeds_twice_changes_nothing(cli: Cli) -> None:
    out = cli.run("load")
    assert "read 5 files" in out
    first = cli.export()
    assert first["nodes"] and first["edges"]
    cli.run("load")
    assert cli.export() == first


def test_export_is_node_link_json(cli: Cli) -> None:
    cli.run("load")
    graph = cli.export()
    ids = {n["id"] for n in graph["nodes"]}
    for node in graph["nodes"]:
        assert {"id", "name", "kind", "aliases"} <= node.keys()
    for edge in graph["edges"]:
        assert {"id", "type", "source", "target", "date"} <= edge.keys()
        assert edge["source"] in ids and edge["target"] in ids


def test_query_is_read_only(cli: Cli) -> None:
    cli.run("load")
    out = cli.run("query", "MATCH (a:Actor {id: $id}) RETURN a.name AS name", "-p", 'id="azerbaijan"')
    assert json.loads(out.strip()) == {"name": "Azerbaijan"}
    result = cli.invoke("query", "MATCH (a:Actor) DETACH DELETE a")
    assert result.exit_code != 0
    assert "Azerbaijan" in cli.run("query", "MATCH (a:Actor {id: 'azerbaijan'}) RETURN a.name")


def test_unsupported_export_format_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "xml", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "'xml' is not one of" in result.output


def test_csv_export_needs_an_output_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "csv", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "-o FILE.zip" in result.output


def test_stats_and_db_status(cli: Cli, backend: str) -> None:
    cli.run("load")
    stats = cli.run("stats")
    assert "Article" in stats and ("bolt://" in stats) == (backend == "neo4j")
    status = json.loads(cli.run("db", "status"))
    assert status["running"] is False and (status["aof_bytes"] > 0) == (backend == "falkordb")


def test_read_commands_work_on_an_empty_graph(cli: Cli) -> None:
    assert cli.export() == {"nodes": [], "edges": []}
    assert "relationships" in cli.run("stats")


def test_a_bad_file_stops_the_load_before_anything_is_written(cli: Cli, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Georgia expelled the Russian diplomat Pavel Orlov.", encoding="utf-8")
    (corpus / "bad.txt").write_bytes("Bakı polisi saxladı".encode("cp1254"))
    result = cli.invoke("load", str(corpus))
    assert result.exit_code != 0
    exception = result.exception
    assert isinstance(exception, InputError) and "bad.txt: not UTF-8" in str(exception)
    assert cli.export() == {"nodes": [], "edges": []}


def test_eval_prints_scores_per_type_and_overall() -> None:
    out = run("eval", "--no-details")
    assert "DETAINED" in out and "micro (all types)" in out


def test_local_neo4j_status_of_a_data_dir_that_never_ran_one(tmp_path: Path) -> None:
    status = json.loads(run("neo4j", "status", "--data-dir", str(tmp_path)))
    assert status == {"data_dir": str(tmp_path.resolve() / "neo4j"), "running": False}
    assert (
        "no local Neo4j was running"
        in runner.invoke(app, ["neo4j", "stop", "--data-dir", str(tmp_path)]).output
    )


def test_local_neo4j_refuses_a_short_password_before_starting_anything(tmp_path: Path) -> None:
    local = LocalNeo4j(tmp_path)
    with pytest.raises(StoreUnavailable, match="8 characters"):
        local.start("short")
    assert local.running() is None and not local.log_file.exists()


def test_local_neo4j_keeps_the_password_it_made_for_a_data_dir(tmp_path: Path) -> None:
    local = LocalNeo4j(tmp_path)
    made = local.password()
    assert len(made) >= 20 and LocalNeo4j(tmp_path).password() == made
    assert (local.dir / "password").stat().st_mode & 0o077 == 0
    assert local.password("given-password") == "given-password"


def test_local_neo4j_start_status_and_stop_from_the_cli(tmp_path: Path) -> None:
    """The whole cycle a user runs; the export lines hold the password the server took."""
    env = {"ACTORGRAPH_NEO4J_PASSWORD": "it's a $pass phrase", "ACTORGRAPH_NEO4J_URI": None}
    cli = CliRunner(env=env)
    args = ["--data-dir", str(tmp_path)]
    try:
        started = cli.invoke(app, ["neo4j", "start", "--bolt-port", "0", "--http-port", "0", *args])
        assert started.exit_code == 0, started.output
        exports = dict(
            line.removeprefix("export ").split("=", 1) for line in started.stdout.splitlines() if "=" in line
        )
        assert shlex.split(exports["ACTORGRAPH_NEO4J_PASSWORD"]) == ["it's a $pass phrase"]
        status = json.loads(cli.invoke(app, ["neo4j", "status", *args]).stdout)
        assert status["running"] is True and status["uri"] == exports["ACTORGRAPH_NEO4J_URI"]
        again = cli.invoke(app, ["neo4j", "start", *args], env={"ACTORGRAPH_NEO4J_PASSWORD": None})
        assert exports["ACTORGRAPH_NEO4J_PASSWORD"] in again.stdout  # the running server's password
    finally:
        stopped = cli.invoke(app, ["neo4j", "stop", *args])
    assert "stopped" in stopped.output
    assert json.loads(cli.invoke(app, ["neo4j", "status", *args]).stdout)["running"] is False
