"""Finding 1: a setting sitrep cannot work with stops `sitrep run` with one line naming the
setting, its value (secrets masked) and what to do, and a non-zero exit; never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.startup import EXIT_CONFIG
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.slack_server import FakeSlack
from tests.ops.helpers import clean_env, finished, refused_port

POSTGRES_URL = os.environ.get("SITREP_TEST_POSTGRES_URL")


def assert_one_line_error(code: int, err: str, *wanted: str, secret: str | None = None) -> str:
    assert code == EXIT_CONFIG, err[-3000:]
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("sitrep: "), err[-3000:]
    for text in wanted:
        assert text in last, last
    if secret:
        assert secret not in err
    return last


@pytest.mark.parametrize(
    ("url", "wanted"),
    [
        ("notaurl", "use sqlite+aiosqlite:///PATH or postgresql+asyncpg://"),
        ("postgresql://bot:s3cretpw@127.0.0.1/sitrep", "use postgresql+asyncpg://bot:***@127.0.0.1/sitrep"),
        ("sqlite:///x.db", "use sqlite+aiosqlite:///x.db"),
    ],
)
async def test_an_unusable_database_url(tmp_path: Path, url: str, wanted: str) -> None:
    code, _, err = await finished("run", env=clean_env(tmp_path, SITREP_DB_URL=url))
    assert_one_line_error(code, err, "SITREP_DB_URL", wanted, secret="s3cretpw")


async def test_a_database_server_that_refuses_the_connection(tmp_path: Path) -> None:
    url = f"postgresql+asyncpg://bot:s3cretpw@127.0.0.1:{refused_port()}/sitrep"
    code, _, err = await finished("run", env=clean_env(tmp_path, SITREP_DB_URL=url))
    assert_one_line_error(code, err, "SITREP_DB_URL=postgresql+asyncpg://bot:***@127.0.0.1", "cannot connect",
                          "start PostgreSQL there or fix the host and port", secret="s3cretpw")


@pytest.mark.skipif(POSTGRES_URL is None, reason="SITREP_TEST_POSTGRES_URL is not set (no PostgreSQL server to test against)")
async def test_a_database_that_does_not_exist(tmp_path: Path) -> None:
    url = make_url(str(POSTGRES_URL)).set(database="sitrep_ops_no_such_db").render_as_string(hide_password=False)
    code, _, err = await finished("run", env=clean_env(tmp_path, SITREP_DB_URL=url))
    assert_one_line_error(code, err, "'sitrep_ops_no_such_db' does not exist", "createdb sitrep_ops_no_such_db")


async def test_a_sqlite_file_that_cannot_be_created(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    url = f"sqlite+aiosqlite:///{tmp_path}/a-file/sitrep.db"
    code, _, err = await finished("run", env=clean_env(tmp_path, SITREP_DB_URL=url))
    assert_one_line_error(code, err, "SITREP_DB_URL=", "cannot open the SQLite file", "writable folder")


async def test_run_help_works_whatever_the_settings(tmp_path: Path) -> None:
    env = clean_env(tmp_path, SITREP_DB_URL="notaurl", SITREP_POLL_SECONDS="often")
    code, out, err = await finished("run", "--help", env=env)
    assert code == 0 and "usage: sitrep run" in out and "--console" in out, err


async def test_a_discord_token_discord_refuses(tmp_path: Path) -> None:
    fake = FakeDiscord()
    await fake.start()
    try:
        env = clean_env(tmp_path, DISCORD_TOKEN="not-the-right-token", DISCORD_API_URL=fake.rest_base,
                        DISCORD_GATEWAY_URL=fake.gateway_url, SITREP_FEEDS="")
        code, _, err = await finished("run", env=env)
    finally:
        await fake.stop()
    assert_one_line_error(code, err, "Discord refused DISCORD_TOKEN=not-… (19 chars)", "reset the bot token",
                          secret="not-the-right-token")


async def test_slack_tokens_slack_refuses(tmp_path: Path) -> None:
    fake = await FakeSlack().start()
    try:
        bot_refused = await finished("run", env=clean_env(
            tmp_path, SLACK_BOT_TOKEN="xoxb-wrong-token", SLACK_APP_TOKEN=fake.app_token, SLACK_API_URL=fake.url))
        app_refused = await finished("run", env=clean_env(
            tmp_path, SLACK_BOT_TOKEN=fake.bot_token, SLACK_APP_TOKEN="xapp-wrong-token", SLACK_API_URL=fake.url))
    finally:
        await fake.close()
    assert_one_line_error(bot_refused[0], bot_refused[2], "Slack rejected SLACK_BOT_TOKEN (invalid_auth)",
                          "SLACK_BOT_TOKEN=xoxb… (16 chars)", secret="xoxb-wrong-token")
    assert_one_line_error(app_refused[0], app_refused[2], "Slack rejected SLACK_APP_TOKEN (invalid_auth)",
                          "SLACK_APP_TOKEN=xapp… (16 chars)", secret="xapp-wrong-token")


async def test_slack_http_mode_on_a_port_in_use(tmp_path: Path) -> None:
    import socket

    fake = await FakeSlack().start()
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        try:
            code, _, err = await finished("run", env=clean_env(
                tmp_path, SLACK_BOT_TOKEN=fake.bot_token, SLACK_SIGNING_SECRET="s" * 32, SLACK_API_URL=fake.url,
                SITREP_HTTP_PORT=str(port)))
        finally:
            await fake.close()
    assert_one_line_error(code, err, f"SITREP_HTTP_PORT={port}: cannot listen", "choose a free port")
