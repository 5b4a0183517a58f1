"""One handler per slash command: a platform-free Request in, a Reply out.

Every platform sends the same command line grammar (DESIGN.md): the adapter turns its slash
command into `Request.text` ("subscribe strike attack min_severity:3") and reports the user's
platform permissions as plain facts; the permission decision is made here.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, time
from typing import Any

from bot.digests import DEFAULT_QUIET_EXCEPT, DigestSchedule, QuietHours, ScheduleError, clock_time, zone
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
    utcnow,
)
from bot.settings import Settings
from bot.status import StatusReport, describe_event, format_moment, operator_feed_name, status_report
from bot.store import Store
from bot.supervisor import AdapterStatus

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
    #: For `latest`: the stories, latest first, to render like alerts (current facts, sources).
    items: tuple[Alert, ...] = ()
    #: For `classify`: the verdict with its evidence.
    event: Event | None = None
    #: For `status`: feeds, platforms and this channel's settings as data.
    status: StatusReport | None = None

    def to_json_dict(self) -> dict[str, Any]:
        """The reply as data (DESIGN.md's `--jsonl` reply line without "kind"): `text` plus the
        structured content, so a reader never parses the text. Each entry of `items` renders
        itself (`to_json_dict()`), whatever a listing holds."""
        payload: dict[str, Any] = {"command": self.command, "ok": self.ok, "text": self.text}
        if self.items or self.command == "latest":
            payload["items"] = [item.to_json_dict() for item in self.items]
        if self.event is not None:
            payload["event"] = self.event.to_dict()
        if self.status is not None:
            payload["status"] = self.status.to_json_dict()
        return payload


class CommandError(Exception):
    """A malformed or refused command: the message tells the user what to type instead."""


HELP_TEXT = """sitrep commands
subscribe [types...] [min_severity:N] - alerts in this channel (default: strike attack casualty, severity >= 2)
unsubscribe - stop alerts here
latest [N] [types...] - the N (default 5, max 20) latest escalation stories, with their current facts
keywords [here] add|exclude|remove <term>... / keywords [here] list / keywords [here] clear - per-server filters (here: this channel's own, which replace the server's in it)
feeds add <url> [here] / feeds remove <url> / feeds list - per-server extra feeds (here: for this channel only)
mute <duration> / unmute - pause this channel (30m, 2h, 1d)
digest daily HH:MM [tz:Area/City] [min_severity:N] / digest hourly / digest off - a scheduled summary of the period's stories here
quiet HH:MM-HH:MM [tz:Area/City] [except_severity:N] / quiet off - hold alerts below the exception during the window; release them as one digest
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
#: Terms that look like a ping on some platform: @everyone, @here, <!channel>, <@123>, <#C1>, <@&9>.
MENTION_LIKE = re.compile(r"@|<[!#@]")


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
        adapter_statuses: Callable[[], Sequence[AdapterStatus]] | None = None,
    ) -> None:
        """`fetcher` tries a feed before `feeds add` accepts it (one is made per call without it)."""
        self.store = store
        self._fetcher = fetcher
        self._adapter_statuses = adapter_statuses
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
            "digest": self.digest,
            "quiet": self.quiet,
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
        count, types = 5, []
        for word in args:
            if word.isdigit() or word.lstrip("-").isdigit():
                count = parse_int(word, "N", 1, MAX_LATEST)
            else:
                types.extend(t for t in _parse_types(word) if t not in types)
        chosen = tuple(t for t in EVENT_TYPES if t in types)
        feed_ids = await self.store.visible_feed_ids(request.channel)
        stories = await self.store.stories.latest(count, chosen, feed_ids)
        kind = f"{' or '.join(chosen)} " if chosen and len(chosen) < len(EVENT_TYPES) else ""
        if not stories:
            return Reply("latest", True, f"No {kind}escalation stories yet.")
        own = await self._own_feed_urls(request)
        stories = [_without_feed_secrets(story, own) for story in stories]
        return Reply("latest", True, f"The {len(stories)} latest {kind}escalation stories:", items=tuple(stories))

    async def keywords(self, request: Request, args: list[str]) -> Reply:
        # "keywords here ...": this channel's own terms, which replace the server's in it.
        here = bool(args) and args[0].lower() == "here"
        args = args[1:] if here else args
        if not args:
            raise CommandError("Usage: keywords [here] add|exclude|remove <term>..., keywords [here] list, "
                               "keywords [here] clear.")
        action, terms = args[0].lower(), args[1:]
        platform, server = request.channel.platform, request.channel.server_id
        channel = request.channel.channel_id if here else ""
        scope = "this channel" if here else "the server"
        if action == "list":
            _no_arguments("keywords list", terms)
            current = await self.store.servers.settings(platform, server, channel)
            if not current.include_keywords and not current.exclude_keywords:
                if here:
                    return Reply("keywords", True, "This channel has no keywords of its own: the server's apply here.")
                return Reply("keywords", True, "No keywords: every alert that matches a subscription is posted.")
            lines = ["This channel's own keywords (the server's do not apply here):"] if here else []
            if current.include_keywords:
                lines.append("Required (one must match): " + ", ".join(current.include_keywords))
            if current.exclude_keywords:
                lines.append("Excluded: " + ", ".join(current.exclude_keywords))
            return Reply("keywords", True, "\n".join(lines))
        if action not in ("add", "exclude", "remove", "clear"):
            raise CommandError(f"Unknown keywords action '{action[:40]}': use add, exclude, remove, list or clear.")
        self._require(request, CHANNEL_MANAGERS if here else SERVER_MANAGERS, f"change {scope}'s keywords")
        if action == "clear":
            _no_arguments("keywords clear", terms)
            removed = await self.store.servers.clear_keywords(platform, server, channel)
            return Reply("keywords", True, f"Cleared {removed} keyword(s) of {scope}.")
        cleaned = self._clean_terms(terms)
        if action == "remove":
            removed = await self.store.servers.remove_keywords(platform, server, cleaned, channel)
            return Reply("keywords", True, f"Removed {removed} of {len(cleaned)} keyword(s).")
        existing = await self.store.servers.settings(platform, server, channel)
        known = set(existing.include_keywords) | set(existing.exclude_keywords)
        if len(known | set(cleaned)) > self.settings.max_keywords:
            raise CommandError(f"{scope.capitalize()} can have at most {self.settings.max_keywords} keywords; remove some first.")
        kind = "include" if action == "add" else "exclude"
        await self.store.servers.set_keywords(platform, server, cleaned, kind, channel)
        label = "Alerts must now match one of" if kind == "include" else "Alerts matching these are dropped"
        return Reply("keywords", True, f"{label}{' here' if here else ''}: {', '.join(cleaned)}.")

    def _clean_terms(self, terms: list[str]) -> list[str]:
        if not terms:
            raise CommandError("Give at least one term, e.g. keywords add gaza \"red sea\".")
        cleaned: list[str] = []
        for raw in terms:
            term = " ".join(raw.split()).casefold()
            if not term or any(ord(ch) < 32 for ch in term):
                raise CommandError("A keyword cannot be empty or contain control characters.")
            if MENTION_LIKE.search(term):
                raise CommandError(
                    f"'{term[:30]}' looks like a mention (@everyone, @here, <!channel>, <@user>); "
                    "keywords are plain words, without @ or <...>."
                )
            if len(term) > self.settings.max_keyword_length:
                raise CommandError(
                    f"The keyword '{term[:30]}…' is {len(term)} characters; the limit is {self.settings.max_keyword_length}."
                )
            if term not in cleaned:
                cleaned.append(term)
        return cleaned

    async def feeds(self, request: Request, args: list[str]) -> Reply:
        if not args:
            raise CommandError("Usage: feeds add <url> [here], feeds remove <url>, feeds list.")
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
        here = action == "add" and len(rest) == 2 and rest[1].lower() == "here"
        if len(rest) != 1 + here:
            raise CommandError(f"Usage: feeds {action} <url>{' [here]' if action == 'add' else ''} (one URL).")
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
        binding = request.channel.channel_id if here else None
        where = "this channel only" if here else "every subscribed channel of this server"
        if url in (await self.store.servers.settings(platform, server)).extra_feeds:
            # Added before: at most its binding changes (`here`, or back to the whole server).
            feed = await self.store.feeds.get_or_create(url)
            if not await self.store.servers.add_feed(platform, server, feed, binding):
                return Reply("feeds", True, "This server already has that feed; nothing changed.")
            return Reply("feeds", True, f"The feed {url} now alerts {where}.")
        if await self._is_configured_feed(url):
            raise CommandError("That feed is already one of the feeds for everyone (see feeds list); nothing changed.")
        if await self.store.servers.feed_count(platform, server) >= self.settings.max_server_feeds:
            raise CommandError(f"A server can add at most {self.settings.max_server_feeds} feeds; remove one first.")
        title = await self._try_feed(url)
        feed = await self.store.feeds.get_or_create(url)
        if not await self.store.servers.add_feed(platform, server, feed, binding):
            return Reply("feeds", True, "This server already has that feed; nothing changed.")
        await self._feeds_changed()
        named = f" ({title})" if title else ""
        return Reply("feeds", True, f"Added the feed {url}{named} for {where}. Its current items are recorded; new ones will alert.")

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
        return Reply("mute", True,
                     f"Muted for {format_duration(delta)}, until {format_moment(until)}. Alerts meanwhile are skipped.")

    async def unmute(self, request: Request, args: list[str]) -> Reply:
        self._require(request, CHANNEL_MANAGERS, "unmute this channel")
        _no_arguments("unmute", args)
        if not await self.store.subscriptions.set_muted_until(request.channel, None):
            raise CommandError("This channel is not subscribed, so there is nothing to unmute.")
        return Reply("unmute", True, "Unmuted: alerts resume.")

    async def digest(self, request: Request, args: list[str]) -> Reply:
        if not args:
            current = await self.store.digests.get(request.channel)
            text = f"This channel's digest: {current.describe()}." if current else "This channel has no digest."
            return Reply("digest", True, text + " Usage: digest daily HH:MM [tz:Area/City] [min_severity:N], digest hourly, digest off.")
        self._require(request, CHANNEL_MANAGERS, "change this channel's digest")
        period, rest = args[0].lower(), args[1:]
        if period == "off":
            _no_arguments("digest off", rest)
            removed = await self.store.digests.clear(request.channel)
            return Reply("digest", True, "Digest off." if removed else "This channel had no digest; nothing changed.")
        if period not in ("daily", "hourly"):
            raise CommandError(f"Unknown digest '{period[:20]}': use digest daily HH:MM, digest hourly or digest off.")
        given = _schedule_options(rest, "digest daily HH:MM [tz:Area/City] [min_severity:N]", at=clock_time,
                                  min_severity=lambda value: parse_int(value, "min_severity", 0, 5))
        schedule = DigestSchedule("daily" if period == "daily" else "hourly", given.get("at", time(8, 0)),
                                  given.get("tz", "UTC"), given.get("min_severity", DEFAULT_MIN_SEVERITY))
        await self.store.digests.set(request.channel, schedule, self.clock())
        return Reply("digest", True, f"Digest {schedule.describe()}: the period's stories, most severe first, by place.")

    async def quiet(self, request: Request, args: list[str]) -> Reply:
        if not args:
            current = (await self.store.digests.quiet([request.channel])).get(request.channel)
            text = f"This channel's {current.describe()}." if current else "This channel has no quiet hours."
            return Reply("quiet", True, text + " Usage: quiet HH:MM-HH:MM [tz:Area/City] [except_severity:N], quiet off.")
        self._require(request, CHANNEL_MANAGERS, "change this channel's quiet hours")
        if args[0].lower() == "off":
            _no_arguments("quiet off", args[1:])
            removed = await self.store.digests.clear_quiet(request.channel)
            return Reply("quiet", True, "Quiet hours off." if removed else "This channel had no quiet hours; nothing changed.")
        start, _, end = args[0].partition("-")
        if not end:
            raise CommandError(f"'{args[0][:20]}' is not a window: use HH:MM-HH:MM, like 22:00-07:00.")
        given = _schedule_options(args[1:], "quiet HH:MM-HH:MM [tz:Area/City] [except_severity:N]",
                                  except_severity=lambda value: parse_int(value, "except_severity", 1, 6))
        try:
            quiet = QuietHours(clock_time(start), clock_time(end), given.get("tz", "UTC"),
                               given.get("except_severity", DEFAULT_QUIET_EXCEPT))
        except ScheduleError as exc:
            raise CommandError(str(exc)) from None
        await self.store.digests.set_quiet(request.channel, quiet, self.clock())
        return Reply("quiet", True, f"Set: {quiet.describe()}.")

    async def status(self, request: Request, args: list[str]) -> Reply:
        _no_arguments("status", args)
        statuses = self._adapter_statuses() if self._adapter_statuses is not None else ()
        report = await status_report(self.store, request.channel, self.clock(), statuses)
        return Reply("status", True, report.text(), status=report)

    async def classify(self, request: Request, args: list[str]) -> Reply:
        text = request.text.strip().lstrip("/").strip()[len("classify") :].strip()
        if not text:
            raise CommandError("Usage: classify <text>, e.g. classify Militants killed 3 soldiers in a rocket attack.")
        classify = self._classify or _default_classify
        event = classify(text, "")
        return Reply("classify", True, describe_event(event), event=event)

    async def help(self, request: Request, args: list[str]) -> Reply:
        return Reply("help", True, HELP_TEXT)


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


def _parse_types(word: str) -> list[str]:
    names = [part for part in word.lower().replace(",", " ").split() if part]
    if names == ["all"]:
        return list(EVENT_TYPES)
    unknown = [name for name in names if name not in EVENT_TYPES]
    if unknown or not names:
        raise CommandError(f"Unknown type '{word[:40]}'. Types: {', '.join(EVENT_TYPES)}.")
    return names


def _schedule_options(words: list[str], usage: str, **parsers: Callable[[str], Any]) -> dict[str, Any]:
    """The options of a digest or quiet command, parsed: `tz:Area/City` always, the `parsers`
    given (a bare HH:MM is the `at` option when there is one); anything else is refused."""
    parsers = {"tz": zone, **parsers}
    given: dict[str, Any] = {}
    for word in words:
        option = parse_option(word)
        if option is None and "at" in parsers and ":" in word:
            option = ("at", word)
        if option is None or option[0] not in parsers:
            raise CommandError(f"Unexpected '{word[:40]}'. Usage: {usage}.")
        try:
            given[option[0]] = parsers[option[0]](option[1])
        except ScheduleError as exc:
            raise CommandError(str(exc)) from None
    return given


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
