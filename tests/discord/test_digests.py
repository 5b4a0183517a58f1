"""/digest on Discord through the real discord.py client: the subcommands set the channel's
digest, the time zone option autocompletes, and a due digest arrives as one embed."""

from __future__ import annotations

from datetime import timedelta

from bot.digest_delivery import DigestSender
from bot.digests import DigestSchedule
from tests.discord.test_with_core import HERE, NOW, Core, bot, command, core, news  # noqa: F401 - fixtures
from tests.fakes.discord_server import CHANNEL_ID, FakeDiscord, option, subcommand


async def test_digest_daily_with_a_time_zone_then_off(fake: FakeDiscord, bot, core: Core) -> None:  # noqa: F811
    reply = await command(fake, "digest", [subcommand("daily", option("at", "07:30"), option("tz", "Europe/Berlin"),
                                                      option("min_severity", 3, 4))])
    assert reply.data["content"].startswith("Digest every day at 07:30 Europe/Berlin, stories of severity >= 3")
    assert (await core.store.digests.get(HERE)) is not None
    refused = await command(fake, "digest", [subcommand("daily", option("at", "07:30"), option("tz", "Moon/Base"))])
    assert "Unknown time zone 'Moon/Base'" in refused.data["content"]
    assert (await command(fake, "digest", [subcommand("off")])).data["content"] == "Digest off."


async def test_the_time_zone_autocompletes(fake: FakeDiscord, bot) -> None:  # noqa: F811
    token = await fake.autocomplete("digest", [subcommand("daily", option("at", "08:00"),
                                                          {**option("tz", "berl"), "focused": True})])
    answer = await fake.response(token)
    assert answer.body["type"] == 8
    assert {"name": "Europe/Berlin", "value": "Europe/Berlin"} in answer.body["data"]["choices"]


async def test_a_due_digest_arrives_as_one_embed_by_place(fake: FakeDiscord, bot, core: Core) -> None:  # noqa: F811
    await command(fake, "subscribe")
    await core.pipeline.ingest("https://news.example/rss", [news(1), news(2)])
    await core.store.digests.set(HERE, DigestSchedule("hourly"), NOW - timedelta(hours=2))
    sender = DigestSender(core.store, {"discord": bot}, core.settings, clock=lambda: NOW + timedelta(hours=2))
    assert await sender.run() == 1
    [posted] = [p for p in fake.delivered(CHANNEL_ID) if p.body.get("embeds", [{}])[0].get("title", "").startswith("Digest")]
    [embed] = posted.body["embeds"]
    assert embed["description"] == (  # one place; equally severe stories: the latest first
        "**Iraq**\n"
        "• [US strike kills 3 in Erbil](https://news.example/2) · strike, casualty · severity 4 · 3 killed\n"
        "• [US strike kills 3 in Basra](https://news.example/1) · strike, casualty · severity 4 · 3 killed")
    assert posted.body["allowed_mentions"] == {"parse": []}


async def test_quiet_set_and_off(fake: FakeDiscord, bot, core: Core) -> None:  # noqa: F811
    reply = await command(fake, "quiet", [subcommand("set", option("window", "22:00-07:00"), option("tz", "Europe/Berlin"),
                                                     option("except_severity", 4, 4))])
    assert reply.data["content"].startswith("Set: quiet 22:00-07:00 Europe/Berlin: alerts below severity 4 are held")
    assert HERE in await core.store.digests.quiet([HERE])
    assert (await command(fake, "quiet", [subcommand("off")])).data["content"] == "Quiet hours off."
