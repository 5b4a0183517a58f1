"""Issue 11's fault trial, small: `sitrep run` (Discord and Slack adapters on their loopback
fakes, a loopback feed that keeps gaining items) killed with SIGKILL at random points of ingest
and delivery, restarted on the same database each time. After the loop every alert the items
call for has its outbox row, sent, posted exactly once on each platform, and what a killed
process left unsent went out after the restart without waiting for its leases.
bench/kill_bench.py runs the larger version and prints the table."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.core.conftest import POSTGRES_SKIP, reset_postgres
from tests.kill_loop import LEASE_SECONDS, kill_loop

KILLS = 7


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
async def test_kill_minus_nine_in_a_loop_loses_nothing_and_posts_nothing_twice(database: str, tmp_path: Path) -> None:
    if database == "sqlite":
        db_url = f"sqlite+aiosqlite:///{tmp_path}/kill.db"
    else:
        db_url = os.environ.get("SITREP_TEST_POSTGRES_URL", "")
        if not db_url:
            pytest.skip(POSTGRES_SKIP)
        await reset_postgres(db_url)
    report = await kill_loop(db_url, KILLS, tmp_path, seed=11)
    assert report.kills == KILLS and report.alerts_expected > 50
    assert (report.rows_missing, report.rows_unsent) == (0, 0), "every expected alert has its row, sent"
    assert (report.lost, report.duplicated) == (0, 0), report
    assert report.delays_after_restart, "some kills left alerts to send"
    assert max(report.delays_after_restart) < LEASE_SECONDS, "a restart took its own claims back at once"
