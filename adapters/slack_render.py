"""Block Kit rendering of alerts and command replies for Slack.

Everything that reaches these functions from a feed is untrusted: it is escaped for mrkdwn
(`&`, `<`, `>`), so it can never form `<!channel>`, `<!here>`, `<@U...>` or a link, and bare
`@here`/`@channel`/`@everyone` words are broken with a zero-width space as a second guard.
Lengths are capped to Slack's limits so a long feed item can never make a post fail.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from bot.commands import Reply
from bot.digests import Digest
from bot.models import Alert, Event
from bot.story_view import (
    follow_up_text,
    named_sources,
    story_facts_line,
    toll_text,
    updated_text,
)

HEADER_LIMIT = 150
SECTION_LIMIT = 3000
CONTEXT_ELEMENT_LIMIT = 2000
CONTEXT_ELEMENTS_MAX = 10
BLOCKS_MAX = 50
#: Slack truncates message text after 40,000 characters; the fallback stays far below.
FALLBACK_LIMIT = 3000

Block = dict[str, Any]

SEVERITY_MARK = {0: "⚪", 1: "🟢", 2: "🟡", 3: "🟠", 4: "🔴", 5: "🚨"}
_BROADCAST_WORD = re.compile(r"@(here|channel|everyone)\b", re.IGNORECASE)


def escape(text: str) -> str:
    """Escape untrusted text for Slack mrkdwn and defuse broadcast words."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BROADCAST_WORD.sub("@\u200b\\1", escaped)


def truncate(text: str, limit: int) -> str:
    """Cut to `limit` characters, ending with an ellipsis, without splitting an `&...;` entity."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]  # an entity cut in half would show as a stray "&am"
    return cut + "…"


def safe_link(url: str, label: str) -> str:
    """An mrkdwn link to an http(s) URL with an escaped label; other schemes get no link."""
    scheme = urlsplit(url).scheme.lower() if url else ""
    if scheme not in ("http", "https"):
        return label
    # "|" would end the URL part of <url|label> early; <, > and & must be escaped in it too.
    target = url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")
    return f"<{target}|{label}>"


def _plain(text: str, limit: int) -> Block:
    return {"type": "plain_text", "text": truncate(text, limit), "emoji": True}


def _mrkdwn(text: str, limit: int) -> Block:
    return {"type": "mrkdwn", "text": truncate(text, limit)}


def type_label(event: Event) -> str:
    return ", ".join(t.capitalize() for t in event.types) or "No escalation"


def headline(event: Event) -> str:
    """The header line: severity mark, type(s) and severity (no feed text, so nothing to escape)."""
    mark = SEVERITY_MARK.get(event.severity, "")
    return f"{mark} {type_label(event)} · severity {event.severity}/5".strip()


def published_text(moment: datetime) -> str:
    """UTC time as plain text. Slack's <!date^...> token is avoided on purpose: nothing sitrep
    posts ever contains "<!", which keeps the no-broadcast rule trivially checkable."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def event_facts(event: Event, previous: Event | None = None) -> list[str]:
    """Type, severity, casualties, actors and places as context items, each already escaped."""
    facts = [f"*Type:* {escape(type_label(event))}", f"*Severity:* {event.severity}/5"]
    casualties = toll_text(event, previous)
    if casualties:
        facts.append(f"*Casualties:* {casualties}")
    if event.actors:
        facts.append(f"*Actors:* {escape(', '.join(event.actors))}")
    if event.locations:
        facts.append(f"*Places:* {escape(', '.join(event.locations))}")
    return facts


def sources_line(alert: Alert) -> str:
    """"<url|Reuters>, <url|AP> +2": a story's sources as links (escaped labels)."""
    shown, more = named_sources(alert.sources)
    return ", ".join(safe_link(s.url, escape(s.source)) for s in shown) + (f" +{more}" if more else "")


def alert_facts(alert: Alert) -> list[str]:
    """The context line items of an alert, each already escaped; a story's message adds its
    sources and, once edited, when it was updated."""
    facts = event_facts(alert.event, alert.previous)
    if len(alert.sources) > 1:
        facts.append(f"*Sources:* {sources_line(alert)}")
    elif alert.source:
        facts.append(f"*Source:* {escape(alert.source)}")
    facts.append(published_text(alert.published))
    if alert.previous is not None and alert.updated is not None:
        facts.append(updated_text(alert.updated))
    return facts


