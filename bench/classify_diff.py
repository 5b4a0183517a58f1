"""Does a change to the classifier change what it says? Dump its output on a large corpus, then
compare a later dump with it.

    .venv/bin/python bench/classify_diff.py dump BEFORE.jsonl     # on the code before the change
    .venv/bin/python bench/classify_diff.py compare BEFORE.jsonl  # on the code after: prints the differences

The corpus: every item of eval/wcep.jsonl.gz, eval/dev.jsonl and eval/seed.jsonl (title and
summary as the items give them); the dev texts paired as bench/classify_bench.py --pairs pairs
them; every string of ten characters or more in tests/classify/*.py; and variants of the dev
texts and test strings that the phrase matcher must read alike or tell apart (upper case, curly
apostrophes and Unicode hyphens, runs of white space). Each line holds the Event of one text
(types, severity, counts, names, evidence spans) and the phrase matcher's hits (spans,
categories, gazetteer roles, number values). A refactoring that only makes the classifier
faster must print "0 differences". The dumps are not committed: they are made from the code.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))  # run from a checkout without installing

from bot.classify import Classifier  # noqa: E402
from bot.paths import config_dir  # noqa: E402

#: Differences printed before the comparison only counts the rest.
SHOWN_DIFFERENCES = 20


def _items(path: Path) -> Iterator[tuple[str, str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                yield str(record.get("id")), record.get("title") or "", record.get("summary") or ""


def _test_strings() -> list[str]:
    strings: list[str] = []
    for path in sorted((REPO_ROOT / "tests" / "classify").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 10:
                strings.append(node.value)
    return list(dict.fromkeys(strings))


def _variants(text: str) -> list[str]:
    return [
        text.upper(),
        text.replace("'", "’").replace("-", "‐"),
        text.replace(" ", "  ").replace("-", " - ", 1),
        text.replace(". ", ".\n"),
        text.title(),
    ]


def corpus() -> Iterator[tuple[str, str, str]]:
    """(label, title, summary) of every text compared."""
    eval_dir = REPO_ROOT / "eval"
    for name in ("wcep.jsonl.gz", "dev.jsonl", "seed.jsonl"):
        for item_id, title, summary in _items(eval_dir / name):
            yield f"{name}:{item_id}", title, summary
    dev = [" ".join(part for part in (title, summary) if part) for _, title, summary in _items(eval_dir / "dev.jsonl")]
    for index, text in enumerate(dev):
        yield f"pair:{index}", text, dev[(index + 1) % len(dev)]
    # (texts from the tests are known by their content: tests come and go between two dumps)
    tests = _test_strings()
    for text in tests:
        yield f"test:{_digest(text)}", "", text
    for text in dev + tests:
        for variant in _variants(text):
            yield f"variant:{_digest(variant)}", "", variant


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _line(classifier: Classifier, label: str, title: str, summary: str) -> str:
    event = classifier.classify(title, summary)
    text = f"{title}\n{summary}" if title and summary else title or summary
    hits = [[hit.start, hit.end, hit.text, sorted(hit.categories), [list(role) for role in hit.names], hit.value]
            for hit in classifier._matcher.find(text)]
    return json.dumps({"id": label, **event.to_dict(), "hits": hits}, ensure_ascii=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("dump", "compare"))
    parser.add_argument("path", type=Path, help="the dump to write (dump) or to compare with (compare)")
    args = parser.parse_args()
    classifier = Classifier.from_config(config_dir())
    lines = (_line(classifier, *entry) for entry in corpus())
    if args.mode == "dump":
        count = 0
        with open(args.path, "w", encoding="utf-8") as out:
            for line in lines:
                out.write(line + "\n")
                count += 1
        print(f"{count} texts dumped to {args.path}")
        return 0
    with open(args.path, encoding="utf-8") as before:
        old_lines = {json.loads(line)["id"]: line.rstrip("\n") for line in before}
    differences = total = unmatched = 0
    for new in lines:
        old = old_lines.get(json.loads(new)["id"])
        if old is None:
            unmatched += 1  # a text the old dump did not have (a test added since)
            continue
        total += 1
        if old != new:
            differences += 1
            if differences <= SHOWN_DIFFERENCES:
                print(f"- {old}\n+ {new}")
    print(f"{total} texts compared, {differences} differences ({unmatched} texts new since the dump)")
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
