"""Five principles of who does what and when, each quiet or other-kind case beside a twin that differs by the
principle and must still alert as it did. The sentences are written for these tests, not taken from any set.

1. An assault with its own armed doer as the subject of its own clause, beside weather told in another ("heavy rain
   fell as militants attacked, destroying 30 homes"), is news: the weather is its setting, and the topic gate, which
   reads the weather's words as the item's topic, does not veto it. A storm that batters a coast has no armed doer.
2. Under a heading that tells an arrest or a stage of a case over an act, the summary's main clause that dates the
   act by a bare month or a season gone tells the case's background, known before, as a relative clause so dated
   does; a near day ("on Monday") keeps it news, and so does a heading that tells the act before its arrest.
3. Fire named as what a sound is of, in a sentence that tells a drill, is the drill's own fire, heard: no assault.
4. Arms or an act named in a likeness that opens a quote ("'like a drone'") are the speaker's figure, no arms that
   make a vow one of force.
5. A practice ground named by the act practised on it ("a shooting range", "a bombing range") is a drill's kind:
   no act told.
"""

from __future__ import annotations

import pytest

from bot.classify import Classifier
from bot.classify.gate import EVIDENCE, TopicGate
from bot.classify.taxonomy import load_taxonomy
from bot.paths import PROJECT_ROOT
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.fixture(scope="module")
def weather_gate() -> Classifier:
    """The rules under a gate that reads every item of weather as ordinary news beyond doubt."""
    weights = {"rain": -9.0, "snow": -9.0}
    return Classifier(load_taxonomy(PROJECT_ROOT / "config"), TopicGate(weights, 0.0, dict.fromkeys(EVIDENCE, -1.0)))


@pytest.mark.parametrize("text", [
    "Heavy rain fell as militants attacked the hamlet, destroying 30 homes",
    "Torrential rain lashed the province while gunmen stormed a police post, burning 12 homes",
    "Heavy snow fell as troops shelled the border villages, destroying 40 houses",
])
def test_an_armed_doers_act_beside_weather_is_news(weather_gate, classifier, text):
    assert {"strike", "attack"} & set(weather_gate.classify(text).types), text
    assert {"strike", "attack"} & set(classifier.classify(text).types), text


@pytest.mark.parametrize("text", [
    "Heavy rain fell as the hamlet was attacked, destroying 30 homes",
    "Heavy rain fell and storms battered the coast, destroying 30 homes",
])
def test_weather_with_no_armed_doer_of_its_own_is_left_to_the_gate(weather_gate, text):
    _quiet(weather_gate, text)


def test_a_storm_is_no_armed_doer(classifier):
    _quiet(classifier, "Heavy rain fell as storms battered the coast, destroying 30 homes")


@pytest.mark.parametrize(("title", "summary"), [
    ("Police arrest two men over nurse's killing", "The nurse was shot dead in March in the northern district."),
    ("Three arrested over killing of shopkeeper", "Gunmen shot the shopkeeper dead in April outside his store."),
    ("Two men charged over teacher's murder", "In February, the teacher was stabbed to death near the school."),
    ("Police detain suspect in mayor's killing", "The mayor was gunned down last winter at a rally."),
])
def test_a_cases_act_dated_by_a_month_gone_is_its_background(rules, title, summary):
    event = rules.classify(title, summary)
    assert not {"strike", "attack", "casualty"} & set(event.types), (title, summary, event.types)


@pytest.mark.parametrize(("title", "summary"), [
    ("Police arrest two men over nurse's killing", "The nurse was shot dead on Monday in the northern district."),
    ("Gunmen kill nurse; two arrested", "The nurse was shot dead in March in the northern district."),
    ("Minister visits northern district", "A nurse was shot dead in March in the northern district."),
])
def test_a_near_day_or_a_heading_of_the_act_keeps_it_news(rules, title, summary):
    event = rules.classify(title, summary)
    assert {"attack"} & set(event.types), (title, summary, event.types)


@pytest.mark.parametrize("text", [
    "Residents were told to expect the sound of tank and mortar fire as the army's annual exercises began",
    "Villagers reported the noise of artillery fire during war games near the border",
    "Farmers complained about the sounds of machine-gun fire from the drills on the hill",
])
def test_the_sound_of_a_drills_fire_is_no_assault(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Residents were told to expect the sound of tank and mortar fire as the army's offensive began",
    "Residents heard the sound of mortar fire as rebels advanced on the town",
])
def test_the_sound_of_fire_with_no_drill_tells_the_fire(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize("text", [
    "The opposition leader vowed to 'shoot down' the budget 'like a drone'",
    "The senator vowed to go after the plan 'like a bomber'",
    "Union leaders vowed to meet the bill 'like a missile'",
])
def test_arms_in_a_quoted_likeness_are_a_figure(rules, text):
    event = rules.classify(text)
    assert not {"threat", "strike", "attack"} & set(event.types), (text, event.types)


@pytest.mark.parametrize("text", [
    "The rebels vowed to shoot down any drone over the valley",
    "The militia warned it would fire a missile at the port",
])
def test_arms_told_outside_a_likeness_still_threaten(rules, text):
    assert "threat" in rules.classify(text).types, text


@pytest.mark.parametrize("text", [
    "Police said the noise could have come from a shooting range",
    "The bombing range near the base was closed for the summer",
    "Members of a shooting range in the suburbs met the mayor",
])
def test_a_practice_ground_named_by_its_act_tells_no_act(rules, text):
    event = rules.classify(text)
    assert not {"threat", "strike", "attack", "casualty"} & set(event.types), (text, event.types)


@pytest.mark.parametrize(("text", "killed"), [
    ("A gunman opened fire at a shooting range, killing two", 2),
    ("Three men were shot dead at a shooting range on Sunday", 3),
])
def test_an_act_at_a_range_is_still_an_act(rules, text, killed):
    _alert(rules, text, killed)
