"""The embedded server's life: persistence, crashes, sharing and shutdown."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.errors import StoreUnavailable
from app.core.schema import load_schema
from app.store.embedded import EmbeddedServer
from app.store.falkordb import FalkorStore
from app.store.models import GraphBatch

FIXTURE = Path(__file__).parent.parent / "fixtures" / "graph_batch.json"


def open_store(data_dir: Path, **kwargs: object) -> FalkorStore:
    store = FalkorStore.embedded(load_schema(), EmbeddedServer(data_dir), **kwargs)  # type: ignore[arg-type]
    store.apply_schema()
    return store


def batch() -> GraphBatch:
    return GraphBatch.model_validate(json.loads(FIXTURE.read_text()))


def wait_gone(pid: int, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reap it when this process started it
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_data_survives_a_clean_restart(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.write_batch(batch())
    counts = store.counts()
    pid = EmbeddedServer(tmp_path).status()["pid"]
    store.close()  # last user: the server shuts down
    assert wait_gone(pid)
    assert EmbeddedServer(tmp_path).status()["running"] is False
    store = open_store(tmp_path)
    try:
        assert store.counts() == counts
    finally:
        store.close()


def test_acknowledged_writes_survive_kill_9_of_the_server(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.write_batch(batch())
    counts = store.counts()
    pid = EmbeddedServer(tmp_path).status()["pid"]
    os.kill(pid, signal.SIGKILL)
    assert wait_gone(pid)
    with pytest.raises(StoreUnavailable):
        store.counts()
    store.close()
    store = open_store(tmp_path)  # stale server.json: a new server replays the AOF
    try:
        assert EmbeddedServer(tmp_path).status()["pid"] != pid
        assert store.counts() == counts
    finally:
        store.close()


def test_reload_after_a_crash_mid_write_equals_one_clean_load(tmp_path: Path) -> None:
    clean = open_store(tmp_path / "clean", batch_size=1)
    clean.write_batch(batch())
    expected = (clean.counts(), list(clean.iter_actors()), list(clean.iter_relations()))
    clean.close()

    crashed = open_store(tmp_path / "crash", batch_size=1)
    pid = EmbeddedServer(tmp_path / "crash").status()["pid"]
    written = []

    def kill_after_three(n: int) -> None:
        written.append(n)
        if len(written) == 3:
            os.kill(pid, signal.SIGKILL)

    with pytest.raises(StoreUnavailable):
        crashed.write_batch(batch(), kill_after_three)
    crashed.close()
    again = open_store(tmp_path / "crash", batch_size=1)
    try:
        assert 0 < again.counts().total_nodes < expected[0].total_nodes  # the crash left half a load
        again.write_batch(batch())
        assert (again.counts(), list(again.iter_actors()), list(again.iter_relations())) == expected
    finally:
        again.close()


def test_second_user_attaches_and_server_lives_until_the_last_leaves(tmp_path: Path) -> None:
    first = open_store(tmp_path)
    second = open_store(tmp_path)
    status = EmbeddedServer(tmp_path).status()
    assert status["running"] and status["clients"] == [os.getpid()]
    first.write_batch(batch())
    assert second.counts().nodes["Actor"] == 5  # same server, same graph
    first.close()
    assert EmbeddedServer(tmp_path).status()["running"] is True
    assert second.ping()
    second.close()
    assert wait_gone(status["pid"])


def test_another_process_attaches_to_the_running_server(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        code = (
            "import sys; from pathlib import Path;"
            "from app.store.embedded import EmbeddedServer;"
            "s = EmbeddedServer(Path(sys.argv[1])); lease = s.acquire(); print(lease.port); s.release(lease)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True
        )
        assert int(out.stdout.strip()) == EmbeddedServer(tmp_path).status()["port"]
        assert store.ping()  # the other process leaving did not stop the server
    finally:
        store.close()


def test_stale_state_from_a_crashed_run_is_replaced(tmp_path: Path) -> None:
    home = tmp_path / "falkordb"
    home.mkdir(parents=True)
    (home / "server.json").write_text(json.dumps({"pid": 999_999, "port": 1, "started": 0}))
    (home / "leases").mkdir()
    (home / "leases" / "999999-deadbeef").touch()
    store = open_store(tmp_path)
    try:
        assert store.ping()
        assert EmbeddedServer(tmp_path).status()["clients"] == [os.getpid()]
    finally:
        store.close()


def test_sigterm_to_a_command_shuts_the_server_down(tmp_path: Path) -> None:
    code = (
        "import sys, time; from pathlib import Path;"
        "from app.core.config import Settings; from app.core.lifecycle import store_session;"
        "\nwith store_session(Settings(data_dir=Path(sys.argv[1]), neo4j_uri=None)):"
        "\n    print('ready', flush=True); time.sleep(60)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    pid = EmbeddedServer(tmp_path).status()["pid"]
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 128 + signal.SIGTERM
    assert wait_gone(pid)
    assert EmbeddedServer(tmp_path).status()["running"] is False


def test_db_stop_stops_a_server_with_users(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    pid = EmbeddedServer(tmp_path).status()["pid"]
    assert EmbeddedServer(tmp_path).stop() is True
    assert wait_gone(pid)
    store.close()  # releasing a lease on a stopped server is harmless
    assert EmbeddedServer(tmp_path).stop() is False


def test_nodes_in_a_reply_are_still_read(tmp_path: Path) -> None:
    """A reply with nodes (e.g. from POST /cypher) goes to the client library's parser."""
    store = FalkorStore.embedded(load_schema(), EmbeddedServer(tmp_path / "var"))
    try:
        store.run_write("CREATE (:Actor {id: 'baku', name: 'Baku'})")
        rows = store.run_read("MATCH (a:Actor) RETURN a.id AS id, a AS node, [a] AS nodes")
        assert rows[0]["id"] == "baku"
        assert rows[0]["node"].properties == {"id": "baku", "name": "Baku"}
        assert rows[0]["nodes"][0].labels == ["Actor"]
    finally:
        store.close()
