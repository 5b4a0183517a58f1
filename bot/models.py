"""The plain values that flow through sitrep: items, their classification, alerts, channels.

Nothing here knows about a platform, a database or the network; every layer passes these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, NamedTuple

EventType = Literal["strike", "attack", "casualty", "threat", "mobilization", "deescalation"]

#: The six escalation types of TAXONOMY.md, in display order.
EVENT_TYPES: tuple[str, ...] = ("strike", "attack", "casualty", "threat", "mobilization", "deescalation")

#: What a channel receives when `subscribe` names no types.
DEFAULT_SUBSCRIBED_TYPES: tuple[str, ...] = ("strike", "attack", "casualty")
DEFAULT_MIN_SEVERITY = 2

Platform = Literal["console", "discord", "slack"]


class Evidence(NamedTuple):
    """A span of the classified text (title + "\\n" + summary) that decided a type. (Immutable like
    the other values here; a NamedTuple because the classifier makes several per item, and a
    frozen dataclass took twice as long to build.)"""

    type: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "text": self.text, "start": self.start, "end": self.end}


class Event(NamedTuple):
    """The classification of one news item. `types` is empty for an item that is no escalation.
    (A NamedTuple, as Evidence: immutable, and built for every item classified.)"""

    types: tuple[str, ...] = ()
    severity: int = 0
    killed: int | None = None
    injured: int | None = None
    actors: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    @property
    def is_escalation(self) -> bool:
        return bool(self.types)

    def to_dict(self) -> dict[str, Any]:
        return {
            "types": list(self.types),
            "severity": self.severity,
            "killed": self.killed,
            "injured": self.injured,
            "actors": list(self.actors),
            "locations": list(self.locations),
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            types=tuple(data.get("types") or ()),
            severity=int(data.get("severity") or 0),
            killed=data.get("killed"),
            injured=data.get("injured"),
            actors=tuple(data.get("actors") or ()),
            locations=tuple(data.get("locations") or ()),
            evidence=tuple(Evidence(**e) for e in data.get("evidence") or ()),
        )


NO_EVENT = Event()


@dataclass(frozen=True, slots=True)
class NewsItem:
    """One feed entry after ingestion: clean text, canonical URL, UTC time."""

    guid: str
    url: str
    title: str
    summary: str
    published: datetime | None
    feed_url: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class ChannelRef:
    """Where an alert or a reply goes: a channel of a server (guild, workspace) on a platform."""

    platform: str
    server_id: str
    channel_id: str


#: The console is one channel, subscribed from the start (DESIGN.md).
CONSOLE_CHANNEL = ChannelRef("console", "console", "console")


@dataclass(frozen=True, slots=True)
class Alert:
    """An escalation item as adapters render it. Text fields are untrusted feed text (already
    stripped of HTML): adapters must escape them for their platform and never let them ping."""

    item_id: str
    title: str
    summary: str
    url: str
    source: str
    feed_url: str
    published: datetime
    event: Event
    #: A role the subscription asked to ping for this alert (Discord role id); the only ping allowed.
    mention_role_id: str | None = None

    def to_json_dict(self) -> dict[str, Any]:
        """The console `--jsonl` alert line of DESIGN.md (without "kind")."""
        return {
            "item_id": self.item_id,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "feed_url": self.feed_url,
            "published": iso_utc(self.published),
            "types": list(self.event.types),
            "severity": self.event.severity,
            "killed": self.event.killed,
            "injured": self.event.injured,
            "actors": list(self.event.actors),
            "locations": list(self.event.locations),
        }


@dataclass(frozen=True, slots=True)
class Delivery:
    """Which outbox row a post is for, so a platform can tell a second attempt of it from a new
    post (Discord's nonce, Slack's message metadata)."""

    outbox_id: int
    queued_at: datetime
    #: The row was claimed before: that attempt may have reached the platform, so the adapter
    #: looks for its post before posting again.
    may_have_posted: bool = False

    @property
    def key(self) -> str:
        """The same for every attempt at this row and different across databases (the queue
        time tells a recreated database's row 1 from the old one); at most 25 characters, as a
        Discord nonce must be."""
        return f"{self.outbox_id}-{int(self.queued_at.timestamp())}"


def iso_utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Subscription:
    channel: ChannelRef
    types: tuple[str, ...] = DEFAULT_SUBSCRIBED_TYPES
    min_severity: int = DEFAULT_MIN_SEVERITY
    muted_until: datetime | None = None
    mention_role_id: str | None = None
    mention_min_severity: int = 4
    broken_reason: str | None = None


@dataclass(frozen=True, slots=True)
class ServerSettings:
    platform: str
    server_id: str
    include_keywords: tuple[str, ...] = ()
    exclude_keywords: tuple[str, ...] = ()
    extra_feeds: tuple[str, ...] = field(default_factory=tuple)
