"""Stories: which story each escalation item tells, a story's current facts and sources, and the
message each channel has of it (so later items edit that message instead of posting anew)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import NO_EVENT, Alert, ChannelRef, Event, Source
from bot.store.items import event_of, feed_name
from bot.store.schema import FeedRow, ItemRow, StoryMessageRow, StoryRow, insert_updating_duplicates
from bot.store.unit_of_work import Sessions
from bot.stories import Report, StoryRule, Verdict, facts_changed, merge_facts


@dataclass(frozen=True, slots=True)
class StoryLink:
    """What attaching an item did: the story it tells, and that story's facts before and after."""

    story_id: int
    is_new: bool
    before: Event
    after: Event
    reason: str

    @property
    def changed(self) -> bool:
        return self.is_new or facts_changed(self.before, self.after)


@dataclass(frozen=True, slots=True)
class StoryMessage:
    """A channel's message of a story and what it shows."""

    message_id: str
    shown: Event
    sources: int


def story_facts(row: StoryRow) -> Event:
    return Event(
        types=tuple(row.types.split()), severity=row.severity, killed=row.killed, injured=row.injured,
        actors=tuple(row.actors or ()), locations=tuple(row.places or ()),
    )


def item_report(row: ItemRow) -> Report:
    return Report(row.title, row.summary, row.published, event_of(row))


def shown_json(facts: Event, sources: int) -> dict[str, Any]:
    return {
        "types": list(facts.types), "severity": facts.severity, "killed": facts.killed,
        "injured": facts.injured, "places": list(facts.locations), "sources": sources,
    }


#: The first half of the advisory lock key of story matching (the second: the scope's hash).
STORY_LOCK_KEY = 0x5174_5E50  # "sitrep", roughly


