"""Helpers for the Slack adapter tests: settings, the real core on SQLite, and requests that speak
to the adapter the way Slack does (signed HTTP requests)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
from slack_sdk.signature import SignatureVerifier

from adapters.slack_app import SlackAdapter
from bot.commands import CommandHandler
from bot.models import Event, Evidence, NewsItem
from bot.settings import Settings, load_settings
from bot.store import Store
from tests.fakes.slack_server import TEAM_ID, FakeSlack

SIGNING_SECRET = "test-signing-secret"
CHANNEL = "C111"
FEED_URL = "https://wire.example/feed.xml"


def keyword_classify(title: str, summary: str) -> Event:
    """A deterministic stand-in for the classifier: these tests are about Slack, not about
    classification quality, so they must not move when the taxonomy is tuned."""
    text = f"{title}\n{summary}"
    start = text.lower().find("airstrike")
    if start == -1:
        return Event()
    end = text.find("\n", start) if "\n" in text[start:] else len(text)
    return Event(
        types=("strike", "casualty"),
        severity=4,
        killed=5,
        actors=("US forces",),
        locations=("Iraq",),
        evidence=(Evidence("strike", text[start:end], start, end),),  # quotes the untrusted text
    )


def slack_settings(tmp_path: Path, fake: FakeSlack, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "db_url": f"sqlite+aiosqlite:///{tmp_path}/t.db",
        "feeds": [],
        "slack_bot_token": fake.bot_token,
        "slack_signing_secret": SIGNING_SECRET,
        "slack_api_url": fake.url,
    }
    values.update(overrides)
    return load_settings(**values)


@dataclass
class Core:
    settings: Settings
    store: Store
    commands: CommandHandler


async def open_core(settings: Settings) -> Core:
    store = await Store.open(settings.db_url)
    await store.feeds.sync_configured([(FEED_URL, "Test Wire", None, None)])
    return Core(settings, store, CommandHandler(store, settings, classify=keyword_classify))


def news_item(title: str, guid: str = "item-1", summary: str = "Officials said.") -> NewsItem:
    return NewsItem(
        guid=guid,
        url=f"https://wire.example/{guid}?a=1&b=2",
        title=title,
        summary=summary,
        # Recent: the pipeline never alerts items older than the retention window.
        published=datetime.now(UTC) - timedelta(hours=1),
        feed_url=FEED_URL,
        source="Test Wire",
    )


# ---- speaking to the adapter like Slack does ------------------------------------------------
def slash_payload(
    fake: FakeSlack, command: str, text: str, user_id: str, channel_id: str = CHANNEL, team_id: str = TEAM_ID
) -> dict[str, str]:
    return {
        "token": "deprecated-verification-token",
        "team_id": team_id,
        "team_domain": "fake",
        "channel_id": channel_id,
        "channel_name": "general",
        "user_id": user_id,
        "user_name": user_id.lower(),
        "command": command,
        "text": text,
        "api_app_id": "A111",
        "is_enterprise_install": "false",
        "response_url": fake.response_url(),
        "trigger_id": "111.222.abc",
    }


@dataclass
class HttpAnswer:
    status: int
    body: str
    seconds: float

    def json(self) -> dict[str, Any]:
        import json

        return json.loads(self.body)


async def post_signed(
    target: SlackAdapter | int,
    body: str,
    *,
    secret: str = SIGNING_SECRET,
    timestamp: int | None = None,
    content_type: str = "application/x-www-form-urlencoded",
) -> HttpAnswer:
    stamp = str(timestamp if timestamp is not None else int(time.time()))
    signature = SignatureVerifier(secret).generate_signature(timestamp=stamp, body=body)
    headers = {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": signature,
    }
    port = target if isinstance(target, int) else target.port
    started = time.monotonic()
    async with aiohttp.ClientSession() as session:
        async with session.post(
            f"http://127.0.0.1:{port}/slack/events", data=body.encode(), headers=headers
        ) as response:
            text = await response.text()
    return HttpAnswer(response.status, text, time.monotonic() - started)


async def slash(
    adapter: SlackAdapter | int,
    fake: FakeSlack,
    command: str,
    text: str = "",
    user_id: str = "UADMIN",
    **kw: Any,
) -> HttpAnswer:
    return await post_signed(adapter, urlencode(slash_payload(fake, command, text, user_id, **kw)))
