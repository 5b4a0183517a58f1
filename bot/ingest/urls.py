"""Feed URL validation and article URL canonicalisation (one story, one key).

Both parse with yarl, once: the scheme and host it reports are lower-cased, a host's Unicode
and punycode spellings agree, and IPv6 literals lose their brackets, so every check below
compares one normalised form.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from yarl import URL

#: Query parameters that only track the reader; dropping them makes the same article one URL.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid",
        "ref", "ref_src", "ref_url", "cmpid", "ocid", "smid", "smtyp", "_ga", "yclid", "at_medium",
        "at_campaign", "mkt_tok", "spm", "s_cid", "ito", "cid",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hsa_")
MAX_URL_LENGTH = 2048
WEB_SCHEMES = ("http", "https")

Scheme = Literal["http", "https", "file"]


class FeedUrlError(ValueError):
    """A feed URL that sitrep will not fetch; the message says why."""


@dataclass(frozen=True, slots=True)
class FeedUrl:
    """A feed URL as typed (`text`) with the parts every check uses, from one parse."""

    text: str
    scheme: Scheme
    #: Lower-case, IDNA-encoded host without brackets; "" for a local file.
    host: str
    #: The port connected to (the scheme's default when none is written); 0 for a file.
    port: int
    path: str

    @property
    def is_web(self) -> bool:
        return self.scheme in WEB_SCHEMES

    @property
    def origin(self) -> str:
        """scheme://host[:port]: what `status` may show of a feed without leaking its path or query."""
        if not self.is_web:
            return "a local file"
        default = (self.scheme, self.port) in (("http", 80), ("https", 443))
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}" + ("" if default else f":{self.port}")


def parse_feed_url(raw: str) -> FeedUrl:
    """The one parse and check of a feed URL; raises FeedUrlError saying what is wrong."""
    text = raw.strip()
    if not text:
        raise FeedUrlError("the URL is empty")
    if len(text) > MAX_URL_LENGTH:
        raise FeedUrlError(f"the URL is longer than {MAX_URL_LENGTH} characters")
    if any(ch.isspace() or ord(ch) < 32 for ch in text):
        raise FeedUrlError("the URL contains spaces or control characters")
    try:
        url = URL(text)
        port = url.port
    except ValueError:
        raise FeedUrlError("the URL cannot be read (is the port a number from 1 to 65535?)") from None
    scheme = url.scheme  # yarl lower-cases it: FILE:// is file://
    if scheme == "file":
        if not url.path or url.path == "/":
            raise FeedUrlError("a file: URL needs a path")
        return FeedUrl(text, "file", "", 0, url.path)
    if scheme not in WEB_SCHEMES:
        raise FeedUrlError("only http:// and https:// feed URLs are supported")
    if not url.raw_host:
        raise FeedUrlError("the URL has no host name")
    if url.user is not None or url.password is not None:
        raise FeedUrlError("URLs with a user name or password are not accepted")
    if not port or not 1 <= port <= 65535:
        raise FeedUrlError("the URL's port is not a number from 1 to 65535")
    return FeedUrl(text, scheme, url.raw_host.rstrip("."), port, url.path)  # type: ignore[arg-type]


def validate_feed_url(url: str) -> str:
    """Return the URL stripped of surrounding space, or raise FeedUrlError saying what is wrong."""
    return parse_feed_url(url).text


@lru_cache(maxsize=8192)
def feed_origin(url: str) -> str:
    """The part of a feed URL that any server may see (scheme, host, port): never a path or a query.
    (Remembered per URL: every fetch asks, for its per-host limit.)"""
    try:
        return parse_feed_url(url).origin
    except FeedUrlError:
        return "an unreadable URL"


def canonical_url(url: str) -> str:
    """Lower-case scheme and host (punycode), drop default ports, fragments and tracking
    parameters, and sort what remains, so the same article reached through different links
    has one key. Raises ValueError for a URL that cannot be read (a port out of range)."""
    url = (url or "").strip()
    if not url:
        return ""
    parsed = URL(url)
    query = sorted(
        (key, value)
        for key, value in parsed.query.items()
        if key.lower() not in TRACKING_PARAMS and not key.lower().startswith(TRACKING_PREFIXES)
    )
    return str(
        URL.build(
            scheme=parsed.scheme,
            host=(parsed.host or "").rstrip("."),
            port=None if parsed.is_default_port() else parsed.explicit_port,
            path=parsed.path or "/",
            query=query,
        )
    )
