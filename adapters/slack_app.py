"""The Slack adapter: slack-bolt's AsyncApp in Socket Mode or HTTP mode.

Thin by design: a slash command becomes one `bot.commands.Request` (the alias `/latest 5` is the
command line `latest 5`), the core's `Reply` is rendered by `adapters.slack_render`, and alerts
are posted with chat.postMessage. Who may manage is decided by the core; this module only
reports the fact that a user is a workspace admin/owner or on `SITREP_SLACK_MANAGERS`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.app.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.slack_render import render_alert, render_reply
from bot.commands import MANAGE_SERVER, Reply, Request
from bot.delivery import ChannelBroken
from bot.health import HttpServer
from bot.models import Alert, ChannelRef, Delivery
from bot.store.db import create_engine

if TYPE_CHECKING:
    from bot.commands import CommandHandler
    from bot.settings import Settings

log = logging.getLogger("sitrep.slack")

EVENTS_PATH = "/slack/events"
#: HTTP mode's port without SITREP_HTTP_PORT, and its host without SITREP_HTTP_HOST: Slack must reach it.
DEFAULT_HTTP_PORT = 3000
DEFAULT_HTTP_HOST = "0.0.0.0"
#: `/sitrep <line>` passes the line as typed; each alias is the first word of the line it stands for.
ALIASES = ("/latest", "/subscribe", "/unsubscribe", "/keywords")
SLASH_COMMANDS = ("/sitrep", *ALIASES)
#: The bot scopes the OAuth flow asks for (must match slack_manifest.yml).
BOT_SCOPES = ("commands", "chat:write", "users:read", "channels:history", "groups:history")
#: chat.postMessage errors that no retry can fix: the subscription is marked broken instead.
#: The message metadata event type that marks an alert post with its outbox row's key.
ALERT_METADATA_EVENT = "sitrep_alert"
#: How far back in a channel a second attempt looks for the first: pages of messages posted
#: since the row was queued (a channel busier than this between two attempts may see a repeat).
HISTORY_PAGE_SIZE = 200
HISTORY_MAX_PAGES = 5
#: Slack's clock and ours may differ a little; look this much before the queue time.
HISTORY_CLOCK_SKEW_SECONDS = 60
CHANNEL_BROKEN_ERRORS = frozenset({"channel_not_found", "not_in_channel", "is_archived", "restricted_action"})
#: auth.test errors that mean the token itself is wrong (no retry will help).
REJECTED_TOKEN_ERRORS = frozenset({"invalid_auth", "not_authed", "account_inactive", "token_revoked"})
#: Slack wants the ack within 3 s; a reply ready within this budget goes in the ack itself.
DEFAULT_ACK_BUDGET_SECONDS = 2.0
ADMIN_CACHE_SECONDS = 300.0
ADMIN_CACHE_MAX = 10_000
WORKING_TEXT = "Working on it…"
INVITE_HINT = "Alerts arrive once sitrep is a member of this channel: /invite @sitrep"
FAILED_TEXT = "Sorry, that command failed on our side; please try again later."
#: Slack's replay window for signed requests (its documentation says five minutes).
SIGNATURE_MAX_AGE_SECONDS = 300
#: A Unix time in seconds has 10 digits until the year 2286; more is not a timestamp.
MAX_TIMESTAMP_DIGITS = 12


class SlackConfigError(ValueError):
    """Slack cannot start with this configuration; the message says which setting to fix."""


def command_line(command: str, text: str) -> str:
    """The core's command line for a Slack slash command: `/latest` + "5" -> "latest 5"."""
    text = (text or "").strip()
    if command == "/sitrep" or command not in ALIASES:
        return text or "help"
    return f"{command.lstrip('/')} {text}".strip()


