"""The topic gate: the shipped model, its veto inside the classifier, its readable evidence, and the
training script that makes it (reproducible, from labelled JSON lines).

tests/classify/data/gate_news.jsonl holds 40 wire-style reports of violence, many in the words of an
ordinary topic (an election, a match, a concert, a market), and 40 items of ordinary news in war
words (a striker's strike, a trade war, a gas explosion), written for these tests and not copied
from any set: the gate learnt on Wikipedia's sections must carry over to news written otherwise.
`sitrep eval tests/classify/data/gate_news.jsonl` scores them."""

from __future__ import annotations

import gzip
import json

import pytest

from bot.classify import Classifier
from bot.classify.evaluate import read_gold
from bot.classify.gate import (
    ACCIDENT_WORDS,
    ARMED,
    DEATHS_ONLY,
    EVIDENCE,
    HEADING_PREFIX,
    NATIONALITY,
    PLACE,
    UNARMED,
    WEIGHTS_PATH,
    TopicGate,
    features,
)
from bot.classify.taxonomy import load_taxonomy
from bot.classify.train_gate import main as train_main
from bot.paths import PROJECT_ROOT


def test_the_shipped_weights_are_small_and_carry_their_licence():
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert WEIGHTS_PATH.stat().st_size < 700 * 1024
    assert data["licence"] == "CC BY-SA 4.0" and "Wikipedia" in data["about"]
    gate = TopicGate.load()
    assert set(gate.thresholds) == set(EVIDENCE) and set(data["kept_shares"]) == set(EVIDENCE)
    # where the rules named an act or arms, a veto needs words that pull towards ordinary news
    assert gate.thresholds[ARMED] < gate.bias and gate.thresholds[UNARMED] < gate.bias
    assert all(isinstance(weight, float) for weight in list(gate.weights.values())[:100])


def test_features_are_words_pairs_numbers_and_categories():
    found = features("Gunmen killed 12 in Kabul", ["armed_group"])
    assert {"gunmen", "killed", "#", "gunmen killed", "killed #", "# in", "in kabul", "@armed_group"} <= found
    assert "12" not in found


def test_the_heading_is_read_once_more_as_the_topic(taxonomy):
    # a title and its summary are joined by a line break: the title's words count once more as the
    # heading's, but a name's role or a number in it says which country or year, not which topic
    classifier = Classifier(taxonomy)
    given = classifier.gate_input("2024 French trade talks with Brazil\nThe ministers meet in Geneva on Monday.")
    found = features(given.text, given.categories, given.masks)
    heading = {feature for feature in found if feature.startswith(HEADING_PREFIX)}
    assert {HEADING_PREFIX + "trade", HEADING_PREFIX + "trade talks", HEADING_PREFIX + "talks"} <= heading
    assert {"trade", "ministers", "meet"} <= found
    assert not heading & {HEADING_PREFIX + token for token in (PLACE, NATIONALITY, "#")}
    assert HEADING_PREFIX + "ministers" not in found
    # a summary alone (or a title alone) has no heading features
    alone = features("Rebels attacked an army post near the border")
    assert not any(feature.startswith(HEADING_PREFIX) for feature in alone)


def test_gazetteer_names_are_read_as_their_role(taxonomy):
    classifier = Classifier(taxonomy)
    given = classifier.gate_input("Gunmen killed 12 in Kabul")
    found = features(given.text, given.categories, given.masks)
    assert {PLACE, f"in {PLACE}", "@armed_group"} <= found and "kabul" not in found


