"""Every row of the command grammar, its malformed forms and the permission refusals, against
the real store on SQLite."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.commands import MANAGE_CHANNELS, MANAGE_SERVER, CommandHandler, Request
from bot.ingest.fetch import FeedFetcher, FetchLimits
from bot.models import ChannelRef, NewsItem
from bot.pipeline import Pipeline
from bot.store import Store
from tests.fakes.feed_server import FeedServer
from tests.fakes.internet import FakeInternet

CHANNEL = ChannelRef("discord", "guild-1", "chan-1")
OTHER_SERVER = ChannelRef("discord", "guild-2", "chan-9")
ADMIN = frozenset({MANAGE_SERVER, MANAGE_CHANNELS})
CHANNEL_ADMIN = frozenset({MANAGE_CHANNELS})
NOBODY: frozenset[str] = frozenset()
NOW = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)


#: Made-up public hosts whose feeds the test internet serves from the loopback feed server.
PUBLIC_FEED_HOSTS = ("news.example", "second.example", "third.example")


@pytest.fixture
async def handler(make_settings, feed_server: FeedServer) -> AsyncIterator[CommandHandler]:  # type: ignore[no-untyped-def]
    settings = make_settings(max_keywords=5, max_server_feeds=2, allow_private_feeds=False)
    store = await Store.open(settings.db_url)
    changes: list[str] = []
    internet = FakeInternet()
    for host in PUBLIC_FEED_HOSTS:
        internet.host(host, feed_server.port)
    feed_server.feed("rss", title="News Desk").add("n1", "A headline")
    fetcher = FeedFetcher(FetchLimits.of(settings), resolver=internet.resolve, network=internet)

    async def feeds_changed() -> None:
        changes.append("changed")

    commands = CommandHandler(store, settings, on_feeds_changed=feeds_changed, clock=lambda: NOW, fetcher=fetcher)
    commands.changes = changes  # type: ignore[attr-defined]
    commands.feed_server = feed_server  # type: ignore[attr-defined]
    yield commands
    await fetcher.aclose()
    await store.close()


async def run(handler: CommandHandler, text: str, permissions: frozenset[str] = ADMIN, channel: ChannelRef = CHANNEL):
    return await handler.handle(Request(channel=channel, user_id="u1", text=text, permissions=permissions))


async def test_subscribe_defaults_and_options(handler: CommandHandler) -> None:
    reply = await run(handler, "/subscribe")
    assert reply.ok and not reply.public
    sub = await handler.store.subscriptions.get(CHANNEL)
    assert sub is not None and sub.types == ("strike", "attack", "casualty") and sub.min_severity == 2

    reply = await run(handler, "subscribe threat strike min_severity:4 mention:<@&777> mention_severity:5")
    assert reply.ok and "Updated" in reply.text
    sub = await handler.store.subscriptions.get(CHANNEL)
    assert sub is not None and sub.types == ("strike", "threat") and sub.min_severity == 4
    assert sub.mention_role_id == "777" and sub.mention_min_severity == 5

    reply = await run(handler, "subscribe all")
    sub = await handler.store.subscriptions.get(CHANNEL)
    assert reply.ok and sub is not None and len(sub.types) == 6


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("subscribe bombing", "Unknown type 'bombing'"),
        ("subscribe min_severity:9", "from 0 to 5"),
        ("subscribe min_severity:high", "whole number"),
        ("subscribe colour:red", "Unknown option 'colour'"),
        ("subscribe mention:everyone", "mention: takes a role"),
        ('subscribe "strike', "quote is not closed"),
    ],
)
async def test_subscribe_malformed_changes_nothing(handler: CommandHandler, text: str, message: str) -> None:
    reply = await run(handler, text)
    assert not reply.ok and message in reply.text
    assert await handler.store.subscriptions.get(CHANNEL) is None


async def test_manager_commands_refuse_members(handler: CommandHandler) -> None:
    for text in ("subscribe", "unsubscribe", "mute 1h", "unmute", "keywords add gaza", "keywords exclude x",
                 "keywords remove x", "keywords clear", "feeds add https://a.example/rss", "feeds remove https://a.example/rss"):
        reply = await run(handler, text, permissions=NOBODY)
        assert not reply.ok and "Only members with" in reply.text, text
    assert await handler.store.subscriptions.get(CHANNEL) is None
    assert (await handler.store.servers.settings("discord", "guild-1")).include_keywords == ()


async def test_manage_channels_is_enough_for_the_channel_but_not_the_server(handler: CommandHandler) -> None:
    assert (await run(handler, "subscribe", permissions=CHANNEL_ADMIN)).ok
    assert (await run(handler, "mute 30m", permissions=CHANNEL_ADMIN)).ok
    assert not (await run(handler, "keywords add gaza", permissions=CHANNEL_ADMIN)).ok
    assert not (await run(handler, "feeds add https://a.example/rss", permissions=CHANNEL_ADMIN)).ok


async def test_unsubscribe(handler: CommandHandler) -> None:
    assert "not subscribed" in (await run(handler, "unsubscribe")).text
    await run(handler, "subscribe")
    reply = await run(handler, "unsubscribe")
    assert reply.ok and "no more alerts" in reply.text
    assert await handler.store.subscriptions.get(CHANNEL) is None
    assert not (await run(handler, "unsubscribe now")).ok


async def test_mute_and_unmute(handler: CommandHandler) -> None:
    assert "not subscribed" in (await run(handler, "mute 2h")).text
    await run(handler, "subscribe")
    reply = await run(handler, "mute 2h")
    assert reply.ok and "2h" in reply.text
    sub = await handler.store.subscriptions.get(CHANNEL)
    assert sub is not None and sub.muted_until == NOW + timedelta(hours=2)
    for bad in ("mute", "mute soon", "mute 0m", "mute 45d", "mute 1h 2h"):
        assert not (await run(handler, bad)).ok, bad
    assert (await run(handler, "unmute")).ok
    sub = await handler.store.subscriptions.get(CHANNEL)
    assert sub is not None and sub.muted_until is None


async def test_keywords_add_exclude_list_remove_clear(handler: CommandHandler) -> None:
    assert "No keywords" in (await run(handler, "keywords list", permissions=NOBODY)).text
    assert (await run(handler, 'keywords add Gaza "Red Sea"')).ok
    assert (await run(handler, "keywords exclude football")).ok
    listed = (await run(handler, "keywords list", permissions=NOBODY)).text
    assert "gaza, red sea" in listed and "Excluded: football" in listed
    assert "Removed 1 of 1" in (await run(handler, "keywords remove gaza")).text
    assert "Cleared 2" in (await run(handler, "keywords clear")).text
    assert (await handler.store.servers.settings("discord", "guild-1")).include_keywords == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("keywords", "Usage: keywords"),
        ("keywords add", "at least one term"),
        ("keywords add " + "x" * 101, "the limit is 100"),
        ("keywords add a b c d e f", "at most 5 keywords"),
        ("keywords shout gaza", "Unknown keywords action"),
        ("keywords list extra", "takes no arguments"),
    ],
)
async def test_keywords_malformed(handler: CommandHandler, text: str, message: str) -> None:
    reply = await run(handler, text)
    assert not reply.ok and message in reply.text
    settings = await handler.store.servers.settings("discord", "guild-1")
    assert settings.include_keywords == () and settings.exclude_keywords == ()


async def test_feeds_add_list_remove(handler: CommandHandler) -> None:
    reply = await run(handler, "feeds add http://news.example/rss")
    assert reply.ok and handler.changes == ["changed"]  # type: ignore[attr-defined]
    assert "already" in (await run(handler, "feeds add http://news.example/rss")).text
    assert "http://news.example/rss" in (await run(handler, "feeds list", permissions=NOBODY)).text
    assert (await run(handler, "feeds add http://second.example/rss")).ok
    assert "at most 2 feeds" in (await run(handler, "feeds add http://third.example/rss")).text
    assert (await run(handler, "feeds remove http://news.example/rss")).ok
    assert await handler.store.feeds.by_url("http://news.example/rss") is None, "an unused feed is forgotten"
    assert not (await run(handler, "feeds remove http://news.example/rss")).ok


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://news.example/rss", "only http"),
        ("file:///etc/passwd", "only http"),
        ("FILE:///etc/passwd", "only http"),
        ("File:/etc/passwd", "only http"),
        ("HTTP://127.0.0.1/rss", "local or private"),
        ("http://[::127.0.0.1]/rss", "local or private"),
        ("http://[64:ff9b::7f00:1]/rss", "local or private"),
        ("http://[2002:7f00:1::1]/rss", "local or private"),
        ("http://[::ffff:7f00:1]/rss", "local or private"),
        ("http://news.example:99999/rss", "port"),
        ("http://127.0.0.1/rss", "local or private"),
        ("http://localhost:8080/rss", "local or private"),
        ("http://[::1]/rss", "local or private"),
        ("http://169.254.169.254/latest", "local or private"),
        ("https://user:pw@news.example/rss", "user name or password"),
        ("not a url", "spaces"),
        ("news.example/rss", "only http"),
    ],
)
async def test_feeds_add_refuses_bad_urls(handler: CommandHandler, url: str, message: str) -> None:
    reply = await run(handler, f"feeds add {url!r}" if " " in url else f"feeds add {url}")
    assert not reply.ok and message in reply.text
    assert await handler.store.feeds.active() == []


async def test_feeds_add_fetches_once_and_refuses_with_the_reason(handler: CommandHandler) -> None:
    feed_server: FeedServer = handler.feed_server  # type: ignore[attr-defined]
    reply = await run(handler, "feeds add http://news.example/rss")
    assert reply.ok and "News Desk" in reply.text and feed_server.feeds["rss"].requests == 1
    await run(handler, "feeds remove http://news.example/rss")
    feed_server.feed("page").add("1", "x")
    feed_server.feeds["page"].fault = "malformed"
    for url, reason in [
        ("http://unknown.example/rss", "cannot resolve unknown.example"),
        ("http://news.example/missing", "HTTP 404"),
        ("http://news.example/page", "malformed feed"),
    ]:
        reply = await run(handler, f"feeds add {url}")
        assert not reply.ok and reason in reply.text and "Nothing changed" in reply.text, reply.text
    await handler.store.feeds.sync_configured([("http://news.example/rss", "Wire", None, None)])
    reply = await run(handler, "feeds add HTTP://NEWS.example:80/rss")
    assert not reply.ok and "already one of the feeds for everyone" in reply.text
    assert feed_server.feeds["rss"].requests == 1, "refused before fetching"
    assert (await handler.store.servers.settings("discord", "guild-1")).extra_feeds == ()


async def test_a_feed_that_would_now_be_refused_can_still_be_removed(handler: CommandHandler) -> None:
    # (stored before the scheme check compared case-insensitively)
    feed = await handler.store.feeds.get_or_create("FILE:///etc/passwd")
    await handler.store.servers.add_feed("discord", "guild-1", feed)
    assert (await run(handler, "feeds remove FILE:///etc/passwd")).ok
    assert await handler.store.feeds.active() == []


async def test_chat_feeds_are_public_whatever_the_operator_exempted(
    handler: CommandHandler, make_settings  # type: ignore[no-untyped-def]
) -> None:
    feed_server: FeedServer = handler.feed_server  # type: ignore[attr-defined]
    settings = make_settings(allow_private_feeds=True, private_feed_hosts=["intranet", "127.0.0.1"])
    internet = FakeInternet()
    internet.answers("intranet", [["10.0.0.5"]])
    handler.settings = settings
    handler._fetcher = FeedFetcher(FetchLimits.of(settings), resolver=internet.resolve, network=internet)
    try:
        for url in ("http://intranet:8080/any/path", feed_server.url("rss"), f"http://localhost:{feed_server.port}/rss"):
            reply = await run(handler, f"feeds add {url}")
            assert not reply.ok and "SITREP_ALLOW_PRIVATE_FEEDS" in reply.text, reply.text
    finally:
        await handler._fetcher.aclose()
    assert feed_server.feeds["rss"].requests == 0
    assert [entry for entry in internet.log if entry[0] == "connect"] == []
    assert await handler.store.feeds.active() == []


async def test_latest_lists_a_story_once_by_its_first_copy(handler: CommandHandler) -> None:
    pipeline = Pipeline(handler.store, handler.settings, clock=lambda: NOW)
    await handler.store.feeds.sync_configured([("https://wire.example/rss", "Wire", None, None)])
    feed = await handler.store.feeds.by_url("https://wire.example/rss")
    assert feed is not None
    wire = "Israeli strike on Gaza school kills 3, civil defence says"
    items = [
        NewsItem("a", "https://one.example/a", wire, "", NOW - timedelta(hours=2), feed.url),
        NewsItem("b", "https://two.example/b", wire + " | Reuters", "", NOW - timedelta(hours=1), feed.url),
        NewsItem("c", "https://two.example/c", "Gunmen attack police station in Kano, killing 4", "", NOW, feed.url),
    ]
    await pipeline.ingest(feed, items)
    reply = await run(handler, "latest 2", permissions=NOBODY)
    assert [a.title for a in reply.items] == ["Gunmen attack police station in Kano, killing 4", wire]


async def test_latest_and_types(handler: CommandHandler) -> None:
    assert "No escalation items" in (await run(handler, "latest", permissions=NOBODY)).text
    pipeline = Pipeline(handler.store, handler.settings, clock=lambda: NOW)
    feed = await handler.store.feeds.get_or_create("https://wire.example/rss")
    await handler.store.feeds.sync_configured([("https://wire.example/rss", "Wire", None, None)])
    feed = await handler.store.feeds.by_url("https://wire.example/rss")
    items = [
        NewsItem(f"g{i}", f"https://wire.example/{i}", title, "", NOW - timedelta(hours=i), "https://wire.example/rss")
        for i, title in enumerate([
            "Israeli jets strike Hezbollah targets in southern Lebanon",
            "Gunmen attack police station in Kano, killing 4",
            "Stock markets rally on rate hopes",
            "Houthi missile attack targets ship in Red Sea",
        ])
    ]
    await pipeline.ingest(feed, items)  # type: ignore[arg-type]
    reply = await run(handler, "latest", permissions=NOBODY)
    assert reply.ok and [a.title for a in reply.items][0].startswith("Israeli jets")
    assert all("Stock" not in a.title for a in reply.items)
    assert len((await run(handler, "latest 1", permissions=NOBODY)).items) == 1
    attack_titles = [a.title for a in (await run(handler, "latest 20 attack", permissions=NOBODY)).items]
    assert attack_titles and all("strike Hezbollah" not in t for t in attack_titles)
    for bad, message in (("latest 0", "from 1 to 20"), ("latest 21", "from 1 to 20"), ("latest bombs", "Unknown type")):
        reply = await run(handler, bad, permissions=NOBODY)
        assert not reply.ok and message in reply.text
    # Another server's extra feed is not visible here.
    assert (await run(handler, "latest", permissions=NOBODY, channel=OTHER_SERVER)).items


async def test_status_classify_help_and_unknown(handler: CommandHandler) -> None:
    await run(handler, "subscribe strike min_severity:3")
    status = await run(handler, "status", permissions=NOBODY)
    assert status.ok and "This channel: strike at severity >= 3" in status.text and "Alerts sent: 0" in status.text
    verdict = await run(handler, "classify Militants killed 3 soldiers in a rocket attack on a base", permissions=NOBODY)
    assert verdict.ok and verdict.event is not None and verdict.event.is_escalation
    assert verdict.event.killed == 3 and verdict.event.evidence
    assert "3 killed" in verdict.text
    assert not (await run(handler, "classify", permissions=NOBODY)).ok
    assert "subscribe" in (await run(handler, "help", permissions=NOBODY)).text
    unknown = await run(handler, "launch nukes", permissions=NOBODY)
    assert not unknown.ok and "Unknown command 'launch'" in unknown.text
    assert not (await run(handler, "x" * 5000)).ok


async def test_forget_server_drops_its_configuration(handler: CommandHandler) -> None:
    await run(handler, "subscribe")
    await run(handler, "keywords add gaza")
    await run(handler, "feeds add http://news.example/rss")
    await run(handler, "subscribe", channel=OTHER_SERVER)
    await handler.forget_server("discord", "guild-1")
    assert await handler.store.subscriptions.get(CHANNEL) is None
    assert await handler.store.subscriptions.get(OTHER_SERVER) is not None
    assert (await handler.store.servers.settings("discord", "guild-1")).include_keywords == ()
    assert await handler.store.feeds.by_url("http://news.example/rss") is None
