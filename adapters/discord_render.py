"""Alerts and replies as Discord embeds: pure functions, no network.

Every string that came from a feed is untrusted: it is escaped so it cannot format, link or
mention, and every length is capped to Discord's limits so a message is never refused (400) for
its size. Pings are prevented separately, by `allowed_mentions` in discord_bot.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

import discord

from bot.digests import Digest
from bot.models import Alert, Event
from bot.story_view import (
    count_text,
    follow_up_text,
    named_sources,
    story_facts_line,
    toll_text,
    updated_text,
)

# Discord's documented limits (message.mdx "Embed Limits").
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000  # summed over every embed of one message
CONTENT_LIMIT = 2000
EMBEDS_PER_MESSAGE = 10
URL_LIMIT = 2048

#: What an alert shows of the summary: one line, short enough to read at a glance.
SUMMARY_LIMIT = 300
COMPACT_SUMMARY_LIMIT = 160

#: Colour by severity (TAXONOMY.md 0-5); de-escalation (1) is green, mass casualties dark red.
SEVERITY_COLOURS: dict[int, int] = {
    0: 0x95A5A6,
    1: 0x2ECC71,
    2: 0xF1C40F,
    3: 0xE67E22,
    4: 0xE74C3C,
    5: 0x8B0000,
}

# escape_markdown covers formatting, backslashes, masked links, quotes, headings and lists; in
# Discord "<" also opens channel/role mentions and timestamps (<#1>, <@&1>, <t:1>).


def escape_text(text: str) -> str:
    """Feed text as literal Discord text: no formatting, masked links, mentions or headings."""
    escaped = discord.utils.escape_markdown(text).replace("<", "\\<")
    # A zero-width space after "@" stops @everyone/@here even where allowed_mentions is not applied.
    return discord.utils.escape_mentions(escaped)


def cap(text: str, limit: int) -> str:
    """Cut `text` to at most `limit` characters, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # Do not leave half an escape ("\" + "…" would hide the character it escaped).
    if (len(cut) - len(cut.rstrip("\\"))) % 2 == 1:
        cut = cut[:-1]
    return cut + "…"


def safe_text(text: str, limit: int) -> str:
    """Escape untrusted text and cap it; the raw text is cut first so a 10 kB title costs little.
    Surrounding whitespace goes: Discord refuses a blank field value (400)."""
    return cap(escape_text(text.strip()[: limit * 2]), limit)


def one_line(text: str) -> str:
    """The first non-empty line, whitespace collapsed: alerts show a one-line summary."""
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""


def link_url(url: str) -> str | None:
    """A URL Discord accepts as an embed link (http/https, within length), else None: a bad URL
    would make Discord refuse the whole message."""
    if url.startswith(("https://", "http://")) and len(url) <= URL_LIMIT and " " not in url:
        return url
    return None


def severity_colour(severity: int) -> discord.Colour:
    return discord.Colour(SEVERITY_COLOURS.get(max(0, min(5, severity)), SEVERITY_COLOURS[0]))


def severity_label(severity: int) -> str:
    return f"{severity}/5 " + "■" * severity + "□" * (5 - severity)


def as_utc(moment: datetime) -> datetime:
    # The core stores UTC; a naive value must not be read as this machine's local time.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def discord_time(moment: datetime) -> str:
    """A Discord timestamp tag: each reader sees it in their own time zone."""
    return f"<t:{int(as_utc(moment).timestamp())}:f>"


def joined(values: Iterable[str]) -> str:
    return ", ".join(escape_text(value.strip()) for value in values if value.strip())


def add_field(embed: discord.Embed, name: str, value: str, *, inline: bool = True) -> None:
    if value.strip() and len(embed.fields) < FIELD_COUNT_LIMIT:
        embed.add_field(name=cap(name, FIELD_NAME_LIMIT), value=cap(value, FIELD_VALUE_LIMIT), inline=inline)


def add_event_fields(embed: discord.Embed, event: Event, previous: Event | None = None) -> None:
    add_field(embed, "Type" if len(event.types) == 1 else "Types", ", ".join(event.types))
    add_field(embed, "Severity", severity_label(event.severity))
    if event.killed is not None:
        add_field(embed, "Killed", count_text(event.killed, previous.killed if previous else None))
    if event.injured is not None:
        add_field(embed, "Injured", count_text(event.injured, previous.injured if previous else None))
    add_field(embed, "Actors", joined(event.actors))
    add_field(embed, "Places", joined(event.locations))


def sources_value(alert: Alert) -> str:
    """"[Reuters](url), [AP](url) +2": a story's sources as masked links (escaped labels)."""
    shown, more = named_sources(alert.sources)
    links = [f"[{safe_text(s.source, 100)}]({url})" if (url := link_url(s.url)) else safe_text(s.source, 100)
             for s in shown]
    return ", ".join(links) + (f" +{more}" if more else "")


