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


@dataclass(frozen=True, slots=True)
class FeedDocument:
    """A feed read by feedparser, before its entries become items: the poller drops the entries
    it has seen (by guid) here, so their text is never cleaned or classified again."""

    title: str
    #: At most `max_items` entries: the newest when every entry is dated, else the first ones.
    entries: list[Any]


def parse_feed(body: bytes, feed_url: str, now: datetime | None = None) -> ParsedFeed:
    """The feed's items; FeedParseError when the body is not a feed. An item with a field that
    cannot be read (a link with port 99999) is logged and left out: it never costs the others."""
    document = read_feed(body)
    return ParsedFeed(document.title, items_of(document, feed_url, now))


def items_of(
    document: FeedDocument, feed_url: str, now: datetime | None = None, seen_guids: frozenset[str] = frozenset()
) -> list[NewsItem]:
    """The document's entries as items, leaving out those whose guid is in `seen_guids` (before
    their text is read) and those with a field that cannot be read (logged)."""
    moment = now or utcnow()
    items = []
    for position, entry in enumerate(document.entries):
        if seen_guids and entry_guid(entry) in seen_guids:
            continue
        try:
            item = _item(entry, feed_url, document.title, moment)
        except Exception as exc:  # noqa: BLE001 - one bad field drops its item, not the feed
            log.warning("feed.item_dropped url=%s position=%d error=%s", feed_origin(feed_url), position,
                        f"{type(exc).__name__}: {exc}"[:200])
            continue
        if item is not None:
            items.append(item)
    return items


def read_feed(body: bytes, max_items: int | None = None) -> FeedDocument:
    """The feed's newest `max_items` entries; FeedParseError when the body is not a feed."""
    try:
        return _read(body, max_items)
    except FeedParseError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever the parser trips on (MemoryError too) is this feed's failure
        raise FeedParseError(f"the feed could not be parsed ({type(exc).__name__})") from None


def _read(body: bytes, max_items: int | None) -> FeedDocument:
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    reason = getattr(parsed, "bozo_exception", None) if parsed.bozo else None
    # feedparser recovers from small faults (a stray "&"), and such feeds are common: keep their
    # items. A body that ends mid-document was cut off, so what it yields is not the feed.
    if reason is not None and (not parsed.entries or _truncated(reason)):
        raise FeedParseError(f"malformed feed: {str(reason)[:200]}")
    if not parsed.entries and not parsed.feed.get("title") and not parsed.get("version"):
        raise FeedParseError("not an RSS or Atom feed")
    entries = list(parsed.entries)
    if max_items is not None and len(entries) > max_items:
        if all(_published_struct(entry) for entry in entries):
            entries.sort(key=lambda entry: calendar.timegm(_published_struct(entry)), reverse=True)
        entries = entries[:max_items]
    return FeedDocument(clean_text(parsed.feed.get("title"), 200), entries)


def entry_guid(entry: Any) -> str | None:
    """The guid an entry is stored under, when it can be told without reading its text (an
    entry with neither id nor link is known by a fingerprint of its title and summary)."""
    if entry.get("id"):
        return str(entry["id"])[:1000]
    link = entry.get("link") or ""
    if not link.lower().startswith(("http://", "https://")):
        return None
    try:
        return canonical_url(link)[:1000] or None
    except Exception:  # noqa: BLE001 - an unreadable link: the item itself is dropped, logged, by items_of
        return None


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
    guid = entry_guid(entry) or _fingerprint(title, summary)
    return NewsItem(
        guid=guid,
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


def _published_struct(entry: Any) -> Any:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if struct := entry.get(key):
            return struct
    return None


def _published(entry: Any, now: datetime) -> datetime | None:
    struct = _published_struct(entry)
    if struct is None:
        return None
    moment = datetime.fromtimestamp(calendar.timegm(struct), UTC)
    # A clock-skewed feed must not pin an item to the top of `latest` for days.
    return min(moment, now + timedelta(minutes=5))


def _fingerprint(title: str, summary: str) -> str:
    return "sha1:" + hashlib.sha1(f"{title}\n{summary}".encode()).hexdigest()
