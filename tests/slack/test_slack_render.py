"""Block Kit rendering: untrusted text never pings or links, and Slack's limits always hold."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.slack_app import BOT_SCOPES, SLASH_COMMANDS, command_line
from adapters.slack_render import escape, render_alert, render_reply, safe_link, truncate
from bot.commands import Reply
from bot.models import Alert, Event

MANIFEST = Path(__file__).resolve().parents[2] / "adapters" / "slack_manifest.yml"


def alert(title: str, url: str = "https://wire.example/a", summary: str = "") -> Alert:
    return Alert(
        item_id="1",
        title=title,
        summary=summary,
        url=url,
        source="Wire",
        feed_url="https://wire.example/feed",
        published=datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
        event=Event(types=("attack",), severity=3),
    )


@pytest.mark.parametrize(
    "hostile",
    ["<!channel>", "<!here>", "<!everyone>", "<@U123>", "<#C123>", "<!subteam^S1>", "<https://x.example|y>"],
)
def test_specials_are_escaped_everywhere(hostile: str) -> None:
    text, blocks = render_alert(alert(f"Attack {hostile}", summary=f"More {hostile}"))
    posted = json.dumps({"text": text, "blocks": blocks}, ensure_ascii=False)
    assert hostile not in posted
    assert "<" not in posted.replace("<https://wire.example/a|", "")  # our own link is the only one


def test_escape_defuses_bare_broadcast_words_and_ampersands() -> None:
    assert escape("a & b <!here> @here @Channel") == "a &amp; b &lt;!here&gt; @\u200bhere @\u200bChannel"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "", "ftp://x.example/file", "slack://open"])
def test_only_http_links_are_linked(url: str) -> None:
    assert safe_link(url, "label") == "label"


def test_a_url_cannot_break_out_of_its_link() -> None:
    link = safe_link("https://x.example/a|<!channel>&b>", "t")
    assert link == "<https://x.example/a%7C%3C!channel%3E&amp;b%3E|t>"


def test_truncate_never_cuts_an_entity_in_half() -> None:
    assert truncate("ab&amp;cd", 5) == "ab…"
    assert truncate("abc", 3) == "abc"
    assert len(truncate("x" * 200, 150)) == 150


def test_alert_limits_hold_for_huge_text() -> None:
    text, blocks = render_alert(alert("A" * 1000, summary="B" * 10000))
    assert len(blocks[0]["text"]["text"]) <= 150
    assert len(blocks[1]["text"]["text"]) <= 3000
    assert len(text) <= 3000


def test_latest_reply_is_capped_at_fifty_blocks() -> None:
    items = tuple(alert(f"item {n}") for n in range(40))
    rendered = render_reply(Reply("latest", True, "The newest items:", public=True, items=items))
    assert len(rendered["blocks"]) == 50 and rendered["response_type"] == "in_channel"
    assert rendered["blocks"][-1]["type"] == "context"


def test_long_reply_text_is_split_into_sections_of_3000() -> None:
    rendered = render_reply(Reply("status", True, "x" * 7000))
    assert [len(b["text"]["text"]) for b in rendered["blocks"]] == [3000, 3000, 1000]
    assert rendered["response_type"] == "ephemeral"


@pytest.mark.parametrize(
    ("command", "text", "line"),
    [
        ("/sitrep", "subscribe strike", "subscribe strike"),
        ("/sitrep", "  ", "help"),
        ("/latest", "5", "latest 5"),
        ("/latest", "", "latest"),
        ("/subscribe", "attack min_severity:3", "subscribe attack min_severity:3"),
        ("/unsubscribe", "", "unsubscribe"),
        ("/keywords", 'add "drone strike"', 'keywords add "drone strike"'),
    ],
)
def test_command_line_of_each_slash_command(command: str, text: str, line: str) -> None:
    assert command_line(command, text) == line


def test_manifest_declares_every_command_and_only_the_needed_scopes() -> None:
    manifest = MANIFEST.read_text()
    assert set(re.findall(r"- command: (/\w+)", manifest)) == set(SLASH_COMMANDS)
    bot_scopes = manifest.split("bot:", 1)[1].split("settings:", 1)[0]
    assert set(re.findall(r"^\s+- ([\w:.]+)\s*$", bot_scopes, re.M)) == set(BOT_SCOPES)
    for event in ("app_uninstalled", "tokens_revoked"):
        assert f"- {event}" in manifest
    assert "socket_mode_enabled: true" in manifest


def test_an_empty_reply_still_has_text_and_no_empty_blocks() -> None:
    rendered = render_reply(Reply("", False, ""))
    assert rendered["text"] and "blocks" not in rendered