class StoryStore:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    async def attach(self, item_id: int, rule: StoryRule) -> StoryLink:
        """Link the stored item to the story it tells by `rule`, or to a new one, and bring that
        story's facts up to date. Inside `store.transaction()` this is part of the transaction
        that stores the item and its outbox rows: all of it is written, or none."""
        async with self._sessions.begin() as session:
            return await self._attach(session, item_id, rule)

    async def _attach(self, session: AsyncSession, item_id: int, rule: StoryRule) -> StoryLink:
        item = await session.get(ItemRow, item_id)
        if item is None:
            raise LookupError(f"item {item_id} is not stored")
        report = item_report(item)
        feed = await session.get(FeedRow, item.feed_id)
        scope = "" if feed is None or feed.configured else f"feed:{feed.id}"
        story, verdict = await self._best_story(session, report, item_id, rule, scope)
        if story is None:
            story = StoryRow(
                scope=scope, first_seen=report.published, last_update=report.published, lead_item_id=item_id,
                types=item.types, severity=item.severity, killed=item.killed, injured=item.injured,
                places=list(item.locations or ()), actors=list(item.actors or ()),
            )
            session.add(story)
            await session.flush()
            reason = f"new story {story.id}" + (f" (closest: {verdict.reason})" if verdict else "")
            link = StoryLink(story.id, True, NO_EVENT, story_facts(story), reason)
        else:
            before = story_facts(story)
            after = merge_facts(before, report)
            if facts_changed(before, after):
                story.lead_item_id = item_id
            story.types, story.severity = " ".join(after.types), after.severity
            story.killed, story.injured = after.killed, after.injured
            story.places, story.actors = list(after.locations), list(after.actors)
            story.first_seen = min(story.first_seen, report.published)
            story.last_update = max(story.last_update, report.published)
            link = StoryLink(story.id, False, before, after, f"joined story {story.id}: {verdict.reason}")
        item.story_id, item.story_reason = story.id, link.reason[:512]
        return link

    async def _best_story(self, session: AsyncSession, report: Report, item_id: int, rule: StoryRule, scope: str
                          ) -> tuple[StoryRow | None, Verdict | None]:
        """The story of `scope` the report joins (the most similar of those that it joins), else
        None with the closest refusal."""
        if rule.window <= timedelta(0):  # stories are off: every item is its own
            return None, None
        if session.bind.dialect.name == "postgresql":
            # Two instances storing reports of one event at the same moment would each find no
            # story yet and open two. Matching is serialised per scope until the transaction ends
            # (its new story is then committed and seen by the next). SQLite has one writer.
            await session.execute(select(func.pg_advisory_xact_lock(STORY_LOCK_KEY, func.hashtext(scope))))
        candidates = list(await session.scalars(
            select(StoryRow).where(
                StoryRow.scope == scope,
                StoryRow.last_update >= report.published - rule.window,
                StoryRow.first_seen <= report.published + rule.window,
            )
        ))
        # Only stories that could share a place are worth reading their items for.
        candidates = [story for story in candidates if _may_share_place(story, report.event, rule)]
        if not candidates:
            return None, None
        members: dict[int, list[Report]] = defaultdict(list)
        rows = await session.scalars(
            select(ItemRow).where(ItemRow.story_id.in_([story.id for story in candidates]), ItemRow.id != item_id)
        )
        for row in rows:
            members[row.story_id].append(item_report(row))
        verdicts = [(rule.best(report, members[story.id]), story) for story in candidates if members[story.id]]
        if not verdicts:
            return None, None
        verdict, story = max(verdicts, key=lambda pair: (pair[0].joins, pair[0].similarity, pair[1].id))
        return (story if verdict.joins else None), verdict

    async def story_ids(self, item_ids: Sequence[int]) -> dict[int, int]:
        """The story of each item that has one, by item id."""
        if not item_ids:
            return {}
        async with self._sessions() as session:
            rows = await session.execute(
                select(ItemRow.id, ItemRow.story_id).where(ItemRow.id.in_(list(item_ids)), ItemRow.story_id.is_not(None))
            )
            return {item_id: story_id for item_id, story_id in rows.all()}

    async def alerts(self, story_ids: Sequence[int]) -> dict[int, Alert]:
        """The stories with their current facts and sources, by id, as alerts of their lead item."""
        if not story_ids:
            return {}
        async with self._sessions() as session:
            stories = {row.id: row for row in await session.scalars(select(StoryRow).where(StoryRow.id.in_(list(story_ids))))}
            rows = await session.execute(
                select(ItemRow, FeedRow).join(FeedRow, FeedRow.id == ItemRow.feed_id)
                .where(ItemRow.story_id.in_(list(stories))).order_by(ItemRow.published, ItemRow.id)
            )
            told: dict[int, list[tuple[ItemRow, FeedRow]]] = defaultdict(list)
            for item, feed in rows.all():
                told[item.story_id].append((item, feed))
        found = {}
        for story_id, story in stories.items():
            items = told.get(story_id)
            if not items:
                continue  # its items were pruned
            lead, feed = next(((i, f) for i, f in items if i.id == story.lead_item_id), items[-1])
            found[story_id] = Alert(
                item_id=str(lead.id), title=lead.title, summary=lead.summary, url=lead.url,
                source=feed_name(feed), feed_url=feed.url, published=lead.published,
                event=story_facts(story), story_id=str(story_id),
                sources=tuple(Source(feed_name(f), i.title, i.url) for i, f in items),
                updated=story.last_update,
            )
        return found

    async def latest(self, limit: int, event_types: Sequence[str] = (), feed_ids: Sequence[int] | None = None
                     ) -> list[Alert]:
        """The stories updated last (any type, or one of `event_types`), newest first, with current
        facts. With `feed_ids`, only stories told by one of those feeds (a server sees its own)."""
        return await self._listed(limit, event_types, feed_ids)

    async def updated_between(self, start: datetime, end: datetime, min_severity: int, types: Sequence[str],
                              feed_ids: Sequence[int], limit: int) -> list[Alert]:
        """The most severe stories (of one of `types`, told by one of `feed_ids`) whose last
        update falls in (start, end]: what a digest of that period lists."""
        return await self._listed(limit, types, feed_ids, StoryRow.last_update > start, StoryRow.last_update <= end,
                                  StoryRow.severity >= min_severity, most_severe=True)

    async def _listed(self, limit: int, types: Sequence[str], feed_ids: Sequence[int] | None, *conditions: Any,
                      most_severe: bool = False) -> list[Alert]:
        order = (StoryRow.severity.desc(),) if most_severe else ()
        query = select(StoryRow.id).where(*conditions).order_by(*order, StoryRow.last_update.desc(), StoryRow.id.desc())
        if types:
            query = query.where(or_(*((" " + StoryRow.types + " ").like(f"% {t} %") for t in types)))
        if feed_ids is not None:
            query = query.where(exists().where(ItemRow.story_id == StoryRow.id, ItemRow.feed_id.in_(list(feed_ids))))
        async with self._sessions() as session:
            ids = list(await session.scalars(query.limit(limit)))
        found = await self.alerts(ids)
        return [found[story_id] for story_id in ids if story_id in found]

    async def message(self, story_id: int, channel: ChannelRef) -> StoryMessage | None:
        async with self._sessions() as session:
            row = await session.scalar(select(StoryMessageRow).where(*_of(story_id, channel)))
        return None if row is None else _story_message(row)

    async def messages(self, wanted: Sequence[tuple[int, ChannelRef]]) -> dict[tuple[int, ChannelRef], StoryMessage]:
        """`message` for a batch of (story, channel) pairs, in one query: the pairs that have one."""
        pairs = set(wanted)
        if not pairs:
            return {}
        async with self._sessions() as session:
            rows = await session.scalars(
                select(StoryMessageRow).where(StoryMessageRow.story_id.in_(sorted({story for story, _ in pairs})))
            )
            found = {(row.story_id, ChannelRef(row.platform, row.server_id, row.channel_id)): row for row in rows}
        return {pair: _story_message(row) for pair, row in found.items() if pair in pairs}

    async def record_message(self, story_id: int, channel: ChannelRef, message_id: str, alert: Alert, at: datetime) -> None:
        """Remember what the channel's message of the story now shows."""
        await self.record_messages([(story_id, channel, message_id, alert)], at)

    async def record_messages(self, records: Sequence[tuple[int, ChannelRef, str, Alert]], at: datetime) -> None:
        """`record_message` for a batch, in one statement (an upsert per (story, channel))."""
        if not records:
            return
        rows = [
            {"story_id": story_id, "platform": channel.platform, "server_id": channel.server_id,
             "channel_id": channel.channel_id, "message_id": message_id[:128],
             "shown": shown_json(alert.event, len(alert.sources)), "updated_at": at}
            for story_id, channel, message_id, alert in records
        ]
        async with self._sessions.begin() as session:
            await session.execute(
                insert_updating_duplicates(session.bind.dialect.name, StoryMessageRow,
                                           ("story_id", "platform", "server_id", "channel_id"),
                                           ("message_id", "shown", "updated_at")),
                rows,
            )

    async def explain(self, item_id: int) -> str | None:
        """Why the item is in its story (the rule's reason when it was attached), or None."""
        async with self._sessions() as session:
            item = await session.get(ItemRow, item_id)
        if item is None:
            return None
        if item.story_id is None:
            return f"item {item_id} ({item.title[:80]}) tells no story: it is no escalation news."
        return f"item {item_id} ({item.title[:80]}): {item.story_reason or f'story {item.story_id}'}"

    async def prune(self) -> int:
        """Forget stories none of whose items are stored any more."""
        async with self._sessions.begin() as session:
            told = exists().where(ItemRow.story_id == StoryRow.id)
            result = await session.execute(delete(StoryRow).where(~told))
            return int(result.rowcount or 0)


def _story_message(row: StoryMessageRow) -> StoryMessage:
    shown = row.shown or {}
    facts = Event(
        types=tuple(shown.get("types") or ()), severity=int(shown.get("severity") or 0),
        killed=shown.get("killed"), injured=shown.get("injured"), locations=tuple(shown.get("places") or ()),
    )
    return StoryMessage(row.message_id, facts, int(shown.get("sources") or 0))


def _of(story_id: int, channel: ChannelRef) -> tuple[Any, ...]:
    return (
        StoryMessageRow.story_id == story_id, StoryMessageRow.platform == channel.platform,
        StoryMessageRow.server_id == channel.server_id, StoryMessageRow.channel_id == channel.channel_id,
    )


def _may_share_place(story: StoryRow, event: Event, rule: StoryRule) -> bool:
    places = set(story.places or ())
    specific = {p for p in places if p not in rule.broad_places}
    mine = {p for p in event.locations if p not in rule.broad_places}
    if specific and mine:
        return bool(specific & mine)
    return True

