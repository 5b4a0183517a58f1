"""A loopback fake of Discord's REST API (/api/v10) and gateway (v10, JSON text frames).

Enough of Discord for the real discord.py 2.x client to log in, shard (`GET /gateway/bot`),
identify, receive a guild, sync app commands, answer interactions and post messages. Everything
the bot sends is recorded for assertions. Behaviours tests need to provoke are switches:
`ratelimit_next` (429s with `Via`, which discord.py must wait out), `broken_channels`
(404 Unknown Channel / 403 Missing Access for a channel), and `remove_guild()` (GUILD_DELETE).
Like Discord, a message posted with `enforce_nonce` and a nonce already used in that channel within
`nonce_window_seconds` returns the earlier message instead of creating one.

Facts about discord.py it relies on (checked against the real client): it parses JSON only when
Content-Type is exactly `application/json`; interaction callbacks arrive with `?with_response=1`
and no Authorization header; a 429 without `Via` is treated as a Cloudflare ban, not retried.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import zlib
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

APP_ID = "1000000000000000001"
BOT_ID = APP_ID  # a modern application's bot user has the application's id
GUILD_ID = "2000000000000000001"
CHANNEL_ID = "3000000000000000001"
OTHER_CHANNEL_ID = "3000000000000000002"
ROLE_ID = "5000000000000000001"
USER_ID = "4000000000000000001"

#: Permission bits (Discord's numbering) the tests hand to members.
ALL_PERMISSIONS = "2251799813685247"
MANAGE_CHANNELS_BIT = 1 << 4
MANAGE_GUILD_BIT = 1 << 5
VIEW_SEND_EMBED = (1 << 10) | (1 << 11) | (1 << 14)  # View Channel, Send Messages, Embed Links

BOT_USER = {
    "id": BOT_ID, "username": "sitrep", "discriminator": "0000",
    "global_name": None, "avatar": None, "bot": True, "flags": 0,
}
HUMAN = {"id": USER_ID, "username": "alice", "discriminator": "0", "global_name": "Alice", "avatar": None}

#: Discord's JSON error bodies for a channel the bot can no longer use.
CHANNEL_ERRORS: dict[str, tuple[int, dict[str, Any]]] = {
    "unknown_channel": (404, {"message": "Unknown Channel", "code": 10003}),
    "missing_access": (403, {"message": "Missing Access", "code": 50001}),
    "missing_permissions": (403, {"message": "Missing Permissions", "code": 50013}),
    "non_text_channel": (400, {"message": "Cannot send messages in a non-text channel", "code": 50008}),
    # Not about the channel: the delivery job retries (discord.py itself retries 5xx, slowly).
    "invalid_form": (400, {"message": "Invalid Form Body", "code": 50035}),
}


def invalid_message(body: Any) -> str | None:
    """What real Discord would refuse with 400 Invalid Form Body (code 50035), or None.
    Checking here makes every test that posts through the fake a test of Discord's limits."""
    if not isinstance(body, dict):
        return None
    embeds = body.get("embeds") or []
    if len(body.get("content") or "") > 2000:
        return "content: Must be 2000 or fewer in length."
    if not (body.get("content") or embeds):
        return "Cannot send an empty message"
    if len(embeds) > 10:
        return "embeds: Must be 10 or fewer in length."
    total = 0
    for embed in embeds:
        fields = embed.get("fields") or []
        sizes = {"title": (len(embed.get("title") or ""), 256),
                 "description": (len(embed.get("description") or ""), 4096),
                 "fields": (len(fields), 25),
                 "footer": (len((embed.get("footer") or {}).get("text") or ""), 2048)}
        for name, (size, limit) in sizes.items():
            if size > limit:
                return f"embeds.{name}: Must be {limit} or fewer in length."
        for entry in fields:
            if not str(entry.get("name") or "").strip() or not str(entry.get("value") or "").strip():
                return "embeds.fields: This field is required"
            if len(entry["name"]) > 256 or len(entry["value"]) > 1024:
                return "embeds.fields: Must be 1024 or fewer in length."
        total += sizes["title"][0] + sizes["description"][0] + sizes["footer"][0]
        total += sum(len(f["name"]) + len(f["value"]) for f in fields)
    if total > 6000:
        return "embeds: Embed size exceeds maximum size of 6000"
    return None


def form_error(message: str) -> web.Response:
    return djson({"message": "Invalid Form Body", "code": 50035, "errors": {"_errors": [{"message": message}]}},
                 status=400)


