"""Fetching feeds over HTTP (httpx) or from bundled files, with the limits DESIGN.md sets:
timeouts, at most N redirects, every connection made by the address guard to an address it
checked, a body cap that holds whatever the content-encoding chain, conditional GET, and a
per-host concurrency limit.

The operator's exemption from the guard (SITREP_ALLOW_PRIVATE_FEEDS, SITREP_PRIVATE_FEED_HOSTS)
applies to the operator's configured feeds only: a URL typed in chat is always fetched as
public-only, through a client of its own so that no pooled connection crosses over.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin
from urllib.request import url2pathname

import httpcore
import httpx

from bot.ingest.decoding import ACCEPT_ENCODING, DecodingError, decode_piecewise, layers_of
from bot.ingest.guard import AddressPolicy, BlockedAddress, GuardedNetwork, Resolver, system_resolver
from bot.ingest.urls import FeedUrlError, feed_origin, parse_feed_url
from bot.settings import Settings

log = logging.getLogger("sitrep.fetch")


class FetchError(Exception):
    """A fetch that failed; the message is short and safe to show in `status`."""


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str
    #: None when the server answered 304 Not Modified.
    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.body is None


@dataclass(frozen=True, slots=True)
class FetchLimits:
    timeout_seconds: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    per_host: int = 2
    #: The operator's exemption from the address guard, for `operator_feeds` only.
    allow_private: bool = False
    #: Host names ("intranet") or host:port pairs exempt from the guard, for `operator_feeds` only.
    private_hosts: frozenset[str] = frozenset()
    #: The operator's configured feed URLs: the only ones the exemption above applies to.
    operator_feeds: frozenset[str] = frozenset()
    user_agent: str = "sitrep"

    @classmethod
    def of(cls, settings: Settings) -> FetchLimits:
        return cls(
            timeout_seconds=settings.fetch_timeout_seconds,
            max_bytes=settings.fetch_max_bytes,
            max_redirects=settings.fetch_max_redirects,
            per_host=settings.fetch_per_host_limit,
            allow_private=settings.allow_private_feeds,
            private_hosts=frozenset(host.lower() for host in settings.private_feed_hosts),
            operator_feeds=frozenset(feed.url for feed in settings.feeds),
            user_agent=settings.user_agent,
        )


class FeedFetcher:
    def __init__(
        self,
        limits: FetchLimits,
        *,
        resolver: Resolver = system_resolver,
        network: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        """`resolver` and `network` stand in for DNS and the internet in tests."""
        self.limits = limits
        self._public = self._client(GuardedNetwork(AddressPolicy(), resolver, network))
        operator_policy = AddressPolicy.of(limits.allow_private, limits.private_hosts)
        self._operator = self._client(GuardedNetwork(operator_policy, resolver, network))
        self._host_slots: dict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(limits.per_host))

    def _client(self, network: GuardedNetwork) -> httpx.AsyncClient:
        transport = httpx.AsyncHTTPTransport()
        # httpx takes no network backend, so the transport's pool is rebuilt with the guarded one
        # (same TLS defaults); every connection of this client goes through the guard.
        transport._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=network
        )
        return httpx.AsyncClient(
            transport=transport,
            timeout=httpx.Timeout(self.limits.timeout_seconds),
            follow_redirects=False,  # each hop is parsed and checked below
            headers={
                "User-Agent": self.limits.user_agent,
                "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
                "Accept-Encoding": ACCEPT_ENCODING,
            },
        )

    async def aclose(self) -> None:
        await self._public.aclose()
        await self._operator.aclose()

    async def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """The feed's body, or FetchError saying why not: no other exception leaves this method,
        so one feed's failure (a MemoryError included) is that feed's recorded failure."""
        try:
            return await self._fetch(url, etag, last_modified)
        except FetchError:
            raise
        except Exception as exc:  # noqa: BLE001 - see the docstring
            log.warning("fetch.crashed url=%s error=%s", feed_origin(url), type(exc).__name__)
            raise FetchError(f"internal error while fetching: {type(exc).__name__}") from None

    async def _fetch(self, url: str, etag: str | None, last_modified: str | None) -> FetchResult:
        try:
            target = parse_feed_url(url)
        except FeedUrlError as exc:
            raise FetchError(f"bad URL: {exc}") from None
        operator = url in self.limits.operator_feeds
        if target.scheme == "file":
            if not operator:
                raise FetchError("local files are read for the operator's configured feeds only")
            return await asyncio.to_thread(self._read_file, target.path, url)
        client = self._operator if operator else self._public
        try:
            # The whole fetch, redirects and a slowly dripping body included, has one deadline.
            async with asyncio.timeout(self.limits.timeout_seconds * 2):
                return await self._fetch_http(client, url, etag, last_modified)
        except TimeoutError:
            raise FetchError(f"timed out after {self.limits.timeout_seconds * 2:.0f} s") from None
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self.limits.timeout_seconds:.0f} s") from None
        except BlockedAddress as exc:
            raise FetchError(str(exc)) from None
        except DecodingError as exc:
            raise FetchError(str(exc)) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}"[:300]) from None
        except OSError as exc:
            raise FetchError(str(exc)[:300]) from None

    async def _fetch_http(
        self, client: httpx.AsyncClient, url: str, etag: str | None, last_modified: str | None
    ) -> FetchResult:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.limits.max_redirects + 1):
            async with self._host_slots[feed_origin(current)], client.stream("GET", current, headers=headers) as resp:
                if resp.status_code == 304:
                    # Read to its (empty) end: a response closed unread closes its connection,
                    # and every poll of an unchanged feed would then open a new one.
                    await self._read_capped(resp)
                    return FetchResult(current, None, etag, last_modified)
                if resp.status_code in (301, 302, 303, 307, 308):
                    current = _redirect_target(current, resp)
                    await self._read_capped(resp)  # (the same, for the next hop to the same host)
                    continue
                if resp.status_code >= 400:
                    raise FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
                body = await self._read_capped(resp)
                return FetchResult(current, body, resp.headers.get("ETag"), resp.headers.get("Last-Modified"))
        raise FetchError(f"more than {self.limits.max_redirects} redirects")

    async def _read_capped(self, resp: httpx.Response) -> bytes:
        cap = self.limits.max_bytes
        declared = resp.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise FetchError(f"body larger than {cap} bytes")
        layers = layers_of(resp.headers.get("Content-Encoding"))
        chunks: list[bytes] = []
        size = 0
        # Raw bytes, decoded here a bounded piece at a time: the cap stops any compression bomb.
        async for raw in resp.aiter_raw():
            for piece in decode_piecewise(raw, layers):
                size += len(piece)
                if size > cap:
                    raise FetchError(f"body larger than {cap} bytes")
                chunks.append(piece)
        return b"".join(chunks)

    def _read_file(self, path_text: str, url: str) -> FetchResult:
        path = Path(url2pathname(path_text))
        try:
            size = path.stat().st_size
            if size > self.limits.max_bytes:
                raise FetchError(f"file larger than {self.limits.max_bytes} bytes")
            return FetchResult(url, path.read_bytes())
        except OSError as exc:
            raise FetchError(f"cannot read {path}: {exc.strerror}") from None


def _redirect_target(current: str, resp: httpx.Response) -> str:
    location = resp.headers.get("Location")
    if not location:
        raise FetchError(f"HTTP {resp.status_code} redirect without a Location")
    try:
        target = parse_feed_url(urljoin(current, location))
    except (FeedUrlError, ValueError) as exc:
        raise FetchError(f"refused to follow a redirect to an invalid URL ({exc})") from None
    if not target.is_web:
        raise FetchError(f"refused to follow a redirect to {target.origin}")
    return target.text
