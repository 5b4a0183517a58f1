"""Merge quality of the story rule (bot/stories.py) on labelled pairs of items.

    .venv/bin/python bench/story_merge_bench.py [--sweep] [--errors] [--pairs FILE]

Each line of bench/data/story_pairs.jsonl is two items (`a` published before or with `b`) and
whether they report one event (`same`). Both are classified, then the rule decides whether `b`
joins `a`'s story. Precision: of the pairs joined, how many are one event (a wrong join hides an
event). Recall: of the pairs that are one event, how many were joined (a missed one costs an extra
message). `--sweep` prints both for other windows and thresholds; `--errors` lists the wrong
verdicts with the rule's reason. The data and its sources: bench/data/STORY_PAIRS.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.classify import classify  # noqa: E402
from bot.stories import Report, StoryRule, broad_places  # noqa: E402

PAIRS = Path(__file__).parent / "data" / "story_pairs.jsonl"


def load(path: Path) -> list[tuple[dict, Report, Report]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            pair = json.loads(line)
            pairs.append((pair, report(pair["a"]), report(pair["b"])))
    return pairs


def report(side: dict) -> Report:
    published = datetime.fromisoformat(side["published"].replace("Z", "+00:00"))
    return Report(side["title"], side["summary"], published, classify(side["title"], side["summary"]))


def score(rule: StoryRule, pairs: list[tuple[dict, Report, Report]]) -> tuple[float, float, int, int, list]:
    joined = correct = same = 0
    errors = []
    for pair, a, b in pairs:
        verdict = rule.compare(a, b)
        same += pair["same"]
        joined += verdict.joins
        correct += verdict.joins and pair["same"]
        if verdict.joins != pair["same"]:
            errors.append((pair, verdict))
    precision = correct / joined if joined else 1.0
    recall = correct / same if same else 1.0
    return precision, recall, joined, same, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--sweep", action="store_true", help="precision/recall for other windows and thresholds")
    parser.add_argument("--errors", action="store_true", help="list the pairs the rule got wrong")
    args = parser.parse_args()
    pairs = load(args.pairs)
    rule = StoryRule(broad_places=broad_places())
    precision, recall, joined, same, errors = score(rule, pairs)
    origins = sorted({pair["origin"] for pair, _, _ in pairs})
    print(f"{len(pairs)} labelled pairs ({same} one event), window {rule.window}, threshold {rule.threshold}")
    print(f"all: precision {precision:.3f}  recall {recall:.3f}  ({joined} joined)")
    for origin in origins:
        subset = [p for p in pairs if p[0]["origin"] == origin]
        p, r, j, s, _ = score(rule, subset)
        print(f"{origin}: {len(subset)} pairs, {s} one event: precision {p:.3f}  recall {r:.3f}  ({j} joined)")
    if args.sweep:
        print("\nwindow  threshold  precision  recall  joined")
        for hours in (6, 12, 24, 48):
            for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
                variant = replace(rule, window=timedelta(hours=hours), threshold=threshold)
                p, r, j, _, _ = score(variant, pairs)
                print(f"{hours:4d} h  {threshold:9.2f}  {p:9.3f}  {r:6.3f}  {j:6d}")
        print("\nwithout a shared city: overlap needed  precision  recall  joined")
        for unplaced in (0.5, 0.6, 0.7, 0.8):
            p, r, j, _, _ = score(replace(rule, unplaced=unplaced), pairs)
            print(f"{unplaced:37.2f}  {p:9.3f}  {r:6.3f}  {j:6d}")
    if args.errors:
        for pair, verdict in errors:
            kind = "WRONG JOIN" if verdict.joins else "missed"
            print(f"\n{kind} {pair['id']} ({pair['note']}): {verdict.reason}")
            for side in ("a", "b"):
                print(f"  {side}: {(pair[side]['title'] or pair[side]['summary'])[:160]}")


if __name__ == "__main__":
    main()