@pytest.mark.parametrize(("text", "evidence"), [
    ("Gunmen killed 12 in the market", ARMED),
    ("A car bomb exploded outside the ministry", ARMED),
    ("Ministers clash in the budget debate", UNARMED),
    # a state or an armed group named as the doer of the act is as strong as its arms named
    ("An Israeli strike flattened a residential block", ARMED),
    ("An explosion at a depot injured nine people", ACCIDENT_WORDS),
    ("Four people died near the village on Sunday", DEATHS_ONLY),
    # a blast where people gather to pray or mourn is weighed as an assault, one at a warehouse as a
    # possible mishap, and a roof falling in a church is deaths alone
    ("An explosion in a crowded mosque killed eleven worshippers", UNARMED),
    ("An explosion in a crowded warehouse killed eleven porters", ACCIDENT_WORDS),
    ("Eleven people died when the roof of a church fell in", DEATHS_ONLY),
    # deaths beside the course of an armed conflict (a truce, an escalation, a siege) are the fighting's;
    # the same deaths beside talks for a truce, or with no conflict named, are left to the topic
    ("Two dead as the ceasefire in the hills frays", UNARMED),
    ("Five die in a fresh escalation near the border town", UNARMED),
    ("Five die near the border town", DEATHS_ONLY),
    ("Two dead as envoys meet to talk about a ceasefire in the hills", DEATHS_ONLY),
    # killed "by a mine" met the weapon; by a mine's collapse, the pit
    ("Two shepherds killed by a mine near the village", ARMED),
    ("Two workers killed by a mine collapse near the village", DEATHS_ONLY),
    ("Two shepherds killed by mine near the village", ARMED),
    ("Two workers killed by mine explosion near the village", DEATHS_ONLY),
    # a blast on a bus full of passengers that names no mishap is a bomb's; one that names a gas
    # cylinder or a crash is a possible mishap
    ("A blast on a crowded bus wounds twelve commuters", UNARMED),
    ("A gas cylinder blast on a crowded bus wounds twelve commuters", ACCIDENT_WORDS),
    ("A blast at a crowded depot wounds twelve porters", ACCIDENT_WORDS),
])
def test_the_rules_evidence_sets_the_level_of_the_veto(taxonomy, text, evidence):
    assert Classifier(taxonomy).gate_input(text).evidence == evidence


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy(PROJECT_ROOT / "config")


def _gate(weights: dict[str, float], bias: float = 0.0, threshold: float = -1.0, **levels: float) -> TopicGate:
    return TopicGate(weights, bias, {level: levels.get(level, threshold) for level in EVIDENCE})


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


def test_a_death_with_no_violence_named_is_judged_at_its_own_level(taxonomy):
    text = "Four people were killed near the village on Sunday."
    leaning = Classifier(taxonomy, _gate({"village": 0.5}, threshold=-10.0, deaths_only=0.0)).classify(text)
    assert "casualty" in leaning.types and leaning.killed == 4
    ordinary = Classifier(taxonomy, _gate({"village": -0.5}, threshold=-10.0, deaths_only=0.0)).classify(text)
    assert ordinary.types == () and ordinary.killed is None


def test_an_explosion_with_no_arms_named_is_judged_at_its_own_level(taxonomy):
    text = "An explosion at a depot near the harbour injured nine people."
    leaning_ordinary = _gate({"harbour": -0.4}, threshold=-10.0, accident_words=0.0)
    assert "attack" in Classifier(taxonomy).classify(text).types
    quiet = Classifier(taxonomy, leaning_ordinary).classify(text)
    assert quiet.types == () and quiet.injured is None
    leaning_conflict = Classifier(taxonomy, _gate({"harbour": 0.4}, threshold=-10.0, accident_words=0.0)).classify(text)
    assert {"attack", "casualty"} <= set(leaning_conflict.types) and leaning_conflict.injured == 9
    # a weapon or an armed actor named is violence no accident shares: the same score keeps it
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
    assert verdict.evidence == ARMED  # "rebels"
    assert "'league' -2.00" in verdict.describe() and "for armed evidence" in verdict.describe()
    assert classifier.gate_verdict("Rebels attacked the town, killing 3 soldiers") is None


