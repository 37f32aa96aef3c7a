"""`actorgraph review …` and `actorgraph eval --judgements` end to end, on each backend."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.core.config import Settings
from app.core.errors import JudgementError
from tests.conftest import backend_settings, cli_env
from tests.test_cli import Cli as BaseCli


class Cli(BaseCli):
    """`actorgraph` on one backend's graph and one data dir (its judgement log), as reviewer ann."""

    def __init__(self, settings: Settings, tmp_path: Path):
        super().__init__(settings, tmp_path)
        self.runner = CliRunner(env={**cli_env(settings), "ACTORGRAPH_REVIEWER": "ann"})

    def act(self, rel_type: str, source: str, target: str) -> str:
        query = "MATCH (s:Actor {id: $s})-[r]->(t:Actor {id: $t}) WHERE type(r) = $type RETURN r.id AS id"
        out = self.run("query", query, "-p", f"s={source}", "-p", f"t={target}", "-p", f"type={rel_type}")
        return str(json.loads(out.splitlines()[0])["id"])


def test_review_commands_judge_list_export_import_and_score(
    clean_settings: Settings, backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    cli = Cli(clean_settings, tmp_path)
    cli.run("load")
    queue = cli.run("review", "queue", "--limit", "5")
    assert "review queue" in queue and "one article only" in queue

    wrong = cli.act("CLOSED", "russia", "csto")
    assert f"reject {wrong}: judgement" in cli.run(
        "review", "reject", wrong, "--note", "Armenia froze it, not Russia"
    )
    merged = cli.run("review", "merge", "ministry-of-foreign-affairs", "azerbaijan-mfa", "--who", "bob")
    assert "by bob" in merged
    summoned = cli.act("SUMMONED", "azerbaijan-mfa", "mikhail-yevdokimov")
    retyped = cli.run("review", "retype", summoned, "DEMANDED")
    assert "the act is now" in retyped
    failed = cli.invoke("review", "confirm", wrong)
    assert isinstance(failed.exception, JudgementError) and "was rejected by ann" in str(failed.exception)
    itself = cli.invoke("review", "merge", "russia", "russia").exception
    assert isinstance(itself, JudgementError) and itself.code == "merge_into_itself"

    listed = [json.loads(line) for line in cli.run("review", "list").splitlines()]
    assert [j["kind"] for j in listed] == ["retype", "merge", "reject"]
    assert listed[2]["note"] == "Armenia froze it, not Russia" and listed[2]["act"]["evidence"]
    undo = cli.run("review", "undo", listed[0]["id"])
    assert f"undo {listed[0]['id']}" in undo
    assert cli.act("SUMMONED", "azerbaijan-mfa", "mikhail-yevdokimov") == summoned

    cli.run("load")  # a reload keeps every decision
    assert cli.invoke("query", "MATCH (a:Actor {id: 'ministry-of-foreign-affairs'}) RETURN a").output == ""
    gone = cli.run(
        "query", "MATCH (:Actor {id: 'russia'})-[r:CLOSED]->(:Actor {id: 'csto'}) RETURN count(r) AS n"
    )
    assert json.loads(gone) == {"n": 0}

    shared = tmp_path / "shared.jsonl"
    cli.run("review", "export", "-o", str(shared))
    assert len(shared.read_text().splitlines()) == 4
    colleague = Cli(backend_settings(backend, tmp_path / "colleague", request), tmp_path)
    if backend == "falkordb":
        colleague.run("load")
    assert json.loads(colleague.run("review", "import", str(shared)).splitlines()[-1]) == {
        "imported": 4,
        "known": 0,
    }
    assert json.loads(colleague.run("review", "import", str(shared)).splitlines()[-1]) == {
        "imported": 0,
        "known": 4,
    }
    gone = colleague.run(
        "query", "MATCH (:Actor {id: 'russia'})-[r:CLOSED]->(:Actor {id: 'csto'}) RETURN count(r) AS n"
    )
    assert json.loads(gone) == {"n": 0}

    scored = cli.run("eval", "--no-details", "--judgements")
    assert "extraction vs gold" in scored and "analysts' verdicts" in scored
    assert "CLOSED" in scored and "all judged acts" in scored
