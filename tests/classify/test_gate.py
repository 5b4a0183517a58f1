"""The topic gate: the shipped model, its veto inside the classifier, its readable evidence, and the
training script that makes it (reproducible, from labelled JSON lines)."""

from __future__ import annotations

import gzip
import json

import pytest

from bot.classify import Classifier
from bot.classify.gate import WEIGHTS_PATH, TopicGate, features
from bot.classify.taxonomy import load_taxonomy
from bot.classify.train_gate import main as train_main
from bot.paths import PROJECT_ROOT


def test_the_shipped_weights_are_small_and_carry_their_licence():
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert WEIGHTS_PATH.stat().st_size < 700 * 1024
    assert data["licence"] == "CC BY-SA 4.0" and "Wikipedia" in data["about"]
    gate = TopicGate.load()
    assert gate.threshold < gate.bias  # a veto needs words that pull towards ordinary news
    assert all(isinstance(weight, float) for weight in list(gate.weights.values())[:100])


def test_features_are_words_pairs_numbers_and_categories():
    found = features("Gunmen killed 12 in Kabul", ["armed_group"])
    assert {"gunmen", "killed", "#", "gunmen killed", "killed #", "# in", "in kabul", "@armed_group"} <= found
    assert "12" not in found


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy(PROJECT_ROOT / "config")


def _gate(weights: dict[str, float], bias: float = 0.0, threshold: float = -1.0) -> TopicGate:
    return TopicGate(weights, bias, threshold)


def test_a_veto_drops_violence_and_its_counts_but_keeps_threats(taxonomy):
    text = "Rebels attacked the stadium, killing 3 fans. The league threatened to cancel the season."
    rules = Classifier(taxonomy).classify(text)
    assert {"attack", "casualty"} <= set(rules.types) and rules.killed == 3
    gated = Classifier(taxonomy, _gate({"league": -2.0, "fans": -0.5})).classify(text)
    assert "attack" not in gated.types and "casualty" not in gated.types
    assert gated.killed is None and gated.severity <= 2
    assert all(span.type in gated.types for span in gated.evidence)


def test_a_score_above_the_threshold_keeps_the_rules_verdict(taxonomy):
    text = "Rebels attacked the stadium, killing 3 fans."
    gated = Classifier(taxonomy, _gate({"league": -2.0})).classify(text)
    assert gated == Classifier(taxonomy).classify(text)


def test_a_death_with_no_violence_named_needs_news_that_leans_to_conflict(taxonomy):
    text = "Four people were killed near the village on Sunday."
    leaning = Classifier(taxonomy, _gate({"village": 0.5}, bias=0.0, threshold=-10.0)).classify(text)
    assert "casualty" in leaning.types and leaning.killed == 4
    ordinary = Classifier(taxonomy, _gate({"village": -0.5}, bias=0.0, threshold=-10.0)).classify(text)
    assert ordinary.types == () and ordinary.killed is None


def test_an_explosion_with_no_arms_named_needs_news_that_leans_to_conflict(taxonomy):
    # the score sits above the veto threshold: only the rule for words an accident shares can act
    text = "An explosion at a depot near the harbour injured nine people."
    leaning_ordinary = _gate({"harbour": -0.4}, bias=0.0, threshold=-10.0)
    assert "attack" in Classifier(taxonomy).classify(text).types
    quiet = Classifier(taxonomy, leaning_ordinary).classify(text)
    assert quiet.types == () and quiet.injured is None
    leaning_conflict = Classifier(taxonomy, _gate({"harbour": 0.4}, bias=0.0, threshold=-10.0)).classify(text)
    assert {"attack", "casualty"} <= set(leaning_conflict.types) and leaning_conflict.injured == 9
    # a weapon or an armed actor named is violence no accident shares, whatever the topic leans to
    for armed in ("A car bomb explosion at a depot near the harbour injured nine people.",
                  "Militants set off an explosion at a depot near the harbour, injuring nine people."):
        event = Classifier(taxonomy, leaning_ordinary).classify(armed)
        assert "attack" in event.types and event.injured == 9, armed


def test_a_vehicle_that_hits_a_mine_meets_a_weapon(taxonomy):
    event = Classifier(taxonomy).classify("A minibus hits a mine on the road to the village, killing three")
    assert "attack" in event.types and event.killed == 3
    assert "attack" not in Classifier(taxonomy).classify("Three miners die in a coal mine flood").types


def test_the_gate_explains_what_it_decided(taxonomy):
    classifier = Classifier(taxonomy, _gate({"league": -2.0, "fans": -0.5, "rebels": 0.3}))
    verdict = classifier.gate_verdict("Rebels attacked the stadium, killing 3 fans", "The league said so.")
    assert verdict is not None and verdict.strongest[0] == ("league", -2.0)
    assert "'league' -2.00" in verdict.describe()
    assert classifier.gate_verdict("Rebels attacked the town, killing 3 soldiers") is None


@pytest.mark.parametrize("text", [
    "A fire at an apartment block leaves five dead",
    "A bus crash kills 17 on a mountain road",
    "Six workers die when scaffolding collapsed near the interchange",
    "Shares ended lower, hurt by weak data",
    "Striker scores as United attack down the wing",
    "Actor Leslie Nielsen dies at the age of 84 in Florida",
])
def test_ordinary_news_raises_no_alarm(classifier, text):
    assert not {"strike", "attack", "casualty"} & set(classifier.classify(text).types)


def _records(count: int) -> list[dict]:
    quiet = {"violent": False, "casualty": False}
    unscored = {"violent": None, "casualty": None}
    conflict = ["Rebels attacked an army post, killing {n} soldiers.", "An air strike hit a militia base, killing {n}."]
    ordinary = ["The club won the cup final {n} to 1.", "Parliament passed the budget by {n} votes.",
                "A storm killed {n} people in the north."]
    records = []
    for index in range(count):
        texts, group, gold = (conflict, "conflict", unscored) if index % 2 else (ordinary, "sport", quiet)
        records.append({"id": str(index), "source": "test", "title": "", "group": group, "split": "train",
                        "summary": texts[index % len(texts)].format(n=index % 7 + 2), "gold": gold})
    return records


def test_training_is_reproducible_and_writes_a_loadable_gate(tmp_path, capsys):
    data = tmp_path / "set.jsonl.gz"
    with gzip.open(data, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record) + "\n" for record in _records(80))
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert train_main(["--data", str(data), "--out", str(first)]) == 0
    assert train_main(["--data", str(data), "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    gate = TopicGate.load(first)
    assert gate.score("Rebels attacked an army post") > gate.score("The club won the cup final")
    assert "threshold" in capsys.readouterr().out


def test_a_missing_or_broken_weights_file_is_named(tmp_path):
    from bot.classify.taxonomy import TaxonomyError

    with pytest.raises(TaxonomyError, match="cannot read the topic gate"):
        TopicGate.load(tmp_path / "absent.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"weights": {"a": "x"}, "bias": 0, "threshold": 0}', encoding="utf-8")
    with pytest.raises(TaxonomyError, match="not a topic gate weights file"):
        TopicGate.load(broken)
