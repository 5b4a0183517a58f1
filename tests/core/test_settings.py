"""Settings: TOML defaults, environment overrides, and errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.paths import PROJECT_ROOT, config_dir
from bot.settings import SettingsError, load_settings


def test_defaults_come_from_config_beside_the_project(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # not the working directory
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    settings = load_settings()
    assert config_dir() == PROJECT_ROOT / "config"
    # the database is in the per-user data folder, wherever the command runs from
    assert settings.db_url == f"sqlite+aiosqlite:///{tmp_path}/xdg/sitrep/sitrep.db" and settings.poll_seconds == 120
    sample = settings.feeds[0]
    assert sample.url.startswith("file:///") and sample.url.endswith("config/samples/sample-feed.xml")
    assert Path(sample.url.removeprefix("file://")).exists()


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_POLL_SECONDS", "5")
    monkeypatch.setenv("SITREP_FEEDS", "https://a.example/rss, https://b.example/atom")
    monkeypatch.setenv("SITREP_ALLOW_PRIVATE_FEEDS", "1")
    monkeypatch.setenv("DISCORD_TOKEN", "secret-token-value")
    settings = load_settings()
    assert settings.poll_seconds == 5 and settings.allow_private_feeds
    assert [f.url for f in settings.feeds] == ["https://a.example/rss", "https://b.example/atom"]
    assert settings.secret("discord_token") == "secret-token-value"
    assert "secret-token-value" not in repr(settings)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("SITREP_POLL_SECONDS", "soon", "poll_seconds"),
        ("SITREP_POLL_SECONDS", "0.5", "greater than or equal to 1"),
        ("SITREP_FEEDS", "ftp://a.example/x", "only http"),
        ("SITREP_HTTP_PORT", "70000", "http_port"),
        ("SITREP_LOG_LEVEL", "LOUD", "log_level"),
    ],
)
def test_bad_values_name_the_key(monkeypatch: pytest.MonkeyPatch, name: str, value: str, message: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=message):
        load_settings()


def test_bad_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "default.toml").write_text("poll_seconds = [\n")
    monkeypatch.setenv("SITREP_CONFIG", str(tmp_path))
    with pytest.raises(SettingsError, match="invalid TOML"):
        load_settings()
    (tmp_path / "default.toml").write_text('pol_seconds = 3\n')
    with pytest.raises(SettingsError, match="pol_seconds: unknown setting"):
        load_settings()
    monkeypatch.setenv("SITREP_CONFIG", str(tmp_path / "missing"))
    with pytest.raises(SettingsError, match="not found"):
        load_settings()


def test_the_data_folder_is_overridable_and_the_database_url_overrides_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SITREP_DATA_DIR", str(tmp_path / "state"))
    assert load_settings().db_url == f"sqlite+aiosqlite:///{tmp_path}/state/sitrep.db"
    monkeypatch.setenv("SITREP_DB_URL", "postgresql+asyncpg://bot@127.0.0.1/sitrep")
    assert load_settings().db_url == "postgresql+asyncpg://bot@127.0.0.1/sitrep"


@pytest.mark.parametrize(
    ("url", "advice"),
    [
        ("notaurl", "is not a database URL; use sqlite+aiosqlite:///PATH or postgresql+asyncpg://"),
        ("postgresql://bot:hunter22@db/sitrep", "has no async driver; use postgresql+asyncpg://bot:***@db/sitrep"),
        ("sqlite:///x.db", "has no async driver; use sqlite+aiosqlite:///x.db"),
        ("mysql+aiomysql://db/x", "sitrep runs on SQLite or PostgreSQL"),
    ],
)
def test_an_unusable_database_url_is_one_line_with_the_fix(
    monkeypatch: pytest.MonkeyPatch, url: str, advice: str
) -> None:
    monkeypatch.setenv("SITREP_DB_URL", url)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    message = str(raised.value)
    assert message.startswith("SITREP_DB_URL: ") and advice in message and "\n" not in message
    assert "hunter22" not in message
