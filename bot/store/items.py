"""Items: every entry seen, with its classification; the memory that prevents repeats."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.ingest.urls import feed_origin
from bot.models import Alert, Event, Evidence, NewsItem, utcnow
from bot.store.schema import OPEN_STATES, FeedRow, ItemRow, OutboxRow, insert_ignoring_duplicates
from bot.store.unit_of_work import Sessions


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class StoredItem:
    id: int
    item: NewsItem
    event: Event


def event_of(row: ItemRow) -> Event:
    return Event(
        types=tuple(row.types.split()),
        severity=row.severity,
        killed=row.killed,
        injured=row.injured,
        actors=tuple(row.actors or ()),
        locations=tuple(row.locations or ()),
        evidence=tuple(Evidence(**e) for e in row.evidence or ()),
    )


def feed_name(feed: FeedRow) -> str:
    """A feed as a source: its title, or (a feed URL may carry a key) its host only."""
    return feed.title or feed_origin(feed.url)


def alert_of(row: ItemRow, feed: FeedRow, mention_role_id: str | None = None) -> Alert:
    return Alert(
        item_id=str(row.id),
        title=row.title,
        summary=row.summary,
        url=row.url,
        source=feed_name(feed),
        feed_url=feed.url,
        published=row.published,
        event=event_of(row),
        mention_role_id=mention_role_id,
    )


@dataclass(slots=True)
class _Seen:
    """The guid and URL hashes already stored for a batch of items, growing as items are taken."""

    guids: set[str]
    urls: set[str]

    @classmethod
    async def load(cls, session: AsyncSession, feed_id: int, items: Sequence[NewsItem]) -> _Seen:
        guid_hashes = [sha1(item.guid) for item in items]
        url_hashes = [sha1(item.url) for item in items if item.url]
        # One query for both: the guids this feed stored, and the URLs any feed stored.
        rows = await session.execute(
            select(ItemRow.feed_id, ItemRow.guid_hash, ItemRow.url_hash).where(
                or_(and_(ItemRow.feed_id == feed_id, ItemRow.guid_hash.in_(guid_hashes)),
                    ItemRow.url_hash.in_(url_hashes))
            )
        )
        guids: set[str] = set()
        urls: set[str] = set()
        wanted = set(guid_hashes)
        for row_feed, guid_hash, url_hash in rows:
            if row_feed == feed_id and guid_hash in wanted:
                guids.add(guid_hash)
            if url_hash:
                urls.add(url_hash)
        return cls(guids, urls)

    def add(self, item: NewsItem) -> bool:
        """Take the item if it is new (True), remembering it; False for one seen before."""
        guid_hash = sha1(item.guid)
        url_hash = sha1(item.url) if item.url else None
        if guid_hash in self.guids or (url_hash and url_hash in self.urls):
            return False
        self.guids.add(guid_hash)
        if url_hash:
            self.urls.add(url_hash)
        return True


class ItemStore:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    async def unseen(self, feed_id: int, items: Sequence[NewsItem]) -> list[NewsItem]:
        """The items not stored before (same guid in this feed, or same canonical URL anywhere)
        and not repeating an earlier one of the list, in order: what is worth classifying."""
        async with self._sessions() as session:
            seen = await _Seen.load(session, feed_id, items)
        return [item for item in items if seen.add(item)]

    async def add_new(self, feed_id: int, entries: Sequence[tuple[NewsItem, Event]]) -> list[StoredItem]:
        """Store the entries not seen before and return those, in order. Entries seen before
        (stored meanwhile by another poll, say) are skipped silently."""
        batch = _Seen(set(), set())  # (an entry repeating an earlier one of the list is skipped here)
        now = utcnow()
        rows: list[dict[str, object]] = []
        taken: dict[str, tuple[NewsItem, Event]] = {}
        for item, event in entries:
            if not batch.add(item):
                continue
            guid_hash = sha1(item.guid)
            rows.append({
                "feed_id": feed_id, "guid_hash": guid_hash, "url_hash": sha1(item.url) if item.url else None,
                "guid": item.guid, "url": item.url, "title": item.title, "summary": item.summary,
                "published": item.published or now, "fetched_at": now,
                "types": " ".join(event.types), "severity": event.severity, "killed": event.killed,
                "injured": event.injured, "actors": list(event.actors), "locations": list(event.locations),
                "evidence": [e.to_dict() for e in event.evidence], "story_id": None, "story_reason": None,
            })
            taken[guid_hash] = (item, event)
        if not rows:
            return []
        async with self._sessions.begin() as session:
            # One statement for the batch: the unique guid (per feed) and URL skip what is stored
            # already, another poll's meanwhile included, and RETURNING names what was stored.
            statement = insert_ignoring_duplicates(session.bind.dialect.name, ItemRow).returning(
                ItemRow.id, ItemRow.guid_hash
            )
            stored = {guid_hash: row_id for row_id, guid_hash in (await session.execute(statement, rows)).all()}
        return [StoredItem(stored[guid_hash], item, event) for guid_hash, (item, event) in taken.items()
                if guid_hash in stored]

    async def seen_guids(self, feed_id: int, guids: Sequence[str]) -> set[str]:
        """The guids among these that this feed already stored (so the poller skips their text)."""
        if not guids:
            return set()
        hashes = [sha1(guid) for guid in guids]
        async with self._sessions() as session:
            rows = await session.scalars(
                select(ItemRow.guid).where(ItemRow.feed_id == feed_id, ItemRow.guid_hash.in_(hashes))
            )
            return set(rows)

    async def alert(self, item_id: int, mention_role_id: str | None = None) -> Alert | None:
        async with self._sessions() as session:
            found = (
                await session.execute(
                    select(ItemRow, FeedRow).join(FeedRow, FeedRow.id == ItemRow.feed_id).where(ItemRow.id == item_id)
                )
            ).first()
            return None if found is None else alert_of(found[0], found[1], mention_role_id)

    async def alerts(self, item_ids: Sequence[int]) -> dict[int, Alert]:
        """The stored items as alerts (no mention), by id; ids no longer stored are missing."""
        async with self._sessions() as session:
            rows = await session.execute(
                select(ItemRow, FeedRow).join(FeedRow, FeedRow.id == ItemRow.feed_id).where(ItemRow.id.in_(list(item_ids)))
            )
            return {item.id: alert_of(item, feed) for item, feed in rows.all()}

    async def latest(
        self, limit: int, event_types: Sequence[str] = (), feed_ids: Sequence[int] | None = None
    ) -> list[Alert]:
        """The newest escalation items (any type, or one of `event_types`), newest first."""
        query = (
            select(ItemRow, FeedRow)
            .join(FeedRow, FeedRow.id == ItemRow.feed_id)
            .where(ItemRow.types != "")
            .order_by(ItemRow.published.desc(), ItemRow.id.desc())
            .limit(limit)
        )
        if event_types:
            query = query.where(or_(*((" " + ItemRow.types + " ").like(f"% {t} %") for t in event_types)))
        if feed_ids is not None:
            query = query.where(ItemRow.feed_id.in_(feed_ids))
        async with self._sessions() as session:
            return [alert_of(item, feed) for item, feed in (await session.execute(query)).all()]

    async def count(self) -> int:
        async with self._sessions() as session:
            return int(await session.scalar(select(func.count(ItemRow.id))) or 0)

    async def prune(self, fetched_before: datetime) -> int:
        """Forget items older than the retention window, unless an alert for them is still pending."""
        pending = exists().where(OutboxRow.item_id == ItemRow.id, OutboxRow.state.in_(OPEN_STATES))
        async with self._sessions.begin() as session:
            result = await session.execute(delete(ItemRow).where(ItemRow.fetched_at < fetched_before, ~pending))
            return int(result.rowcount or 0)