def djson(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # Exactly "application/json": discord.py compares the header for equality and returns a str
    # for aiohttp's default "application/json; charset=utf-8".
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


@dataclass
class PostedMessage:
    """A `POST /channels/{id}/messages` the fake accepted (or refused), with when it arrived."""

    channel_id: str
    body: dict[str, Any]
    at: float
    status: int = 200
    message_id: str | None = None
    #: A post Discord answered with an earlier message of the same enforced nonce (none created).
    repeat_of_nonce: bool = False


@dataclass
class InteractionResponse:
    """Whatever the bot answered an interaction with: the callback, then any followups/edits."""

    kind: str  # "callback" | "followup" | "edit"
    body: dict[str, Any]
    path: str

    @property
    def data(self) -> dict[str, Any]:
        # A callback wraps the message in {"type", "data"}; a followup is the message itself.
        return self.body.get("data") or {} if self.kind == "callback" else self.body

    @property
    def ephemeral(self) -> bool:
        return bool((self.data.get("flags") or 0) & 64)


@dataclass
class FakeGuild:
    id: str = GUILD_ID
    name: str = "Test Guild"
    channels: list[dict[str, Any]] = field(default_factory=lambda: [
        {"id": CHANNEL_ID, "type": 0, "name": "general", "position": 0, "permission_overwrites": []},
        {"id": OTHER_CHANNEL_ID, "type": 0, "name": "news", "position": 1, "permission_overwrites": []},
    ])
    roles: list[dict[str, Any]] = field(default_factory=lambda: [
        {"id": GUILD_ID, "name": "@everyone", "permissions": str(VIEW_SEND_EMBED), "position": 0},
        {"id": ROLE_ID, "name": "alerts", "permissions": "0", "position": 1},
    ])

    def payload(self) -> dict[str, Any]:
        role_defaults = {"color": 0, "hoist": False, "managed": False, "mentionable": True, "flags": 0}
        return {
            "id": self.id, "name": self.name, "icon": None, "owner_id": USER_ID,
            "unavailable": False, "member_count": 2, "large": False,
            "roles": [{**role_defaults, **role} for role in self.roles],
            "channels": [{**channel, "guild_id": self.id} for channel in self.channels],
            "members": [{"user": BOT_USER, "roles": [], "joined_at": "2024-01-01T00:00:00+00:00",
                         "deaf": False, "mute": False, "flags": 0}],
            "threads": [], "emojis": [], "stickers": [], "features": [], "voice_states": [],
            "presences": [], "stage_instances": [], "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }


class FakeDiscord:
    def __init__(self, token: str = "fake-token") -> None:
        self.token = token
        self.guilds: list[FakeGuild] = [FakeGuild()]
        #: Answer the next N channel-message posts with 429 (retry_after seconds, with `Via`).
        self.ratelimit_next = 0
        self.retry_after = 0.2
        #: channel id -> a key of CHANNEL_ERRORS: posts there fail like Discord's would.
        self.broken_channels: dict[str, str] = {}
        self.requests: list[tuple[str, str, Any]] = []  # every authorised REST call
        self.posted: list[PostedMessage] = []
        #: message id -> (channel id, its current fields), for PATCH edits.
        self.messages: dict[str, tuple[str, dict[str, Any]]] = {}
        self.edits: list[PostedMessage] = []  # accepted PATCH edits of channel messages
        self.command_syncs: list[tuple[str, list[dict[str, Any]]]] = []  # (path, payload)
        self.responses: dict[str, asyncio.Queue[InteractionResponse]] = {}  # by interaction token
        self.identifies: list[dict[str, Any]] = []
        self.resumes: list[dict[str, Any]] = []
        self.gateway_query: dict[str, str] = {}
        #: Send gateway events as zlib-stream binary frames (real Discord) instead of JSON text.
        self.compress_frames = False
        #: Messages refused as Discord would (400 Invalid Form Body): tests expect none.
        self.refusals: list[str] = []
        #: How long a post's enforced nonce dedupes a repeat (Discord: "the past few minutes").
        self.nonce_window_seconds = 300.0
        self._nonces: dict[tuple[str, str], tuple[dict[str, Any], float]] = {}
        self.ready = asyncio.Event()
        self._ws: web.WebSocketResponse | None = None
        self._seq = itertools.count(1)
        self._ids = itertools.count(7000000000000000001)
        self.app = web.Application()
        self.app.router.add_get("/gateway", self.gateway)
        self.app.router.add_get("/alt-gateway", self.gateway)  # to tell which URL a client chose
        self.gateway_paths: list[str] = []
        self.app.router.add_route("*", "/api/v10/{tail:.*}", self.rest)
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ---- lifecycle -------------------------------------------------------------------------
    async def start(self) -> None:
        self._runner = web.AppRunner(self.app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner:
            await self._runner.cleanup()

    @property
    def rest_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def next_id(self) -> str:
        return str(next(self._ids))

    # ---- REST ------------------------------------------------------------------------------
    async def rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.can_read_body:
            body = await request.json() if request.content_type == "application/json" else await request.text()
        # Interaction callbacks and followups carry their token in the URL, not a header.
        if not path.startswith(("/interactions/", "/webhooks/")):
            if request.headers.get("Authorization") != "Bot " + self.token:
                return djson({"message": "401: Unauthorized", "code": 0}, status=401)
        self.requests.append((request.method, path, body))
        method = request.method

        if method == "GET" and path == "/users/@me":
            return djson(BOT_USER)
        if method == "GET" and path == "/oauth2/applications/@me":
            return djson({
                "id": APP_ID, "name": "sitrep", "description": "", "icon": None, "bot_public": True,
                "bot_require_code_grant": False, "owner": HUMAN, "verify_key": "00" * 32,
                "flags": 0, "rpc_origins": [], "summary": "",
            })
        if method == "GET" and path == "/gateway/bot":  # AutoShardedClient asks where to connect
            return djson({
                "url": self.gateway_url, "shards": 1,
                "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0,
                                        "max_concurrency": 1},
            })
        if method == "PUT" and path.startswith(f"/applications/{APP_ID}/"):  # tree.sync()
            self.command_syncs.append((path, body))
            return djson([
                {**command, "id": self.next_id(), "application_id": APP_ID, "version": "1"}
                for command in body
            ])
        if method == "POST" and path.startswith("/interactions/") and path.endswith("/callback"):
            return await self._interaction_callback(path, body)
        if path.startswith(f"/webhooks/{APP_ID}/"):
            return await self._followup(method, path, body)
        if method == "POST" and path.startswith("/channels/") and path.endswith("/messages"):
            return self._channel_message(path.split("/")[2], body)
        if method == "PATCH" and path.startswith("/channels/") and "/messages/" in path:
            _, _, channel_id, _, message_id = path.split("/")
            return self._edit_message(channel_id, message_id, body)
        return djson({"message": "404: Not Found", "code": 0}, status=404)

    async def _interaction_callback(self, path: str, body: dict[str, Any]) -> web.Response:
        # path: /interactions/{id}/{token}/callback
        _, _, interaction_id, token, _ = path.split("/")
        if body.get("type") == 4 and (problem := invalid_message(body.get("data"))):
            self.refusals.append(problem)
            return form_error(problem)
        await self._responses_for(token).put(InteractionResponse("callback", body, path))
        response_type = body.get("type")
        data = body.get("data") or {}
        # discord.py 2.7 always sends ?with_response=1 and parses this shape; a bare 204 breaks it.
        answer: dict[str, Any] = {"interaction": {
            "id": interaction_id, "type": 2,
            "response_message_loading": response_type == 5,
            "response_message_ephemeral": bool((data.get("flags") or 0) & 64),
        }}
        if response_type in (4, 5, 7):
            message = self.message(CHANNEL_ID, data)
            answer["interaction"]["response_message_id"] = message["id"]
            answer["resource"] = {"type": response_type, "message": message}
        return djson(answer)

    async def _followup(self, method: str, path: str, body: Any) -> web.StreamResponse:
        # POST /webhooks/{app}/{token}?wait=1, PATCH/DELETE /webhooks/{app}/{token}/messages/...
        token = path.split("/")[3]
        kind = "followup" if method == "POST" else "edit"
        if method == "POST" and (problem := invalid_message(body)):
            self.refusals.append(problem)
            return form_error(problem)
        if isinstance(body, dict):
            await self._responses_for(token).put(InteractionResponse(kind, body, path))
        if method == "DELETE":
            return web.Response(status=204)
        return djson(self.message(CHANNEL_ID, body if isinstance(body, dict) else {}))

    def _channel_message(self, channel_id: str, body: dict[str, Any]) -> web.Response:
        now = time.monotonic()
        if channel_id in self.broken_channels:
            status, error = CHANNEL_ERRORS[self.broken_channels[channel_id]]
            self.posted.append(PostedMessage(channel_id, body, now, status))
            return djson(error, status=status)
        if self.ratelimit_next > 0:
            self.ratelimit_next -= 1
            self.posted.append(PostedMessage(channel_id, body, now, 429))
            return djson(
                {"message": "You are being rate limited.", "retry_after": self.retry_after, "global": False},
                status=429,
                headers={"Via": "1.1 google", "Retry-After": str(self.retry_after),
                         "X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0",
                         "X-RateLimit-Reset-After": str(self.retry_after),
                         "X-RateLimit-Bucket": "messages", "X-RateLimit-Scope": "user"},
            )
        if problem := invalid_message(body):
            self.refusals.append(problem)
            self.posted.append(PostedMessage(channel_id, body, now, 400))
            return form_error(problem)
        nonce_key = (channel_id, str(body.get("nonce")))
        earlier = self._nonces.get(nonce_key) if body.get("enforce_nonce") and body.get("nonce") else None
        if earlier is not None and now - earlier[1] < self.nonce_window_seconds:
            # Discord: "If another message was created by the same author with the same nonce,
            # that message will be returned and no new message will be created."
            self.posted.append(PostedMessage(channel_id, body, now, 200, earlier[0]["id"], repeat_of_nonce=True))
            return djson(earlier[0])
        message = self.message(channel_id, body)
        if body.get("nonce") is not None:
            message["nonce"] = str(body["nonce"])
            self._nonces[nonce_key] = (message, now)
        self.posted.append(PostedMessage(channel_id, body, now, 200, message["id"]))
        self.messages[message["id"]] = (channel_id, body)
        return djson(message, headers={"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "4",
                                       "X-RateLimit-Reset-After": "1.0", "X-RateLimit-Bucket": "messages"})

    def _edit_message(self, channel_id: str, message_id: str, body: dict[str, Any]) -> web.Response:
        """PATCH /channels/{id}/messages/{id}: the message's new fields replace the old."""
        if channel_id in self.broken_channels:
            status, error = CHANNEL_ERRORS[self.broken_channels[channel_id]]
            return djson(error, status=status)
        known = self.messages.get(message_id)
        if known is None or known[0] != channel_id:
            return djson({"message": "Unknown Message", "code": 10008}, status=404)
        if problem := invalid_message(body):
            self.refusals.append(problem)
            return form_error(problem)
        merged = {**known[1], **body}
        self.messages[message_id] = (channel_id, merged)
        self.edits.append(PostedMessage(channel_id, body, time.monotonic(), 200, message_id))
        return djson({**self.message(channel_id, merged), "id": message_id})

    def message(self, channel_id: str, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": self.next_id(), "channel_id": channel_id, "author": BOT_USER,
            "content": body.get("content") or "", "flags": body.get("flags") or 0,
            "timestamp": "2024-01-01T00:00:00+00:00", "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [],
            "embeds": body.get("embeds") or [], "components": [], "pinned": False, "type": 0,
        }

    def delivered(self, channel_id: str | None = None) -> list[PostedMessage]:
        """Messages Discord created, optionally in one channel (a repeated enforced nonce creates none)."""
        return [
            m for m in self.posted
            if m.status == 200 and not m.repeat_of_nonce and channel_id in (None, m.channel_id)
        ]

    def _responses_for(self, token: str) -> asyncio.Queue[InteractionResponse]:
        return self.responses.setdefault(token, asyncio.Queue())

    async def response(self, token: str, timeout: float = 5.0) -> InteractionResponse:
        """The next thing the bot sent for the interaction with this token."""
        return await asyncio.wait_for(self._responses_for(token).get(), timeout)

    async def final_response(self, token: str, timeout: float = 5.0) -> InteractionResponse:
        """The response that carries the answer: skips a "thinking" defer (type 5)."""
        first = await self.response(token, timeout)
        if first.kind == "callback" and first.body.get("type") == 5:
            return await self.response(token, timeout)
        return first

    # ---- gateway ---------------------------------------------------------------------------
    async def gateway(self, request: web.Request) -> web.WebSocketResponse:
        self.gateway_paths.append(request.path)
        self.gateway_query = dict(request.query)  # v=10&encoding=json&compress=zlib-stream
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        self._zlib = zlib.compressobj()
        # Text frames: discord.py only decompresses binary ones, so compress=zlib-stream is moot.
        await self._send({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        async for frame in ws:
            if frame.type != WSMsgType.TEXT:
                continue
            payload = json.loads(frame.data)
            if payload["op"] == 1:  # HEARTBEAT -> ACK, or the client calls the link a zombie
                await self._send({"op": 11, "d": None, "s": None, "t": None})
            elif payload["op"] == 2:  # IDENTIFY -> READY, then one GUILD_CREATE per guild
                self.identifies.append(payload["d"])
                await self.dispatch("READY", {
                    "v": 10, "user": BOT_USER, "session_id": "fake-session",
                    "guilds": [{"id": guild.id, "unavailable": True} for guild in self.guilds],
                    "resume_gateway_url": self.gateway_url,
                    "application": {"id": APP_ID, "flags": 0}, "shard": payload["d"].get("shard", [0, 1]),
                })
                for guild in self.guilds:
                    await self.dispatch("GUILD_CREATE", guild.payload())
                self.ready.set()
            elif payload["op"] == 6:  # RESUME
                self.resumes.append(payload["d"])
                await self.dispatch("RESUMED", {})
                self.ready.set()
        if self._ws is ws:
            self._ws = None
            self.ready.clear()
        return ws

    async def _send(self, payload: dict[str, Any]) -> None:
        assert self._ws is not None, "no gateway connection"
        if self.compress_frames and self.gateway_query.get("compress") == "zlib-stream":
            # As Discord does for ?compress=zlib-stream: one zlib stream per connection.
            raw = json.dumps(payload).encode()
            await self._ws.send_bytes(self._zlib.compress(raw) + self._zlib.flush(zlib.Z_SYNC_FLUSH))
        else:
            await self._ws.send_str(json.dumps(payload))

    async def reconnect_request(self) -> None:
        """Op 7 RECONNECT: the client must reconnect (to resume_gateway_url) and RESUME."""
        await self._send({"op": 7, "d": None, "s": None, "t": None})

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        await self._send({"op": 0, "t": event, "s": next(self._seq), "d": data})

    async def remove_guild(self, guild_id: str = GUILD_ID) -> None:
        """The bot was kicked (or the guild deleted): GUILD_DELETE without `unavailable`."""
        self.guilds = [guild for guild in self.guilds if guild.id != guild_id]
        await self.dispatch("GUILD_DELETE", {"id": guild_id})

    async def autocomplete(self, name: str, options: list[dict[str, Any]]) -> str:
        """Dispatch an APPLICATION_COMMAND_AUTOCOMPLETE interaction (type 4) for /name, the option
        being typed marked `"focused": True`; returns the token to await the choices (callback 8)."""
        return await self.slash_command(name, options, interaction_type=4)

    async def slash_command(
        self,
        name: str,
        options: list[dict[str, Any]] | None = None,
        *,
        permissions: int | str = ALL_PERMISSIONS,
        channel_id: str = CHANNEL_ID,
        guild_id: str = GUILD_ID,
        command_guild_id: str | None = None,
        resolved: dict[str, Any] | None = None,
        interaction_type: int = 2,
    ) -> str:
        """Dispatch INTERACTION_CREATE (type 2, APPLICATION_COMMAND) for /name as `alice` with the
        given resolved channel permissions; returns the interaction token to await answers by."""
        token = "itok-" + self.next_id()
        data: dict[str, Any] = {"id": self.next_id(), "name": name, "type": 1, "options": options or []}
        if command_guild_id:  # set for commands synced to one guild
            data["guild_id"] = command_guild_id
        if resolved:
            data["resolved"] = resolved
        await self.dispatch("INTERACTION_CREATE", {
            "id": self.next_id(), "application_id": APP_ID, "type": interaction_type, "token": token, "version": 1,
            "guild_id": guild_id, "channel_id": channel_id,
            "channel": {"id": channel_id, "type": 0, "guild_id": guild_id, "name": "general"},
            "member": {"user": HUMAN, "roles": [], "joined_at": "2024-01-01T00:00:00+00:00",
                       "deaf": False, "mute": False, "flags": 0, "permissions": str(permissions)},
            "app_permissions": ALL_PERMISSIONS, "locale": "en-US", "guild_locale": "en-US",
            "entitlements": [], "authorizing_integration_owners": {"0": guild_id}, "context": 0,
            "attachment_size_limit": 26214400, "data": data,
        })
        return token


def option(name: str, value: Any, kind: int = 3) -> dict[str, Any]:
    """One command option as Discord sends it (3 string, 4 integer, 8 role, 5 boolean)."""
    return {"name": name, "type": kind, "value": value}


def subcommand(name: str, *options: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "type": 1, "options": list(options)}


def role_resolved(role_id: str = ROLE_ID, name: str = "alerts") -> dict[str, Any]:
    """`data.resolved` for a role option: discord.py builds the Role from it."""
    return {"roles": {role_id: {"id": role_id, "name": name, "permissions": "0", "position": 1,
                                "color": 0, "hoist": False, "managed": False, "mentionable": True,
                                "flags": 0}}}
