"""Logs: one event per line, parseable as logfmt (or JSON), values quoted, secrets never shown."""

from __future__ import annotations

import io
import json
import logging

import pytest

from bot.logs import configure_logging
from tests.ops.helpers import parse_logfmt

TOKEN = "xoxb-1234-very-secret"


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def configure(log_format: str = "logfmt") -> io.StringIO:
        stream = io.StringIO()
        monkeypatch.setattr("sys.stderr", stream)
        configure_logging("INFO", [TOKEN], log_format)  # type: ignore[arg-type]
        return stream

    yield configure
    logging.getLogger().handlers.clear()


def test_values_with_spaces_quotes_and_newlines_parse_back(captured) -> None:  # type: ignore[no-untyped-def]
    stream = captured()
    url, error = "https://example.org/a b?q=1", 'said "no" = bad\\ \nsecond line'
    logging.getLogger("sitrep.poll").warning("feed.failed url=%s failures=%d error=%s retry_in=%.0fs",
                                             url, 3, error, 12.4)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1, "one event per line"
    fields = parse_logfmt(lines[0])
    assert fields["level"] == "warning" and fields["logger"] == "sitrep.poll" and fields["event"] == "feed.failed"
    assert (fields["url"], fields["failures"], fields["error"], fields["retry_in"]) == (url, "3", error, "12s")


def test_a_token_never_appears_in_values_messages_or_errors(captured) -> None:  # type: ignore[no-untyped-def]
    stream = captured()
    logging.getLogger("sitrep.slack").info("slack.connect url=%s", f"wss://x/?token={TOKEN}")
    logging.getLogger("slack_sdk").warning("free text mentioning %s twice: %s", TOKEN, TOKEN)
    try:
        raise RuntimeError(f"refused {TOKEN}")
    except RuntimeError:
        logging.getLogger("slack_sdk").exception("Failed to connect; Retrying...")
        logging.getLogger("sitrep.app").exception("app.crashed")
    text = stream.getvalue()
    assert TOKEN not in text and "***" in text
    lines = text.splitlines()
    assert len(lines) == 4 and all(parse_logfmt(line) for line in lines)
    library, own = parse_logfmt(lines[2]), parse_logfmt(lines[3])
    assert library["msg"] == "Failed to connect; Retrying..." and library["error"] == "RuntimeError: refused ***"
    assert "traceback" not in library, "a library's retry is one short line, not a traceback"
    assert own["traceback"].startswith("Traceback") and "\n" in own["traceback"], "sitrep's own bugs keep theirs"


def test_json_format_is_one_object_per_line(captured) -> None:  # type: ignore[no-untyped-def]
    stream = captured("json")
    logging.getLogger("sitrep.poll").info("feed.polled url=%s items=%d token=%s", "https://x/ y", 4, TOKEN)
    (line,) = stream.getvalue().splitlines()
    record = json.loads(line)
    assert record["event"] == "feed.polled" and record["url"] == "https://x/ y" and record["items"] == "4"
    assert record["token"] == "***"
