"""Fixtures shared by the loaders' tests."""

from __future__ import annotations

import pytest

from loaders.role_acts import ParseExtractor


@pytest.fixture(scope="module")
def extractor() -> ParseExtractor:
    """The parse extractor, built once per test module."""
    return ParseExtractor()
