"""Fixtures: the loopback Discord fake and a started DiscordAdapter on the real discord.py client."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from adapters.discord_bot import DiscordAdapter
from tests.discord.helpers import RecordingCommands, discord_settings, running
from tests.fakes.discord_server import FakeDiscord


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    yield server
    await server.stop()
    assert server.refusals == [], "the bot sent messages Discord would refuse"


@pytest.fixture
def recording() -> RecordingCommands:
    return RecordingCommands()


@pytest.fixture
async def bot(fake: FakeDiscord, recording: RecordingCommands) -> AsyncIterator[DiscordAdapter]:
    adapter = DiscordAdapter(discord_settings(fake), recording, guild_ready_timeout=0.05)
    async with running(adapter):
        yield adapter
