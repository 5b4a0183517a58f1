"""`sitrep run` with SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET and SLACK_API_URL pointed at the fake
answers signed slash commands on /slack/events (the issue's "done when"), then stops on SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from pathlib import Path

import aiohttp

from tests.fakes.slack_server import FakeSlack
from tests.slack.slack_helpers import SIGNING_SECRET, slash

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def wait_healthy(port: int, process: asyncio.subprocess.Process, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            assert process.returncode is None, "sitrep run exited early"
            try:
                async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise AssertionError("sitrep run did not serve /healthz in time")


async def test_sitrep_run_serves_signed_slash_commands_in_http_mode(tmp_path: Path, fake: FakeSlack) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SITREP_", "DISCORD_"))}
    env.update(
        SLACK_BOT_TOKEN=fake.bot_token,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=fake.url,
        SITREP_HTTP_PORT=str(port),
        SITREP_DB_URL=f"sqlite+aiosqlite:///{tmp_path}/run.db",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=str(tmp_path),  # config/ must be found next to the package, not the working directory
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await wait_healthy(port, process)
        answer = await slash(port, fake, "/sitrep", "subscribe strike")
        assert answer.status == 200 and answer.seconds < 3.0
        assert answer.json()["text"].startswith("Subscribed this channel: strike")
        latest = await slash(port, fake, "/latest", "1", user_id="UMEMBER")
        assert latest.status == 200
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=10)
    assert process.returncode == 0, stderr.decode(errors="replace")[-2000:]
    assert fake.bot_token not in stderr.decode() and SIGNING_SECRET not in stderr.decode()
