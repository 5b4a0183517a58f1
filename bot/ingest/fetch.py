"""Fetching feeds over HTTP (httpx) or from bundled files, with the limits DESIGN.md sets:
timeouts, at most N redirects each checked by the address guard, a body cap that also holds
after gzip, conditional GET, and a per-host concurrency limit."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.request import url2pathname

import httpx

from bot.ingest.guard import BlockedAddress, check_host


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
    allow_private: bool = False
    #: Host names exempt from the address guard (an operator's intranet feed server).
    private_hosts: frozenset[str] = frozenset()
    user_agent: str = "sitrep"


class FeedFetcher:
    def __init__(self, limits: FetchLimits, client: httpx.AsyncClient | None = None) -> None:
        self.limits = limits
        self._client = client or httpx.AsyncClient(
            timeout=httpx.Timeout(limits.timeout_seconds),
            follow_redirects=False,  # each hop is checked by the guard below
            headers={"User-Agent": limits.user_agent, "Accept": "application/rss+xml, application/atom+xml, "
                     "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"},
        )
        self._host_slots: dict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(limits.per_host))

    async def aclose(self) -> None:
        await self._client.aclose()

    async def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        if url.startswith("file:"):
            return await asyncio.to_thread(self._read_file, url)
        try:
            # The whole fetch, redirects and a slowly dripping body included, has one deadline.
            async with asyncio.timeout(self.limits.timeout_seconds * 2):
                return await self._fetch_http(url, etag, last_modified)
        except TimeoutError:
            raise FetchError(f"timed out after {self.limits.timeout_seconds * 2:.0f} s") from None
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self.limits.timeout_seconds:.0f} s") from None
        except BlockedAddress as exc:
            raise FetchError(str(exc)) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}"[:300]) from None
        except OSError as exc:
            raise FetchError(str(exc)[:300]) from None

    async def _fetch_http(self, url: str, etag: str | None, last_modified: str | None) -> FetchResult:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.limits.max_redirects + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError(f"refused to follow a redirect to {current[:200]}")
            if not self.limits.allow_private and parts.hostname.lower() not in self.limits.private_hosts:
                await check_host(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
            async with self._host_slots[parts.hostname], self._client.stream("GET", current, headers=headers) as resp:
                if resp.status_code == 304:
                    return FetchResult(current, None, etag, last_modified)
                if resp.status_code in (301, 302, 303, 307, 308):
                    location = resp.headers.get("Location")
                    if not location:
                        raise FetchError(f"HTTP {resp.status_code} redirect without a Location")
                    current = urljoin(current, location)
                    continue
                if resp.status_code >= 400:
                    raise FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
                body = await self._read_capped(resp)
                return FetchResult(current, body, resp.headers.get("ETag"), resp.headers.get("Last-Modified"))
        raise FetchError(f"more than {self.limits.max_redirects} redirects")

    async def _read_capped(self, resp: httpx.Response) -> bytes:
        declared = resp.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.limits.max_bytes:
            raise FetchError(f"body larger than {self.limits.max_bytes} bytes")
        chunks: list[bytes] = []
        size = 0
        # aiter_bytes yields decoded (gunzipped) bytes, so the cap also stops gzip bombs.
        async for chunk in resp.aiter_bytes():
            size += len(chunk)
            if size > self.limits.max_bytes:
                raise FetchError(f"body larger than {self.limits.max_bytes} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def _read_file(self, url: str) -> FetchResult:
        path = Path(url2pathname(urlsplit(url).path))
        try:
            size = path.stat().st_size
            if size > self.limits.max_bytes:
                raise FetchError(f"file larger than {self.limits.max_bytes} bytes")
            return FetchResult(url, path.read_bytes())
        except OSError as exc:
            raise FetchError(f"cannot read {path}: {exc.strerror}") from None
