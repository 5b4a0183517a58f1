"""What the delivery job hands an adapter with each alert, for tests that call `deliver` directly."""

from __future__ import annotations

from itertools import count

from bot.models import Delivery, utcnow

_rows = count(1)


def delivery(outbox_id: int | None = None, *, may_have_posted: bool = False) -> Delivery:
    """A first attempt at a fresh outbox row (or at the given one); a retry with `may_have_posted`."""
    return Delivery(outbox_id if outbox_id is not None else next(_rows), utcnow(), may_have_posted)
