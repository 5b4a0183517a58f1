"""Finding 2: a platform that cannot be reached never holds up the feeds, the console or a stop.

The real `sitrep run` in a subprocess, with the sample feed and the console: Slack or Discord is
pointed at a refused port (retrying) or at a port that accepts and never answers (connecting).
Alerts still arrive, `status` shows the platform down, each retry is one log line without a
traceback, and SIGTERM or SIGINT stops the process within 5 s.
"""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest

from tests.ops.helpers import (
    SAMPLE_FEED,
    JsonLines,
    clean_env,
    parse_logfmt,
    refused_port,
    silent_server,
    sitrep,
    stop_within,
)


def platform_env(platform: str, port: int) -> dict[str, str]:
    if platform == "slack":
        return {"SLACK_BOT_TOKEN": "xoxb-outage-token-1", "SLACK_APP_TOKEN": "xapp-outage-token-1",
                "SLACK_API_URL": f"http://127.0.0.1:{port}/api/"}
    return {"DISCORD_TOKEN": "discord-outage-token-1", "DISCORD_API_URL": f"http://127.0.0.1:{port}/api/v10",
            "DISCORD_GATEWAY_URL": f"ws://127.0.0.1:{port}/gateway"}


async def status_during_outage(tmp_path: Path, platform: str, port: int, signum: int) -> tuple[dict, float, str]:  # type: ignore[type-arg]
    """Run with the platform at `port` and the sample feed; wait for an alert, ask `status`, then
    send the signal: the status reply's adapters by platform, the seconds to exit, stderr."""
    env = clean_env(tmp_path, SITREP_FEEDS=SAMPLE_FEED, SITREP_FIRST_POLL_ALERT_NEWEST="50",
                    **platform_env(platform, port))
    process = await sitrep("run", "--console", "--jsonl", env=env)
    output = JsonLines(process)
    try:
        await output.until(lambda lines: any(line["kind"] == "alert" for line in lines))
        status = await output.command("status")
    finally:
        seconds, err = await stop_within(process, signum)
    print(f"{platform} at port {port}: exited {seconds:.2f} s after signal {signum}")
    assert process.returncode == 0 and seconds < 5.0, (seconds, err[-3000:])
    assert f"{platform} " in status["text"]
    return {entry["platform"]: entry for entry in status["status"]["adapters"]}, seconds, err


@pytest.mark.parametrize("platform", ["slack", "discord"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_an_unreachable_platform_retries_while_feeds_alert_and_a_signal_stops_it(
    tmp_path: Path, platform: str, signum: int
) -> None:
    adapters, _, err = await status_during_outage(tmp_path, platform, refused_port(), signum)
    assert adapters["console"]["state"] == "connected"
    assert adapters[platform]["state"] in ("down", "connecting")
    attempts = [line for line in err.splitlines() if "event=adapter.unreachable" in line]
    assert attempts and all(f"platform={platform}" in line and "retry_in=" in line for line in attempts)
    assert "Traceback" not in err and "outage-token-1" not in err
    assert all(parse_logfmt(line) for line in err.splitlines()), "every log line is logfmt"


@pytest.mark.parametrize("platform", ["slack", "discord"])
async def test_a_platform_stuck_connecting_does_not_delay_a_stop(tmp_path: Path, platform: str) -> None:
    async with silent_server() as port:
        adapters, _, err = await status_during_outage(tmp_path, platform, port, signal.SIGTERM)
    assert adapters[platform]["state"] == "connecting"
    assert "Traceback" not in err


async def test_a_stop_while_delivering_is_prompt(tmp_path: Path) -> None:
    """Discord answers every post with a 20 s rate limit: the delivery is in flight (discord.py
    waits as told) when SIGTERM comes, and the process still ends within 5 s."""
    from bot.models import ChannelRef, Subscription
    from bot.store import Store
    from tests.fakes.discord_server import CHANNEL_ID, GUILD_ID, FakeDiscord

    env = clean_env(tmp_path, SITREP_FEEDS=SAMPLE_FEED, SITREP_FIRST_POLL_ALERT_NEWEST="50")
    store = await Store.open(env["SITREP_DB_URL"])
    await store.subscriptions.upsert(Subscription(ChannelRef("discord", GUILD_ID, CHANNEL_ID)))
    await store.close()
    fake = FakeDiscord()
    fake.ratelimit_next, fake.retry_after = 1000, 20.0
    await fake.start()
    try:
        env.update(DISCORD_TOKEN=fake.token, DISCORD_API_URL=fake.rest_base, DISCORD_GATEWAY_URL=fake.gateway_url)
        process = await sitrep("run", env=env)
        deadline = asyncio.get_running_loop().time() + 20
        while not fake.posted:
            assert asyncio.get_running_loop().time() < deadline and process.returncode is None, "no delivery began"
            await asyncio.sleep(0.05)
        seconds, err = await stop_within(process, signal.SIGTERM)
    finally:
        await fake.stop()
    print(f"delivering: exited {seconds:.2f} s after SIGTERM")
    assert fake.posted[0].status == 429
    assert process.returncode == 0 and seconds < 5.0, (seconds, err[-3000:])
    assert "Traceback" not in err and fake.token not in err


async def test_slack_lost_after_connecting_shows_down_and_still_stops(tmp_path: Path) -> None:
    """Socket Mode connected, then Slack goes away: slack_sdk reconnects on its own; status says
    down, its retries are one log line each (no traceback), and SIGTERM still ends it in 5 s."""
    from tests.fakes.slack_server import FakeSlack

    fake = await FakeSlack().start()
    env = clean_env(tmp_path, SITREP_FEEDS=SAMPLE_FEED, SLACK_BOT_TOKEN=fake.bot_token,
                    SLACK_APP_TOKEN=fake.app_token, SLACK_API_URL=fake.url)
    process = await sitrep("run", "--console", "--jsonl", env=env)
    output = JsonLines(process)

    async def status_until(slack_state: str) -> dict:  # type: ignore[type-arg]
        deadline = asyncio.get_running_loop().time() + 20
        while True:
            reply = await output.command("status")
            states = {entry["platform"]: entry["state"] for entry in reply["status"]["adapters"]}
            if states["slack"] == slack_state or asyncio.get_running_loop().time() > deadline:
                return states
            await asyncio.sleep(0.2)

    try:
        connected = await status_until("connected")
        await fake.close()
        lost = await status_until("down")
    finally:
        seconds, err = await stop_within(process, signal.SIGTERM)
    print(f"slack lost: exited {seconds:.2f} s after SIGTERM")
    assert [connected, lost] == [{"slack": "connected", "console": "connected"},
                                 {"slack": "down", "console": "connected"}]
    assert process.returncode == 0 and seconds < 5.0, (seconds, err[-3000:])
    assert "Traceback" not in err and fake.bot_token not in err and fake.app_token not in err
    assert all(parse_logfmt(line) for line in err.splitlines())
