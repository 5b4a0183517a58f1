"""`sitrep run`: choose the adapters from the settings, run until SIGTERM/SIGINT, stop cleanly."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import Sequence

from aiohttp import web

from bot.health import DEFAULT_HOST, HttpServer, health_routes
from bot.logs import configure_logging
from bot.runtime import Runtime
from bot.settings import Settings

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
    configure_logging(settings.log_level, [settings.secret(name) or "" for name in SECRET_FIELDS])
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
        return 2
    runtime = await Runtime.open(settings)
    routes = health_routes(runtime.store, runtime.adapters, runtime.clock)
    server = endpoint_server(settings, routes)
    try:
        try:
            runtime.attach(build_adapters(runtime, console, jsonl, routes))
            if server is not None:
                # Up before the adapters connect: /healthz answers and /readyz says what is missing.
                await server.start()
                log.info("http.started host=%s port=%s", server.host, server.port)
            await runtime.start()
        except ValueError as exc:
            # Adapters raise ValueError subclasses for configuration they cannot work with (a
            # rejected token, HTTP mode without a signing secret); the message names the setting.
            log.error("app.adapter_config_error error=%s", exc)
            print(f"sitrep: {exc}", file=sys.stderr)
            return 2
        await stop.wait()
        log.info("app.stopping")
    finally:
        if server is not None:
            await server.stop()
        await runtime.stop()
    return 0
