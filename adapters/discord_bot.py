"""Discord: app commands in, alert embeds out, through discord.py.

Thin by design: each app command becomes a line of DESIGN.md's grammar in a `bot.commands.Request`
(with the member's permissions as facts, the core decides), each `Reply` and `Alert` becomes a
message rendered by discord_render.py. Rate limits and reconnects are discord.py's job.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Protocol

import aiohttp
import discord
import yarl
from discord import app_commands
from discord.gateway import DiscordWebSocket

from adapters.discord_render import alert_embed, digest_embed, follow_up_content, reply_parts
from bot.commands import MANAGE_CHANNELS, MANAGE_SERVER, Reply, Request
from bot.delivery import ChannelBroken
from bot.digests import Digest, zone_names
from bot.models import Alert, ChannelRef, Delivery, EventType
from bot.pacing import RequestBudget
from bot.settings import Settings
from bot.startup import mask_secret
from bot.supervisor import PlatformConfigError

log = logging.getLogger(__name__)

PLATFORM = "discord"
#: Discord wants an interaction answered within 3 s; past this we defer and follow up.
ANSWER_BUDGET_SECONDS = 2.0
#: How long start() waits for the gateway's READY before returning anyway (it keeps connecting).
READY_TIMEOUT_SECONDS = 30.0

#: 400s that no retry can fix: 50008 "Cannot send messages in a non-text channel",
#: 50083 "Thread is archived".
UNUSABLE_CHANNEL_CODES = frozenset({50008, 50083})
#: 404 "Unknown Message": the story's message was deleted; an update posts it anew.
UNKNOWN_MESSAGE = 10008

Severity = app_commands.Range[int, 0, 5]
#: Every command acts on a server's channel; none makes sense in DMs.
GUILD_ONLY = app_commands.AppCommandContext(guild=True)


class DiscordConfigError(PlatformConfigError):
    """Discord refused the configuration (the token, an intent): retrying cannot help."""


class CommandHandler(Protocol):
    """What the adapter needs from bot.commands."""

    async def handle(self, request: Request) -> Reply: ...

    async def forget_server(self, platform: str, server_id: str) -> None: ...


def permission_facts(permissions: discord.Permissions) -> frozenset[str]:
    """The member's permissions in the channel, as the facts the core's check reads."""
    facts: set[str] = set()
    if permissions.administrator or permissions.manage_guild:
        facts.add(MANAGE_SERVER)
    if permissions.administrator or permissions.manage_channels:
        facts.add(MANAGE_CHANNELS)
    return frozenset(facts)


def only_role_ping(role_id: str | None) -> tuple[str | None, discord.AllowedMentions]:
    """Message content and allowed_mentions for an alert: no ping at all, except the
    subscription's own role when it asked for one."""
    if role_id and role_id.isdigit():
        allowed = discord.AllowedMentions(everyone=False, users=False, replied_user=False,
                                          roles=[discord.Object(int(role_id))])
        return f"<@&{role_id}>", allowed
    return None, discord.AllowedMentions.none()


@asynccontextmanager
async def _channel_errors() -> AsyncIterator[None]:
    """Turn the errors that mean "this channel cannot take messages" into ChannelBroken; anything
    else (5xx, a 429 discord.py gave up on) is left for the delivery job to retry."""
    try:
        yield
    except discord.NotFound as exc:
        if exc.code == UNKNOWN_MESSAGE:
            raise
        raise ChannelBroken(f"channel not found: {exc.text or exc.status}") from exc  # 10003 Unknown Channel
    except discord.Forbidden as exc:  # 50001 Missing Access / 50013 Missing Permissions
        raise ChannelBroken(f"missing permission: {exc.text or exc.status}") from exc
    except discord.HTTPException as exc:
        if exc.code in UNUSABLE_CHANNEL_CODES:
            raise ChannelBroken(f"channel cannot receive messages: {exc.text}") from exc
        raise


