"""A story on Slack through the real AsyncWebClient: one message per channel, chat.update-d as
the story grows; a severity jump adds one threaded reply."""

from __future__ import annotations

import json
from pathlib import Path

from adapters.slack_app import SlackAdapter
from bot.delivery import Deliverer
from bot.models import ChannelRef
from tests.fakes.slack_server import TEAM_ID, FakeSlack
from tests.slack.slack_helpers import slack_settings
from tests.story_scenario import TOLD, open_core, tell

CHANNELS = [ChannelRef("slack", TEAM_ID, "C0NEWS"), ChannelRef("slack", TEAM_ID, "C0DESK")]


async def test_four_items_from_two_feeds_make_one_message_per_channel_updated_three_times(
    tmp_path: Path, fake: FakeSlack
) -> None:
    settings = slack_settings(tmp_path, fake)
    store, pipeline, _ = await open_core(settings.db_url, CHANNELS)
    adapter = SlackAdapter(settings, None, host="127.0.0.1", port=0)  # type: ignore[arg-type]
    await adapter.start()
    try:
        deliverer = Deliverer(store, {"slack": adapter}, settings)
        for n in range(len(TOLD)):
            await tell(pipeline, n)
            assert await deliverer.deliver_due() == len(CHANNELS)
    finally:
        await adapter.stop()
        await store.close()
    for channel in CHANNELS:
        created = fake.created(channel.channel_id)
        story = next(m for m in created if "thread_ts" not in m)
        replies = [m for m in created if m.get("thread_ts") == story["ts"]]
        assert len(created) == 2 and len(replies) == 1, "one story message and one notifying reply"
        updates = [c.args for c in fake.calls_to("chat.update") if c.args["channel"] == channel.channel_id]
        assert len(updates) == 3 and all(u["ts"] == story["ts"] for u in updates)
        final = json.dumps(story["blocks"], ensure_ascii=False)  # the message as chat.update left it
        assert "21 killed, up from 12" in final and "30 injured" in final
        assert "<https://reuters.example/r1|Reuters>, <https://ap.example/a1|AP> +2" in final
        assert "updated " in final and "<!" not in final
        assert replies[0]["text"].startswith("Story update: severity 4 → 5; 21 killed, up from 12")
        [posted_reply] = [c.args for c in fake.calls_to("chat.postMessage") if c.args.get("thread_ts") == story["ts"]]
        assert posted_reply["reply_broadcast"] in (True, "true", "1"), "also sent to the channel, so it notifies"


async def test_sitrep_digest_sets_the_channels_digest_and_a_due_one_arrives(
    tmp_path: Path, fake: FakeSlack, core, http_bot: SlackAdapter  # type: ignore[no-untyped-def]
) -> None:
    from datetime import timedelta

    from bot.digest_delivery import DigestSender
    from bot.models import utcnow
    from tests.slack.slack_helpers import CHANNEL, slash

    reply = (await slash(http_bot, fake, "/sitrep", "digest daily 08:00 tz:Europe/Berlin")).json()
    assert reply["text"].startswith("Digest every day at 08:00 Europe/Berlin")
    here = ChannelRef("slack", TEAM_ID, CHANNEL)
    assert (await core.store.digests.get(here)) is not None
    sender = DigestSender(core.store, {"slack": http_bot}, core.settings, clock=lambda: utcnow() + timedelta(days=1))
    assert await sender.run() == 1
    [digest] = fake.created(CHANNEL)
    assert digest["blocks"][0]["text"]["text"].startswith("Digest · ")
    assert digest["metadata"]["event_payload"]["outbox_key"].startswith("d")
