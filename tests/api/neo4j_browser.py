"""Neo4j Browser driven by Playwright: connect, run commands, read the result frames back.

Neo4j Browser (5.24, served by the local Neo4j at `/browser/`) renders each command in a
frame, newest first; a frame's command line shows the command with its newlines as spaces.
Its editor is Monaco, which re-indents and auto-closes brackets when text is typed, so
commands are pasted (a synthetic paste event carries the text verbatim, newlines included).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

playwright_api = pytest.importorskip("playwright.sync_api")

FRAME = "[data-testid=frame]"
_PASTE = """(el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}"""
_NODES = """frame => [...frame.querySelectorAll('svg g.node')].map(g => {
    const circle = g.querySelector('circle.b-outline');
    return {
        id: Number(g.getAttribute('aria-label').replace('graph-node', '')),
        fill: circle.getAttribute('fill'),
        stroke: circle.getAttribute('stroke'),
        caption: [...g.querySelectorAll('text.caption')].map(t => t.textContent.trim()).join(' '),
    };
})"""
_RELATIONSHIPS = """frame => [...frame.querySelectorAll('svg g.relationship')].map(g => ({
    type: g.querySelector('text').textContent.trim(),
    fill: g.querySelector('path.b-outline').getAttribute('fill'),
}))"""


@dataclass(frozen=True)
class DrawnNode:
    """A node as the graph view drew it: its Neo4j id, fill and stroke colours, caption."""

    id: int
    fill: str
    stroke: str
    caption: str


def grass_colour(grass: str, selector: str) -> str:
    """The `color` a GraSS stylesheet gives `selector` (e.g. `node.State`), lower-cased."""
    block = re.search(rf"^{re.escape(selector)} \{{([^}}]*)\}}", grass, re.M)
    colour = re.search(r"^\s*color: (#[0-9a-fA-F]{6});", block[1], re.M) if block else None
    if colour is None:
        raise LookupError(f"the style has no color for {selector}")
    return colour[1].lower()


class NeoBrowser:
    """One Neo4j Browser tab."""

    def __init__(self, page: Any):
        self.page = page

    def open(self, url: str) -> None:
        """Load the Browser and wait for its connect form."""
        self.page.goto(url)
        self.page.locator("[data-testid=boltaddress]").wait_for(timeout=30_000)

    def fill_connect_form(self, bolt_uri: str, user: str, password: str) -> None:
        """Fill the connect form (scheme, address, user name, password) and wait until it may be sent."""
        # The Browser probes the address it is given (and first its own), its button disabled meanwhile.
        connect = playwright_api.expect(self.page.locator("[data-testid=connect]"))
        connect.to_be_enabled(timeout=30_000)
        scheme, address = bolt_uri.split("://", 1)
        self.page.select_option("[data-testid=bolt-scheme-select]", f"{scheme}://")
        self.page.fill("[data-testid=boltaddress]", address)
        with contextlib.suppress(AssertionError):
            connect.to_be_disabled(timeout=2_000)  # the probe of the new address, if not over already
        self.page.fill("[data-testid=username]", user)
        self.page.fill("[data-testid=password]", password)
        self.frame(":server connect").evaluate("frame => frame.scrollIntoView({ block: 'nearest' })")
        connect.to_be_enabled(timeout=30_000)

    def connect(self) -> Any:
        """Press Connect and wait until the Browser says it is connected; the connect frame."""
        self.page.click("[data-testid=connect]")
        connected = self.frame(":server connect")
        connected.get_by_text("You are connected as user").wait_for(timeout=30_000)
        return connected

    def dismiss_usage_notice(self, wait_ms: int = 0) -> None:
        """Close the usage-data notice (shown a moment after connecting), which covers the stream's top."""
        notice = self.page.get_by_text("we collect information on product usage")
        if wait_ms:
            with contextlib.suppress(playwright_api.TimeoutError):
                notice.wait_for(timeout=wait_ms)
        if not notice.is_visible():
            return
        notice.locator("xpath=following-sibling::span").first.click()
        notice.wait_for(state="detached")

    def frame(self, command: str) -> Any:
        """The newest frame whose command line starts like `command`."""
        first_line = command.strip().splitlines()[0]
        return (
            self.page.locator(FRAME)
            .filter(has=self.page.locator("[data-testid=frameCommand]", has_text=first_line))
            .first
        )

    def run(self, command: str) -> Any:
        """Paste `command` into the editor, run it, and return its frame once it has content."""
        self.page.locator("#monaco-main-editor").click()
        self.page.locator("[data-testid=activeEditor] textarea").evaluate(_PASTE, command)
        self.page.locator("[data-testid=editor-Run]").first.click()
        frame = self.frame(command)
        frame.locator("[data-testid=frameContents]").wait_for(timeout=30_000)
        return frame

    def run_cypher(self, statement: str) -> Any:
        """Run a Cypher statement and wait until its result has streamed."""
        frame = self.run(statement)
        frame.locator("[data-testid=frame-loaded-contents]").wait_for(timeout=30_000)
        return frame

    def set_params(self, values: dict[str, str]) -> None:
        """`:param NAME => VALUE` for each value, given as Cypher literals."""
        for name, literal in values.items():
            frame = self.run(f":param {name} => {literal}")
            frame.locator("[data-testid=rawParamData]").get_by_text(f'"{name}"').wait_for()

    @staticmethod
    def table(frame: Any) -> list[dict[str, str]]:
        """A table frame's rows by column, each cell as the Browser shows it (strings quoted).

        A result without nodes opens as a table; clicking a view would make it the default
        for the frames after it.
        """
        header = frame.locator("[role=columnheader]").all_inner_texts()
        return [
            dict(zip(header, row.locator("[role=cell]").all_inner_texts(), strict=True))
            for row in frame.locator("tbody [role=row]").all()
        ]

    @staticmethod
    def graph(frame: Any) -> tuple[dict[int, DrawnNode], list[dict[str, str]]]:
        """A graph frame's drawn nodes by Neo4j id, and its relationships' types and colours."""
        frame.locator("[data-testid=cypherFrameSidebarVisualization]").click()
        frame.locator("svg g.node").first.wait_for(timeout=30_000)
        nodes = [DrawnNode(**n) for n in frame.evaluate(_NODES)]
        return {n.id: n for n in nodes}, frame.evaluate(_RELATIONSHIPS)

    def screenshot(self, path: Path) -> None:
        """The whole tab as it stands, without the usage-data notice."""
        self.dismiss_usage_notice()
        self.page.screenshot(path=str(path))
