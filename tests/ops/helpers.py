"""Run the real `sitrep` command as a subprocess, as an operator would, and read what it says."""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.paths import PROJECT_ROOT

#: logfmt as its readers take it: key=bare or key="quoted with \" and \\ escapes", space-separated.
LOGFMT_PAIR = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|[^\s"=]*)(?: |$)')
SAMPLE_FEED = (PROJECT_ROOT / "config" / "samples" / "sample-feed.xml").as_uri()


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The test's environment without a developer's sitrep/platform variables, a database and a
    data folder in tmp_path (nothing lands in the working directory or the home folder)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SITREP_", "DISCORD_", "SLACK_"))}
    env["SITREP_DATA_DIR"] = str(tmp_path / "data")
    env["SITREP_DB_URL"] = f"sqlite+aiosqlite:///{tmp_path}/sitrep.db"
    # `python -m bot` from another working directory still runs this tree's code
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    env.update(extra)
    return {k: v for k, v in env.items() if v != ""}


def refused_port() -> int:
    """A loopback port nothing listens on (bound, then closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def sitrep(*args: str, env: dict[str, str], cwd: Path | None = None) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, env=env, cwd=cwd or PROJECT_ROOT,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )


async def finished(*args: str, env: dict[str, str], timeout: float = 60, cwd: Path | None = None) -> tuple[int, str, str]:
    process = await sitrep(*args, env=env, cwd=cwd)
    try:
        out, err = await asyncio.wait_for(process.communicate(), timeout)
    finally:
        if process.returncode is None:  # a hang fails the test without leaving the process behind
            process.kill()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


class JsonLines:
    """The stdout of `sitrep run --console --jsonl`, read as it comes."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.lines: list[dict[str, Any]] = []

    async def until(self, want: Callable[[list[dict[str, Any]]], bool], timeout: float = 60) -> list[dict[str, Any]]:
        # (generous: a start on a loaded 2-core machine, with a platform stuck connecting, takes
        # tens of seconds; the wait ends as soon as the line comes)
        deadline = time.monotonic() + timeout
        assert self.process.stdout is not None
        while not want(self.lines):
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"timed out; got {self.lines}"
            try:
                raw = await asyncio.wait_for(self.process.stdout.readline(), remaining)
            except TimeoutError:
                continue
            assert raw, f"sitrep exited early: {(await self.process.stderr.read()).decode()[-3000:]}"  # type: ignore[union-attr]
            self.lines.append(json.loads(raw))
        return self.lines

    async def command(self, line: str) -> dict[str, Any]:
        assert self.process.stdin is not None
        before = sum(1 for entry in self.lines if entry["kind"] == "reply")
        self.process.stdin.write(line.encode() + b"\n")
        await self.process.stdin.drain()
        lines = await self.until(lambda ls: sum(1 for entry in ls if entry["kind"] == "reply") > before)
        return [entry for entry in lines if entry["kind"] == "reply"][-1]


async def stop_within(process: asyncio.subprocess.Process, signum: int, seconds: float = 5.0) -> tuple[float, str]:
    """Send the signal; return how long the process took to exit and its stderr."""
    started = time.monotonic()
    process.send_signal(signum)
    try:
        _, err = await asyncio.wait_for(process.communicate(), seconds + 10)
    finally:
        if process.returncode is None:
            process.kill()
    return time.monotonic() - started, err.decode()


@asynccontextmanager
async def silent_server() -> AsyncIterator[int]:
    """A loopback port that accepts connections and never answers: a platform stuck connecting."""
    held: list[asyncio.StreamWriter] = []

    async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    try:
        yield int(server.sockets[0].getsockname()[1])
    finally:
        for writer in held:
            writer.close()
        server.close()


def parse_logfmt(line: str) -> dict[str, str]:
    """The fields of one logfmt line; fails the test on anything that is not logfmt."""
    fields, position = {}, 0
    while position < len(line):
        match = LOGFMT_PAIR.match(line, position)
        assert match, f"not logfmt at {line[position:]!r}"
        key, raw = match.groups()
        if raw.startswith('"'):
            raw = re.sub(r"\\(.)", lambda m: {"n": "\n", "r": "\r"}.get(m.group(1), m.group(1)), raw[1:-1])
        fields[key] = raw
        position = match.end()
    return fields
