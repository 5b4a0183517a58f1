"""App commands through the real discord.py client: what is registered, what each command hands
to the core, and how the Reply comes back (ephemeral, escaped, never pinging)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from adapters.discord_bot import DiscordAdapter
from bot.commands import MANAGE_CHANNELS, MANAGE_SERVER, Reply
from bot.models import EVENT_TYPES, Alert, Event, Evidence, utcnow
from tests.discord.helpers import RecordingCommands, discord_settings, running
from tests.fakes.discord_server import (
    ALL_PERMISSIONS,
    APP_ID,
    CHANNEL_ID,
    GUILD_ID,
    MANAGE_CHANNELS_BIT,
    MANAGE_GUILD_BIT,
    ROLE_ID,
    VIEW_SEND_EMBED,
    FakeDiscord,
    option,
    role_resolved,
    subcommand,
)

STRING, INTEGER, ROLE = 3, 4, 8


def synced_commands(fake: FakeDiscord) -> dict[str, dict[str, Any]]:
    assert fake.command_syncs, "no PUT of the application's commands"
    return {command["name"]: command for command in fake.command_syncs[-1][1]}


async def test_every_grammar_row_is_registered_globally(fake: FakeDiscord, bot: DiscordAdapter) -> None:
    path, _ = fake.command_syncs[-1]
    assert path == f"/applications/{APP_ID}/commands"
    commands = synced_commands(fake)
    assert set(commands) == {"subscribe", "unsubscribe", "latest", "keywords", "feeds", "mute",
                             "unmute", "digest", "quiet", "status", "classify", "help"}
    assert [o["name"] for o in commands["keywords"]["options"]] == ["add", "exclude", "remove", "list", "clear"]
    assert [o["name"] for o in commands["feeds"]["options"]] == ["add", "remove", "list"]
    assert all(c["contexts"] == [0] for c in commands.values()), "commands need a server"


async def test_manager_commands_are_hidden_from_members_by_default(fake: FakeDiscord, bot: DiscordAdapter) -> None:
    commands = synced_commands(fake)
    for name in ("subscribe", "unsubscribe", "mute", "unmute", "digest", "quiet"):
        assert int(commands[name]["default_member_permissions"]) == MANAGE_CHANNELS_BIT, name
    # /keywords list and /feeds list are for anyone, so their groups stay visible (the core checks).
    for name in ("latest", "status", "classify", "help", "keywords", "feeds"):
        assert commands[name]["default_member_permissions"] is None, name


async def test_options_are_typed_with_choices_and_bounds(fake: FakeDiscord, bot: DiscordAdapter) -> None:
    commands = synced_commands(fake)
    latest = {o["name"]: o for o in commands["latest"]["options"]}
    assert latest["count"]["type"] == INTEGER
    assert (latest["count"]["min_value"], latest["count"]["max_value"]) == (1, 20)
    assert [c["value"] for c in latest["type"]["choices"]] == list(EVENT_TYPES)
    subscribe = {o["name"]: o for o in commands["subscribe"]["options"]}
    assert [c["value"] for c in subscribe["type"]["choices"]] == list(EVENT_TYPES)
    assert subscribe["min_severity"]["type"] == INTEGER
    assert (subscribe["min_severity"]["min_value"], subscribe["min_severity"]["max_value"]) == (0, 5)
    assert subscribe["mention"]["type"] == ROLE
    assert not any(o.get("required") for o in subscribe.values())


async def test_dev_guild_sync_registers_there_and_commands_still_answer(
    fake: FakeDiscord, recording: RecordingCommands
) -> None:
    adapter = DiscordAdapter(discord_settings(fake, discord_dev_guild_id=GUILD_ID), recording,
                             guild_ready_timeout=0.05)
    async with running(adapter):
        assert fake.command_syncs[-1][0] == f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"
        token = await fake.slash_command("status", command_guild_id=GUILD_ID)
        assert (await fake.final_response(token)).data["content"] == "ran status"


# (command, options as Discord sends them, resolved data, the line the core must receive)
COMMAND_LINES: list[tuple[str, list[dict[str, Any]], dict[str, Any] | None, str]] = [
    ("subscribe", [], None, "subscribe"),
    ("subscribe", [option("type", "strike"), option("type2", "threat"), option("type3", "strike"),
                   option("min_severity", 3, INTEGER), option("mention", ROLE_ID, ROLE),
                   option("mention_severity", 5, INTEGER)], role_resolved(),
     f"subscribe strike threat min_severity:3 mention:{ROLE_ID} mention_severity:5"),
    ("subscribe", [option("min_severity", 0, INTEGER)], None, "subscribe min_severity:0"),
    ("unsubscribe", [], None, "unsubscribe"),
    ("latest", [], None, "latest"),
    ("latest", [option("count", 7, INTEGER), option("type", "casualty")], None, "latest 7 casualty"),
    ("keywords", [subcommand("add", option("terms", "Iraq Syria"))], None, "keywords add Iraq Syria"),
    ("keywords", [subcommand("exclude", option("terms", "drill"))], None, "keywords exclude drill"),
    ("keywords", [subcommand("remove", option("terms", "Iraq"))], None, "keywords remove Iraq"),
    ("keywords", [subcommand("list")], None, "keywords list"),
    ("keywords", [subcommand("clear")], None, "keywords clear"),
    ("feeds", [subcommand("add", option("url", "https://example.org/rss"))], None,
     "feeds add https://example.org/rss"),
    ("feeds", [subcommand("remove", option("url", "https://example.org/rss"))], None,
     "feeds remove https://example.org/rss"),
    ("feeds", [subcommand("list")], None, "feeds list"),
    ("mute", [option("duration", "2h")], None, "mute 2h"),
    ("unmute", [], None, "unmute"),
    ("status", [], None, "status"),
    ("classify", [option("text", "US jets struck a depot")], None, "classify US jets struck a depot"),
    ("help", [], None, "help"),
]


@pytest.mark.parametrize(("name", "options", "resolved", "line"), COMMAND_LINES,
                         ids=[case[3] for case in COMMAND_LINES])
async def test_each_command_hands_its_line_to_the_core(
    fake: FakeDiscord, bot: DiscordAdapter, recording: RecordingCommands,
    name: str, options: list[dict[str, Any]], resolved: dict[str, Any] | None, line: str,
) -> None:
    token = await fake.slash_command(name, options, resolved=resolved)
    answer = await fake.final_response(token)
    [request] = recording.requests
    assert request.text == line
    assert (request.channel.platform, request.channel.server_id, request.channel.channel_id) == (
        "discord", GUILD_ID, CHANNEL_ID)
    assert answer.kind == "callback" and answer.body["type"] == 4
    public = line.split()[0] in ("latest", "classify")  # what RecordingCommands marks public
    assert answer.ephemeral is not public
    assert answer.data["allowed_mentions"] == {"parse": []}


@pytest.mark.parametrize(("permissions", "facts"), [
    (VIEW_SEND_EMBED, frozenset()),
    (VIEW_SEND_EMBED | MANAGE_CHANNELS_BIT, frozenset({MANAGE_CHANNELS})),
    (VIEW_SEND_EMBED | MANAGE_GUILD_BIT, frozenset({MANAGE_SERVER})),
    (int(ALL_PERMISSIONS), frozenset({MANAGE_SERVER, MANAGE_CHANNELS})),
    (8, frozenset({MANAGE_SERVER, MANAGE_CHANNELS})),  # Administrator alone implies both
])
async def test_member_permissions_reach_the_core_as_facts(
    fake: FakeDiscord, bot: DiscordAdapter, recording: RecordingCommands, permissions: int, facts: frozenset[str]
) -> None:
    token = await fake.slash_command("unsubscribe", permissions=permissions)
    await fake.final_response(token)
    assert recording.requests[0].permissions == facts


async def test_reply_text_is_escaped_and_cannot_ping(
    fake: FakeDiscord, bot: DiscordAdapter, recording: RecordingCommands
) -> None:
    recording.next_reply = Reply(command="status", ok=True,
                                 text="feed @everyone **Breaking** <@&123456789012345678> [x](http://evil)")
    token = await fake.slash_command("status")
    data = (await fake.final_response(token)).data
    assert data["allowed_mentions"] == {"parse": []}
    content = data["content"]
    assert "@everyone" not in content and "<@&" not in content and "**Breaking**" not in content
    assert "\\*\\*Breaking\\*\\*" in content and "\\[x](" in content


async def test_latest_items_come_as_at_most_ten_compact_embeds(
    fake: FakeDiscord, bot: DiscordAdapter, recording: RecordingCommands
) -> None:
    items = tuple(
        Alert(item_id=str(n), title=f"Strike {n} @here", summary="Jets hit a depot.\nMore text.",
              url=f"https://news.example/{n}", source="Example News", feed_url="https://news.example/rss",
              published=utcnow(), event=Event(types=("strike",), severity=3))
        for n in range(12)
    )
    recording.next_reply = Reply(command="latest", ok=True, text="12 items", public=True, items=items)
    token = await fake.slash_command("latest", [option("count", 12, INTEGER)])
    answer = await fake.final_response(token)
    embeds = answer.data["embeds"]
    assert not answer.ephemeral
    assert len(embeds) == 10
    assert embeds[0]["url"] == "https://news.example/0" and "@here" not in embeds[0]["title"]
    assert sum(len(e.get("title", "")) + len(e.get("description", "")) for e in embeds) <= 6000


async def test_classify_reply_shows_the_evidence(
    fake: FakeDiscord, bot: DiscordAdapter, recording: RecordingCommands
) -> None:
    event = Event(types=("strike", "casualty"), severity=4, killed=2, injured=None, actors=("US forces",),
                  locations=("Iraq",), evidence=(Evidence("strike", "US jets struck", 0, 14),
                                                 Evidence("casualty", "killing 2", 30, 39)))
    recording.next_reply = Reply(command="classify", ok=True, text="strike, casualty", public=True, event=event)
    token = await fake.slash_command("classify", [option("text", "US jets struck ... killing 2")])
    [embed] = (await fake.final_response(token)).data["embeds"]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Types"] == "strike, casualty" and fields["Killed"] == "2"
    assert "US jets struck" in fields["Evidence"] and "killing 2" in fields["Evidence"]
    assert "Injured" not in fields  # not stated: never shown as 0


async def test_a_slow_core_gets_a_deferred_answer_then_a_followup(
    fake: FakeDiscord, bot: DiscordAdapter, recording: RecordingCommands, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("adapters.discord_bot.ANSWER_BUDGET_SECONDS", 0.05)
    handle = recording.handle

    async def slow_handle(request: Any) -> Reply:
        await asyncio.sleep(0.2)
        return await handle(request)

    monkeypatch.setattr(recording, "handle", slow_handle)
    token = await fake.slash_command("keywords", [subcommand("list")])
    deferred = await fake.response(token)
    assert deferred.kind == "callback" and deferred.body["type"] == 5 and deferred.ephemeral
    followup = await fake.response(token)
    assert followup.kind == "followup" and followup.data["content"] == "ran keywords list"
    assert followup.ephemeral and followup.data["allowed_mentions"] == {"parse": []}


async def test_a_failing_core_still_answers_the_member(
    fake: FakeDiscord, bot: DiscordAdapter, recording: RecordingCommands, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken_handle(request: Any) -> Reply:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(recording, "handle", broken_handle)
    token = await fake.slash_command("status")
    answer = await fake.final_response(token)
    assert answer.ephemeral and "went wrong" in answer.data["content"]
    assert "database" not in answer.data["content"]  # internals stay in the log