def alert_embed(alert: Alert) -> discord.Embed:
    """The full alert: linked title, one-line summary, the classification as fields. A story's
    message adds its sources and, once edited, when and from what it was updated."""
    embed = discord.Embed(
        title=safe_text(alert.title, TITLE_LIMIT) or "(untitled)",
        url=link_url(alert.url),
        description=safe_text(one_line(alert.summary), SUMMARY_LIMIT) or None,
        colour=severity_colour(alert.event.severity),
        timestamp=as_utc(alert.published),
    )
    add_event_fields(embed, alert.event, alert.previous)
    if len(alert.sources) > 1:
        add_field(embed, "Sources", sources_value(alert))
    else:
        add_field(embed, "Source", safe_text(alert.source or alert.feed_url, FIELD_VALUE_LIMIT))
    add_field(embed, "Published", discord_time(alert.published))
    if alert.previous is not None and alert.updated is not None:
        embed.set_footer(text=cap(f"Story {alert.story_id} · {updated_text(alert.updated)}", FOOTER_LIMIT))
    return fit_total([embed])[0]


def digest_embed(digest: Digest) -> discord.Embed:
    """A digest: the period's stories as linked lines under their place, most severe first, cut
    to the description limit (the most severe stay)."""
    lines: list[str] = []
    for place, stories in digest.by_place():
        lines.append(f"**{safe_text(place, 100)}**")
        for story in stories:
            title = safe_text(story.title, 200) or "(untitled)"
            link = f"[{title}]({url})" if (url := link_url(story.url)) else title
            lines.append(f"• {link} · {safe_text(story_facts_line(story), 200)}")
    description = ""
    for line in lines:
        if len(description) + len(line) + 1 > DESCRIPTION_LIMIT - 40:
            description += "\n(more not shown)"
            break
        description += ("\n" if description else "") + line
    top = max((story.event.severity for story in digest.stories), default=0)
    return discord.Embed(
        title=cap(digest.title(), TITLE_LIMIT),
        description=description or "No escalation stories in this period.",
        colour=severity_colour(top),
    )


def follow_up_content(alert: Alert) -> str:
    """The short notifying message of a severity jump (plain content, escaped)."""
    return cap(escape_text(follow_up_text(alert)), CONTENT_LIMIT)


def compact_embed(alert: Alert) -> discord.Embed:
    """One `/latest` item: linked title and a single line of facts."""
    facts = [", ".join(alert.event.types), f"severity {alert.event.severity}"]
    if toll := toll_text(alert.event):
        facts.append(toll)
    if len(alert.sources) > 1:
        facts.append(f"{len(alert.sources)} sources: {sources_value(alert)}")
    elif alert.source:
        facts.append(safe_text(alert.source, 100))
    facts.append(discord_time(alert.published))
    summary = safe_text(one_line(alert.summary), COMPACT_SUMMARY_LIMIT)
    description = " · ".join(facts) + (f"\n{summary}" if summary else "")
    return discord.Embed(
        title=safe_text(alert.title, TITLE_LIMIT) or "(untitled)",
        url=link_url(alert.url),
        description=cap(description, DESCRIPTION_LIMIT),
        colour=severity_colour(alert.event.severity),
    )


def event_embed(event: Event) -> discord.Embed:
    """A `/classify` verdict with the evidence that decided each type."""
    if not event.is_escalation:
        return discord.Embed(title="No escalation", description="No escalation type matched.",
                             colour=severity_colour(0))
    embed = discord.Embed(title="Classification", colour=severity_colour(event.severity))
    add_event_fields(embed, event)
    evidence = "\n".join(f"**{e.type}**: “{safe_text(e.text, 200)}”" for e in event.evidence)
    add_field(embed, "Evidence", evidence, inline=False)
    return fit_total([embed])[0]


def fit_total(embeds: list[discord.Embed], limit: int = EMBED_TOTAL_LIMIT) -> list[discord.Embed]:
    """Keep the embeds of one message within Discord's 6000-character total: shorten the
    description of the last embed first, then drop its trailing fields, then drop embeds."""
    while embeds and sum(len(e) for e in embeds) > limit:
        last = embeds[-1]
        excess = sum(len(e) for e in embeds) - limit
        if last.description and len(last.description) > excess + 1:
            last.description = cap(last.description, len(last.description) - excess)
        elif last.fields:
            last.remove_field(len(last.fields) - 1)
        else:
            embeds.pop()
    return embeds


def reply_parts(text: str, items: Iterable[Alert] = (), event: Event | None = None
                ) -> tuple[str | None, list[discord.Embed]]:
    """A Reply as message content plus embeds: `/latest` items as compact embeds (at most 10),
    a verdict as one embed. Text too long for content (2000) goes into an embed (4096) instead of
    being cut, so a long `status` stays readable."""
    embeds = [compact_embed(item) for item in items][:EMBEDS_PER_MESSAGE]
    if event is not None and len(embeds) < EMBEDS_PER_MESSAGE:
        embeds.append(event_embed(event))
    escaped = escape_text(text[: DESCRIPTION_LIMIT * 2])
    if len(escaped) <= CONTENT_LIMIT:
        return escaped or (None if embeds else "Done."), fit_total(embeds)
    if len(embeds) < EMBEDS_PER_MESSAGE:
        embeds.insert(0, discord.Embed(description=cap(escaped, DESCRIPTION_LIMIT)))
        return None, fit_total(embeds)
    return cap(escaped, CONTENT_LIMIT), fit_total(embeds)
