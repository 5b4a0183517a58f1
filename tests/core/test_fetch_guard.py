"""The fetcher's hard limits: a decoding cap whatever the content-encoding chain, the address
guard in the connection itself (DNS rebinding), the operator's exemption kept to the operator's
feeds, and one bad item or redirect never stopping a feed or escaping a poll."""

from __future__ import annotations

import logging
import shutil
import ssl
import subprocess
import tracemalloc
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import feedparser
import pytest

from bot.ingest.decoding import DecodingError, layers_of
from bot.ingest.fetch import FeedFetcher, FetchError, FetchLimits
from bot.ingest.parse import FeedParseError, parse_feed
from bot.ingest.poll import FeedPoller
from bot.pipeline import Pipeline
from bot.settings import Settings
from bot.store import Store
from tests.fakes.feed_server import DOUBLE_BOMB_DECODED_BYTES, FeedServer
from tests.fakes.internet import FakeInternet

CAP = 1_000_000


def operator_fetcher(*urls: str, **limits: object) -> FeedFetcher:
    """A fetcher for which `urls` are the operator's configured feeds, exempt from the guard."""
    values: dict[str, object] = {"timeout_seconds": 2, "max_bytes": CAP, "allow_private": True}
    values.update(limits)
    return FeedFetcher(FetchLimits(operator_feeds=frozenset(urls), **values))  # type: ignore[arg-type]


async def test_a_body_gzipped_twice_is_refused_at_the_cap_without_decoding_it(feed_server: FeedServer) -> None:
    feed_server.feed("bomb", fault="double-gzip-bomb")
    url = feed_server.url("bomb")
    fetcher = operator_fetcher(url)
    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match=f"larger than {CAP} bytes"):
            await fetcher.fetch(url)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        await fetcher.aclose()
    # The body inflates to 256 MiB; decoding piece by piece stops a little past the 1 MB cap.
    assert DOUBLE_BOMB_DECODED_BYTES >= 256 * CAP
    assert peak < 8 * CAP, f"decoding allocated {peak / 1e6:.0f} MB for a 1 MB cap"


@pytest.mark.parametrize(
    ("header", "message"),
    [("gzip, gzip, gzip", "3 content-encoding layers"), ("br", "unsupported content-encoding 'br'"),
     ("compress", "unsupported content-encoding")],
)
def test_long_or_unknown_encoding_chains_are_refused(header: str, message: str) -> None:
    with pytest.raises(DecodingError, match=message):
        layers_of(header)


@pytest.fixture
async def poller(make_settings, tmp_path) -> AsyncIterator[tuple[FeedPoller, Store, Settings]]:  # type: ignore[no-untyped-def]
    settings = make_settings(feeds=[{"url": "http://boom.example/rss"}], fetch_max_bytes=CAP)
    store = await Store.open(settings.db_url)
    await store.feeds.sync_configured([(feed.url, None, None, None) for feed in settings.feeds])
    yield FeedPoller(store, FeedFetcher(FetchLimits.of(settings)), Pipeline(store, settings), settings), store, settings
    await store.close()


async def test_any_exception_in_one_poll_is_a_recorded_failure_with_back_off(
    poller: tuple[FeedPoller, Store, Settings],
) -> None:
    feed_poller, store, _ = poller

    async def resolver_out_of_memory(host: str, port: int) -> list[str]:
        raise MemoryError

    feed_poller.fetcher = FeedFetcher(feed_poller.fetcher.limits, resolver=resolver_out_of_memory)
    (feed,) = await store.feeds.active()
    outcome = await feed_poller.poll(feed)
    await feed_poller.fetcher.aclose()
    assert not outcome.ok and "MemoryError" in (outcome.error or "")
    (after,) = await store.feeds.active()
    assert after.failures == 1 and "MemoryError" in (after.last_error or "")
    assert after.next_poll_at is not None and after.last_poll_at is not None
    assert after.next_poll_at - after.last_poll_at >= timedelta(seconds=after.interval or 1) * 0.9


async def test_a_redirect_to_an_unreadable_url_is_a_feed_failure(
    feed_server: FeedServer, poller: tuple[FeedPoller, Store, Settings]
) -> None:
    feed_poller, store, settings = poller
    feed_server.feed("rss", fault="redirect:http://x:99999/feed")
    internet = FakeInternet()
    internet.host("boom.example", feed_server.port)
    feed_poller.fetcher = FeedFetcher(FetchLimits.of(settings), resolver=internet.resolve, network=internet)
    (feed,) = await store.feeds.active()
    outcome = await feed_poller.poll(feed)
    await feed_poller.fetcher.aclose()
    assert not outcome.ok and "invalid URL" in (outcome.error or "")
    (after,) = await store.feeds.active()
    assert after.failures == 1 and "invalid URL" in (after.last_error or "")


