"""Fixtures for the Slack adapter tests: the loopback fake Slack, the real core on a real SQLite
database in tmp_path, and the adapter started in HTTP mode on 127.0.0.1."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from adapters.slack_app import SlackAdapter
from bot.health import health_routes
from bot.models import utcnow
from tests.fakes.slack_server import FakeSlack
from tests.slack.slack_helpers import Core, open_core, slack_settings


@pytest.fixture(autouse=True)
def clean_slack_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment wins over load_settings overrides: keep a developer's tokens out."""
    for name in list(os.environ):
        if name.startswith(("SLACK_", "SITREP_", "DISCORD_")):
            monkeypatch.delenv(name, raising=False)


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = await FakeSlack().start()
    yield server
    await server.close()


@pytest.fixture
async def core(tmp_path: Path, fake: FakeSlack) -> AsyncIterator[Core]:
    opened = await open_core(slack_settings(tmp_path, fake))
    yield opened
    await opened.store.close()


@pytest.fixture
async def http_bot(core: Core) -> AsyncIterator[SlackAdapter]:
    """The adapter in HTTP mode on 127.0.0.1 with a free port, over the real core, with the health
    and metrics routes beside /slack/events as `sitrep run` serves them."""
    adapters: dict[str, SlackAdapter] = {}
    adapter = SlackAdapter(core.settings, core.commands, host="127.0.0.1", port=0,
                           routes=health_routes(core.store, adapters, utcnow))
    adapters[adapter.platform] = adapter
    await adapter.start()
    yield adapter
    await adapter.stop()
