"""The console adapter: the zero-configuration default. Alerts print as coloured blocks (rich)
or as JSON lines (`--jsonl`); commands are read from stdin, one per line."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import threading
from typing import IO, Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel

from bot.commands import MANAGE_CHANNELS, MANAGE_SERVER, CommandHandler, Reply, Request
from bot.models import CONSOLE_CHANNEL, Alert, ChannelRef, Delivery, iso_utc
from bot.settings import Settings

log = logging.getLogger("sitrep.console")

SEVERITY_COLOURS = {0: "white", 1: "green", 2: "yellow", 3: "dark_orange", 4: "red", 5: "bold magenta"}
#: The person at the terminal owns the bot: every command is allowed.
CONSOLE_PERMISSIONS = frozenset({MANAGE_SERVER, MANAGE_CHANNELS})


class ConsoleAdapter:
    platform = "console"

    def __init__(
        self,
        settings: Settings,
        commands: CommandHandler,
        *,
        jsonl: bool = False,
        stdin: IO[str] | None = None,
        stdout: IO[str] | None = None,
    ) -> None:
        self.settings = settings
        self.commands = commands
        self.jsonl = jsonl
        self._stdin = stdin if stdin is not None else sys.stdin
        self._stdout = stdout if stdout is not None else sys.stdout
        self._console = Console(file=self._stdout, highlight=False, soft_wrap=False)
        self._reader: asyncio.Task[None] | None = None
        self._lines: asyncio.Queue[str | None] = asyncio.Queue()

    @property
    def is_connected(self) -> bool:
        return self._reader is not None and not self._reader.done()

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        # A daemon thread reads stdin so a terminal, a pipe or a closed stdin all work the same.
        threading.Thread(target=self._read_stdin, args=(loop,), name="console-stdin", daemon=True).start()
        self._reader = asyncio.create_task(self._serve_commands())
        if not self.jsonl:
            self._console.print("[bold]sitrep[/bold] is running on the console. Type [cyan]help[/cyan] for commands.")

    async def stop(self) -> None:
        if self._reader is not None:
            self._reader.cancel()

    async def deliver(self, channel: ChannelRef, alert: Alert, delivery: Delivery) -> str:
        # A stream cannot be searched: after a crash mid-write a line may repeat (at least once).
        if self.jsonl:
            self._write_json({"kind": "alert", **alert.to_json_dict()})
        else:
            self._console.print(render_alert(alert))
            self._stdout.flush()
        return f"console:{alert.item_id}"

    # --- commands from stdin --------------------------------------------------------------
    def _read_stdin(self, loop: asyncio.AbstractEventLoop) -> None:
        try:
            for line in self._stdin:
                loop.call_soon_threadsafe(self._lines.put_nowait, line)
        except (OSError, ValueError):
            pass
        # End of stdin does not stop the bot (DESIGN.md): the feed keeps alerting.
        log.debug("console.stdin_closed")

    async def _serve_commands(self) -> None:
        while True:
            line = await self._lines.get()
            if line is None or not line.strip():
                continue
            request = Request(channel=CONSOLE_CHANNEL, user_id="console", text=line.strip(),
                              permissions=CONSOLE_PERMISSIONS)
            try:
                reply = await self.commands.handle(request)
            except Exception:  # noqa: BLE001 - a command bug must not kill the console
                log.exception("console.command_failed")
                reply = Reply("", False, "Internal error while running that command; see the log.")
            self.show_reply(reply)

    def show_reply(self, reply: Reply) -> None:
        if self.jsonl:
            self._write_json({"kind": "reply", "command": reply.command, "ok": reply.ok, "text": reply.text})
            return
        style = "green" if reply.ok else "red"
        self._console.print(f"[{style}]{escape(reply.text)}[/{style}]")
        for item in reply.items:
            self._console.print(render_alert(item, compact=True))
        self._stdout.flush()

    def _write_json(self, payload: dict[str, Any]) -> None:
        self._stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        self._stdout.flush()


def render_alert(alert: Alert, compact: bool = False) -> Panel | str:
    event = alert.event
    colour = SEVERITY_COLOURS.get(event.severity, "white")
    head = f"[{colour}]{' + '.join(event.types).upper()} · severity {event.severity}[/{colour}]"
    counts = ", ".join(
        part for part in (
            f"{event.killed} killed" if event.killed is not None else "",
            f"{event.injured} injured" if event.injured is not None else "",
        ) if part
    )
    if compact:
        return f"{head} [bold]{escape(alert.title)}[/bold] ({escape(alert.source)}, {iso_utc(alert.published)})"
    lines = [f"[bold]{escape(alert.title)}[/bold]"]
    if alert.summary:
        lines.append(escape(alert.summary[:400] + ("…" if len(alert.summary) > 400 else "")))
    facts = [counts] if counts else []
    if event.actors:
        facts.append("actors: " + escape(", ".join(event.actors)))
    if event.locations:
        facts.append("places: " + escape(", ".join(event.locations)))
    if facts:
        lines.append(" · ".join(facts))
    lines.append(f"[dim]{escape(alert.source)} · {iso_utc(alert.published)} · {escape(alert.url)}[/dim]")
    return Panel("\n".join(lines), title=head, title_align="left", border_style=colour)
