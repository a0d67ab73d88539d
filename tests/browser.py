"""Headless Chromium driven over the DevTools protocol through a pipe (`--remote-debugging-pipe`: no
port, no network, no extra package), for tests that click in a page and read back what it shows."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
from pathlib import Path
from typing import Any

from conftest import CHROMIUM


class Browser:
    """One headless Chromium with one page attached; `call` sends a protocol command and returns its
    result, `evaluate` runs JavaScript in the page and returns its value."""

    def __init__(self, profile: Path, width: int = 1300, height: int = 800) -> None:
        assert Path(CHROMIUM).exists(), "Chromium is required: `make chromium`"
        commands_r, self._commands = os.pipe()
        self._replies, replies_w = os.pipe()

        def fds() -> None:  # the protocol's pipe: the browser reads fd 3 and writes fd 4
            os.dup2(commands_r, 3)
            os.dup2(replies_w, 4)

        self.process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--proxy-server=127.0.0.1:9",
                f"--window-size={width},{height}",
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=fds,
        )
        os.close(commands_r)
        os.close(replies_w)
        self._id = 0
        self._buffer = b""
        self.session: str | None = None

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Send one command (to the attached page once there is one) and wait for its reply."""
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self._buffer:
                chunk = os.read(self._replies, 1 << 16)
                if not chunk:
                    raise RuntimeError("Chromium closed the protocol pipe")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(reply["error"])
                return reply.get("result", {})

    def open(self, url: str) -> None:
        """Open `url` in a new page and attach to it; return once its scripts have run."""
        target = self.call("Target.createTarget", {"url": url})["targetId"]
        attached = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})
        self.session = attached["sessionId"]
        ready = 0
        for _ in range(600):
            try:
                state = self.evaluate("[location.href, document.readyState]")
            except RuntimeError:  # the page navigated while it was asked
                state = None
            ready = ready + 1 if state == [url, "complete"] else 0
            if ready == 2:  # loaded, and still the same document 50 ms later
                return
            with contextlib.suppress(RuntimeError):
                self._pause()
        raise RuntimeError(f"{url} did not finish loading")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (asked again when the page was still
        replacing its document)."""
        params = {"expression": expression, "returnByValue": True}
        for _ in range(50):
            try:
                result = self.call("Runtime.evaluate", params)
            except RuntimeError as exc:
                if "context" not in str(exc):
                    raise
                self._pause()
                continue
            return result["result"].get("value")
        raise RuntimeError(f"no page to evaluate {expression!r} in")

    def _pause(self) -> None:
        """Let the page run for 50 ms."""
        self.call(
            "Runtime.evaluate",
            {"expression": "new Promise(r => setTimeout(r, 50))", "awaitPromise": True},
        )

    def click(self, x: float, y: float) -> None:
        """A real left click at (x, y) of the viewport: mouse moved, pressed and released."""
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1},
            )

    def close(self) -> None:
        """End the browser."""
        for fd in (self._commands, self._replies):
            os.close(fd)
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
