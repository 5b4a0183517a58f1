"""`sitrep stories list [N]` and `sitrep stories explain ITEM`: the stories in the database, and
why an item joined its story (the story rule's reason, recorded when the item was stored)."""

from __future__ import annotations

import sys

from bot.models import Alert, iso_utc
from bot.settings import Settings
from bot.store import Store
from bot.story_view import sources_text, toll_text


def story_line(story: Alert) -> str:
    facts = [", ".join(story.event.types), f"severity {story.event.severity}"]
    if toll := toll_text(story.event):
        facts.append(toll)
    if story.event.locations:
        facts.append(", ".join(story.event.locations))
    updated = iso_utc(story.updated) if story.updated else "?"
    return (f"story {story.story_id}: {story.title}\n  {' · '.join(facts)}\n"
            f"  {len(story.sources)} source(s): {sources_text(story.sources)} · last update {updated}")


async def list_stories(settings: Settings, count: int) -> int:
    store = await Store.open(settings.db_url)
    try:
        stories = await store.stories.latest(count)
    finally:
        await store.close()
    print("\n".join(story_line(story) for story in stories) or "No stories yet.")
    return 0


async def explain_item(settings: Settings, item: str) -> int:
    if not item.isdigit():
        print(f"sitrep stories explain: '{item[:40]}' is not an item id (a number, as in the alert's item_id)",
              file=sys.stderr)
        return 2
    store = await Store.open(settings.db_url)
    try:
        reason = await store.stories.explain(int(item))
        story_id = (await store.stories.story_ids([int(item)])).get(int(item))
        story = (await store.stories.alerts([story_id])).get(story_id) if story_id else None
    finally:
        await store.close()
    if reason is None:
        print(f"sitrep stories explain: no item {item} in {settings.db_url.split('://')[0]} database", file=sys.stderr)
        return 1
    print(reason)
    if story is not None:
        print(story_line(story))
    return 0
