"""Start, stop and endpoints: where discord.py connects, and what it leaves behind."""

from __future__ import annotations

import asyncio
import time

import discord
import pytest
from discord.gateway import DiscordWebSocket

from adapters.discord_bot import DiscordAdapter
from bot.delivery import ChannelBroken
from bot.models import ChannelRef
from tests.deliveries import delivery
from tests.discord.helpers import RecordingCommands, discord_settings, make_alert, running
from tests.fakes.discord_server import GUILD_ID, OTHER_CHANNEL_ID, FakeDiscord

DISCORD_API = "https://discord.com/api/v10"


async def test_without_a_gateway_url_it_connects_where_discord_says(
    fake: FakeDiscord, recording: RecordingCommands
) -> None:
    adapter = DiscordAdapter(discord_settings(fake, discord_gateway_url=None), recording, guild_ready_timeout=0.05)
    async with running(adapter):
        assert ("GET", "/gateway/bot", None) in fake.requests  # AutoSharded asks for URL and shards
        assert fake.gateway_paths == ["/gateway"]
        assert fake.identifies[0]["shard"] == [0, 1]


async def test_discord_gateway_url_wins_over_gateway_bot(fake: FakeDiscord, recording: RecordingCommands) -> None:
    settings = discord_settings(fake, discord_gateway_url=f"ws://127.0.0.1:{fake.port}/alt-gateway")
    async with running(DiscordAdapter(settings, recording, guild_ready_timeout=0.05)):
        assert fake.gateway_paths == ["/alt-gateway"]


async def test_stop_is_quick_and_restores_discords_endpoints(fake: FakeDiscord, recording: RecordingCommands) -> None:
    default_gateway = DiscordWebSocket.DEFAULT_GATEWAY
    adapter = DiscordAdapter(discord_settings(fake), recording, guild_ready_timeout=0.05)
    assert not adapter.is_connected
    await adapter.start()
    assert discord.http.Route.BASE == fake.rest_base
    assert adapter.is_connected, "/readyz counts a connected gateway as ready"
    started = time.monotonic()
    await adapter.stop()
    assert time.monotonic() - started < 2.0
    assert not adapter.is_connected
    assert discord.http.Route.BASE == DISCORD_API and DiscordWebSocket.DEFAULT_GATEWAY == default_gateway


async def test_a_bad_token_fails_start_and_leaves_nothing_patched(fake: FakeDiscord,
                                                                 recording: RecordingCommands) -> None:
    settings = discord_settings(fake)
    settings.discord_token = "wrong-token"  # type: ignore[assignment]
    with pytest.raises(discord.LoginFailure):
        await DiscordAdapter(settings, recording).start()
    assert discord.http.Route.BASE == DISCORD_API
    assert not fake.identifies


async def test_a_non_text_channel_is_broken_but_other_errors_are_retried(fake: FakeDiscord,
                                                                         bot: DiscordAdapter) -> None:
    channel = ChannelRef("discord", GUILD_ID, OTHER_CHANNEL_ID)
    fake.broken_channels[OTHER_CHANNEL_ID] = "non_text_channel"
    with pytest.raises(ChannelBroken, match="non-text channel"):
        await bot.deliver(channel, make_alert(), delivery())
    fake.broken_channels[OTHER_CHANNEL_ID] = "invalid_form"
    with pytest.raises(discord.HTTPException) as raised:  # the delivery job retries it with backoff
        await bot.deliver(channel, make_alert(), delivery())
    assert not isinstance(raised.value, ChannelBroken)


async def test_the_fake_refuses_what_discord_refuses(fake: FakeDiscord, bot: DiscordAdapter) -> None:
    # Every other test relies on this: a message over Discord's limits fails loudly here too.
    assert bot.client is not None
    channel = bot.client.get_partial_messageable(int(OTHER_CHANNEL_ID))
    long_title = discord.Embed(title="t" * 257)
    blank_field = discord.Embed(description="d").add_field(name="n", value=" ")
    half_the_total = discord.Embed(description="d" * 4000)
    for embeds in ([long_title], [blank_field], [half_the_total, half_the_total]):
        with pytest.raises(discord.HTTPException) as raised:
            await channel.send(embeds=embeds)
        assert raised.value.status == 400 and raised.value.code == 50035
    assert len(fake.refusals) == 3
    fake.refusals.clear()


async def test_zlib_stream_frames_like_discords_are_understood(fake: FakeDiscord, recording: RecordingCommands) -> None:
    fake.compress_frames = True
    async with running(DiscordAdapter(discord_settings(fake), recording, guild_ready_timeout=0.05)):
        assert fake.gateway_query["compress"] == "zlib-stream"
        answer = await fake.final_response(await fake.slash_command("help"))
        assert answer.data["content"] == "ran help"


async def test_after_a_gateway_reconnect_commands_still_answer(fake: FakeDiscord, bot: DiscordAdapter) -> None:
    await fake.reconnect_request()
    for _ in range(300):
        if fake.resumes and fake.ready.is_set():
            break
        await asyncio.sleep(0.01)
    assert fake.resumes and fake.resumes[0]["session_id"] == "fake-session"
    assert len(fake.gateway_paths) == 2 and len(fake.identifies) == 1  # resumed, not re-identified
    answer = await fake.final_response(await fake.slash_command("status"))
    assert answer.data["content"] == "ran status"
