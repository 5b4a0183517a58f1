"""One handler per slash command: a platform-free Request in, a Reply out.

Every platform sends the same command line grammar (DESIGN.md): the adapter turns its slash
command into `Request.text` ("subscribe strike attack min_severity:3") and reports the user's
platform permissions as plain facts; the permission decision is made here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from bot.grammar import GrammarError, format_duration, parse_duration, parse_int, parse_option, split_command
from bot.ingest.fetch import FeedFetcher, FetchError, FetchLimits
from bot.ingest.guard import is_private_literal
from bot.ingest.parse import FeedParseError, parse_feed
from bot.ingest.urls import FeedUrlError, canonical_url, feed_origin, parse_feed_url
from bot.models import (
    DEFAULT_MIN_SEVERITY,
    DEFAULT_SUBSCRIBED_TYPES,
    EVENT_TYPES,
    Alert,
    ChannelRef,
    Event,
    Subscription,
    iso_utc,
    utcnow,
)
from bot.settings import Settings
from bot.status import describe_event, operator_feed_name, status_text
from bot.store import Store
from bot.stories import first_copies

#: Permission facts an adapter may report for the requesting user.
MANAGE_SERVER = "manage_server"  # Discord Manage Server; Slack admin/owner or allow-listed
MANAGE_CHANNELS = "manage_channels"  # Discord Manage Channels (enough for this channel's subscription)


@dataclass(frozen=True, slots=True)
class Request:
    channel: ChannelRef
    user_id: str
    #: The command line without the platform prefix, with or without a leading "/".
    text: str
    permissions: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class Reply:
    command: str
    ok: bool
    #: Plain text (may quote untrusted feed text: adapters escape it and never let it ping).
    text: str
    #: Shown to the whole channel; otherwise ephemeral where the platform can do that.
    public: bool = False
    #: For `latest`: the items, newest first, to render like alerts.
    items: tuple[Alert, ...] = ()
    #: For `classify`: the verdict with its evidence.
    event: Event | None = None


class CommandError(Exception):
    """A malformed or refused command: the message tells the user what to type instead."""


HELP_TEXT = """sitrep commands
subscribe [types...] [min_severity:N] - alerts in this channel (default: strike attack casualty, severity >= 2)
unsubscribe - stop alerts here
latest [N] [type] - the N (default 5, max 20) newest escalation items
keywords add|exclude|remove <term>... / keywords list / keywords clear - per-server filters
feeds add|remove <url> / feeds list - per-server extra feeds
mute <duration> / unmute - pause this channel (30m, 2h, 1d)
status - feed health and this channel's settings
classify <text> - how a text would be classified, with evidence
help - this list
Types: strike attack casualty threat mobilization deescalation. Severity: 0 none ... 5 mass casualties."""


#: Which permission facts let a user run a manager command (any one suffices).
CHANNEL_MANAGERS = frozenset({MANAGE_SERVER, MANAGE_CHANNELS})
SERVER_MANAGERS = frozenset({MANAGE_SERVER})
MAX_LATEST = 20
#: Why a chat-added feed cannot be private, and what the operator can do instead.
PRIVATE_FEED_HINT = (
    "Feeds added in chat must be public; SITREP_ALLOW_PRIVATE_FEEDS and SITREP_PRIVATE_FEED_HOSTS "
    "exempt only the operator's own feeds (SITREP_FEEDS)."
)


class CommandHandler:
    """Runs the grammar against the store. Platform-free: adapters build Requests and render Replies."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        classify: Callable[[str, str], Event] | None = None,
        on_feeds_changed: Callable[[], Awaitable[None]] | None = None,
        clock: Callable[[], datetime] = utcnow,
        fetcher: FeedFetcher | None = None,
    ) -> None:
        """`fetcher` tries a feed before `feeds add` accepts it (one is made per call without it)."""
        self.store = store
        self._fetcher = fetcher
        self.settings = settings
        self._classify = classify
        self.on_feeds_changed = on_feeds_changed
        self.clock = clock
        self._handlers: dict[str, Callable[[Request, list[str]], Awaitable[Reply]]] = {
            "subscribe": self.subscribe,
            "unsubscribe": self.unsubscribe,
            "latest": self.latest,
            "keywords": self.keywords,
            "feeds": self.feeds,
            "mute": self.mute,
            "unmute": self.unmute,
            "status": self.status,
            "classify": self.classify,
            "help": self.help,
        }

    async def handle(self, request: Request) -> Reply:
        try:
            command, args = split_command(request.text)
        except GrammarError as exc:
            return Reply("", False, f"{exc}. Type `help` for the commands.")
        handler = self._handlers.get(command)
        if handler is None:
            shown = command[:40] or "(nothing)"
            return Reply(command, False, f"Unknown command '{shown}'. Commands: {', '.join(self._handlers)}.")
        try:
            return await handler(request, args)
        except (CommandError, GrammarError) as exc:
            return Reply(command, False, str(exc))

    async def forget_server(self, platform: str, server_id: str) -> None:
        feed_ids = await self.store.servers.forget(platform, server_id)
        for feed_id in feed_ids:
            await self.store.feeds.delete_if_unused(feed_id)
        if feed_ids:
            await self._feeds_changed()

    # --- helpers ------------------------------------------------------------------------
    @staticmethod
    def _require(request: Request, allowed: frozenset[str], what: str) -> None:
        if not request.permissions & allowed:
            needed = "Manage Server" if allowed == SERVER_MANAGERS else "Manage Server or Manage Channels"
            raise CommandError(f"Only members with {needed} (or workspace admins on Slack) can {what}.")

    async def _feeds_changed(self) -> None:
        if self.on_feeds_changed is not None:
            await self.on_feeds_changed()

    # --- one handler per command --------------------------------------------------------
    async def subscribe(self, request: Request, args: list[str]) -> Reply:
        self._require(request, CHANNEL_MANAGERS, "change this channel's subscription")
        types: list[str] = []
        min_severity, mention, mention_severity = DEFAULT_MIN_SEVERITY, None, 4
        for word in args:
            option = parse_option(word)
            if option is None:
                types.extend(_parse_types(word))
                continue
            name, value = option
            if name == "min_severity":
                min_severity = parse_int(value, "min_severity", 0, 5)
            elif name == "mention":
                mention = _parse_role(value)
            elif name == "mention_severity":
                mention_severity = parse_int(value, "mention_severity", 0, 5)
            else:
                raise CommandError(f"Unknown option '{name}'. Options: min_severity:N, mention:<role>, mention_severity:N.")
        chosen = tuple(t for t in EVENT_TYPES if t in types) or DEFAULT_SUBSCRIBED_TYPES
        subscription = Subscription(
            channel=request.channel, types=chosen, min_severity=min_severity,
            mention_role_id=mention, mention_min_severity=mention_severity,
        )
        created = await self.store.subscriptions.upsert(subscription)
        verb = "Subscribed" if created else "Updated the subscription of"
        text = f"{verb} this channel: {', '.join(chosen)} at severity >= {min_severity}."
        if mention:
            text += f" The role is mentioned for severity >= {mention_severity}."
        return Reply("subscribe", True, text)

    async def unsubscribe(self, request: Request, args: list[str]) -> Reply:
        self._require(request, CHANNEL_MANAGERS, "change this channel's subscription")
        _no_arguments("unsubscribe", args)
        removed = await self.store.subscriptions.remove(request.channel)
        if removed:
            await self.store.outbox.drop_pending_for(request.channel, "unsubscribed")
            return Reply("unsubscribe", True, "Unsubscribed: this channel gets no more alerts.")
        return Reply("unsubscribe", True, "This channel was not subscribed; nothing changed.")

    async def latest(self, request: Request, args: list[str]) -> Reply:
        count, event_type = 5, None
        for word in args:
            if word.isdigit() or word.lstrip("-").isdigit():
                count = parse_int(word, "N", 1, MAX_LATEST)
            else:
                (event_type,) = _parse_types(word, single=True)
        feed_ids = await self._visible_feed_ids(request)
        if self.settings.story_window_hours > 0:
            window = timedelta(hours=self.settings.story_window_hours)
            # (twice as many read as shown, so that the copies of a story left out still leave N to show)
            items = first_copies(await self.store.items.latest(2 * count, event_type, feed_ids), window)[:count]
        else:
            items = await self.store.items.latest(count, event_type, feed_ids)
        kind = f"{event_type} " if event_type else ""
        if not items:
            return Reply("latest", True, f"No {kind}escalation items yet.")
        own = await self._own_feed_urls(request)
        items = [_without_feed_secrets(item, own) for item in items]
        return Reply("latest", True, f"The {len(items)} newest {kind}escalation items:", items=tuple(items))

    async def keywords(self, request: Request, args: list[str]) -> Reply:
        if not args:
            raise CommandError("Usage: keywords add|exclude|remove <term>..., keywords list, keywords clear.")
        action, terms = args[0].lower(), args[1:]
        platform, server = request.channel.platform, request.channel.server_id
        if action == "list":
            _no_arguments("keywords list", terms)
            current = await self.store.servers.settings(platform, server)
            if not current.include_keywords and not current.exclude_keywords:
                return Reply("keywords", True, "No keywords: every alert that matches a subscription is posted.")
            lines = []
            if current.include_keywords:
                lines.append("Required (one must match): " + ", ".join(current.include_keywords))
            if current.exclude_keywords:
                lines.append("Excluded: " + ", ".join(current.exclude_keywords))
            return Reply("keywords", True, "\n".join(lines))
        if action not in ("add", "exclude", "remove", "clear"):
            raise CommandError(f"Unknown keywords action '{action[:40]}': use add, exclude, remove, list or clear.")
        self._require(request, SERVER_MANAGERS, "change the server's keywords")
        if action == "clear":
            _no_arguments("keywords clear", terms)
            removed = await self.store.servers.clear_keywords(platform, server)
            return Reply("keywords", True, f"Cleared {removed} keyword(s).")
        cleaned = self._clean_terms(terms)
        if action == "remove":
            removed = await self.store.servers.remove_keywords(platform, server, cleaned)
            return Reply("keywords", True, f"Removed {removed} of {len(cleaned)} keyword(s).")
        existing = await self.store.servers.settings(platform, server)
        known = set(existing.include_keywords) | set(existing.exclude_keywords)
        if len(known | set(cleaned)) > self.settings.max_keywords:
            raise CommandError(f"A server can have at most {self.settings.max_keywords} keywords; remove some first.")
        kind = "include" if action == "add" else "exclude"
        await self.store.servers.set_keywords(platform, server, cleaned, kind)
        label = "Alerts must now match one of" if kind == "include" else "Alerts matching these are dropped"
        return Reply("keywords", True, f"{label}: {', '.join(cleaned)}.")

    def _clean_terms(self, terms: list[str]) -> list[str]:
        if not terms:
            raise CommandError("Give at least one term, e.g. keywords add gaza \"red sea\".")
        cleaned: list[str] = []
        for raw in terms:
            term = " ".join(raw.split()).casefold()
            if not term or any(ord(ch) < 32 for ch in term):
                raise CommandError("A keyword cannot be empty or contain control characters.")
            if len(term) > self.settings.max_keyword_length:
                raise CommandError(
                    f"The keyword '{term[:30]}…' is {len(term)} characters; the limit is {self.settings.max_keyword_length}."
                )
            if term not in cleaned:
                cleaned.append(term)
        return cleaned

    async def feeds(self, request: Request, args: list[str]) -> Reply:
        if not args:
            raise CommandError("Usage: feeds add <url>, feeds remove <url>, feeds list.")
        action, rest = args[0].lower(), args[1:]
        platform, server = request.channel.platform, request.channel.server_id
        if action == "list":
            _no_arguments("feeds list", rest)
            configured = [f for f in await self.store.feeds.active() if f.configured]
            extra = (await self.store.servers.settings(platform, server)).extra_feeds
            # The operator's feeds may carry keys in their paths or queries: only their hosts are shown.
            lines = ["Feeds for everyone:"] + [f"- {operator_feed_name(f)} [{f.state}]" for f in configured]
            lines += ["This server's feeds:"] + ([f"- {url}" for url in extra] or ["- none"])
            return Reply("feeds", True, "\n".join(lines))
        if action not in ("add", "remove"):
            raise CommandError(f"Unknown feeds action '{action[:40]}': use add, remove or list.")
        self._require(request, SERVER_MANAGERS, "change the server's feeds")
        if len(rest) != 1:
            raise CommandError(f"Usage: feeds {action} <url> (one URL).")
        if action == "remove":
            # (no check of the URL: whatever the server once added, it can remove)
            url = rest[0].strip("<>").strip()
            feed = await self.store.feeds.by_url(url)
            if feed is None or not await self.store.servers.remove_feed(platform, server, feed.id):
                raise CommandError("That feed is not one of this server's feeds; see feeds list.")
            await self.store.feeds.delete_if_unused(feed.id)
            await self._feeds_changed()
            return Reply("feeds", True, f"Removed the feed {url}.")
        url = _check_server_feed_url(rest[0])
        if url in (await self.store.servers.settings(platform, server)).extra_feeds:
            return Reply("feeds", True, "This server already has that feed; nothing changed.")
        if await self._is_configured_feed(url):
            raise CommandError("That feed is already one of the feeds for everyone (see feeds list); nothing changed.")
        if await self.store.servers.feed_count(platform, server) >= self.settings.max_server_feeds:
            raise CommandError(f"A server can add at most {self.settings.max_server_feeds} feeds; remove one first.")
        title = await self._try_feed(url)
        feed = await self.store.feeds.get_or_create(url)
        if not await self.store.servers.add_feed(platform, server, feed):
            return Reply("feeds", True, "This server already has that feed; nothing changed.")
        await self._feeds_changed()
        named = f" ({title})" if title else ""
        return Reply("feeds", True, f"Added the feed {url}{named}. Its current items are recorded; new ones will alert.")

    async def _is_configured_feed(self, url: str) -> bool:
        key = canonical_url(url)
        return any(f.configured and canonical_url(f.url) == key for f in await self.store.feeds.active())

    async def _try_feed(self, url: str) -> str:
        """Fetch and parse the feed once, as a chat-added feed (public addresses only); its title,
        or CommandError with the reason it cannot be used."""
        fetcher = self._fetcher or FeedFetcher(FetchLimits.of(self.settings))
        try:
            result = await fetcher.fetch(url)
            if result.body is None:  # (no ETag was sent, so a 304 is the server's mistake)
                raise FeedParseError("the server answered 304 Not Modified to a first request")
            return parse_feed(result.body, url).title
        except (FetchError, FeedParseError) as exc:
            raise CommandError(f"That feed can't be used: {exc}. Nothing changed.") from None
        finally:
            if self._fetcher is None:
                await fetcher.aclose()

    async def mute(self, request: Request, args: list[str]) -> Reply:
        self._require(request, CHANNEL_MANAGERS, "mute this channel")
        if len(args) != 1:
            raise CommandError("Usage: mute <duration>, like mute 30m, mute 2h or mute 1d.")
        delta = parse_duration(args[0])
        until = self.clock() + delta
        if not await self.store.subscriptions.set_muted_until(request.channel, until):
            raise CommandError("This channel is not subscribed, so there is nothing to mute.")
        return Reply("mute", True, f"Muted for {format_duration(delta)}, until {iso_utc(until)}. Alerts meanwhile are skipped.")

    async def unmute(self, request: Request, args: list[str]) -> Reply:
        self._require(request, CHANNEL_MANAGERS, "unmute this channel")
        _no_arguments("unmute", args)
        if not await self.store.subscriptions.set_muted_until(request.channel, None):
            raise CommandError("This channel is not subscribed, so there is nothing to unmute.")
        return Reply("unmute", True, "Unmuted: alerts resume.")

    async def status(self, request: Request, args: list[str]) -> Reply:
        _no_arguments("status", args)
        return Reply("status", True, await status_text(self.store, request.channel, self.clock()))

    async def classify(self, request: Request, args: list[str]) -> Reply:
        text = request.text.strip().lstrip("/").strip()[len("classify") :].strip()
        if not text:
            raise CommandError("Usage: classify <text>, e.g. classify Militants killed 3 soldiers in a rocket attack.")
        classify = self._classify or _default_classify
        event = classify(text, "")
        return Reply("classify", True, describe_event(event), event=event)

    async def help(self, request: Request, args: list[str]) -> Reply:
        return Reply("help", True, HELP_TEXT)

    async def _visible_feed_ids(self, request: Request) -> list[int]:
        feeds = await self.store.feeds.active()
        own = set((await self.store.servers.settings(request.channel.platform, request.channel.server_id)).extra_feeds)
        return [f.id for f in feeds if f.configured or f.url in own]

    async def _own_feed_urls(self, request: Request) -> set[str]:
        settings = await self.store.servers.settings(request.channel.platform, request.channel.server_id)
        return set(settings.extra_feeds)


