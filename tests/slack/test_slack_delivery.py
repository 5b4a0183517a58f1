"""Delivery: outbox rows reach Slack through the real AsyncWebClient, escaped, exactly once."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest
from slack_sdk.errors import SlackApiError

from adapters.slack_app import SlackAdapter
from bot.delivery import ChannelBroken, Deliverer
from bot.models import Alert, ChannelRef
from bot.pipeline import Pipeline
from tests.deliveries import delivery
from tests.fakes.slack_server import TEAM_ID, FakeSlack
from tests.slack.slack_helpers import (
    CHANNEL,
    FEED_URL,
    Core,
    keyword_classify,
    news_item,
    open_core,
    slack_settings,
    slash,
)

THIS_CHANNEL = ChannelRef("slack", TEAM_ID, CHANNEL)
HOSTILE_TITLE = "US airstrikes kill 5 militants in Iraq <!channel> @here <@U123> <https://evil.example|click>"


def an_alert(title: str = HOSTILE_TITLE, summary: str = "Officials said & confirmed.") -> Alert:
    return Alert(
        item_id="42",
        title=title,
        summary=summary,
        url="https://wire.example/a?x=1&y=2",
        source="Test <!everyone> Wire",
        feed_url=FEED_URL,
        published=datetime(2026, 11, 25, 12, 0, tzinfo=UTC),
        event=keyword_classify(title, summary),
    )


def assert_cannot_ping(message: dict) -> None:
    """Nothing feed-controlled may form a Slack special: no raw "<!", "<@" or "<http"."""
    posted = json.dumps({"text": message["text"], "blocks": message["blocks"]}, ensure_ascii=False)
    assert "<!" not in posted and "<@" not in posted and "<https://evil" not in posted
    assert "&lt;!channel&gt;" in posted
    assert "@here" not in posted  # defused with a zero-width space


async def test_an_ingested_alert_reaches_the_subscribed_channel_once_escaped_and_survives_restart(
    tmp_path: Path, fake: FakeSlack, core: Core, http_bot: SlackAdapter
) -> None:
    assert (await slash(http_bot, fake, "/sitrep", "subscribe")).json()["text"].startswith("Subscribed")
    pipeline = Pipeline(core.store, core.settings, classify=keyword_classify)
    hostile = news_item(HOSTILE_TITLE)
    new_ids = await pipeline.ingest(FEED_URL, [hostile])
    assert len(new_ids) == 1

    assert await Deliverer(core.store, {"slack": http_bot}, core.settings).deliver_due() == 1
    [message] = fake.posted()
    assert message["channel"] == CHANNEL and message["unfurl_links"] is False
    assert_cannot_ping(message)
    header, section, context = message["blocks"]
    assert header["type"] == "header" and "Strike, Casualty" in header["text"]["text"]
    assert section["text"]["text"].startswith(
        "*<https://wire.example/item-1?a=1&amp;b=2|US airstrikes kill 5"
    )
    facts = " ".join(element["text"] for element in context["elements"])
    published = hostile.published.strftime("%Y-%m-%d %H:%M UTC")  # type: ignore[union-attr]
    for expected in ("Severity:* 4/5", "5 killed", "US forces", "Iraq", "Test Wire", published):
        assert expected in facts

    # restart: a new store connection, adapter and deliverer find nothing left to send
    await core.store.close()
    core.store = (await open_core(core.settings)).store
    restarted = SlackAdapter(core.settings, core.commands, host="127.0.0.1", port=0)
    assert await Deliverer(core.store, {"slack": restarted}, core.settings).deliver_due() == 0
    assert await pipeline.ingest(FEED_URL, [news_item(HOSTILE_TITLE)]) == []  # already seen
    assert len(fake.posted()) == 1


async def test_a_rate_limited_post_is_retried_by_slack_sdk(fake: FakeSlack, core: Core) -> None:
    adapter = SlackAdapter(core.settings, core.commands)
    fake.ratelimit["chat.postMessage"] = 1  # one 429 with Retry-After: 0, then success
    ts = await adapter.deliver(THIS_CHANNEL, an_alert(), delivery())
    assert ts and len(fake.posted()) == 2


async def test_too_many_429s_are_left_to_the_delivery_retry(fake: FakeSlack, core: Core) -> None:
    adapter = SlackAdapter(core.settings, core.commands, rate_limit_retries=1)
    fake.ratelimit["chat.postMessage"] = 2
    with pytest.raises(SlackApiError):
        await adapter.deliver(THIS_CHANNEL, an_alert(), delivery())


@pytest.mark.parametrize("error", ["is_archived", "channel_not_found", "not_in_channel"])
async def test_a_channel_that_cannot_receive_raises_channel_broken(
    fake: FakeSlack, core: Core, error: str
) -> None:
    fake.channel_errors[CHANNEL] = error
    with pytest.raises(ChannelBroken) as raised:
        await SlackAdapter(core.settings, core.commands).deliver(THIS_CHANNEL, an_alert(), delivery())
    assert raised.value.reason == error


async def test_other_slack_errors_are_retryable(fake: FakeSlack, core: Core) -> None:
    fake.channel_errors[CHANNEL] = "internal_error"
    with pytest.raises(SlackApiError):
        await SlackAdapter(core.settings, core.commands).deliver(THIS_CHANNEL, an_alert(), delivery())


async def test_an_archived_channel_marks_the_subscription_broken_in_status(
    fake: FakeSlack, core: Core, http_bot: SlackAdapter
) -> None:
    await slash(http_bot, fake, "/subscribe")
    await Pipeline(core.store, core.settings, classify=keyword_classify).ingest(
        FEED_URL, [news_item("US airstrike hits depot", "a"), news_item("Second airstrike reported", "b")]
    )
    fake.channel_errors[CHANNEL] = "is_archived"
    assert await Deliverer(core.store, {"slack": http_bot}, core.settings).deliver_due() == 0
    assert len(fake.posted()) == 1  # the second row is not tried against a broken channel
    subscription = await core.store.subscriptions.get(THIS_CHANNEL)
    assert subscription is not None and subscription.broken_reason == "is_archived"
    status = (await slash(http_bot, fake, "/sitrep", "status")).json()
    assert "BROKEN: is_archived" in status["text"]


async def test_long_feed_text_is_capped_to_slack_limits(fake: FakeSlack, core: Core) -> None:
    alert = an_alert(title="airstrike " + "T&" * 400, summary="S<" * 4000)
    await SlackAdapter(core.settings, core.commands).deliver(THIS_CHANNEL, alert, delivery())
    [message] = fake.posted()
    header, section, _ = message["blocks"]
    assert len(header["text"]["text"]) <= 150 and len(section["text"]["text"]) <= 3000
    assert section["text"]["text"].endswith("…")
    assert not section["text"]["text"][:-1].endswith(("&", "&l", "&lt"))  # no entity cut in half


# ---- multi-workspace (OAuth) ---------------------------------------------------------------
@pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")  # inside slack_sdk
async def test_multi_workspace_install_flow_commands_and_delivery_use_the_installed_token(
    tmp_path: Path, fake: FakeSlack
) -> None:
    settings = slack_settings(
        tmp_path, fake, slack_bot_token=None, slack_client_id="111.222", slack_client_secret="shh"
    )
    core = await open_core(settings)
    adapter = SlackAdapter(settings, core.commands, host="127.0.0.1", port=0)
    await adapter.start()
    base = f"http://127.0.0.1:{adapter.port}"
    try:
        async with aiohttp.ClientSession() as browser:
            async with browser.get(f"{base}/slack/install") as response:
                page = await response.text()
                # Bolt's state cookie is Secure; a browser on https would send it back, so do that
                state_cookie = response.headers["Set-Cookie"].split(";", 1)[0]
            assert response.status == 200
            assert "oauth/v2/authorize?" in page and "client_id=111.222" in page
            assert "scope=commands,chat:write,users:read,channels:history,groups:history" in page
            state = re.search(r"state=([\w-]+)", page)
            assert state is not None
            # Slack sends the admin back with a code; Bolt exchanges it through oauth.v2.access
            async with browser.get(
                f"{base}/slack/oauth_redirect",
                params={"code": "T222", "state": state.group(1)},
                headers={"Cookie": state_cookie},
            ) as response:
                assert response.status == 200, await response.text()
        assert fake.calls_to("oauth.v2.access")

        # the new workspace's commands are authorized from the installation store...
        reply = (await slash(adapter, fake, "/subscribe", "", team_id="T222", channel_id="C222")).json()
        assert reply["text"].startswith("Subscribed this channel")
        assert fake.calls_to("users.info")[-1].token == "xoxb-t222"
        # ...and its alerts go out with its own token
        await adapter.deliver(ChannelRef("slack", "T222", "C222"), an_alert(), delivery())
        assert fake.calls_to("chat.postMessage")[-1].token == "xoxb-t222"
        with pytest.raises(ChannelBroken):
            await adapter.deliver(ChannelRef("slack", "T999", "C9"), an_alert(), delivery())  # not installed there
    finally:
        await adapter.stop()
        await core.store.close()
