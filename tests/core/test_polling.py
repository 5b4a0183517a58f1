"""Shared polling: feed leases in the store, the claim loop, back-off timing, honest status,
and the work a poll skips (unchanged bodies, entries seen before, entries past the cap)."""

from __future__ import annotations

import asyncio
import os
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.instance import Instance
from bot.models import CONSOLE_CHANNEL
from bot.status import status_text
from bot.store import Store
from bot.store.feeds import PollSuccess
from bot.store.schema import FeedRow
from tests.fakes.feed_server import FeedServer

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
LEASE = timedelta(seconds=30)
INTERVAL = timedelta(minutes=2)
STRIKE = "US air strike kills 4 militants in Iraq"


async def configured(store: Store, count: int) -> list[int]:
    await store.feeds.sync_configured((f"https://f{n}.example/rss", None, None, None) for n in range(count))
    return [feed.id for feed in await store.feeds.active()]


async def test_instances_never_claim_the_same_feed_and_take_over_a_dead_ones_feeds(store: Store) -> None:
    ids = await configured(store, 10)
    first = await store.feeds.claim_due("a", T0, LEASE, interval=INTERVAL, limit=4)
    second = await store.feeds.claim_due("b", T0, LEASE, interval=INTERVAL, limit=100)
    assert len(first) == 4 and len(second) == 6
    assert {f.id for f in first} | {f.id for f in second} == set(ids), "every due feed claimed once"
    assert await store.feeds.claim_due("c", T0 + LEASE / 2, LEASE, interval=INTERVAL, limit=100) == [], "leases hold"
    # "b" records its polls (which releases them); "a" dies holding its four.
    for feed in second:  # (its polls finished a little after the claim)
        await store.feeds.record_success(feed.id, at=T0, next_poll_at=T0 + INTERVAL + timedelta(seconds=5),
                                         etag=None, last_modified=None, title=None)
    # "a" may have fetched its four before it died: they are due one interval after the claim, not
    # when the lease ends, so no feed is polled twice in one interval.
    assert await store.feeds.claim_due("c", T0 + LEASE + timedelta(seconds=1), LEASE, interval=INTERVAL, limit=100) == []
    assert await store.feeds.next_due_at(T0 + LEASE) == T0 + INTERVAL
    taken = await store.feeds.claim_due("c", T0 + INTERVAL, LEASE, interval=INTERVAL, limit=100)
    assert {f.id for f in taken} == {f.id for f in first}, "a dead instance's feeds are taken over when due"


async def test_finished_polls_are_recorded_with_the_next_claim(store: Store) -> None:
    ids = await configured(store, 4)
    held = await store.feeds.claim_due("a", T0, LEASE, interval=INTERVAL, limit=3)
    later = T0 + timedelta(seconds=5)
    done = [PollSuccess(feed.id, later, later + timedelta(minutes=2), f'"e{feed.id}"', None, "Wire", "h1")
            for feed in held[:2]]
    # One transaction records the two polls (releasing their leases) and claims what is due.
    (rest,) = await store.feeds.claim_due("a", later, LEASE, interval=INTERVAL, limit=10, finished=done)
    assert rest.id == (set(ids) - {f.id for f in held}).pop()
    states = {feed.id: feed for feed in await store.feeds.active()}
    for success in done:
        state = states[success.feed_id]
        assert (state.state, state.etag, state.title, state.body_hash) == ("ok", success.etag, "Wire", "h1")
        assert state.next_poll_at == later + timedelta(minutes=2)
    # A 304 (no title, no body) keeps the title and the body's hash; no free worker: only recorded.
    again = T0 + timedelta(minutes=3)
    taken = await store.feeds.claim_due("b", again, LEASE, interval=INTERVAL, limit=10)
    assert {f.id for f in taken} >= {s.feed_id for s in done}, "their leases were released"
    assert await store.feeds.claim_due("b", again, LEASE, interval=INTERVAL, limit=0, finished=[
        PollSuccess(done[0].feed_id, again, again + timedelta(minutes=2), '"e2"', None)]) == []
    kept = next(feed for feed in await store.feeds.active() if feed.id == done[0].feed_id)
    assert (kept.title, kept.body_hash, kept.etag, kept.last_poll_at) == ("Wire", "h1", '"e2"', again)
    assert held[2].id not in {f.id for f in await store.feeds.claim_due("c", later, LEASE, interval=INTERVAL, limit=10)}, (
        "the third is still a's"
    )


