"""A heading that is the name of a topic (a noun phrase naming an event, with no clause of its own:
"Assassination of ...", "2016 ... shooting") reports no violence over a summary that does not: the
summary tells the news, often the aftermath of what the name recalls (issue 9). A heading that holds
a clause ("Gunman kills five", "Five dead in blast"), the name of a running campaign of fighting, or a
summary that reports the act itself still alert. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS


def _quiet(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, summary, event.types, event.evidence)
    assert event.killed is None and event.injured is None


def _alerts(rules, title, summary, killed=None):
    event = rules.classify(title, summary)
    assert {"strike", "attack"} & set(event.types), (title, summary, event.types)
    if killed is not None:
        assert event.killed == killed, (title, summary, event.killed)


@pytest.mark.parametrize(("title", "summary"), [
    ("Assassination of Pavel Orlov", "The foreign ministry refuses entry to a visiting Baltic lawmaker without explanation."),
    ("2019 Harbour City mosque shootings", "Parliament votes to ban most semi-automatic rifles."),
    ("Killing of Daniel Reyes", "Thousands march through the city centre to mourn him."),
    ("Shooting of Tom Avery and shooting of Luis Marin", "Protests continue in several cities for a third night."),
    ("Budget standoff, Riverside nightclub shooting", "The senator ends a 15-hour filibuster after leaders agree to votes."),
    ("Attacks on bloggers in Karnapur", "Writers and students rally in the capital against the government's silence."),
    ("2018 Lakeview school stabbing", "A payment company stops processing donations to the group blamed by the victims' families."),
    ("Murder of Anna Keller", "A court in the capital postpones the trial of the two suspects until March."),
    ("Assassination of Yusuf Ali", "The Treasury imposes sanctions on Hezbollah officials over the killing."),
    ("Police question suspect after mosque shooting", "The suspect will appear in court on Monday."),
])
def test_a_topic_heading_over_its_aftermath_is_no_report(rules, title, summary):
    _quiet(rules, title, summary)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    # a heading with a clause of its own is a report, whatever its summary
    ("Gunman kills five at a mall in Texas", "Police say the suspect was arrested at the scene.", 5),
    ("Five dead in market blast", "Police cordoned off the area.", 5),
    ("Protesters shot dead as police opened fire", "The government declared a curfew.", None),
    ("Mosque attacked in the north", "Police said the attackers fled on motorbikes.", None),
    # a topic's name over a summary that reports the act and its toll
    ("2025 Ohio mall shooting", "A gunman opened fire at a shopping mall, killing five people.", 5),
    ("Riverside mall shooting", "The shooting killed five people, police said.", 5),
    ("Killing of a reporter in Valletta", "A car bomb killed a reporter near her home on Monday.", 1),
    # a running campaign of fighting: the summary tells its next move
    ("Battle of Kharan", "Government forces, backed by air strikes, retake the town after heavy fighting.", None),
    # an armed side acting under the name continues the violence it names
    ("Border rocket attacks", "A rocket fired by militants from the strip lands near a kibbutz.", None),
])
def test_a_report_under_a_heading_still_alerts(rules, title, summary, killed):
    _alerts(rules, title, summary, killed)


# A reaction (a ban, a suspension, a meeting to discuss) to an event named by a noun, whose toll a
# relative clause describes, is aftermath; the event told by a verb of its own, or a toll that is the
# main news, still alerts.
@pytest.mark.parametrize("text", [
    "The airline suspends flights to the capital following a bombing at the central station that killed six.",
    "The ministry bans travel to the province after an attack on a tourist bus in which four people died.",
    "The cabinet meets to discuss the North Harbour Stadium clashes, which left 30 dead.",
])
def test_a_reaction_to_an_event_named_with_its_toll_is_aftermath(rules, text):
    _quiet(rules, "", text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Talks collapse after a car bomb kills six at the central station.", 6),
    ("Police open fire on the crowd following a bombing that killed six, wounding dozens.", None),
    ("The North Harbour Stadium clashes left 30 dead, officials say.", 30),
    ("A bombing at the central station killed six; the airline suspends flights to the capital.", 6),
])
def test_the_event_told_as_news_beside_a_reaction_still_alerts(rules, text, killed):
    _alerts(rules, "", text, killed)


# A death or an attack that sparks a reaction of people or politics is that news's cause; a person named
# by their kin or funeral, with an apposition or a participle describing them, is described by an earlier
# death. What the violence does in the world, and a toll told by a verb of its own, are still news.
@pytest.mark.parametrize("text", [
    "The death of an asylum seeker at the detention centre sparks a rooftop protest by other detainees.",
    "The shooting of a taxi driver at a checkpoint last month triggered outrage in parliament.",
    "Thousands attend the funeral of Lena Duran, the co-founder of the banned workers' party, who was killed in Lyon on 9 January.",
    "The family of Tomas Herrera, killed by police bullets in the capital in 2005, write to the prime minister.",
])
def test_a_cause_of_reactions_or_a_described_death_is_no_report(rules, text):
    _quiet(rules, "", text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Russian shelling sparked a fire at the nuclear plant, officials said.", None),
    ("The bombing of the market killed 12 and sparked outrage across the country.", 12),
    ("An air strike on the detention centre killed a detainee and sparked protests.", 1),
    ("The son of the mayor, a 20-year-old student, was shot dead by gunmen on Monday.", None),
    ("Gunmen killed the son of a farmer, a local councillor, in the village on Monday.", None),
])
def test_violence_told_as_news_beside_its_consequences_still_alerts(rules, text, killed):
    _alerts(rules, "", text, killed)


# News told as the cause of other news is its background, however short the main clause before it.
def test_news_of_a_killing_that_moves_markets_is_background(rules):
    _quiet(rules, "", "Shares rise following news that special forces have killed the group's leader.")
    _alerts(rules, "", "Shares fall after gunmen killed five guards at the stock exchange.", 5)


# A relative clause that describes a war or unrest by its running total is the background's historical
# total; the toll of fighting told in a main clause, or of an act, is news.
@pytest.mark.parametrize("text", [
    "Envoys meet in Geneva seeking a settlement of the civil war that has killed more than 300,000 people.",
    "Both militias agree to leave the town, where recent violence has killed more than 10 people.",
    "The council adopts a resolution on the unrest, which has left over 400 people dead.",
])
def test_a_conflict_described_by_its_running_total_is_background(rules, text):
    _quiet(rules, "", text)


@pytest.mark.parametrize(("text", "killed"), [
    ("The fighting has killed 20 people this week, medics said.", 20),
    ("Talks resume after the bombing that killed 20 people.", 20),
    ("Clashes that have killed 12 people since Monday continue in the capital.", 12),
])
def test_a_fresh_toll_of_fighting_still_alerts(rules, text, killed):
    _alerts(rules, "", text, killed)


# An event that a span of time ("months after", "years after") places before the news is history,
# whether or not the span is counted; the violence of the main clause is still news.
def test_an_event_months_before_the_news_is_history(rules):
    _quiet(rules, "", "The assembly passes a bill banning bump stocks, months after a gunman killed 58 people at a festival.")
    _quiet(rules, "", "Weeks after the bombing of the market, traders reopen their stalls.")
    _alerts(rules, "", "Gunmen killed 12 villagers weeks after troops left the area.", 12)
    _alerts(rules, "", "Months of fighting have killed 300 people in the region.", 300)


# People known by their death ("the 50 people killed in the attacks") as the object of a mourning or a
# reaction are described, and so is the act they died in; an attack on the mourners is news.
def test_mourning_people_known_by_their_death_is_aftermath(rules):
    _quiet(rules, "", "Thousands attend a vigil for the 50 people killed in the mosque attacks.")
    _alerts(rules, "", "Gunmen opened fire on a vigil for the victims, killing 5.", 5)


# A set of attacks named by its place and kind ("the Harbour City mosque shootings") is a known event
# as the bare name is; an armed side named in a sentence a reaction opens ("votes to designate the army
# as a terrorist organisation") is the reaction's object and keeps no topic heading's violence.
def test_known_sets_and_reactions_to_armed_sides_are_aftermath(rules):
    _quiet(rules, "2019 Harbour City mosque shootings",
           "The government announces a royal commission into the Harbour City mosque shootings.")
    _quiet(rules, "Killing of Qasim Sulaimani",
           "The parliament votes to designate the foreign army as a terrorist organisation.")
    _alerts(rules, "Killing of Qasim Sulaimani",
            "The country fires more than a dozen ballistic missiles at two bases housing foreign troops.")
    _alerts(rules, "", "Gunmen opened fire at the Harbour City mosque, killing 12 worshippers.", 12)


# Under the name of a running campaign of fighting, a summary in which no side acts ("the UN warns of a
# catastrophe") tells no fighting; one in which forces take a town does.
def test_a_campaign_heading_keeps_its_violence_only_where_a_side_acts(rules):
    _quiet(rules, "Battle of Kharan", "The UN warns of a humanitarian catastrophe as 900,000 people flee.")
    _alerts(rules, "Battle of Kharan", "Government forces capture the village of Tal Hamra from the rebels.")


# The topic's event named again by a day's possessive ("Sunday's bombings in the capital that killed
# 200") is the topic's event with its toll; a new event of the same kind is news.
def test_the_topic_event_named_again_with_its_toll_is_no_report(rules):
    _quiet(rules, "July 2016 Harbour bombings", "The interior minister resigns. He cited a lack of coordination "
           "shown by Sunday's bombings in the capital that killed over 200 people.")
    _alerts(rules, "Ministers meet over the shelling of the port", "The new shelling of the port killed four.", 4)


# A topic's name may name a kind of event ("School shootings in the country"): the summary's "last
# night's shooting" under it is a new one, reported.
def test_a_new_event_under_a_heading_that_names_its_kind_alerts(rules):
    _alerts(rules, "School shootings in the country",
            "A student died during last night's shooting on the campus when a player pulled out a gun and opened fire.")


# An attacker named with "the" as the subject of a verb of a case ("the gunman is sentenced") is a person
# known by an earlier act; a gunman at large, or one who opens fire, is an attack told.
@pytest.mark.parametrize(("title", "summary"), [
    ("2019 Harbour City mosque shootings", "The gunman in the Harbour City mosque shootings is sentenced to life in prison."),
    ("Riverside nightclub shooting", "The gunman is buried in a private ceremony."),
    ("", "The bomber was identified as a 63-year-old local man, police said."),
])
def test_an_attacker_in_a_case_is_no_attack(rules, title, summary):
    _quiet(rules, title, summary)


@pytest.mark.parametrize(("title", "summary", "killed"), [
    ("", "A gunman is on the loose after shots were fired at the mall.", None),
    ("Riverside nightclub shooting", "The gunman killed 49 people before police shot him dead.", 49),
    ("", "The gunmen were arrested after they attacked a police station, killing two officers.", 2),
])
def test_an_attacker_who_acts_is_still_an_attack(rules, title, summary, killed):
    _alerts(rules, title, summary, killed)
