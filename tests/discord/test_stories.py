"""A story on Discord through the real discord.py client: one message per channel, edited in
place as the story grows; a severity jump adds one reply that notifies."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from adapters.discord_bot import DiscordAdapter
from bot.delivery import Deliverer
from bot.models import ChannelRef
from bot.pipeline import Pipeline
from bot.store import Store
from tests.discord.helpers import discord_settings, running
from tests.fakes.discord_server import CHANNEL_ID, GUILD_ID, OTHER_CHANNEL_ID, FakeDiscord
from tests.story_scenario import TOLD, open_core, tell

CHANNELS = [ChannelRef("discord", GUILD_ID, CHANNEL_ID), ChannelRef("discord", GUILD_ID, OTHER_CHANNEL_ID)]


@pytest.fixture
async def core(tmp_path: Path) -> AsyncIterator[tuple[Store, Pipeline, Deliverer, DiscordAdapter, FakeDiscord]]:
    fake = FakeDiscord()
    await fake.start()
    store, pipeline, settings = await open_core(f"sqlite+aiosqlite:///{tmp_path / 'sitrep.db'}", CHANNELS)
    adapter = DiscordAdapter(discord_settings(fake, db_url=settings.db_url), None, guild_ready_timeout=0.05)  # type: ignore[arg-type]
    async with running(adapter):
        yield store, pipeline, Deliverer(store, {"discord": adapter}, settings), adapter, fake
    await store.close()
    await fake.stop()
    assert fake.refusals == []


async def test_four_items_from_two_feeds_make_one_message_per_channel_edited_three_times(core) -> None:  # type: ignore[no-untyped-def]
    store, pipeline, deliverer, _, fake = core
    for n in range(len(TOLD)):
        await tell(pipeline, n)
        assert await deliverer.deliver_due() == len(CHANNELS)
    for channel in (CHANNEL_ID, OTHER_CHANNEL_ID):
        posted = fake.delivered(channel)
        story, follow_ups = posted[0], posted[1:]
        assert "message_reference" not in story.body
        edits = [edit for edit in fake.edits if edit.message_id == story.message_id]
        assert len(edits) == 3 and all(edit.body["allowed_mentions"] == {"parse": []} for edit in edits)
        [final] = edits[-1].body["embeds"]
        fields = {field["name"]: field["value"] for field in final["fields"]}
        assert fields["Killed"] == "21, up from 12" and fields["Injured"] == "30"
        assert fields["Sources"] == ("[Reuters](https://reuters.example/r1), [AP](https://ap.example/a1) +2")
        assert final["title"] == "Death toll from Kharkiv apartment block strike rises to 21"
        assert final["footer"]["text"].startswith("Story 1 · updated ")
        # severity 3 -> 4 -> 4 -> 5: only reaching 5 notifies, once, as a reply to the story
        [follow_up] = follow_ups
        assert str(follow_up.body["message_reference"]["message_id"]) == story.message_id
        assert follow_up.body["content"].startswith("Story update: severity 4 → 5; 21 killed, up from 12")
        assert follow_up.body["allowed_mentions"] == {"parse": []}
    [story] = await store.stories.latest(5)
    assert story.event.killed == 21 and len(story.sources) == 4


async def test_a_deleted_story_message_is_posted_again_on_the_next_update(core) -> None:  # type: ignore[no-untyped-def]
    _, pipeline, deliverer, _, fake = core
    await tell(pipeline, 0)
    await deliverer.deliver_due()
    first = fake.delivered(CHANNEL_ID)[0].message_id
    del fake.messages[first]  # a moderator deleted it
    await tell(pipeline, 1)
    await deliverer.deliver_due()
    [_, again] = fake.delivered(CHANNEL_ID)
    fields = {f["name"]: f["value"] for f in again.body["embeds"][0]["fields"]}
    assert fields["Killed"] == "12, up from 5"
    await tell(pipeline, 2)
    await deliverer.deliver_due()
    assert [edit.message_id for edit in fake.edits if edit.channel_id == CHANNEL_ID][-1] == again.message_id


async def test_a_crash_between_editing_and_recording_neither_loses_nor_repeats_the_story(core, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from bot.models import utcnow

    store, pipeline, deliverer, adapter, fake = core
    await tell(pipeline, 0)
    await deliverer.deliver_due()
    from bot.store.stories import StoryStore

    record = StoryStore.record_messages
    calls = 0

    async def crash_once(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 1:
            raise ConnectionError("the process died here")  # after the edit reached Discord
        return await record(*args, **kwargs)

    # (on the class: the record is written in a transaction's own store, with the row's state)
    monkeypatch.setattr(StoryStore, "record_messages", crash_once)
    await tell(pipeline, 3)  # 21 killed, severity 5
    await deliverer.deliver_due()
    later = Deliverer(store, {"discord": adapter}, deliverer.settings, clock=lambda: utcnow() + timedelta(hours=1))
    assert await later.deliver_due() == 1  # the row whose record failed, retried: edited again
    for channel in (CHANNEL_ID, OTHER_CHANNEL_ID):
        story, *follow_ups = fake.delivered(channel)
        assert all("message_reference" in p.body for p in follow_ups), "the story was not posted twice"
        # the repeated follow-up carries the same nonce: Discord answers it with the first one
        assert len([p for p in follow_ups if not p.repeat_of_nonce]) == 1
        edits = [edit for edit in fake.edits if edit.message_id == story.message_id]
        assert edits and {f["name"]: f["value"] for f in edits[-1].body["embeds"][0]["fields"]}["Killed"] == "21, up from 5"
    [story] = await store.stories.latest(5)
    message = await store.stories.message(int(story.story_id or 0), CHANNELS[0])
    assert message is not None and message.shown.killed == 21
