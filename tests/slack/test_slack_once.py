"""At most one post per outbox row: the post carries the row's key in its message metadata, and a
second attempt looks for it in the channel's history before posting again."""

from __future__ import annotations

from dataclasses import replace

from adapters.slack_app import ALERT_METADATA_EVENT, HISTORY_PAGE_SIZE, SlackAdapter
from tests.deliveries import delivery
from tests.fakes.slack_server import FakeSlack
from tests.slack.slack_helpers import CHANNEL, Core
from tests.slack.test_slack_delivery import THIS_CHANNEL, an_alert


async def test_a_second_attempt_finds_the_first_post_and_does_not_repeat_it(fake: FakeSlack, core: Core) -> None:
    adapter = SlackAdapter(core.settings, core.commands)
    row = delivery()
    ts = await adapter.deliver(THIS_CHANNEL, an_alert(), row)
    [posted] = fake.created(CHANNEL)
    assert posted["metadata"] == {"event_type": ALERT_METADATA_EVENT, "event_payload": {"outbox_key": row.key}}
    assert fake.calls_to("conversations.history") == [], "a first attempt posts without looking"
    for _ in range(HISTORY_PAGE_SIZE + 5):  # the channel moved on: the post is on the second page
        await adapter.deliver(THIS_CHANNEL, an_alert(), delivery())
    again = await adapter.deliver(THIS_CHANNEL, an_alert(), replace(row, may_have_posted=True))
    assert again == ts and len(fake.created(CHANNEL)) == HISTORY_PAGE_SIZE + 6
    assert len(fake.calls_to("conversations.history")) == 2


async def test_a_second_attempt_whose_first_never_arrived_posts(fake: FakeSlack, core: Core) -> None:
    adapter = SlackAdapter(core.settings, core.commands)
    await adapter.deliver(THIS_CHANNEL, an_alert(), delivery())
    ts = await adapter.deliver(THIS_CHANNEL, an_alert(), delivery(may_have_posted=True))
    assert ts == fake.created(CHANNEL)[-1]["ts"] and len(fake.created(CHANNEL)) == 2


async def test_without_the_history_scope_it_posts_rather_than_hold_the_alert(fake: FakeSlack, core: Core) -> None:
    adapter = SlackAdapter(core.settings, core.commands)
    row = delivery()
    await adapter.deliver(THIS_CHANNEL, an_alert(), row)
    fake.history_error = "missing_scope"
    await adapter.deliver(THIS_CHANNEL, an_alert(), replace(row, may_have_posted=True))
    assert len(fake.created(CHANNEL)) == 2  # at least once: the README says when