def _without_feed_secrets(item: Alert, own_feed_urls: set[str]) -> Alert:
    """An item as any server may see it: the operator's feed URL cut to its host (it may hold a key)."""
    if item.feed_url in own_feed_urls:
        return item
    return replace(item, feed_url=feed_origin(item.feed_url))


def _default_classify(title: str, summary: str) -> Event:
    from bot.classify import classify

    return classify(title, summary)


def _parse_types(word: str, single: bool = False) -> list[str]:
    names = [part for part in word.lower().replace(",", " ").split() if part]
    if not single and names == ["all"]:
        return list(EVENT_TYPES)
    unknown = [name for name in names if name not in EVENT_TYPES]
    if unknown or not names or (single and len(names) != 1):
        raise CommandError(f"Unknown type '{word[:40]}'. Types: {', '.join(EVENT_TYPES)}.")
    return names


def _parse_role(value: str) -> str:
    role = value.strip().removeprefix("<@&").removesuffix(">")
    if not role.isdigit() or len(role) > 25:
        raise CommandError("mention: takes a role (Discord), e.g. mention:@Alerts.")
    return role


def _no_arguments(command: str, args: list[str]) -> None:
    if args:
        raise CommandError(f"'{command}' takes no arguments.")


def _check_server_feed_url(raw: str) -> str:
    """A URL typed in chat: public http(s) only, whatever the operator exempted for their own feeds."""
    try:
        url = parse_feed_url(raw.strip("<>"))
    except FeedUrlError as exc:
        raise CommandError(f"That URL can't be used: {exc}.") from None
    if not url.is_web:
        raise CommandError("That URL can't be used: only http:// and https:// feed URLs are supported.")
    if is_private_literal(url.host):
        raise CommandError(f"That URL can't be used: it points to a local or private address. {PRIVATE_FEED_HINT}")
    return url.text
