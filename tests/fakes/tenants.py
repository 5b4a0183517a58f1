"""Servers' own feeds for the tenant-isolation tests: each server's code word names a made-up
public host on the test internet, whose feed (with a key in its URL) is on one loopback server."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

from bot.ingest.fetch import FeedFetcher, FetchLimits
from bot.settings import Settings
from bot.store import Store
from tests.fakes.feed_server import FeedServer
from tests.fakes.internet import FakeInternet

OPERATOR_KEY = "OPERATOR-KEY-93"
#: The operator's configured feed: its path and query must never reach a server's reply.
OPERATOR_FEED = f"https://wire.example/operator-path/feed?apikey={OPERATOR_KEY}"


def tenant_feed_url(word: str) -> str:
    return f"http://{word}.example/{word}feed?apikey=KEY-{word}"


def tenant_feed_name(word: str) -> str:
    return f"{word}feed"


@asynccontextmanager
async def tenant_feeds(words: Iterable[str], settings: Settings) -> AsyncIterator[tuple[FeedServer, FeedFetcher]]:
    """A feed server with one escalation item per word, and a fetcher that reaches it through the
    address guard as the public host `<word>.example`."""
    feeds = FeedServer()
    await feeds.start()
    internet = FakeInternet()
    for word in words:
        internet.host(f"{word}.example", feeds.port)
        feeds.feed(tenant_feed_name(word), title=f"{word} desk").add(
            f"{word}-1", f"US airstrike kills 5 near {word} base"
        )
    fetcher = FeedFetcher(FetchLimits.of(settings), resolver=internet.resolve, network=internet)
    try:
        yield feeds, fetcher
    finally:
        await fetcher.aclose()
        await feeds.stop()


async def store_with_operator_feed(settings: Settings) -> Store:
    store = await Store.open(settings.db_url)
    await store.feeds.sync_configured([(OPERATOR_FEED, None, None, None)])
    return store
