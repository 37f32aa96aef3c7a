"""A local Neo4j 5 Community server for users without Docker, and for the test suite.

`neo4j-local/pom.xml` pins Neo4j, APOC and Neo4j Browser on Maven Central; Maven fetches them
once into `neo4j-local/lib` and `neo4j-local/plugins` (ignored by git), and `neo4j-local/Launcher.java` runs
them with no build step. The server binds 127.0.0.1 only, with authentication on.

Invariant: at most one local server per data directory, recorded in `<data dir>/neo4j/server.json`
with its pid and ports; a record whose process is gone is stale and is cleared.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from app import ROOT
from app.core.errors import StoreUnavailable
from app.store.processes import cmdline, free_port, pid_alive

HOME = ROOT / "neo4j-local"
_READY_TIMEOUT_S = 180.0
_STOP_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class LocalServer:
    """A running local Neo4j: its process and where it answers."""

    pid: int
    bolt_port: int
    http_port: int

    @property
    def uri(self) -> str:
        """The Bolt URI to set as ACTORGRAPH_NEO4J_URI."""
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def browser_url(self) -> str:
        """Where Neo4j Browser is served."""
        return f"http://127.0.0.1:{self.http_port}/browser/"


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # As Neo4j's own listener does: a just-stopped server's connections in TIME_WAIT
        # do not keep the port.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _is_launcher(pid: int) -> bool:
    """True when `pid` is a live local Neo4j launcher (guards against pid reuse)."""
    line = cmdline(pid)
    return pid_alive(pid) if line is None else "Launcher.java" in line


def fetch_jars(home: Path = HOME) -> None:
    """Fetch Neo4j's jars with Maven into `home/lib` once (again when the pom changes)."""
    marker = home / "lib" / ".fetched"
    pom = home / "pom.xml"
    if marker.exists() and marker.stat().st_mtime >= pom.stat().st_mtime:
        return
    mvn = shutil.which("mvn")
    if mvn is None:
        raise StoreUnavailable("the local Neo4j needs Maven (`mvn`) to fetch its jars from Maven Central")
    for folder in ("lib", "plugins"):
        shutil.rmtree(home / folder, ignore_errors=True)
    result = subprocess.run([mvn, "-B", "-q", "package"], cwd=home, capture_output=True, text=True)
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).splitlines()[-15:])
        raise StoreUnavailable(f"Maven could not fetch Neo4j's jars (coordinates in {pom}):\n{tail}")
    marker.touch()


class LocalNeo4j:
    """Starts, reports and stops the local Neo4j server of one data directory."""

    def __init__(
        self,
        data_dir: Path,
        *,
        home: Path = HOME,
        heap_mb: int = 768,
        page_cache_mb: int = 256,
        ready_timeout_s: float = _READY_TIMEOUT_S,
    ):
        self.dir = Path(data_dir).resolve() / "neo4j"
        self.home = home
        self.heap_mb = heap_mb
        self.page_cache_mb = page_cache_mb
        self.ready_timeout_s = ready_timeout_s

    @property
    def state_file(self) -> Path:
        """Where the running server's pid and ports are recorded."""
        return self.dir / "server.json"

    @property
    def log_file(self) -> Path:
        """The launcher's output: the ready line, Neo4j's own log lines and errors."""
        return self.dir / "server.log"

    def password(self, given: str | None = None) -> str:
        """`given`, or the password this data directory's server was last started with (or a new one)."""
        if given:
            return given
        file = self.dir / "password"
        if file.exists():
            return file.read_text().strip()
        made = secrets.token_urlsafe(18)
        self._keep_password(made)
        return made

    def _keep_password(self, password: str) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        file = self.dir / "password"
        file.touch(mode=0o600)
        file.chmod(0o600)
        file.write_text(password)

    def running(self) -> LocalServer | None:
        """The recorded server if its process is alive, else None (a stale record is cleared)."""
        try:
            server = LocalServer(**json.loads(self.state_file.read_text()))
        except (OSError, ValueError, TypeError):
            return None
        if _is_launcher(server.pid):
            return server
        self.state_file.unlink(missing_ok=True)
        return None

    def start(
        self, password: str, *, bolt_port: int | None = None, http_port: int | None = None
    ) -> LocalServer:
        """Start the server (or return the one running) and wait until Bolt answers."""
        if len(password) < 8:
            raise StoreUnavailable("Neo4j needs a password of 8 characters or more")
        if (server := self.running()) is not None:
            return server
        java = shutil.which("java", path=self._java_path())
        if java is None:
            raise StoreUnavailable("the local Neo4j needs Java 17 (`java` on PATH or JAVA_HOME)")
        fetch_jars(self.home)
        bolt = bolt_port or free_port()
        http = http_port or free_port()
        for port in (bolt, http):
            if not _port_free(port):
                raise StoreUnavailable(f"port {port} on 127.0.0.1 is taken")
        self.dir.mkdir(parents=True, exist_ok=True)
        cmd = [
            java, f"-Xmx{self.heap_mb}m", "-XX:+UseG1GC",
            "-cp", f"{self.home / 'lib'}/*:{self.home / 'plugins'}/*",
            str(self.home / "Launcher.java"),
            "--data", str(self.dir / "db"), "--plugins", str(self.home / "plugins"),
            "--bolt-port", str(bolt), "--http-port", str(http),
            "--page-cache-mb", str(self.page_cache_mb),
        ]  # fmt: skip
        env = {**os.environ, "ACTORGRAPH_NEO4J_PASSWORD": password}
        with open(self.log_file, "w") as log:
            # A session of its own: Ctrl-C in the user's terminal does not stop the server.
            proc = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env,
                start_new_session=True,
            )  # fmt: skip
        server = LocalServer(pid=proc.pid, bolt_port=bolt, http_port=http)
        # Recorded before the wait, so `stop` finds a server whose start was interrupted.
        self.state_file.write_text(json.dumps(asdict(server)))
        try:
            self._wait_ready(proc)
        except BaseException:
            self.stop()
            raise
        self._keep_password(password)  # what `password()` gives for the running server
        return server

    def stop(self) -> bool:
        """Stop the server cleanly (SIGTERM, then SIGKILL after a wait); False if none ran."""
        server = self.running()
        if server is None:
            return False
        os.kill(server.pid, signal.SIGTERM)
        deadline = time.monotonic() + _STOP_TIMEOUT_S
        while time.monotonic() < deadline and _is_launcher(server.pid):
            with contextlib.suppress(ChildProcessError):
                os.waitpid(server.pid, os.WNOHANG)  # reap it if it is our child
            time.sleep(0.1)
        if _is_launcher(server.pid):
            os.kill(server.pid, signal.SIGKILL)
        self.state_file.unlink(missing_ok=True)
        return True

    def _java_path(self) -> str | None:
        java_home = os.environ.get("JAVA_HOME")
        path = os.environ.get("PATH", "")
        return f"{java_home}/bin:{path}" if java_home else path

    def _wait_ready(self, proc: subprocess.Popen[bytes]) -> None:
        deadline = time.monotonic() + self.ready_timeout_s
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise StoreUnavailable(f"the local Neo4j exited during start-up:\n{self.log_tail()}")
            with contextlib.suppress(OSError):
                if "READY " in self.log_file.read_text(errors="replace"):
                    return
            time.sleep(0.2)
        proc.kill()
        raise StoreUnavailable(f"the local Neo4j was not ready after {self.ready_timeout_s:.0f}s")

    def log_tail(self, lines: int = 15) -> str:
        """The last lines of the launcher's output."""
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"
