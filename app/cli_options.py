"""What every `actorgraph` command that touches the graph shares: `--data-dir` and the settings it gives."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from app.core.config import Settings

DataDir = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Embedded store folder (default: $ACTORGRAPH_DATA_DIR or ./var)."),
]


def settings_for(data_dir: Path | None) -> Settings:
    """The settings from the environment, with `--data-dir` when given."""
    settings = Settings()
    return settings.model_copy(update={"data_dir": data_dir}) if data_dir else settings
