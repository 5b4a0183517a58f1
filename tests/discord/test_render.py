"""Pure rendering rules: escaping untrusted text and keeping every length within Discord's limits."""

from __future__ import annotations

from datetime import UTC, datetime

import discord
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.discord_render import (
    CONTENT_LIMIT,
    EMBED_TOTAL_LIMIT,
    alert_embed,
    cap,
    escape_text,
    fit_total,
    link_url,
    reply_parts,
)
from bot.models import Alert, Event

ZWSP = "\u200b"


@pytest.mark.parametrize(("raw", "shown"), [
    ("@everyone look", f"@{ZWSP}everyone look"),
    ("@here look", f"@{ZWSP}here look"),
    ("<@&123456789012345678>", f"\\<@{ZWSP}&123456789012345678>"),
    ("<#123456789012345678>", "\\<#123456789012345678>"),
    ("<t:1700000000:R>", "\\<t:1700000000:R>"),
    ("[click](https://evil.example)", "\\[click](https://evil.example)"),
    ("**bold** and __under__", "\\*\\*bold\\*\\* and \\_\\_under\\_\\_"),
    ("# Heading", "\\# Heading"),
    ("-# subtext", "\\-# subtext"),
    ("> quote", "\\> quote"),
    ("`code` ||spoiler||", "\\`code\\` \\|\\|spoiler\\|\\|"),
    ("a\\*b*", "a\\\\\\*b\\*"),  # the feed's own backslash cannot cancel our escape
])
def test_feed_markup_is_shown_literally(raw: str, shown: str) -> None:
    assert escape_text(raw) == shown


def test_plain_text_is_left_readable() -> None:
    assert escape_text("US forces struck 3 sites in Iraq, officials said.") == \
        "US forces struck 3 sites in Iraq, officials said."


def test_cap_marks_the_cut_and_never_leaves_half_an_escape() -> None:
    assert cap("abcdef", 6) == "abcdef"
    assert cap("abcdefg", 6) == "abcde…"
    assert cap("abcd\\*", 6) == "abcd\\*"
    assert cap("abcd\\*x", 6) == "abcd…"  # the cut fell after a lone backslash


def test_only_web_links_become_embed_urls() -> None:
    assert link_url("https://news.example/a") == "https://news.example/a"
    assert link_url("javascript:alert(1)") is None
    assert link_url("https://news.example/" + "a" * 3000) is None


def test_fit_total_shortens_then_drops_to_stay_within_6000() -> None:
    embeds = [discord.Embed(title="t" * 256, description="d" * 4000) for _ in range(3)]
    fitted = fit_total(embeds)
    assert sum(len(e) for e in fitted) <= EMBED_TOTAL_LIMIT
    assert len(fitted) == 2 and fitted[0].description == "d" * 4000


def test_a_long_reply_moves_into_an_embed_instead_of_being_cut() -> None:
    text = "\n".join(f"- feed {n}: ok, last poll 1m ago" for n in range(120))
    content, embeds = reply_parts(text)
    assert content is None and len(embeds) == 1
    assert embeds[0].description is not None and "feed 119" in embeds[0].description
    short, none = reply_parts("Subscribed.")
    assert (short, none) == ("Subscribed.", [])


def test_a_naive_publish_time_is_read_as_utc() -> None:
    alert = Alert(item_id="1", title="t", summary="", url="https://x.example", source="s", feed_url="f",
                  published=datetime(2024, 1, 30, 12, 0), event=Event(types=("strike",), severity=3))
    assert alert_embed(alert).timestamp == datetime(2024, 1, 30, 12, 0, tzinfo=UTC)


untrusted = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=3000)


@settings(max_examples=60, deadline=None)
@given(title=untrusted, summary=untrusted, source=untrusted,
       actors=st.lists(untrusted, max_size=30), killed=st.none() | st.integers(0, 10**6))
def test_any_alert_fits_discords_limits(title: str, summary: str, source: str, actors: list[str],
                                        killed: int | None) -> None:
    alert = Alert(item_id="1", title=title, summary=summary, url="https://x.example", source=source,
                  feed_url="https://x.example/rss", published=datetime(2024, 1, 1, tzinfo=UTC),
                  event=Event(types=("attack",), severity=4, killed=killed, actors=tuple(actors),
                              locations=tuple(actors)))
    embed = alert_embed(alert)
    assert len(embed.title or "") <= 256 and len(embed.description or "") <= 4096
    assert len(embed.fields) <= 25
    assert all(len(f.name or "") <= 256 and len(f.value or "") <= 1024 for f in embed.fields)
    assert all((f.value or "").strip() for f in embed.fields)  # Discord refuses blank values
    assert len(embed) <= EMBED_TOTAL_LIMIT
    assert "@everyone" not in str(embed.to_dict()) and "@here" not in str(embed.to_dict())


@settings(max_examples=60, deadline=None)
@given(text=untrusted)
def test_any_reply_text_fits(text: str) -> None:
    content, embeds = reply_parts(text)
    assert content is None or len(content) <= CONTENT_LIMIT
    assert sum(len(e) for e in embeds) <= EMBED_TOTAL_LIMIT
