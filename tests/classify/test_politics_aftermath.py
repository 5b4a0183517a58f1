"""Politics news that names violence without reporting it (issue 9): a conditional of what may come, the
running total of a drug war's fighting, a reason cited for a resignation, a minister's handling of attacks,
a matter someone is asked to address. Beside each quiet sentence, one of the same shape that reports
fresh violence still alerts. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


@pytest.mark.parametrize("text", [
    # a conditional governs its whole clause, not only the next few words
    "The party names a third slate of leaders in case its first and second slates are jailed or assassinated.",
    # the fighting of a relative clause's running total is the conflict it describes
    "The governor proposes a new drug policy for the state, where the fighting has killed tens of thousands of people.",
    # a that-clause cited as a reason tells a known event
    "The mayor resigns, citing that gunmen had attacked his house and his family.",
    # names joined by "and" are one modifier of the event noun a reaction is about
    "The interior minister resigns amid criticism of his handling of a spate of Hamas and Jihad rocket attacks.",
    # a matter someone is asked to address is a topic
    "Marchers ask the mayor to address police killings in the poorer districts.",
    "Officials investigating attacks on the pipeline meet in the capital.",
    # an apposition says who the dead person was: a war it names, a group the person once belonged to
    "Tomas Reyes, claimant to the old throne and leader of the militia behind the 2013 border standoff, dies in Lima.",
    "Ana Ruiz, a former guerrilla commander who later ran for president, dies in Lima.",
    # weeks spent recovering after a wound: the wound is old news
    "The senator returns to work after six weeks recovering after being shot at a rally.",
    # a remembrance's history, opened by a date with its year
    "The decree makes the day a holiday to commemorate the revolt. On March 17, 2002, during protests in the "
    "district, police killed four protesters.",
    "The city marks the anniversary of the uprising. In 1998, soldiers killed 30 marchers in the square.",
    # how an office fell vacant, told of the one replaced
    "The council names a new police chief, replacing Ana Ruiz, who was assassinated.",
    "State media confirm the new army chief, replacing a general who was executed.",
    # a death that sparks a protest, its place named with its country between commas
    "The death of a detainee at a camp near Lyon, France, sparks protests by other detainees.",
    # the wounded a place or a gift is for
    "The minister opens a new rehabilitation centre for wounded veterans in the capital.",
    "The author gives his royalties to a sports centre for badly injured soldiers.",
    # a killing word that names the kind of case; an act dated as recent in an after-clause
    "Police arrest a murder suspect in the capital.",
    "The opposition leader names two officials in a murder inquiry after a recent drone strike that killed five.",
    # a known event judged by a copula: a reaction
    'The mayor tells the council that the racist attacks in the city are "distressing and sickening".',
    'The inquiry chairman said that the invasion was not a "last resort".',
    "The raid on the market was unlawful, the court rules.",
    # kin named by an earlier abduction of theirs
    "The state pays compensation to the family of Ali Nasser, who with his wife and children, was abducted by agents.",
    # a warning against whoever does an act
    "The prime minister tells parliament that terrorists who kill civilians will be hunted down.",
    # a plan, a law or a deal killed in a figure of speech
    "The minister says the opposition is trying to kill the reform.",
    "The senate killed the bill on Tuesday.",
    "Lawmakers kill a plan to raise taxes.",
    "The minister's career was killed off by the scandal.",
    "The reform was killed by the senate on Tuesday.",
    # a performance that flopped
    "The president bombed in the televised debate, analysts say.",
    # a fight for a post, a career or votes
    "The candidate is fighting for his political life after the scandal.",
    "Both parties are battling for votes in the swing states.",
    # a wound told as part of an event named by its year after "a"
    "The deputy prime minister was shot in the arm during a 2005 assassination attempt, he tells the inquiry.",
    # the quoted words of a report the item calls false
    'A hacked news account falsely reports the senator\'s death in messages saying "BREAKING: Senator Ray shot dead '
    'at his home".',
    # a crowd of marchers or a party's supporters clashing with police, no arms named
    "Opposition supporters clash with police outside parliament; dozens are arrested.",
    "Thousands march against the bill, with clashes after police deny marchers access to the square.",
    # the toll of what a span of years counts from
    "A decade after the coup in which hundreds were killed, the country holds free elections.",
])
def test_violence_named_in_politics_news_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("If talks fail, rebels say they will fight on; on Monday gunmen assassinated the mayor.", None),
    ("In the north, the fighting has killed 40 people this week.", 40),
    ("Fighting that killed 40 people broke out in the north on Monday.", 40),
    ("The mayor resigns, citing threats; gunmen attacked his house on Monday, killing two guards.", 2),
    ("Citing witnesses, police said gunmen attacked the village, killing two.", 2),
    ("The minister resigns over the reform and Israeli troops killed two protesters.", 2),
    ("The mayor promised to address police killings, hours after officers shot dead two teenagers in the district.", 2),
    ("Officials investigating attacks on the pipeline say gunmen killed three guards on Monday.", 3),
    ("A police officer, shot by gunmen during a raid on Monday, dies in hospital.", None),
    ("Ana Ruiz, a police officer in the province, dies in Lima as rebels attack the city.", None),
    ("The senator is recovering after being shot at a rally on Monday.", None),
    ("On 14 May 2019, soldiers killed 30 marchers in the main square.", 30),
    ("Veterans gather at the memorial. On Monday, gunmen killed two guards there.", 2),
    ("The general replacing the chief who was executed is shot dead by a guard on Monday.", 1),
    ("Gunmen shot dead the mayor who replaced a man who was murdered.", 1),
    ("The bombing of a market in Kabul, Afghanistan, kills five people and sparks protests.", 5),
    ("Medics cared for wounded soldiers after militants attacked the base on Monday.", None),
    ("Helicopters flew out five soldiers wounded in the ambush.", None),
    ("Police open a murder investigation after gunmen shot dead two guards on Monday.", 2),
    ("Talks stall after a drone strike killed five on Monday.", 5),
    ("The most recent attack killed five people in the north.", 5),
    ("The attack was coordinated by three gunmen who killed 12 people.", 12),
    ("Gunmen attacked a police station in the north on Monday; the attack was cowardly, the governor said.", None),
    ("Gunmen abducted the family of Ali Nasser on Monday.", None),
    ("The family of a local judge, who with his two sons, was abducted by gunmen on Monday, appeals for help.", None),
    ("The rebels who attacked the village on Monday will face trial.", None),
    ("Rebels who attack convoys in the north killed three drivers on Monday.", 3),
    ("Gunmen killed the bill collector and two guards on Tuesday.", None),
    ("Soldiers killed the talks' chief mediator in a raid.", None),
    ("Two campaign workers were killed by a bomb on Tuesday.", 2),
    ("The campaign manager was killed by gunmen on Tuesday.", None),
    ("Jets bombed in the north on Tuesday, killing two.", 2),
    ("Rebels are fighting for survival in the besieged town.", None),
    ("Troops battle for control of the airport.", None),
    ("Two soldiers were killed during a raid on Monday.", 2),
    ("The account falsely reported a blast at the palace; gunmen later attacked the parliament, killing two guards.", 2),
    ('"Two officers were shot dead at the station," the police chief said.', 2),
    ("Opposition supporters clash with police outside parliament, killing two officers.", 2),
    ("Gunmen fire on opposition supporters at a rally, killing three.", 3),
    ("Rebels advance on the city amid fierce fighting with government forces that threatens to cut off the main "
     "highway and has prompted many families to flee.", None),
    ("Weeks after the election, gunmen killed five voters in the north.", 5),
])
def test_fresh_violence_of_the_same_shape_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
