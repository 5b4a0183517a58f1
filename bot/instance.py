"""Who this process is, for leases on shared rows (outbox claims, and any other work two
processes on one database must not both do).

A process's id is `name/pid/token`:

- `name` is stable across restarts: `SITREP_INSTANCE_ID`, else the host name (a container's
  host name is its own). Two machines or containers on one database need distinct names.
- `pid` and `token` (random, drawn once per process) tell this life of the process from an
  earlier one.

A lease records its owner's id and an expiry, renewed while the work goes on. Another process
takes a lease over when it expires (the owner died or stalled). A restarted process does not wait
for that: its earlier life's leases are those with its own name whose process is gone, and it
reclaims them at once (`is_earlier_life`). The pid makes that safe when two processes with the
same name run side by side on one host (a `web` and a `worker`): a live sibling's leases are
left to expire, never taken from under it. In a container the bot is always the same pid, and a
lease with our own pid but another token can only be an earlier life.
"""

from __future__ import annotations

import os
import re
import secrets
import socket
from dataclasses import dataclass
from functools import cache

#: What an instance name may contain (it is stored in lease columns and shown in logs).
NAME_PATTERN = re.compile(r"[A-Za-z0-9._-]{1,64}")
_TOKEN_BYTES = 4


@dataclass(frozen=True, slots=True)
class Instance:
    name: str
    pid: int
    token: str

    @property
    def id(self) -> str:
        """What a lease records as its owner."""
        return f"{self.name}/{self.pid}/{self.token}"

    @property
    def owner_prefix(self) -> str:
        """Every lease owner id of this name (any life) starts with this."""
        return f"{self.name}/"

    def is_earlier_life(self, owner_id: str) -> bool:
        """True for a lease taken by an earlier run of this process: same name, another token,
        and a pid that is ours (a container restarted) or no longer running."""
        if owner_id == self.id or not owner_id.startswith(self.owner_prefix):
            return False
        pid_text = owner_id[len(self.owner_prefix) :].split("/", 1)[0]
        if not pid_text.isdigit():
            return False
        pid = int(pid_text)
        return pid == self.pid or not _is_running(pid)


def default_name() -> str:
    """The host name, cut to the characters and length an instance name allows."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]", "-", socket.gethostname())[:64]
    return cleaned or "sitrep"


@cache
def _process_token() -> str:
    return secrets.token_hex(_TOKEN_BYTES)


def this_process(name: str | None = None) -> Instance:
    """This process under `name` (the `instance_id` setting) or, by default, the host name."""
    return Instance(name or default_name(), os.getpid(), _process_token())


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True