def test_an_item_with_an_unreadable_link_is_dropped_and_the_rest_kept(
    feed_server: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    feed = feed_server.feed("x")
    feed.add("good-1", "First story", link="https://news.example/1")
    feed.add("bad", "Bad link", link="http://x:99999/story")
    feed.add("good-2", "Second story", link="HTTPS://News.Example:443/2?utm_source=rss")
    with caplog.at_level(logging.WARNING, logger="sitrep.parse"):
        parsed = parse_feed(feed.render(), "https://feed.example/rss?key=SECRET")
    assert sorted(item.guid for item in parsed.items) == ["good-1", "good-2"]
    assert {item.url for item in parsed.items} == {"https://news.example/1", "https://news.example/2"}
    (record,) = [r for r in caplog.records if "item_dropped" in r.getMessage()]
    assert "ValueError" in record.getMessage() and "SECRET" not in record.getMessage()


async def test_a_rebound_name_is_connected_only_at_the_address_that_was_checked(feed_server: FeedServer) -> None:
    feed_server.feed("rss", title="Public Wire").add("1", "A headline")
    internet = FakeInternet()
    public = internet.host("rebind.example", feed_server.port)
    # Public to the first lookup, loopback to every later one: the classic rebinding answer.
    internet.answers("rebind.example", [[public], ["127.0.0.1"]])
    url = f"http://rebind.example:{feed_server.port}/rss"
    first = FeedFetcher(FetchLimits(timeout_seconds=2), resolver=internet.resolve, network=internet)
    second = FeedFetcher(FetchLimits(timeout_seconds=2), resolver=internet.resolve, network=internet)
    try:
        result = await first.fetch(url)
        assert result.body and b"Public Wire" in result.body
        assert internet.lookups("rebind.example") == 1, "the guard's lookup is the one connected to"
        with pytest.raises(FetchError, match=r"non-public address \(127\.0\.0\.1\)"):
            await second.fetch(url)
    finally:
        await first.aclose()
        await second.aclose()
    assert [entry for entry in internet.log if entry[0] == "connect"] == [("connect", public)]
    assert feed_server.feeds["rss"].requests == 1


async def test_the_operator_exemption_covers_the_operator_feeds_only(feed_server: FeedServer) -> None:
    feed_server.feed("operator").add("1", "x")
    feed_server.feed("chat").add("1", "x")
    operator_url, chat_url = feed_server.url("operator"), feed_server.url("chat")
    by_host = operator_fetcher(operator_url, allow_private=False,
                               private_hosts=frozenset({f"127.0.0.1:{feed_server.port}"}))
    wrong_port = operator_fetcher(operator_url, allow_private=False, private_hosts=frozenset({"127.0.0.1:1"}))
    allowed = operator_fetcher(operator_url)
    try:
        for fetcher in (by_host, allowed):
            assert (await fetcher.fetch(operator_url)).body
            with pytest.raises(FetchError, match="non-public"):
                await fetcher.fetch(chat_url)
            with pytest.raises(FetchError, match="operator's configured feeds only"):
                await fetcher.fetch("FILE:///etc/passwd")
        with pytest.raises(FetchError, match="non-public"):
            await wrong_port.fetch(operator_url)
    finally:
        for fetcher in (by_host, wrong_port, allowed):
            await fetcher.aclose()
    assert feed_server.feeds["chat"].requests == 0


def self_signed(tmp_path: Path, name: str) -> tuple[Path, Path]:
    """A certificate for `name` made by the openssl command (no Python package makes one here)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed (needed to make a test certificate)")
    cert, key = tmp_path / f"{name}.pem", tmp_path / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", f"/CN={name}",
         "-addext", f"subjectAltName=DNS:{name}", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    return cert, key


async def test_tls_to_the_checked_address_still_verifies_and_names_the_host(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, key = self_signed(tmp_path, "secure.example")
    server_names: list[str | None] = []
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda _sock, name, _ctx: server_names.append(name)  # type: ignore[assignment,misc,return-value]
    server = FeedServer(ssl_context=context)
    await server.start()
    server.feed("rss", title="Secure Desk").add("1", "x")
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # trust the test certificate (httpx reads this)
    internet = FakeInternet()
    public = internet.host("secure.example", server.port)
    internet.answers("impostor.example", [[public]])
    fetcher = FeedFetcher(FetchLimits(timeout_seconds=2), resolver=internet.resolve, network=internet)
    try:
        result = await fetcher.fetch("https://secure.example/rss")
        assert result.body and b"Secure Desk" in result.body
        # Same address, another name: the certificate is checked against the name, not the address.
        with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED|certificate"):
            await fetcher.fetch("https://impostor.example/rss")
    finally:
        await fetcher.aclose()
        await server.stop()
    assert server_names[0] == "secure.example" and server.host_headers == ["secure.example"]
    assert {entry for entry in internet.log if entry[0] == "connect"} == {("connect", public)}


def test_a_parser_crash_is_the_feeds_parse_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def out_of_memory(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(feedparser, "parse", out_of_memory)
    with pytest.raises(FeedParseError, match=r"could not be parsed \(MemoryError\)"):
        parse_feed(b"<rss version='2.0'><channel><title>x</title></channel></rss>", "https://feed.example/")
