"""Alerts posted through the real discord.py client: the embed, the mention rules, Discord's
limits, 429 handling (discord.py's, not ours), broken channels and guild removal."""

from __future__ import annotations

import asyncio
import time

import pytest

from adapters.discord_bot import DiscordAdapter
from bot.delivery import ChannelBroken
from bot.models import ChannelRef, Event
from tests.deliveries import delivery
from tests.discord.helpers import HERE, PUBLISHED, RecordingCommands, make_alert
from tests.fakes.discord_server import CHANNEL_ID, GUILD_ID, OTHER_CHANNEL_ID, ROLE_ID, FakeDiscord


def embed_chars(embed: dict) -> int:
    return (len(embed.get("title", "")) + len(embed.get("description", ""))
            + sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
            + len((embed.get("footer") or {}).get("text", "")))


async def test_alert_arrives_as_a_linked_embed_that_pings_nobody(fake: FakeDiscord, bot: DiscordAdapter) -> None:
    message_id = await bot.deliver(HERE, make_alert("@everyone US strikes <@&123456789012345678> **now**"), delivery())
    [posted] = fake.delivered(CHANNEL_ID)
    assert message_id == posted.message_id
    assert posted.body["allowed_mentions"] == {"parse": []}
    assert not posted.body.get("content")  # nothing outside the embed that could ping
    [embed] = posted.body["embeds"]
    assert embed["url"] == "https://news.example/us-strikes"
    assert "@everyone" not in embed["title"] and "<@&" not in embed["title"] and "**now**" not in embed["title"]
    assert embed["description"] == "US jets struck three sites near Al-Qaim, killing 2 fighters."
    assert embed["color"] == 0xE74C3C  # severity 4
    assert embed["timestamp"].startswith("2024-01-30T12:00:00")
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Types"] == "strike, casualty" and fields["Killed"] == "2" and "Injured" not in fields
    assert fields["Severity"].startswith("4/5")
    assert fields["Actors"] == "US forces, Kataib Hezbollah" and fields["Places"] == "Iraq, Al-Qaim"
    assert fields["Source"] == "Example Wire" and fields["Published"] == f"<t:{int(PUBLISHED.timestamp())}:f>"


async def test_the_subscription_role_is_the_only_ping(fake: FakeDiscord, bot: DiscordAdapter) -> None:
    await bot.deliver(HERE, make_alert("@here attack", mention_role_id=ROLE_ID), delivery())
    [posted] = fake.delivered()
    assert posted.body["content"] == f"<@&{ROLE_ID}>"
    assert posted.body["allowed_mentions"] == {"parse": [], "roles": [int(ROLE_ID)]}


async def test_a_10kb_title_fits_discords_limits(fake: FakeDiscord, bot: DiscordAdapter) -> None:
    huge = "Breaking *news* " * 640  # ~10 kB, and escaping makes it longer still
    alert = make_alert(huge, summary=huge, source=huge,
                       event=Event(types=("attack",), severity=3, actors=tuple(huge[:90] for _ in range(60)),
                                   locations=tuple(huge[:90] for _ in range(60))))
    await bot.deliver(HERE, alert, delivery())
    [embed] = fake.delivered()[0].body["embeds"]
    assert len(embed["title"]) <= 256 and embed["title"].endswith("…")
    assert len(embed.get("description", "")) <= 4096
    assert len(embed["fields"]) <= 25
    assert all(len(f["value"]) <= 1024 and len(f["name"]) <= 256 for f in embed["fields"])
    assert embed_chars(embed) <= 6000


async def test_a_429_is_waited_out_by_discord_py(fake: FakeDiscord, bot: DiscordAdapter) -> None:
    fake.ratelimit_next, fake.retry_after = 2, 0.15
    started = time.monotonic()
    message_id = await bot.deliver(HERE, make_alert(), delivery())
    elapsed = time.monotonic() - started
    statuses = [p.status for p in fake.posted]
    assert statuses == [429, 429, 200]
    assert message_id == fake.posted[-1].message_id
    assert elapsed >= 2 * 0.15
    assert fake.posted[-1].at - fake.posted[0].at >= 2 * 0.15


@pytest.mark.parametrize("error", ["unknown_channel", "missing_access", "missing_permissions"])
async def test_a_channel_the_bot_cannot_use_raises_channel_broken(
    fake: FakeDiscord, bot: DiscordAdapter, error: str
) -> None:
    fake.broken_channels[OTHER_CHANNEL_ID] = error
    with pytest.raises(ChannelBroken) as raised:
        await bot.deliver(ChannelRef("discord", GUILD_ID, OTHER_CHANNEL_ID), make_alert(), delivery())
    assert raised.value.reason.startswith("channel not found" if error == "unknown_channel" else "missing permission")
    assert [p.status for p in fake.posted] == [404 if error == "unknown_channel" else 403]  # no retries


async def test_removal_from_a_guild_forgets_it(fake: FakeDiscord, bot: DiscordAdapter,
                                               recording: RecordingCommands) -> None:
    await fake.remove_guild(GUILD_ID)
    for _ in range(100):
        if recording.forgotten:
            break
        await asyncio.sleep(0.01)
    assert recording.forgotten == [("discord", GUILD_ID)]


async def test_a_guild_outage_forgets_nothing(fake: FakeDiscord, bot: DiscordAdapter,
                                              recording: RecordingCommands) -> None:
    await fake.dispatch("GUILD_DELETE", {"id": GUILD_ID, "unavailable": True})
    token = await fake.slash_command("help")  # a later event proves the outage was processed
    await fake.final_response(token)
    assert recording.forgotten == []
