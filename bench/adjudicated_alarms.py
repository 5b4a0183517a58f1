"""How many of the read (adjudicated) wcep items alarm now, by their verdict.

    .venv/bin/python bench/adjudicated_alarms.py

The eval/ folder holds the project's read of wcep items some version of the classifier alarmed on
(eval/README.md): whether each reports violence as its news (`violent`) or only mentions it
(`not_violent`, with its kind: aftermath, history, threat...). The weak labels of wcep.jsonl.gz count
neither an assassination filed under politics as right nor a trial filed under crime as wrong; these
reads do. For each file this prints, for its verdicts and kinds, how many of its items strike, attack
or casualty now, and how many items of its scope alarm without a verdict (alarms a later version of
the rules added, read by nobody yet). It reports numbers; it is not a test and asserts nothing. The
test files are for reporting only: never tune on what this prints about them.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))  # run from a checkout without installing

from bot.classify import Classifier  # noqa: E402
from bot.paths import config_dir  # noqa: E402

EVAL = REPO_ROOT / "eval"
ALARMS = frozenset({"strike", "attack", "casualty"})
CONFLICT_AND_CRIME = frozenset({"conflict", "crime"})
#: Each read file, the split it read and whether its scope is the conflict and crime sections (True),
#: the other sections (False) or every section (None).
READS = (
    ("wcep_train_adjudicated.jsonl.gz", "train", None),
    ("wcep_test_adjudicated.jsonl", "test", False),
    ("wcep_test_conflict_adjudicated.jsonl.gz", "test", True),
)


def read_lines(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def main() -> int:
    classifier = Classifier.from_config(config_dir())
    records = list(read_lines(EVAL / "wcep.jsonl.gz"))
    for name, split, conflict in READS:
        path = EVAL / name
        if not path.is_file():
            print(f"{name}: missing")
            continue
        verdicts = {line["id"]: line for line in read_lines(path)}
        totals: Counter[str] = Counter()
        alarmed: Counter[str] = Counter()
        unread = 0
        for record in records:
            if record["split"] != split or (conflict is not None and (record["group"] in CONFLICT_AND_CRIME) != conflict):
                continue
            event = classifier.classify(record.get("title") or "", record.get("summary") or "")
            alarm = not ALARMS.isdisjoint(event.types)
            read = verdicts.get(record["id"])
            if read is None:
                unread += alarm
                continue
            keys = [read["verdict"]] + ([f"not_violent/{read['kind']}"] if read.get("kind") else [])
            for key in keys:
                totals[key] += 1
                alarmed[key] += alarm
        print(f"{name} ({split}, {'conflict and crime' if conflict else 'other sections' if conflict is False else 'all sections'}):")
        for key in sorted(totals, key=lambda key: (key.count("/"), key)):
            print(f"  {key:26} {alarmed[key]:5} of {totals[key]:5} alarm")
        print(f"  {'alarms without a verdict':26} {unread:5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
