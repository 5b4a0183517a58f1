"""Per-server configuration: include/exclude keywords and extra feeds."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.models import ChannelRef, ServerSettings
from bot.store.feeds import FeedState
from bot.store.schema import FeedRow, KeywordRow, OutboxRow, ServerFeedRow, SubscriptionRow


class ServerStore:
    def __init__(self, sessions: async_sessionmaker) -> None:
        self._sessions = sessions

    async def settings(self, platform: str, server_id: str, channel_id: str = "") -> ServerSettings:
        """The server's keywords (or, with `channel_id`, that channel's own) and extra feeds."""
        async with self._sessions() as session:
            keywords = (
                await session.execute(
                    select(KeywordRow.term, KeywordRow.kind)
                    .where(*_keywords_of(platform, server_id, channel_id))
                    .order_by(KeywordRow.id)
                )
            ).all()
            feeds = await session.scalars(
                select(FeedRow.url)
                .join(ServerFeedRow, ServerFeedRow.feed_id == FeedRow.id)
                .where(ServerFeedRow.platform == platform, ServerFeedRow.server_id == server_id)
                .order_by(ServerFeedRow.id)
            )
            return ServerSettings(
                platform=platform,
                server_id=server_id,
                include_keywords=tuple(term for term, kind in keywords if kind == "include"),
                exclude_keywords=tuple(term for term, kind in keywords if kind == "exclude"),
                extra_feeds=tuple(feeds),
            )

    async def all_keyword_settings(self) -> dict[tuple[str, str], ServerSettings]:
        """Every server that has keywords, keyed by (platform, server_id)."""
        grouped = await self._keyword_settings(KeywordRow.channel_id == "")
        return {(channel.platform, channel.server_id): found for channel, found in grouped.items()}

    async def all_channel_keyword_settings(self) -> dict[ChannelRef, ServerSettings]:
        """Every channel that has keywords of its own (they replace its server's there)."""
        return await self._keyword_settings(KeywordRow.channel_id != "")

    async def _keyword_settings(self, scope: Any) -> dict[ChannelRef, ServerSettings]:
        async with self._sessions() as session:
            rows = (await session.execute(select(KeywordRow).where(scope).order_by(KeywordRow.id))).scalars().all()
        grouped: dict[ChannelRef, tuple[list[str], list[str]]] = {}
        for row in rows:
            include, exclude = grouped.setdefault(ChannelRef(row.platform, row.server_id, row.channel_id), ([], []))
            (include if row.kind == "include" else exclude).append(row.term)
        return {
            key: ServerSettings(key.platform, key.server_id, tuple(include), tuple(exclude))
            for key, (include, exclude) in grouped.items()
        }

    async def keyword_count(self, platform: str, server_id: str, channel_id: str = "") -> int:
        async with self._sessions() as session:
            return int(
                await session.scalar(select(func.count(KeywordRow.id)).where(*_keywords_of(platform, server_id, channel_id)))
                or 0
            )

    async def set_keywords(self, platform: str, server_id: str, terms: Iterable[str], kind: str,
                           channel_id: str = "") -> None:
        """Add terms as `kind` ("include"/"exclude") for the server (or one channel); a term
        already there changes kind."""
        async with self._sessions.begin() as session:
            for term in terms:
                row = await session.scalar(
                    select(KeywordRow).where(*_keywords_of(platform, server_id, channel_id), KeywordRow.term == term)
                )
                if row is None:
                    session.add(KeywordRow(platform=platform, server_id=server_id, channel_id=channel_id, term=term,
                                           kind=kind))
                else:
                    row.kind = kind

    async def remove_keywords(self, platform: str, server_id: str, terms: Iterable[str], channel_id: str = "") -> int:
        async with self._sessions.begin() as session:
            result = await session.execute(
                delete(KeywordRow).where(*_keywords_of(platform, server_id, channel_id), KeywordRow.term.in_(list(terms)))
            )
            return int(result.rowcount or 0)

    async def clear_keywords(self, platform: str, server_id: str, channel_id: str = "") -> int:
        async with self._sessions.begin() as session:
            result = await session.execute(delete(KeywordRow).where(*_keywords_of(platform, server_id, channel_id)))
            return int(result.rowcount or 0)

    async def add_feed(self, platform: str, server_id: str, feed: FeedState, channel_id: str | None = None) -> bool:
        """Add the feed for the whole server, or bound to one channel; True if that changed
        anything (a feed added again with or without `here` is rebound)."""
        async with self._sessions.begin() as session:
            existing = await session.scalar(
                select(ServerFeedRow).where(
                    ServerFeedRow.platform == platform, ServerFeedRow.server_id == server_id,
                    ServerFeedRow.feed_id == feed.id,
                )
            )
            if existing is not None:
                if existing.channel_id == channel_id:
                    return False
                existing.channel_id = channel_id
                return True
            session.add(ServerFeedRow(platform=platform, server_id=server_id, feed_id=feed.id, channel_id=channel_id))
            return True

    async def remove_feed(self, platform: str, server_id: str, feed_id: int) -> bool:
        async with self._sessions.begin() as session:
            result = await session.execute(
                delete(ServerFeedRow).where(
                    ServerFeedRow.platform == platform, ServerFeedRow.server_id == server_id,
                    ServerFeedRow.feed_id == feed_id,
                )
            )
            return bool(result.rowcount)

    async def feed_count(self, platform: str, server_id: str) -> int:
        async with self._sessions() as session:
            return int(
                await session.scalar(
                    select(func.count(ServerFeedRow.id)).where(
                        ServerFeedRow.platform == platform, ServerFeedRow.server_id == server_id
                    )
                )
                or 0
            )

    async def servers_for_feed(self, feed_id: int) -> dict[tuple[str, str], str | None]:
        """The servers that added the feed, each with the one channel it is bound to (or None)."""
        async with self._sessions() as session:
            rows = await session.execute(
                select(ServerFeedRow.platform, ServerFeedRow.server_id, ServerFeedRow.channel_id)
                .where(ServerFeedRow.feed_id == feed_id)
            )
            return {(platform, server): channel for platform, server, channel in rows.all()}

    async def forget(self, platform: str, server_id: str) -> list[int]:
        """Drop everything a server configured; returns the feed ids it had added."""
        async with self._sessions.begin() as session:
            feed_ids = list(
                await session.scalars(
                    select(ServerFeedRow.feed_id).where(
                        ServerFeedRow.platform == platform, ServerFeedRow.server_id == server_id
                    )
                )
            )
            for table in (SubscriptionRow, KeywordRow, ServerFeedRow):
                await session.execute(delete(table).where(table.platform == platform, table.server_id == server_id))
            await session.execute(
                delete(OutboxRow).where(
                    OutboxRow.platform == platform, OutboxRow.server_id == server_id,
                    OutboxRow.state.in_(("pending", "sending")),
                )
            )
            return feed_ids


def _keywords_of(platform: str, server_id: str, channel_id: str) -> tuple[Any, ...]:
    """The keyword rows of a server ("" channel) or of one of its channels."""
    return (KeywordRow.platform == platform, KeywordRow.server_id == server_id, KeywordRow.channel_id == channel_id)
