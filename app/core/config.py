"""The one settings object, read from `ACTORGRAPH_*` environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Where the graph lives and how the service behaves."""

    model_config = SettingsConfigDict(env_prefix="ACTORGRAPH_", env_file=".env", extra="ignore")

    environment: Literal["development", "production"] = "development"
    data_dir: Path = Path("./var")
    graph_name: str = "actorgraph"
    # The dependency parser the role reading uses: en_core_web_sm (pinned), or _md/_trf where installed.
    spacy_model: str = "en_core_web_sm"

    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr | None = None
    neo4j_database: str = "neo4j"

    query_timeout_s: float = 10.0
    write_batch_size: int = 1000

    host: str = "127.0.0.1"
    port: int = 8000

    # The API: writes need this key (no key configured: writes are refused outright).
    api_key: SecretStr | None = None
    max_ingest_bytes: int = 1_000_000
    cors_origins: list[str] = Field(default_factory=list)  # JSON list in the environment
    cypher_timeout_s: float = 5.0
    cypher_max_rows: int = 10_000
    neighbourhood_step_cap: int = 5000  # rows one breadth-first step may read
    path_step_cap: int = 20_000
    path_frontier_cap: int = 2000  # actors one Cypher path-search step may expand
    # Neighbourhoods and paths walk an in-memory copy of the act graph where the store
    # keeps a write version (the embedded FalkorDB); "cypher" always steps in Cypher.
    traversal: Literal["memory", "cypher"] = "memory"
    traversal_wait_s: float = 0.5  # how long a search waits for a rebuild before stepping in Cypher

    @model_validator(mode="after")
    def _no_default_secrets_in_production(self) -> Settings:
        if self.neo4j_uri and self.neo4j_password is None and self.environment == "production":
            raise ValueError("ACTORGRAPH_NEO4J_PASSWORD must be set in production")
        return self

    @property
    def backend(self) -> Literal["neo4j", "falkordb"]:
        """The store this configuration selects: Neo4j when a URI is given."""
        return "neo4j" if self.neo4j_uri else "falkordb"


@lru_cache
def get_settings() -> Settings:
    """The process's settings, built once on first use (never at import time)."""
    return Settings()
