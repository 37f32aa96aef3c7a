"""The process helpers both local servers use."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

from app.store.processes import cmdline, free_port, pid_alive


def test_a_free_port_can_be_bound() -> None:
    port = free_port()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", port))  # raises if the port were taken


def test_a_live_pid_and_a_finished_one() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)", "marker-arg"])
    try:
        assert pid_alive(child.pid)
        deadline = time.monotonic() + 10
        while "marker-arg" not in (cmdline(child.pid) or "") and time.monotonic() < deadline:
            time.sleep(0.05)  # until the child has exec'd: before that it reads as its parent
        assert "marker-arg" in (cmdline(child.pid) or "")
    finally:
        child.kill()
        child.wait()
    assert not pid_alive(child.pid)
    assert cmdline(child.pid) is None
    assert pid_alive(os.getpid())
