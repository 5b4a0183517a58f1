"""The operator's HTTP endpoints: /healthz, /readyz and /metrics, on aiohttp.

`health_routes()` are plain aiohttp routes, so one web server carries them: `HttpServer` serves them
alone on `SITREP_HTTP_PORT` in every mode, and Slack HTTP mode serves them beside `/slack/events`
and its OAuth pages (one port, one server, also an `HttpServer`).

- `/healthz`: 200 while the process runs (liveness).
- `/readyz`: 200 when the database answers and every adapter is connected, else 503; the JSON body
  says why (`{"ready": false, "reasons": ["discord: not connected"]}`).
- `/metrics`: Prometheus text format (`bot.metrics`).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from aiohttp import web
from sqlalchemy import text

from bot import metrics

if TYPE_CHECKING:
    from adapters.base import Adapter
    from bot.store import Store

log = logging.getLogger("sitrep.health")

HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"
METRICS_PATH = "/metrics"
#: Where the endpoints listen unless SITREP_HTTP_HOST says otherwise: health and metrics are for
#: the operator, not the internet.
DEFAULT_HOST = "127.0.0.1"
#: A database slower than this to answer `SELECT 1` counts as not answering.
DATABASE_PROBE_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class Readiness:
    #: Why the bot is not ready; empty when it is.
    reasons: tuple[str, ...] = ()

    @property
    def is_ready(self) -> bool:
        return not self.reasons


async def check_readiness(store: Store, adapters: Mapping[str, Adapter]) -> Readiness:
    reasons = []
    try:
        async with asyncio.timeout(DATABASE_PROBE_SECONDS):
            async with store.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure means "not ready"; the type says which
        # The exception's text may quote the database URL (and its password): only its type is shown.
        reasons.append(f"database: {type(exc).__name__}")
    reasons += [f"{platform}: not connected" for platform, adapter in adapters.items() if not adapter.is_connected]
    return Readiness(tuple(reasons))


def health_routes(
    store: Store, adapters: Mapping[str, Adapter], clock: Callable[[], datetime]
) -> list[web.RouteDef]:
    """The three routes over the running bot's store and adapters (read at each request)."""

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def readyz(_: web.Request) -> web.Response:
        readiness = await check_readiness(store, adapters)
        body = {"ready": readiness.is_ready, "reasons": list(readiness.reasons)}
        return web.json_response(body, status=200 if readiness.is_ready else 503)

    async def metrics_page(_: web.Request) -> web.Response:
        try:
            await metrics.refresh_from_store(store, clock())
        except Exception as exc:  # noqa: BLE001 - the counters are still worth serving without the database
            log.debug("metrics.refresh_failed error=%s", type(exc).__name__)
        body, content_type = metrics.render()
        return web.Response(body=body, headers={"Content-Type": content_type})

    return [web.get(HEALTH_PATH, healthz), web.get(READY_PATH, readyz), web.get(METRICS_PATH, metrics_page)]


class HttpPortError(ValueError):
    """The HTTP port cannot be opened; the message names the setting and what to do."""


class HttpServer:
    """Serves one aiohttp application on host:port until stopped."""

    def __init__(self, app: web.Application, host: str, port: int) -> None:
        self.app = app
        self.host = host
        self._port = port
        #: The bound port once started (the requested one, or the free one picked for port 0).
        self.port: int | None = None
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        runner = web.AppRunner(self.app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self._port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            raise HttpPortError(
                f"SITREP_HTTP_PORT={self._port}: cannot listen on {self.host}:{self._port} "
                f"({os.strerror(exc.errno) if exc.errno else exc}); choose a free port or stop what uses it"
            ) from None
        self._runner = runner
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
