"""Typed settings: config/default.toml overlaid by environment variables.

`SITREP_*` variables override the TOML keys of the same name (`SITREP_POLL_SECONDS` ->
`poll_seconds`); platform secrets use their conventional names (`DISCORD_TOKEN`,
`SLACK_BOT_TOKEN`, ...). A bad file or value stops start-up with `SettingsError`, whose message
names the key and the problem.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AliasChoices,
    BaseModel,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict

from bot.paths import config_dir, default_data_dir
from bot.shards import ShardSet
from bot.startup import check_db_url

#: Discord's global rate limit for one bot, requests per second (all its processes together).
DISCORD_GLOBAL_REQUESTS_PER_SECOND = 50.0


class SettingsError(Exception):
    """The configuration is invalid; the message names the key and the problem."""


class FeedConfig(BaseModel):
    url: str
    title: str | None = None
    #: Seconds between polls; falls back to `poll_seconds`.
    interval: float | None = Field(default=None, ge=1)
    #: How many of the newest items the first poll alerts (the rest is only recorded).
    alert_newest: int | None = Field(default=None, ge=0)


def _alias(*names: str) -> Any:
    return Field(default=None, validation_alias=AliasChoices(*names))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SITREP_", extra="forbid", populate_by_name=True)

    # --- running it (ops): where state lives, how it logs -------------------------------------
    #: The folder of the default SQLite database; independent of the working directory.
    data_dir: Path = Field(default_factory=default_data_dir)
    #: Overrides everything about where the database is; empty = `<data_dir>/sitrep.db`.
    db_url: str = ""
    #: "logfmt" (one `key="value"` line per event) or "json" (one JSON object per line).
    log_format: Literal["logfmt", "json"] = "logfmt"

    feeds: Annotated[list[FeedConfig], NoDecode] = Field(default_factory=list)
    poll_seconds: float = Field(default=120.0, ge=1)
    first_poll_alert_newest: int = Field(default=0, ge=0)
    allow_private_feeds: bool = False
    #: Host names whose feeds may be on private addresses even with the guard on.
    private_feed_hosts: Annotated[list[str], NoDecode] = Field(default_factory=list)

    fetch_timeout_seconds: float = Field(default=20.0, gt=0)
    fetch_max_bytes: int = Field(default=5_000_000, ge=1024)
    fetch_max_redirects: int = Field(default=5, ge=0, le=20)
    fetch_per_host_limit: int = Field(default=2, ge=1)
    feed_failing_after: int = Field(default=3, ge=1)
    backoff_max_seconds: float = Field(default=3600.0, ge=1)
    #: Newest items read from one feed per poll; older entries of a huge feed are ignored.
    max_items_per_poll: int = Field(default=1000, ge=1)
    #: Polls in flight at once in this process (the claim loop takes no more due feeds than this).
    poll_workers: int = Field(default=32, ge=1, le=1000)
    #: Database connections kept open, extra ones allowed under load, and how long a query waits
    #: for a free connection before failing (a burst queues instead of failing).
    db_pool_size: int = Field(default=20, ge=1)
    db_max_overflow: int = Field(default=0, ge=0)
    db_pool_timeout_seconds: float = Field(default=120.0, gt=0)
    user_agent: str = "sitrep/0.1 (+https://github.com/sitrep-bot/sitrep)"

    delivery_seconds: float = Field(default=2.0, gt=0)
    delivery_max_attempts: int = Field(default=8, ge=1)
    #: How long a claimed alert stays with the process sending it (renewed while it works) before
    #: another process may take it over; see bot/instance.py.
    lease_seconds: float = Field(default=30.0, ge=3)
    #: An alert still queued this many hours after it was queued (its platform was not running,
    #: or kept failing) is dropped as expired rather than sent late.
    alert_expiry_hours: float = Field(default=24.0, gt=0)
    #: This process's stable name for leases (default: the host name); see bot/instance.py.
    instance_id: str | None = None
    retention_days: int = Field(default=30, ge=1)
    #: How far apart two reports of one event may be published to join one story (bot/stories.py):
    #: a channel's message of the story is then edited instead of a new one posted. 0: every item
    #: is its own story.
    story_window_hours: float = Field(default=24.0, ge=0)
    max_keywords: int = Field(default=200, ge=1)
    max_keyword_length: int = Field(default=100, ge=1)
    max_server_feeds: int = Field(default=20, ge=0)

    #: Serves /healthz, /readyz and /metrics (and Slack HTTP mode's /slack/events, which uses 3000 unset).
    http_port: int | None = Field(default=None, ge=1, le=65535)
    #: Where that port listens: 127.0.0.1 unless set, 0.0.0.0 in Slack HTTP mode (Slack must reach it).
    http_host: str | None = None
    log_level: str = "INFO"

    discord_token: SecretStr | None = _alias("DISCORD_TOKEN", "SITREP_DISCORD_TOKEN", "discord_token")
    discord_api_url: str = Field(
        default="https://discord.com/api/v10",
        validation_alias=AliasChoices("DISCORD_API_URL", "SITREP_DISCORD_API_URL", "discord_api_url"),
    )
    discord_gateway_url: str | None = _alias(
        "DISCORD_GATEWAY_URL", "SITREP_DISCORD_GATEWAY_URL", "discord_gateway_url"
    )
    #: Several instances of one bot: the shards this one opens, out of `discord_shard_count` (bot/shards.py).
    discord_shard_count: int | None = Field(default=None, ge=1)
    discord_shard_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    #: The Discord requests (posts, edits) this instance may make per second. Default: its share of
    #: Discord's global 50/s by its shards (all of it without shards). See discord_request_budget.
    discord_requests_per_second: float | None = Field(default=None, gt=0)
    #: Sync app commands to this guild only (instant, for development) instead of globally.
    discord_dev_guild_id: str | None = _alias("SITREP_DISCORD_DEV_GUILD_ID", "discord_dev_guild_id")

    slack_bot_token: SecretStr | None = _alias("SLACK_BOT_TOKEN", "SITREP_SLACK_BOT_TOKEN", "slack_bot_token")
    slack_app_token: SecretStr | None = _alias("SLACK_APP_TOKEN", "SITREP_SLACK_APP_TOKEN", "slack_app_token")
    slack_signing_secret: SecretStr | None = _alias(
        "SLACK_SIGNING_SECRET", "SITREP_SLACK_SIGNING_SECRET", "slack_signing_secret"
    )
    slack_client_id: str | None = _alias("SLACK_CLIENT_ID", "SITREP_SLACK_CLIENT_ID", "slack_client_id")
    slack_client_secret: SecretStr | None = _alias(
        "SLACK_CLIENT_SECRET", "SITREP_SLACK_CLIENT_SECRET", "slack_client_secret"
    )
    slack_api_url: str = Field(
        default="https://slack.com/api/",
        validation_alias=AliasChoices("SLACK_API_URL", "SITREP_SLACK_API_URL", "slack_api_url"),
    )
    slack_managers: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        validation_alias=AliasChoices("SITREP_SLACK_MANAGERS", "slack_managers"),
    )

    @field_validator("feeds", mode="before")
    @classmethod
    def _feeds_from_env(cls, value: Any) -> Any:
        # SITREP_FEEDS is a comma-separated list of URLs; the TOML form is a list of tables.
        if isinstance(value, str):
            return [{"url": url.strip()} for url in value.split(",") if url.strip()]
        return [{"url": v} if isinstance(v, str) else v for v in value or []]

    @field_validator("slack_managers", "private_feed_hosts", "discord_shard_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("discord_shard_ids")
    @classmethod
    def _shards_fit(cls, ids: list[int], info: ValidationInfo) -> list[int]:
        count = info.data.get("discord_shard_count")
        if ids and count is None:
            raise ValueError("needs SITREP_DISCORD_SHARD_COUNT (the bot's number of shards)")
        if count is not None and any(not 0 <= shard < count for shard in ids):
            raise ValueError(f"each shard id must be between 0 and {count - 1} (SITREP_DISCORD_SHARD_COUNT is {count})")
        return ids

    def discord_request_budget(self) -> float:
        """This instance's requests per second to Discord: the setting, else Discord's global limit
        times the share of the bot's shards this instance holds (so the instances of one bot
        together keep under it)."""
        if self.discord_requests_per_second is not None:
            return self.discord_requests_per_second
        shards = self.discord_shards()
        share = 1.0 if shards is None else len(shards.ids) / shards.count
        return DISCORD_GLOBAL_REQUESTS_PER_SECOND * share

    def discord_shards(self) -> ShardSet | None:
        """The Discord shards this instance serves; None: all of them (one instance)."""
        if self.discord_shard_count is None:
            return None
        return ShardSet(self.discord_shard_count, tuple(self.discord_shard_ids or range(self.discord_shard_count)))

    @field_validator("feeds")
    @classmethod
    def _feed_urls_valid(cls, feeds: list[FeedConfig]) -> list[FeedConfig]:
        from bot.ingest.urls import FeedUrlError, validate_feed_url

        for feed in feeds:
            try:
                validate_feed_url(feed.url)
            except FeedUrlError as exc:
                raise ValueError(f"{feed.url!r}: {exc}") from None
        return feeds

    @field_validator("instance_id")
    @classmethod
    def _instance_name_valid(cls, value: str | None) -> str | None:
        from bot.instance import NAME_PATTERN

        if value is not None and not NAME_PATTERN.fullmatch(value):
            raise ValueError("must be 1-64 letters, digits, '.', '_' or '-' (e.g. worker-1)")
        return value

    @field_validator("data_dir", mode="before")
    @classmethod
    def _data_dir_set(cls, value: Any) -> Any:
        # An empty SITREP_DATA_DIR means the default, never the working directory.
        return value if value not in ("", None) else default_data_dir()

    @field_validator("db_url")
    @classmethod
    def _db_url_usable(cls, value: str) -> str:
        if value:
            check_db_url(value)
        return value

    @model_validator(mode="after")
    def _default_database_in_data_dir(self) -> Settings:
        if not self.db_url:
            self.db_url = f"sqlite+aiosqlite:///{self.data_dir.expanduser() / 'sitrep.db'}"
        return self

    @field_validator("log_level")
    @classmethod
    def _level_known(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return level

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # init kwargs carry the TOML file (see load_settings); the environment wins over it.
        return (env_settings, init_settings)

    # --- conveniences -------------------------------------------------------------------
    @property
    def config_dir(self) -> Path:
        return config_dir()

    def secret(self, name: str) -> str | None:
        value = getattr(self, name)
        return value.get_secret_value() if isinstance(value, SecretStr) else value


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise SettingsError(f"config file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: invalid TOML: {exc}") from None


def _describe(error: ValidationError, source: Path) -> str:
    """One line per problem: the variable, what is wrong with its value, where it can be set."""
    lines = []
    for problem in error.errors():
        key = ".".join(str(part) for part in problem["loc"]) or "(root)"
        first = str(problem["loc"][0]) if problem["loc"] else ""
        env_name = first if first.isupper() else "SITREP_" + first.upper()
        if problem["type"] == "extra_forbidden":
            lines.append(f"{key}: unknown setting in {source}")
            continue
        message = problem["msg"].removeprefix("Value error, ")
        lines.append(f"{env_name}: {message} (key {key} in {source} or the environment)")
    return "\n".join(lines)


def load_settings(**overrides: Any) -> Settings:
    """Read config/default.toml (or the file/folder in SITREP_CONFIG) and overlay the environment.

    `overrides` (tests, CLI flags) are applied like TOML keys; the environment still wins.
    """
    override = os.environ.get("SITREP_CONFIG")
    path = Path(override).expanduser() if override else config_dir() / "default.toml"
    if path.is_dir():
        path = path / "default.toml"
    data = _read_toml(path)
    data.update(overrides)
    # file: feeds in the TOML are relative to the config folder, so the bundled sample feed works
    # from any working directory.
    data["feeds"] = [_resolve_file_feed(feed, path.parent) for feed in data.get("feeds", [])]
    try:
        return Settings(**data)
    except ValidationError as exc:
        raise SettingsError(_describe(exc, path)) from None


def _resolve_file_feed(feed: Any, base: Path) -> Any:
    url = feed.get("url") if isinstance(feed, dict) else feed
    if isinstance(url, str) and url.startswith("file:") and not url.startswith("file:/"):
        resolved = (base / url[len("file:") :]).resolve().as_uri()
        return {**feed, "url": resolved} if isinstance(feed, dict) else resolved
    return feed
