"""Which Discord guilds this instance serves, when several instances run one bot.

Discord splits a bot's guilds over shards: guild `g` is on shard `(g >> 22) % shard_count`. With
`SITREP_DISCORD_SHARD_COUNT=N` and `SITREP_DISCORD_SHARD_IDS=...` each instance opens the gateway
for its shards only and sends the alerts of those shards' guilds only, so the bot's posts are
spread over the instances and each guild's channels keep one sender (their order holds).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement

#: A Discord snowflake's low 22 bits are not the time: a shard is chosen by the bits above them.
SNOWFLAKE_TIME_SHIFT = 22
#: The platform whose rows the shards divide (ChannelRef.platform).
DISCORD = "discord"


@dataclass(frozen=True, slots=True)
class ShardSet:
    """Shards `ids` out of `count`."""

    count: int
    ids: tuple[int, ...]

    def holds(self, guild_id: str) -> bool:
        return shard_of(guild_id, self.count) in self.ids

    def guild_filter(self, server_id: ColumnElement[str]) -> ColumnElement[bool]:
        """The same test in SQL, for a column holding guild ids as text (PostgreSQL and SQLite).
        Floor division by 2**22 is the shift, in both."""
        from sqlalchemy import BigInteger, cast, literal  # (settings import this module: keep it light)

        shard = (cast(server_id, BigInteger) // literal(2**SNOWFLAKE_TIME_SHIFT, BigInteger)) % self.count
        return shard.in_(self.ids)

    def outbox_filter(self, platform: ColumnElement[str], server_id: ColumnElement[str]) -> ColumnElement[bool]:
        """Rows of other platforms, and Discord rows of this instance's guilds."""
        from sqlalchemy import or_

        return or_(platform != DISCORD, self.guild_filter(server_id))


def shard_of(guild_id: str, count: int) -> int:
    return (int(guild_id) >> SNOWFLAKE_TIME_SHIFT) % count
