"""International-relations news that names violence without reporting it as fresh (issue 9), by the
rules alone: each quiet shape stands beside violence of the same shape told as news, which must still
alert. The sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A shot or a rope turned on oneself is a suicide, and a sentence opening "It follows" recalls the
# earlier events it names; a gunman who shoots others first, or a fresh shooting told as news, alerts.
@pytest.mark.parametrize("text", [
    "A man holding a placard fatally shot himself on the steps of the parliament",
    "A retired officer shot himself in the head at a police station. It follows unrelated shootings at a "
    "bank and a school",
    "A prisoner hanged himself in his cell, the prison service said",
])
def test_a_death_by_ones_own_hand_is_no_attack(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A gunman shot dead two guards at the bank and then shot himself", 2),
    ("Police said a gunman opened fire on a bus, killing four, before shooting himself", 4),
    ("A man shot himself after gunmen killed three villagers in the market", 3),
    ("A pupil shoots himself dead in a classroom after opening fire, leaving two teachers injured", None),
])
def test_a_gunman_who_shoots_others_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Fighting told of fighters who are the object of a verb or a preposition says who they are ("arms the
# rebels fighting in the north"); fighters as the subject, or another act or a toll in the sentence,
# report fighting as news.
@pytest.mark.parametrize("text", [
    "The former general tells a newspaper that the state turned a blind eye to militant groups fighting in "
    "the mountains",
    "The alliance will give the northern forces, which are fighting the insurgents on the ground, more armoured "
    "vehicles",
    "The summit agrees to fund local militias battling the cartel in the border provinces",
])
def test_fighting_that_describes_the_object_fighters_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels fighting in the north seized two towns", None),
    ("The alliance will fund militias fighting the cartel, as clashes near the border kill 12", 12),
    ("The minister visits troops fighting in the east, where shelling killed two soldiers", 2),
])
def test_fighters_as_subject_or_beside_a_toll_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# A threat made on condition that a definite event is repeated supposes that event happened before: the
# same event named again after is it, no new report. A condition of its going on names no past event,
# and a fresh act told beside the threat alerts.
def test_an_event_whose_repetition_a_threat_supposes_is_known(rules):
    _quiet(rules, "The defence minister threatens the neighbours with air strikes if the shelling of the "
                  "island is repeated. The shelling was a reply to naval drills")


@pytest.mark.parametrize(("text", "killed"), [
    ("The defence minister threatens air strikes if the shelling of the island goes on. The shelling "
     "killed two fishermen on Tuesday", 2),
    ("The minister warns of retaliation if the raids are repeated. Rebels shelled the port on Monday, "
     "killing three", 3),
])
def test_a_fresh_act_beside_a_conditional_threat_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A doer word ("gunman") whose relative clause right after it tells his act dated earlier is a person
# known by that act, where the main clause says something else of him; a relative clause that tells no
# act, a day that keeps the act news, or a main clause of violence still alert.
def test_a_doer_known_by_an_earlier_act_is_no_report(rules):
    _quiet(rules, "The former minister rejects claims by the embassy that the foreign gunman who recently "
                  "shot two men dead is a diplomat")


@pytest.mark.parametrize(("text", "killed"), [
    ("A gunman who recently escaped from prison shot dead two guards on Monday", 2),
    ("The gunman who shot two men dead on Monday is a diplomat, the embassy says", 2),
    ("Police shot dead a gunman who recently attacked a mosque", 1),
])
def test_a_doer_whose_act_is_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A case's "in the killing of" hangs the killing on the reaction before it (an inquiry clears someone in
# it), and a plot is planning: both tell a killing as a case's topic. A killing told by a verb of its own
# beside them is news.
@pytest.mark.parametrize("text", [
    "A commission of inquiry clears the governor in the murder of a lawyer, and rules that the lawyer "
    "plotted his own murder",
    "The tribunal acquits two officers in the shooting of a student",
])
def test_a_killing_as_the_topic_of_a_case_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("An inquiry clears the minister as gunmen kill two guards outside the court", 2),
    ("Rebels plotted and carried out a raid on the base, killing five soldiers", 5),
])
def test_a_killing_beside_a_case_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Allies consulted on an event are at talks about it: an act told in a relative clause on the party they
# consult about says who that party is. The same act told in a clause of its own is news.
def test_an_act_of_the_party_allies_consult_about_is_no_report(rules):
    _quiet(rules, "The alliance is to meet on Tuesday, at the request of the republic to consult its allies on "
                  "what to do with the state which shot down one of its jets after it entered its airspace")


@pytest.mark.parametrize("text", [
    "The alliance is to consult on Tuesday as the state shot down one of its jets, killing the pilot",
    "Ministers consult after rebels shot down a helicopter over the capital",
])
def test_an_act_beside_consultations_still_alerts(rules, text):
    _alert(rules, text)


# An act named by a noun as the subject of a predicate on how it was prepared or what it amounted to is
# known before: its planner or its worth is the news. The act told by a verb, or in a sentence of its own
# before the finding, is news.
@pytest.mark.parametrize("text", [
    "The president claims that a suicide bombing that wounded his security chief was planned in the border city",
    "Officials say an air strike that hit a clinic in the north last autumn did not amount to a war crime "
    "because the strike was unintentional",
])
def test_an_act_whose_planning_or_worth_is_found_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen killed 20 people in a raid that was planned abroad", 20),
    ("A bombing at the market killed 12 on Monday; police said the attack was planned in a nearby town", 12),
])
def test_an_act_told_beside_its_planning_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Arms of mass destruction destroyed by the state that holds them are disarmament, and the homes of named
# people torn down by decree a demolition; jets, militants or a toll beside them make a strike or an attack.
@pytest.mark.parametrize("text", [
    "The watchdog declares that the republic has destroyed 21 of 23 known chemical weapons facilities, and "
    "now must destroy the chemical weapons themselves",
    "The government destroys the homes of three militants. Two of them carried out the 2014 synagogue attack",
])
def test_disarmament_and_demolition_are_no_strike(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Fighter jets destroyed a chemical weapons depot near the capital", None),
    ("Rebels destroyed a chemical weapons plant, killing two guards", 2),
    ("Fighter jets destroyed the home of a rebel commander", None),
    ("Militants destroyed the houses of two policemen", None),
    ("Troops destroyed the homes of villagers, killing three", 3),
])
def test_arms_and_homes_destroyed_by_force_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# Fighting that has gone on for months or more is a state of affairs told as background; a fresh act or
# toll beside it is news.
def test_fighting_for_months_is_a_state_of_affairs(rules):
    _quiet(rules, "The officials order aid agencies to leave. Despite two peace deals, low-level fighting and "
                  "shelling have continued in the region for over a year")


@pytest.mark.parametrize(("text", "killed"), [
    ("Fighting has raged for months in the region, and shelling killed three people on Monday", 3),
    ("Heavy fighting continued for a second day in the town, killing 12", 12),
])
def test_a_fresh_act_beside_a_long_war_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A beheading that its sentence calls an execution, or ties to a conviction, with no armed doer named, is
# a sentence carried out by a state; militants or troops who behead, or a murder of an execution's
# manner, are violence.
@pytest.mark.parametrize("text", [
    "Lawmakers in the republic protest after the kingdom used a sword to behead a maid without telling them "
    "it planned to execute her",
    "The republic bans its workers from the kingdom following the execution of a maid who was beheaded",
    "The kingdom beheads a man convicted of smuggling drugs",
])
def test_capital_punishment_is_no_armed_violence(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Militants behead 20 prisoners in an execution video", 20),
    ("Gunmen behead a soldier in an execution-style killing", 1),
    ("Troops executed villagers and beheaded two, officials said", 2),
])
def test_beheadings_by_armed_doers_still_alert(rules, text, killed):
    _alert(rules, text, killed)


def test_captives_executed_with_no_sentence_named_still_alert(rules):
    _alert(rules, "Twelve hostages were executed, and four more people were killed in new kidnappings", 16)


# A death declared by a legal act is the status of someone missing; a death stated at the scene of an
# attack, or feared after one, still reports the attack.
@pytest.mark.parametrize("text", [
    "The family files an application to formally declare the diplomat (born in 1912) to be dead. He saved "
    "thousands in the war only to disappear at the hands of the secret police",
    "A court declares the missing sailors legally dead",
])
def test_a_death_declared_by_law_is_no_casualty(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Two soldiers were declared dead after the ambush on their convoy", 2),
    ("The victim was declared dead at the scene after gunmen opened fire", None),
    ("The nine crew are presumed dead after their boat was shelled", None),
])
def test_a_death_stated_after_an_attack_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A when-clause of a year is history past the commas of an apposition; "and" before a new act ends it.
def test_a_when_clause_of_a_year_runs_past_an_apposition(rules):
    _quiet(rules, "The president begins the first visit by a leader of the republic to the country since 1983, "
                  "when northern commandos tried to assassinate the then president, Chun, in a bomb attack")


@pytest.mark.parametrize("text", [
    "Not since 2004, when a bomb killed 20, has the city seen such violence, and on Monday rebels shelled the market",
    "The town was last attacked in 1998, when rebels shelled it for a week; on Monday, gunmen killed three villagers",
])
def test_an_act_after_a_when_clause_of_a_year_still_alerts(rules, text):
    _alert(rules, text)


# A picture "of" what it shows is a record, as one "showing" it: an act in its content is no report; a toll
# counted there, or the act told by a sentence of its own, is news.
def test_an_act_in_the_content_of_footage_of_is_no_report(rules):
    _quiet(rules, "State television shows footage of a foreign surveillance drone that its forces claim to have "
                  "shot down")


@pytest.mark.parametrize(("text", "killed"), [
    ("State television shows footage of the attack on the market that killed five people", 5),
    ("A video of militants storming the base emerges; the raid killed 12 soldiers on Monday", 12),
])
def test_a_toll_or_an_act_beside_footage_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A toll named as rising with no count is the running total of a war, a trend and a topic; a toll given a
# count, or an act beside it, is news.
def test_a_rising_toll_with_no_count_is_a_trend(rules):
    _quiet(rules, "The rebels express outrage that a film mocking the prophet stirs more anger than the rising "
                  "death toll within the country")


@pytest.mark.parametrize(("text", "killed"), [
    ("The rising death toll from the bombing reached 30 on Tuesday", 30),
    ("The mounting death toll grows as jets pound the city", None),
])
def test_a_counted_toll_or_an_act_beside_it_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A diplomatic act set a day or more after an act answers it as yesterday's news, whatever its toll; a lag
# under another main clause, a lag of hours, or an act beside the diplomacy is news.
@pytest.mark.parametrize("text", [
    "The republic evacuates all its diplomats and their families one day after an attack on its embassy left one dead",
    "The kingdom recalls its envoy two days after gunmen killed a consul in the capital",
])
def test_diplomacy_days_after_an_act_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Police sealed off the square, a day after a car bomb killed 12 people there", 12),
    ("The republic evacuates its diplomats hours after an attack on its embassy left one dead", 1),
    ("The embassy closes as gunmen kill two guards outside its gates", 2),
])
def test_an_act_not_days_before_diplomacy_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


def test_an_accusation_of_harm_days_after_an_act_still_alerts(rules):
    _alert(rules, "The republic accuses its neighbour of shooting dead five of its soldiers on the border, a day "
                  "after three of the neighbour's troops were killed")


# An act that something comes before, or is done to avert, has not happened; an attack attributed to a
# sponsor is known before. Acts told beside them alert.
@pytest.mark.parametrize("text", [
    "The superpower withdraws its troops from the border region ahead of an expected offensive by its ally",
    "The two powers agree to create a buffer zone around the province to avert a government offensive",
    "The kingdom says the drone attacks on its oil plants were sponsored by its rival",
])
def test_acts_to_come_or_attributed_are_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Jets pounded the city ahead of a ground offensive", None),
    ("Rebels shelled the town to avert a government offensive, killing two", 2),
    ("Troops withdraw ahead of an offensive as rockets kill five in the north", 5),
])
def test_acts_beside_an_offensive_to_come_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# A span of weeks or more of fighting after an after-word names a period told whole, where the main clause
# ends it or answers it; a main clause of war, a span of days, or a fresh act beside it is news.
@pytest.mark.parametrize("text", [
    "The two republics agree to a ceasefire after two weeks of fighting over the enclave that killed hundreds",
    "Peace talks between the two governments resume after months of clashes in the north",
])
def test_a_truce_after_weeks_of_fighting_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("The army retakes the city after three months of fighting that killed 2,000", 2000),
    ("The rebels seize the town after three days of fighting that killed 40", 40),
    ("Talks resume after months of clashes, as rebels shell the port, killing 3", 3),
])
def test_war_after_a_span_of_fighting_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# An event listed after a comma ("including", "such as") with the object of a reaction is of that object;
# a list after an act, or a clause of its own, is news.
@pytest.mark.parametrize("text", [
    "The international court opens an investigation into alleged war crimes in the country, including killings "
    "by foreign troops",
    "The council condemns the violence in the region, such as the bombing of a school that killed 30",
])
def test_an_act_listed_with_a_reactions_object_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels attacked several towns, including raids that killed 12", 12),
    ("The council condemns the attack on the convoy as gunmen kill two aid workers", 2),
])
def test_a_list_after_an_act_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A count far from the event word after a reaction counts its object, not a toll ("charges two men with
# the murder of"); a count right before a casualty word is a toll of its own.
def test_a_count_of_the_accused_is_no_toll(rules):
    _quiet(rules, "The kingdom charges two men with the attempted murder of a former spy and his daughter")


@pytest.mark.parametrize(("text", "killed"), [
    ("The kingdom charges two men as gunmen kill three guards at the court", 3),
    ("Rebels ambushed a patrol in the valley, and two soldiers were killed", 2),
])
def test_a_toll_beside_a_reaction_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# An act named by a noun as the subject of a name given to it ("was an act of war", "was a war crime",
# "was illegal") is known before; the act reported in a sentence of its own, or another act beside it, is news.
@pytest.mark.parametrize("text", [
    "The council says the air strike on the school was a war crime",
    "The minister says the raid on the border post was illegal",
])
def test_an_act_given_a_name_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("An air strike on the school killed 20 children; the council says the strike was a war crime", 20),
    ("Rebels say the raid on the base was justified as jets strike the town", None),
])
def test_an_act_reported_beside_its_name_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# The act a death noun says the death came by ("the killing of X in a drone strike") is told in the death's
# scope: a threat's topic or a denial with it. Confirmed deaths and their act are news.
@pytest.mark.parametrize("text", [
    "The republic vows harsh revenge for the killing of its top general in a drone strike near the airport",
    "The army denies the killing of two farmers in an air strike",
])
def test_the_act_of_a_death_in_a_scope_shares_it(rules, text):
    _quiet(rules, text)


def test_the_act_of_a_confirmed_death_still_alerts(rules):
    _alert(rules, "Officials confirm the deaths of five soldiers in a roadside bombing", 5)


# Fighting named by a bare noun in an as-, while- or amid-clause after a diplomatic act is its backdrop; a
# toll, a weapon or a doer named beside it, or fighting told on its own, reports an event.
@pytest.mark.parametrize("text", [
    "The Secretary-General of the United Nations visits the republic as fighting continues near the eastern city",
    "The envoy urges all parties to observe a humanitarian truce amid fighting near the capital",
])
def test_fighting_as_the_backdrop_of_diplomacy_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Peace talks open in the capital as clashes kill 12 in the north", 12),
    ("The envoy visits the city as rebels shell the port", None),
    ("Fighting continues near the eastern city", None),
])
def test_fighting_told_as_an_event_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# An event told in a relative clause of what a marker of the past names (an anniversary, a memorial, a
# wreath) is that past event; "and" before a new act ends the clause, and an act at such a place is news.
@pytest.mark.parametrize("text", [
    "The president marks the 25th anniversary of the genocide in which 800,000 people were killed",
    "The president lays a wreath at the site where the airliner was shot down, killing all 298 people on board",
])
def test_an_event_in_a_relative_clause_of_a_remembrance_is_history(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Mourners mark the anniversary of the bombing, and on Monday gunmen killed three in the town", 3),
    ("A bomb exploded near the war memorial where veterans had gathered, killing 4", 4),
])
def test_an_act_beside_a_remembrance_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# The cause a retaliation or a revenge is for is an act known before, like the object of "in retaliation
# for"; the retaliation done, or a fresh act, is news.
@pytest.mark.parametrize("text", [
    "The president says the country will not retaliate militarily for the missile attack on its bases that "
    "injured more than 100 troops",
    "The militia vows revenge for the raid on its headquarters that killed its commander",
])
def test_the_cause_of_a_retaliation_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Jets struck militia bases to retaliate for a rocket attack on the airport", None),
    ("The government vows revenge after gunmen killed 12 soldiers", 12),
])
def test_a_retaliation_done_or_a_fresh_act_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# People described by a relative clause of their capture, with the act they were taken in, are people
# known, and the act how they were taken; a capture or a killing told with a subject of its own is news.
def test_the_act_that_known_captives_were_taken_in_is_no_report(rules):
    _quiet(rules, "The state announces it has jailed 480 of the people it captured in its commando raid on the "
                  "aid flotilla, while 40 others will be expelled")


@pytest.mark.parametrize(("text", "killed"), [
    ("Commandos captured 500 activists in a raid on the flotilla", None),
    ("Troops killed nine people in a raid on the flotilla", 9),
])
def test_a_capture_or_killing_told_as_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
