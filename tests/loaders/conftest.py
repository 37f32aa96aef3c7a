"""Fixtures shared by the loaders' tests."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The parse extractor, built once per test module."""
    return Extractor()
