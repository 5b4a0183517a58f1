"""HTTP mode: signed slash commands reach the real core through the real slack-bolt AsyncApp."""

from __future__ import annotations

import json
import time
from urllib.parse import urlencode

import aiohttp
import pytest
from pydantic import SecretStr

from adapters.slack_app import SlackAdapter, SlackConfigError
from bot.commands import Reply, Request
from bot.models import ChannelRef
from bot.pipeline import Pipeline
from tests.fakes.slack_server import MEMBER_USER, OWNER_USER, TEAM_ID, FakeSlack
from tests.slack.slack_helpers import (
    CHANNEL,
    FEED_URL,
    SIGNING_SECRET,
    Core,
    keyword_classify,
    news_item,
    post_signed,
    slash,
    slash_payload,
)

THIS_CHANNEL = ChannelRef("slack", TEAM_ID, CHANNEL)


async def test_subscribe_by_an_admin_is_stored_and_answered_ephemerally_in_the_ack(
    http_bot: SlackAdapter, fake: FakeSlack, core: Core
) -> None:
    answer = await slash(http_bot, fake, "/sitrep", "subscribe strike min_severity:3")
    assert answer.status == 200
    assert answer.seconds < 3.0  # Slack's ack deadline
    reply = answer.json()
    assert reply["response_type"] == "ephemeral"
    assert reply["text"].startswith("Subscribed this channel: strike at severity &gt;= 3.")
    subscription = await core.store.subscriptions.get(THIS_CHANNEL)
    assert subscription is not None and subscription.types == ("strike",) and subscription.min_severity == 3
    assert [call.args["user"] for call in fake.calls_to("users.info")] == ["UADMIN"]


async def test_every_alias_reaches_the_same_core_command(
    http_bot: SlackAdapter, fake: FakeSlack, core: Core
) -> None:
    subscribed = (await slash(http_bot, fake, "/subscribe", "attack", user_id=OWNER_USER)).json()
    assert subscribed["text"].startswith("Subscribed this channel: attack")
    listed = (await slash(http_bot, fake, "/keywords", 'add "drone strike"')).json()
    assert "drone strike" in listed["text"]
    assert (await core.store.servers.settings("slack", TEAM_ID)).include_keywords == ("drone strike",)
    latest = (await slash(http_bot, fake, "/latest", "3 strike", user_id=MEMBER_USER)).json()
    assert latest["text"] == "No strike escalation items yet."
    unsubscribed = (await slash(http_bot, fake, "/unsubscribe")).json()
    assert unsubscribed["text"].startswith("Unsubscribed")
    assert await core.store.subscriptions.get(THIS_CHANNEL) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("help", "sitrep commands"),
        ("", "sitrep commands"),  # a bare /sitrep shows the help
        ("status", ""),
        ("latest", "No escalation items yet."),
        ("keywords list", ""),
        ("feeds list", ""),
        ("classify US airstrike on a depot", "strike"),
        ("mute 2h", "not subscribed"),
        ("unmute", "not subscribed"),
        ("frobnicate", "Unknown command 'frobnicate'"),
    ],
)
async def test_every_sitrep_row_is_answered_within_the_ack_deadline(
    http_bot: SlackAdapter, fake: FakeSlack, line: str, expected: str
) -> None:
    answer = await slash(http_bot, fake, "/sitrep", line)
    assert answer.status == 200 and answer.seconds < 3.0
    reply = answer.json()
    assert reply["response_type"] in ("ephemeral", "in_channel")
    assert expected in reply["text"]
    assert reply["blocks"], "every reply carries Block Kit"


async def test_classify_shows_the_verdict_and_its_evidence(http_bot: SlackAdapter, fake: FakeSlack) -> None:
    reply = (await slash(http_bot, fake, "/sitrep", "classify US airstrike <@U999> on a depot")).json()
    rendered = json.dumps(reply["blocks"])
    assert "Evidence" in rendered and "airstrike" in rendered
    assert "<@U999>" not in rendered and "&lt;@U999&gt;" in rendered


async def test_a_member_is_refused_manager_commands(
    http_bot: SlackAdapter, fake: FakeSlack, core: Core
) -> None:
    for command, text in [("/sitrep", "subscribe"), ("/subscribe", ""), ("/keywords", "add war")]:
        reply = (await slash(http_bot, fake, command, text, user_id=MEMBER_USER)).json()
        assert reply["response_type"] == "ephemeral"
        assert "workspace admins" in reply["text"]
    assert await core.store.subscriptions.get(THIS_CHANNEL) is None
    assert (await core.store.servers.settings("slack", TEAM_ID)).include_keywords == ()
    # users.info is asked once and then cached, not on every command
    assert len(fake.calls_to("users.info")) == 1


async def test_an_allow_listed_member_may_manage(fake: FakeSlack, core: Core) -> None:
    settings = core.settings.model_copy(update={"slack_managers": [MEMBER_USER]})
    adapter = SlackAdapter(settings, core.commands, host="127.0.0.1", port=0)
    await adapter.start()
    try:
        reply = (await slash(adapter, fake, "/subscribe", "", user_id=MEMBER_USER)).json()
    finally:
        await adapter.stop()
    assert reply["text"].startswith("Subscribed this channel")
    assert fake.calls_to("users.info") == []  # the allow-list needs no lookup


