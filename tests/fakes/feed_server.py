"""A feed server on 127.0.0.1 (aiohttp) serving RSS 2.0 and Atom, with switchable faults.

Each path is a feed whose items, ETag behaviour and failure mode a test sets at will.
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import ssl
import time
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape

from aiohttp import web


@dataclass
class FeedEntry:
    guid: str
    title: str
    summary: str = ""
    link: str = ""
    published: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass
class FakeFeed:
    title: str = "Loopback Wire"
    entries: list[FeedEntry] = field(default_factory=list)
    atom: bool = False
    #: None: serve the feed. Otherwise one of "500", "timeout", "malformed", "huge", "gzip-bomb",
    #: "double-gzip-bomb[:<decoded bytes>]", or "redirect:<url>".
    fault: str | None = None
    etag_enabled: bool = True
    requests: int = 0
    not_modified_answers: int = 0
    #: time.monotonic() of each request, for tests of when polls happen
    request_times: list[float] = field(default_factory=list)

    def add(self, guid: str, title: str, summary: str = "", link: str | None = None) -> FeedEntry:
        entry = FeedEntry(guid, title, summary, link or f"https://news.example/{guid}")
        self.entries.append(entry)
        return entry

    def etag(self) -> str:
        return f'"{len(self.entries)}-{hash(tuple(e.guid for e in self.entries)) & 0xFFFFFFFF:x}"'

    def render(self) -> bytes:
        return (_atom(self) if self.atom else _rss(self)).encode()


def _rss(feed: FakeFeed) -> str:
    items = "".join(
        f"<item><title>{escape(e.title)}</title><link>{escape(e.link)}</link>"
        f"<guid isPermaLink=\"false\">{escape(e.guid)}</guid><pubDate>{format_datetime(e.published)}</pubDate>"
        f"<description>{escape(e.summary)}</description></item>"
        for e in feed.entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{escape(feed.title)}</title><link>https://news.example/</link><description>test</description>"
        f"{items}</channel></rss>"
    )


def _atom(feed: FakeFeed) -> str:
    entries = "".join(
        f"<entry><title>{escape(e.title)}</title><link href=\"{escape(e.link)}\"/><id>{escape(e.guid)}</id>"
        f"<updated>{e.published.isoformat()}</updated><summary type=\"html\">{escape(e.summary)}</summary></entry>"
        for e in feed.entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(feed.title)}</title><id>urn:test</id><updated>{datetime.now(UTC).isoformat()}</updated>"
        f"{entries}</feed>"
    )


#: What the "double-gzip-bomb" fault's body becomes once both layers are undone.
DOUBLE_BOMB_DECODED_BYTES = 1 << 28


@functools.cache
def double_gzip_bomb(decoded_bytes: int) -> bytes:
    """`decoded_bytes` of spaces, gzipped twice (`Content-Encoding: gzip, gzip`): 1 GiB is about 2 KB.

    Built a megabyte at a time, so making it costs little memory."""
    inner = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    outer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b" " * (1 << 20)
    parts = []
    for _ in range(decoded_bytes // len(block)):
        parts.append(outer.compress(inner.compress(block)))
    parts.append(outer.compress(inner.flush()))
    parts.append(outer.flush())
    return b"".join(parts)


class FeedServer:
    def __init__(self, host: str = "127.0.0.1", ssl_context: ssl.SSLContext | None = None) -> None:
        self.host = host
        self.ssl_context = ssl_context
        #: The Host header of every request, in order.
        self.host_headers: list[str] = []
        self.feeds: dict[str, FakeFeed] = {}
        self.app = web.Application()
        self.app.router.add_get("/{name}", self._serve)
        self._runner: web.AppRunner | None = None
        self.port = 0

    def feed(self, name: str, **kwargs: object) -> FakeFeed:
        self.feeds[name] = FakeFeed(**kwargs)  # type: ignore[arg-type]
        return self.feeds[name]

    def url(self, name: str, host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}/{name}"

    async def start(self) -> None:
        self._runner = web.AppRunner(self.app, shutdown_timeout=0.2)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0, ssl_context=self.ssl_context)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _serve(self, request: web.Request) -> web.StreamResponse:
        self.host_headers.append(request.headers.get("Host", ""))
        feed = self.feeds.get(request.match_info["name"])
        if feed is None:
            return web.Response(status=404, text="no such feed")
        feed.requests += 1
        feed.request_times.append(time.monotonic())
        fault = feed.fault or ""
        if fault == "500":
            return web.Response(status=500, text="boom")
        if fault == "timeout":
            await asyncio.sleep(30)
        if fault == "malformed":
            return web.Response(body=b"<rss><channel><item><title>broken", content_type="application/rss+xml")
        if fault == "huge":
            return web.Response(body=b"<rss>" + b" " * 2_000_000 + b"</rss>", content_type="application/rss+xml")
        if fault == "gzip-bomb":
            body = gzip.compress(b"<rss>" + b" " * 3_000_000 + b"</rss>")
            return web.Response(body=body, headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"})
        if fault.startswith("double-gzip-bomb"):
            decoded = int(fault.partition(":")[2] or DOUBLE_BOMB_DECODED_BYTES)
            return web.Response(
                body=double_gzip_bomb(decoded),
                headers={"Content-Encoding": "gzip, gzip", "Content-Type": "application/rss+xml"},
            )
        if fault.startswith("redirect:"):
            # (the header as given, so a test can send a Location no URL parser accepts)
            return web.Response(status=302, headers={"Location": fault.removeprefix("redirect:")})
        etag = feed.etag()
        if feed.etag_enabled and request.headers.get("If-None-Match") == etag:
            feed.not_modified_answers += 1
            return web.Response(status=304)
        content_type = "application/atom+xml" if feed.atom else "application/rss+xml"
        headers = {"ETag": etag} if feed.etag_enabled else {}
        return web.Response(body=feed.render(), content_type=content_type, headers=headers)
