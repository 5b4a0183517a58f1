"""The `sitrep` command: run, classify, eval, feeds, db.

Imports are deferred to each subcommand so `sitrep classify` starts without loading the
scheduler, the database layer or any platform library.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

USAGE = """sitrep <command> [options]

commands:
  run [--console] [--jsonl]   start the bot (console when no platform token is set)
  classify "text" | --jsonl FILE|-   classify a text, or JSON lines
  eval FILE.jsonl...          score the classifier against labelled data
  feeds check URL             fetch a feed and show how each item would be classified
  feeds list                  the configured feeds
  stories list [N]            the N (default 10) latest stories with their facts and sources
  stories explain ITEM        why an item joined its story (or started one)
  db upgrade | db current     apply / show database migrations
"""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(USAGE)
        return 0 if args else 2
    command, rest = args[0], args[1:]
    if command == "classify":
        from bot.classify.cli import classify_main

        return classify_main(rest)
    if command == "eval":
        from bot.classify.cli import eval_main

        return eval_main(rest)
    handlers = {"run": _run, "feeds": _feeds, "stories": _stories, "db": _db}
    if command not in handlers:
        print(f"sitrep: unknown command '{command}'\n\n{USAGE}", file=sys.stderr)
        return 2
    from bot.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"sitrep: {exc}", file=sys.stderr)
        return 2
    return handlers[command](settings, rest)


def _run(settings, argv: list[str]) -> int:  # type: ignore[no-untyped-def]
    parser = argparse.ArgumentParser(prog="sitrep run", description="Start the bot.")
    parser.add_argument("--console", action="store_true", help="also run on the console (default with no tokens)")
    parser.add_argument("--jsonl", action="store_true", help="console output as JSON lines only")
    options = parser.parse_args(argv)
    from bot.app import run_bot

    try:
        return asyncio.run(run_bot(settings, console=options.console or options.jsonl, jsonl=options.jsonl))
    except KeyboardInterrupt:
        return 130


def _feeds(settings, argv: list[str]) -> int:  # type: ignore[no-untyped-def]
    parser = argparse.ArgumentParser(prog="sitrep feeds")
    sub = parser.add_subparsers(dest="action", required=True)
    check = sub.add_parser("check", help="fetch a feed and print what would be classified")
    check.add_argument("url")
    sub.add_parser("list", help="the configured feeds")
    options = parser.parse_args(argv)
    from bot.feeds_cli import check_feed, list_feeds

    if options.action == "check":
        return asyncio.run(check_feed(settings, options.url))
    return list_feeds(settings)


def _stories(settings, argv: list[str]) -> int:  # type: ignore[no-untyped-def]
    parser = argparse.ArgumentParser(prog="sitrep stories")
    sub = parser.add_subparsers(dest="action", required=True)
    listing = sub.add_parser("list", help="the latest stories")
    listing.add_argument("count", nargs="?", type=int, default=10)
    explain = sub.add_parser("explain", help="why an item joined its story")
    explain.add_argument("item")
    options = parser.parse_args(argv)
    from bot.stories_cli import explain_item, list_stories

    if options.action == "list":
        return asyncio.run(list_stories(settings, max(1, options.count)))
    return asyncio.run(explain_item(settings, options.item))


def _db(settings, argv: list[str]) -> int:  # type: ignore[no-untyped-def]
    parser = argparse.ArgumentParser(prog="sitrep db")
    parser.add_argument("action", choices=["upgrade", "current"])
    options = parser.parse_args(argv)
    from bot.store.db import create_engine, current_revision, migrate

    async def work() -> int:
        engine = create_engine(settings.db_url)
        try:
            if options.action == "upgrade":
                await migrate(engine)
            print(f"database at revision {await current_revision(engine) or '(none)'}")
        finally:
            await engine.dispose()
        return 0

    return asyncio.run(work())


if __name__ == "__main__":
    raise SystemExit(main())
