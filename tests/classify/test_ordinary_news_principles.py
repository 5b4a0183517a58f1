"""Ordinary news in words that sound violent, told apart by principle (issue 9), by the rules alone
(no topic gate): each quiet case stands beside the real violence in the same words that must still
alert. The sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A death told without its cause (dies, the death of, bodies) is a casualty of violence only where
# the item names arms, fighters, a violent act, a war or a protest.
@pytest.mark.parametrize("text", [
    "The Dutch landscape painter dies in Utrecht, his gallery says",
    "Parliament holds a minute of silence following the death of the former speaker",
    "Seventeen migrants are found dead in a lorry at the port",
    "The death of the tax reform in the upper house divides the ruling parties",
    "The old lion of the city zoo dies, keepers say",
])
def test_a_death_with_no_cause_named_is_no_casualty(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Three soldiers die when their patrol comes under fire near the border", 3),
    ("Seventeen people are found dead after militants raid the village", 17),
    ("Four civilians die in the shelling of the eastern suburbs", 4),
    ("Five protesters die as riot police break up the sit-in", 5),
    ("Twelve people have died in a week of ethnic violence in the north", 12),
    ("A wounded fighter died of his wounds in hospital on Monday", 1),
])
def test_a_death_beside_arms_fighters_or_war_is_still_a_casualty(rules, text, killed):
    _alert(rules, text, killed)


# An event word capitalised inside a title or a name reports nothing; the same words in running
# text, and a headline in title case, still do.
@pytest.mark.parametrize("text", [
    "The city theatre opens its season with a new staging of Death of a Salesman",
    "Her second novel, A Short History of Four Killings, wins the national book prize",
    "Divers find the wreck of a frigate sunk during the Battle of the Nile",
    "The chat show host Maria Assault signs a new contract with the network",
])
def test_an_event_word_in_a_title_or_name_is_no_event(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen attacked the theatre during a staging of Death of a Salesman, killing two", 2),
    ("Rebels Kill Eight In Raid On Border Village", 8),
    ("Yesterday US Predator strikes killed four fighters near the border", 4),
])
def test_the_same_words_reporting_an_event_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# A reaction to an event (condemned, denounced, mourned, in the wake of it) is the news; the event is
# its object, reported before. The event reported in its own clause still alerts.
@pytest.mark.parametrize("text", [
    "The foreign ministry condemns the bombing of its consulate in the port city",
    "Villagers mourn the nine fishermen killed at sea by pirates last spring",
    "In the wake of the shootings at the fair, the council tightens its rules on permits",
    "The bishop denounces the killings of land activists in the province",
])
def test_a_reaction_to_an_event_is_no_report_of_it(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A bomb exploded outside the consulate, killing three guards; the ministry condemned the bombing", 3),
    ("Pirates killed nine fishermen at sea on Sunday, and villagers gathered to mourn them", 9),
])
def test_the_event_reported_beside_the_reaction_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A violent event dated by a bare year or decade after it ("in 1981", "in the 1860s") is history; a
# fresh report dates its event by a day or a month, and an incident record opens with its year.
@pytest.mark.parametrize("text", [
    "The museum gets back manuscripts looted during an invasion of the island in the 1860s",
    "The governor pardons the man who tried to assassinate her predecessor in 1981",
    "A court reopens the case of the reporter whose car was bombed in 2003",
    "Survivors gather at the school where the April 1999 shooting took place",
])
def test_an_event_dated_by_a_bare_year_is_history(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen attacked a police post on 3 May 2019, killing five officers", 5),
    ("In 2019, gunmen attacked a police post in the north, killing five officers", 5),
    ("Gunmen attacked a police post in May 2019, killing five officers", 5),
])
def test_an_event_dated_by_its_day_or_month_is_news(rules, text, killed):
    _alert(rules, text, killed)


# Aftermath: sanctions over an event and the remembrance of its victims report no new violence.
@pytest.mark.parametrize("text", [
    "The union imposes new sanctions over the shelling of the river port",
    "Fans hold a minute's silence for the victims of the stadium bombing",
    "Archaeologists find the skeleton of a soldier stabbed to death in a medieval battle",
])
def test_aftermath_and_remembrance_are_no_new_violence(rules, text):
    _quiet(rules, text)


# Senses named by their context: a drill acts out violence, a capability is no act, a network under
# attack is a computer's, a party's battle is politics.
@pytest.mark.parametrize("text", [
    "Navy pilots fly mock attacks on a destroyer during the annual exercise",
    "The new rocket can strike targets 300 km away, the ministry says",
    "The bank says hackers attacked its computer systems overnight",
    "The battle to succeed the party leader turns bitter as the nomination nears",
])
def test_non_violent_senses_known_from_their_context(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels hid a bomb in a drink can at the market, killing four", 4),
    ("Gunmen attacked the party leader's convoy, killing two guards", 2),
    ("Warplanes struck a fuel depot on Monday, killing three workers", 3),
])
def test_the_violent_senses_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# In a sentence about a crash or a sinking, an aircraft, ship or vehicle is what crashed, not arms used.
@pytest.mark.parametrize("text", [
    "A military helicopter crashed during a training flight, killing four crew",
    "Two air force jets collided over the sea and both pilots were killed",
    "A fuel tank truck crashes and explodes on the ring road, injuring nine",
])
def test_a_vehicle_in_an_accident_is_no_weapon(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels shot down a military helicopter, killing four crew", 4),
    ("Armed men used explosives to blow open the prison gate, killing two guards", 2),
])
def test_arms_used_on_or_with_a_vehicle_are_violence(rules, text, killed):
    _alert(rules, text, killed)


# One person, named so: with an age and a name, or as the subject of a passive casualty phrase.
@pytest.mark.parametrize(("text", "killed"), [
    ("34y.o. Petro Hnatiuk killed by enemy shelling near the river on Monday", 1),
    ("A 41-year-old Maria Lenko was killed when a shell hit her house", 1),
    ("A market trader was killed when gunmen opened fire on the square", 1),
])
def test_one_person_named_is_one_killed(rules, text, killed):
    _alert(rules, text, killed)


# A total with its parts in apposition counts once; an aside between commas that is no list of the
# total's parts counts nothing.
@pytest.mark.parametrize(("text", "injured"), [
    ("Gunmen opened fire on the market; twelve people, seven traders and five shoppers, were injured", 12),
    ("Two soldiers were killed and 9 others, 4 medics and 5 drivers, wounded in the ambush", 9),
])
def test_a_total_with_its_parts_in_apposition_counts_once(rules, text, injured):
    event = rules.classify(text)
    assert event.injured == injured, (text, event.injured)


def test_an_aside_between_commas_is_no_count(rules):
    event = rules.classify("Rebels shelled the base; five soldiers, officials said, were injured")
    assert event.injured is None


# More senses known from context: a part played in an event told in a case, "offensive" for rude,
# software under attack, a funeral for the dead of an event.
@pytest.mark.parametrize("text", [
    "A court jails a former guard for his role in the prison massacre",
    "The broadcaster pulls the advert after viewers found it offensive",
    "A flaw in the router software leaves millions of homes open to attack",
    "Thousands attend a funeral for the five miners killed in the ambush",
])
def test_more_senses_known_from_context(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Government forces fired mortar rounds at mourners, killing six", 6),
    ("Gunmen killed the guard of the court that jailed their leader", 1),
])
def test_violence_beside_those_words_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Weapons fired at no one, acts by anyone at all, acts weighed, attacks on values: no strike or attack.
@pytest.mark.parametrize("text", [
    "The north fires a ballistic missile that flies 600 km before landing in the Sea of Japan",
    "The minister says any country that attacks its ships will regret it",
    "The council is weighing air strikes on smuggling routes, officials say",
    "Opposition leaders call the emergency decree an attack on democracy",
])
def test_no_act_on_anyone_is_no_violence(rules, text):
    event = rules.classify(text)
    assert not {"strike", "attack", "casualty"} & set(event.types), (text, event.types)


def test_bodies_that_bear_the_marks_of_violence_are_casualties(rules):
    _alert(rules, "Nine mutilated bodies are found in a ravine outside the port city", 9)


# A base or a store of arms is a place: a strike on it is military, but an explosion at it, in an
# accident, names no arms used.
def test_an_accident_at_a_store_of_arms_is_no_attack(rules):
    _quiet(rules, "Nine workers are killed in an accident at a munitions dump outside the capital")


@pytest.mark.parametrize(("text", "kind"), [
    ("Iran struck a US base in Iraq overnight", "strike"),
    ("Heavy fighting is reported near the army base, amid fears it could plunge the region into war", "attack"),
])
def test_a_strike_or_fighting_at_a_base_is_still_violence(rules, text, kind):
    assert kind in rules.classify(text).types


# Authorities ruling out an attack make a car driven into people a mishap; their naming it an
# attack keeps it one.
def test_a_crash_the_police_rule_out_as_terrorism_is_no_casualty(rules):
    _quiet(rules, "Six pedestrians are injured when a car mounts the pavement; police say it is not terror related")


def test_a_car_driven_into_people_by_an_attacker_alerts(rules):
    _alert(rules, "An attacker drove a car into pedestrians on the bridge, killing three", 3)


# A death with no cause in a clause after "following"/"after" is the background of other news; a
# killing or a fight there is news of its own.
def test_following_a_death_told_without_cause_is_background(rules):
    _quiet(rules, "The king's brother is named regent following the death of the king")


@pytest.mark.parametrize(("text", "killed"), [
    ("The sides agree to a short truce after a firefight caused the death of 20 fighters", 20),
    ("Soldiers fire on protesters at the checkpoint, killing two", 2),
])
def test_a_killing_in_the_same_place_is_news(rules, text, killed):
    _alert(rules, text, killed)


def test_a_missile_test_fired_is_a_threat_not_a_strike(rules):
    event = rules.classify("The navy test fired a new cruise missile on Tuesday")
    assert "threat" in event.types and not {"strike", "attack"} & set(event.types)


# Violence that is only the object of a diplomatic, legal or investigative act or a reaction (an
# envoy summoned over it, men charged or arrested for it, an inquiry into it, a resolution banning
# it, protests at it) is an event reported before: the act is the news.
@pytest.mark.parametrize("text", [
    "The foreign ministry summons the ambassador over the shelling of a border post",
    "The capital recalls its envoy to the neighbouring state in connection with a raid on the palace",
    "Prosecutors charge two brothers in connection with the bombing of the harbour market",
    "Police arrest a teacher over the shooting of a shopkeeper in the old town",
    "The assembly adopts a resolution banning the summary killing of detainees",
    "The interior minister orders the police to investigate the recent bombing of a bus depot",
    "A jury acquits the guard of charges related to the shooting of an inmate",
    "Reporters gather in protest at the bombing of the newspaper offices",
    "The minister voices outrage at the massacre of villagers by the militia",
    "The court jails a former officer for the massacre of villagers in the valley",
    "The embassy expels two diplomats over the bombing of its consulate",
])
def test_violence_that_is_the_object_of_a_reaction_is_no_report(rules, text):
    _quiet(rules, text)


# The same acts beside violence told in a clause of its own, a toll counted before the death word,
# and an act tried rather than tried in court, still alert.
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen kill 12 at a market; the government imposes a curfew on the district", 12),
    ("Police open fire on protesters, killing five, as the council condemns the crackdown", 5),
    ("Protests against the land law left six dead in the capital", 6),
    ("Police arrest three men after gunmen shot dead two guards at the bank", 2),
    ("The envoy was summoned as rebels shelled the border town, killing four", 4),
])
def test_violence_told_beside_a_reaction_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


def test_an_attempt_is_no_trial(rules):
    """ "tried to storm" is an attempt at violence: no reaction word makes it a topic."""
    event = rules.classify("Gunmen tried to storm the town hall overnight")
    assert "attack" in event.types


# Weapons launched at nothing named (no target in their clause, no violence, casualty or sinking in
# their sentence) by a state or an unnamed launcher are a test, a show of force or a space launch: a
# threat at most. A target, a toll or a sinking makes them fire, and an armed group's rockets are
# aimed at someone even where the target goes unnamed.
@pytest.mark.parametrize("text", [
    "The northern state fires three short-range ballistic missiles from its west coast",
    "The republic launches a new cruise missile from a submarine for the first time",
    "The space agency launches a heavy rocket carrying two weather satellites",
])
def test_weapons_launched_at_nothing_named_are_no_strike(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Artillery fired shells at the border villages overnight",
    "Troops fired rockets into the valley, the governor says",
    "Insurgents fired mortars from the hills",
    "The navy fired two missiles, sinking a patrol boat",
])
def test_weapons_fired_at_a_target_or_by_fighters_still_alert(rules, text):
    _alert(rules, text)


# A reaction names the event that caused it (a reaction to it, blame for it or its lifting): that event
# is its cause, reported before. An act done in answer to violence, told in its own clause, alerts, and
# so does the violence it answers (a series of attacks answered by strikes is still going on).
@pytest.mark.parametrize("text", [
    "The minister says the nation's reaction to Sunday's bombings must be calm",
    "The cabinet meets to discuss public reactions to the chemical attack on the suburb",
    "The inquiry finds the colonel is held responsible for the massacre at the river crossing",
    "A tribunal clears the pilot over the shooting down of the airliner",
])
def test_the_event_a_reaction_answers_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "In retaliation for the raid, militants fired rockets at the town, wounding two",
    "Government jets bomb rebel positions in the hills in response to the ambush",
    "The strikes come in response to a series of attacks against border posts by the militia",
])
def test_the_act_done_in_answer_still_alerts(rules, text):
    _alert(rules, text)


# History told by its distance or its year: the event a span of weeks or years is counted from ("two
# weeks after the bombings", "five years since"), and a when-clause describing a bare year ("in 1979,
# when students stormed the embassy"). Days and hours after an event, and the event reported in its
# own clause after the span, are news.
@pytest.mark.parametrize("text", [
    "Two weeks after the suicide bombings, the airport reopens to passengers",
    "Six months after the school shooting, the families gather for a vigil",
    "Five years since the bombing of the stadium, the club plays there again",
    "In 1979, when students stormed the embassy, the diplomats hid in the basement",
    "The envoy's visit is the first since 1983, when commandos tried to kill the president in a bomb attack",
])
def test_an_event_counted_from_or_dated_by_its_year_is_history(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Fighting broke out again months after the truce, killing four", 4),
    ("Two days after the ambush, gunmen attacked a second convoy, killing three", 3),
])
def test_the_event_after_the_span_is_news(rules, text, killed):
    _alert(rules, text, killed)


def test_a_death_days_after_a_shooting_is_still_its_toll(rules):
    _alert(rules, "The boxer dies four days after being shot in his hometown")


# The object of a reaction may be quoted, taken by a participle, or hold its own determiner ("protest
# the death of"); a reaction word right before an event word is a compound noun, no reaction: "a
# convict killed a guard" reports a killing.
@pytest.mark.parametrize("text", [
    "The colonel is held responsible for the \"cold-blooded shooting\" of two guards",
    "The assembly passes a resolution declaring the mass killings a genocide",
    "Thousands march to the capital to protest the death of a farmer",
])
def test_a_quoted_or_participle_object_of_a_reaction_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A convict killed a guard in the jail on Monday", 1),
    ("Four convicts killed as shells hit the jail", 4),
])
def test_a_reaction_word_as_a_noun_before_the_event_is_no_reaction(rules, text, killed):
    _alert(rules, text, killed)


# Office lost or ties cut over an event (a resignation, a dismissal, a boycott) are reactions too, and
# the object before the preposition may join two names with "and"; a second verb joined by "and"
# reports an act of its own.
@pytest.mark.parametrize("text", [
    "Parliament votes to dismiss the defence and interior ministers over continued shelling by the neighbour",
    "The court acquits the mayor and six aides of the massacre at the mill",
    "The minister resigns over the bombing of the rail depot",
])
def test_office_lost_over_an_event_is_no_report(rules, text):
    _quiet(rules, text)


def test_a_second_verb_after_a_reaction_is_an_act(rules):
    _alert(rules, "Police arrest three men and fire on the crowd at the gate")


# Readiness to act ("locked and loaded", "poised to") and an act said in its own clause to be called
# off, cancelled or postponed are threats, not acts; an act beside them in a clause of its own is one.
@pytest.mark.parametrize("text", [
    "The president says the forces are locked and loaded to attack the rebel camps",
    "Officials say a retaliatory strike on the radar sites was called off at the last minute",
    "The ground assault on the port has been postponed, the ministry says",
])
def test_readiness_and_acts_called_off_are_threats(rules, text):
    event = rules.classify(text)
    assert "threat" in event.types and not ALARMS & set(event.types), (text, event.types)


@pytest.mark.parametrize("text", [
    "Gunmen attacked the convoy, and the talks were postponed",
    "The ground assault on the port was postponed as rockets hit the town",
])
def test_an_act_beside_one_called_off_still_alerts(rules, text):
    _alert(rules, text)


# People seized before, whose release the sentence tells, are described by their capture: the release
# is the news. A capture told as a main verb, or an active one with its object, is news of its own,
# and a video released frees no one.
@pytest.mark.parametrize("text", [
    "Three aid workers kidnapped in the south in May are freed",
    "A minister who was abducted last week is released",
    "Six kidnapped aid workers are released in the south",
])
def test_captives_set_free_are_no_new_capture(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "The premier is kidnapped from a hotel but later released",
    "Rebels kidnapped five workers and released two of them",
    "The group releases a video of four hostages kidnapped in the valley",
])
def test_a_capture_told_as_news_still_alerts(rules, text):
    _alert(rules, text)


# An attack noun that is what a speaker calls a policy, a ruling or a plan is a judgement of it, no
# event...
@pytest.mark.parametrize("text", [
    "The mayor describes the court ruling as an attack on the city and its residents",
    'The governor calls the federal budget "an attack on the city"',
    "Unions denounced the pension bill as a direct attack on workers",
    "The opposition leader branded the new levy an assault on families",
    # ...or what a thing is said to be, or seen as
    'The mayor said the ruling was "an attack on the city and its people"',
    "Critics say the museum closure is an attack on the city's culture",
    "The governor says the funding cuts amount to an attack on the state",
    "Residents see the new motorway as an attack on the neighbourhood",
])
def test_an_attack_that_a_speaker_calls_a_policy_is_a_judgement(rules, text):
    _quiet(rules, text)


# ...but where what is so called is violence, or a pronoun that may stand for it, or the attack is
# told in a clause of its own, it is the event.
@pytest.mark.parametrize(("text", "killed"), [
    ("The minister called the bombing an attack on the nation, after it killed twelve", 12),
    ("A blast tore through a bus in the capital. Police called it an attack on commuters.", None),
    ("Gunmen stormed a hotel; the president called the raid a cowardly attack on the country", None),
    ("Residents called police to report an attack on a shop in the square", None),
    ('"This is an attack on our city," the mayor said after the bombing that killed six', None),
    ("Officials said the shooting at the embassy was an attack on the nation", None),
    ("Witnesses saw soldiers launch an attack on the village at dawn", None),
])
def test_an_attack_called_so_after_violence_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A battle or a fight whose object is an amount that grows (a surge, a rise, a wave, an outbreak) is a
# struggle against a trend...
@pytest.mark.parametrize("text", [
    "The island battles a surge in cases of the new variant",
    "The province is battling a sharp rise in overdoses among teenagers",
    "Growers battle a fresh wave of locusts across the southern plains",
])
def test_a_battle_against_a_trend_is_no_fighting(rules, text):
    _quiet(rules, text)


# ...but a battle against fighters, or with arms or a toll in its clause, is fighting.
@pytest.mark.parametrize(("text", "killed"), [
    ("Troops battle a surge of insurgents in the valley, killing 12", 12),
    ("Government forces battled rebels for control of the river town", None),
    ("Soldiers fought a fresh wave of militant attacks on the outposts overnight", None),
])
def test_a_battle_against_fighters_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A gang named by its cyber trade is hackers, and their attacks are cyber attacks...
@pytest.mark.parametrize("text", [
    "A ransomware gang attacks the county's emergency dispatch system",
    "A cybercrime gang targets the payroll servers of two airlines",
])
def test_a_gang_of_hackers_is_no_armed_group(rules, text):
    _quiet(rules, text)


# ...while an armed gang attacks people, and a hacker shot is a casualty.
@pytest.mark.parametrize(("text", "killed"), [
    ("A criminal gang attacks a cash van on the ring road, killing two guards", 2),
    ("The leader of a ransomware gang is shot dead by gunmen in the capital", 1),
])
def test_an_armed_gang_or_a_shot_hacker_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Mourning and a state funeral follow deaths of any cause: they tell no accident or illness, so a
# bombing told beside them is still news, and a natural death beside them stays quiet by its own words.
@pytest.mark.parametrize("text", [
    "Former president Ali Hassan dies at 91. The government declared three days of mourning.",
    "Veteran singer dies in hospital; three days of mourning declared",
    "The country's longest-serving leader has died after a long illness; a state funeral will be held on Friday.",
])
def test_a_death_mourned_with_no_violence_is_quiet(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A bomb killed 40 people at a market. The president declared three days of mourning.", 40),
    ("Gunmen shot dead 12 worshippers at a mosque; a state funeral will be held on Friday.", 12),
])
def test_mourning_after_an_attack_leaves_the_attack_news(rules, text, killed):
    _alert(rules, text, killed)


# A government's measures (a court or parliament dissolved, reforms announced, a cabinet reshuffled,
# property confiscated) taken after unrest named by a bare noun whose toll a relative clause tells
# answer that unrest as a thing known: the aftermath is the news...
@pytest.mark.parametrize("text", [
    "The ruling council dissolves the constitutional court after riots that left five people dead",
    "The king announces sweeping reforms following unrest that saw six protesters killed",
    "The prime minister reshuffles his cabinet after clashes that killed nine people in the south",
    "The junta will confiscate the property of strike leaders after protests that left three dead",
])
def test_a_government_measure_after_unrest_told_by_its_toll_is_its_aftermath(rules, text):
    _quiet(rules, text)


# ...but unrest told by a subject and its verb, violence done in the main clause, or an emergency
# declared beside the clashes still report them.
@pytest.mark.parametrize(("text", "killed"), [
    ("The ruling council dissolves the constitutional court after soldiers killed five protesters", 5),
    ("The king announces reforms after clashes in the capital kill six people", 6),
    ("Riot police fire on marchers after clashes that killed nine people in the south", 9),
    ("The president declares a curfew after clashes that killed nine people in the port city", 9),
    ("Troops dissolve the rally by force, killing two protesters", 2),
])
def test_unrest_told_as_news_beside_a_measure_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# An act done citing an event gives it as the act's reason, a thing known, and a toll joined by "and"
# to one told in the past shares its scope...
@pytest.mark.parametrize("text", [
    "The security minister resigns, citing Friday's bombings at the rail station that killed 31 people",
    "The police chief steps down, citing the attacks on two polling stations in the north",
    "The security minister resigns, citing Friday's bombings that killed 31 people and wounded 70 others",
    "The interior minister resigns after the raid that killed eight people and injured at least 20",
])
def test_an_act_citing_an_event_or_its_joined_toll_is_its_aftermath(rules, text):
    _quiet(rules, text)


# ...while a toll joined to one told as news is news too, and a report that cites its source still
# reports the killing.
@pytest.mark.parametrize(("text", "killed"), [
    ("Bombers killed 31 people and wounded 70 others at the rail station on Friday", 31),
    ("Citing witnesses, the agency says police shot dead two marchers in the capital", 2),
    ("Troops shell the village, killing five, citing an attack on their convoy", 5),
])
def test_a_toll_told_as_news_or_a_cited_source_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A reaction phrase that holds its own preposition ("rally against", "vigil for") takes its object with
# no determiner: people gathered against a kind of killing are the news...
@pytest.mark.parametrize("text", [
    "Thousands rally against police killings in the capital",
    "Students march against extrajudicial killings outside the justice ministry",
    "Families hold a vigil for shooting victims outside the town hall",
])
def test_a_gathering_against_a_kind_of_killing_is_no_report_of_one(rules, text):
    _quiet(rules, text)


# ...while a killing told beside the gathering, in a clause of its own, is news.
@pytest.mark.parametrize(("text", "killed"), [
    ("Thousands rally against the junta while troops kill two protesters", 2),
    ("Thousands rally against the junta after soldiers kill two protesters in the capital", 2),
    ("Students march against the new law as riot police open fire, killing three", 3),
])
def test_a_killing_beside_a_gathering_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A group banned or outlawed is described by the attacks it claims: the claim is its record, the ban
# the news...
@pytest.mark.parametrize("text", [
    "The government bans two groups that claim responsibility for attacks on police",
    "The interior ministry outlaws an armed group that claimed the bombings in the capital",
    "Parliament bans a militia that has claimed credit for bombings of rail lines",
])
def test_a_ban_on_a_group_that_claims_attacks_is_no_attack(rules, text):
    _quiet(rules, text)


# ...while a claim told as news, with its toll, and force used on the group still alert.
@pytest.mark.parametrize(("text", "killed"), [
    ("A militia claims responsibility for attacks on two police stations that killed five officers", 5),
    ("Police raid the offices of a group that claimed the bombing, killing two of its members", 2),
])
def test_a_claimed_attack_with_its_toll_or_a_raid_on_the_group_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Files, archives, a documentary or a memoir on an event tell of it as their topic, a thing known...
@pytest.mark.parametrize("text", [
    "The state archives release files on the assassination of the independence leader",
    "A documentary on the bombing of the cathedral opens the city's film festival",
    "The retired general's memoir about the shelling of the port tops the bestseller list",
])
def test_a_document_on_an_event_is_no_report_of_it(rules, text):
    _quiet(rules, text)


# ...while violence done to the archives or beside them is news.
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen storm the state archives, killing two guards", 2),
    ("Rebels burned the court archives and shot dead three clerks", 3),
])
def test_violence_at_the_archives_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# An armed group named as what a person led or founded says who the person was: one death told with no
# cause is theirs, an obituary...
@pytest.mark.parametrize("text", [
    "The leader of a former rebel group dies in the capital",
    "The founder of the insurgent movement has died, his family says",
    "The chairman of the disbanded militia dies in exile at 88",
])
def test_the_death_of_a_person_who_led_an_armed_group_is_no_casualty(rules, text):
    _quiet(rules, text)


# ...while fighters named as the dead, more than one dead, or a cause of death named still alert.
@pytest.mark.parametrize(("text", "killed"), [
    ("Two rebels die in the capital", 2),
    ("The leader of the rebel group and two of his guards died in the capital", None),
    ("The leader of a rebel group dies in an air strike in the north", 1),
])
def test_fighters_dying_or_a_leader_killed_by_arms_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A word of earlier time in an after-clause places its killing before the news, which is the main
# clause's, whoever the clause says did it...
@pytest.mark.parametrize("text", [
    "The opposition calls a general strike after security forces killed 12 marchers last week",
    "After soldiers shot dead nine students earlier this month, the rector closed the university",
    "The ruling party suspends its campaign after police recently killed two of its supporters",
])
def test_a_killing_dated_earlier_behind_other_news_is_its_background(rules, text):
    _quiet(rules, text)


# ...while a day keeps it news, and violence in the main clause or joined to it is reported.
@pytest.mark.parametrize(("text", "killed"), [
    ("The opposition calls a general strike after security forces killed 12 marchers on Monday", 12),
    ("After soldiers shot dead nine students on Tuesday, the rector closed the university", None),
    ("Police fired on mourners after soldiers killed 12 marchers last week, killing three more", 3),
])
def test_a_killing_dated_by_its_day_or_in_the_main_clause_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Justice or accountability sought for the dead of an event takes it as its object...
@pytest.mark.parametrize("text", [
    "The new government promises justice for the 300 marchers killed during the uprising",
    "Families demand accountability for the killings of students in the capital",
    "Widows demand justice for police killings in the slums",
])
def test_justice_sought_for_the_dead_is_no_report_of_their_deaths(rules, text):
    _quiet(rules, text)


# ...while those who seek it, shot or attacked in a clause of their own, are news.
@pytest.mark.parametrize(("text", "killed"), [
    ("Police shot dead three marchers demanding justice for a slain activist", 3),
    ("Marchers demanding justice for slain activists were shot dead by police", None),
])
def test_people_seeking_justice_shot_in_a_clause_of_their_own_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# One attacks a person or a body, or clashes with them, *over* a matter in words; arms attack *on*,
# *in* or *at* a place. With no arms named, "attack X over Y" and "clashed over Y" are criticism and
# quarrel; a crowd's attack, or one on private people or buildings, is still violence.
@pytest.mark.parametrize("text", [
    "Opposition attacks ministers over hospital waiting lists",
    "Greens attack the mayor over the new ring road",
    "Rival ministers clashed publicly on Monday over the pension reform",
    "The two candidates clash over immigration in their final debate",
])
def test_attacked_or_clashed_over_a_matter_with_no_arms_is_words(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Gunmen attack the mayor's convoy over a land dispute",
    "A mob attacked a church over a rumour of blasphemy",
    "Farmers and herders clashed over grazing land, killing 12",
    "Insurgents attacked an army post over the weekend",
])
def test_attacks_and_clashes_over_a_matter_by_arms_or_crowds_still_alert(rules, text):
    _alert(rules, text)


# The target words among the weapon words ("positions", "targets") are what arms are fired at, never
# the doer of an armed verb.
def test_a_target_word_is_no_doer_of_an_armed_verb(rules):
    _quiet(rules, "The airline will cut 2,000 office positions and raised its savings target for 2027")
    _alert(rules, "Militants targeted army positions near the border")


# "Coalition" is an armed one where its leader, its kind, its arms or its fire say so; else, in an
# item that names no arms, it is a coalition of parties.
def test_a_coalition_with_no_arms_is_one_of_parties(rules):
    _quiet(rules, "Dutch coalition in turmoil as partners clash publicly over pensions")
    for text in ("The Saudi-led coalition clashed with Houthi fighters over the port",
                 "The coalition bombed the airport overnight", "Coalition jets clash with rebels over the valley"):
        _alert(rules, text)


# Cricket's attack is its bowlers: a pace attack that rips through a top order is a game; gunmen who
# attack a cricket team are not.
def test_a_bowling_attack_is_a_game(rules):
    _quiet(rules, "Australia's pace attack rips through the Indian top order in Perth")
    _alert(rules, "Gunmen attack a cricket team's bus in Lahore, wounding six players")


# The past as the background of today's news: an event named by its month and year with a relative
# clause that tells its toll, a month and year dating a clause that says who someone is, an attacker
# named in the possessive of his case, a word quoted alone in single quotes (a headline's 'attack').
@pytest.mark.parametrize("text", [
    "The inquiry concerns the June 2024 incident in which nine farmers and two guides were killed near the river",
    "The family of a teacher who was stabbed to death in Arras in October 2023 sued the state",
    "The supermarket gunman's federal death penalty trial is delayed again",
    "Estonia says its election was the target of a disinformation 'attack'",
    "Firefighters and water-bombing planes battle a wildfire near the coast",
])
def test_the_past_and_figures_in_todays_news_are_no_new_violence(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen killed nine farmers and two guides near the river on Tuesday", 11),
    ("A gunman shot dead three guards in Lyon on Monday, police said", 3),
    ("The pipeline bomber struck again overnight, wounding two workers", None),
    ("Militants launched an attack on a border post in the east", None),
])
def test_the_same_acts_told_as_news_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# Arms got for a use to come, and acts drills practise, are no acts: "to use in attacks", "practising
# precision strikes"; the same acts done are.
@pytest.mark.parametrize("text", [
    "Police arrest two men suspected of buying rifles for a militia to use in attacks on synagogues",
    "The navy held drills practising precision strikes on ports and blockades of the strait",
    "A sector commander of the bank's retail business was fired for fraud",
])
def test_acts_for_a_use_to_come_or_practised_are_no_acts(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Militiamen used the rifles in attacks on two synagogues, killing four", 4),
    ("The navy carried out precision strikes on ports, killing 3", 3),
    ("A blast in Islamabad's G-11 sector killed 12 people and wounded 27", 12),
])
def test_acts_done_still_alert(rules, text, killed):
    _alert(rules, text, killed)


def test_the_source_of_a_toll_is_no_victim(rules):
    # "killing at least 13 people, a military officer and witnesses said": the officer told of the toll
    assert rules.classify("A bomber blew himself up among recruits, killing at least 13 people, a military "
                          "officer and witnesses said").killed == 13
    assert rules.classify("Gunmen killed two soldiers, a medic and a driver, the army said").killed == 4


# The dead handed over, killings told as a rate, the dead of earlier fighting, what is set aside "rather
# than" done: none is an act told. The same words telling deaths of today still alert.
@pytest.mark.parametrize("text", [
    "Armenia receives the bodies of 40 soldiers in a repatriation agreed with Azerbaijan",
    "A turf war between gangs has driven up killings in the port city, the mayor told parliament",
    "Relatives mourn 12 fighters killed in earlier clashes as talks resume",
    "The exhibition shows life in besieged towns rather than fighting",
])
def test_handovers_rates_and_the_earlier_dead_are_no_new_violence(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Rescuers recover the bodies of 40 soldiers killed when rockets hit their barracks on Sunday", 40),
    ("Gang gunmen killed 12 people in the port city on Sunday night", 12),
    ("Twelve fighters were killed in clashes near the border on Monday", 12),
])
def test_deaths_told_today_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# An attack said not to have been one, or a bomb of a war long over, leaves the blasts and deaths of
# an item to mishaps; the damage a main clause tells is done by the act its after-clause names; a
# likeness to war is no war. Their violent twins still alert.
@pytest.mark.parametrize("text", [
    "A chain of explosions at an army ammunition depot killed two guards; officials ruled out sabotage",
    "A Second World War bomb went off at a building site, killing an excavator driver",
    "A gas main blast wrecked a terrace, and neighbours said it looked like a war zone",
    "Loud bangs that residents mistook for shelling came from a fuel depot fire",
])
def test_mishaps_told_as_such_are_no_attacks(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A chain of explosions at an army ammunition depot killed two guards after militants fired rockets at it", 2),
    ("An unexploded mine killed four children collecting firewood near the border", 4),
    ("A nine-storey block collapsed after a Russian missile strike, killing 12", 12),
    ("A petrol station burst into flames after being struck by a Russian drone; one person was killed", 1),
])
def test_acts_beside_mishap_words_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# A compound adjective of harm names a place's state ("famine-hit areas"), not an act, unless a weapon
# makes it ("a missile-hit block"); wounds reopened are a society's; spans of weeks and decades count
# no one.
@pytest.mark.parametrize("text", [
    "Aid agencies met in Geneva to push for access to famine-hit areas of the country",
    "The remarks reopen wounds three decades after the war, the foreign ministry said",
])
def test_compounds_and_figures_of_harm_are_no_acts(rules, text):
    _quiet(rules, text)


def test_the_acts_beside_them_still_alert(rules):
    _alert(rules, "Militants launched a counter-attack against army posts in the north")
    _alert(rules, "Gunmen attacked election offices, killing two and wounding nine, six weeks before the vote", 2)
    assert rules.classify("Gunmen attacked election offices, killing two and wounding nine, six weeks before "
                          "the vote").injured == 9


# Found on ordinary_news_fresh18 (war news reporting no new act; these sentences are written for the
# tests): a rehearsal for an act is no act; a dated name holds the compound of its event word; acts told
# as spread over past years are history; a court's "try him for" names the charge.
@pytest.mark.parametrize("text", [
    "The neighbour called the joint naval exercise a rehearsal for an invasion of the island.",
    "Investigators questioned the mayor over the June 2023 car-bombing at the port.",
    "The ministry cited kidnappings and shootings along the highway in recent years as it renewed the ban.",
    "Judges found grounds to try the former militia chief for the killings of villagers.",
])
def test_rehearsals_dated_compounds_past_years_and_trials_are_quiet(rules, text):
    assert not {"strike", "attack", "casualty"} & set(rules.classify(text).types)


@pytest.mark.parametrize("text", [
    # a new act in the same words, with no such frame
    "Troops launched an invasion of the island at dawn, officials said.",
    "A car bomb exploded at the port on Tuesday, killing four dock workers.",
    "Gunmen shot dead two drivers along the highway on Sunday.",
])
def test_the_same_acts_without_the_frame_still_alert(rules, text):
    assert {"strike", "attack"} & set(rules.classify(text).types)


# Found on ordinary_news_fresh19 (general feeds in war words; these sentences are written for the tests): a
# title that names a game, words or computers, and no arms, forces, war or harm, says what its summary's bare
# war words are about; battles and fights "over" a matter are quarrels, unlike fights over a place; a stab in
# the back is a betrayal; ice hockey has shootouts.
@pytest.mark.parametrize(("title", "summary"), [
    ("Cycling: Vingegaard attacks on the final climb to take the yellow jersey",
     "His solo attack eight kilometres from the summit opened a gap of 40 seconds."),
    ("Ice hockey: Oilers win in a shootout to end losing streak",
     "Two of three attempts went in after a scoreless overtime."),
    ("Tech giants battle over chip export licences", "Lobbyists are fighting over which products the rules cover."),
    ("Prime minister 'stabbed in the back' as allies quit", "Three ministers resigned within an hour."),
    # what cells and germs attack is no one
    ("Engineered T cells attack tumours in early trial", "The modified immune cells shrank tumours in four patients."),
])
def test_titles_lend_their_sense_and_quarrels_over_matters_are_quiet(rules, title, summary):
    assert not {"strike", "attack", "casualty"} & set(rules.classify(title, summary).types)


@pytest.mark.parametrize(("title", "summary"), [
    # a summary that names arms keeps its own sense under a title of a game
    ("Football fans attacked after derby", "Police said men armed with knives stabbed three supporters outside the ground."),
    # the same words with arms named
    ("", "Gunmen attack a plastics factory, killing three workers."),
    # a title of protests lends no ordinary sense: protests turn violent
    ("Hong Kong protests", "A man armed with a knife attacks a crowd at a mall, injuring four people."),
    # fighting over a place is a battle
    ("", "Heavy fighting over the town of Bakhmut continued overnight."),
])
def test_arms_protests_and_places_keep_the_violence(rules, title, summary):
    assert {"strike", "attack"} & set(rules.classify(title, summary).types)
