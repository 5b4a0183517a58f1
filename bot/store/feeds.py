"""Feeds: configured and per-server, with their polling state (ETag, failures, back-off)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.store.schema import FeedRow, ServerFeedRow


@dataclass(frozen=True, slots=True)
class FeedState:
    id: int
    url: str
    title: str | None
    configured: bool
    interval: float | None
    alert_newest: int | None
    etag: str | None
    last_modified: str | None
    state: str
    failures: int
    last_error: str | None
    last_poll_at: datetime | None
    last_success_at: datetime | None
    next_poll_at: datetime | None
    body_hash: str | None

    @property
    def name(self) -> str:
        return self.title or self.url

    @classmethod
    def of(cls, row: FeedRow) -> FeedState:
        return cls(**{field: getattr(row, field) for field in cls.__slots__})  # type: ignore[attr-defined]


def _wanted() -> ColumnElement[bool]:
    """Feeds someone wants: configured, or added by at least one server."""
    return or_(FeedRow.configured, exists().where(ServerFeedRow.feed_id == FeedRow.id))


def _unleased(now: datetime) -> ColumnElement[bool]:
    return or_(FeedRow.lease_until.is_(None), FeedRow.lease_until <= now)


class FeedStore:
    def __init__(self, sessions: async_sessionmaker) -> None:
        self._sessions = sessions

    async def sync_configured(self, feeds: Iterable[tuple[str, str | None, float | None, int | None]]) -> None:
        """Make the configured feeds (url, title, interval, alert_newest) exactly these."""
        wanted = {url: (title, interval, newest) for url, title, interval, newest in feeds}
        async with self._sessions.begin() as session:
            rows = {row.url: row for row in (await session.scalars(select(FeedRow))).all()}
            for url, (title, interval, newest) in wanted.items():
                row = rows.get(url)
                if row is None:
                    session.add(FeedRow(url=url, title=title, configured=True, interval=interval,
                                        alert_newest=newest, state="new", failures=0))
                else:
                    row.configured = True
                    row.title = title or row.title
                    row.interval = interval
                    row.alert_newest = newest
            for url, row in rows.items():
                if url not in wanted and row.configured:
                    row.configured = False

    async def get_or_create(self, url: str) -> FeedState:
        async with self._sessions.begin() as session:
            row = await session.scalar(select(FeedRow).where(FeedRow.url == url))
            if row is None:
                row = FeedRow(url=url, configured=False, state="new", failures=0)
                session.add(row)
                await session.flush()
            return FeedState.of(row)

    async def by_url(self, url: str) -> FeedState | None:
        async with self._sessions() as session:
            row = await session.scalar(select(FeedRow).where(FeedRow.url == url))
            return None if row is None else FeedState.of(row)

    async def get(self, feed_id: int) -> FeedState | None:
        async with self._sessions() as session:
            row = await session.get(FeedRow, feed_id)
            return None if row is None else FeedState.of(row)

    async def active(self) -> list[FeedState]:
        """Feeds someone wants: configured, or added by at least one server."""
        async with self._sessions() as session:
            rows = await session.scalars(select(FeedRow).where(_wanted()).order_by(FeedRow.id))
            return [FeedState.of(row) for row in rows]

    async def claim_due(self, owner: str, now: datetime, lease: timedelta, limit: int) -> list[FeedState]:
        """Take up to `limit` wanted feeds whose poll time has come and that no live instance holds,
        for `lease`. PostgreSQL skips rows another instance is claiming at this moment (SKIP
        LOCKED), so instances never wait on each other nor take the same feed; SQLite, with its
        single writer, runs the same statements one claim at a time."""
        due = (
            select(FeedRow.id)
            .where(_wanted(), or_(FeedRow.next_poll_at.is_(None), FeedRow.next_poll_at <= now), _unleased(now))
            .order_by(FeedRow.next_poll_at.is_not(None), FeedRow.next_poll_at, FeedRow.id)
            .limit(limit)
            .with_for_update(skip_locked=True, of=FeedRow)
        )
        async with self._sessions.begin() as session:
            ids = list(await session.scalars(due))
            if not ids:
                return []
            rows = await session.scalars(
                update(FeedRow)
                .where(FeedRow.id.in_(ids), _unleased(now))
                .values(lease_owner=owner, lease_until=now + lease)
                .returning(FeedRow)
                .execution_options(synchronize_session=False)
            )
            return sorted((FeedState.of(row) for row in rows), key=lambda feed: ids.index(feed.id))

    async def next_due_at(self, now: datetime) -> datetime | None:
        """When the next wanted feed falls due (now or earlier for one due already); None without feeds."""
        query = select(func.min(func.coalesce(FeedRow.next_poll_at, now))).where(_wanted(), _unleased(now))
        async with self._sessions() as session:
            return await session.scalar(query)

    async def release_leases(self, owner: str) -> int:
        """Give back every feed `owner` holds (a restarted instance takes its feeds back at once)."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(FeedRow).where(FeedRow.lease_owner == owner).values(lease_owner=None, lease_until=None)
            )
            return int(result.rowcount or 0)

    async def record_success(
        self, feed_id: int, *, at: datetime, next_poll_at: datetime, etag: str | None,
        last_modified: str | None, title: str | None, body_hash: str | None = None,
    ) -> None:
        """Record a good poll and release the feed's lease. `body_hash` None keeps the stored one
        (a 304 answer has no body)."""
        values: dict[str, object] = {
            "state": "ok", "failures": 0, "last_error": None, "last_poll_at": at,
            "last_success_at": at, "next_poll_at": next_poll_at, "etag": etag, "last_modified": last_modified,
            "lease_owner": None, "lease_until": None,
        }
        if body_hash is not None:
            values["body_hash"] = body_hash
        if title:
            # A configured title wins over the feed's own.
            values["title"] = func.coalesce(func.nullif(FeedRow.title, ""), title[:512])
        # One statement: this runs after every poll of every feed.
        async with self._sessions.begin() as session:
            await session.execute(update(FeedRow).where(FeedRow.id == feed_id).values(**values))

    async def record_failure(self, feed_id: int, *, at: datetime, error: str, next_poll_at: datetime) -> int:
        """Count one more consecutive failure and release the feed's lease; returns the count. The
        feed shows as failing from its first failure, so `status` never calls it healthy while it
        waits for its retry."""
        async with self._sessions.begin() as session:
            row = await session.get(FeedRow, feed_id)
            if row is None:
                return 0
            row.failures += 1
            row.last_error = error[:512]
            row.last_poll_at = at
            row.next_poll_at = next_poll_at
            row.state = "failing"
            row.lease_owner = row.lease_until = None
            return row.failures

    async def delete_if_unused(self, feed_id: int) -> None:
        used = exists().where(ServerFeedRow.feed_id == feed_id)
        async with self._sessions.begin() as session:
            await session.execute(delete(FeedRow).where(FeedRow.id == feed_id, ~FeedRow.configured, ~used))
