"""Parsing the command line grammar shared by every platform (DESIGN.md)."""

from __future__ import annotations

import re
import shlex
from datetime import timedelta

MAX_COMMAND_CHARS = 4000
_DURATION = re.compile(r"^(\d{1,6})\s*(s|sec|secs|m|min|mins|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)$", re.I)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
MAX_MUTE = timedelta(days=30)


class GrammarError(ValueError):
    pass


def split_command(text: str) -> tuple[str, list[str]]:
    """("subscribe", ["strike", "min_severity:3"]) from "/subscribe strike min_severity:3".

    Quotes group words ("drone strike"); smart quotes from phones count as quotes.
    """
    if len(text) > MAX_COMMAND_CHARS:
        raise GrammarError(f"the command is longer than {MAX_COMMAND_CHARS} characters")
    text = text.strip().lstrip("/").strip()
    for smart, plain in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'")):
        text = text.replace(smart, plain)
    if not text:
        return "", []
    try:
        words = shlex.split(text)
    except ValueError:
        raise GrammarError("a quote is not closed") from None
    return (words[0].lower(), words[1:]) if words else ("", [])


def parse_duration(text: str) -> timedelta:
    match = _DURATION.match(text.strip())
    if not match:
        raise GrammarError(f"'{text}' is not a duration: use a number and a unit, like 30m, 2h or 1d")
    amount = int(match.group(1))
    delta = timedelta(seconds=amount * _UNIT_SECONDS[match.group(2)[0].lower()])
    if delta <= timedelta(0):
        raise GrammarError("the duration must be longer than zero")
    if delta > MAX_MUTE:
        raise GrammarError("the longest mute is 30d; use unsubscribe to stop alerts for good")
    return delta


def parse_option(word: str) -> tuple[str, str] | None:
    """("min_severity", "3") for "min_severity:3" or "min_severity=3"; None for a plain word."""
    match = re.match(r"^([a-z_]+)[:=](.*)$", word, re.I)
    return (match.group(1).lower(), match.group(2)) if match else None


def parse_int(value: str, name: str, low: int, high: int) -> int:
    if not re.fullmatch(r"-?\d{1,9}", value.strip()):
        raise GrammarError(f"{name} must be a whole number from {low} to {high}, not '{value[:40]}'")
    number = int(value)
    if not low <= number <= high:
        raise GrammarError(f"{name} must be from {low} to {high}, not {number}")
    return number


def format_duration(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
