"""Errors ActorGraph raises on purpose.

ActorGraphError
├── SchemaError            a name the schema file does not declare (act type, kind)
├── CypherTemplateError    an unknown Cypher file name
├── StoreError             the graph store failed or is unreachable
│   ├── StoreUnavailable   the server is down or did not start
│   ├── DataDirBusy        another process holds the embedded store and it cannot be shared
│   ├── ReadOnlyViolation  a write was attempted through a read-only entry point
│   ├── QueryTimeout       a statement ran past its time limit
│   └── QueryError         a caller's own statement was rejected by the store (syntax, types)
├── InputError             input the loaders cannot read (not UTF-8, missing file)
└── ApiError               a request the API refuses, with its HTTP status and a stable code
    └── JudgementError     a review decision that cannot hold (unknown act or actor, a conflict)
"""


class ActorGraphError(Exception):
    """Base of every error ActorGraph raises on purpose."""


class SchemaError(ActorGraphError):
    """A name that the schema file does not declare."""


class CypherTemplateError(ActorGraphError):
    """An unknown or malformed Cypher template."""


class StoreError(ActorGraphError):
    """The graph store failed."""


class StoreUnavailable(StoreError):
    """The graph store cannot be reached or did not start."""


class DataDirBusy(StoreError):
    """Another process holds the embedded store's data directory."""


class ReadOnlyViolation(StoreError):
    """A write was attempted through a read-only entry point."""


class QueryTimeout(StoreError):
    """A statement ran past its time limit."""


class QueryError(StoreError):
    """A caller's own statement was rejected by the store."""


class InputError(ActorGraphError):
    """Input the loaders cannot read."""


class ApiError(ActorGraphError):
    """A request the API refuses: HTTP status, a stable machine-readable code and a message."""

    def __init__(self, status: int, code: str, message: str, details: dict[str, object] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.details = details or {}


class JudgementError(ApiError):
    """A review decision that cannot hold: it names no act or actor, or contradicts the log."""
