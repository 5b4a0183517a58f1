"""A request budget: at most N requests a second, evenly spaced, for every task of a process.

Discord counts a bot's requests against a global limit of 50 per second, whatever process sends
them. discord.py paces one client from the headers Discord returns, but several instances of one
bot do not see each other's requests: each instance keeps to its own share (`Settings.
discord_request_budget`), so together they stay under the bot's limit.

The requests are spaced evenly rather than let out in bursts of N: a burst's requests reach the
platform later than they left, by a varying time, and a burst at the end of one second and the next
burst at its start would land in one second at the platform.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

#: Extra space between two requests, for the varying time they take to reach the platform: N a
#: second leave 1.05/N s apart, so any one second at the platform sees at most N of them.
HEADROOM = 0.05


class RequestBudget:
    """`acquire()` before each request: it returns when the request may leave."""

    def __init__(self, per_second: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[object]] = asyncio.sleep) -> None:
        # A whole number of requests a second, rounded down: 50 x 1/3 of the shards is 16 a second,
        # so three instances make 48, never 51.
        self.limit = max(1, int(per_second))
        self.spacing = (1.0 + HEADROOM) / self.limit
        self._clock = clock
        self._sleep = sleep
        self._next = float("-inf")
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        # One waiter at a time: requests leave in the order they asked.
        async with self._lock:
            wait = self._next - self._clock()
            if wait > 0:
                await self._sleep(wait)
            self._next = max(self._clock(), self._next) + self.spacing
