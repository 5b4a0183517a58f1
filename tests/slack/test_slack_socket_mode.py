"""Socket Mode: envelopes over the real slack_sdk websocket client reach the real core.

One fake, core and connected adapter serve the whole module (each test uses its own channel).
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from adapters.slack_app import SlackAdapter
from bot.commands import Reply, Request
from bot.models import ChannelRef
from tests.fakes.slack_server import MEMBER_USER, TEAM_ID, FakeSlack
from tests.slack.slack_helpers import Core, open_core, slack_settings, slash_payload

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def socket_env(
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[tuple[FakeSlack, Core, SlackAdapter]]:
    with pytest.MonkeyPatch.context() as env:
        # module-scoped, so it runs before the function-scoped clean_slack_env: clean here too
        for name in [n for n in os.environ if n.startswith(("SLACK_", "SITREP_"))]:
            env.delenv(name)
        async for running in _socket_env(tmp_path_factory):
            yield running


async def _socket_env(
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[tuple[FakeSlack, Core, SlackAdapter]]:
    fake = await FakeSlack().start()
    # No signing secret: Socket Mode needs none, and HTTP mode must not be what starts.
    settings = slack_settings(
        tmp_path_factory.mktemp("socket"), fake, slack_app_token=fake.app_token, slack_signing_secret=None
    )
    core = await open_core(settings)
    adapter = SlackAdapter(settings, core.commands)
    await adapter.start()
    await fake.wait_until(lambda: fake.socket_connected)
    yield fake, core, adapter
    await adapter.stop()
    await core.store.close()
    await fake.close()


async def command(
    fake: FakeSlack, name: str, text: str, channel: str, user_id: str = "UADMIN"
) -> dict[str, Any]:
    """Send a slash command envelope; return the ack payload, timing it against Slack's 3 s."""
    started = time.monotonic()
    envelope_id = await fake.send_envelope(
        "slash_commands", slash_payload(fake, name, text, user_id, channel)
    )
    await fake.wait_until(lambda: envelope_id in fake.acks)
    assert time.monotonic() - started < 3.0
    return fake.acks[envelope_id]["payload"]


async def test_socket_mode_opened_a_connection_with_the_app_token(
    socket_env: tuple[FakeSlack, Core, SlackAdapter],
) -> None:
    fake, _, adapter = socket_env
    assert adapter.socket_mode and adapter.port is None  # no HTTP server in Socket Mode
    assert adapter.is_connected, "/readyz counts an open socket as ready"
    assert [call.token for call in fake.calls_to("apps.connections.open")] == [fake.app_token]


async def test_subscribe_and_every_alias_through_envelopes(
    socket_env: tuple[FakeSlack, Core, SlackAdapter],
) -> None:
    fake, core, _ = socket_env
    channel = ChannelRef("slack", TEAM_ID, "CSOCK1")
    ack = await command(fake, "/sitrep", "subscribe threat min_severity:2", channel.channel_id)
    assert ack["response_type"] == "ephemeral"
    assert ack["text"].startswith("Subscribed this channel: threat at severity &gt;= 2.")
    assert (await core.store.subscriptions.get(channel)) is not None

    assert (await command(fake, "/subscribe", "strike", channel.channel_id))["text"].startswith("Updated")
    assert "war" in (await command(fake, "/keywords", "add war", channel.channel_id))["text"]
    assert (await command(fake, "/latest", "2", channel.channel_id, MEMBER_USER))["text"] == (
        "No escalation items yet."
    )
    assert (await command(fake, "/unsubscribe", "", channel.channel_id))["text"].startswith("Unsubscribed")
    assert (await core.store.subscriptions.get(channel)) is None


@pytest.mark.parametrize(
    "line", ["help", "status", "latest 3 strike", "keywords list", "feeds list", "classify calm day"]
)
async def test_read_only_rows_answer_anyone_in_the_ack(
    socket_env: tuple[FakeSlack, Core, SlackAdapter], line: str
) -> None:
    fake, _, _ = socket_env
    ack = await command(fake, "/sitrep", line, "CSOCK2", MEMBER_USER)
    assert ack["text"] and ack["blocks"]
    assert "admins" not in ack["text"]


async def test_a_member_is_refused_in_socket_mode_too(
    socket_env: tuple[FakeSlack, Core, SlackAdapter],
) -> None:
    fake, core, _ = socket_env
    ack = await command(fake, "/subscribe", "", "CSOCK3", MEMBER_USER)
    assert ack["response_type"] == "ephemeral" and "workspace admins" in ack["text"]
    assert (await core.store.subscriptions.get(ChannelRef("slack", TEAM_ID, "CSOCK3"))) is None


async def test_a_revoked_bot_token_forgets_the_workspace(
    socket_env: tuple[FakeSlack, Core, SlackAdapter],
) -> None:
    fake, core, _ = socket_env
    channel = ChannelRef("slack", TEAM_ID, "CSOCK4")
    await command(fake, "/subscribe", "", channel.channel_id)
    payload = {
        "token": "x",
        "team_id": TEAM_ID,
        "api_app_id": "A111",
        "type": "event_callback",
        "event_id": "Ev2",
        "event_time": int(time.time()),
        "event": {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["UB111"]}},
    }
    envelope_id = await fake.send_envelope("events_api", payload)
    await fake.wait_until(lambda: envelope_id in fake.acks)
    deadline = time.monotonic() + 5
    while await core.store.subscriptions.get(channel) is not None:
        assert time.monotonic() < deadline, "workspace was not forgotten"
        await asyncio.sleep(0.05)


async def test_a_refresh_disconnect_reconnects_and_commands_keep_working(
    socket_env: tuple[FakeSlack, Core, SlackAdapter],
) -> None:
    fake, _, _ = socket_env
    opened = len(fake.calls_to("apps.connections.open"))
    await fake.disconnect_clients()
    await fake.wait_until(lambda: len(fake.calls_to("apps.connections.open")) > opened, timeout=10)
    await fake.wait_until(lambda: fake.socket_connected)
    assert "sitrep commands" in (await command(fake, "/sitrep", "help", "CSOCK5", MEMBER_USER))["text"]


class SlowCommands:
    """A core slower than the ack budget: the ack goes first, the answer via response_url."""

    async def handle(self, request: Request) -> Reply:
        await asyncio.sleep(0.3)
        return Reply("status", True, f"status of {request.channel.channel_id}")

    async def forget_server(self, platform: str, server_id: str) -> None:
        pass


async def test_slow_work_is_acked_first_then_answered_through_response_url(tmp_path: Path) -> None:
    fake = await FakeSlack().start()
    settings = slack_settings(tmp_path, fake, slack_app_token=fake.app_token)
    adapter = SlackAdapter(settings, SlowCommands(), ack_budget_seconds=0.05)
    await adapter.start()
    try:
        await fake.wait_until(lambda: fake.socket_connected)
        ack = await command(fake, "/sitrep", "status", "CSLOW")
        assert ack == {"text": "Working on it…", "response_type": "ephemeral"}
        await fake.wait_until(lambda: fake.responses)
        _, answer = fake.responses[0]
        assert answer["text"] == "status of CSLOW" and answer["response_type"] == "ephemeral"
    finally:
        await adapter.stop()
        await fake.close()
