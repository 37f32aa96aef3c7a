"""ActorGraph: who did what to whom, according to which source — as a graph."""

from pathlib import Path

__version__ = "0.1.0"

#: The project root: `cypher/`, `schema/` and `data/` are read from here.
ROOT = Path(__file__).resolve().parent.parent
