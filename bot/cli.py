"""The `sitrep` command: run, classify, eval, feeds, db.

Imports are deferred to each subcommand so `sitrep classify` starts without loading the
scheduler, the database layer, asyncio (some 70 ms of start-up) or any platform library. Each
subcommand parses its arguments before it reads the settings, so `--help` works whatever the
environment holds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.settings import Settings

DISTRIBUTION = "sitrep-bot"
USAGE = """sitrep <command> [options]      (sitrep <command> --help for its options)

commands:
  run [--console] [--jsonl]   start the bot (console when no platform token is set)
  classify "text" | --jsonl FILE|-   classify a text, or JSON lines
  eval FILE.jsonl...          score the classifier against labelled data
  feeds check URL             fetch a feed and show how each item would be classified
  feeds list                  the configured feeds
  stories list [N]            the N (default 10) latest stories with their facts and sources
  stories explain ITEM        why an item joined its story (or started one)
  db upgrade | db current     apply / show database migrations
  --version                   the installed version
"""


def package_version() -> str:
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(USAGE)
        return 0 if args else 2
    if args[0] in ("-V", "--version", "version"):
        print(f"sitrep {package_version()}")
        return 0
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
    return handlers[command](rest)


def _settings() -> Settings | None:
    """The settings, or None once the problems are printed (one line each)."""
    from bot.settings import SettingsError, load_settings

    try:
        return load_settings()
    except SettingsError as exc:
        for line in str(exc).splitlines():
            print(f"sitrep: {line}", file=sys.stderr)
        return None


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="sitrep run", description="Start the bot; SIGTERM or Ctrl-C stops it.")
    parser.add_argument("--console", action="store_true", help="also run on the console (default with no tokens)")
    parser.add_argument("--jsonl", action="store_true", help="console output as JSON lines only (logs on stderr)")
    options = parser.parse_args(argv)
    settings = _settings()
    if settings is None:
        return 2
    import asyncio

    from bot.app import run_bot

    try:
        return asyncio.run(run_bot(settings, console=options.console or options.jsonl, jsonl=options.jsonl))
    except KeyboardInterrupt:
        return 130


def _feeds(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="sitrep feeds", description="Look at feeds the way the bot does.")
    sub = parser.add_subparsers(dest="action", required=True, metavar="check URL | list")
    check = sub.add_parser("check", help="fetch a feed once and show how each item would be classified",
                           description="Fetch the feed at URL once (through the same address guard and limits "
                                       "as the bot) and show how each item would be classified. Nothing is stored.")
    check.add_argument("url", metavar="URL", help="an RSS or Atom feed URL (http, https or file)")
    sub.add_parser("list", help="the configured feeds (config/default.toml or SITREP_FEEDS)",
                   description="The configured feeds (config/default.toml or SITREP_FEEDS) and their intervals.")
    options = parser.parse_args(argv)
    settings = _settings()
    if settings is None:
        return 2
    import asyncio

    from bot.feeds_cli import check_feed, list_feeds

    if options.action == "check":
        return asyncio.run(check_feed(settings, options.url))
    return list_feeds(settings)


def _stories(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="sitrep stories", description="The stories in the database.")
    sub = parser.add_subparsers(dest="action", required=True)
    listing = sub.add_parser("list", help="the latest stories with their facts and sources")
    listing.add_argument("count", nargs="?", type=int, default=10)
    explain = sub.add_parser("explain", help="why an item joined its story (or started one)")
    explain.add_argument("item")
    options = parser.parse_args(argv)
    settings = _settings()
    if settings is None:
        return 2
    import asyncio

    from bot.stories_cli import explain_item, list_stories

    if options.action == "list":
        return asyncio.run(list_stories(settings, max(1, options.count)))
    return asyncio.run(explain_item(settings, options.item))


def _db(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="sitrep db",
        description="The database's schema migrations (Alembic). `sitrep run` applies them by itself.",
    )
    sub = parser.add_subparsers(dest="action", required=True, metavar="upgrade | current")
    sub.add_parser("upgrade", help="create the database if needed and apply every pending migration",
                   description="Create the database if needed and apply every pending migration; "
                               "says which revision it went from and to, or that nothing was pending.")
    sub.add_parser("current", help="show the database's revision (changes and creates nothing)",
                   description="Show the revision the database is at. Creates and changes nothing: "
                               "a database that does not exist yet is reported as such.")
    options = parser.parse_args(argv)
    settings = _settings()
    if settings is None:
        return 2
    import asyncio

    from bot.db_cli import show_current, upgrade

    return asyncio.run(upgrade(settings) if options.action == "upgrade" else show_current(settings))


if __name__ == "__main__":
    raise SystemExit(main())
