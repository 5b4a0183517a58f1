"""`sitrep run`: choose the adapters from the settings, run until SIGTERM/SIGINT, stop cleanly."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import Awaitable, Sequence
from typing import TypeVar

from aiohttp import web
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.health import DEFAULT_HOST, HttpServer, health_routes
from bot.logs import configure_logging
from bot.runtime import STOP_TIMEOUT_SECONDS, Runtime
from bot.settings import Settings
from bot.startup import EXIT_CONFIG, StartupError, describe_db_error
from bot.supervisor import PlatformConfigError

T = TypeVar("T")

log = logging.getLogger("sitrep.app")

SECRET_FIELDS = ("discord_token", "slack_bot_token", "slack_app_token", "slack_signing_secret", "slack_client_secret")


def slack_configured(settings: Settings) -> bool:
    return bool(settings.secret("slack_bot_token") or (settings.slack_client_id and settings.secret("slack_client_secret")))


def build_adapters(
    runtime: Runtime, console: bool, jsonl: bool, routes: Sequence[web.RouteDef] = ()
) -> list:  # type: ignore[type-arg]
    """Discord when DISCORD_TOKEN is set, Slack when SLACK_BOT_TOKEN (or OAuth) is set, the
    console when neither is or when asked for. Platform modules are imported only when used.
    Slack HTTP mode serves `routes` (health and metrics) on its own port."""
    settings = runtime.settings
    adapters = []
    if settings.secret("discord_token"):
        from adapters.discord_bot import DiscordAdapter

        adapters.append(DiscordAdapter(settings, runtime.commands))
    if slack_configured(settings):
        from adapters.slack_app import SlackAdapter

        adapters.append(SlackAdapter(settings, runtime.commands, routes=routes))
    if console or not adapters:
        from adapters.console import ConsoleAdapter

        adapters.append(ConsoleAdapter(settings, runtime.commands, jsonl=jsonl))
    return adapters


def endpoint_server(settings: Settings, routes: Sequence[web.RouteDef]) -> HttpServer | None:
    """The health and metrics server when SITREP_HTTP_PORT is set, unless Slack HTTP mode already
    serves those routes on its port (one port, one server)."""
    if settings.http_port is None or (slack_configured(settings) and not settings.secret("slack_app_token")):
        return None
    app = web.Application()
    app.add_routes(routes)
    return HttpServer(app, settings.http_host or DEFAULT_HOST, settings.http_port)


async def run_bot(settings: Settings, console: bool = False, jsonl: bool = False) -> int:
    """Run until SIGTERM/SIGINT (exit 0) or until the configuration proves unusable (one line on
    stderr, EXIT_CONFIG). A signal is honoured in every state: opening the database, connecting a
    platform, retrying one, delivering."""
    secrets = [settings.secret(name) or "" for name in SECRET_FIELDS]
    secrets.append(str(make_url(settings.db_url).password or ""))  # the database password, if any
    configure_logging(settings.log_level, secrets, settings.log_format)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        # The taxonomy is loaded and validated before anything starts: a bad file stops here.
        from bot.classify import default_classifier

        default_classifier()
    except Exception as exc:  # noqa: BLE001 - any configuration problem is reported, not raised
        log.error("app.bad_taxonomy error=%s", exc)
        print(f"sitrep: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    try:
        runtime = await _unless_stopped(_open_runtime(settings), stop)
        if runtime is None:
            return 0
        routes = health_routes(runtime.store, runtime.adapters, runtime.clock)
        server = endpoint_server(settings, routes)
        try:
            try:
                runtime.attach(build_adapters(runtime, console, jsonl, routes))
                if server is not None:
                    # Up before the adapters connect: /healthz answers and /readyz says what is missing.
                    await server.start()
                    log.info("http.started host=%s port=%s", server.host, server.port)
            except ValueError as exc:
                # An adapter that cannot be built from these settings (Slack HTTP mode without a
                # signing secret) or a port that cannot be opened; its message names the setting.
                raise StartupError(str(exc)) from None
            await _unless_stopped(runtime.start(), stop)
            if not stop.is_set():
                await _unless_stopped(runtime.refused_event.wait(), stop)
            if runtime.refused is not None:
                raise StartupError(str(runtime.refused))
            log.info("app.stopping")
        finally:
            if server is not None:
                await server.stop()
            await runtime.stop()
    except (StartupError, PlatformConfigError) as exc:
        print(f"sitrep: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    return 0


async def _open_runtime(settings: Settings) -> Runtime:
    try:
        return await Runtime.open(settings)
    except (OSError, SQLAlchemyError) as exc:
        raise StartupError(describe_db_error(settings.db_url, exc)) from None


async def _unless_stopped(work: Awaitable[T], stop: asyncio.Event) -> T | None:
    """The result of `work`, or None (work cancelled) once `stop` is set first."""
    task = asyncio.ensure_future(work)
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if task.done():
        return task.result()
    task.cancel()
    await asyncio.wait({task}, timeout=STOP_TIMEOUT_SECONDS)
    return None
