"""The founding story (eval/seed.jsonl): every paragraph gets exactly its types, counts, actors and
places; the whole article (tests/classify/data/us-airstrikes-iraq.txt) gets strike + attack +
casualty, 1 killed, 6 injured."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.models import EVENT_TYPES
from bot.paths import PROJECT_ROOT

SEED_LABELS = PROJECT_ROOT / "eval" / "seed.jsonl"
SEED_STORY = Path(__file__).resolve().parent / "data" / "us-airstrikes-iraq.txt"


def _seed_records():
    with open(SEED_LABELS, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_every_seed_paragraph_exactly(classifier):
    failures = []
    for record in _seed_records():
        gold = record["gold"]
        event = classifier.classify(record["title"], record["summary"])
        expected_types = tuple(kind for kind in EVENT_TYPES if kind in gold["types"])
        problems = []
        if event.types != expected_types:
            problems.append(f"types {event.types} != {expected_types}")
        for field in ("killed", "injured"):
            if getattr(event, field) != gold[field]:
                problems.append(f"{field} {getattr(event, field)} != {gold[field]}")
        missing_actors = set(gold.get("actors_include", [])) - set(event.actors)
        missing_places = set(gold.get("locations_include", [])) - set(event.locations)
        if missing_actors:
            problems.append(f"actors miss {sorted(missing_actors)}")
        if missing_places:
            problems.append(f"locations miss {sorted(missing_places)}")
        if problems:
            failures.append(f"{record['id']}: " + "; ".join(problems))
    assert not failures, "\n".join(failures)


def test_seed_article_as_a_whole(classifier):
    text = SEED_STORY.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    event = classifier.classify(title.strip(), body.strip())
    assert event.types == ("strike", "attack", "casualty")
    assert (event.killed, event.injured) == (1, 6)
    assert {"United States", "Kataib Hezbollah"} <= set(event.actors)
    assert {"Iraq", "Syria", "Yemen", "Al-Asad Air Base"} <= set(event.locations)
    assert event.severity >= 4
    # every evidence span points at its text
    full = f"{title.strip()}\n{body.strip()}"
    for span in event.evidence:
        assert full[span.start:span.end] == span.text


@pytest.mark.parametrize(
    "line",
    ["See also  Gold Price Faces Pressure as US Bond Yields Rise", "See also  The Impact of Online Ads on User Experience"],
)
def test_see_also_boilerplate_is_no_escalation(classifier, line):
    assert classifier.classify("", line).types == ()
