"""The command line end to end on the embedded store."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from app.cli import app
from app.core.errors import InputError

runner = CliRunner()


def run(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def export(data_dir: Path, tmp_path: Path) -> dict[str, list[dict[str, object]]]:
    target = tmp_path / "graph.json"
    run("export", "--format", "json", "-o", str(target), "--data-dir", str(data_dir))
    return json.loads(target.read_text())


def test_loading_the_seeds_twice_changes_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    out = run("load", "--data-dir", str(data_dir))
    assert "read 5 files" in out
    first = export(data_dir, tmp_path)
    assert first["nodes"] and first["edges"]
    run("load", "--data-dir", str(data_dir))
    assert export(data_dir, tmp_path) == first


def test_export_is_node_link_json(tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    run("load", "--data-dir", str(data_dir))
    graph = export(data_dir, tmp_path)
    ids = {n["id"] for n in graph["nodes"]}
    for node in graph["nodes"]:
        assert {"id", "name", "kind", "aliases"} <= node.keys()
    for edge in graph["edges"]:
        assert {"id", "type", "source", "target", "date"} <= edge.keys()
        assert edge["source"] in ids and edge["target"] in ids


def test_query_is_read_only(tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    run("load", "--data-dir", str(data_dir))
    out = run("query", "MATCH (a:Actor {id: $id}) RETURN a.name AS name", "-p", 'id="azerbaijan"',
              "--data-dir", str(data_dir))  # fmt: skip
    assert json.loads(out.strip()) == {"name": "Azerbaijan"}
    result = runner.invoke(app, ["query", "MATCH (a:Actor) DETACH DELETE a", "--data-dir", str(data_dir)])
    assert result.exit_code != 0
    assert "Azerbaijan" in run(
        "query", "MATCH (a:Actor {id: 'azerbaijan'}) RETURN a.name", "--data-dir", str(data_dir)
    )


def test_unsupported_export_format_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "xml", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "'xml' is not one of" in result.output


def test_csv_export_needs_an_output_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "csv", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "-o FILE.zip" in result.output


def test_stats_and_db_status(tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    run("load", "--data-dir", str(data_dir))
    assert "Article" in run("stats", "--data-dir", str(data_dir))
    status = json.loads(run("db", "status", "--data-dir", str(data_dir)))
    assert status["running"] is False and status["aof_bytes"] > 0


def test_read_commands_work_on_a_fresh_data_dir(tmp_path: Path) -> None:
    data_dir = tmp_path / "never-loaded"
    assert export(data_dir, tmp_path) == {"nodes": [], "edges": []}
    assert "relationships" in run("stats", "--data-dir", str(data_dir))


def test_a_bad_file_stops_the_load_before_anything_is_written(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Georgia expelled the Russian diplomat Pavel Orlov.", encoding="utf-8")
    (corpus / "bad.txt").write_bytes("Bakı polisi saxladı".encode("cp1254"))
    data_dir = tmp_path / "var"
    result = runner.invoke(app, ["load", str(corpus), "--data-dir", str(data_dir)])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError) and "bad.txt: not UTF-8" in str(result.exception)
    assert export(data_dir, tmp_path) == {"nodes": [], "edges": []}


def test_eval_prints_scores_per_type_and_overall() -> None:
    out = run("eval", "--no-details")
    assert "DETAINED" in out and "micro (all types)" in out
