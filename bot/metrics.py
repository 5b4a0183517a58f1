"""The bot's Prometheus metrics, with the official prometheus-client (served at /metrics).

Counters and the latency histogram count events where they happen: one call each in the runtime
(polls), the pipeline (items stored, alerts queued) and the delivery job (sent, retried, dropped,
latency). They are per process. The gauges describe the database (delivery queue depth, outbox rows
by state, feeds by state, feed lag) and are read from it just before each scrape, so every process
that shares one database reports the same, complete values.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Protocol

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

if TYPE_CHECKING:
    from bot.store import Store

#: This module's own registry: /metrics shows sitrep's metrics, not whatever else a process registers.
REGISTRY = CollectorRegistry()

PollOutcomeName = Literal["ok", "not_modified", "failed", "skipped"]
DeliveryOutcomeName = Literal["sent", "retry", "dropped", "broken"]
#: Outbox row states as the store writes them.
OUTBOX_STATES = ("pending", "sending", "sent", "dropped")
#: Publish-to-delivery latency buckets: seconds for a live feed, up to a day for a feed that lags.
LATENCY_BUCKETS = (5, 15, 30, 60, 120, 300, 600, 1800, 3600, 4 * 3600, 24 * 3600)

POLLS = Counter("sitrep_feed_polls", "Feed polls by outcome.", ["outcome"], registry=REGISTRY)
ITEMS_STORED = Counter("sitrep_items_stored", "New feed items stored.", registry=REGISTRY)
ALERTS_QUEUED = Counter("sitrep_alerts_queued", "Alerts queued for a channel (outbox rows written).", registry=REGISTRY)
ALERTS_SENT = Counter("sitrep_alerts_sent", "Alerts posted to a channel.", ["platform"], registry=REGISTRY)
ALERTS_RETRIED = Counter(
    "sitrep_alerts_retried", "Sends that failed and were rescheduled.", ["platform"], registry=REGISTRY
)
ALERTS_DROPPED = Counter(
    "sitrep_alerts_dropped", "Sends given up: the channel is broken or the attempts ran out.", ["platform"],
    registry=REGISTRY,
)
DELIVERY_LATENCY = Histogram(
    "sitrep_publish_to_delivery_seconds", "From an item's published time to its alert being posted.",
    ["platform"], buckets=LATENCY_BUCKETS, registry=REGISTRY,
)
QUEUE_DEPTH = Gauge(
    "sitrep_delivery_queue_depth", "Alerts waiting to be sent (outbox rows pending or being sent).", registry=REGISTRY
)
OUTBOX_ROWS = Gauge("sitrep_outbox_rows", "Outbox rows by state.", ["state"], registry=REGISTRY)
FEEDS = Gauge("sitrep_feeds", "Active feeds by state.", ["state"], registry=REGISTRY)
FEED_LAG = Gauge(
    "sitrep_feed_lag_seconds",
    "Seconds since the stalest active feed last polled successfully (0 with no polled feed).",
    registry=REGISTRY,
)


class PollResult(Protocol):
    ok: bool
    not_modified: bool
    skipped: bool


def record_poll(outcome: PollResult) -> None:
    name: PollOutcomeName = (
        "skipped" if outcome.skipped else "failed" if not outcome.ok else "not_modified" if outcome.not_modified else "ok"
    )
    POLLS.labels(outcome=name).inc()


def record_delivery(platform: str, outcome: str, published: datetime | None, now: datetime) -> None:
    """Count one send attempt's outcome ("sent", "retry", "dropped", "broken"); a sent alert also
    records how long after its item's publication it was posted."""
    if outcome == "sent":
        ALERTS_SENT.labels(platform=platform).inc()
        if published is not None:
            DELIVERY_LATENCY.labels(platform=platform).observe(max(0.0, (now - published).total_seconds()))
    elif outcome == "retry":
        ALERTS_RETRIED.labels(platform=platform).inc()
    elif outcome in ("dropped", "broken"):
        ALERTS_DROPPED.labels(platform=platform).inc()


async def refresh_from_store(store: Store, now: datetime) -> None:
    """Set the database gauges; called before each scrape."""
    rows = {state: await store.outbox.count(state) for state in OUTBOX_STATES}
    for state, count in rows.items():
        OUTBOX_ROWS.labels(state=state).set(count)
    QUEUE_DEPTH.set(rows["pending"] + rows["sending"])
    feeds = await store.feeds.active()
    FEEDS.clear()
    for feed in feeds:
        FEEDS.labels(state=feed.state).inc()
    polled = [feed.last_success_at for feed in feeds if feed.last_success_at is not None]
    FEED_LAG.set(max(((now - at).total_seconds() for at in polled), default=0.0))


def render() -> tuple[bytes, str]:
    """The metrics in Prometheus text format, and the content type to serve them with."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
