"""The metrics of eval/README.md, computed from gold labels and predicted Events.

- violent P/R/F1: predicted violent = "strike" or "attack" in types; over items with gold `violent`.
- type recall per class: gold `type` strike (attack) is correct when strike (attack) is predicted and
  the other is not; macro = mean of the classes that have gold items (a source with no gold strike
  has no strike recall: it is reported as n/a, not as 0 or 1). Gold "either" counts only for violent.
- casualty recall over gold `casualty` true; killed/injured exact-match over items with the gold count
  (exact: a null prediction does not match a gold 0).
- false-alarm rate: the share of items with gold violent false and casualty false (ordinary news,
  disasters) that get strike, attack or casualty.

Items are grouped by their `group` field where they have one (wcep.jsonl.gz: politics, sport,
disaster...), else by `source`.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from bot.models import Event


@dataclass
class Tally:
    """Running counts for one group of items (a source, or all)."""

    items: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    type_total: dict[str, int] = field(default_factory=lambda: {"strike": 0, "attack": 0})
    type_correct: dict[str, int] = field(default_factory=lambda: {"strike": 0, "attack": 0})
    casualty_total: int = 0
    casualty_found: int = 0
    count_total: dict[str, int] = field(default_factory=lambda: {"killed": 0, "injured": 0})
    count_exact: dict[str, int] = field(default_factory=lambda: {"killed": 0, "injured": 0})
    quiet_total: int = 0  # items with gold violent false and casualty false
    false_alarms: int = 0

    def add(self, gold: dict[str, Any], event: Event) -> None:
        self.items += 1
        predicted_violent = "strike" in event.types or "attack" in event.types
        if gold.get("violent") is False and gold.get("casualty") is False:
            self.quiet_total += 1
            if predicted_violent or "casualty" in event.types:
                self.false_alarms += 1
        if gold.get("violent") is not None:
            if gold["violent"] and predicted_violent:
                self.tp += 1
            elif gold["violent"]:
                self.fn += 1
            elif predicted_violent:
                self.fp += 1
        gold_type = gold.get("type")
        if gold_type in ("strike", "attack"):
            other = "attack" if gold_type == "strike" else "strike"
            self.type_total[gold_type] += 1
            if gold_type in event.types and other not in event.types:
                self.type_correct[gold_type] += 1
        if gold.get("casualty") is True:
            self.casualty_total += 1
            if "casualty" in event.types:
                self.casualty_found += 1
        for name in ("killed", "injured"):
            if gold.get(name) is not None:
                self.count_total[name] += 1
                if getattr(event, name) == gold[name]:
                    self.count_exact[name] += 1

    def metrics(self) -> dict[str, Any]:
        # (a group with no gold violent item has no precision to speak of: its false alarms say it)
        precision = _ratio(self.tp, self.tp + self.fp) if self.tp + self.fn else None
        recall = _ratio(self.tp, self.tp + self.fn)
        f1 = None
        if precision is not None and recall is not None:
            f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
        strike = _ratio(self.type_correct["strike"], self.type_total["strike"])
        attack = _ratio(self.type_correct["attack"], self.type_total["attack"])
        present = [value for value in (strike, attack) if value is not None]
        return {
            "items": self.items,
            "violent_precision": precision,
            "violent_recall": recall,
            "violent_f1": f1,
            "strike_recall": strike,
            "attack_recall": attack,
            "type_macro_recall": sum(present) / len(present) if present else None,
            "casualty_recall": _ratio(self.casualty_found, self.casualty_total),
            "killed_exact": _ratio(self.count_exact["killed"], self.count_total["killed"]),
            "injured_exact": _ratio(self.count_exact["injured"], self.count_total["injured"]),
            "false_alarm_rate": _ratio(self.false_alarms, self.quiet_total),
            "support": {
                "violent": self.tp + self.fn,
                "strike": self.type_total["strike"],
                "attack": self.type_total["attack"],
                "casualty": self.casualty_total,
                "killed": self.count_total["killed"],
                "injured": self.count_total["injured"],
                "quiet": self.quiet_total,
            },
        }


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def open_text(path: str | Path, errors: str = "strict") -> IO[str]:
    """A JSON-lines file for reading as text, gzip-compressed when its name ends in .gz."""
    opener = gzip.open if str(path).endswith(".gz") else open
    return opener(path, "rt", encoding="utf-8", errors=errors)  # type: ignore[return-value]


def read_gold(paths: Iterable[Path], split: str | None = None) -> Iterator[dict[str, Any]]:
    """The labelled records of .jsonl or .jsonl.gz files; with `split`, only the records of that
    split (records without a `split` field belong to none)."""
    for path in paths:
        with open_text(path) as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from exc
                if not isinstance(record, dict) or not isinstance(record.get("gold"), dict):
                    raise ValueError(f"{path}:{number}: expected an object with a `gold` object")
                if split is None or record.get("split") == split:
                    yield record


def evaluate(records: Iterable[dict[str, Any]], classify) -> dict[str, dict[str, Any]]:
    """Metrics per group (or source) and under "overall". `classify(title, summary) -> Event`."""
    tallies: dict[str, Tally] = {}
    overall = Tally()
    for record in records:
        event = classify(record.get("title") or "", record.get("summary") or "")
        source = str(record.get("group") or record.get("source") or "unknown")
        tallies.setdefault(source, Tally()).add(record["gold"], event)
        overall.add(record["gold"], event)
    result = {source: tally.metrics() for source, tally in sorted(tallies.items())}
    result["overall"] = overall.metrics()
    return result