class SlackAdapter:
    """Serves sitrep's slash commands on Slack and posts alerts there (the Adapter protocol)."""

    platform = "slack"

    def __init__(
        self,
        settings: Settings,
        commands: CommandHandler,
        *,
        host: str | None = None,
        port: int | None = None,
        routes: Sequence[web.RouteDef] = (),
        ack_budget_seconds: float = DEFAULT_ACK_BUDGET_SECONDS,
        admin_cache_seconds: float = ADMIN_CACHE_SECONDS,
        rate_limit_retries: int = 3,
    ) -> None:
        self.settings = settings
        self.commands = commands
        self.host = host or settings.http_host or DEFAULT_HTTP_HOST
        #: The port to bind in HTTP mode: settings.http_port unless given (tests pass 0 = any free port).
        self._bind_port = port if port is not None else settings.http_port or DEFAULT_HTTP_PORT
        #: Served beside /slack/events on the same port (the health and metrics endpoints).
        self._routes = list(routes)
        #: The bound HTTP port once started in HTTP mode.
        self.port: int | None = None
        self._ack_budget = ack_budget_seconds
        self._admin_cache_seconds = admin_cache_seconds
        self._admin_cache: dict[tuple[str, str], tuple[float, bool]] = {}
        self._team_clients: dict[str, AsyncWebClient] = {}
        self._managers = frozenset(settings.slack_managers)
        self._retry_handlers = [
            AsyncConnectionErrorRetryHandler(),
            AsyncRateLimitErrorRetryHandler(max_retry_count=rate_limit_retries),
        ]
        self._app_token = settings.secret("slack_app_token")
        self._engine: AsyncEngine | None = None
        self._installation_store: AsyncSQLAlchemyInstallationStore | None = None
        self._state_store: AsyncSQLAlchemyOAuthStateStore | None = None
        self._socket_handler: AsyncSocketModeHandler | None = None
        self._server: HttpServer | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.app = self._build_app()
        self._register_listeners()

    # ---- construction ------------------------------------------------------------------------
    @property
    def socket_mode(self) -> bool:
        return bool(self._app_token)

    @property
    def is_connected(self) -> bool:
        if self._socket_handler is not None:
            client = self._socket_handler.client
            session = client.current_session
            return not client.closed and not client.stale and session is not None and not session.closed
        return self._server is not None

    @property
    def multi_workspace(self) -> bool:
        return bool(self.settings.slack_client_id and self.settings.secret("slack_client_secret"))

    def _client(self, token: str | None) -> AsyncWebClient:
        return AsyncWebClient(
            token=token, base_url=self.settings.slack_api_url, retry_handlers=list(self._retry_handlers)
        )

    def _build_app(self) -> AsyncApp:
        signing_secret = self.settings.secret("slack_signing_secret")
        if not self.socket_mode and not signing_secret:
            raise SlackConfigError(
                "Slack HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)"
            )
        # HTTP requests are verified in _dispatch, on the raw body, before Bolt parses them; Socket
        # Mode requests come over an authenticated websocket and carry no signature.
        self._verifier = SignatureVerifier(signing_secret or "unused-in-socket-mode")
        common: dict[str, Any] = {
            "signing_secret": signing_secret or "",
            "request_verification_enabled": False,
            "process_before_response": False,
        }
        if self.multi_workspace:
            # The installation and OAuth-state tables live in sitrep's own database (same pragmas).
            self._engine = create_engine(self.settings.db_url)
            client_id = str(self.settings.slack_client_id)
            self._installation_store = AsyncSQLAlchemyInstallationStore(
                client_id=client_id, engine=self._engine
            )
            self._state_store = AsyncSQLAlchemyOAuthStateStore(expiration_seconds=600, engine=self._engine)
            oauth = AsyncOAuthSettings(
                client_id=client_id,
                client_secret=self.settings.secret("slack_client_secret"),
                scopes=list(BOT_SCOPES),
                installation_store=self._installation_store,
                state_store=self._state_store,
            )
            return AsyncApp(client=self._client(None), oauth_settings=oauth, **common)
        token = self.settings.secret("slack_bot_token")
        if not token:
            raise SlackConfigError(
                "Slack needs SLACK_BOT_TOKEN (or SLACK_CLIENT_ID/SECRET for multi-workspace installs)"
            )
        return AsyncApp(client=self._client(token), **common)

    def _register_listeners(self) -> None:
        for name in SLASH_COMMANDS:
            self.app.command(name)(self._on_command)
        self.app.event("app_uninstalled")(self._on_app_uninstalled)
        self.app.event("tokens_revoked")(self._on_tokens_revoked)

    # ---- lifecycle ---------------------------------------------------------------------------
    async def start(self) -> None:
        if self._installation_store is not None and self._state_store is not None:
            await self._installation_store.create_tables()
            await self._state_store.create_tables()
        else:
            await self._verify_bot_token()
        if self.socket_mode:
            self._socket_handler = AsyncSocketModeHandler(self.app, str(self._app_token))
            await self._socket_handler.connect_async()
            log.info("slack.started mode=socket")
            return
        server = HttpServer(self._web_app(), self.host, self._bind_port)
        await server.start()
        self._server, self.port = server, server.port
        log.info("slack.started mode=http host=%s port=%s path=%s", self.host, self.port, EVENTS_PATH)

    async def _verify_bot_token(self) -> None:
        """Fail at start-up, not at the first command, when Slack rejects the bot token."""
        try:
            identity = await self.app.client.auth_test()
        except SlackApiError as exc:
            error = exc.response.get("error")
            if error in REJECTED_TOKEN_ERRORS:
                raise SlackConfigError(f"Slack rejected SLACK_BOT_TOKEN ({error})") from None
            log.warning("slack.auth_test_failed error=%s", error)  # Slack hiccup: carry on
            return
        except Exception as exc:  # noqa: BLE001 - unreachable Slack must not stop the other adapters
            log.warning("slack.auth_test_failed error=%s", type(exc).__name__)
            return
        log.info("slack.authenticated team=%s bot_user=%s", identity.get("team_id"), identity.get("user_id"))

    async def stop(self) -> None:
        if self._socket_handler is not None:
            await self._socket_handler.close_async()
            self._socket_handler = None
        if self._server is not None:
            await self._server.stop()
            self._server = None
        for task in list(self._tasks):
            task.cancel()
        if self._engine is not None:
            await self._engine.dispose()
        log.info("slack.stopped")

    def _web_app(self) -> web.Application:
        app = web.Application()
        app.router.add_post(EVENTS_PATH, self._dispatch)
        flow = self.app.oauth_flow
        if flow is not None:
            app.router.add_get(flow.install_path, self._oauth_install)
            app.router.add_get(flow.redirect_uri_path, self._oauth_callback)
        # The health and metrics routes share the port: one server for everything HTTP.
        app.add_routes(self._routes)
        return app

    async def _dispatch(self, request: web.Request) -> web.Response:
        # The signature and timestamp are checked on the raw bytes before anything parses them, so
        # unsigned junk costs one log line and a 401, never a traceback.
        body = await request.read()
        refusal = self._refusal(body, request.headers)
        if refusal is not None:
            status, reason = refusal
            log.warning("slack.request_refused status=%d reason=%s peer=%s", status, reason, request.remote)
            return web.Response(status=status, text=reason)
        try:
            bolt_request = await to_bolt_request(request)
        except Exception as exc:  # noqa: BLE001 - signed, yet not a body Slack sends (a JSON list, bad JSON)
            log.warning("slack.request_refused status=400 reason=unreadable_body error=%s", type(exc).__name__)
            return web.Response(status=400, text="unreadable_body")
        return await to_aiohttp_response(await self.app.async_dispatch(bolt_request))

    def _refusal(self, body: bytes, headers: Mapping[str, str]) -> tuple[int, str] | None:
        """(status, reason) when a request is not signed by Slack within the replay window, else None."""
        stamp = headers.get("X-Slack-Request-Timestamp", "")
        signature = headers.get("X-Slack-Signature", "")
        if not stamp or not signature:
            return 401, "unsigned"
        if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= MAX_TIMESTAMP_DIGITS):
            return 401, "bad_timestamp"
        if abs(time.time() - int(stamp)) > SIGNATURE_MAX_AGE_SECONDS:
            return 401, "stale_timestamp"
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:  # Slack signs UTF-8 text only: this cannot be a request of Slack's
            return 401, "body_not_utf8"
        if not self._verifier.is_valid(body=body, timestamp=stamp, signature=signature):
            return 401, "bad_signature"
        return None

    async def _oauth_install(self, request: web.Request) -> web.Response:
        assert self.app.oauth_flow is not None
        return await to_aiohttp_response(
            await self.app.oauth_flow.handle_installation(await to_bolt_request(request))
        )

    async def _oauth_callback(self, request: web.Request) -> web.Response:
        assert self.app.oauth_flow is not None
        return await to_aiohttp_response(
            await self.app.oauth_flow.handle_callback(await to_bolt_request(request))
        )

    # ---- slash commands ----------------------------------------------------------------------
    async def _on_command(
        self,
        ack: Callable[..., Awaitable[Any]],
        command: dict[str, Any],
        respond: Callable[..., Awaitable[Any]],
        client: AsyncWebClient,
    ) -> None:
        work = asyncio.create_task(self._run_command(command, client))
        self._tasks.add(work)
        work.add_done_callback(self._tasks.discard)
        # Answer in the ack when the core is quick; otherwise ack now and reply via response_url,
        # so Slack never sees more than the budget (< 3 s) before the ack.
        done, _ = await asyncio.wait({work}, timeout=self._ack_budget)
        if work in done:
            await ack(**render_reply(work.result()))
            return
        await ack(text=WORKING_TEXT, response_type="ephemeral")
        await respond(**render_reply(await work))

    async def _run_command(self, command: dict[str, Any], client: AsyncWebClient) -> Reply:
        line = command_line(str(command.get("command", "")), str(command.get("text", "")))
        team_id, user_id = str(command.get("team_id", "")), str(command.get("user_id", ""))
        try:
            permissions = await self._permissions(client, team_id, user_id)
            request = Request(
                channel=ChannelRef(self.platform, team_id, str(command.get("channel_id", ""))),
                user_id=user_id,
                text=line,
                permissions=permissions,
            )
            reply = await self.commands.handle(request)
        except Exception:
            log.exception("slack.command_failed command=%s team=%s", line.split(" ", 1)[0], team_id)
            return Reply(command=line.split(" ", 1)[0], ok=False, text=FAILED_TEXT)
        if reply.command == "subscribe" and reply.ok:
            # Without chat:write.public the bot can only post where it is a member.
            reply = replace(reply, text=f"{reply.text}\n{INVITE_HINT}".strip())
        return reply

    async def _permissions(self, client: AsyncWebClient, team_id: str, user_id: str) -> frozenset[str]:
        if user_id in self._managers or await self._is_workspace_admin(client, team_id, user_id):
            return frozenset({MANAGE_SERVER})
        return frozenset()

    async def _is_workspace_admin(self, client: AsyncWebClient, team_id: str, user_id: str) -> bool:
        key = (team_id, user_id)
        cached = self._admin_cache.get(key)
        now = time.monotonic()
        if cached is not None and now - cached[0] < self._admin_cache_seconds:
            return cached[1]
        try:
            user = (await client.users_info(user=user_id))["user"]
        except SlackApiError as exc:
            # Without users:read (or on a Slack hiccup) nobody is an admin: refusing is the safe side.
            log.warning("slack.users_info_failed team=%s error=%s", team_id, exc.response.get("error"))
            return False
        is_admin = bool(user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner"))
        if len(self._admin_cache) >= ADMIN_CACHE_MAX:
            self._admin_cache.clear()  # simple bound: a refill costs one users.info per active user
        self._admin_cache[key] = (now, is_admin)
        return is_admin

    # ---- lifecycle events --------------------------------------------------------------------
    async def _on_app_uninstalled(self, body: dict[str, Any], context: dict[str, Any]) -> None:
        team_id = str(context.get("team_id") or body.get("team_id") or "")
        if self._installation_store is not None:
            await self._installation_store.async_delete_all(
                enterprise_id=context.get("enterprise_id"), team_id=team_id
            )
        await self._forget(team_id)

    async def _on_tokens_revoked(
        self, event: dict[str, Any], body: dict[str, Any], context: dict[str, Any]
    ) -> None:
        # Only a revoked bot token ends sitrep's life in the workspace; user tokens are not used.
        if not event.get("tokens", {}).get("bot"):
            return
        team_id = str(context.get("team_id") or body.get("team_id") or "")
        if self._installation_store is not None:
            await self._installation_store.async_delete_bot(
                enterprise_id=context.get("enterprise_id"), team_id=team_id
            )
        await self._forget(team_id)

    async def _forget(self, team_id: str) -> None:
        self._team_clients.pop(team_id, None)
        await self.commands.forget_server(self.platform, team_id)
        log.info("slack.workspace_forgotten team=%s", team_id)

    # ---- delivery ----------------------------------------------------------------------------
    async def deliver(self, channel: ChannelRef, alert: Alert, delivery: Delivery) -> str:
        text, blocks = render_alert(alert)
        client = await self._client_for_team(channel.server_id)
        try:
            if delivery.may_have_posted and (earlier := await self._earlier_post(client, channel, delivery)):
                log.info("slack.already_posted outbox=%s ts=%s", delivery.outbox_id, earlier)
                return earlier
            response = await client.chat_postMessage(
                channel=channel.channel_id,
                text=text,
                blocks=blocks,
                unfurl_links=False,
                unfurl_media=False,
                # The row's key travels with the post, so a later attempt can find it (above).
                metadata={"event_type": ALERT_METADATA_EVENT, "event_payload": {"outbox_key": delivery.key}},
            )
        except SlackApiError as exc:
            error = str(exc.response.get("error", ""))
            if error in CHANNEL_BROKEN_ERRORS:
                raise ChannelBroken(error) from exc
            raise  # anything else (429 after retries, 5xx, invalid_auth) is retried later
        return str(response["ts"])

    async def _earlier_post(self, client: AsyncWebClient, channel: ChannelRef, delivery: Delivery) -> str | None:
        """The ts of a post of this outbox row in the channel's recent history, if there is one."""
        oldest = f"{delivery.queued_at.timestamp() - HISTORY_CLOCK_SKEW_SECONDS:.6f}"
        cursor = None
        for _ in range(HISTORY_MAX_PAGES):
            try:
                page = await client.conversations_history(
                    channel=channel.channel_id, oldest=oldest, limit=HISTORY_PAGE_SIZE,
                    include_all_metadata=True, cursor=cursor,
                )
            except SlackApiError as exc:
                if str(exc.response.get("error", "")) in CHANNEL_BROKEN_ERRORS:
                    raise
                # Without channels:history (an older install) the check cannot be made: post,
                # at the risk of a repeat, rather than hold the alert back.
                log.warning("slack.history_unavailable channel=%s error=%s", channel.channel_id,
                            exc.response.get("error"))
                return None
            for message in page.get("messages") or []:
                metadata = message.get("metadata") or {}
                if (metadata.get("event_type") == ALERT_METADATA_EVENT
                        and (metadata.get("event_payload") or {}).get("outbox_key") == delivery.key):
                    return str(message["ts"])
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return None
        return None

    async def _client_for_team(self, team_id: str) -> AsyncWebClient:
        if self._installation_store is None:
            return self.app.client
        client = self._team_clients.get(team_id)
        if client is None:
            bot = await self._installation_store.async_find_bot(enterprise_id=None, team_id=team_id)
            if bot is None or not bot.bot_token:
                raise ChannelBroken("sitrep is not installed in this workspace")
            client = self._client(bot.bot_token)
            self._team_clients[team_id] = client
        return client