async def _time_zones(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    """Autocomplete for a time zone option: IANA names containing what was typed."""
    return [app_commands.Choice(name=name, value=name) for name in zone_names(current or "Europe/")]


def words(*parts: Any) -> str:
    """A grammar line from the options given (None = not given)."""
    return " ".join(str(part) for part in parts if part is not None and str(part) != "")


class SitrepClient(discord.AutoShardedClient):
    """One process for every guild; commands are synced once the HTTP session exists."""

    def __init__(self, adapter: DiscordAdapter, gateway_url: str | None, **options: Any) -> None:
        # sitrep never joins voice: the warnings about missing voice libraries are noise.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        super().__init__(**options)
        self.adapter = adapter
        self.tree = app_commands.CommandTree(self)
        self.tree.on_error = adapter.on_command_error  # type: ignore[method-assign]
        if gateway_url:
            self._connect_to(gateway_url)

    def _connect_to(self, gateway_url: str) -> None:
        # AutoShardedClient connects to the URL `GET /gateway/bot` names, not DEFAULT_GATEWAY;
        # keep Discord's shard count but honour DISCORD_GATEWAY_URL.
        ask_discord = self.http.get_bot_gateway

        async def get_bot_gateway() -> tuple[int, str, Any]:
            shards, _, limits = await ask_discord()
            return shards, gateway_url, limits

        self.http.get_bot_gateway = get_bot_gateway  # type: ignore[method-assign]

    async def setup_hook(self) -> None:
        await self.adapter.sync_commands()

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        # Fired when the bot is removed or the guild deleted, not on an outage (unavailable).
        await self.adapter.commands.forget_server(PLATFORM, str(guild.id))


class DiscordAdapter:
    platform = PLATFORM

    def __init__(self, settings: Settings, commands: CommandHandler, *,
                 guild_ready_timeout: float = 2.0) -> None:
        self.settings = settings
        self.commands = commands
        self.guild_ready_timeout = guild_ready_timeout
        self.client: SitrepClient | None = None
        self._connection: asyncio.Task[None] | None = None
        self._saved_endpoints: tuple[str, yarl.URL] | None = None
        #: Every post and edit waits for this instance's share of the bot's global 50 requests/s
        #: (bot/pacing.py): discord.py paces one client, not several processes of one bot.
        self.budget = RequestBudget(settings.discord_request_budget())

    # ---- lifecycle -------------------------------------------------------------------------
    async def start(self) -> None:
        token = self.settings.secret("discord_token")
        if not token:
            raise ValueError("DISCORD_TOKEN is not set")
        self._point_at_endpoints()
        self.client = SitrepClient(
            self, self.settings.discord_gateway_url,
            intents=discord.Intents(guilds=True),  # nothing privileged: commands come as interactions
            allowed_mentions=discord.AllowedMentions.none(),
            chunk_guilds_at_startup=False,
            member_cache_flags=discord.MemberCacheFlags.none(),
            max_messages=None,
            guild_ready_timeout=self.guild_ready_timeout,
            **self._shard_options(),
        )
        try:
            await self.client.login(token)  # runs setup_hook: commands are synced here
            self._connection = asyncio.create_task(self.client.connect(reconnect=True), name="discord-gateway")
            await self._wait_until_ready()
        except BaseException as exc:
            await self.stop()  # no half-open session or patched endpoints left behind
            if isinstance(exc, discord.LoginFailure):
                raise DiscordConfigError(
                    f"Discord refused DISCORD_TOKEN={mask_secret(token)} ({exc}); reset the bot token on the "
                    "application's Bot tab at discord.com/developers and set DISCORD_TOKEN to it"
                ) from None
            if isinstance(exc, discord.PrivilegedIntentsRequired):
                raise DiscordConfigError(f"Discord refused a privileged intent ({exc})") from None
            if isinstance(exc, OSError | aiohttp.ClientError | discord.GatewayNotFound | discord.DiscordServerError):
                raise ConnectionError(
                    f"cannot reach Discord at {self.settings.discord_api_url} ({type(exc).__name__}: {exc}); "
                    "check the network or DISCORD_API_URL / DISCORD_GATEWAY_URL"
                ) from None
            raise

    @property
    def is_connected(self) -> bool:
        # is_ready() stays true after a drop; a shard's socket tells whether it is up right now.
        client = self.client
        return (client is not None and client.is_ready() and not client.is_closed()
                and all(not shard.is_closed() for shard in client.shards.values()))

    def _shard_options(self) -> dict[str, Any]:
        # Several instances of one bot each open their own shards (bot/shards.py).
        shards = self.settings.discord_shards()
        return {} if shards is None else {"shard_count": shards.count, "shard_ids": list(shards.ids)}

    async def _wait_until_ready(self) -> None:
        assert self.client is not None and self._connection is not None
        ready = asyncio.ensure_future(self.client.wait_until_ready())
        done, _ = await asyncio.wait({ready, self._connection}, timeout=READY_TIMEOUT_SECONDS,
                                     return_when=asyncio.FIRST_COMPLETED)
        ready.cancel()
        if self._connection in done:
            self._connection.result()  # the gateway refused us: raise its error (bad token, intents)
        elif not done:
            log.warning("discord.not_ready_yet after=%.0fs state=still_connecting", READY_TIMEOUT_SECONDS)

    async def stop(self) -> None:
        if self.client is not None:
            await self.client.close()
        if self._connection is not None:
            try:
                await asyncio.wait_for(self._connection, timeout=2.0)
            except (asyncio.CancelledError, Exception) as exc:  # noqa: BLE001 - stopping: note it, go on
                log.info("discord.gateway_ended error=%r", exc)
            self._connection = None
        self._restore_endpoints()

    def _point_at_endpoints(self) -> None:
        # discord.py reads Route.BASE for every request (interaction callbacks and followups too)
        # and DEFAULT_GATEWAY when it has no better URL; both are class attributes.
        self._saved_endpoints = (discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
        discord.http.Route.BASE = self.settings.discord_api_url.rstrip("/")
        if self.settings.discord_gateway_url:
            DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.settings.discord_gateway_url)

    def _restore_endpoints(self) -> None:
        if self._saved_endpoints is not None:
            discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = self._saved_endpoints
            self._saved_endpoints = None

    async def sync_commands(self) -> None:
        assert self.client is not None
        tree = self.client.tree
        for command in build_commands(self):
            tree.add_command(command)
        guild_id = self.settings.discord_dev_guild_id
        try:
            if guild_id:  # a guild's commands update at once; global ones can take a while
                tree.copy_global_to(guild=discord.Object(int(guild_id)))
                synced = await tree.sync(guild=discord.Object(int(guild_id)))
            else:
                synced = await tree.sync()
            log.info("discord.commands_synced count=%d scope=%s", len(synced),
                     f"guild:{guild_id}" if guild_id else "global")
        except discord.HTTPException:
            # Alerts still work without commands; the operator sees why in the log.
            log.exception("discord.commands_sync_failed")

    # ---- alerts ----------------------------------------------------------------------------
    def _channel(self, channel: ChannelRef) -> discord.PartialMessageable:
        if self.client is None:
            raise RuntimeError("discord adapter is not started")
        return self.client.get_partial_messageable(int(channel.channel_id), guild_id=int(channel.server_id))

    async def deliver(self, channel: ChannelRef, alert: Alert, delivery: Delivery) -> str:
        target = self._channel(channel)
        content, allowed_mentions = only_role_ping(alert.mention_role_id)
        await self.budget.acquire()
        async with _channel_errors():
            # discord.py sends the nonce with enforce_nonce: for a few minutes Discord answers a
            # second post with the same nonce with the first message instead of posting again,
            # which is the check an attempt after a crash needs.
            message = await target.send(content=content, embed=alert_embed(alert),
                                        allowed_mentions=allowed_mentions, nonce=delivery.key)
        return str(message.id)

    async def update(self, channel: ChannelRef, message_id: str, alert: Alert, delivery: Delivery) -> str:
        """Edit the story's message to show the alert's current facts (an edit notifies nobody,
        and repeating it changes nothing); a message deleted meanwhile is posted anew. Returns
        the message id."""
        message = self._channel(channel).get_partial_message(int(message_id))
        await self.budget.acquire()
        try:
            async with _channel_errors():
                await message.edit(embed=alert_embed(alert), allowed_mentions=discord.AllowedMentions.none())
        except discord.NotFound as exc:  # (_channel_errors lets only Unknown Message through)
            log.info("discord.story_message_gone channel=%s message=%s code=%s", channel.channel_id, message_id, exc.code)
            return await self.deliver(channel, alert, delivery)
        return message_id

    async def follow_up(self, channel: ChannelRef, message_id: str, alert: Alert, delivery: Delivery) -> str:
        """A short reply to the story's message that notifies the channel of a severity jump (with
        the subscription's role, when it asked for one). A reply in the channel, not a thread: a
        thread notifies only those who follow it."""
        content, allowed_mentions = only_role_ping(alert.mention_role_id)
        text = follow_up_content(alert)
        reference = discord.MessageReference(message_id=int(message_id), channel_id=int(channel.channel_id),
                                             fail_if_not_exists=False)
        await self.budget.acquire()
        async with _channel_errors():
            message = await self._channel(channel).send(
                content=f"{content} {text}" if content else text, reference=reference,
                # (its own nonce: the row's key may already name a message posted anew by update)
                allowed_mentions=allowed_mentions, nonce=f"{delivery.key}f",
            )
        return str(message.id)

    async def deliver_digest(self, channel: ChannelRef, digest: Digest, delivery: Delivery) -> str:
        """A scheduled digest: one embed, no ping."""
        await self.budget.acquire()
        async with _channel_errors():
            message = await self._channel(channel).send(embed=digest_embed(digest), nonce=delivery.key,
                                                        allowed_mentions=discord.AllowedMentions.none())
        return str(message.id)

    # ---- commands --------------------------------------------------------------------------
    async def run_command(self, interaction: discord.Interaction, line: str) -> None:
        """Hand one command line to the core and answer the interaction with its Reply."""
        request = Request(
            channel=ChannelRef(PLATFORM, str(interaction.guild_id), str(interaction.channel_id)),
            user_id=str(interaction.user.id),
            text=line,
            permissions=permission_facts(interaction.permissions),
        )
        work = asyncio.ensure_future(self.commands.handle(request))
        done, _ = await asyncio.wait({work}, timeout=ANSWER_BUDGET_SECONDS)
        if not done:
            # Every reply is ephemeral (the core sets no Reply.public today): a channel is
            # never spammed by someone else's /latest.
            await interaction.response.defer(ephemeral=True, thinking=True)
        await self.send_reply(interaction, await work)

    async def send_reply(self, interaction: discord.Interaction, reply: Reply) -> None:
        # A verdict's details are in its embed; the text would only repeat them.
        text = reply.text.split("\n", 1)[0] if reply.event is not None else reply.text
        content, embeds = reply_parts(text, reply.items, reply.event)
        message: dict[str, Any] = {"content": content, "embeds": embeds,
                                   "allowed_mentions": discord.AllowedMentions.none(),
                                   "ephemeral": not reply.public}
        if interaction.response.is_done():
            await interaction.followup.send(**message)
        else:
            await interaction.response.send_message(**message)

    async def on_command_error(self, interaction: discord.Interaction,
                               error: app_commands.AppCommandError) -> None:
        log.error("discord.command_failed command=%s", interaction.command and interaction.command.qualified_name,
                  exc_info=error)
        text = "Something went wrong running that command; it has been logged."
        if isinstance(error, app_commands.TransformerError):
            text = f"That value is not valid: {error.value!r}."
        try:
            await self.send_reply(interaction, Reply(command="error", ok=False, text=text))
        except discord.HTTPException as exc:  # e.g. the interaction expired (10062): nothing to answer
            log.warning("discord.error_reply_failed status=%s code=%s", exc.status, exc.code)


def build_commands(adapter: DiscordAdapter) -> list[app_commands.Command[Any, ..., Any] | app_commands.Group]:
    """One app command per grammar row (DESIGN.md); each only builds the line for the core."""
    run = adapter.run_command

    @app_commands.command(description="Receive escalation alerts in this channel")
    @app_commands.describe(type="an alert type (default: strike, attack, casualty)",
                           min_severity="only alerts at least this severe (0-5, default 2)",
                           mention="a role to ping for severe alerts",
                           mention_severity="ping the role from this severity on (default 4)")
    @app_commands.default_permissions(manage_channels=True)
    @app_commands.guild_only()
    async def subscribe(interaction: discord.Interaction, type: EventType | None = None,
                        type2: EventType | None = None, type3: EventType | None = None,
                        type4: EventType | None = None, type5: EventType | None = None,
                        type6: EventType | None = None, min_severity: Severity | None = None,
                        mention: discord.Role | None = None,
                        mention_severity: Severity | None = None) -> None:
        types = dict.fromkeys(t for t in (type, type2, type3, type4, type5, type6) if t)
        await run(interaction, words(
            "subscribe", *types,
            min_severity is not None and f"min_severity:{min_severity}" or None,
            mention and f"mention:{mention.id}",
            mention_severity is not None and f"mention_severity:{mention_severity}" or None,
        ))

    @app_commands.command(description="Stop alerts in this channel")
    @app_commands.default_permissions(manage_channels=True)
    @app_commands.guild_only()
    async def unsubscribe(interaction: discord.Interaction) -> None:
        await run(interaction, "unsubscribe")

    @app_commands.command(description="The latest escalation stories, with their current facts")
    @app_commands.describe(count="how many (1-20, default 5)", type="only this type")
    @app_commands.guild_only()
    async def latest(interaction: discord.Interaction, count: app_commands.Range[int, 1, 20] | None = None,
                     type: EventType | None = None) -> None:
        await run(interaction, words("latest", count, type))

    keywords = app_commands.Group(name="keywords", description="This server's keyword filter",
                                  guild_only=True, allowed_contexts=GUILD_ONLY)

    @keywords.command(name="add", description="Alerts must match one of the added terms")
    @app_commands.describe(terms="one or more terms, separated by spaces",
                           here="this channel's own terms (they replace the server's here)")
    async def keywords_add(interaction: discord.Interaction, terms: app_commands.Range[str, 1, 1000],
                           here: bool = False) -> None:
        await run(interaction, words("keywords", "here" if here else None, "add", terms))

    @keywords.command(name="exclude", description="Drop alerts that match these terms")
    @app_commands.describe(terms="one or more terms, separated by spaces",
                           here="this channel's own terms (they replace the server's here)")
    async def keywords_exclude(interaction: discord.Interaction,
                               terms: app_commands.Range[str, 1, 1000],
                               here: bool = False) -> None:
        await run(interaction, words("keywords", "here" if here else None, "exclude", terms))

    @keywords.command(name="remove", description="Forget these terms")
    @app_commands.describe(terms="one or more terms, separated by spaces",
                           here="this channel's own terms (they replace the server's here)")
    async def keywords_remove(interaction: discord.Interaction,
                              terms: app_commands.Range[str, 1, 1000],
                              here: bool = False) -> None:
        await run(interaction, words("keywords", "here" if here else None, "remove", terms))

    @keywords.command(name="list", description="Show this server's terms")
    @app_commands.describe(here="this channel's own terms")
    async def keywords_list(interaction: discord.Interaction, here: bool = False) -> None:
        await run(interaction, words("keywords", "here" if here else None, "list"))

    @keywords.command(name="clear", description="Forget every term")
    @app_commands.describe(here="this channel's own terms")
    async def keywords_clear(interaction: discord.Interaction, here: bool = False) -> None:
        await run(interaction, words("keywords", "here" if here else None, "clear"))

    feeds = app_commands.Group(name="feeds", description="This server's extra feeds", guild_only=True,
                               allowed_contexts=GUILD_ONLY)

    @feeds.command(name="add", description="Also watch this feed")
    @app_commands.describe(url="an RSS or Atom feed URL", here="alert only this channel (default: every subscribed one)")
    async def feeds_add(interaction: discord.Interaction, url: app_commands.Range[str, 1, 2000],
                        here: bool = False) -> None:
        await run(interaction, words("feeds add", url, "here" if here else None))

    @feeds.command(name="remove", description="Stop watching this feed")
    @app_commands.describe(url="the feed URL as added")
    async def feeds_remove(interaction: discord.Interaction, url: app_commands.Range[str, 1, 2000]) -> None:
        await run(interaction, words("feeds remove", url))

    @feeds.command(name="list", description="Show this server's extra feeds")
    async def feeds_list(interaction: discord.Interaction) -> None:
        await run(interaction, "feeds list")

    @app_commands.command(description="Pause alerts in this channel")
    @app_commands.describe(duration="for how long: 30m, 2h, 1d")
    @app_commands.default_permissions(manage_channels=True)
    @app_commands.guild_only()
    async def mute(interaction: discord.Interaction, duration: app_commands.Range[str, 1, 20]) -> None:
        await run(interaction, words("mute", duration))

    digest = app_commands.Group(name="digest", description="A scheduled summary of the period's stories here",
                                guild_only=True, allowed_contexts=GUILD_ONLY,
                                default_permissions=discord.Permissions(manage_channels=True))

    @digest.command(name="daily", description="One digest a day at a local time")
    @app_commands.describe(at="the time of day, HH:MM (e.g. 08:00)", tz="your time zone, e.g. Europe/Berlin",
                           min_severity="only stories at least this severe (default 2)")
    @app_commands.autocomplete(tz=_time_zones)
    async def digest_daily(interaction: discord.Interaction, at: app_commands.Range[str, 4, 5],
                           tz: app_commands.Range[str, 1, 64] | None = None,
                           min_severity: Severity | None = None) -> None:
        await run(interaction, words("digest daily", at, tz and f"tz:{tz}", f"min_severity:{min_severity}" if min_severity is not None else None))

    @digest.command(name="hourly", description="One digest every hour")
    @app_commands.describe(min_severity="only stories at least this severe (default 2)")
    async def digest_hourly(interaction: discord.Interaction, min_severity: Severity | None = None) -> None:
        await run(interaction, words("digest hourly", f"min_severity:{min_severity}" if min_severity is not None else None))

    @digest.command(name="off", description="No more digests here")
    async def digest_off(interaction: discord.Interaction) -> None:
        await run(interaction, "digest off")

    quiet = app_commands.Group(name="quiet", description="Hold alerts during a daily window, then send them as one digest",
                               guild_only=True, allowed_contexts=GUILD_ONLY,
                               default_permissions=discord.Permissions(manage_channels=True))

    @quiet.command(name="set", description="Quiet hours, e.g. 22:00-07:00")
    @app_commands.describe(window="HH:MM-HH:MM (may cross midnight)", tz="your time zone, e.g. Europe/Berlin",
                           except_severity="alerts at least this severe still come at once (default 5)")
    @app_commands.autocomplete(tz=_time_zones)
    async def quiet_set(interaction: discord.Interaction, window: app_commands.Range[str, 9, 11],
                        tz: app_commands.Range[str, 1, 64] | None = None,
                        except_severity: app_commands.Range[int, 1, 6] | None = None) -> None:
        await run(interaction, words("quiet", window, tz and f"tz:{tz}",
                                     f"except_severity:{except_severity}" if except_severity is not None else None))

    @quiet.command(name="off", description="No more quiet hours here")
    async def quiet_off(interaction: discord.Interaction) -> None:
        await run(interaction, "quiet off")

    @app_commands.command(description="Resume alerts in this channel")
    @app_commands.default_permissions(manage_channels=True)
    @app_commands.guild_only()
    async def unmute(interaction: discord.Interaction) -> None:
        await run(interaction, "unmute")

    @app_commands.command(description="Feeds, last poll, alerts sent and this channel's settings")
    @app_commands.guild_only()
    async def status(interaction: discord.Interaction) -> None:
        await run(interaction, "status")

    @app_commands.command(description="Show how a text would be classified, with evidence")
    @app_commands.describe(text="a headline or paragraph")
    @app_commands.guild_only()
    async def classify(interaction: discord.Interaction, text: app_commands.Range[str, 1, 4000]) -> None:
        await run(interaction, words("classify", text))

    @app_commands.command(name="help", description="The commands")
    @app_commands.guild_only()
    async def help_(interaction: discord.Interaction) -> None:
        await run(interaction, "help")

    return [subscribe, unsubscribe, latest, keywords, feeds, mute, unmute, digest, quiet, status, classify, help_]
