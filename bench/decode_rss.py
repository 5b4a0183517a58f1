"""Benchmark: peak memory of fetching a body gzipped twice (`Content-Encoding: gzip, gzip`).

    .venv/bin/python bench/decode_rss.py [--gib 4] [--cap 5000000]

A loopback feed server answers with --gib GiB of spaces compressed twice (4 GiB is about 7 KB on
the wire); the real FeedFetcher fetches it as an operator feed with the default 5 MB body cap.
Prints the body's size, the fetch's outcome and time, and the process's peak RSS before and
after (ru_maxrss: the whole process, interpreter and imports included). Asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.ingest.fetch import FeedFetcher, FetchError, FetchLimits  # noqa: E402
from tests.fakes.feed_server import FeedServer, double_gzip_bomb  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


async def main(gib: int, cap: int) -> None:
    body = double_gzip_bomb(gib << 30)
    server = FeedServer()
    await server.start()
    server.feed("bomb", fault=f"double-gzip-bomb:{gib << 30}")
    url = server.url("bomb")
    fetcher = FeedFetcher(FetchLimits(max_bytes=cap, allow_private=True, operator_feeds=frozenset({url})))
    before = peak_rss_mb()
    started = time.perf_counter()
    try:
        await fetcher.fetch(url)
        outcome = "accepted (unexpected)"
    except FetchError as exc:
        outcome = f"refused: {exc}"
    finally:
        await fetcher.aclose()
        await server.stop()
    seconds = time.perf_counter() - started
    print(f"body: {len(body):,} bytes on the wire, {gib} GiB once both gzip layers are undone")
    print(f"fetch: {outcome} ({seconds * 1000:.0f} ms)")
    print(f"peak RSS: {before:.0f} MB before the fetch, {peak_rss_mb():.0f} MB after (cap {cap:,} bytes)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gib", type=int, default=4)
    parser.add_argument("--cap", type=int, default=5_000_000)
    args = parser.parse_args()
    asyncio.run(main(args.gib, args.cap))
