"""Plain-text views shared by commands and the console: `status` and a classification verdict."""

from __future__ import annotations

from datetime import datetime

from bot.ingest.urls import feed_origin
from bot.models import ChannelRef, Event
from bot.store import FeedState, Store


def ago(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "never"
    seconds = int((now - moment).total_seconds())
    if seconds < 0:
        return "in " + ago(now, moment).removesuffix(" ago")
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit} ago"
    return f"{seconds}s ago"


def next_try(moment: datetime | None, now: datetime) -> str:
    # A retry whose time has come is being made (or is about to be): "now", never "1m ago".
    return "now" if moment is None or moment <= now else ago(moment, now)


def operator_feed_name(feed: FeedState) -> str:
    """How any server may see one of the operator's feeds: its title and host, never a path or query
    (an operator's feed URL can carry an API key)."""
    origin = feed_origin(feed.url)
    return f"{feed.title} ({origin})" if feed.title else origin


async def status_text(store: Store, channel: ChannelRef, now: datetime) -> str:
    """The asking server's view: the operator's feeds (host and state), this server's own feeds,
    and this channel's alerts. Nothing another server added or received is counted or shown."""
    own_urls = set((await store.servers.settings(channel.platform, channel.server_id)).extra_feeds)
    feeds = [f for f in await store.feeds.active() if f.configured or f.url in own_urls]
    failing = [f for f in feeds if f.state == "failing"]
    lines = [f"Feeds: {len(feeds)} ({len(feeds) - len(failing)} healthy, {len(failing)} failing)"]
    for feed in feeds:
        name = operator_feed_name(feed) if feed.configured else feed.url
        line = f"- {name}: {feed.state}, last poll {ago(feed.last_poll_at, now)}"
        if feed.failures:
            error = feed.last_error or ""
            if feed.configured:
                error = error.replace(feed.url, feed_origin(feed.url))
            line += f"; {feed.failures} failure(s) in a row: {error}; next try {next_try(feed.next_poll_at, now)}"
        lines.append(line)
    sent_here = await store.outbox.count("sent", channel)
    waiting = await store.outbox.count("pending", channel)
    lines.append(f"Alerts sent: {sent_here} to this channel, {waiting} waiting here")
    if dropped := await store.outbox.dropped_by_reason(channel):
        lines.append("Alerts dropped here: " + ", ".join(f"{count} {reason}" for reason, count in sorted(dropped.items())))
    subscription = await store.subscriptions.get(channel)
    if subscription is None:
        lines.append("This channel: not subscribed (use subscribe)")
    else:
        line = f"This channel: {', '.join(subscription.types)} at severity >= {subscription.min_severity}"
        if subscription.mention_role_id:
            line += f"; mentions a role at severity >= {subscription.mention_min_severity}"
        if subscription.muted_until and subscription.muted_until > now:
            line += f"; muted until {subscription.muted_until:%Y-%m-%d %H:%M} UTC"
        lines.append(line)
        if subscription.broken_reason:
            lines.append(
                f"BROKEN: {subscription.broken_reason} - alerts stopped; fix the channel's permissions "
                "and run subscribe again"
            )
    server = await store.servers.settings(channel.platform, channel.server_id)
    if server.include_keywords or server.exclude_keywords:
        lines.append(
            f"Keywords: required {', '.join(server.include_keywords) or '-'}; "
            f"excluded {', '.join(server.exclude_keywords) or '-'}"
        )
    return "\n".join(lines)


def describe_event(event: Event) -> str:
    if not event.types:
        return "No escalation: this text would not alert."
    parts = [" + ".join(event.types), f"severity {event.severity}"]
    if event.killed is not None:
        parts.append(f"{event.killed} killed")
    if event.injured is not None:
        parts.append(f"{event.injured} injured")
    lines = [", ".join(parts)]
    if event.actors:
        lines.append("Actors: " + ", ".join(event.actors))
    if event.locations:
        lines.append("Places: " + ", ".join(event.locations))
    for evidence in event.evidence:
        lines.append(f"- {evidence.type}: \"{evidence.text}\"")
    return "\n".join(lines)
