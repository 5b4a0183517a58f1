"""The Adapter protocol: what every platform adapter offers the core.

An adapter translates platform events into `bot.commands.Request`s and renders `Alert`s and
`Reply`s as platform messages. It never decides what an alert says or who receives it.

What an adapter is given and calls (the whole core surface it needs):
- `bot.commands.CommandHandler(store, settings)`: `await handle(Request) -> Reply`. The adapter
  turns its slash command and options into one command line in DESIGN.md's grammar
  (`subscribe strike attack min_severity:3 mention:<role_id> mention_severity:4`,
  `keywords add "drone strike"`: terms with spaces are double-quoted) and reports the user's
  platform permissions as facts (`MANAGE_SERVER`, `MANAGE_CHANNELS`); the core decides.
  `Reply.text` is plain text that may quote feed text: escape it and never let it ping.
  `Reply.items` (latest) are Alerts to render compactly; `Reply.event` (classify) has evidence;
  `Reply.public` False means ephemeral.
  `await forget_server(platform, server_id)`: the bot left a server or was uninstalled.
- `bot.delivery.Deliverer(store, adapters, settings)`: `await deliver_due()` calls `deliver()`
  below for each due outbox row; raise `bot.delivery.ChannelBroken(reason)` for a channel that
  is gone, archived or not writable.
- `bot.pipeline.Pipeline(store, settings)`: `await ingest(feed_url, items, alert=True)` classifies
  and stores new items and queues one outbox row per matching (item, channel).
- `bot.store.Store.open(db_url)` / `await store.close()`.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from bot.models import Alert, ChannelRef, Delivery


@runtime_checkable
class Adapter(Protocol):
    #: "console", "discord" or "slack": matches `ChannelRef.platform` of the rows it delivers.
    platform: str

    @property
    def is_connected(self) -> bool:
        """True while the adapter can serve commands and deliver (gateway/socket open, server
        listening); `/readyz` answers 503 while any adapter is not."""

    async def start(self) -> None:
        """Connect and begin serving commands; returns once running (work goes on in tasks)."""

    async def stop(self) -> None:
        """Disconnect cleanly; must return within a couple of seconds."""

    async def deliver(self, channel: ChannelRef, alert: Alert, delivery: Delivery) -> str:
        """Post one alert to one channel and return the platform's message id.

        `delivery` names the outbox row: post with `delivery.key` where the platform can dedupe
        on it, and when `delivery.may_have_posted`, first look for an earlier post with that key
        and return its id instead of posting again.

        Raise `bot.delivery.ChannelBroken` when the channel is gone or the bot lacks permission
        (the subscription is then marked broken, not retried); any other exception is retried
        with backoff by the delivery job.
        """
