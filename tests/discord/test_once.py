"""At most one post per outbox row: a second attempt at a row carries the same nonce, and Discord
(its loopback fake here) answers it with the first message instead of posting again."""

from __future__ import annotations

from adapters.discord_bot import DiscordAdapter
from tests.deliveries import delivery
from tests.discord.helpers import HERE, make_alert
from tests.fakes.discord_server import CHANNEL_ID, FakeDiscord


async def test_a_second_attempt_at_a_row_returns_the_first_post(fake: FakeDiscord, bot: DiscordAdapter) -> None:
    first = delivery()
    message_id = await bot.deliver(HERE, make_alert(), first)
    again = await bot.deliver(HERE, make_alert(), delivery(first.outbox_id, may_have_posted=True))
    assert again == message_id and len(fake.delivered(CHANNEL_ID)) == 1
    assert fake.posted[0].body["nonce"] == first.key and fake.posted[0].body["enforce_nonce"] is True
    other = await bot.deliver(HERE, make_alert(), delivery())
    assert other != message_id and len(fake.delivered(CHANNEL_ID)) == 2, "another row is another post"


async def test_after_discords_nonce_window_a_repeat_posts_again(fake: FakeDiscord, bot: DiscordAdapter) -> None:
    # What remains at-least-once (README): a second attempt later than Discord's few minutes.
    fake.nonce_window_seconds = 0
    row = delivery()
    await bot.deliver(HERE, make_alert(), row)
    await bot.deliver(HERE, make_alert(), delivery(row.outbox_id, may_have_posted=True))
    assert len(fake.delivered(CHANNEL_ID)) == 2
