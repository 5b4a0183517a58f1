"""Finding 9: `--console --jsonl` replies carry their data beside `text` (DESIGN.md): `items` for
latest, `event` for classify, `status` for status. Run as a user would: the real CLI."""

from __future__ import annotations

import signal
from pathlib import Path

from bot.ingest.urls import feed_origin
from tests.ops.helpers import SAMPLE_FEED, JsonLines, clean_env, sitrep, stop_within

ALERT_FIELDS = {"item_id", "title", "url", "source", "feed_url", "published", "types", "severity",
                "killed", "injured", "actors", "locations"}


async def test_replies_carry_items_event_and_status(tmp_path: Path) -> None:
    env = clean_env(tmp_path, SITREP_FEEDS=SAMPLE_FEED, SITREP_FIRST_POLL_ALERT_NEWEST="50")
    process = await sitrep("run", "--console", "--jsonl", env=env)
    output = JsonLines(process)
    try:
        await output.until(lambda lines: any(line["kind"] == "alert" for line in lines))
        latest = await output.command("latest 3")
        both = await output.command("latest 5 strike attack")
        verdict = await output.command("classify Militants killed 3 soldiers in a rocket attack on a base")
        status = await output.command("status")
    finally:
        await stop_within(process, signal.SIGTERM)

    assert latest["ok"] and latest["text"].startswith("The 3 latest")
    assert len(latest["items"]) == 3 and all(set(item) >= ALERT_FIELDS for item in latest["items"])
    assert latest["items"][0]["source"] == "sitrep sample feed"
    assert both["items"] and all({"strike", "attack"} & set(item["types"]) for item in both["items"])
    assert "strike or attack" in both["text"], "several types are all used, none silently dropped"

    event = verdict["event"]
    assert set(event) == {"types", "severity", "killed", "injured", "actors", "locations", "evidence"}
    assert "casualty" in event["types"] and event["killed"] == 3 and event["evidence"]

    report = status["status"]
    # an operator's feed is shown by its origin only, to every channel (its URL may carry a key)
    assert [feed["url"] for feed in report["feeds"]] == [feed_origin(SAMPLE_FEED)]
    assert report["feeds"][0]["last_poll"].endswith("Z") and report["feeds"][0]["failures"] == 0
    assert report["adapters"] == [{"platform": "console", "state": "connected", "attempts": 1,
                                   "last_error": None, "next_try": None}]
    assert report["channel"]["types"] == ["strike", "attack", "casualty"] and report["channel"]["min_severity"] == 2
    assert report["alerts"]["sent_here"] >= 1
