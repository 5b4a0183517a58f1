"""Findings 7 and 13 as a user meets them: state that sticks, one data folder whatever the working
directory, `db current` that creates nothing, `--version`, help texts, `db upgrade` that says."""

from __future__ import annotations

import signal
from pathlib import Path

from tests.ops.helpers import SAMPLE_FEED, JsonLines, clean_env, finished, sitrep, stop_within


def default_env(tmp_path: Path) -> dict[str, str]:
    """No SITREP_DB_URL: the default database, in the per-user data folder under tmp_path."""
    env = clean_env(tmp_path, SITREP_DB_URL="", SITREP_DATA_DIR="", XDG_DATA_HOME=str(tmp_path / "xdg"))
    return env


async def test_the_default_database_does_not_depend_on_the_working_directory(tmp_path: Path) -> None:
    elsewhere, other = tmp_path / "elsewhere", tmp_path / "other"
    elsewhere.mkdir()
    other.mkdir()
    env = default_env(tmp_path)
    code, out, err = await finished("db", "current", env=env, cwd=elsewhere)
    assert code == 1 and "no database at" in out and str(tmp_path / "xdg" / "sitrep" / "sitrep.db") in out, err
    assert not any(elsewhere.iterdir()) and not (tmp_path / "xdg").exists(), "db current creates nothing"

    code, out, err = await finished("db", "upgrade", env=env, cwd=elsewhere)
    assert code == 0 and "applied the migrations from (none) to" in out, err
    code, again, _ = await finished("db", "upgrade", env=env, cwd=other)
    assert code == 0 and "already up to date, nothing applied" in again, "the same database from anywhere"
    code, current, _ = await finished("db", "current", env=env, cwd=other)
    assert code == 0 and "database at revision" in current
    assert not any(elsewhere.iterdir()) and not any(other.iterdir())
    assert (tmp_path / "xdg" / "sitrep" / "sitrep.db").exists()


async def test_the_console_unsubscribe_sticks_across_restarts(tmp_path: Path) -> None:
    env = clean_env(tmp_path, SITREP_FEEDS=SAMPLE_FEED)

    async def session(*commands: str) -> list[dict]:  # type: ignore[type-arg]
        process = await sitrep("run", "--console", "--jsonl", env=env)
        output = JsonLines(process)
        try:
            return [await output.command(line) for line in commands]
        finally:
            await stop_within(process, signal.SIGTERM)

    first = await session("status", "unsubscribe")
    assert first[0]["status"]["channel"] is not None, "a fresh database subscribes the console"
    assert first[1]["ok"] and "Unsubscribed" in first[1]["text"]
    (after_restart,) = await session("status")
    assert after_restart["status"]["channel"] is None, "unsubscribe is not undone by a restart"
    assert "not subscribed" in after_restart["text"]


async def test_version_and_help_texts(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    code, out, _ = await finished("--version", env=env)
    assert code == 0 and out.startswith("sitrep ") and out.split()[1][0].isdigit()
    code, out, _ = await finished("feeds", "check", "--help", env=env)
    assert code == 0 and "URL" in out and "Nothing is stored" in out
    code, out, _ = await finished("db", "--help", env=env)
    words = " ".join(out.split())
    assert code == 0 and "apply every pending migration" in words and "changes and creates nothing" in words
    code, out, _ = await finished("db", "current", "--help", env=env)
    assert code == 0 and "Creates and changes nothing" in " ".join(out.split())


def test_the_slack_manifest_comment_counts_its_url_lines() -> None:
    import re

    from bot.paths import PROJECT_ROOT

    manifest = (PROJECT_ROOT / "adapters" / "slack_manifest.yml").read_text()
    commented = re.findall(r"^\s*# (?:url|request_url): https://YOUR-HOST/", manifest, re.M)
    stated = re.search(r"uncomment the (\d+) `url`/`request_url` lines", " ".join(manifest.split()))
    assert stated and int(stated.group(1)) == len(commented) == 6
