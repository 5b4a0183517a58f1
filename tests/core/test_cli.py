"""The `sitrep` command as a user runs it: a subprocess on the bundled configuration."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

from alembic.script import ScriptDirectory

from bot.paths import PROJECT_ROOT
from bot.store.db import alembic_config


def sitrep(*args: str, env: dict[str, str], **kwargs):  # type: ignore[no-untyped-def]
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args], cwd=kwargs.pop("cwd", PROJECT_ROOT), env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs,
    )


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SITREP_", "DISCORD_", "SLACK_"))}
    env["SITREP_DB_URL"] = f"sqlite+aiosqlite:///{tmp_path}/cli.db"
    env.update(extra)
    return env


def read_lines_until(proc: subprocess.Popen, want, deadline: float) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)  # type: ignore[arg-type]
    lines: list[dict] = []  # type: ignore[type-arg]
    while time.monotonic() < deadline and not want(lines):
        if selector.select(timeout=0.2):
            raw = proc.stdout.readline()  # type: ignore[union-attr]
            if not raw:
                break
            lines.append(json.loads(raw))
    return lines


def test_run_on_the_sample_feed_alerts_answers_and_stops_cleanly(tmp_path: Path) -> None:
    started = time.monotonic()
    proc = sitrep("run", "--console", "--jsonl", env=clean_env(tmp_path), stdin=subprocess.PIPE, cwd=tmp_path)
    try:
        lines = read_lines_until(proc, lambda ls: any(line["kind"] == "alert" for line in ls), started + 10)
        first_alert = time.monotonic() - started
        assert any(line["kind"] == "alert" for line in lines), f"no alert within 10 s: {lines}"
        proc.stdin.write("status\n/latest 3\n")  # type: ignore[union-attr]
        proc.stdin.flush()  # type: ignore[union-attr]
        lines += read_lines_until(proc, lambda ls: sum(line["kind"] == "reply" for line in ls) >= 2, time.monotonic() + 5)
    finally:
        stop_started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        rest, stderr = proc.communicate(timeout=10)
        stop_seconds = time.monotonic() - stop_started
    lines += [json.loads(raw) for raw in rest.splitlines() if raw.strip()]
    alerts = [line for line in lines if line["kind"] == "alert"]
    replies = [line for line in lines if line["kind"] == "reply"]
    print(f"first alert after {first_alert:.1f} s; stopped {stop_seconds:.1f} s after SIGTERM")
    assert proc.returncode == 0, stderr[-2000:]
    assert stop_seconds < 5

    seed = next(a for a in alerts if a["title"].startswith("US Carries Out Airstrikes"))
    assert set(seed) >= {"item_id", "title", "url", "source", "feed_url", "published", "types", "severity",
                         "killed", "injured", "actors", "locations"}
    assert seed["types"] == ["strike", "attack", "casualty"]
    assert (seed["killed"], seed["injured"]) == (1, 6)
    assert {"United States", "Kataib Hezbollah"} <= set(seed["actors"])
    assert {"Iraq", "Al-Asad Air Base"} <= set(seed["locations"])
    assert seed["source"] == "sitrep sample feed" and seed["published"].endswith("Z")
    assert "utm_source" not in seed["url"]
    titles = {a["title"] for a in alerts}
    assert not any("heart attack" in t.lower() or "workers strike" in t.lower() for t in titles)
    assert len(titles) == len(alerts), "each item alerts once"

    assert [r["command"] for r in replies[:2]] == ["status", "latest"] and all(r["ok"] for r in replies[:2])
    assert "sitrep sample feed" in replies[0]["text"]
    assert "Traceback" not in stderr


def test_bad_configuration_stops_with_the_key_named(tmp_path: Path) -> None:
    proc = sitrep("run", env=clean_env(tmp_path, SITREP_POLL_SECONDS="often"))
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 2 and "poll_seconds" in err and "Traceback" not in err


def test_db_upgrade_creates_and_migrates(tmp_path: Path) -> None:
    env = clean_env(tmp_path, SITREP_DB_URL=f"sqlite+aiosqlite:///{tmp_path}/new/dir/x.db")
    proc = sitrep("db", "upgrade", env=env)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert f"revision {head}" in out and (tmp_path / "new/dir/x.db").exists()


async def test_feeds_check_prints_what_would_be_classified(tmp_path: Path) -> None:
    import asyncio

    from tests.fakes.feed_server import FeedServer

    server = FeedServer()
    await server.start()
    try:
        feed = server.feed("wire", title="Check Desk")
        feed.add("1", "Suicide bomber kills 9 at checkpoint in Kabul")
        feed.add("2", "Parliament passes budget after long debate")
        env = clean_env(tmp_path, SITREP_ALLOW_PRIVATE_FEEDS="1", COLUMNS="160")
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "feeds", "check", server.url("wire"), env=env, cwd=PROJECT_ROOT,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(), 30)
        guarded = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "feeds", "check", server.url("wire"), env=clean_env(tmp_path),
            cwd=PROJECT_ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        guarded_out, _ = await asyncio.wait_for(guarded.communicate(), 30)
    finally:
        await server.stop()
    text = out.decode()
    assert proc.returncode == 0, err.decode()
    assert "Check Desk" in text and "Suicide bomber kills 9" in text and "1 of 2 items are escalation news" in text
    assert guarded.returncode == 1 and "non-public" in guarded_out.decode(), "the address guard applies here too"