def render_digest(digest: Digest) -> tuple[str, list[Block]]:
    """Fallback text and blocks of a digest: a header, then a section per place with the
    stories as linked lines, most severe first (within Slack's 50 blocks)."""
    title = digest.title()
    blocks: list[Block] = [{"type": "header", "text": _plain(title, HEADER_LIMIT)}]
    for place, stories in digest.by_place()[: BLOCKS_MAX - 2]:
        lines = [f"• {safe_link(s.url, escape(s.title) or '(untitled)')} · {escape(story_facts_line(s))}" for s in stories]
        blocks.append({"type": "section", "text": _mrkdwn(f"*{escape(place)}*\n" + "\n".join(lines), SECTION_LIMIT)})
    if not digest.stories:
        blocks.append({"type": "section", "text": _mrkdwn("No escalation stories in this period.", SECTION_LIMIT)})
    return truncate(title, FALLBACK_LIMIT), blocks


def follow_up_message(alert: Alert) -> str:
    """The short notifying message of a severity jump, posted in the story message's thread."""
    return truncate(escape(follow_up_text(alert)), FALLBACK_LIMIT)


def _context(facts: list[str]) -> Block:
    elements = [_mrkdwn(fact, CONTEXT_ELEMENT_LIMIT) for fact in facts[:CONTEXT_ELEMENTS_MAX]]
    return {"type": "context", "elements": elements}


def _title_line(alert: Alert) -> str:
    title = escape(alert.title) or "(untitled)"
    return f"*{safe_link(alert.url, title)}*"


def alert_fallback(alert: Alert) -> str:
    """The notification / screen-reader text of an alert message (mrkdwn, escaped)."""
    text = f"{headline(alert.event)}: {escape(alert.title)}"
    if alert.source:
        text += f" ({escape(alert.source)})"
    return truncate(text, FALLBACK_LIMIT)


def render_alert(alert: Alert) -> tuple[str, list[Block]]:
    """Fallback text and blocks of one alert: header, linked title with summary, facts."""
    body = _title_line(alert)
    if alert.summary:
        body += "\n" + escape(alert.summary)
    blocks = [
        {"type": "header", "text": _plain(headline(alert.event), HEADER_LIMIT)},
        {"type": "section", "text": _mrkdwn(body, SECTION_LIMIT)},
        _context(alert_facts(alert)),
    ]
    return alert_fallback(alert), blocks


def compact_alert_blocks(alert: Alert) -> list[Block]:
    """One `latest` item: linked title, then its facts on a context line."""
    return [
        {"type": "section", "text": _mrkdwn(_title_line(alert), SECTION_LIMIT)},
        _context(alert_facts(alert)),
    ]


def text_sections(text: str) -> list[Block]:
    """Escaped reply text as mrkdwn sections of at most 3000 characters each."""
    escaped = escape(text)
    chunks = [escaped[i : i + SECTION_LIMIT] for i in range(0, len(escaped), SECTION_LIMIT)] or [""]
    return [{"type": "section", "text": {"type": "mrkdwn", "text": chunk}} for chunk in chunks if chunk]


def verdict_blocks(event: Event) -> list[Block]:
    """The classify verdict: facts on one line, then each piece of evidence."""
    blocks = [_context(event_facts(event))]
    if event.evidence:
        lines = [f"• {escape(ev.type)}: “{escape(ev.text)}” ({ev.start}–{ev.end})" for ev in event.evidence]
        blocks.append({"type": "section", "text": _mrkdwn("*Evidence*\n" + "\n".join(lines), SECTION_LIMIT)})
    return blocks


def render_reply(reply: Reply) -> dict[str, Any]:
    """The ack/respond arguments for a command reply: text, blocks and response_type."""
    blocks = text_sections(reply.text)
    for alert in reply.items:
        blocks.extend(compact_alert_blocks(alert))
    if reply.event is not None:
        blocks.extend(verdict_blocks(reply.event))
    if len(blocks) > BLOCKS_MAX:
        blocks = blocks[: BLOCKS_MAX - 1] + [
            {"type": "context", "elements": [_mrkdwn("(more not shown)", CONTEXT_ELEMENT_LIMIT)]}
        ]
    rendered: dict[str, Any] = {
        "text": truncate(escape(reply.text) or reply.command or "Done.", FALLBACK_LIMIT),
        "response_type": "in_channel" if reply.public else "ephemeral",
    }
    if blocks:  # Slack rejects an empty blocks list; the text alone is then the message
        rendered["blocks"] = blocks
    return rendered
