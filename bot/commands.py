"""One handler per slash command: a platform-free Request in, a Reply out.

Every platform sends the same command line grammar (DESIGN.md): the adapter turns its slash
command into `Request.text` ("subscribe strike attack min_severity:3") and reports the user's
platform permissions as plain facts; the permission decision is made here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.models import Alert, ChannelRef, Event

#: Permission facts an adapter may report for the requesting user.
MANAGE_SERVER = "manage_server"  # Discord Manage Server; Slack admin/owner or allow-listed
MANAGE_CHANNELS = "manage_channels"  # Discord Manage Channels (enough for this channel's subscription)


@dataclass(frozen=True, slots=True)
class Request:
    channel: ChannelRef
    user_id: str
    #: The command line without the platform prefix, with or without a leading "/".
    text: str
    permissions: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class Reply:
    command: str
    ok: bool
    #: Plain text (may quote untrusted feed text: adapters escape it and never let it ping).
    text: str
    #: Shown to the whole channel; otherwise ephemeral where the platform can do that.
    public: bool = False
    #: For `latest`: the items, newest first, to render like alerts.
    items: tuple[Alert, ...] = ()
    #: For `classify`: the verdict with its evidence.
    event: Event | None = None
