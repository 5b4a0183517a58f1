"""Classifier throughput: items/s on one core, p50/p99 per-item latency, peak memory.

    .venv/bin/python bench/classify_bench.py [--data DIR_OR_FILE] [--items 50000] [--pairs]

Classifies eval/dev.jsonl (title + summary of each item) repeated to at least --items
items, in this one process (one core). Reports numbers; it is not a test and asserts nothing.
Peak memory is the process's maximum resident set size (resource.getrusage), plus the Python
heap peak of the classifier alone (tracemalloc, measured on a separate, shorter run because
tracing slows everything down).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))  # run from a checkout without installing

from bot.classify import Classifier  # noqa: E402
from bot.paths import config_dir  # noqa: E402


def load_items(data: Path) -> list[tuple[str, str]]:
    path = data / "dev.jsonl" if data.is_dir() else data
    items = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                items.append((record.get("title") or "", record.get("summary") or ""))
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO_ROOT / "eval",
                        help="eval folder or a .jsonl file (default: eval/dev.jsonl)")
    parser.add_argument("--items", type=int, default=50_000, help="classify at least this many items")
    parser.add_argument("--pairs", action="store_true",
                        help="headline + summary items of about 300 characters: each item takes its title from "
                             "one dev text and its summary from the next (dev texts alone average ~150)")
    args = parser.parse_args()

    tracemalloc.start()
    started = time.perf_counter()
    classifier = Classifier.from_config(config_dir())
    build_seconds = time.perf_counter() - started
    classifier_bytes, _ = tracemalloc.get_traced_memory()  # what the built classifier holds
    tracemalloc.stop()
    base = load_items(args.data)
    if args.pairs:
        texts = [" ".join(part for part in item if part) for item in base]
        base = [(texts[i], texts[(i + 1) % len(texts)]) for i in range(len(texts))]
    repeats = -(-args.items // len(base))
    items = base * repeats
    mean_chars = statistics.fmean(len(t) + len(s) + (1 if t and s else 0) for t, s in base)

    for title, summary in base:  # warm-up (caches, lazy regex compilation)
        classifier.classify(title, summary)

    latencies: list[float] = []
    clock = time.perf_counter
    begin = clock()
    for title, summary in items:
        t0 = clock()
        classifier.classify(title, summary)
        latencies.append(clock() - t0)
    total = clock() - begin

    # throughput without the per-item timer calls; CPU time too, as the machine may be shared; and
    # the fastest single pass over the items, the one least disturbed by other work on a shared
    # machine (the figure to compare two versions of the code by)
    begin, cpu_begin = clock(), time.process_time()
    best_pass = float("inf")
    for _ in range(repeats):
        pass_begin = time.process_time()
        for title, summary in base:
            classifier.classify(title, summary)
        best_pass = min(best_pass, time.process_time() - pass_begin)
    untimed, cpu = clock() - begin, time.process_time() - cpu_begin

    tracemalloc.start()
    for title, summary in base:
        classifier.classify(title, summary)
    _, heap_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    latencies.sort()
    def quantile(q: float) -> float:
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1e3

    print(f"data: {args.data} ({len(base)} items, mean {mean_chars:.0f} chars), repeated to {len(items)} items")
    print(f"classifier build: {build_seconds * 1e3:.0f} ms (under tracemalloc), holds {classifier_bytes / 1024:.0f} KiB")
    print(f"throughput: {len(items) / untimed:,.0f} items/s wall, {len(items) / cpu:,.0f} items/s per CPU-second "
          f"(one core; {len(items) / total:,.0f} items/s with per-item timing)")
    print(f"fastest pass: {len(base) / best_pass:,.0f} items/s per CPU-second (best of {repeats} passes over the "
          f"{len(base)} items: the least disturbed by other work on the machine)")
    print(f"latency per item: p50 {quantile(0.50):.3f} ms, p99 {quantile(0.99):.3f} ms, max {latencies[-1] * 1e3:.3f} ms")
    print(f"peak memory: {rss_kib / 1024:.1f} MiB max RSS of the process; "
          f"{heap_peak / 1024:.0f} KiB peak extra heap while classifying (tracemalloc)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
