"""Ordinary news of the arts, sport, science and disasters that names violence it does not report
(issue 9), by the rules alone: an event remembered in a relative clause that hangs from a word of
remembrance, a dated event named with "a" as with "the", a walkout called or led by someone, and
machines that kill in their trials and tests. Each quiet case stands beside violence in the same
words that must still alert. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# A relative clause that hangs from what a word of remembrance names (an anniversary, the dead brought
# home) tells the past it remembers...
@pytest.mark.parametrize("text", [
    "Mourners mark the 30th anniversary of the day when Robert F. Kennedy was assassinated in Boston.",
    "The bodies and ashes of twenty Dutch passengers who died when the airliner was shot down over the sea "
    "in May have been returned home.",
    "The city holds a memorial for the miners who were shot dead by guards during the strike of 1913.",
])
def test_a_relative_clause_of_a_remembered_event_is_history(rules, text):
    _quiet(rules, text)


# ...but the same event told as news, or violence at the remembrance itself, alerts.
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen assassinated Senator Robert F. Kennedy in Boston on the day of the anniversary.", None),
    ("Twenty Dutch passengers died when the airliner was shot down over the sea on Monday.", 20),
    ("Guards shot dead three miners at the pit gates on Monday, officials say.", 3),
])
def test_the_event_told_as_news_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A year (or a month and a year) after "a" names a dated event as it does after "the": a film about it,
# a book on it is art, and its year is no count of the dead...
@pytest.mark.parametrize("text", [
    "A broadcaster pulls a film depicting a 2009 kidnapping and murder.",
    "The state bans the film Night Bus depicting a December 2011 gang rape and murder due to fears of unrest.",
])
def test_an_event_dated_after_a_is_history(rules, text):
    _quiet(rules, text)


# ...where the same words told of today still alert.
@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen kidnap and murder a film director outside the studio.", None),
    ("Gunmen kill two people in a 2009 Toyota in the town.", 2),
])
def test_an_undated_act_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A strike that someone calls or leads is a walkout or a shutdown, even one that armed separatists
# call; a strike they carry out with arms is an attack.
def test_a_strike_called_or_led_is_a_walkout(rules):
    _quiet(rules, "A strike called by separatists brings the valley to a standstill.")
    _quiet(rules, "A strike led by separatists brings the valley to a standstill.")
    _alert(rules, "Separatists bomb a bridge, bringing the valley to a standstill.")


# Machines kill by mishap in their trials and tests, and so do their parts (an ejector seat, an engine
# that sucks a worker in)...
@pytest.mark.parametrize("text", [
    "The navy says two pilots testing jets for its new carrier were killed during trials.",
    "The air force grounds jets with ejector seats like the one that killed a pilot on Monday.",
    "A mechanic is killed at the airport after being sucked into a jet engine.",
    "A test pilot dies when the prototype crashes during a test flight.",
])
def test_trials_tests_and_machines_kill_by_mishap(rules, text):
    _quiet(rules, text)


# ...where arms named in the same words are violence.
@pytest.mark.parametrize(("text", "killed"), [
    ("The air force grounds jets after a missile killed a pilot on Monday.", 1),
    ("A mechanic is killed at the airport after being shot by a guard.", 1),
    ("Militants shot down a prototype during a test flight, killing its two pilots.", 2),
])
def test_arms_beside_the_machines_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# Words of violence in other senses: a campaign for a right, a stunt, the beach's shells, a camera's
# shooting, eggs thrown, a brawl broken up, fans fighting fans, markets attacked by traders, shots fired to
# celebrate, and an event word quoted on its own as a judgement...
@pytest.mark.parametrize("text", [
    "A campaigner who lost her fight for the right to die passes away at home.",
    "A stunt performer is killed when a human cannonball act goes wrong at a fair.",
    "Walkers on the beach find footprints of a dinosaur while looking for shells.",
    "A photographer builds a drone for shooting nature documentaries.",
    "Protesters are hit with eggs by counter-demonstrators near the parliament.",
    "Priests fight in the basilica over a dispute about cleaning; police break up the fighting.",
    "Fighting between supporters of Italy and Spain breaks out in Lyon.",
    "The peso is attacked by speculators betting on a devaluation.",
    "More than 150 people are injured by fireworks and celebratory gunfire at new year.",
    "Critics describe the pageant as \"offensive\" and \"macabre.\"",
    "Athletes who play one sport all year are at greater risk of hip injuries and back injuries, a study finds.",
    "Police detain a driver who drove into a crowd, injuring 5 people. Police say no evidence points to a "
    "deliberate attack.",
])
def test_other_senses_of_violent_words_are_quiet(rules, text):
    _quiet(rules, text)


# ...beside the same words in their violent sense.
@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels lost their fight for the town after 30 fighters were killed in the battle.", 30),
    ("Gunmen kill a stunt performer outside the circus.", 1),
    ("Troops fire shells at the village, killing four.", 4),
    ("A gunman opens fire on a crew shooting a documentary, killing two.", 2),
    ("Protesters are hit with rubber bullets by police near the parliament.", None),
    ("Fighting between militants and troops breaks out in Lyon.", None),
    ("More than 150 people are injured by gunfire at a rally.", None),
    ("The rebels launch an \"offensive\" against the capital, shelling its suburbs.", None),
    ("Police detain a driver who drove into a crowd, injuring 5 people. Police say evidence points to a "
     "deliberate attack.", None),
])
def test_the_violent_sense_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# Arms that a wildfire reaches, or that blow up in what is told as an accident, went off by mishap, even
# at the forces' own stores...
@pytest.mark.parametrize("text", [
    "Explosives stored at a navy base catch fire when a wildfire reaches the base, causing huge explosions.",
    "Explosions occur following an accident at a Tanzanian Defence Force ammunition dump near the airport, "
    "with casualties reported.",
])
def test_arms_reached_by_a_wildfire_or_an_accident_go_off_by_mishap(rules, text):
    _quiet(rules, text)


# ...but arms set off by someone, or met by a vehicle, are violence.
@pytest.mark.parametrize("text", [
    "Rebels set fire to an army ammunition dump, causing huge explosions.",
    "Militants fire rockets at an army base, causing an ammunition store to catch fire and explode.",
    "A train carrying fuel hits a landmine and catches fire, and officials blame rebels for the blast.",
])
def test_arms_set_off_or_met_still_alert(rules, text):
    _alert(rules, text)


# An inquiry's report tells its findings on an event told before; the same event told as news alerts.
def test_an_inquiry_report_tells_findings_not_news(rules):
    _quiet(rules, "The safety board releases its final report into the airliner disaster, which concludes that "
                  "the plane was shot down by a missile on 3 May 2011, killing 120 people.")
    _alert(rules, "Rebels shot down an airliner over the border on Monday, killing 120 people, officials say.", 120)


# A suspect in an event is named in the case that follows it, and fans who fight break out in a brawl;
# the event itself, or fighters who fight, alert.
def test_a_suspect_in_an_event_and_fans_fighting_are_quiet(rules):
    _quiet(rules, "The prime suspect in the shooting of two deputies is reported to be a former soldier.")
    _alert(rules, "A former soldier shot dead two deputies outside the courthouse.", 2)
    _quiet(rules, "Fighting breaks out between supporters of Italy and Spain in Lyon.")
    _alert(rules, "Fighting breaks out between rebels and troops in the north.")


# A blast whose cause is sought, or one at works that blast by trade or in an experiment, is told as a
# mishap; a bomb or an attacker named beside the same words is violence.
@pytest.mark.parametrize("text", [
    "Two people are killed and nine injured in an explosion on a tram in the capital. The cause of the blast "
    "is being investigated.",
    "At least 12 workers are killed in an explosion in a rail tunnel under construction in the west.",
    "A small explosion during a chemistry experiment injures six pupils at a secondary school.",
    "An explosion at a ship-breaking yard kills three labourers.",
])
def test_a_blast_of_unknown_cause_or_at_works_is_a_mishap(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Two people are killed and nine injured in an explosion on a tram in the capital. Police believe a bomb "
     "caused the blast.", 2),
    ("A bomb explodes at a construction site in the capital, killing four workers.", 4),
    ("Militants attack a construction site, killing four workers.", 4),
])
def test_a_blast_with_a_bomb_or_attacker_named_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# How a death of the past came about (a while-, when- or after-clause of a death dated as history) is as
# past as the death: the honour or the memorial is the news...
@pytest.mark.parametrize("text", [
    "A corporal who died in Helmand in 2009 while shielding his patrol from a grenade blast is to be "
    "awarded the George Cross.",
    "A reporter who was killed in 1994 when gunmen stormed the newspaper office is remembered at a vigil.",
])
def test_how_a_past_death_came_about_is_history(rules, text):
    _quiet(rules, text)


# ...but a death told as news, with how it came about, alerts.
@pytest.mark.parametrize(("text", "killed"), [
    ("A corporal died in Helmand on Tuesday while shielding his patrol from a grenade blast.", 1),
    ("Two reporters were killed when gunmen stormed the newspaper office on Monday.", 2),
])
def test_how_a_fresh_death_came_about_still_alerts(rules, text, killed):
    _alert(rules, text, killed)
