"""One story told by four items across two feeds, for the platform tests: an apartment block in
Kharkiv hit by a missile, its toll rising from 5 to 21 and its severity from 3 to 5. The events
are fixed (the classifier's judgement is tested elsewhere); which items join the story is the
real story rule's decision."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from bot.models import ChannelRef, Event, NewsItem, Subscription
from bot.pipeline import Pipeline
from bot.settings import Settings
from bot.store import Store

REUTERS, AP = "https://reuters.example/rss", "https://ap.example/rss"
FEEDS = ((REUTERS, "Reuters"), (AP, "AP"))
#: Recent: the pipeline never alerts items older than the retention window.
T0 = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=2)


def strike(killed: int, severity: int, injured: int | None = None) -> Event:
    return Event(types=("strike", "casualty"), severity=severity, killed=killed, injured=injured,
                 actors=("Russia",), locations=("Kharkiv",))


#: (feed, guid, minutes after T0, headline, what it says)
TOLD: tuple[tuple[str, str, int, str, Event], ...] = (
    (REUTERS, "r1", 0, "Russian missile strike on Kharkiv apartment block kills at least 5", strike(5, 3)),
    (AP, "a1", 20, "Death toll from Kharkiv apartment block strike rises to 12", strike(12, 4)),
    (REUTERS, "r2", 45, "Kharkiv apartment block strike: 12 dead, 30 injured", strike(12, 4, injured=30)),
    (AP, "a2", 90, "Death toll from Kharkiv apartment block strike rises to 21", strike(21, 5, injured=30)),
)
EVENTS = {title: event for _, _, _, title, event in TOLD}


def classify(title: str, summary: str) -> Event:
    return EVENTS.get(title, Event())


def item(feed: str, guid: str, minutes: int, title: str) -> NewsItem:
    return NewsItem(guid, f"{feed.removesuffix('/rss')}/{guid}", title, "", T0 + timedelta(minutes=minutes), feed)


async def open_core(db_url: str, channels: Sequence[ChannelRef]) -> tuple[Store, Pipeline, Settings]:
    settings = Settings(db_url=db_url)
    store = await Store.open(db_url)
    await store.feeds.sync_configured([(url, title, None, None) for url, title in FEEDS])
    for channel in channels:
        await store.subscriptions.upsert(Subscription(channel))
    return store, Pipeline(store, settings, classify=classify), settings


async def tell(pipeline: Pipeline, n: int) -> None:
    """Ingest the story's n-th item (0-based) from its feed."""
    feed, guid, minutes, title, _ = TOLD[n]
    await pipeline.ingest(feed, [item(feed, guid, minutes, title)])