def test_a_heading_speaks_for_the_topic_where_the_summary_alone_does_not(taxonomy):
    # a topic heading ("... season") says the item is about sport; the same word told in a
    # summary alone gets no heading weight
    classifier = Classifier(taxonomy, _gate({HEADING_PREFIX + "season": -2.0}))
    assert classifier.gate_verdict("The 2026 league season", "Rebels attacked the stadium, killing 3 fans") is not None
    assert classifier.gate_verdict("", "Rebels attacked the stadium in the season, killing 3 fans") is None


@pytest.mark.parametrize(("title", "summary"), [
    ("Trade talks overshadowed by border clash",
     "Soldiers from both sides exchanged fire overnight, leaving two dead, the defence ministry said."),
    ("Markets slide as missiles hit port city", "Missiles struck the harbour overnight, killing six dock workers."),
    ("Pandemic lockdown protest turns deadly", "Police shot dead two protesters who defied the curfew, witnesses said."),
    ("Election day marred by violence in northern province",
     "Gunmen opened fire on voters queuing outside a polling station, killing four, police said."),
])
def test_a_headline_in_ordinary_words_keeps_the_violence_it_tells(classifier, title, summary):
    # live headlines are not the portal's topic names: their ordinary words must not veto an attack
    assert {"strike", "attack"} & set(classifier.classify(title, summary).types)


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


@pytest.fixture(scope="module")
def gate_news() -> list[dict]:
    return list(read_gold([PROJECT_ROOT / "tests" / "classify" / "data" / "gate_news.jsonl"]))


def test_the_gate_keeps_wire_reports_of_violence_in_ordinary_words(gate_news):
    rules = Classifier.from_config(PROJECT_ROOT / "config", with_gate=False)
    gated = Classifier.from_config(PROJECT_ROOT / "config")
    violent = [record for record in gate_news if record["gold"]["violent"]]
    assert len(violent) == 40
    flagged = [record for record in violent
               if {"strike", "attack"} & set(rules.classify(record["title"], record["summary"]).types)]
    vetoed = [record["id"] for record in flagged
              if not {"strike", "attack"} & set(gated.classify(record["title"], record["summary"]).types)]
    # measured: 2 (a homemade device at a stadium, which the rules do not read as a weapon; drones
    # striking a power plant, whose "power plant" the rules read as a disaster's context)
    assert len(vetoed) <= 2, vetoed


def test_ordinary_news_in_war_words_raises_few_alarms(gate_news):
    gated = Classifier.from_config(PROJECT_ROOT / "config")
    ordinary = [record for record in gate_news if not record["gold"]["violent"]]
    assert len(ordinary) == 40
    alarms = [record["id"] for record in ordinary
              if {"strike", "attack", "casualty"} & set(gated.classify(record["title"], record["summary"]).types)]
    # measured: 4 (a cabinet clash, a host's attack, a team bombarding a goal, a chef blasting critics),
    # where the rules alone raise 5 and the gate as first shipped 4
    assert len(alarms) <= 4, alarms


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


# Police who kill or shoot deal the deaths: the gate weighs such an item as an assault, not as deaths
# alone, so news of a rally around the shooting does not read it away.
@pytest.mark.parametrize("text", [
    "Thousands rally against the junta as police kill two protesters in the capital.",
    "Riot police opened fire on marchers demanding reforms, killing four, witnesses said.",
])
def test_deaths_dealt_by_police_outweigh_the_rally_around_them(classifier, text):
    event = classifier.classify(text)
    assert {"attack", "casualty"} <= set(event.types), (text, event.types, classifier.gate_verdict(text))


@pytest.mark.parametrize("text", [
    "Thousands rally against the junta in the capital; police arrest two protesters.",
    "Riot police lined the route of the march and no one was hurt, organisers said.",
])
def test_police_at_a_rally_with_no_one_harmed_is_quiet(classifier, text):
    assert not {"strike", "attack", "casualty"} & set(classifier.classify(text).types)
