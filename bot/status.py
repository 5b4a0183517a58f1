"""Plain-text views shared by commands and the console: `status` and a classification verdict."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.digests import DigestSchedule, QuietHours
from bot.ingest.urls import feed_origin
from bot.models import ChannelRef, Event, ServerSettings, Subscription, iso_utc
from bot.store import FeedState, Store
from bot.supervisor import AdapterState, AdapterStatus


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


@dataclass(frozen=True, slots=True)
class StatusReport:
    """What `status` shows, as data: the text for people, `to_json_dict()` for `--jsonl` readers."""

    channel: ChannelRef
    now: datetime
    feeds: list[FeedState]
    adapters: list[AdapterStatus]
    sent_here: int
    waiting_here: int
    dropped_here: dict[str, int]
    subscription: Subscription | None
    server: ServerSettings
    #: The channel's scheduled digest and quiet hours, if it has them.
    digest: DigestSchedule | None = None
    quiet: QuietHours | None = None

    def text(self) -> str:
        feeds, now = self.feeds, self.now
        failing = [f for f in feeds if f.state == "failing"]
        lines = [f"Feeds: {len(feeds)} ({len(feeds) - len(failing)} healthy, {len(failing)} failing)"]
        for feed in feeds:
            line = f"- {shown_feed_name(feed)}: {feed.state}, last poll {ago(feed.last_poll_at, now)}"
            if feed.failures:
                line += (f"; {feed.failures} failure(s) in a row: {shown_feed_error(feed)}; "
                         f"next try {next_try(feed.next_poll_at, now)}")
            lines.append(line)
        if self.adapters:
            lines.append("Platforms: " + ", ".join(_adapter_text(a, now) for a in self.adapters))
        lines.append(f"Alerts sent: {self.sent_here} to this channel, {self.waiting_here} waiting here")
        if self.dropped_here:
            lines.append("Alerts dropped here: "
                         + ", ".join(f"{count} {reason}" for reason, count in sorted(self.dropped_here.items())))
        subscription, server = self.subscription, self.server
        if subscription is None:
            lines.append("This channel: not subscribed (use subscribe)")
        else:
            line = f"This channel: {', '.join(subscription.types)} at severity >= {subscription.min_severity}"
            if subscription.mention_role_id:
                line += f"; mentions a role at severity >= {subscription.mention_min_severity}"
            if subscription.muted_until and subscription.muted_until > now:
                line += f"; muted until {format_moment(subscription.muted_until)}"
            lines.append(line)
            if subscription.broken_reason:
                lines.append(
                    f"BROKEN: {subscription.broken_reason} - alerts stopped; fix the channel's permissions "
                    "and run subscribe again"
                )
        if self.digest is not None:
            lines.append(f"Digest: {self.digest.describe()}")
        if self.quiet is not None:
            lines.append(f"Quiet hours: {self.quiet.describe().removeprefix('quiet ')}")
        if server.include_keywords or server.exclude_keywords:
            lines.append(
                f"Keywords: required {', '.join(server.include_keywords) or '-'}; "
                f"excluded {', '.join(server.exclude_keywords) or '-'}"
            )
        return "\n".join(lines)

    def to_json_dict(self) -> dict[str, Any]:
        subscription = self.subscription
        return {
            "feeds": [
                {"url": shown_feed_url(f), "title": f.title, "state": f.state, "failures": f.failures,
                 "last_error": shown_feed_error(f) if f.failures else None, "last_poll": _iso(f.last_poll_at), "next_poll": _iso(f.next_poll_at)}
                for f in self.feeds
            ],
            "adapters": [a.to_json_dict() for a in self.adapters],
            "alerts": {"sent_here": self.sent_here, "waiting_here": self.waiting_here, "dropped_here": self.dropped_here},
            "channel": None if subscription is None else {
                "types": list(subscription.types),
                "min_severity": subscription.min_severity,
                "mention_role_id": subscription.mention_role_id,
                "mention_min_severity": subscription.mention_min_severity,
                "muted_until": _iso(subscription.muted_until),
                "broken_reason": subscription.broken_reason,
            },
            "keywords": {"include": list(self.server.include_keywords), "exclude": list(self.server.exclude_keywords)},
            "digest": None if self.digest is None else {
                "period": self.digest.period, "at": f"{self.digest.at:%H:%M}", "tz": self.digest.tz,
                "min_severity": self.digest.min_severity,
            },
            "quiet": None if self.quiet is None else {
                "start": f"{self.quiet.start:%H:%M}", "end": f"{self.quiet.end:%H:%M}", "tz": self.quiet.tz,
                "except_severity": self.quiet.except_severity,
            },
        }


async def status_report(
    store: Store, channel: ChannelRef, now: datetime, adapters: Sequence[AdapterStatus] = ()
) -> StatusReport:
    # The asking server's view: the operator's feeds (host and state), this server's own feeds, and
    # this channel's alerts. Nothing another server added or received is counted or shown.
    own_urls = set((await store.servers.settings(channel.platform, channel.server_id)).extra_feeds)
    return StatusReport(
        channel=channel,
        now=now,
        feeds=[f for f in await store.feeds.active() if f.configured or f.url in own_urls],
        adapters=list(adapters),
        sent_here=await store.outbox.count("sent", channel),
        waiting_here=await store.outbox.count("pending", channel),
        dropped_here=await store.outbox.dropped_by_reason(channel),
        subscription=await store.subscriptions.get(channel),
        server=await store.servers.settings(channel.platform, channel.server_id),
        digest=await store.digests.get(channel),
        quiet=(await store.digests.quiet([channel])).get(channel),
    )


async def status_text(store: Store, channel: ChannelRef, now: datetime) -> str:
    return (await status_report(store, channel, now)).text()
def next_try(moment: datetime | None, now: datetime) -> str:
    # A retry whose time has come is being made (or is about to be): "now", never "1m ago".
    return "now" if moment is None or moment <= now else ago(moment, now)


def operator_feed_name(feed: FeedState) -> str:
    """How any server may see one of the operator's feeds: its title and host, never a path or query
    (an operator's feed URL can carry an API key)."""
    origin = feed_origin(feed.url)
    return f"{feed.title} ({origin})" if feed.title else origin


def shown_feed_name(feed: FeedState) -> str:
    return operator_feed_name(feed) if feed.configured else feed.url


def shown_feed_url(feed: FeedState) -> str:
    return feed_origin(feed.url) if feed.configured else feed.url


def shown_feed_error(feed: FeedState) -> str:
    error = feed.last_error or ""
    return error.replace(feed.url, feed_origin(feed.url)) if feed.configured else error


def _adapter_text(status: AdapterStatus, now: datetime) -> str:
    text = f"{status.platform} {status.state}"
    if status.state == AdapterState.DOWN:
        text += f" ({status.last_error}"
        text += f"; next try {ago(status.next_try, now)})" if status.next_try else ")"
    return text


def _iso(moment: datetime | None) -> str | None:
    return iso_utc(moment) if moment is not None else None


def format_moment(moment: datetime) -> str:
    """A moment as people read it in replies: minutes, UTC ("2026-12-06 09:30 UTC")."""
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


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
