"""Open the configured store for the length of a command and always close it."""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from app.core.config import Settings
from app.store.base import GraphStore
from app.store.factory import open_store


def _exit_on_sigterm(signum: int, frame: FrameType | None) -> None:
    # SystemExit unwinds through `finally`, so the store's lease is released and the
    # embedded server is shut down cleanly when this was its last user.
    sys.exit(128 + signum)


@contextmanager
def store_session(settings: Settings) -> Iterator[GraphStore]:
    """The configured store, closed on return, exception, Ctrl-C or SIGTERM."""
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    store = open_store(settings)
    try:
        yield store
    finally:
        store.close()
        signal.signal(signal.SIGTERM, previous)
