"""Finding 12: the Procfile runs one bot, not two. Its one process type is started as a platform
would (`bash -c` with $PORT, as Heroku does) and serves Slack HTTP mode there."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import aiohttp

from bot.paths import PROJECT_ROOT
from tests.fakes.slack_server import FakeSlack
from tests.ops.helpers import clean_env, refused_port

PROCFILE = PROJECT_ROOT / "Procfile"


def process_types() -> dict[str, str]:
    entries = {}
    for line in PROCFILE.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, command = line.split(":", 1)
            entries[name.strip()] = command.strip()
    return entries


def test_one_process_type_runs_the_bot() -> None:
    entries = process_types()
    assert list(entries) == ["web"], "two process types would be two bots polling and posting twice"
    assert entries["web"].endswith("sitrep run") and "${PORT" in entries["web"]


async def test_the_web_process_serves_on_port(tmp_path: Path) -> None:
    fake = await FakeSlack().start()
    port = refused_port()
    env = clean_env(tmp_path, PORT=str(port), SLACK_BOT_TOKEN=fake.bot_token, SLACK_SIGNING_SECRET="s" * 32,
                    SLACK_API_URL=fake.url, SITREP_FEEDS="")
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    process = await asyncio.create_subprocess_exec(
        "bash", "-c", process_types()["web"], env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )
    try:
        status = None
        async with aiohttp.ClientSession() as session:
            for _ in range(200):
                assert process.returncode is None, (await process.stderr.read()).decode()[-2000:]  # type: ignore[union-attr]
                try:
                    async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                        status = response.status
                        break
                except aiohttp.ClientError:
                    await asyncio.sleep(0.1)
        assert status == 200
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 10)
        await fake.close()
    assert process.returncode == 0
