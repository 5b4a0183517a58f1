"""Structured logging: one event per line on stderr, as logfmt (default) or JSON lines.

sitrep logs events as `log.info("feed.polled url=%s items=%d", url, n)`: an event name, then
`key=%s` pairs. The formatter reads that format string, so every value is rendered and quoted on
its own (`url="https://x/a b"`), whatever spaces, quotes or newlines it holds; a message in any
other shape (a library's prose) becomes `msg="..."`. Secrets are masked in every value. A
library's exception is reduced to `error="Type: message"` (a platform outage must not print a
traceback per retry); sitrep's own keep their traceback, folded into one quoted `traceback=` value.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from collections.abc import Iterable
from typing import Any, Literal

LogFormat = Literal["logfmt", "json"]
#: Loggers whose exceptions are bugs in sitrep: their tracebacks are kept (on the same line).
OWN_LOGGERS = ("sitrep", "bot", "adapters")
MASK = "***"
#: Shorter strings are not treated as secrets: masking "abc" everywhere would garble the logs.
MIN_SECRET_CHARS = 6
#: `event key=%s key2=%d...`: an event name then key=value tokens (a value token holds one
#: %-placeholder or none, and may carry a unit: `retry_in=%.0fs`).
_EVENT = re.compile(r"[a-z][\w.]*")
_PAIR = re.compile(r"(\w+)=(\S*)")
_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdrfgixeEGXc]")
_NEEDS_QUOTES = re.compile(r'[\s"=\\]|[^\x21-\x7e]')


def logfmt_value(value: str) -> str:
    if value and not _NEEDS_QUOTES.search(value):
        return value
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def event_fields(record: logging.LogRecord) -> list[tuple[str, str]]:
    """The record's message as (key, value) pairs: ("event", name) then its key=value pairs, or
    ("msg", text) for a message that is not in the event shape."""
    message, args = record.msg, record.args
    if isinstance(message, str) and (args is None or isinstance(args, tuple)):
        words = message.split(" ")
        if _EVENT.fullmatch(words[0]) and all(_PAIR.fullmatch(word) for word in words[1:]):
            remaining = list(args or ())
            fields = [("event", words[0])]
            try:
                for word in words[1:]:
                    key, template = _PAIR.fullmatch(word).groups()  # type: ignore[union-attr]
                    needed = len(_PLACEHOLDER.findall(template))
                    taken, remaining = remaining[:needed], remaining[needed:]
                    fields.append((key, template % tuple(taken) if needed else template.replace("%%", "%")))
            except (TypeError, ValueError):
                return [("msg", record.getMessage())]
            if not remaining:
                return fields
    return [("msg", record.getMessage())]


class StructuredFormatter(logging.Formatter):
    converter = time.gmtime

    def __init__(self, log_format: LogFormat = "logfmt", secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.log_format = log_format
        self._secrets = sorted({s for s in secrets if s and len(s) >= MIN_SECRET_CHARS}, key=len, reverse=True)

    def mask(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        return text

    def fields(self, record: logging.LogRecord) -> list[tuple[str, str]]:
        fields = [
            ("ts", self.formatTime(record, "%Y-%m-%dT%H:%M:%SZ")),
            ("level", record.levelname.lower()),
            ("logger", record.name),
            *event_fields(record),
        ]
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            fields.append(("error", f"{type(error).__name__}: {' '.join(str(error).split())}".rstrip(": ")))
            if record.name.split(".")[0] in OWN_LOGGERS:
                fields.append(("traceback", self.formatException(record.exc_info)))
        return [(key, self.mask(str(value))) for key, value in fields]

    def format(self, record: logging.LogRecord) -> str:
        fields = self.fields(record)
        if self.log_format == "json":
            payload: dict[str, Any] = {}
            for key, value in fields:
                payload[key if key not in payload else f"{key}_"] = value
            return json.dumps(payload, ensure_ascii=False)
        return " ".join(f"{key}={logfmt_value(value)}" for key, value in fields)


def configure_logging(level: str, secrets: Iterable[str] = (), log_format: LogFormat = "logfmt") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(StructuredFormatter(log_format, secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Library chatter at INFO (every HTTP request, every job run) drowns the bot's own events.
    for noisy in ("httpx", "httpcore", "apscheduler", "discord", "slack_bolt", "slack_sdk", "aiosqlite", "alembic"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
