"""Which channels an escalation item goes to: pure functions over subscriptions and keywords."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import lru_cache

from bot.models import ChannelRef, Event, NewsItem, ServerSettings, Subscription
from bot.store.outbox import Target


@lru_cache(maxsize=4096)
def _term_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    # Whole words, case-insensitively, Unicode-aware: "gaza" matches "Gaza's" and "GAZA" but
    # not "Gazans"; a term that starts/ends with punctuation still needs a word edge where it has letters.
    alternatives = "|".join(re.escape(term.casefold()) for term in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def matches_any(text: str, terms: Iterable[str]) -> bool:
    terms = tuple(terms)
    return bool(terms) and _term_pattern(terms).search(text.casefold()) is not None


def keywords_allow(item: NewsItem, settings: ServerSettings | None) -> bool:
    """With include terms, one must match; any exclude term drops the item."""
    if settings is None:
        return True
    text = f"{item.title}\n{item.summary}"
    if settings.exclude_keywords and matches_any(text, settings.exclude_keywords):
        return False
    return not settings.include_keywords or matches_any(text, settings.include_keywords)


def subscription_wants(subscription: Subscription, event: Event, now: datetime) -> bool:
    if subscription.broken_reason:
        return False
    if subscription.muted_until is not None and subscription.muted_until > now:
        return False
    return event.severity >= subscription.min_severity and any(t in subscription.types for t in event.types)


def targets_for(
    item: NewsItem,
    event: Event,
    subscriptions: Iterable[Subscription],
    keywords: Mapping[tuple[str, str], ServerSettings],
    now: datetime,
    servers: Mapping[tuple[str, str], str | None] | None = None,
    channel_keywords: Mapping[ChannelRef, ServerSettings] | None = None,
) -> list[Target]:
    """The channels this item is alerted to. `servers` limits delivery to the servers that added
    the feed, and of a server that bound it to one channel (`feeds add <url> here`) to that
    channel (None: a configured feed, for everyone). A channel with keywords of its own
    (`channel_keywords`) is filtered by those instead of its server's."""
    if not event.is_escalation:
        return []
    targets = []
    for sub in subscriptions:
        server = (sub.channel.platform, sub.channel.server_id)
        if servers is not None and (server not in servers or servers[server] not in (None, sub.channel.channel_id)):
            continue
        own = channel_keywords.get(sub.channel) if channel_keywords else None
        if not subscription_wants(sub, event, now) or not keywords_allow(item, own or keywords.get(server)):
            continue
        ping = sub.mention_role_id if sub.mention_role_id and event.severity >= sub.mention_min_severity else None
        targets.append(Target(sub.channel, ping))
    return targets
