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
    assert await store.digests.prune(later + timedelta(days=31)) == 2, "retention forgets the runs sent"
    assert await store.digests.pending(["console"]) == []
    await store.close()




def test_quiet_hours_cross_midnight_in_their_time_zone():
    from bot.digests import QuietHours, ScheduleError

    night = QuietHours(time(22, 0), time(7, 0), "Europe/Berlin", except_severity=5)
    at = datetime(2026, 1, 15, 22, 30, tzinfo=UTC)  # 23:30 in Berlin
    assert night.holds(at, 4) and not night.holds(at, 5)
    assert not night.holds(datetime(2026, 1, 15, 12, 0, tzinfo=UTC), 1)
    assert night.window_around(at) == (datetime(2026, 1, 15, 21, 0, tzinfo=UTC), datetime(2026, 1, 16, 6, 0, tzinfo=UTC))
    assert night.last_end(datetime(2026, 1, 16, 6, 0, tzinfo=UTC))[1] == datetime(2026, 1, 16, 6, 0, tzinfo=UTC)
    assert night.last_end(datetime(2026, 1, 16, 5, 59, tzinfo=UTC))[1] == datetime(2026, 1, 15, 6, 0, tzinfo=UTC)
    try:
        QuietHours(time(7, 0), time(7, 0))
    except ScheduleError as exc:
        assert "different times" in str(exc)
    else:
        raise AssertionError("an empty window was accepted")


async def test_quiet_hours_hold_alerts_and_release_them_as_one_digest(tmp_path: Path) -> None:
    from bot.delivery import Deliverer
    from bot.models import utcnow

    store, pipeline, settings = await open_core(f"sqlite+aiosqlite:///{tmp_path}/q.db", [CONSOLE_CHANNEL])
    handler = CommandHandler(store, settings)
    now = utcnow()
    window = f"{now - timedelta(hours=1):%H:%M}-{now + timedelta(hours=1):%H:%M}"
    reply = await handler.handle(Request(CONSOLE_CHANNEL, "u", f"quiet {window} except_severity:5", MANAGER))
    assert reply.ok and "alerts below severity 5 are held" in reply.text, reply.text
    for bad, message in (("quiet 22:00", "not a window"), ("quiet 22:00-22:00", "different times"),
                         ("quiet 22:00-07:00 except_severity:9", "from 1 to 6")):
        refused = await handler.handle(Request(CONSOLE_CHANNEL, "u", bad, MANAGER))
        assert not refused.ok and message in refused.text, bad
    out = io.StringIO()
    console = ConsoleAdapter(settings, None, jsonl=True, stdin=io.StringIO(""), stdout=out)  # type: ignore[arg-type]
    deliverer = Deliverer(store, {"console": console}, settings)
    for n in range(3):  # severity 3, 4, 4: held
        await tell(pipeline, n)
        await deliverer.deliver_due()
    assert out.getvalue() == ""
    await tell(pipeline, 3)  # severity 5: the exception comes at once
    await deliverer.deliver_due()
    [alert] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert alert["kind"] == "alert" and alert["severity"] == 5 and alert["killed"] == 21
    release = DigestSender(store, {"console": console}, settings, clock=lambda: now + timedelta(hours=2))
    assert await release.run() == 1 and await release.run() == 0
    digest = json.loads(out.getvalue().splitlines()[-1])
    assert digest["kind"] == "digest" and digest["held"] is True
    assert [s["story_id"] for s in digest["stories"]] == ["1"]
    assert "quiet" in (await handler.handle(Request(CONSOLE_CHANNEL, "u", "quiet off", MANAGER))).text.lower()
    await store.close()


async def test_status_shows_the_channels_digest_and_quiet_hours(tmp_path: Path) -> None:
    store, _, settings = await open_core(f"sqlite+aiosqlite:///{tmp_path}/s.db", [CONSOLE_CHANNEL])
    handler = CommandHandler(store, settings, clock=lambda: T0)

    async def run(text: str) -> str:
        reply = await handler.handle(Request(CONSOLE_CHANNEL, "u", text, MANAGER))
        assert reply.ok, reply.text
        return reply.text

    before = await run("status")
    assert "Digest:" not in before and "Quiet hours:" not in before
    await run("digest daily 07:30 tz:Europe/Berlin min_severity:3")
    await run("quiet 22:00-07:00 tz:Europe/Berlin except_severity:5")
    status = await handler.handle(Request(CONSOLE_CHANNEL, "u", "status", frozenset()))
    assert "Digest: every day at 07:30 Europe/Berlin, stories of severity >= 3" in status.text
    assert "Quiet hours: 22:00-07:00 Europe/Berlin: alerts below severity 5 are held" in status.text
    shown = status.status.to_json_dict()  # type: ignore[union-attr]
    assert shown["digest"] == {"period": "daily", "at": "07:30", "tz": "Europe/Berlin", "min_severity": 3}
    assert shown["quiet"] == {"start": "22:00", "end": "07:00", "tz": "Europe/Berlin", "except_severity": 5}
    await run("digest off")
    await run("quiet off")
    assert "Digest:" not in await run("status")
    await store.close()
