"""Errors ActorGraph raises on purpose.

ActorGraphError
├── SchemaError            a name the schema file does not declare (act type, kind)
├── CypherTemplateError    an unknown Cypher file name
├── StoreError             the graph store failed or is unreachable
│   ├── StoreUnavailable   the server is down or did not start
│   ├── DataDirBusy        another process holds the embedded store and it cannot be shared
│   └── ReadOnlyViolation  a write was attempted through a read-only entry point
└── InputError             input the loaders cannot read (not UTF-8, missing file)
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


class InputError(ActorGraphError):
    """Input the loaders cannot read."""
