"""`sitrep run` as a user starts it: DISCORD_TOKEN and the two endpoint variables pointed at the
fake, the bundled sample feed, a real database. Alerts reach the subscribed channel, commands
answer, and SIGTERM stops it cleanly."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from bot.models import ChannelRef, Subscription
from bot.paths import PROJECT_ROOT
from bot.store import Store
from tests.fakes.discord_server import CHANNEL_ID, GUILD_ID, FakeDiscord

SAMPLE_FEED = (PROJECT_ROOT / "config" / "samples" / "sample-feed.xml").as_uri()


async def wait_for(condition, timeout: float = 15.0) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.05)


async def test_sitrep_run_posts_alerts_and_answers_commands(fake: FakeDiscord, tmp_path: Path) -> None:
    db_url = f"sqlite+aiosqlite:///{tmp_path / 'sitrep.db'}"
    store = await Store.open(db_url)
    await store.subscriptions.upsert(Subscription(ChannelRef("discord", GUILD_ID, CHANNEL_ID)))
    await store.close()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SITREP_", "SLACK_", "DISCORD_"))}
    env.update({
        "DISCORD_TOKEN": fake.token, "DISCORD_API_URL": fake.rest_base, "DISCORD_GATEWAY_URL": fake.gateway_url,
        "SITREP_DB_URL": db_url, "SITREP_FEEDS": SAMPLE_FEED, "SITREP_FIRST_POLL_ALERT_NEWEST": "50",
    })
    bot = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", env=env, cwd=tmp_path,
                                               stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        await wait_for(lambda: fake.delivered(CHANNEL_ID) or bot.returncode is not None)
        assert bot.returncode is None, "sitrep run exited early"
        assert fake.identifies and fake.command_syncs
        first = fake.delivered(CHANNEL_ID)[0]
        assert first.body["allowed_mentions"] == {"parse": []} and first.body["embeds"][0]["url"]
        status = await fake.final_response(await fake.slash_command("status"))
        assert status.ephemeral and "to this channel" in status.data["content"]
    finally:
        stopping = asyncio.get_running_loop().time()
        if bot.returncode is None:
            bot.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(bot.communicate(), timeout=8)
    assert bot.returncode == 0, stderr.decode()[-2000:]
    assert asyncio.get_running_loop().time() - stopping < 5.0  # DESIGN.md: stops within 5 s
    assert fake.token not in stderr.decode()  # secrets never reach the logs
