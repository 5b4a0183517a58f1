"""Helpers shared by the Discord tests: a recording stand-in for the core and a started adapter."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from adapters.discord_bot import DiscordAdapter
from bot.commands import Reply, Request
from bot.models import Alert, ChannelRef, Event
from bot.settings import Settings
from tests.fakes.discord_server import CHANNEL_ID, GUILD_ID, FakeDiscord


class RecordingCommands:
    """Stands in for the core where a test is about the adapter alone: records every Request and
    answers with a programmable Reply."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.forgotten: list[tuple[str, str]] = []
        self.next_reply: Reply | None = None

    async def handle(self, request: Request) -> Reply:
        self.requests.append(request)
        if self.next_reply is not None:
            return self.next_reply
        command = request.text.split(" ", 1)[0]
        return Reply(command=command, ok=True, text=f"ran {request.text}",
                     public=command in ("latest", "classify"))

    async def forget_server(self, platform: str, server_id: str) -> None:
        self.forgotten.append((platform, server_id))


def discord_settings(fake: FakeDiscord, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"discord_token": fake.token, "discord_api_url": fake.rest_base,
                              "discord_gateway_url": fake.gateway_url, **overrides}
    return Settings(**values)


@asynccontextmanager
async def running(adapter: DiscordAdapter) -> AsyncIterator[DiscordAdapter]:
    await adapter.start()
    try:
        yield adapter
    finally:
        await adapter.stop()


HERE = ChannelRef("discord", GUILD_ID, CHANNEL_ID)
PUBLISHED = datetime(2024, 1, 30, 12, 0, tzinfo=UTC)


def make_alert(title: str = "US strikes hit Kataib Hezbollah sites in Iraq", **changes: object) -> Alert:
    fields: dict[str, object] = {
        "item_id": "item-1", "title": title,
        "summary": "US jets struck three sites near Al-Qaim, killing 2 fighters.\nSee also: more",
        "url": "https://news.example/us-strikes", "source": "Example Wire",
        "feed_url": "https://news.example/rss", "published": PUBLISHED,
        "event": Event(types=("strike", "casualty"), severity=4, killed=2, injured=None,
                       actors=("US forces", "Kataib Hezbollah"), locations=("Iraq", "Al-Qaim")),
    }
    fields.update(changes)
    return Alert(**fields)  # type: ignore[arg-type]
