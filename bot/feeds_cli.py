"""`sitrep feeds check URL` and `sitrep feeds list`: look at a feed the way the bot would."""

from __future__ import annotations

from dataclasses import replace

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from bot.ingest.fetch import FeedFetcher, FetchError
from bot.ingest.parse import FeedParseError, parse_feed
from bot.ingest.urls import FeedUrlError, validate_feed_url
from bot.runtime import fetch_limits
from bot.settings import Settings


async def check_feed(settings: Settings, url: str) -> int:
    console = Console()
    try:
        url = validate_feed_url(url)
    except FeedUrlError as exc:
        console.print(f"[red]bad URL:[/red] {escape(str(exc))}")
        return 2
    from bot.classify import classify

    # The operator checks this URL, so their exemptions (private hosts, local files) apply to it.
    limits = fetch_limits(settings)
    fetcher = FeedFetcher(replace(limits, operator_feeds=limits.operator_feeds | {url}))
    try:
        with console.status(f"fetching {escape(url)}"):
            result = await fetcher.fetch(url)
        assert result.body is not None
        parsed = parse_feed(result.body, url)
    except (FetchError, FeedParseError) as exc:
        console.print(f"[red]cannot use this feed:[/red] {escape(str(exc))}")
        return 1
    finally:
        await fetcher.aclose()
    table = Table(title=f"{escape(parsed.title or url)}: {len(parsed.items)} items")
    for column in ("published", "title", "types", "sev", "killed", "injured"):
        table.add_column(column)
    alerting = 0
    for item in parsed.items:
        event = classify(item.title, item.summary)
        alerting += event.is_escalation
        table.add_row(
            item.published.strftime("%Y-%m-%d %H:%M") if item.published else "-",
            escape(item.title[:90]),
            " ".join(event.types) or "-",
            str(event.severity),
            "-" if event.killed is None else str(event.killed),
            "-" if event.injured is None else str(event.injured),
        )
    console.print(table)
    console.print(f"{alerting} of {len(parsed.items)} items are escalation news.")
    return 0


def list_feeds(settings: Settings) -> int:
    console = Console()
    table = Table(title="configured feeds")
    for column in ("url", "title", "interval s", "first poll alerts"):
        table.add_column(column)
    for feed in settings.feeds:
        table.add_row(
            escape(feed.url), escape(feed.title or "-"), f"{feed.interval or settings.poll_seconds:g}",
            str(feed.alert_newest if feed.alert_newest is not None else settings.first_poll_alert_newest),
        )
    console.print(table)
    return 0
