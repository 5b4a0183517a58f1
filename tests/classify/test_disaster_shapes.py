"""Disasters, obituaries and sport told in words of violence (docs/taxonomy.md: deaths from
accidents are no casualty, and history is no news). Each quiet shape has a violent one of the same
shape beside it that must still alert: the rules alone (no topic gate) tell them apart."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts, assert_quiet


# A death told without its cause, where the only violence named is history: a life's past, no cause of
# the death. The same death beside violence told as news is still a casualty.
@pytest.mark.parametrize("text", [
    "The actor, who sheltered neighbours in his flat during the 1999 NATO bombing raids, dies.",
    "The cellist, whose village was razed during the 1944 German offensive, has died in Vienna.",
])
def test_a_death_beside_history_only_is_no_casualty(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "The novelist, whose family hid in a cellar during the shelling of Sarajevo on Tuesday, dies.",
    "A soldier wounded in yesterday's bombing of the base dies in hospital.",
    # a known event's toll counted is that event's casualties, dated or not
    "The death toll from the 2015 stadium bombings rises to 44, the health minister says.",
    "A plane carrying victims of the 2012 market bombing lands in the capital as the death toll reaches 17.",
])
def test_a_death_beside_violence_told_as_news_alerts(rules, text):
    event = rules.classify(text)
    assert {"attack", "strike"} & set(event.types) and "casualty" in event.types, (text, event.types)


# A vehicle that hits an obstacle (a wall, a tree, power lines, the ground) is crashing: no target of arms.
@pytest.mark.parametrize("text", [
    "A border guard plane crashes near the capital. The twin-engine aircraft hit a perimeter wall and sank in a pond.",
    "A military helicopter struck power lines and came down in a field, killing four crew.",
    "A fighter jet hit a hillside during a training flight.",
])
def test_a_vehicle_hitting_an_obstacle_is_no_strike(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Fighter jets hit rebel positions on the hillside.",
    "Military helicopters struck militant positions near the base, killing four fighters.",
    "Russian jets struck the walls of the old fortress.",
])
def test_vehicles_hitting_targets_still_strike(rules, text):
    assert_alerts(rules, text)


# Arms that are the load of a vehicle told crashing are goods that blew up, as a depot's do; a vehicle
# loaded with explosives that blows up at a target, or is driven into one, is a bomb.
@pytest.mark.parametrize("text", [
    "Five people die and 90 are hurt when two lorries carrying explosives collide on a mountain road and blow up.",
    "A train loaded with ammunition derailed and exploded near the border town, killing three.",
])
def test_arms_carried_by_a_crashing_vehicle_are_goods(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "A lorry laden with explosives blew up outside the police station, killing 12.",
    "A truck carrying explosives crashed into the gate of the base and exploded, killing eight soldiers.",
])
def test_a_vehicle_loaded_with_explosives_at_a_target_is_a_bomb(rules, text):
    assert_alerts(rules, text)


# A monument of the past wrecked with no one in it is heritage destroyed, no assault on people; a toll
# or an assault told beside it, or a place with no word of age, is still an attack.
@pytest.mark.parametrize("text", [
    "The jihadists are reported to have blown up the ancient fortress gate of the oasis town.",
    "Two medieval mausoleums in the old quarter were destroyed by rebel fighters, residents say.",
    "Insurgents bulldozed centuries-old statues at the archaeological park.",
])
def test_heritage_wrecked_with_no_one_harmed_is_no_attack(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Militants blew up an ancient shrine in the valley, killing five worshippers.",
    "Militants blew up a police station in the valley.",
    "Gunmen attacked the national museum, which holds ancient statues.",
])
def test_wrecking_with_people_harmed_or_a_place_of_people_is_an_attack(rules, text):
    assert_alerts(rules, text)


# A raid by agents of the law, whatever phrase tells what they are about, is a search; arms, an armed
# side or a toll make it an assault, and a raid told by the police of someone else is that one's.
@pytest.mark.parametrize("text", [
    "Detectives looking into ticket fraud at the cup final raid nine homes across the city.",
    "Tax inspectors acting on a tip-off raided the club's headquarters on Tuesday.",
])
def test_a_raid_by_agents_of_the_law_is_a_search(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Police hunting the kidnappers raided a hideout held by gunmen, killing three.",
    "Police say bandits raided the village overnight.",
    "Soldiers raided the village overnight.",
])
def test_a_raid_with_arms_or_by_others_is_an_attack(rules, text):
    assert_alerts(rules, text)


# What a film, a book or a play is about is its story, counted dead and all; an act told beside the work
# in a clause of its own is news.
@pytest.mark.parametrize("text", [
    "The movie, about a marksman who shot dead 90 fighters in the desert, tops the box office again.",
    "Her second novel, which tells of a harbour town shelled by the fleet, wins the national book prize.",
    "The play about a commando who was wounded in the jungle opens in the West End.",
    "The city museum opens an exhibition on the bombing of the old town.",
])
def test_a_works_story_is_no_news(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "A film about the war was showing when gunmen attacked the cinema, killing five.",
    "Militants attacked a crew filming a drama about the war, killing two.",
    "A film about the war was screened in the town that rebels shelled on Monday.",
    "Gunmen opened fire on a cinema showing a film on Monday, killing three.",
    "A bomb exploded on a bus carrying a film crew on the way to the set, killing two.",
])
def test_violence_beside_a_work_is_news(rules, text):
    assert_alerts(rules, text)


# A heavy defeat told in words of violence: a score after the word, or a side knocked out of a cup.
@pytest.mark.parametrize("text", [
    "The Rovers were massacred 7-0 by the league leaders on Saturday.",
    "Holders Spain were hammered 5–1 by the Dutch in their opening game.",
    "The champions bombed out of the cup after a shock home defeat.",
])
def test_a_heavy_defeat_is_no_violence(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Rebels killed 12-15 soldiers in an ambush near the stadium.",
    "Gunmen massacred 30 villagers after the match, 2-0 winners say.",
    "Families were bombed out of their homes as jets pounded the city.",
])
def test_violence_beside_a_number_pair_or_homes_bombed_alerts(rules, text):
    assert_alerts(rules, text)



# A disease, a quake or a storm that hits or strikes is the doer of the hit, whatever arms the rest of
# the sentence names; a hit whose doer is named after "by", or is a force, is still violence.
@pytest.mark.parametrize("text", [
    "An outbreak of typhoid hits a displacement camp near the front line where soldiers are posted.",
    "Ebola strikes a village near the rebel-held town.",
])
def test_a_disaster_that_hits_is_no_strike(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "The quake zone was hit by shelling on Monday.",
    "Jets hit rebel positions after the earthquake.",
    "After the earthquake, rebels struck an army post, killing four.",
])
def test_a_hit_by_arms_beside_a_disaster_is_violence(rules, text):
    assert_alerts(rules, text)


# What a relative clause tells of one whose death the sentence tells with an age is that life's story;
# a day of the news in the clause, or violence after the death, is news.
@pytest.mark.parametrize("text", [
    "A war hero who stormed an enemy bunker on Iwo Jima dies at 97.",
    "A retired colonel who shelled rebel lines in the 1970s dies at 88 in his home town.",
])
def test_the_acts_of_a_life_ended_at_an_age_are_history(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "A soldier who was wounded in Monday's ambush dies at 23 in hospital.",
    "A general who led the invasion dies at 80 as rebels shell his home town.",
])
def test_fresh_acts_beside_a_death_at_an_age_are_news(rules, text):
    assert_alerts(rules, text)
