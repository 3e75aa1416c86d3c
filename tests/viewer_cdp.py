"""A small Chrome DevTools Protocol driver for the viewer's browser tests.

Starts Debian's ``chromium`` headless with a fresh profile, opens pages,
records console errors, dialogs and network requests, clicks, evaluates and
takes screenshots.  Needs ``websocket-client`` (the ``test`` extra).

Also a script, to measure a page or refresh the README screenshot::

    python tests/viewer_cdp.py exports/graph.html --screenshot docs/viewer.png
"""
from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic", "--disable-extensions",
    "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--remote-debugging-port=0",
    "--remote-allow-origins=*",
)


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


class CDPError(RuntimeError):
    pass


class Browser:
    """One headless Chromium and a websocket to its first page."""

    def __init__(self, binary: str, profile: Path, width: int = 1400, height: int = 860, timeout: float = 20.0):
        import websocket  # websocket-client

        self.profile = Path(profile)
        self.profile.mkdir(parents=True, exist_ok=True)
        self.log = open(self.profile / "chromium.log", "wb")
        self.proc = subprocess.Popen(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", f"--window-size={width},{height}", "about:blank"],
            stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not (port_file.exists() and port_file.read_text().count("\n") >= 1):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise CDPError(f"chromium did not start; see {self.profile / 'chromium.log'}")
            time.sleep(0.05)
        port = int(port_file.read_text().splitlines()[0])
        targets = []
        while not targets:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as response:
                targets = [t for t in json.load(response) if t.get("type") == "page"]
            if not targets:
                if time.monotonic() > deadline:
                    raise CDPError("chromium has no page target")
                time.sleep(0.05)
        self.ws = websocket.create_connection(targets[0]["webSocketDebuggerUrl"], timeout=timeout, suppress_origin=True)
        self.ids = itertools.count(1)
        self.events: list[dict] = []
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)

    # -- protocol
    def send(self, method: str, timeout: float = 30.0, **params):
        message_id = next(self.ids)
        self.ws.send(json.dumps({"id": message_id, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            self.ws.settimeout(max(0.1, deadline - time.monotonic()))
            message = json.loads(self.ws.recv())
            if message.get("id") == message_id:
                if "error" in message:
                    raise CDPError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self._event(message)
            if time.monotonic() > deadline:
                raise CDPError(f"{method}: no answer in {timeout} s")

    def _event(self, message: dict) -> None:
        self.events.append(message)
        if message["method"] == "Page.javascriptDialogOpening":
            # Answer at once, or the page would hang on the dialog.
            self.ws.send(json.dumps({"id": next(self.ids), "method": "Page.handleJavaScriptDialog",
                                     "params": {"accept": True}}))

    def pump(self, seconds: float) -> None:
        """Collect events for a while."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.ws.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                message = json.loads(self.ws.recv())
            except Exception:  # timeout
                break
            if "method" in message:
                self._event(message)

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise CDPError(f"{expression[:80]}: {result['exceptionDetails'].get('text')} "
                           f"{result['exceptionDetails'].get('exception', {}).get('description', '')}")
        return result["result"].get("value")

    # -- page helpers
    def open(self, path: Path, timeout: float = 30.0) -> float:
        """Open a viewer page and wait until it has drawn; returns its load time in ms (navigation start → first draw)."""
        self.events.clear()
        self.send("Page.navigate", url=Path(path).resolve().as_uri())
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready = self.evaluate("!!(window.kgViewer && window.kgViewer.ready)")
            if ready:
                return float(self.evaluate("window.kgViewer.readyMs"))
            self.pump(0.05)
        raise CDPError(f"{path} did not draw in {timeout} s; errors: {self.errors()}")

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and error log entries (CSP violations, failed loads)."""
        found = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                found.append("exception: " + details.get("text", "") + " " +
                             details.get("exception", {}).get("description", ""))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append("console: " + " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append("log: " + params["entry"].get("text", ""))
        return found

    def dialogs(self) -> list[str]:
        return [e["params"].get("message", "") for e in self.events if e["method"] == "Page.javascriptDialogOpening"]

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e["method"] == "Network.requestWillBeSent"]

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left",
                      clickCount=0 if kind == "mouseMoved" else 1)

    def click_node(self, node_id: str) -> None:
        """Click the centre of a drawn node, as a user would."""
        x, y = self.evaluate(
            "(function(id){var n=kgViewer.network, p=n.getPositions([id])[id], d=n.canvasToDOM(p),"
            " r=document.getElementById('network').getBoundingClientRect(); return [d.x+r.left, d.y+r.top];})"
            f"({json.dumps(node_id)})")
        self.click(x, y)
        self.pump(0.3)

    def screenshot(self, path: Path) -> Path:
        data = self.send("Page.captureScreenshot", format="png")["data"]
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            if getattr(self, "ws", None):
                self.ws.close()
        finally:
            # Chromium's helpers share the session we started it in: end them with it.
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(self.proc.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    self.proc.wait(timeout=5)
                    time.sleep(0.2)
                except subprocess.TimeoutExpired:
                    continue
            self.log.close()


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Open viewer pages in headless Chromium; print load times.")
    parser.add_argument("pages", nargs="+", type=Path)
    parser.add_argument("--screenshot", type=Path, help="PNG of the first page")
    parser.add_argument("--click", help="node id (IRI) to click before the screenshot")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    binary = find_chromium()
    if not binary:
        print("chromium not installed: apt-get install chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        browser = Browser(binary, Path(profile))
        try:
            for i, page in enumerate(args.pages):
                times = [browser.open(page) for _ in range(args.repeat)]
                nodes = browser.evaluate("kgViewer.network.body.nodeIndices.length")
                print(f"{page}: {nodes} nodes drawn; load (navigation start → first draw) "
                      f"{' / '.join(f'{t:.0f}' for t in times)} ms; errors: {browser.errors() or 'none'}")
                if i == 0 and args.screenshot:
                    if args.click:
                        browser.click_node(args.click)
                    browser.screenshot(args.screenshot)
                    print(f"wrote {args.screenshot}")
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
