"""Several instances of one bot keep together under Discord's global 50 requests/s: each paces its
posts to its share (bot/pacing.py), here two discord.py clients against the loopback fake."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from adapters.discord_bot import DiscordAdapter
from bot.models import ChannelRef, Delivery
from bot.pacing import RequestBudget
from bot.settings import load_settings
from tests.discord.helpers import RecordingCommands, discord_settings, make_alert, running
from tests.fakes.discord_server import GUILD_ID, FakeDiscord

QUEUED = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def busiest_second(times: list[float]) -> int:
    """The most requests in any one-second window."""
    ordered, most, start = sorted(times), 0, 0
    for end, at in enumerate(ordered):
        while at - ordered[start] >= 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


def test_an_instance_budget_is_its_share_of_the_global_limit() -> None:
    assert load_settings().discord_request_budget() == 50
    assert load_settings(discord_shard_count=2, discord_shard_ids="1").discord_request_budget() == 25
    assert int(load_settings(discord_shard_count=3, discord_shard_ids="0").discord_request_budget()) == 16
    assert load_settings(discord_shard_count=4, discord_shard_ids="0,1,2").discord_request_budget() == 37.5
    assert load_settings(discord_shard_count=2, discord_requests_per_second=10).discord_request_budget() == 10


async def test_the_budget_holds_any_one_second_window() -> None:
    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    budget, made = RequestBudget(16.7, clock=lambda: now[0], sleep=sleep), []
    for _ in range(100):
        await budget.acquire()
        made.append(now[0])
        now[0] += 0.001
    assert busiest_second(made) == 16 and made[-1] >= 99 / 16


async def test_two_instances_of_one_bot_stay_within_the_global_limit_together(fake: FakeDiscord) -> None:
    posts_each = 60
    adapters = [
        DiscordAdapter(discord_settings(fake, discord_shard_count=2, discord_shard_ids=[shard]), RecordingCommands(),
                       guild_ready_timeout=0.05)
        for shard in (0, 1)
    ]
    channels = [[ChannelRef("discord", GUILD_ID, str(900000000000000000 + 1000 * shard + n)) for n in range(posts_each)]
                for shard in (0, 1)]
    async with running(adapters[0]), running(adapters[1]):
        # Every post at once, as a fan-out's deliveries would: only the budgets hold them back.
        await asyncio.gather(*(
            adapter.deliver(channel, make_alert(), Delivery(1000 * shard + n, QUEUED))
            for shard, adapter in enumerate(adapters) for n, channel in enumerate(channels[shard])
        ))
    accepted = [post for post in fake.posted if post.status == 200]
    assert len(accepted) == 2 * posts_each
    per_instance = [[post.at for post in accepted if post.channel_id in {c.channel_id for c in mine}]
                    for mine in channels]
    # Measured where Discord would count them: at the fake, which shares this process's event loop
    # with both clients, so on a busy machine a request may arrive a little late and meet the next
    # one (one request of slack each). Without the budgets all 60 would arrive in one second.
    busiest = [busiest_second(times) for times in per_instance]
    assert all(most <= 26 for most in busiest), f"each keeps to its half (25/s): {busiest}"
    assert busiest_second([post.at for post in accepted]) <= 51, "together under Discord's global limit"
    for times in per_instance:
        assert max(times) - min(times) >= 59 * 1.0 / 25, "60 posts at 25 a second take 2.4 s at least"
