"""Keeps each platform adapter connected without holding up the rest of the bot.

Every adapter is started in its own task. A platform that cannot be reached is retried with
exponential back-off (one log line per attempt, no traceback) while the feeds, the delivery to the
other platforms and the commands go on; `status` shows it as down. A configuration the platform
refuses (a revoked token) is no outage: retrying cannot help, so it stops the bot with one line.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from bot.models import utcnow

if TYPE_CHECKING:
    from adapters.base import Adapter

log = logging.getLogger("sitrep.adapters")

#: Seconds before the first retry of a platform that could not be reached; doubles up to the max.
FIRST_RETRY_SECONDS = 2.0
MAX_RETRY_SECONDS = 300.0


class PlatformConfigError(Exception):
    """The platform refused this configuration (a token, a missing secret): the message names the
    setting, its value masked and the fix. Raised by an adapter's start(); never retried."""


class AdapterState(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    #: The last attempt failed; the next one is at `AdapterStatus.next_try`.
    DOWN = "down"
    REFUSED = "refused"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class AdapterStatus:
    platform: str
    state: AdapterState
    attempts: int = 0
    last_error: str | None = None
    next_try: datetime | None = None

    def to_json_dict(self) -> dict[str, object]:
        return {
            "platform": self.platform, "state": str(self.state), "attempts": self.attempts,
            "last_error": self.last_error, "next_try": self.next_try.isoformat() if self.next_try else None,
        }


def retry_delay(failures: int) -> float:
    return float(min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** max(0, failures - 1)))


def one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


class AdapterSupervisor:
    """Starts one adapter, retries it while its platform is unreachable, stops it on request."""

    def __init__(
        self,
        adapter: Adapter,
        on_connected: Callable[[Adapter], None],
        on_refused: Callable[[PlatformConfigError], None],
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.adapter = adapter
        self._on_connected = on_connected
        self._on_refused = on_refused
        self._clock = clock
        self._status = AdapterStatus(adapter.platform, AdapterState.CONNECTING)
        self._task: asyncio.Task[None] | None = None
        #: Set once the first attempt has connected, failed or been refused.
        self.first_attempt_done = asyncio.Event()

    @property
    def status(self) -> AdapterStatus:
        if self._status.state is AdapterState.CONNECTED and not _is_connected(self.adapter):
            # Connected once; the platform library is reconnecting on its own now.
            return AdapterStatus(self.adapter.platform, AdapterState.DOWN, self._status.attempts,
                                 "connection lost; the platform library is reconnecting")
        return self._status

    def start(self) -> None:
        self._task = asyncio.create_task(self._keep_starting(), name=f"start-{self.adapter.platform}")

    async def _keep_starting(self) -> None:
        platform, failures = self.adapter.platform, 0
        while True:
            self._status = AdapterStatus(platform, AdapterState.CONNECTING, failures + 1)
            try:
                await self.adapter.start()
            except PlatformConfigError as exc:
                self._status = AdapterStatus(platform, AdapterState.REFUSED, failures + 1, str(exc))
                log.error("adapter.refused platform=%s error=%s", platform, exc)
                self.first_attempt_done.set()
                self._on_refused(exc)
                return
            except Exception as exc:  # noqa: BLE001 - any other failure is an outage: retry later
                failures += 1
                delay = retry_delay(failures)
                next_try = self._clock() + timedelta(seconds=delay)
                self._status = AdapterStatus(platform, AdapterState.DOWN, failures, one_line(exc), next_try)
                log.warning("adapter.unreachable platform=%s attempt=%d error=%s retry_in=%.0fs",
                            platform, failures, one_line(exc), delay)
                self.first_attempt_done.set()
                await asyncio.sleep(delay)
                continue
            self._status = AdapterStatus(platform, AdapterState.CONNECTED, failures + 1)
            log.info("adapter.connected platform=%s attempt=%d", platform, failures + 1)
            self._on_connected(self.adapter)
            self.first_attempt_done.set()
            return

    async def stop(self, timeout: float) -> None:
        """Cancel a start in progress (a connect or a back-off sleep), then stop the adapter."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
            await asyncio.wait({self._task}, timeout=timeout / 2)
        try:
            await asyncio.wait_for(self.adapter.stop(), timeout=timeout / 2)
        except Exception as exc:  # noqa: BLE001 - shutting down: report and go on
            log.warning("adapter.stop_failed platform=%s error=%s", self.adapter.platform, one_line(exc))
        self._status = AdapterStatus(self.adapter.platform, AdapterState.STOPPED, self._status.attempts)


def _is_connected(adapter: Adapter) -> bool:
    return bool(getattr(adapter, "is_connected", True))
