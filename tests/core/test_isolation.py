"""Tenant isolation: every reply is computed from the asking server's data only.

Four servers (two Discord guilds, two Slack workspaces) each set up everything the grammar lets
them keep: a subscription with a role, keywords, a feed of their own whose URL carries a key, its
items and alerts, a failure naming the URL, a mute. Each server's data carries one code word.
Then every command of the grammar is run from every server, and no reply (text, items, verdict)
may contain another server's code word, or the key in the operator's feed URL.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from bot.commands import HELP_TEXT, MANAGE_CHANNELS, MANAGE_SERVER, CommandHandler, Reply, Request
from bot.ingest.fetch import FeedFetcher
from bot.ingest.parse import parse_feed
from bot.models import ChannelRef
from bot.pipeline import Pipeline
from bot.settings import Settings
from bot.store import Store
from tests.fakes import tenants
from tests.fakes.feed_server import FeedServer

ADMIN = frozenset({MANAGE_SERVER, MANAGE_CHANNELS})
OPERATOR_SECRETS = (tenants.OPERATOR_KEY, "operator-path")


@dataclass(frozen=True)
class Tenant:
    word: str  # in every piece of this server's data, and nowhere else
    channel: ChannelRef
    role: str

    @property
    def feed_url(self) -> str:
        return tenants.tenant_feed_url(self.word)


TENANTS = (
    Tenant("quokka", ChannelRef("discord", "quokka-guild", "quokka-channel"), "7100000000000000001"),
    Tenant("wombat", ChannelRef("discord", "wombat-guild", "wombat-channel"), "7200000000000000002"),
    Tenant("numbat", ChannelRef("slack", "Tnumbat", "Cnumbat"), "7300000000000000003"),
    Tenant("bilby", ChannelRef("slack", "Tbilby", "Cbilby"), "7400000000000000004"),
)


def command_lines(tenant: Tenant) -> list[str]:
    """Every command of the grammar, read-only ones first, each in the forms it takes."""
    return [
        "help", "status", "latest", "latest 20", "latest strike", "latest 20 casualty",
        "keywords list", "feeds list", "classify Militants killed 3 soldiers in a rocket attack",
        f"classify {tenant.word} was shelled",
        "subscribe", "subscribe strike attack casualty min_severity:1",
        f"subscribe all min_severity:0 mention:{tenant.role} mention_severity:3",
        "mute 2h", "status", "unmute", "latest 5 attack",
        f"keywords add {tenant.word}", f"keywords exclude {tenant.word}noise", "keywords list",
        f"keywords remove {tenant.word}noise", f"feeds add {tenant.feed_url}", "feeds list", "status",
        "feeds add http://unknown.example/rss", "nonsense", "keywords clear", "unsubscribe", "status",
        f"feeds remove {tenant.feed_url}", "feeds list",
    ]


def reply_text(reply: Reply) -> str:
    parts = [reply.text]
    parts += [repr(item) for item in reply.items]
    if reply.event is not None:
        parts.append(repr(reply.event))
    return "\n".join(parts).casefold()


@pytest.fixture
async def handler(make_settings) -> AsyncIterator[CommandHandler]:  # type: ignore[no-untyped-def]
    settings = make_settings(feeds=[{"url": tenants.OPERATOR_FEED}], max_server_feeds=5, allow_private_feeds=True)
    store = await tenants.store_with_operator_feed(settings)
    async with tenants.tenant_feeds([tenant.word for tenant in TENANTS], settings) as (feed_server, fetcher):
        yield await seeded(store, settings, feed_server, fetcher)
    await store.close()


async def seeded(store: Store, settings: Settings, feed_server: FeedServer, fetcher: FeedFetcher) -> CommandHandler:
    """The commands, after every server set up its own data (its operator feed item included)."""
    now = datetime.now(UTC)
    commands = CommandHandler(store, settings, fetcher=fetcher, clock=lambda: now)
    pipeline = Pipeline(store, settings, clock=lambda: now)
    operator_item = feed_server.feed("feed", title="")
    operator_item.add("op-1", "Missile strike kills 7 in the capital", link="https://wire.example/a")
    await pipeline.ingest(tenants.OPERATOR_FEED, parse_feed(operator_item.render(), tenants.OPERATOR_FEED).items)
    for tenant in TENANTS:
        ask = request_for(commands, tenant)
        for line in (f"subscribe all min_severity:0 mention:{tenant.role}", f"keywords add {tenant.word}",
                     f"keywords exclude {tenant.word}noise", f"feeds add {tenant.feed_url}"):
            assert (await ask(line)).ok, line
        feed_state = await store.feeds.by_url(tenant.feed_url)
        assert feed_state is not None
        body = feed_server.feeds[tenants.tenant_feed_name(tenant.word)].render()
        await pipeline.ingest(feed_state, parse_feed(body, tenant.feed_url).items, alert=True)
        await store.feeds.record_failure(
            feed_state.id, at=now, error=f"HTTP 500 from {tenant.feed_url}",
            next_poll_at=now + timedelta(minutes=5),
        )
    return commands


def request_for(commands: CommandHandler, tenant: Tenant):  # type: ignore[no-untyped-def]
    async def ask(line: str) -> Reply:
        return await commands.handle(Request(channel=tenant.channel, user_id=f"{tenant.word}-user", text=line,
                                             permissions=ADMIN))

    return ask


async def test_no_reply_shows_another_servers_data(handler: CommandHandler) -> None:
    assert not any(t.word in HELP_TEXT for t in TENANTS)
    # The setup is what each server should see of its own: its feed, its failure, its alerts.
    for tenant in TENANTS:
        own = reply_text(await request_for(handler, tenant)("status"))
        assert f"key-{tenant.word}" in own and "failing" in own and "1 waiting here" in own, own
        assert tenant.word in reply_text(await request_for(handler, tenant)("latest"))
    checked = 0
    leaks = []
    for tenant in TENANTS:
        ask = request_for(handler, tenant)
        others = [other.word for other in TENANTS if other is not tenant]
        for line in command_lines(tenant):
            text = reply_text(await ask(line))
            checked += 1
            leaks += [(tenant.word, line, word) for word in others if word in text]
            leaks += [(tenant.word, line, secret) for secret in OPERATOR_SECRETS if secret.casefold() in text]
    assert leaks == []
    assert checked == len(TENANTS) * len(command_lines(TENANTS[0])) == 4 * 31
    print(f"isolation: {checked} command replies checked across {len(TENANTS)} servers, 0 leaks")
