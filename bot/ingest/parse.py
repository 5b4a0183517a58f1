"""Parsing RSS/Atom bodies (feedparser) into NewsItems."""

from __future__ import annotations

import calendar
import hashlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import feedparser

from bot.ingest.normalise import MAX_SUMMARY_CHARS, MAX_TITLE_CHARS, clean_text
from bot.ingest.urls import canonical_url, feed_origin
from bot.models import NewsItem, utcnow

log = logging.getLogger("sitrep.parse")


class FeedParseError(Exception):
    """The body is not a feed sitrep can read."""


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str
    items: list[NewsItem]


def parse_feed(body: bytes, feed_url: str, now: datetime | None = None) -> ParsedFeed:
    """The feed's items; FeedParseError when the body is not a feed. An item with a field that
    cannot be read (a link with port 99999) is logged and left out: it never costs the others."""
    try:
        return _parse(body, feed_url, now or utcnow())
    except FeedParseError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever the parser trips on (MemoryError too) is this feed's failure
        raise FeedParseError(f"the feed could not be parsed ({type(exc).__name__})") from None


def _parse(body: bytes, feed_url: str, moment: datetime) -> ParsedFeed:
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    reason = getattr(parsed, "bozo_exception", None) if parsed.bozo else None
    # feedparser recovers from small faults (a stray "&"), and such feeds are common: keep their
    # items. A body that ends mid-document was cut off, so what it yields is not the feed.
    if reason is not None and (not parsed.entries or _truncated(reason)):
        raise FeedParseError(f"malformed feed: {str(reason)[:200]}")
    if not parsed.entries and not parsed.feed.get("title") and not parsed.get("version"):
        raise FeedParseError("not an RSS or Atom feed")
    title = clean_text(parsed.feed.get("title"), 200)
    items = []
    for position, entry in enumerate(parsed.entries):
        try:
            item = _item(entry, feed_url, title, moment)
        except Exception as exc:  # noqa: BLE001 - one bad field drops its item, not the feed
            log.warning("feed.item_dropped url=%s position=%d error=%s", feed_origin(feed_url), position,
                        f"{type(exc).__name__}: {exc}"[:200])
            continue
        if item is not None:
            items.append(item)
    return ParsedFeed(title=title, items=items)


def _truncated(reason: Exception) -> bool:
    message = str(reason).lower()
    return "no element found" in message or "unclosed token" in message


def _item(entry: Any, feed_url: str, source: str, now: datetime) -> NewsItem | None:
    title = clean_text(entry.get("title"), MAX_TITLE_CHARS)
    summary = clean_text(_summary_html(entry), MAX_SUMMARY_CHARS)
    if not title and not summary:
        return None
    link = entry.get("link") or ""
    url = canonical_url(link) if link.lower().startswith(("http://", "https://")) else ""
    guid = entry.get("id") or url or _fingerprint(title, summary)
    return NewsItem(
        guid=str(guid)[:1000],
        url=url,
        title=title,
        summary=summary,
        published=_published(entry, now),
        feed_url=feed_url,
        source=source,
    )


def _summary_html(entry: Any) -> str:
    # Prefer the short summary; fall back to full content when a feed only ships that.
    summary = entry.get("summary") or ""
    if not summary and entry.get("content"):
        summary = entry["content"][0].get("value", "")
    return summary


def _published(entry: Any, now: datetime) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        struct = entry.get(key)
        if struct:
            moment = datetime.fromtimestamp(calendar.timegm(struct), UTC)
            # A clock-skewed feed must not pin an item to the top of `latest` for days.
            return min(moment, now + timedelta(minutes=5))
    return None


def _fingerprint(title: str, summary: str) -> str:
    return "sha1:" + hashlib.sha1(f"{title}\n{summary}".encode()).hexdigest()
