"""Tenant isolation through the real discord.py client: two guilds on the loopback fake, each with
its own subscription, keywords and feed (set up by slash commands); what either guild's `status`,
`feeds list`, `latest` and `keywords list` answer holds nothing of the other guild.
(tests/core/test_isolation.py runs the whole grammar at the core; this is the round trip.)"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from adapters.discord_bot import DiscordAdapter
from bot.commands import CommandHandler
from bot.ingest.parse import parse_feed
from bot.pipeline import Pipeline
from bot.settings import Settings
from bot.store import Store
from tests.discord.helpers import discord_settings, running
from tests.fakes import tenants
from tests.fakes.discord_server import CHANNEL_ID, GUILD_ID, FakeDiscord, FakeGuild, option, subcommand
from tests.fakes.feed_server import FeedServer

OTHER_GUILD_ID, OTHER_CHANNEL = "2000000000000000777", "3000000000000000777"
#: guild id -> (channel, the code word in all of that guild's data)
GUILDS = {GUILD_ID: (CHANNEL_ID, "quokka"), OTHER_GUILD_ID: (OTHER_CHANNEL, "wombat")}


@pytest.fixture
async def world(fake: FakeDiscord, tmp_path) -> AsyncIterator[tuple[DiscordAdapter, Store, FeedServer]]:  # type: ignore[no-untyped-def]
    fake.guilds.append(FakeGuild(id=OTHER_GUILD_ID, name="Other Guild", channels=[
        {"id": OTHER_CHANNEL, "type": 0, "name": "general", "position": 0, "permission_overwrites": []}]))
    settings = Settings(db_url=f"sqlite+aiosqlite:///{tmp_path / 'sitrep.db'}", feeds=[{"url": tenants.OPERATOR_FEED}])
    store = await tenants.store_with_operator_feed(settings)
    async with tenants.tenant_feeds([word for _, word in GUILDS.values()], settings) as (feeds, fetcher):
        commands = CommandHandler(store, settings, fetcher=fetcher)
        adapter = DiscordAdapter(discord_settings(fake, db_url=settings.db_url), commands, guild_ready_timeout=0.05)
        async with running(adapter):
            yield adapter, store, feeds
    await store.close()


async def ask(fake: FakeDiscord, guild: str, name: str, options: list[dict[str, Any]] | None = None) -> str:
    channel, _ = GUILDS[guild]
    token = await fake.slash_command(name, options, guild_id=guild, channel_id=channel)
    return json.dumps((await fake.final_response(token)).body).casefold()


async def test_two_guilds_never_see_each_others_data(fake: FakeDiscord, world: tuple[DiscordAdapter, Store, FeedServer]) -> None:
    _, store, feeds = world
    pipeline = Pipeline(store, Settings(db_url="sqlite+aiosqlite://", feeds=[]))
    for guild, (_, word) in GUILDS.items():
        url = tenants.tenant_feed_url(word)
        assert "subscribed" in await ask(fake, guild, "subscribe", [option("min_severity", 0, 4)])
        assert word in await ask(fake, guild, "keywords", [subcommand("add", option("terms", word))])
        assert "added the feed" in await ask(fake, guild, "feeds", [subcommand("add", option("url", url))])
        await pipeline.ingest(url, parse_feed(feeds.feeds[tenants.tenant_feed_name(word)].render(), url).items)
    checked = 0
    for guild, (_, word) in GUILDS.items():
        other = next(w for g, (_, w) in GUILDS.items() if g != guild)
        for name, options in [("status", None), ("feeds", [subcommand("list")]), ("latest", None),
                              ("keywords", [subcommand("list")])]:
            answer = await ask(fake, guild, name, options)
            checked += 1
            assert other not in answer and tenants.OPERATOR_KEY.casefold() not in answer, (guild, name, answer)
            if name != "latest":
                assert word in answer, (guild, name, answer)  # each guild does see its own data
    assert checked == 8
