"""Discord shards per instance: the guild -> shard rule in Python and in SQL, and its settings."""

from __future__ import annotations

import pytest
from sqlalchemy import literal, select

from bot.delivery import Deliverer
from bot.instance import this_process
from bot.models import Alert, ChannelRef, Delivery, Event, NewsItem, Subscription, utcnow
from bot.settings import SettingsError, load_settings
from bot.shards import ShardSet, shard_of
from bot.store import Store, Target

STRIKE = Event(types=("strike",), severity=3)
GUILDS = ["81384788765712384", "1098765432109876543", "613425648685547541", "4194303", "4194304", "0"]


def test_shard_of_follows_discords_rule() -> None:
    assert shard_of("4194303", 2) == 0 and shard_of("4194304", 2) == 1
    assert [shard_of(g, 3) for g in GUILDS] == [(int(g) >> 22) % 3 for g in GUILDS]


async def test_the_sql_filter_agrees_with_python(store: Store) -> None:
    for count in (1, 2, 3, 16):
        for ids in ((0,), tuple(range(0, count, 2))):
            shards = ShardSet(count, ids)
            async with store.engine.connect() as conn:
                in_sql = [await conn.scalar(select(shards.guild_filter(literal(g)))) for g in GUILDS]
            assert [bool(v) for v in in_sql] == [shards.holds(g) for g in GUILDS], (count, ids)


def test_shard_settings_are_checked() -> None:
    settings = load_settings(discord_shard_count=3, discord_shard_ids="0,2")
    assert settings.discord_shards() == ShardSet(3, (0, 2))
    assert load_settings(discord_shard_count=2).discord_shards() == ShardSet(2, (0, 1))
    assert load_settings().discord_shards() is None
    with pytest.raises(SettingsError, match="SITREP_DISCORD_SHARD_COUNT"):
        load_settings(discord_shard_ids="1")
    with pytest.raises(SettingsError, match="between 0 and 1"):
        load_settings(discord_shard_count=2, discord_shard_ids="2")


class DiscordRecorder:
    platform = "discord"

    def __init__(self) -> None:
        self.sent: list[ChannelRef] = []

    async def deliver(self, channel: ChannelRef, alert: Alert, delivery: Delivery) -> str:
        self.sent.append(channel)
        return f"m{len(self.sent)}"


async def test_each_instance_delivers_only_the_guilds_on_its_shards(store_url: str, make_settings) -> None:  # type: ignore[no-untyped-def]
    store = await Store.open(store_url)
    channels = [ChannelRef("discord", guild, f"c{n}") for n, guild in enumerate(GUILDS[:5])]
    for channel in channels:
        await store.subscriptions.upsert(Subscription(channel))
    feed = await store.feeds.get_or_create("https://wire.example/rss")
    (stored,) = await store.items.add_new(feed.id, [(NewsItem("g", "", "t", "", None, feed.url), STRIKE)])
    await store.outbox.enqueue(stored.id, [Target(c) for c in channels], utcnow())
    recorders = []
    for shard in (0, 1):
        recorder = DiscordRecorder()
        settings = make_settings(db_url=store_url, discord_shard_count=2, discord_shard_ids=str(shard))
        await Deliverer(store, {"discord": recorder}, settings, instance=this_process(f"shard-{shard}")).deliver_due()
        assert all(shard_of(c.server_id, 2) == shard for c in recorder.sent)
        recorders.append(recorder)
    assert sorted(c.channel_id for r in recorders for c in r.sent) == sorted(c.channel_id for c in channels)
    assert all(r.sent for r in recorders), "both shards had guilds"
    await store.close()
