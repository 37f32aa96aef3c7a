"""The judgement log: one JSON object per line, appended to, never rewritten.

Invariant: every append happens under an exclusive `flock` on a lock file beside the log,
and a caller that must check a decision against the log before adding it (`locked`) holds
that lock across the check, the append and the graph update, so two reviewers (threads or
processes) judging at once never lose or contradict a decision.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import ValidationError

from app.core.errors import InputError
from app.review.models import JUDGEMENT, Judgement, Undo

LOG_NAME = "judgements.jsonl"


def log_path(data_dir: Path) -> Path:
    """Where a data dir keeps its judgement log."""
    return data_dir / LOG_NAME


def encode(judgement: Judgement) -> str:
    """One record as its line (without the newline)."""
    return judgement.model_dump_json(exclude_none=True)


def decode(line: str, where: str = "judgement log") -> Judgement:
    """One line as a record; anything else is an InputError naming `where`."""
    try:
        return JUDGEMENT.validate_python(json.loads(line))
    except (json.JSONDecodeError, ValidationError) as exc:
        raise InputError(f"{where}: not a judgement record: {exc}") from exc


def read_records(path: Path) -> list[Judgement]:
    """Every record of a JSON-lines file, in file order (blank lines skipped)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc
    return [decode(line, f"{path}:{n}") for n, line in enumerate(lines, 1) if line.strip()]


class JudgementLog:
    """The append-only log of one data dir."""

    def __init__(self, path: Path):
        self.path = path
        self._lock_path = path.with_name(path.name + ".lock")

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the log's exclusive lock (between processes and between threads)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock_path.open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def records(self) -> list[Judgement]:
        """Every record, in the order they were appended."""
        return read_records(self.path)

    def append(self, judgements: Iterable[Judgement]) -> None:
        """Add records at the end and sync them to disk; the caller holds `locked()`."""
        text = "".join(encode(j) + "\n" for j in judgements)
        if not text:
            return
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())

    def add(self, judgement: Judgement) -> None:
        """Append one record under the lock."""
        with self.locked():
            self.append([judgement])

    def import_records(self, records: Iterable[Judgement]) -> list[Judgement]:
        """Append the records whose id the log lacks; returns them. Importing twice adds nothing."""
        with self.locked():
            known = {j.id for j in self.records()}
            new: list[Judgement] = []
            for record in records:
                if record.id not in known:
                    known.add(record.id)
                    new.append(record)
            self.append(new)
        return new

    def export(self) -> str:
        """The whole log as JSON lines."""
        return "".join(encode(j) + "\n" for j in self.records())


def undone_by(records: Iterable[Judgement]) -> dict[str, str]:
    """Judgement id → the id of the undo that takes it back."""
    return {r.undoes: r.id for r in records if isinstance(r, Undo)}


def effective(records: Iterable[Judgement]) -> list[Judgement]:
    """The decisions in force: not undos, not undone, in time order (ties in log order)."""
    records = list(records)
    undone = undone_by(records)
    kept = [r for r in records if not isinstance(r, Undo) and r.id not in undone]
    return sorted(kept, key=lambda r: r.at)
