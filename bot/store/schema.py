"""The database tables. Column types are portable: every query runs on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    Select,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC (SQLite has no time zones) and always hands back aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class FeedRow(Base):
    __tablename__ = "feeds"
    #: The claim loop's query: due feeds in order of their poll time.
    __table_args__ = (Index("ix_feeds_next_poll_at", "next_poll_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    title: Mapped[str | None] = mapped_column(String(512))
    #: From the configuration (alerts every subscribed channel) rather than added by one server.
    configured: Mapped[bool] = mapped_column(Boolean, default=False)
    interval: Mapped[float | None] = mapped_column(Float)
    alert_newest: Mapped[int | None] = mapped_column(Integer)
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    #: "new" until the first successful poll, then "ok" or "failing".
    state: Mapped[str] = mapped_column(String(16), default="new")
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(512))
    last_poll_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_poll_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: sha1 of the last body parsed: the same body again is not parsed again.
    body_hash: Mapped[str | None] = mapped_column(String(40))
    #: The instance polling this feed now, until `lease_until` (then any instance may take it over).
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class StoryRow(Base):
    """One event told by one or more items: its current facts (bot.stories.merge_facts)."""

    __tablename__ = "stories"
    __table_args__ = (Index("ix_stories_scope_last_update", "scope", "last_update"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Whose feeds tell it: "" the operator's (everyone sees them); "feed:<id>" a feed servers added,
    #: whose items never join a story told by other feeds, so no server sees another's sources.
    scope: Mapped[str] = mapped_column(String(32), default="")
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime)
    last_update: Mapped[datetime] = mapped_column(UTCDateTime)
    #: The item whose headline and link the story shows: the last one that changed its facts.
    lead_item_id: Mapped[int | None] = mapped_column(Integer)
    #: Space-separated, as items.types.
    types: Mapped[str] = mapped_column(String(128), default="")
    severity: Mapped[int] = mapped_column(Integer, default=0)
    killed: Mapped[int | None] = mapped_column(Integer)
    injured: Mapped[int | None] = mapped_column(Integer)
    places: Mapped[list[str]] = mapped_column(JSON, default=list)
    actors: Mapped[list[str]] = mapped_column(JSON, default=list)


class ItemRow(Base):
    __tablename__ = "items"
    __table_args__ = (
        UniqueConstraint("feed_id", "guid_hash", name="uq_items_feed_guid"),
        Index("ix_items_escalation_published", "severity", "published"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), index=True)
    guid_hash: Mapped[str] = mapped_column(String(40))
    #: sha1 of the canonical URL: the same story reached through another feed or link is one item.
    url_hash: Mapped[str | None] = mapped_column(String(40), unique=True)
    guid: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[datetime] = mapped_column(UTCDateTime)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    #: Space-separated escalation types ("" for none), so `latest <type>` is a plain LIKE.
    types: Mapped[str] = mapped_column(String(128), default="")
    severity: Mapped[int] = mapped_column(Integer, default=0)
    killed: Mapped[int | None] = mapped_column(Integer)
    injured: Mapped[int | None] = mapped_column(Integer)
    actors: Mapped[list[str]] = mapped_column(JSON, default=list)
    locations: Mapped[list[str]] = mapped_column(JSON, default=list)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    #: The story this escalation item tells (its sources are the items linked here), and why it
    #: joined it (the story rule's reason), for `sitrep stories explain`.
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id", ondelete="SET NULL"), index=True)
    story_reason: Mapped[str | None] = mapped_column(String(512))


class SubscriptionRow(Base):
    __tablename__ = "subscriptions"
    __table_args__ = (UniqueConstraint("platform", "server_id", "channel_id", name="uq_subscription_channel"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    server_id: Mapped[str] = mapped_column(String(64))
    channel_id: Mapped[str] = mapped_column(String(64))
    types: Mapped[str] = mapped_column(String(128))
    min_severity: Mapped[int] = mapped_column(Integer)
    muted_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    mention_role_id: Mapped[str | None] = mapped_column(String(64))
    mention_min_severity: Mapped[int] = mapped_column(Integer, default=4)
    broken_reason: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class KeywordRow(Base):
    __tablename__ = "keywords"
    __table_args__ = (UniqueConstraint("platform", "server_id", "channel_id", "term", name="uq_keyword_term"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    server_id: Mapped[str] = mapped_column(String(64))
    #: "" for the server's terms; a channel id for that channel's own (`keywords here ...`), which
    #: replace the server's there.
    channel_id: Mapped[str] = mapped_column(String(64), default="", server_default="")
    term: Mapped[str] = mapped_column(String(128))
    #: "include" or "exclude".
    kind: Mapped[str] = mapped_column(String(8))


class ServerFeedRow(Base):
    __tablename__ = "server_feeds"
    __table_args__ = (UniqueConstraint("platform", "server_id", "feed_id", name="uq_server_feed"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    server_id: Mapped[str] = mapped_column(String(64))
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"))
    #: The one channel of the server the feed alerts (`feeds add <url> here`); NULL: every channel.
    channel_id: Mapped[str | None] = mapped_column(String(64))


class OutboxState(StrEnum):
    #: Waiting for its time (next_attempt_at): new, or retrying after a failure.
    PENDING = "pending"
    #: Claimed by the process in `lease_owner` until next_attempt_at (its lease); a lease that
    #: ran out means that process died or stalled mid-send, and the row may have been posted.
    SENDING = "sending"
    SENT = "sent"
    #: Given up for the reason in `drop_reason`.
    DROPPED = "dropped"


#: States of a row that may still be sent.
OPEN_STATES = (OutboxState.PENDING, OutboxState.SENDING)


class DropReason(StrEnum):
    #: Queued longer than `alert_expiry_hours` (e.g. for a platform that was not running).
    EXPIRED = "expired"
    UNSUBSCRIBED = "unsubscribed"
    CHANNEL_BROKEN = "channel broken"
    #: Failed `delivery_max_attempts` times.
    GAVE_UP = "gave up"
    ITEM_GONE = "item no longer stored"


class OutboxRow(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        # The database itself guarantees at most one alert per (item, channel).
        UniqueConstraint("item_id", "platform", "server_id", "channel_id", name="uq_outbox_item_channel"),
        Index("ix_outbox_due", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(16))
    server_id: Mapped[str] = mapped_column(String(64))
    channel_id: Mapped[str] = mapped_column(String(64))
    mention_role_id: Mapped[str | None] = mapped_column(String(64))
    #: An `OutboxState`: pending -> sending (claimed, its lease ending at next_attempt_at) -> sent,
    #: or dropped.
    state: Mapped[str] = mapped_column(String(16), default=OutboxState.PENDING)
    #: Attempts to post so far, and when the last one began: from then on the post may exist.
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    attempted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message_id: Mapped[str | None] = mapped_column(String(128))
    last_error: Mapped[str | None] = mapped_column(String(512))
    #: The `bot.instance.Instance.id` of the process that claimed the row last.
    lease_owner: Mapped[str | None] = mapped_column(String(128))
    #: A `DropReason` once the row is dropped.
    drop_reason: Mapped[str | None] = mapped_column(String(32))


class StoryMessageRow(Base):
    """The message a channel has of a story, and the facts it shows: later items edit it."""

    __tablename__ = "story_messages"
    __table_args__ = (
        UniqueConstraint("story_id", "platform", "server_id", "channel_id", name="uq_story_message_channel"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(16))
    server_id: Mapped[str] = mapped_column(String(64))
    channel_id: Mapped[str] = mapped_column(String(64))
    message_id: Mapped[str] = mapped_column(String(128))
    #: What the message shows: {"types", "severity", "killed", "injured", "places", "sources"}.
    shown: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DigestRow(Base):
    """A channel's scheduled digest (`digest daily 08:00 tz:Europe/Berlin`); at most one each."""

    __tablename__ = "digests"
    __table_args__ = (UniqueConstraint("platform", "server_id", "channel_id", name="uq_digest_channel"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    server_id: Mapped[str] = mapped_column(String(64))
    channel_id: Mapped[str] = mapped_column(String(64))
    #: "daily" or "hourly".
    period: Mapped[str] = mapped_column(String(8))
    #: Local time of a daily digest, "HH:MM".
    at: Mapped[str] = mapped_column(String(5), default="08:00")
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    min_severity: Mapped[int] = mapped_column(Integer)
    #: The latest due time a run was made for: a digest due while the bot was down is made once
    #: on start (the next due time is after this), never twice.
    last_due: Mapped[datetime] = mapped_column(UTCDateTime)


class DigestRunRow(Base):
    """One digest to send: made when it falls due, marked sent after the platform took it."""

    __tablename__ = "digest_runs"
    __table_args__ = (
        UniqueConstraint("platform", "server_id", "channel_id", "kind", "period_end", name="uq_digest_run_period"),
        Index("ix_digest_runs_state", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    server_id: Mapped[str] = mapped_column(String(64))
    channel_id: Mapped[str] = mapped_column(String(64))
    period_start: Mapped[datetime] = mapped_column(UTCDateTime)
    period_end: Mapped[datetime] = mapped_column(UTCDateTime)
    min_severity: Mapped[int] = mapped_column(Integer)
    #: "digest" (the stories updated in the period) or "quiet" (those held during quiet hours).
    kind: Mapped[str] = mapped_column(String(8), default="digest")
    #: "pending", "sent" or "dropped".
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message_id: Mapped[str | None] = mapped_column(String(128))
    last_error: Mapped[str | None] = mapped_column(String(512))


class QuietRow(Base):
    """A channel's quiet hours (`quiet 22:00-07:00 tz:Europe/Berlin except_severity:5`)."""

    __tablename__ = "quiet_hours"
    __table_args__ = (UniqueConstraint("platform", "server_id", "channel_id", name="uq_quiet_channel"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    server_id: Mapped[str] = mapped_column(String(64))
    channel_id: Mapped[str] = mapped_column(String(64))
    start: Mapped[str] = mapped_column(String(5))
    end: Mapped[str] = mapped_column(String(5))
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    except_severity: Mapped[int] = mapped_column(Integer)
    #: The end of the latest window whose held alerts were released (as digest_runs of kind "quiet").
    last_release: Mapped[datetime] = mapped_column(UTCDateTime)


class QuietHeldRow(Base):
    """A story whose alert a channel's quiet hours held, to be listed in the release digest."""

    __tablename__ = "quiet_held"
    __table_args__ = (UniqueConstraint("platform", "server_id", "channel_id", "story_id", "held_at",
                                       name="uq_quiet_held"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    server_id: Mapped[str] = mapped_column(String(64))
    channel_id: Mapped[str] = mapped_column(String(64))
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    held_at: Mapped[datetime] = mapped_column(UTCDateTime)


def claimed_ids(due: Select[Any], dialect: str) -> Select[Any]:
    """The ids a claiming `UPDATE ... WHERE id IN (...)` may take: `due` (a SELECT of ids with its
    order and LIMIT) run once. On PostgreSQL its rows are locked with SKIP LOCKED, so a row
    another process is claiming at this moment is left to it, in a MATERIALIZED CTE: as a plain
    `IN (subquery)` the planner may run it again per row, and a LIMIT 1 then claims several."""
    if dialect == "postgresql":
        due = due.with_for_update(skip_locked=True)
    ids = due.cte("due")
    if dialect == "postgresql":
        ids = ids.prefix_with("MATERIALIZED")
    return select(*ids.c)


def insert_updating_duplicates(dialect: str, table: type[Base], keys: Sequence[str], updated: Sequence[str]) -> Any:
    """INSERT ... ON CONFLICT (keys) DO UPDATE SET the `updated` columns, for SQLite and PostgreSQL alike."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(table)
    return statement.on_conflict_do_update(index_elements=list(keys),
                                           set_={column: statement.excluded[column] for column in updated})


def insert_ignoring_duplicates(dialect: str, table: type[Base]) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING for SQLite and PostgreSQL alike."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table).on_conflict_do_nothing()


class BotStateRow(Base):
    """Facts about this installation, by name (e.g. that the console channel was set up once, so
    that its `unsubscribe` is not undone at the next start)."""

    __tablename__ = "bot_state"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
