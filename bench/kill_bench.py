"""Benchmark: issue 11's fault trial. `sitrep run` with its real Discord and Slack adapters on the
loopback fakes polls a loopback feed that keeps gaining items and is killed with SIGKILL at
random points of ingest and delivery (each of tests/kill_loop.py's KILL_POINTS in turn),
restarted on the same database each time; then it runs once more to the end.

    .venv/bin/python bench/kill_bench.py [--kills 32] [--databases sqlite,postgresql]
        [--postgres-url postgresql+asyncpg://...] [--items-per-second 8]

PostgreSQL runs when --postgres-url or SITREP_TEST_POSTGRES_URL names a database (its tables are
dropped first). Prints one row per database; asserts nothing. "Delay after restart" is, for each
alert still to send when its process was killed, the time from the restart to its post (it
includes the new process's start: imports, Discord login and ready, Slack auth).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.core.conftest import reset_postgres  # noqa: E402
from tests.kill_loop import KillReport, kill_loop  # noqa: E402

TICK_SECONDS = 0.25
COLUMNS = ("database", "kills", "items", "alerts expected", "sent", "lost", "duplicated",
           "p99 delay after restart", "max", "nonce repeats", "found in history")


def row(report: KillReport) -> tuple[str, ...]:
    delays = report.delays_after_restart
    return (
        report.database, str(report.kills), str(report.items), str(report.alerts_expected), str(report.sent),
        str(report.lost + report.rows_missing), str(report.duplicated),
        f"{report.p99_delay_after_restart:.1f} s ({len(delays)} alerts)", f"{max(delays, default=0):.1f} s",
        str(report.discord_nonce_repeats), str(report.slack_found_in_history),
    )


def print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(COLUMNS[i]), *(len(r[i]) for r in rows)) for i in range(len(COLUMNS))]
    print("| " + " | ".join(name.ljust(w) for name, w in zip(COLUMNS, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) + " |")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=32)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--postgres-url", default=os.environ.get("SITREP_TEST_POSTGRES_URL", ""))
    parser.add_argument("--items-per-second", type=int, default=8)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rows = []
    for database in args.databases.split(","):
        workdir = Path(tempfile.mkdtemp(prefix="sitrep-kill-"))
        if database == "sqlite":
            url = f"sqlite+aiosqlite:///{workdir}/kill.db"
        elif args.postgres_url:
            url = args.postgres_url
            await reset_postgres(url)
        else:
            print("postgresql: skipped (no --postgres-url or SITREP_TEST_POSTGRES_URL)")
            continue
        started = time.monotonic()
        report = await kill_loop(url, args.kills, workdir, seed=args.seed, database=database,
                                 per_tick=max(1, round(args.items_per_second * TICK_SECONDS)), tick=TICK_SECONDS,
                                 catch_up_seconds=120)
        print(f"{database}: {time.monotonic() - started:.0f} s; kill points {dict(report.kill_points)}; "
              f"restarts that reclaimed their predecessor's claims at once: {report.reclaims}; "
              f"rows missing {report.rows_missing}, not sent {report.rows_unsent}", flush=True)
        rows.append(row(report))
    print_table(rows)


if __name__ == "__main__":
    asyncio.run(main())
