"""Dependencies routes receive: the settings and the process's one store."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.core.config import Settings
from app.store.base import GraphStore


def get_store(request: Request) -> GraphStore:
    """The store opened in the app's lifespan."""
    store: GraphStore = request.app.state.store
    return store


def get_app_settings(request: Request) -> Settings:
    """The settings the app was built with."""
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
