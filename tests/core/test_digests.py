"""Digests: when they are due (time zones, hourly), the `digest` command, and the job that sends
each due digest once, also one that fell due while the bot was down."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from adapters.console import ConsoleAdapter
from bot.commands import CommandHandler, Request
from bot.digest_delivery import DigestSender
from bot.digests import DigestSchedule, group_by_place
from bot.models import CONSOLE_CHANNEL, Alert, Event
from tests.story_scenario import T0, TOLD, open_core, tell

MANAGER = frozenset({"manage_server"})


def test_a_daily_digest_is_due_at_local_time_and_an_hourly_one_on_the_hour():
    berlin = DigestSchedule("daily", time(8, 0), "Europe/Berlin")
    winter = datetime(2026, 1, 15, 7, 30, tzinfo=UTC)  # 08:30 in Berlin (UTC+1)
    assert berlin.last_due(winter) == datetime(2026, 1, 15, 7, 0, tzinfo=UTC)
    summer = datetime(2026, 7, 15, 5, 59, tzinfo=UTC)  # 07:59 in Berlin (UTC+2): not yet today
    assert berlin.last_due(summer) == datetime(2026, 7, 14, 6, 0, tzinfo=UTC)
    assert DigestSchedule("hourly").last_due(winter) == datetime(2026, 1, 15, 7, 0, tzinfo=UTC)


def test_stories_group_by_place_most_severe_first():
    def story(title: str, severity: int, place: str | None) -> Alert:
        event = Event(types=("strike",), severity=severity, locations=(place,) if place else ())
        return Alert("1", title, "", "https://x.example", "Wire", "https://x.example/rss", T0, event)

    grouped = group_by_place([story("a", 2, "Gaza"), story("b", 5, "Kharkiv"), story("c", 4, "Gaza"), story("d", 3, None)])
    assert [(place, [s.title for s in stories]) for place, stories in grouped] == [
        ("Kharkiv", ["b"]), ("Gaza", ["c", "a"]), ("Elsewhere", ["d"])]


async def test_the_digest_command_sets_shows_and_clears(tmp_path: Path) -> None:
    store, _, settings = await open_core(f"sqlite+aiosqlite:///{tmp_path}/d.db", [CONSOLE_CHANNEL])
    handler = CommandHandler(store, settings, clock=lambda: T0)

    async def run(text: str, permissions: frozenset[str] = MANAGER):  # type: ignore[no-untyped-def]
        return await handler.handle(Request(CONSOLE_CHANNEL, "u", text, permissions))

    reply = await run("digest daily 07:30 tz:Europe/Berlin min_severity:3")
    assert reply.ok and "every day at 07:30 Europe/Berlin, stories of severity >= 3" in reply.text
    assert await store.digests.get(CONSOLE_CHANNEL) == DigestSchedule("daily", time(7, 30), "Europe/Berlin", 3)
    assert "every day at 07:30" in (await run("digest", frozenset())).text
    for bad, message in (("digest daily 25:00", "not a time of day"), ("digest daily 08:00 tz:Mars/Olympus", "Unknown time zone"),
                         ("digest weekly", "Unknown digest"), ("digest hourly min_severity:9", "from 0 to 5"),
                         ("digest daily 08:00 loudly", "Unexpected 'loudly'")):
        refused = await run(bad)
        assert not refused.ok and message in refused.text, bad
    assert not (await run("digest hourly", frozenset())).ok, "only managers"
    assert (await store.digests.get(CONSOLE_CHANNEL)).min_severity == 3  # type: ignore[union-attr]
    assert (await run("digest off")).text == "Digest off."
    assert await store.digests.get(CONSOLE_CHANNEL) is None
    await store.close()


async def test_a_digest_is_sent_once_when_due_and_once_after_a_restart_that_missed_it(tmp_path: Path) -> None:
    store, pipeline, settings = await open_core(f"sqlite+aiosqlite:///{tmp_path}/d.db", [CONSOLE_CHANNEL])
    for n in range(len(TOLD)):
        await tell(pipeline, n)
    out = io.StringIO()
    console = ConsoleAdapter(settings, None, jsonl=True, stdin=io.StringIO(""), stdout=out)  # type: ignore[arg-type]
    hour = T0.replace(minute=0)  # the story is told from T0 to T0 + 90 min
    await store.digests.set(CONSOLE_CHANNEL, DigestSchedule("hourly", min_severity=2), hour - timedelta(minutes=30))

    def sender(now: datetime) -> DigestSender:  # a fresh one is a restarted process
        return DigestSender(store, {"console": console}, settings, clock=lambda: now)

    assert await sender(hour + timedelta(minutes=1)).run() == 1  # the hour that just ended: empty
    assert await sender(hour + timedelta(minutes=1)).run() == 0
    # Down for the next three hours: the hours missed make one digest, sent once on start.
    later = hour + timedelta(hours=3, minutes=5)
    assert await sender(later).run() == 1
    assert await sender(later).run() == 0
    digests = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [d["kind"] for d in digests] == ["digest", "digest"]
    assert digests[0]["stories"] == []
    [story] = digests[1]["stories"]
    assert story["killed"] == 21 and story["story_id"] == "1"
    assert digests[1]["period_start"] == hour.isoformat().replace("+00:00", "Z")
    assert digests[1]["period_end"] == (hour + timedelta(hours=3)).isoformat().replace("+00:00", "Z")
    await store.close()


