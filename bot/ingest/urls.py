"""Feed URL validation and article URL canonicalisation (one story, one key)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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


class FeedUrlError(ValueError):
    """A feed URL that sitrep will not fetch; the message says why."""


def validate_feed_url(url: str) -> str:
    """Return the URL stripped of surrounding space, or raise FeedUrlError saying what is wrong."""
    url = url.strip()
    if not url:
        raise FeedUrlError("the URL is empty")
    if len(url) > MAX_URL_LENGTH:
        raise FeedUrlError(f"the URL is longer than {MAX_URL_LENGTH} characters")
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise FeedUrlError("the URL contains spaces or control characters")
    parts = urlsplit(url)
    if parts.scheme == "file":
        if not parts.path:
            raise FeedUrlError("a file: URL needs a path")
        return url
    if parts.scheme not in ("http", "https"):
        raise FeedUrlError("only http:// and https:// feed URLs are supported")
    if not parts.hostname:
        raise FeedUrlError("the URL has no host name")
    if parts.username or parts.password:
        raise FeedUrlError("URLs with a user name or password are not accepted")
    try:
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise FeedUrlError("the URL's port is not a number from 1 to 65535") from None
    return url


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters, and
    sort what remains, so the same article reached through different links has one key."""
    url = (url or "").strip()
    if not url:
        return ""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port if parts.port and (scheme, parts.port) not in (("http", 80), ("https", 443)) else None
    netloc = f"{host}:{port}" if port else host
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in TRACKING_PARAMS and not key.lower().startswith(TRACKING_PREFIXES)
    ]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))
