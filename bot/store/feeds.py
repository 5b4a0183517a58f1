"""Feeds: configured and per-server, with their polling state (ETag, failures, back-off)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, bindparam, delete, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.instance import Instance
from bot.store.schema import FeedRow, ServerFeedRow, claimed_ids, insert_ignoring_duplicates
from bot.store.unit_of_work import Sessions


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


@dataclass(frozen=True, slots=True)
class PollSuccess:
    """A good poll, to record (and the feed's lease to release). `title` and `body_hash` None keep
    the stored ones (a 304 answer has no body)."""

    feed_id: int
    at: datetime
    next_poll_at: datetime
    etag: str | None
    last_modified: str | None
    title: str | None = None
    body_hash: str | None = None

    def params(self) -> dict[str, object]:
        return {"b_id": self.feed_id, "b_at": self.at, "b_next": self.next_poll_at, "b_etag": self.etag,
                "b_modified": self.last_modified, "b_title": self.title[:512] if self.title else None,
                "b_hash": self.body_hash}


_feeds = FeedRow.__table__
#: One statement for any number of good polls (executemany): built once, as it runs after nearly
#: every poll. A configured title wins over the feed's own.
_RECORD_SUCCESS = (
    update(_feeds)
    .where(_feeds.c.id == bindparam("b_id"))
    .values(
        state="ok", failures=0, last_error=None, last_poll_at=bindparam("b_at", type_=_feeds.c.last_poll_at.type),
        last_success_at=bindparam("b_at", type_=_feeds.c.last_success_at.type),
        next_poll_at=bindparam("b_next", type_=_feeds.c.next_poll_at.type),
        etag=bindparam("b_etag", type_=_feeds.c.etag.type),
        last_modified=bindparam("b_modified", type_=_feeds.c.last_modified.type),
        title=func.coalesce(func.nullif(_feeds.c.title, ""), bindparam("b_title", type_=_feeds.c.title.type)),
        body_hash=func.coalesce(bindparam("b_hash", type_=_feeds.c.body_hash.type), _feeds.c.body_hash),
        lease_owner=None, lease_until=None,
    )
)


#: A claimed feed's next poll time, for feeds with an interval of their own (executemany).
_NEXT_POLL = (
    update(_feeds).where(_feeds.c.id == bindparam("b_id"))
    .values(next_poll_at=bindparam("b_next", type_=_feeds.c.next_poll_at.type))
)


#: FeedState's fields as columns, in its order.
_STATE_COLUMNS = tuple(getattr(FeedRow, name) for name in FeedState.__slots__)  # type: ignore[attr-defined]


def _wanted() -> ColumnElement[bool]:
    """Feeds someone wants: configured, or added by at least one server."""
    return or_(FeedRow.configured, exists().where(ServerFeedRow.feed_id == FeedRow.id))


def _unleased(now: datetime) -> ColumnElement[bool]:
    return or_(FeedRow.lease_until.is_(None), FeedRow.lease_until <= now)


def _due(now: datetime) -> ColumnElement[bool]:
    return or_(FeedRow.next_poll_at.is_(None), FeedRow.next_poll_at <= now)


class FeedStore:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    async def sync_configured(self, feeds: Iterable[tuple[str, str | None, float | None, int | None]]) -> None:
        """Make the configured feeds (url, title, interval, alert_newest) exactly these."""
        wanted = {url: (title, interval, newest) for url, title, interval, newest in feeds}
        async with self._sessions.begin() as session:
            if wanted:
                # Several instances starting at once all add the configured feeds: a feed another
                # one added first is simply there.
                await session.execute(
                    insert_ignoring_duplicates(session.bind.dialect.name, FeedRow),
                    [{"url": url, "configured": True, "state": "new", "failures": 0} for url in wanted],
                )
            rows = {row.url: row for row in (await session.scalars(select(FeedRow))).all()}
            for url, (title, interval, newest) in wanted.items():
                row = rows[url]
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

    async def claim_due(
        self, owner: str, now: datetime, lease: timedelta, limit: int, finished: Sequence[PollSuccess] = (),
        *, interval: timedelta,
    ) -> list[FeedState]:
        """Take up to `limit` wanted feeds whose poll time has come and whose lease is free or ran
        out (its process died), under `owner`'s lease until `now + lease`. The outbox's claim, for
        feeds (bot/store/outbox.py): feeds another process claims at the same moment are left to it
        (SKIP LOCKED on PostgreSQL; SQLite has one writer).

        A claim counts as the start of the feed's poll: until the poll records its result, the feed
        is next due one interval on (its own, else `interval`). A process killed mid-poll has often
        fetched the feed already; whoever takes the feed over when the lease ends polls it when it is
        due, so no feed is polled twice in one interval, and none is lost.

        `finished` are polls done since the last claim, recorded (and their leases released) in
        the same transaction: the claim loop's one round trip per batch instead of one per poll."""
        if finished:
            async with self._sessions.begin() as session:
                await session.execute(_RECORD_SUCCESS, [success.params() for success in finished])
                if limit <= 0:
                    return []
                return await self._claim(session, owner, now, lease, limit, interval)
        if limit <= 0:
            return []
        async with self._sessions.begin() as session:
            return await self._claim(session, owner, now, lease, limit, interval)

    async def _claim(self, session: AsyncSession, owner: str, now: datetime, lease: timedelta,
                     limit: int, interval: timedelta) -> list[FeedState]:
        due = (
            select(FeedRow.id)
            .where(_wanted(), _due(now), _unleased(now))
            # Longest overdue first; a feed never polled counts as due now. While a big first
            # cycle runs (thousands of new feeds, each parsed in full), the feeds it polled early
            # and that are due again go first: they may carry news, a first poll only records.
            .order_by(func.coalesce(FeedRow.next_poll_at, now), FeedRow.id)
            .limit(limit)
        )
        rows = await session.execute(
            update(FeedRow)
            # Checked again: on PostgreSQL a feed another claim took meanwhile is skipped.
            .where(FeedRow.id.in_(claimed_ids(due, session.bind.dialect.name)), _due(now), _unleased(now))
            .values(lease_owner=owner, lease_until=now + lease, next_poll_at=now + interval)
            # The columns, not ORM objects: a claim's feeds are only read.
            .returning(*_STATE_COLUMNS)
            .execution_options(synchronize_session=False)
        )
        feeds = [FeedState(*row) for row in rows]
        own_intervals = [{"b_id": feed.id, "b_next": now + timedelta(seconds=feed.interval)}
                         for feed in feeds if feed.interval]
        if own_intervals:
            await session.execute(_NEXT_POLL, own_intervals)
        return sorted(feeds, key=lambda feed: feed.id)

    async def next_due_at(self, now: datetime) -> datetime | None:
        """When the next wanted feed falls due (now or earlier for one due already); None without feeds."""
        query = select(func.min(func.coalesce(FeedRow.next_poll_at, now))).where(_wanted(), _unleased(now))
        async with self._sessions() as session:
            return await session.scalar(query)

    async def renew(self, owner: str, now: datetime, lease: timedelta) -> int:
        """Extend every feed lease `owner` holds to `now + lease`: its polls are still running."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(FeedRow).where(FeedRow.lease_owner == owner).values(lease_until=now + lease)
            )
            return int(result.rowcount or 0)

    async def reclaim_earlier_lives(self, instance: Instance, now: datetime) -> int:
        """End now the feed leases an earlier run of this process still holds (it was killed
        mid-poll), so those feeds are polled when due (one interval after their claim), not only
        when a lease longer than the interval ends."""
        async with self._sessions.begin() as session:
            held = await session.execute(
                select(FeedRow.id, FeedRow.lease_owner).where(
                    FeedRow.lease_until > now, FeedRow.lease_owner.startswith(instance.owner_prefix, autoescape=True)
                )
            )
            ours = [feed_id for feed_id, owner in held.all() if instance.is_earlier_life(owner)]
            if ours:
                await session.execute(
                    update(FeedRow).where(FeedRow.id.in_(ours)).values(lease_owner=None, lease_until=None)
                )
            return len(ours)

    async def record_success(
        self, feed_id: int, *, at: datetime, next_poll_at: datetime, etag: str | None,
        last_modified: str | None, title: str | None, body_hash: str | None = None,
    ) -> None:
        """Record a good poll and release the feed's lease (see `PollSuccess`)."""
        await self.record_successes([PollSuccess(feed_id, at, next_poll_at, etag, last_modified, title, body_hash)])

    async def record_successes(self, successes: Sequence[PollSuccess]) -> None:
        if successes:
            async with self._sessions.begin() as session:
                await session.execute(_RECORD_SUCCESS, [success.params() for success in successes])

    async def release(self, owner: str, feed_ids: Iterable[int]) -> int:
        """Give up `owner`'s leases on these feeds without a result (a poll cut off by a stop): they
        are due again at once (no poll time), for another instance or the next life of this one."""
        ids = list(feed_ids)
        if not ids:
            return 0
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(FeedRow).where(FeedRow.id.in_(ids), FeedRow.lease_owner == owner)
                .values(lease_owner=None, lease_until=None, next_poll_at=None)
            )
            return int(result.rowcount or 0)

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
