"""Feeds in, alerts out: the real fetcher, parser, classifier, store, outbox and console adapter
against a feed server on 127.0.0.1."""

from __future__ import annotations

import asyncio

from bot.models import CONSOLE_CHANNEL
from bot.settings import FeedConfig
from tests.fakes.feed_server import FeedServer

STRIKE = "US airstrikes kill 5 militants in Iraq"
ATTACK = "Militants attack army base in Mali, killing 12 soldiers"
QUIET = "Central bank leaves interest rates unchanged"


async def feed_id(runtime, url: str) -> int:  # type: ignore[no-untyped-def]
    feed = await runtime.store.feeds.by_url(url)
    assert feed is not None
    return feed.id


async def test_first_poll_records_then_new_items_alert_once(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    wire = feed_server.feed("wire")
    wire.add("old-1", "Rockets hit base near Baghdad, wounding 3")
    wire.add("old-2", QUIET)
    runtime, console = await console_runtime(make_settings(feeds=[{"url": feed_server.url("wire")}]))
    await runtime.prepare()
    fid = await feed_id(runtime, feed_server.url("wire"))

    first = await runtime.poll_feed(fid)
    assert first is not None and first.ok and first.new_items == 2
    assert console.alerts() == [], "a feed's first poll records what is there without alerting"

    wire.add("new-1", STRIKE)
    wire.add("new-2", QUIET)
    second = await runtime.poll_feed(fid)
    assert second is not None and second.new_items == 2
    alerts = console.alerts()
    assert [a["title"] for a in alerts] == [STRIKE]
    assert alerts[0]["source"] == "Loopback Wire" and alerts[0]["feed_url"] == feed_server.url("wire")
    assert "strike" in alerts[0]["types"] and alerts[0]["killed"] == 5

    third = await runtime.poll_feed(fid)
    assert third is not None and third.not_modified, "an unchanged feed answers 304 to our ETag"
    assert wire.not_modified_answers == 1
    wire.add("new-3", QUIET)  # the ETag changes, the old items come again
    await runtime.poll_feed(fid)
    assert len(console.alerts()) == 1, "re-polls never repeat an alert"


async def test_atom_feed_and_alert_newest_on_first_poll(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    atom = feed_server.feed("atom", atom=True, title="Atom Desk")
    atom.add("a1", ATTACK)
    atom.add("a2", STRIKE)
    settings = make_settings(feeds=[FeedConfig(url=feed_server.url("atom"), alert_newest=5).model_dump()])
    runtime, console = await console_runtime(settings)
    await runtime.prepare()
    await runtime.poll_feed(await feed_id(runtime, feed_server.url("atom")))
    assert sorted(a["title"] for a in console.alerts()) == sorted([ATTACK, STRIKE])
    assert {a["source"] for a in console.alerts()} == {"Atom Desk"}


async def two_polled_feeds(feed_server: FeedServer, make_settings, console_runtime, **settings):  # type: ignore[no-untyped-def]
    """Feeds "one" and "two", each polled once (recorded, nothing alerted); returns a function that
    polls both again, the runtime and the console."""
    one, two = feed_server.feed("one"), feed_server.feed("two")
    runtime, console = await console_runtime(
        make_settings(feeds=[{"url": feed_server.url("one")}, {"url": feed_server.url("two")}], **settings))
    await runtime.prepare()
    ids = [await feed_id(runtime, feed_server.url(name)) for name in ("one", "two")]

    async def poll_both() -> None:
        for fid in ids:
            await runtime.poll_feed(fid)

    await poll_both()
    return one, two, poll_both, runtime, console


async def test_same_story_from_two_feeds_alerts_once(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    one, two, poll_both, _, console = await two_polled_feeds(feed_server, make_settings, console_runtime)
    one.add("x1", STRIKE, link="https://news.example/story?utm_source=one")
    two.add("y9", STRIKE, link="https://NEWS.example/story?utm_campaign=two#top")
    await poll_both()
    assert len(console.alerts()) == 1, "the canonical URL makes both links one story"


async def test_restart_alerts_nothing_old_and_catches_up(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    wire = feed_server.feed("wire")
    wire.add("before", "Drone strike kills 2 in Syria")
    settings = make_settings(feeds=[{"url": feed_server.url("wire")}])
    runtime, console = await console_runtime(settings)
    await runtime.prepare()
    fid = await feed_id(runtime, feed_server.url("wire"))
    await runtime.poll_feed(fid)
    wire.add("live", STRIKE)
    await runtime.poll_feed(fid)
    assert [a["title"] for a in console.alerts()] == [STRIKE]
    await runtime.stop()

    wire.add("while-down", ATTACK)  # published while the bot was down
    runtime2, console2 = await console_runtime(settings)
    await runtime2.prepare()
    await runtime2.poll_feed(fid)
    assert [a["title"] for a in console2.alerts()] == [ATTACK]


async def test_the_scheduler_polls_and_delivers_on_its_own(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    wire = feed_server.feed("wire")
    settings = make_settings(feeds=[{"url": feed_server.url("wire"), "interval": 1}])
    runtime, console = await console_runtime(settings, start=True)
    for _ in range(50):
        if wire.requests >= 1:
            break
        await asyncio.sleep(0.1)
    await asyncio.sleep(0.3)  # let the first poll finish recording
    wire.add("sched-1", ATTACK)
    for _ in range(60):
        if console.alerts():
            break
        await asyncio.sleep(0.1)
    assert [a["title"] for a in console.alerts()] == [ATTACK]
    assert wire.requests >= 2


async def test_faulty_feeds_are_reported_and_never_stop_the_others(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    faults = {"e500": "500", "slow": "timeout", "broken": "malformed", "huge": "huge", "bomb": "gzip-bomb",
              "sneaky": f"redirect:{feed_server.url('inner', host='127.0.0.1')}"}
    for name, fault in faults.items():
        feed_server.feed(name, fault=fault)
    feed_server.feed("inner").add("secret", "internal only")
    good = feed_server.feed("good")
    # The guard is on; only the host name "localhost" is exempt, so the redirect to 127.0.0.1
    # must be refused even though both reach the same server.
    urls = {name: feed_server.url(name, host="localhost") for name in [*faults, "good"]}
    settings = make_settings(
        feeds=[{"url": url} for url in urls.values()], allow_private_feeds=False,
        private_feed_hosts=["localhost"], fetch_max_bytes=1_000_000, feed_failing_after=2,
    )
    runtime, console = await console_runtime(settings)
    await runtime.prepare()
    ids = {name: await feed_id(runtime, url) for name, url in urls.items()}
    for _ in range(2):
        for fid in ids.values():
            feed = await runtime.store.feeds.get(fid)
            await runtime.poller.poll(feed, force=True)  # type: ignore[arg-type]
    good.add("g1", STRIKE)
    await runtime.poll_feed(ids["good"])
    assert [a["title"] for a in console.alerts()] == [STRIKE]

    states = {name: await runtime.store.feeds.get(fid) for name, fid in ids.items()}
    assert states["good"].state == "ok"  # type: ignore[union-attr]
    for name in faults:
        assert states[name].state == "failing", name  # type: ignore[union-attr]
    errors = {name: states[name].last_error or "" for name in faults}  # type: ignore[union-attr]
    assert "HTTP 500" in errors["e500"]
    assert "timed out" in errors["slow"]
    assert "malformed" in errors["broken"]
    assert "larger than" in errors["huge"] and "larger than" in errors["bomb"]
    assert "non-public" in errors["sneaky"]
    assert feed_server.feeds["inner"].requests == 0, "the guard refused the redirect before connecting"

    status = (await runtime.commands.status(_request("status"), [])).text
    assert "6 failing" in status and "HTTP 500" in status and "non-public" in status


async def test_backoff_skips_a_failing_feed_until_its_retry_time(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    feed_server.feed("down", fault="500")
    runtime, _ = await console_runtime(make_settings(feeds=[{"url": feed_server.url("down")}], poll_seconds=60))
    await runtime.prepare()
    fid = await feed_id(runtime, feed_server.url("down"))
    await runtime.poll_feed(fid)
    outcome = await runtime.poll_feed(fid)
    assert outcome is not None and outcome.skipped
    assert feed_server.feeds["down"].requests == 1
    feed = await runtime.store.feeds.get(fid)
    assert feed is not None and feed.next_poll_at is not None and feed.last_poll_at is not None
    delay = (feed.next_poll_at - feed.last_poll_at).total_seconds()
    assert 54 <= delay <= 66, "first retry after one interval, with at most 10 % jitter"


async def test_mentions_in_feed_text_never_reach_the_output(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    wire = feed_server.feed("wire", title="@everyone Wire <!channel>")
    runtime, console = await console_runtime(make_settings(feeds=[{"url": feed_server.url("wire")}]))
    await runtime.prepare()
    fid = await feed_id(runtime, feed_server.url("wire"))
    await runtime.poll_feed(fid)
    wire.add("ping", "@everyone <!channel> @here <@123> <@&456> US airstrike kills 5 in Iraq",
             summary="<!here> militants attacked the base, killing 2 @everyone")
    await runtime.poll_feed(fid)
    (alert,) = console.alerts()
    text = console.out.getvalue()
    for needle in ("@everyone", "@here", "<!channel>", "<!here>", "<@123>", "<@&456>"):
        assert needle not in text
    assert "everyone" in alert["title"], "the words stay readable, only the ping is defused"


def _request(text: str):  # type: ignore[no-untyped-def]
    from bot.commands import Request

    return Request(channel=CONSOLE_CHANNEL, user_id="u", text=text)


async def test_items_older_than_retention_never_alert(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    wire = feed_server.feed("wire")
    runtime, console = await console_runtime(make_settings(feeds=[{"url": feed_server.url("wire")}], retention_days=30))
    await runtime.prepare()
    fid = await feed_id(runtime, feed_server.url("wire"))
    await runtime.poll_feed(fid)
    wire.add("ancient", STRIKE).published = datetime.now(UTC) - timedelta(days=40)
    wire.add("fresh", ATTACK)
    await runtime.poll_feed(fid)
    assert [a["title"] for a in console.alerts()] == [ATTACK], "a pruned item that reappears is not news"


WIRE = "Israeli strike on Gaza school kills 3, civil defence says"


async def test_a_wire_story_republished_by_another_feed_alerts_once(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    one, two, poll_both, runtime, console = await two_polled_feeds(feed_server, make_settings, console_runtime)
    one.add("a", WIRE, link="https://one.example/a")
    await poll_both()
    two.add("b", WIRE + " | Reuters", link="https://two.example/b")
    # a different event with a similar headline is news of its own; a toll that moved updates the story
    two.add("c", "Israeli strike kills 3 in Gaza city", link="https://two.example/c")
    two.add("d", "Israeli strike on Gaza school kills 12, civil defence says", link="https://two.example/d")
    await poll_both()
    titles = [a["title"] for a in console.alerts()]
    assert titles == [WIRE, "Israeli strike kills 3 in Gaza city"]
    [update] = [line for line in console.lines() if line["kind"] == "update"]
    assert update["story_id"] == console.alerts()[0]["story_id"]
    assert update["title"] == "Israeli strike on Gaza school kills 12, civil defence says"
    assert (update["killed"], update["previous"]["killed"]) == (12, 3)
    assert [s["url"] for s in update["sources"]] == [
        "https://one.example/a", "https://two.example/b", "https://two.example/d"]
    assert len(await runtime.store.items.latest(20)) == 4, "every copy is kept (its story's sources)"
    assert len(await runtime.store.stories.latest(20)) == 2


async def test_with_no_story_window_every_copy_alerts(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    one, two, poll_both, _, console = await two_polled_feeds(feed_server, make_settings, console_runtime,
                                                             story_window_hours=0)
    one.add("a", WIRE, link="https://one.example/a")
    two.add("b", WIRE + " | Reuters", link="https://two.example/b")
    await poll_both()
    assert len(console.alerts()) == 2
