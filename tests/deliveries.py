"""What the delivery job hands an adapter with each alert, for tests that call `deliver` directly."""

from __future__ import annotations

from datetime import timedelta
from itertools import count

from bot.models import Delivery, utcnow

_rows = count(1)
#: When the test rows were queued: one moment, so a row's key is the same at every attempt.
QUEUED_AT = utcnow() - timedelta(minutes=5)


def delivery(outbox_id: int | None = None, *, may_have_posted: bool = False) -> Delivery:
    """A first attempt at a fresh outbox row (or at the given one); with `may_have_posted`, a
    second attempt after one that began a minute ago."""
    earlier = utcnow() - timedelta(minutes=1) if may_have_posted else None
    return Delivery(outbox_id if outbox_id is not None else next(_rows), QUEUED_AT, earlier)
