"""Structured logging: one event per line on stderr, with secrets masked wherever they appear."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterable


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if s and len(s) >= 6]

    def filter(self, record: logging.LogRecord) -> bool:
        if self._secrets:
            message = record.getMessage()
            for secret in self._secrets:
                message = message.replace(secret, "***")
            record.msg, record.args = message, None
        return True


class LineFormatter(logging.Formatter):
    converter = time.gmtime

    def format(self, record: logging.LogRecord) -> str:
        line = f"{self.formatTime(record, '%Y-%m-%dT%H:%M:%SZ')} {record.levelname} {record.name} {record.getMessage()}"
        if record.exc_info:
            # Keep one event per line: the traceback is folded onto it.
            line += " exc=" + self.formatException(record.exc_info).replace("\n", " | ")
        return line.replace("\n", " ")


def configure_logging(level: str, secrets: Iterable[str] = ()) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(LineFormatter())
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Library chatter at INFO (every HTTP request, every job run) drowns the bot's own events.
    for noisy in ("httpx", "httpcore", "apscheduler", "discord", "slack_bolt", "slack_sdk", "aiosqlite", "alembic"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
