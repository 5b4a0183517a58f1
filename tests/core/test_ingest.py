"""URL canonicalisation, HTML to text, feed parsing, the address guard and the fetch limits."""

from __future__ import annotations

import pytest

from bot.ingest.fetch import FeedFetcher, FetchError, FetchLimits
from bot.ingest.guard import is_public_address
from bot.ingest.normalise import clean_text
from bot.ingest.parse import FeedParseError, parse_feed
from bot.ingest.urls import FeedUrlError, canonical_url, validate_feed_url
from tests.fakes.feed_server import FeedServer


def test_canonical_url_drops_tracking_case_and_fragments() -> None:
    assert canonical_url("HTTPS://News.Example:443/a/b?utm_source=x&id=2&fbclid=y&a=1#top") == "https://news.example/a/b?a=1&id=2"
    assert canonical_url("http://news.example") == "http://news.example/"
    assert canonical_url("http://news.example:8080/x") == "http://news.example:8080/x"


@pytest.mark.parametrize("url", ["", "ftp://x/y", "http://", "https://a b/", "http://u:p@h/", "http://h:99999/"])
def test_validate_feed_url_refuses(url: str) -> None:
    with pytest.raises(FeedUrlError):
        validate_feed_url(url)


def test_clean_text_strips_html_boilerplate_and_controls() -> None:
    html = "<p>Rockets hit <b>the base</b> &amp; wounded 3.</p><script>alert(1)</script><p>See also\u00a0 Gold price</p>\x07"
    assert clean_text(html, 500) == "Rockets hit the base & wounded 3."
    assert clean_text("word " * 200, 50).endswith("…") and len(clean_text("word " * 200, 50)) <= 50


def test_parse_rss_and_atom(feed_server: FeedServer) -> None:
    for atom in (False, True):
        feed = feed_server.feed("x", atom=atom, title="Desk")
        feed.add("g1", "Title <b>one</b>", summary="<p>Body</p>", link="https://n.example/1?utm_medium=rss")
        parsed = parse_feed(feed.render(), "https://feed.example/")
        (entry,) = parsed.items
        assert parsed.title == "Desk" and entry.guid == "g1" and entry.url == "https://n.example/1"
        assert entry.title == "Title one" and entry.summary == "Body" and entry.published is not None


@pytest.mark.parametrize("body", [b"", b"hello world", b"<rss><channel><item><title>cut"])
def test_parse_refuses_what_is_not_a_feed(body: bytes) -> None:
    with pytest.raises(FeedParseError):
        parse_feed(body, "https://feed.example/")


@pytest.mark.parametrize(
    ("address", "public"),
    [("8.8.8.8", True), ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.1.1", False), ("172.16.0.1", False),
     ("169.254.169.254", False), ("100.64.0.1", False), ("::1", False), ("fe80::1", False), ("fd00::1", False),
     ("::ffff:127.0.0.1", False), ("0.0.0.0", False), ("2606:4700::1111", True),
     # loopback and private space embedded in IPv6: IPv4-compatible, NAT64, 6to4, IPv4-mapped
     ("::127.0.0.1", False), ("64:ff9b::7f00:1", False), ("64:ff9b::a00:1", False), ("2002:7f00:1::1", False),
     ("2002:c0a8:101::1", False), ("::ffff:10.0.0.1", False), ("64:ff9b::808:808", True), ("2002:808:808::1", True)],
)
def test_address_guard(address: str, public: bool) -> None:
    assert is_public_address(address) is public


async def test_fetch_limits_and_guard(feed_server: FeedServer) -> None:
    feed_server.feed("ok").add("1", "x")
    feed_server.feed("loop", fault=f"redirect:{feed_server.url('loop')}")
    feed_server.feed("bomb", fault="gzip-bomb")
    operator_feeds = frozenset(feed_server.url(name) for name in ("ok", "loop", "bomb"))
    open_fetcher = FeedFetcher(
        FetchLimits(timeout_seconds=1, max_bytes=1_000_000, allow_private=True, operator_feeds=operator_feeds)
    )
    guarded = FeedFetcher(FetchLimits(timeout_seconds=1))
    try:
        result = await open_fetcher.fetch(feed_server.url("ok"))
        assert result.body and result.etag
        assert (await open_fetcher.fetch(feed_server.url("ok"), etag=result.etag)).not_modified
        with pytest.raises(FetchError, match="more than 5 redirects"):
            await open_fetcher.fetch(feed_server.url("loop"))
        with pytest.raises(FetchError, match="larger than"):
            await open_fetcher.fetch(feed_server.url("bomb"))
        with pytest.raises(FetchError, match="non-public"):
            await guarded.fetch(feed_server.url("ok"))
        assert feed_server.feeds["ok"].requests == 2, "the guarded fetch never connected"
    finally:
        await open_fetcher.aclose()
        await guarded.aclose()