async def test_a_stop_records_finished_polls_and_releases_the_feeds_still_being_polled(  # type: ignore[no-untyped-def]
    feed_server: FeedServer, make_settings, console_runtime
) -> None:
    feed_server.feed("quick").add("q1", "Markets calm")
    feed_server.feed("slow", fault="timeout").add("s1", "Markets calm")
    settings = make_settings(feeds=[{"url": feed_server.url("quick")}, {"url": feed_server.url("slow")}],
                             fetch_timeout_seconds=20, instance_id="stopping")
    runtime, _ = await console_runtime(settings, start=True)
    deadline = time.monotonic() + 10
    while not (feed_server.feeds["quick"].requests and feed_server.feeds["slow"].requests):
        assert time.monotonic() < deadline, "both feeds polled"
        await asyncio.sleep(0.05)
    await runtime.stop()  # the slow feed's poll is still waiting for its answer
    store = await Store.open(settings.db_url)
    async with store.engine.connect() as conn:
        rows = dict((await conn.execute(select(FeedRow.url, FeedRow.lease_owner))).all())
    states = {feed.url: feed.state for feed in await store.feeds.active()}
    await store.close()
    assert rows == {feed_server.url("quick"): None, feed_server.url("slow"): None}, "no lease left behind"
    assert states[feed_server.url("quick")] == "ok"


async def test_a_feed_due_again_goes_before_feeds_never_polled(store: Store) -> None:
    await configured(store, 3)
    (first,) = await store.feeds.claim_due("a", T0, LEASE, interval=INTERVAL, limit=1)
    await store.feeds.record_success(first.id, at=T0, next_poll_at=T0 + timedelta(minutes=2), etag=None,
                                     last_modified=None, title=None)
    later = T0 + timedelta(minutes=3)  # the two others were never polled (a long first cycle)
    (again,) = await store.feeds.claim_due("a", later, LEASE, interval=INTERVAL, limit=1)
    assert again.id == first.id, "overdue for a minute: before the first polls, which only record"


async def test_a_restarted_instance_takes_its_own_feeds_back_when_due(store: Store) -> None:
    await configured(store, 3)
    dead_pid = 4_000_000  # above Linux's pid_max: no process has it
    earlier = Instance("worker-1", dead_pid, "aaaa")
    sibling = Instance("worker-1", os.getpid(), "bbbb")  # same name, alive: its leases stay
    long_lease = 3 * INTERVAL  # (a lease longer than the interval: without a reclaim, due feeds would wait for it)
    held = await store.feeds.claim_due(earlier.id, T0, long_lease, interval=INTERVAL, limit=2)
    kept = await store.feeds.claim_due(sibling.id, T0, long_lease, interval=INTERVAL, limit=1)
    restarted = Instance("worker-1", os.getpid() + 1, "cccc")
    due = T0 + INTERVAL  # one interval after the claim: the dead life may have fetched them already
    assert await store.feeds.reclaim_earlier_lives(restarted, due) == 2
    again = await store.feeds.claim_due(restarted.id, due, LEASE, interval=INTERVAL, limit=100)
    assert {f.id for f in again} == {f.id for f in held}, "the dead life's feeds when due, not the live sibling's"
    assert kept and kept[0].id not in {f.id for f in again}
    assert await store.feeds.renew(restarted.id, due + LEASE, LEASE) == 2
    later = await store.feeds.claim_due("other", T0 + long_lease + timedelta(seconds=1), LEASE, interval=INTERVAL,
                                        limit=100)
    assert kept[0].id in {f.id for f in later}, "the sibling's feed once its lease ended"


