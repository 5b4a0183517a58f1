"""The kill loop with stories on: a real `sitrep run` process (real discord.py and slack-bolt
adapters on their loopback fakes) follows two stories whose later items edit the channel's message,
and is killed with SIGKILL just after a post, just after an edit, and at a random moment, then
restarted on the same database. Afterwards each story was posted once per channel (counted at the
fakes), and each channel's message shows the story's final facts.

The other kill loop (tests/test_kill_loop.py) runs with every item its own story."""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.classify import classify
from bot.models import ChannelRef, Subscription
from bot.store import Store
from bot.stories import Report, StoryRule, broad_places
from tests.fakes.discord_server import CHANNEL_ID, GUILD_ID, FakeDiscord
from tests.fakes.feed_server import FeedEntry
from tests.fakes.slack_server import TEAM_ID, FakeSlack
from tests.kill_loop import SLACK_CHANNEL, Bot, bot_environment, free_port, loopback

#: (story, headline) in the order the feed publishes them: the Kharkiv toll rises twice (and its
#: severity from 4 to 5), the Odesa one once.
TOLD = (
    ("kharkiv", "Russian missile strike on Kharkiv apartment block kills at least 5"),
    ("odesa", "Missile strike hits Odesa port, 3 killed"),
    ("kharkiv", "Death toll from Kharkiv apartment block missile strike rises to 12"),
    ("odesa", "Death toll from Odesa port missile strike rises to 7"),
    ("kharkiv", "Death toll from Kharkiv apartment block missile strike rises to 21, dozens injured"),
)
#: What each story's message must show at the end, and the link of its first item (every message
#: of a story carries it among its sources).
FINAL_TOLL = {"kharkiv": "21", "odesa": "7"}
FIRST_LINK = {"kharkiv": "https://news.example/s/1", "odesa": "https://news.example/s/2"}
#: Where each run is killed, in turn.
KILL_POINTS = ("just after a post", "just after an edit", "any moment")
CATCH_UP_SECONDS = 40.0


def test_the_items_tell_two_stories_by_the_rule_the_bot_runs() -> None:
    """The scenario means what the test below assumes: the classifier and the story rule join the
    Kharkiv items into one story and the Odesa items into another."""
    rule = StoryRule(broad_places=broad_places())
    now = datetime.now(UTC)
    reports = [(story, Report(title, "", now + timedelta(minutes=n), classify(title, ""))) for n, (story, title) in enumerate(TOLD)]
    for n, (story, later) in enumerate(reports):
        for other, earlier in reports[:n]:
            assert rule.compare(earlier, later).joins == (story == other), (earlier.title, later.title)


def _texts(discord: FakeDiscord, slack: FakeSlack) -> dict[str, list[str]]:
    """The current text of every top-level message at each fake (follow-ups left out)."""
    return {
        "discord": [json.dumps(body) for channel, body in discord.messages.values()
                    if channel == CHANNEL_ID and "message_reference" not in body],
        "slack": [json.dumps(message) for message in slack.created(SLACK_CHANNEL) if "thread_ts" not in message],
    }


def _story_of(text: str) -> str | None:
    return next((story for story, link in FIRST_LINK.items() if link in text), None)


#: How each platform's message shows a toll: Discord's embed field, Slack's context line.
SHOWS_TOLL = {"discord": '"name": "Killed", "value": "{toll}, up from', "slack": "*Casualties:* {toll} killed, up from"}


def _final(discord: FakeDiscord, slack: FakeSlack) -> bool:
    """Whether every channel has a message for each story that shows its final toll."""
    for platform, texts in _texts(discord, slack).items():
        shown = {_story_of(text): text for text in texts}
        if any(story not in shown or SHOWS_TOLL[platform].format(toll=toll) not in shown[story]
               for story, toll in FINAL_TOLL.items()):
            return False
    return True


async def test_kill_minus_nine_with_stories_on_posts_each_story_once_and_shows_its_final_facts(tmp_path: Path) -> None:
    rng = random.Random(10)
    db_url = f"sqlite+aiosqlite:///{tmp_path}/stories.db"
    store = await Store.open(db_url)
    for channel in (ChannelRef("discord", GUILD_ID, CHANNEL_ID), ChannelRef("slack", TEAM_ID, SLACK_CHANNEL)):
        await store.subscriptions.upsert(Subscription(channel))
    await store.close()
    async with loopback() as (discord, slack, feeds):
        entries = feeds.feed("wire").entries
        env = {**bot_environment(db_url, feeds.url("wire"), discord, slack, free_port()), "SITREP_STORY_WINDOW_HOURS": "24"}
        bots: list[Bot] = []

        async def spawn() -> Bot:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", env=env, cwd=tmp_path, stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
            )
            bots.append(Bot(process, time.monotonic()))
            return bots[-1]

        def activity() -> int:
            return len(discord.posted) + len(discord.edits) + len(slack.created()) + len(slack.calls_to("chat.update"))

        for n, (_, title) in enumerate(TOLD, start=1):
            entries.append(FeedEntry(f"s-{n}", title, "", f"https://news.example/s/{n}"))
            bot = await spawn()
            assert await bot.wait_for_line("runtime.started", timeout=30), "".join(bot.lines)[-3000:]
            point = KILL_POINTS[n % len(KILL_POINTS)]
            if point == "any moment":
                await asyncio.sleep(rng.uniform(0.2, 2.0))
            else:
                edits = (lambda: len(discord.edits) + len(slack.calls_to("chat.update"))) if "edit" in point else (
                    lambda: len(discord.posted) + len(slack.created()))
                before, deadline = edits(), time.monotonic() + 10
                while edits() == before and time.monotonic() < deadline:
                    await asyncio.sleep(0.005)
            await bot.kill()
        # The last run: nothing new arrives; it must bring every channel to the final facts.
        bot = await spawn()
        # (a SIGTERM that lands before the interpreter has even imported the bot kills it with the
        # default action: on a loaded machine the catch-up below can be over before that)
        assert await bot.wait_for_line("runtime.started", timeout=30), "".join(bot.lines)[-3000:]
        deadline = time.monotonic() + CATCH_UP_SECONDS
        while time.monotonic() < deadline and not _final(discord, slack):
            await asyncio.sleep(0.2)
        settled = activity()
        await asyncio.sleep(2.0)  # a repeat, if there were one, would arrive now
        assert await bot.stop() == 0, "".join(bot.lines)[-3000:]
        assert activity() == settled, "nothing more to send once the final facts are shown"

        texts = _texts(discord, slack)
        for platform, posted in texts.items():
            per_story = Counter(_story_of(text) for text in posted)
            assert per_story == Counter({"kharkiv": 1, "odesa": 1}), (platform, per_story, posted)
        assert _final(discord, slack), texts
        # The jump to severity 5 notifies once per channel: a reply on Discord, a thread reply on Slack.
        replies = [m for m in discord.delivered(CHANNEL_ID) if "message_reference" in m.body]
        threaded = [m for m in slack.created(SLACK_CHANNEL) if "thread_ts" in m]
        assert (len(replies), len(threaded)) == (1, 1), ([m.body for m in replies], threaded)
        assert discord.refusals == []
