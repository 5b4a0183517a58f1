"""A loopback fake of the Slack Web API, `response_url` and the Socket Mode websocket.

It runs on the test's own event loop (aiohttp on 127.0.0.1, port 0), so the real async
slack_sdk/slack-bolt clients talk to it over real HTTP and websockets. Everything it receives is
recorded for assertions; behaviour that tests need to provoke (429s, broken channels, admins) is
configured through plain attributes.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from aiohttp import WSMsgType, web

TEAM_ID = "T111"
BOT_USER_ID = "UB111"
BOT_ID = "B111"
APP_ID = "A111"
ADMIN_USER = "UADMIN"
OWNER_USER = "UOWNER"
MEMBER_USER = "UMEMBER"


@dataclass
class ApiCall:
    method: str
    args: dict[str, Any]
    token: str


@dataclass
class FakeSlack:
    bot_token: str = "xoxb-test"
    app_token: str = "xapp-test"
    #: Every Web API call in arrival order.
    calls: list[ApiCall] = field(default_factory=list)
    #: Bodies POSTed to response_url (what Bolt's `respond()` sends), with their response id.
    responses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    #: Socket Mode acks by envelope id: {"envelope_id": ..., "payload": {...}}.
    acks: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: api method -> how many 429s (Retry-After: `retry_after`) to answer before succeeding.
    ratelimit: dict[str, int] = field(default_factory=dict)
    retry_after: str = "0"
    #: channel id -> Slack error chat.postMessage answers for it ("is_archived", ...).
    channel_errors: dict[str, str] = field(default_factory=dict)
    #: user id -> users.info flags; unknown users are plain members.
    users: dict[str, dict[str, bool]] = field(
        default_factory=lambda: {
            ADMIN_USER: {"is_admin": True, "is_owner": False},
            OWNER_USER: {"is_admin": False, "is_owner": True},
            MEMBER_USER: {"is_admin": False, "is_owner": False},
        }
    )
    #: When set, users.info answers this error (e.g. "missing_scope") for every user.
    users_info_error: str | None = None
    #: Messages the bot posted, by channel id, oldest first (with their metadata, if any).
    messages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: When each of those messages was created (time.monotonic()), by ts.
    created_at: dict[str, float] = field(default_factory=dict)
    #: When set, conversations.history answers this error (e.g. "missing_scope").
    history_error: str | None = None
    #: Extra accepted bot tokens (e.g. per-workspace OAuth installs) -> their team id.
    extra_bot_tokens: dict[str, str] = field(default_factory=dict)
    port: int = 0

    def __post_init__(self) -> None:
        self._ts = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self._changed = asyncio.Event()
        self._sockets: list[web.WebSocketResponse] = []

    # ---- lifecycle ---------------------------------------------------------------------------
    async def start(self) -> FakeSlack:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/response_url/{rid}", self._response_url)
        app.router.add_get("/link", self._socket_mode_link)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        """The Web API base URL (settings.slack_api_url / AsyncWebClient(base_url=...))."""
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/response_url/{uuid.uuid4().hex}"

    # ---- assertions helpers -------------------------------------------------------------------
    def calls_to(self, method: str) -> list[ApiCall]:
        return [call for call in self.calls if call.method == method]

    def posted(self) -> list[dict[str, Any]]:
        """Arguments of every successful-or-not chat.postMessage, in order."""
        return [call.args for call in self.calls_to("chat.postMessage")]

    async def wait_until(self, predicate: Any, timeout: float = 5.0) -> None:
        """Wait until `predicate()` is true; the fake wakes waiters on every request it records."""
        deadline = time.monotonic() + timeout
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError("fake Slack: condition not met in time")
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), remaining)
            except TimeoutError:
                pass

    def _record(self) -> None:
        self._changed.set()

    # ---- Web API -----------------------------------------------------------------------------
    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        raw = await request.text()
        if request.content_type == "application/json":
            args: dict[str, Any] = json.loads(raw or "{}")
        else:
            args = {key: values[0] for key, values in parse_qs(raw).items()}
        args.update(request.query)
        token = request.headers.get("Authorization", "").removeprefix("Bearer ") or args.get("token", "")
        self.calls.append(ApiCall(method, args, token))
        self._record()

        if self.ratelimit.get(method, 0) > 0:
            self.ratelimit[method] -= 1
            return web.json_response(
                {"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": self.retry_after}
            )
        if method == "apps.connections.open":
            if token != self.app_token:
                return _error("invalid_auth")
            return web.json_response({"ok": True, "url": f"ws://127.0.0.1:{self.port}/link"})
        if method == "oauth.v2.access":  # authenticated by client id/secret, not a token
            return self._oauth_access(args)
        team_id = self._team_of(token)
        if team_id is None:
            return _error("invalid_auth")  # Slack answers HTTP 200 with ok:false
        handler = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._post_message,
            "chat.update": self._update_message,
            "users.info": self._users_info,
            "conversations.info": self._conversations_info,
            "conversations.history": self._conversations_history,
        }.get(method)
        if handler is None:
            return _error("unknown_method")
        return handler(args, team_id)

    def _oauth_access(self, args: dict[str, Any]) -> web.Response:
        """Exchange an install `code` for a new workspace's bot token (code "T222" -> team T222)."""
        team_id = str(args.get("code", ""))
        token = f"xoxb-{team_id.lower()}"
        self.extra_bot_tokens[token] = team_id
        return web.json_response(
            {
                "ok": True,
                "app_id": APP_ID,
                "authed_user": {"id": "U1"},
                "scope": "commands,chat:write,users:read",
                "token_type": "bot",
                "access_token": token,
                "bot_user_id": "UB" + team_id,
                "team": {"id": team_id, "name": f"Team {team_id}"},
                "enterprise": None,
                "is_enterprise_install": False,
            }
        )

    def _team_of(self, token: str) -> str | None:
        if token == self.bot_token:
            return TEAM_ID
        return self.extra_bot_tokens.get(token)

    def _auth_test(self, args: dict[str, Any], team_id: str) -> web.Response:
        return web.json_response(
            {
                "ok": True,
                "url": "https://fake.slack.com/",
                "team": "Fake",
                "user": "sitrep",
                "team_id": team_id,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "is_enterprise_install": False,
            }
        )

    def _post_message(self, args: dict[str, Any], team_id: str) -> web.Response:
        channel = str(args.get("channel", ""))
        if channel in self.channel_errors:
            return _error(self.channel_errors[channel])
        blocks = args.get("blocks") or []
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        if len(blocks) > 50:
            return _error("invalid_blocks")
        ts = f"{int(time.time())}.{next(self._ts):06d}"
        message: dict[str, Any] = {
            "type": "message", "text": args.get("text", ""), "blocks": blocks, "user": BOT_USER_ID, "ts": ts,
        }
        metadata = args.get("metadata")
        if metadata:
            message["metadata"] = json.loads(metadata) if isinstance(metadata, str) else metadata
        self.messages.setdefault(channel, []).append(message)
        self.created_at[ts] = time.monotonic()
        return web.json_response({"ok": True, "channel": channel, "ts": ts, "message": message})

    def created(self, channel: str | None = None) -> list[dict[str, Any]]:
        """Messages chat.postMessage created (in one channel, or all), oldest first per channel."""
        return [m for c, listed in self.messages.items() if channel in (None, c) for m in listed]

    def _conversations_history(self, args: dict[str, Any], team_id: str) -> web.Response:
        """Newest first, after `oldest`, `limit` per page with a cursor; metadata only when
        `include_all_metadata` is asked for (as Slack does)."""
        if self.history_error:
            return _error(self.history_error)
        channel = str(args.get("channel", ""))
        if channel in self.channel_errors:
            return _error(self.channel_errors[channel])
        oldest = float(args.get("oldest") or 0)
        newest_first = [m for m in reversed(self.messages.get(channel, [])) if float(m["ts"]) > oldest]
        start, limit = int(args.get("cursor") or 0), int(args.get("limit") or 100)
        page = newest_first[start : start + limit]
        if str(args.get("include_all_metadata", "")).lower() not in ("1", "true"):
            page = [{key: value for key, value in m.items() if key != "metadata"} for m in page]
        more = start + limit < len(newest_first)
        return web.json_response({
            "ok": True, "messages": page, "has_more": more,
            "response_metadata": {"next_cursor": str(start + limit) if more else ""},
        })

    def _update_message(self, args: dict[str, Any], team_id: str) -> web.Response:
        return web.json_response(
            {"ok": True, "channel": args.get("channel"), "ts": args.get("ts"), "text": args.get("text", "")}
        )

    def _users_info(self, args: dict[str, Any], team_id: str) -> web.Response:
        if self.users_info_error:
            return _error(self.users_info_error)
        user_id = str(args.get("user", ""))
        flags = self.users.get(user_id, {"is_admin": False, "is_owner": False})
        return web.json_response(
            {
                "ok": True,
                "user": {
                    "id": user_id,
                    "team_id": team_id,
                    "name": user_id.lower(),
                    "is_admin": flags.get("is_admin", False),
                    "is_owner": flags.get("is_owner", False),
                    "is_primary_owner": False,
                    "is_bot": False,
                },
            }
        )

    def _conversations_info(self, args: dict[str, Any], team_id: str) -> web.Response:
        channel = str(args.get("channel", ""))
        error = self.channel_errors.get(channel)
        if error == "channel_not_found":
            return _error(error)
        return web.json_response(
            {
                "ok": True,
                "channel": {
                    "id": channel,
                    "name": channel.lower(),
                    "is_channel": True,
                    "is_archived": error == "is_archived",
                    "is_member": error != "not_in_channel",
                },
            }
        )

    # ---- response_url ------------------------------------------------------------------------
    async def _response_url(self, request: web.Request) -> web.Response:
        self.responses.append((request.match_info["rid"], await request.json()))
        self._record()
        return web.Response(text="ok")  # what Slack's response_url answers

    # ---- Socket Mode -------------------------------------------------------------------------
    async def _socket_mode_link(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_str(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "connection_info": {"app_id": APP_ID},
                    "debug_info": {"host": "fake"},
                }
            )
        )
        self._record()
        try:
            async for message in ws:
                if message.type == WSMsgType.TEXT:
                    ack = json.loads(message.data)
                    self.acks[ack.get("envelope_id", "")] = ack
                    self._record()
        finally:
            self._sockets.remove(ws)
        return ws

    @property
    def socket_connected(self) -> bool:
        return bool(self._sockets)

    async def disconnect_clients(self, reason: str = "refresh_requested") -> None:
        """Ask every Socket Mode client to reconnect, as Slack does every few hours."""
        for ws in list(self._sockets):
            await ws.send_str(json.dumps({"type": "disconnect", "reason": reason, "debug_info": {}}))

    async def send_envelope(self, type_: str, payload: dict[str, Any]) -> str:
        """Send a Socket Mode envelope to every connected client and return its envelope id."""
        envelope_id = str(uuid.uuid4())
        envelope = {
            "envelope_id": envelope_id,
            "type": type_,
            "payload": payload,
            "accepts_response_payload": type_ != "events_api",
        }
        for ws in list(self._sockets):
            await ws.send_str(json.dumps(envelope))
        return envelope_id


def _error(error: str) -> web.Response:
    return web.json_response({"ok": False, "error": error})