async def test_concurrent_claims_split_the_feeds(store: Store) -> None:
    await configured(store, 60)
    batches = await asyncio.gather(*(store.feeds.claim_due(f"i{n}", T0, LEASE, interval=INTERVAL, limit=25) for n in range(4)))
    claimed = [feed.id for batch in batches for feed in batch]
    assert len(claimed) == len(set(claimed)), "no feed claimed twice"
    if store.engine.dialect.name == "postgresql":
        assert len(claimed) == 60, "SKIP LOCKED: each claim takes rows the others have not locked"
    # (SQLite's claims read the same rows and the later updates find them leased: fewer per
    # round, never one twice; the rest are claimed in the next round.)
    rest = await store.feeds.claim_due("i9", T0, LEASE, interval=INTERVAL, limit=100)
    assert sorted(claimed + [feed.id for feed in rest]) == sorted(set(claimed) | {f.id for f in rest})
    assert len(claimed) + len(rest) == 60


async def test_a_failing_feed_shows_failing_from_its_first_failure(store: Store) -> None:
    (feed_id,) = await configured(store, 1)
    await store.feeds.record_failure(feed_id, at=T0, error="HTTP 500 Internal Server Error",
                                     next_poll_at=T0 + timedelta(minutes=2))
    text = await status_text(store, CONSOLE_CHANNEL, T0 + timedelta(seconds=30))
    assert "(0 healthy, 1 failing)" in text and "HTTP 500" in text and "next try in 1m" in text
    overdue = await status_text(store, CONSOLE_CHANNEL, T0 + timedelta(minutes=3))
    assert "next try now" in overdue and "ago;" not in overdue.split("next try")[1]


