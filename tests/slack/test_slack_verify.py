"""HTTP mode verifies before it parses: junk on /slack/events, signed or not, gets a 401 or a 400
and exactly one log line, never a 500 or a traceback."""

from __future__ import annotations

import hashlib
import hmac
import logging
import time

import aiohttp
import pytest

from adapters.slack_app import SlackAdapter
from tests.fakes.slack_server import FakeSlack
from tests.slack.slack_helpers import SIGNING_SECRET

JUNK_BODIES = {
    "invalid JSON": (b'{"type": "event_callback", ', "application/json"),
    "a JSON list": (b'[1, 2, {"type": "url_verification"}]', "application/json"),
    "payload= not JSON": (b"payload=%7Bnot-json", "application/x-www-form-urlencoded"),
    "binary": (bytes(range(256)) * 4, "application/octet-stream"),
}


def signature_of(body: bytes, stamp: str, secret: str = SIGNING_SECRET) -> str:
    # Slack's scheme, computed over the raw bytes (binary bodies included).
    return "v0=" + hmac.new(secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()


async def post_raw(adapter: SlackAdapter, body: bytes, content_type: str, headers: dict[str, str]) -> int:
    async with aiohttp.ClientSession() as session:
        async with session.post(
            f"http://127.0.0.1:{adapter.port}/slack/events", data=body,
            headers={"Content-Type": content_type, **headers},
        ) as response:
            await response.read()
            return response.status


def refusals(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name.startswith(("sitrep", "slack_bolt", "aiohttp"))]


@pytest.mark.parametrize("kind", list(JUNK_BODIES))
@pytest.mark.parametrize("signed", [False, True], ids=["unsigned", "signed"])
async def test_junk_bodies_are_refused_with_one_log_line(
    http_bot: SlackAdapter, fake: FakeSlack, caplog: pytest.LogCaptureFixture, kind: str, signed: bool
) -> None:
    body, content_type = JUNK_BODIES[kind]
    stamp = str(int(time.time()))
    headers = {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature_of(body, stamp)}
    if not signed:
        headers["X-Slack-Signature"] = signature_of(body, stamp, secret="not-the-secret")
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        status = await post_raw(http_bot, body, content_type, headers)
    # (Slack signs UTF-8 text only, so a binary body is never taken for a signed one)
    assert status == (400 if signed and kind != "binary" else 401)
    (line,) = [record for record in refusals(caplog) if record.levelno >= logging.WARNING]
    assert "slack.request_refused" in line.getMessage() and line.exc_info is None
    assert fake.calls_to("users.info") == []


@pytest.mark.parametrize(
    "stamp", ["not-a-number", "1e9", "-5", "99999999999999999999999999", "١٧٠٠٠٠٠٠٠٠", "", "0"]
)
async def test_a_bad_timestamp_is_refused_with_one_log_line(
    http_bot: SlackAdapter, caplog: pytest.LogCaptureFixture, stamp: str
) -> None:
    body = b"command=%2Fsitrep&text=status&team_id=T111"
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        status = await post_raw(
            http_bot, body, "application/x-www-form-urlencoded",
            {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature_of(body, stamp)},
        )
    assert status == 401
    (line,) = [record for record in refusals(caplog) if record.levelno >= logging.WARNING]
    assert "slack.request_refused" in line.getMessage() and line.exc_info is None
