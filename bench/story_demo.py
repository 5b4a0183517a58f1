"""What a channel receives for one story told by four items from two feeds (the real classifier
and story rule; the console adapter as the channel). Before stories every item was an alert of
its own; now the first is posted and the later ones update it.

    .venv/bin/python bench/story_demo.py [--jsonl]
"""

from __future__ import annotations

import asyncio
import io
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from adapters.console import ConsoleAdapter  # noqa: E402
from bot.delivery import Deliverer  # noqa: E402
from bot.models import CONSOLE_CHANNEL, NewsItem, Subscription  # noqa: E402
from bot.pipeline import Pipeline  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store import Store  # noqa: E402

FEEDS = (("https://reuters.example/rss", "Reuters"), ("https://ap.example/rss", "AP"))
#: (feed, guid, minutes after the first, headline)
TOLD = (
    (FEEDS[0][0], "r1", 0, "Russian missile strike on Kharkiv apartment block kills at least 5"),
    (FEEDS[1][0], "a1", 20, "Death toll from Kharkiv apartment block strike rises to 12"),
    (FEEDS[0][0], "r2", 45, "Kharkiv apartment block strike: 12 dead, 30 injured"),
    (FEEDS[1][0], "a2", 90, "Death toll from Kharkiv apartment block strike rises to 21"),
)


async def main(jsonl: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(db_url=f"sqlite+aiosqlite:///{folder}/demo.db", feeds=[])
        store = await Store.open(settings.db_url)
        await store.feeds.sync_configured([(url, title, None, None) for url, title in FEEDS])
        await store.subscriptions.upsert(Subscription(CONSOLE_CHANNEL))
        console = ConsoleAdapter(settings, None, jsonl=jsonl, stdin=io.StringIO(""), stdout=sys.stdout)  # type: ignore[arg-type]
        deliverer = Deliverer(store, {"console": console}, settings)
        pipeline = Pipeline(store, settings)
        start = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=2)
        for feed, guid, minutes, title in TOLD:
            url = f"{feed.removesuffix('/rss')}/{guid}"
            await pipeline.ingest(feed, [NewsItem(guid, url, title, "", start + timedelta(minutes=minutes), feed)])
            await deliverer.deliver_due()
        await store.close()


if __name__ == "__main__":
    asyncio.run(main("--jsonl" in sys.argv[1:]))