async def test_the_retry_comes_at_the_back_off_time(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    down = feed_server.feed("down", fault="500")
    times = down.request_times
    settings = make_settings(feeds=[{"url": feed_server.url("down")}], poll_seconds=1.5, backoff_max_seconds=60)
    await console_runtime(settings, start=True)
    deadline = time.monotonic() + 15
    while len(times) < 3 and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    # back-off: 1 interval after the first failure, 2 after the second (each ±10 %), to the moment
    first_gap, second_gap = times[1] - times[0], times[2] - times[1]
    assert 1.35 - 0.05 <= first_gap <= 1.65 + 0.5, first_gap
    assert 2.7 - 0.05 <= second_gap <= 3.3 + 0.5, second_gap


async def test_an_unchanged_body_is_not_parsed_again(feed_server: FeedServer, make_settings, console_runtime, monkeypatch):  # type: ignore[no-untyped-def]
    wire = feed_server.feed("wire", etag_enabled=False)
    wire.add("old", "Markets calm")
    runtime, console = await console_runtime(make_settings(feeds=[{"url": feed_server.url("wire")}]))
    await runtime.prepare()
    (feed,) = await runtime.store.feeds.active()
    first = await runtime.poll_feed(feed.id)
    assert first is not None and first.ok and not first.unchanged

    def no_parsing(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("an unchanged body was parsed")

    monkeypatch.setattr("bot.ingest.poll.read_feed", no_parsing)
    second = await runtime.poll_feed(feed.id)
    assert second is not None and second.ok and second.unchanged and wire.requests == 2
    monkeypatch.undo()
    wire.add("new", STRIKE)
    third = await runtime.poll_feed(feed.id)
    assert third is not None and third.new_items == 1
    assert [a["title"] for a in console.alerts()] == [STRIKE]


async def test_only_entries_not_seen_before_reach_the_pipeline(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    wire = feed_server.feed("wire")
    for n in range(30):
        wire.add(f"old-{n}", f"Markets calm {n}")
    runtime, _ = await console_runtime(make_settings(feeds=[{"url": feed_server.url("wire")}]))
    await runtime.prepare()
    (feed,) = await runtime.store.feeds.active()
    handed: list[int] = []
    ingest = runtime.pipeline.ingest

    async def counting(feed, items, **kwargs):  # type: ignore[no-untyped-def]
        handed.append(len(items))
        return await ingest(feed, items, **kwargs)

    runtime.pipeline.ingest = counting  # type: ignore[method-assign]
    await runtime.poll_feed(feed.id)
    wire.add("new", STRIKE)
    await runtime.poll_feed(feed.id)
    assert handed == [30, 1], "the 30 entries seen before were dropped by guid before their text was read"


async def test_a_huge_feed_is_read_newest_first_up_to_the_cap(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    wire = feed_server.feed("wire")
    start = datetime.now(UTC) - timedelta(days=2)
    for n in range(500):
        wire.add(f"e{n}", f"Entry {n}").published = start + timedelta(minutes=n)
    wire.entries.reverse()  # oldest last in the document, as feeds usually are; the cap goes by date
    runtime, _ = await console_runtime(make_settings(feeds=[{"url": feed_server.url("wire")}], max_items_per_poll=50))
    await runtime.prepare()
    (feed,) = await runtime.store.feeds.active()
    outcome = await runtime.poll_feed(feed.id)
    assert outcome is not None and outcome.new_items == 50
    latest = await runtime.store.items.seen_guids(feed.id, [f"e{n}" for n in range(500)])
    assert latest == {f"e{n}" for n in range(450, 500)}


async def test_a_burst_of_feeds_queues_behind_a_small_pool(feed_server: FeedServer, make_settings, console_runtime):  # type: ignore[no-untyped-def]
    names = [f"f{n}" for n in range(40)]
    for name in names:
        feed_server.feed(name).add(f"{name}-1", "Markets calm")
    settings = make_settings(feeds=[{"url": feed_server.url(name)} for name in names], poll_seconds=600,
                             poll_workers=40, db_pool_size=1, db_max_overflow=0, db_pool_timeout_seconds=60,
                             # (40 fetches at once from a cold process on a loaded machine: the
                             # default 1 s timed some out, which is not what this test is about)
                             fetch_timeout_seconds=10)
    runtime, _ = await console_runtime(settings, start=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        states = await runtime.store.feeds.active()
        if all(state.last_poll_at for state in states):
            break
        await asyncio.sleep(0.2)
    assert [state.state for state in states] == ["ok"] * 40, [s.last_error for s in states if s.state != "ok"]


@pytest.mark.parametrize("interval", [1.0])
async def test_the_claim_loop_polls_each_feed_once_per_interval(feed_server: FeedServer, make_settings, console_runtime, interval: float):  # type: ignore[no-untyped-def]
    names = [f"f{n}" for n in range(10)]
    for name in names:
        feed_server.feed(name)
    settings = make_settings(feeds=[{"url": feed_server.url(name)} for name in names], poll_seconds=interval)
    await console_runtime(settings, start=True)
    await asyncio.sleep(4.5 * interval)
    counts = [feed_server.feeds[name].requests for name in names]
    # 4.5 intervals with jitter of at most -10 %: 5 or 6 polls each (the first at once); never more
    # (no double polls), and at least 3 on a loaded machine, where each poll may start late
    assert all(3 <= count <= 6 for count in counts), counts


async def test_a_database_outage_ends_no_loop_and_loses_no_finished_poll(  # type: ignore[no-untyped-def]
    make_settings, console_runtime, monkeypatch
) -> None:
    from bot import scheduler
    from bot.scheduler import PollLoop

    monkeypatch.setattr(scheduler, "CLAIM_RETRY_SECONDS", 0.05)
    runtime, _ = await console_runtime(make_settings(feeds=[{"url": "https://wire.example/rss"}]))
    await runtime.prepare()
    (feed,) = await runtime.store.feeds.claim_due(runtime.instance.id, T0, LEASE, interval=INTERVAL, limit=1)
    runtime._finished.append(PollSuccess(feed.id, T0, T0 + timedelta(minutes=2), '"e1"', None))
    claim_due = runtime.store.feeds.claim_due
    outage = [ConnectionError("connection refused")] * 2

    async def flaky(*args, **kwargs):  # type: ignore[no-untyped-def]
        if outage:
            raise outage.pop()
        return await claim_due(*args, **kwargs)

    monkeypatch.setattr(runtime.store.feeds, "claim_due", flaky)
    loop = PollLoop(claim=runtime._claim_feeds, next_due=lambda: runtime.store.feeds.next_due_at(T0),
                    poll=runtime._poll_claimed, workers=0)
    running = asyncio.ensure_future(loop.run())
    deadline = time.monotonic() + 5
    while outage or (await runtime.store.feeds.active())[0].etag is None:
        assert time.monotonic() < deadline, "the loop goes on after the database comes back"
        await asyncio.sleep(0.02)
    running.cancel()
    await asyncio.wait([running], timeout=2)
    assert running.cancelled()
    (recorded,) = await runtime.store.feeds.active()
    assert (recorded.etag, recorded.next_poll_at) == ('"e1"', T0 + timedelta(minutes=2)), (
        "the poll finished during the outage is recorded by the first claim that works"
    )


@pytest.mark.parametrize("which", ["polls", "deliveries"])
async def test_a_cancel_that_comes_as_the_loop_is_woken_ends_the_loop(which: str) -> None:
    # A poll finishing (it wakes the loop) as the bot stops is ordinary. asyncio.wait_for on
    # Python 3.11 returns the waited result when both happen in one turn, swallowing the cancel:
    # the loop then ran on after the stop and the event loop's teardown waited for it forever.
    from bot.scheduler import DeliveryLoop, PollLoop

    async def claim(limit: int) -> list[object]:
        return []

    async def nothing() -> None:
        return None

    if which == "polls":
        looping: PollLoop | DeliveryLoop = PollLoop(claim=claim, next_due=nothing, poll=nothing, workers=1)
    else:
        looping = DeliveryLoop(nothing, every_seconds=60)
    task = asyncio.ensure_future(looping.run())
    await asyncio.sleep(0.6)  # past the first claim: waiting to be woken
    looping.wake()
    task.cancel()
    done, _ = await asyncio.wait([task], timeout=2)
    assert done, "the loop ended at its cancel"
    assert task.cancelled()


async def test_a_stop_during_a_delivery_ends_the_delivery_loop_and_lets_the_delivery_finish(  # type: ignore[no-untyped-def]
    make_settings, console_runtime, monkeypatch
) -> None:
    # The delivery runs shielded so a stop does not cut a post off; the loop that waits for it
    # must still end at its cancel (it ran on after the stop, and the teardown waited forever).
    from bot.scheduler import DeliveryLoop

    runtime, _ = await console_runtime(make_settings())
    await runtime.prepare()
    delivering, finished = asyncio.Event(), []

    async def slow_delivery() -> int:
        delivering.set()
        await asyncio.sleep(0.3)
        finished.append(True)
        return 0

    monkeypatch.setattr(runtime.deliverer, "deliver_due", slow_delivery)
    looping = DeliveryLoop(runtime.deliver, every_seconds=0.01)
    task = asyncio.ensure_future(looping.run())
    await asyncio.wait_for(delivering.wait(), 2)
    task.cancel()
    done, _ = await asyncio.wait([task], timeout=2)
    assert done and task.cancelled(), "the loop ended at its cancel"
    await asyncio.wait(runtime._running, timeout=2)
    assert finished == [True], "the delivery in flight went on to its end"


async def test_a_stop_cuts_off_a_job_stuck_past_its_grace_and_leaves_nothing_running(  # type: ignore[no-untyped-def]
    make_settings, console_runtime, monkeypatch
) -> None:
    # A delivery stuck on a platform past the stop's grace used to run on against the closed store
    # until the event loop's teardown cancelled it (and waited forever had it swallowed the cancel).
    from bot import runtime as runtime_module
    from tests.core.conftest import own_tasks_left_running

    monkeypatch.setattr(runtime_module, "STOP_JOBS_SECONDS", 0.2)
    runtime, _ = await console_runtime(make_settings())
    await runtime.prepare()
    stuck = asyncio.Event()

    async def stuck_delivery() -> int:
        stuck.set()
        await asyncio.sleep(3600)
        return 0

    monkeypatch.setattr(runtime.deliverer, "deliver_due", stuck_delivery)
    delivery = asyncio.ensure_future(runtime.deliver())
    await asyncio.wait_for(stuck.wait(), 2)
    started = time.monotonic()
    await runtime.stop()
    assert time.monotonic() - started < 3, "the stop waited for the stuck delivery"
    assert await own_tasks_left_running() == []
    assert delivery.cancelled()
