"""`sitrep classify` and `sitrep eval`: the classifier from the command line.

    sitrep classify "US jets struck militia positions, killing 3"   readable verdict, evidence highlighted
    sitrep classify --jsonl FILE[.gz]|-                               JSON lines in, JSON lines out
    sitrep eval FILE.jsonl[.gz] [FILE...] [--split test] [--json]      metrics per group/source and overall

--jsonl streams: one output line per input line, same order, written as each is classified. A line
that is not a JSON object with string "title"/"summary" gets a message with its line number on
stderr and an output line {"id": ..., "error": "..."} in its place (so outputs stay aligned with
inputs); the exit status is then 1. Blank lines are skipped.

This module must start fast: it imports only the classifier (rich only for the readable outputs).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

EXIT_OK = 0
EXIT_BAD_LINES = 1
EXIT_USAGE = 2
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader went away
#: Encodes one output line of --jsonl. Made once: json.dumps(..., ensure_ascii=False) builds a new
#: JSONEncoder at every call (only the default arguments share one), half the cost of a line's output.
_ENCODE_LINE = json.JSONEncoder(ensure_ascii=False).encode


def _classifier(config: str | None):
    from bot.classify import Classifier, TaxonomyError, default_classifier

    try:
        return Classifier.from_config(Path(config)) if config else default_classifier()
    except TaxonomyError as exc:
        print(f"sitrep: invalid classifier config: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from exc


def classify_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="sitrep classify",
        description="Classify a text, or JSON lines {id, title, summary}, as escalation events.",
    )
    parser.add_argument("text", nargs="*", help="the text to classify (title; use --summary for a summary)")
    parser.add_argument("--summary", default="", help="summary text classified with TEXT as its title")
    parser.add_argument("--jsonl", metavar="FILE", help="read JSON lines from FILE ('-' for stdin)")
    parser.add_argument("--json", action="store_true", help="print the verdict of TEXT as one JSON object")
    parser.add_argument("--config", metavar="DIR", help="config directory (default: SITREP_CONFIG or config/)")
    args = parser.parse_args(argv)
    if args.jsonl is None and not args.text:
        parser.print_usage(sys.stderr)
        print("sitrep classify: give a TEXT or --jsonl FILE", file=sys.stderr)
        return EXIT_USAGE
    if args.jsonl is not None and args.text:
        print("sitrep classify: give either a TEXT or --jsonl FILE, not both", file=sys.stderr)
        return EXIT_USAGE
    classifier = _classifier(args.config)
    if args.jsonl is not None:
        try:
            return _classify_file(classifier, args.jsonl)
        except BrokenPipeError:
            # `sitrep classify --jsonl big.jsonl | head`: the reader has what it wanted; stop quietly
            # (stdout is pointed at /dev/null so that the interpreter's final flush cannot fail again)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_PIPE_CLOSED
    title = " ".join(args.text)
    event = classifier.classify(title, args.summary)
    if args.json:
        print(json.dumps(event.to_dict(), ensure_ascii=False))
    else:
        _print_verdict(title, args.summary, event)
        gate = classifier.gate_verdict(title, args.summary)
        if gate is not None:
            print(gate.describe())
    return EXIT_OK


def _classify_file(classifier, path: str) -> int:
    if path == "-":
        # bytes that are not UTF-8 become U+FFFD instead of ending the stream with a traceback
        stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace") if hasattr(
            sys.stdin, "buffer") else sys.stdin
        return classify_stream(classifier, stdin, sys.stdout, sys.stderr)
    try:
        from bot.classify.evaluate import open_text

        handle = open_text(path, errors="replace")
    except OSError as exc:
        print(f"sitrep classify: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    with handle:
        return classify_stream(classifier, handle, sys.stdout, sys.stderr)


def classify_stream(classifier, lines: Iterable[str], out: IO[str], err: IO[str]) -> int:
    """Classify JSON lines one at a time (the input is never read whole)."""
    status = EXIT_OK
    write = out.write
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        record_id: Any = None
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("expected a JSON object")
            record_id = record.get("id")
            title = record.get("title") or ""
            summary = record.get("summary") or ""
            if not isinstance(title, str) or not isinstance(summary, str):
                raise ValueError('"title" and "summary" must be strings')
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            message = f"line {number}: {exc.msg if isinstance(exc, json.JSONDecodeError) else exc}"
            print(f"sitrep classify: {message}", file=err)
            write(_ENCODE_LINE({"id": record_id, "error": message}) + "\n")
            status = EXIT_BAD_LINES
            continue
        result = {"id": record_id, **classifier.classify(title, summary).to_dict()}
        write(_ENCODE_LINE(result) + "\n")
    out.flush()
    return status


def _print_verdict(title: str, summary: str, event) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console()
    text = f"{title}\n{summary}" if title and summary else (title or summary)
    styles = {"strike": "bold red", "attack": "bold magenta", "casualty": "bold yellow", "threat": "bold cyan",
              "mobilization": "bold blue", "deescalation": "bold green"}
    shown = Text(text)
    for span in event.evidence:
        shown.stylize(f"{styles.get(span.type, 'bold')} underline", span.start, span.end)
    console.print(shown)
    console.print()
    if not event.types:
        console.print("[dim]no escalation[/dim] (severity 0)")
        return
    kinds = ", ".join(f"[{styles[kind]}]{kind}[/]" for kind in event.types)
    console.print(f"types: {kinds}   severity: [bold]{event.severity}[/bold]/5")
    console.print(f"killed: {_show(event.killed)}   injured: {_show(event.injured)}")
    console.print(f"actors: {', '.join(event.actors) or '-'}   places: {', '.join(event.locations) or '-'}")
    for span in event.evidence:
        console.print(f"  [{styles[span.type]}]{span.type:<12}[/] {span.text!r} [dim]({span.start}-{span.end})[/dim]")


def _show(value: int | None) -> str:
    return "not stated" if value is None else str(value)


def eval_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="sitrep eval", description="Score the classifier against labelled JSON lines (eval/ in the repository)."
    )
    parser.add_argument("files", nargs="+", type=Path, help="labelled .jsonl or .jsonl.gz files")
    parser.add_argument("--split", help="only the records of this split (wcep.jsonl.gz: train or test)")
    parser.add_argument("--json", action="store_true", help="print the metrics as one JSON object")
    parser.add_argument("--config", metavar="DIR", help="config directory (default: SITREP_CONFIG or config/)")
    args = parser.parse_args(argv)
    from bot.classify.evaluate import evaluate, read_gold

    classifier = _classifier(args.config)
    try:
        results = evaluate(read_gold(args.files, args.split), classifier.classify)
    except (OSError, EOFError, ValueError) as exc:  # (EOFError: a truncated .gz)
        print(f"sitrep eval: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        _print_metrics(results)
    return EXIT_OK


_COLUMNS = (
    ("items", "items"), ("violent_precision", "violent P"), ("violent_recall", "violent R"),
    ("violent_f1", "violent F1"), ("strike_recall", "strike R"), ("attack_recall", "attack R"),
    ("type_macro_recall", "type macro R"), ("casualty_recall", "casualty R"), ("killed_exact", "killed ="),
    ("injured_exact", "injured ="), ("false_alarm_rate", "false alarms"),
)


def _print_metrics(results: dict[str, dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    # only the metrics some group has: a set of ordinary news shows its false-alarm rates, a set of
    # labelled events its recall and counts
    shown = [(key, header) for key, header in _COLUMNS
             if key == "items" or any(metrics[key] is not None for metrics in results.values())]
    cells = {group: [_cell(key, metrics[key]) for key, _ in shown] for group, metrics in results.items()}
    table = Table(title="sitrep classifier evaluation", caption="n/a: no gold items of that kind")
    # The longer list runs down the rows: eleven metrics side by side do not fit an 80-column terminal,
    # which would cut every value to "0.8…", while a few groups as columns do (and the many groups of
    # wcep.jsonl.gz show two metrics each, which fit as columns).
    if len(shown) > len(results):
        table.add_column("metric")
        for group in results:
            table.add_column(group, justify="right", no_wrap=True, style="bold" if group == "overall" else None)
        for position, (_, header) in enumerate(shown):
            table.add_row(header, *(row[position] for row in cells.values()))
    else:
        table.add_column("group")
        for _, header in shown:
            table.add_column(header, justify="right", no_wrap=True)
        for group, row in cells.items():
            table.add_row(group, *row, style="bold" if group == "overall" else None)
    Console().print(table)


def _cell(key: str, value: Any) -> str:
    if value is None:
        return "n/a"
    if key == "false_alarm_rate":
        return f"{value:.2%}"  # (the targets are a fraction of a per cent: "0.92%", not "0.009")
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def main() -> int:
    """`python -m bot.classify.cli classify|eval ...` (what `sitrep classify|eval` run)."""
    argv = sys.argv[1:]
    if argv and argv[0] == "eval":
        return eval_main(argv[1:])
    if argv and argv[0] == "classify":
        argv = argv[1:]
    return classify_main(argv)


if __name__ == "__main__":
    sys.exit(main())
