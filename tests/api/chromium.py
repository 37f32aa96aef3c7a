"""Debian's Chromium for the browser tests, driven by Playwright (no browser is downloaded)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("ACTORGRAPH_CHROMIUM", "/usr/bin/chromium")
# Headless with no sandbox (CI runs as root) and none of Chromium's background calls home,
# which this machine's closed network would refuse.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch_chromium(playwright: Any) -> Any:
    """Chromium launched headless; a missing one fails the test under CI and skips it elsewhere."""
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        message = f"no Chromium at {CHROMIUM}: `apt-get install chromium` (CI's .ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@contextmanager
def dashboard_tab(sync_playwright: Callable[[], Any], url: str) -> Iterator[Any]:
    """A 1280×800 tab on the dashboard at `url`, once it is ready; fails if the page raised."""
    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        tab = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        tab.goto(f"{url}/")
        tab.wait_for_selector("body[data-ready=true]", timeout=20_000)
        yield tab
        browser.close()
    assert errors == [], f"the page raised: {errors}"
