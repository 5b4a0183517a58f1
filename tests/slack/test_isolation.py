"""Tenant isolation through the real slack-bolt app in HTTP mode: two workspaces, each with its own
subscription, keywords and feed (set up by signed slash commands); what either workspace's
`status`, `feeds list`, `latest` and `keywords list` answer holds nothing of the other.
(tests/core/test_isolation.py runs the whole grammar at the core; this is the round trip.)"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from adapters.slack_app import SlackAdapter
from bot.commands import CommandHandler
from bot.ingest.parse import parse_feed
from bot.pipeline import Pipeline
from bot.store import Store
from tests.fakes import tenants
from tests.fakes.feed_server import FeedServer
from tests.fakes.slack_server import TEAM_ID, FakeSlack
from tests.slack.slack_helpers import keyword_classify, slack_settings, slash

#: team -> (channel, the code word in all of that workspace's data)
TEAMS = {TEAM_ID: ("C111", "numbat"), "T999": ("C999", "bilby")}


@pytest.fixture
async def world(fake: FakeSlack, tmp_path: Path) -> AsyncIterator[tuple[SlackAdapter, Store, FeedServer]]:
    settings = slack_settings(tmp_path, fake, feeds=[{"url": tenants.OPERATOR_FEED}])
    store = await tenants.store_with_operator_feed(settings)
    async with tenants.tenant_feeds([word for _, word in TEAMS.values()], settings) as (feeds, fetcher):
        commands = CommandHandler(store, settings, classify=keyword_classify, fetcher=fetcher)
        adapter = SlackAdapter(settings, commands, host="127.0.0.1", port=0)
        await adapter.start()
        yield adapter, store, feeds
        await adapter.stop()
    await store.close()


async def ask(adapter: SlackAdapter, fake: FakeSlack, team: str, command: str, text: str = "") -> str:
    channel, _ = TEAMS[team]
    answer = await slash(adapter, fake, command, text, user_id="UADMIN", team_id=team, channel_id=channel)
    assert answer.status == 200
    return answer.body.casefold()


async def test_two_workspaces_never_see_each_others_data(fake: FakeSlack, world: tuple[SlackAdapter, Store, FeedServer]) -> None:
    adapter, store, feeds = world
    pipeline = Pipeline(store, adapter.settings, classify=keyword_classify)
    for team, (_, word) in TEAMS.items():
        url = tenants.tenant_feed_url(word)
        assert "subscribed" in await ask(adapter, fake, team, "/subscribe", "min_severity:0")
        assert word in await ask(adapter, fake, team, "/keywords", f"add {word}")
        assert "added the feed" in await ask(adapter, fake, team, "/sitrep", f"feeds add {url}")
        await pipeline.ingest(url, parse_feed(feeds.feeds[tenants.tenant_feed_name(word)].render(), url).items)
    checked = 0
    for team, (_, word) in TEAMS.items():
        other = next(w for t, (_, w) in TEAMS.items() if t != team)
        for command, text in [("/sitrep", "status"), ("/sitrep", "feeds list"), ("/latest", ""),
                              ("/keywords", "list")]:
            answer = await ask(adapter, fake, team, command, text)
            checked += 1
            assert other not in answer and tenants.OPERATOR_KEY.casefold() not in answer, (team, command, text, answer)
            assert word in answer, (team, command, text, answer)  # each workspace does see its own data
    assert checked == 8