@pytest.mark.parametrize(("secret", "age"), [("wrong-secret", 0), (SIGNING_SECRET, 301)])
async def test_bad_signature_or_stale_timestamp_is_refused_with_401(
    http_bot: SlackAdapter, fake: FakeSlack, core: Core, secret: str, age: int
) -> None:
    body = urlencode(slash_payload(fake, "/subscribe", "", "UADMIN"))
    answer = await post_signed(http_bot, body, secret=secret, timestamp=int(time.time()) - age)
    assert answer.status == 401
    assert await core.store.subscriptions.get(THIS_CHANNEL) is None
    assert fake.calls_to("users.info") == []  # no listener ran


async def test_health_readiness_and_metrics_share_the_events_port(http_bot: SlackAdapter) -> None:
    base = f"http://127.0.0.1:{http_bot.port}"
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{base}/healthz") as response:
            assert response.status == 200
        async with session.get(f"{base}/readyz") as response:
            assert response.status == 200 and (await response.json())["ready"] is True
        async with session.get(f"{base}/metrics") as response:
            assert response.status == 200 and "sitrep_delivery_queue_depth" in await response.text()
    await http_bot.stop()
    assert not http_bot.is_connected


class SlowCommands:
    """A core that takes longer than the ack budget, to show the ack-then-respond path."""

    def __init__(self, delay: float) -> None:
        self.delay = delay

    async def handle(self, request: Request) -> Reply:
        import asyncio

        await asyncio.sleep(self.delay)
        return Reply("latest", True, "slow <!here> answer", public=True)

    async def forget_server(self, platform: str, server_id: str) -> None:
        pass


async def test_slow_work_is_acked_at_once_and_answered_through_response_url(
    fake: FakeSlack, core: Core
) -> None:
    adapter = SlackAdapter(
        core.settings, SlowCommands(0.5), host="127.0.0.1", port=0, ack_budget_seconds=0.05
    )
    await adapter.start()
    try:
        answer = await slash(adapter, fake, "/latest")
        assert answer.status == 200 and answer.seconds < 0.5
        assert answer.json()["response_type"] == "ephemeral"  # "working on it" only to the caller
        await fake.wait_until(lambda: fake.responses)
    finally:
        await adapter.stop()
    _, posted = fake.responses[0]
    assert posted["response_type"] == "in_channel"
    assert posted["text"] == "slow &lt;!here&gt; answer"


async def test_app_uninstalled_forgets_the_workspace(
    http_bot: SlackAdapter, fake: FakeSlack, core: Core
) -> None:
    await slash(http_bot, fake, "/subscribe")
    await slash(http_bot, fake, "/keywords", "add war")
    event = {
        "token": "x",
        "team_id": TEAM_ID,
        "api_app_id": "A111",
        "type": "event_callback",
        "event_id": "Ev1",
        "event_time": int(time.time()),
        "event": {"type": "app_uninstalled"},
    }
    answer = await post_signed(http_bot, json.dumps(event), content_type="application/json")
    assert answer.status == 200

    async def forgotten() -> bool:
        return await core.store.subscriptions.get(THIS_CHANNEL) is None

    deadline = time.monotonic() + 5
    while not await forgotten():
        assert time.monotonic() < deadline, "workspace was not forgotten"
        import asyncio

        await asyncio.sleep(0.05)
    assert (await core.store.servers.settings("slack", TEAM_ID)).include_keywords == ()


def test_http_mode_without_a_signing_secret_refuses_to_start(core: Core) -> None:
    settings = core.settings.model_copy(update={"slack_signing_secret": None})
    with pytest.raises(SlackConfigError, match="SLACK_SIGNING_SECRET"):
        SlackAdapter(settings, core.commands)


async def test_latest_lists_items_compactly_and_escaped(
    http_bot: SlackAdapter, fake: FakeSlack, core: Core
) -> None:
    await Pipeline(core.store, core.settings, classify=keyword_classify).ingest(
        FEED_URL, [news_item("Airstrike <!channel> on depot", "a"), news_item("Another airstrike", "b")]
    )
    reply = (await slash(http_bot, fake, "/latest", "5", user_id=MEMBER_USER)).json()
    rendered = json.dumps(reply["blocks"], ensure_ascii=False)
    assert "<!" not in rendered and "&lt;!channel&gt;" in rendered
    titles = [b["text"]["text"] for b in reply["blocks"] if b["type"] == "section"][1:]
    assert len(titles) == 2 and all(t.startswith("*<https://wire.example/") for t in titles)


async def test_event_subscription_url_verification_is_answered(http_bot: SlackAdapter) -> None:
    body = json.dumps({"token": "x", "challenge": "c-123", "type": "url_verification"})
    answer = await post_signed(http_bot, body, content_type="application/json")
    assert answer.status == 200 and "c-123" in answer.body


async def test_a_rejected_bot_token_stops_start_up_with_a_clear_message(fake: FakeSlack, core: Core) -> None:
    settings = core.settings.model_copy(update={"slack_bot_token": SecretStr("xoxb-wrong")})
    adapter = SlackAdapter(settings, core.commands, host="127.0.0.1", port=0)
    with pytest.raises(SlackConfigError, match=r"SLACK_BOT_TOKEN \(invalid_auth\)") as raised:
        await adapter.start()
    assert "xoxb-wrong" not in str(raised.value)  # secrets never appear in messages


async def test_without_users_read_nobody_is_taken_for_an_admin(
    http_bot: SlackAdapter, fake: FakeSlack, core: Core
) -> None:
    fake.users_info_error = "missing_scope"
    reply = (await slash(http_bot, fake, "/subscribe")).json()
    assert "workspace admins" in reply["text"]
    assert await core.store.subscriptions.get(THIS_CHANNEL) is None
