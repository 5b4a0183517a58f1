"""Violence only mentioned is no report of a new act (issue 9): captives back in safety, whose capture
describes them; a war's or a season's running toll; a search by the law named a raid, or fugitives
recaptured; strikes that a vote, a decision or a protest is about. Beside each, the same words telling
an act of the day still alert. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# captives back in safety, or freed by the gunmen who held them
@pytest.mark.parametrize("text", [
    "Three nurses kidnapped in the north in March return home to their families.",
    "Two engineers held hostage for a month by a militia arrive at the airport in the capital.",
    "Five teachers kidnapped by bandits last week are rescued by the army.",
    "A cargo ship hijacked off the coast in May is freed with its crew unharmed.",
    "A fishing trawler thought to have been hijacked near the islands is later found safe.",
    "Two priests kidnapped by gunmen in the south have been released.",
    "A doctor is released by gunmen after eight months in captivity.",
    "Gunmen release a charity worker after two weeks in captivity.",
    "Four drivers who were being held hostage by rebels are released after a month in captivity.",
    # the captives' state is the news
    "A surveyor kidnapped by rebels in the hills pleads for help in a video.",
    "A nurse who was abducted from a clinic is shown on television pleading for help.",
    "A video proves that a teacher the militia kidnapped in spring is still alive.",
    "Twelve miners abducted by rebels in the east are still missing.",
])
def test_captives_back_in_safety_are_no_attack(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Gunmen kidnap five nurses from a clinic in the north.",
    "Gunmen kidnapped six engineers and released two of them the same night.",
    "Pirates hijacked a cargo ship off the coast on Tuesday.",
    "Gunmen kidnap two priests as troops rescue hostages in another town.",
    # a release sought, not done: the capture is the news
    "Officials say they are working to free the crew of a tanker that was hijacked yesterday by pirates.",
    # the capture is the main verb, its captives' state told after it
    "Gunmen kidnap three engineers who are still missing.",
    "Five aid workers are abducted in the north and remain missing.",
])
def test_a_capture_of_the_day_still_alerts(rules, text):
    _alert(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Two hundred inmates are freed by gunmen who also kill three guards during the assault.", 3),
])
def test_gunmen_who_kill_while_freeing_still_alert(rules, text, killed):
    _alert(rules, text, killed)


# a running toll of a whole war or a long span
@pytest.mark.parametrize("text", [
    "The death toll of the civil war reaches 12,000, a monitoring group says.",
    "Casualties among foreign troops in the war have now exceeded 3,000.",
    "The number of soldiers wounded since the invasion now stands at 8,200.",
    "The death toll from rebel attacks during the month of June surpassed 900.",
    "More than 4,000 people have died in the drug war, the ministry says.",
    "At least 7,000 people are estimated to have been killed in the uprising.",
    "At least 510 people were killed and 800 wounded during the previous month across the country.",
])
def test_a_running_toll_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("The death toll from the bombing of the market in the war-torn city reaches 40.", 40),
    ("The death toll from Monday's air strikes in the war reaches 40.", 40),
    ("Three soldiers were killed in the war in the east on Tuesday.", 3),
    ("Air strikes killed 40 people, and the death toll of the war has now reached 30,000.", 40),
])
def test_a_toll_of_an_act_or_a_day_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# a search by the law named a raid; fugitives recaptured
@pytest.mark.parametrize("text", [
    "Authorities in the capital raid a law firm linked to leaked offshore records.",
    "Officials seize documents and computers during a raid of the local offices of a shipping company.",
    "Prosecutors open a raid against organized crime in three cities.",
    "The arrests come after several raids on warehouses owned by an antiques dealer.",
    "The hotel stood near the district where anti-terror raids had been taking place.",
    "Police evict squatters from a disused factory during an overnight raid.",
    "Police recapture a fugitive banker after he escaped from prison four years ago.",
    "Eleven inmates escape from a military prison, with four of them later recaptured by troops.",
    "The navy recaptures an escaped smuggler on a beach in the north.",
])
def test_a_search_by_the_law_is_no_raid(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen raid the offices of a newspaper in the capital.", None),
    ("Militants raid the offices of a local charity, killing two guards.", 2),
    ("Troops raid a village in the north.", None),
    ("Rebels recapture the town after government troops escaped in the night.", None),
    ("A suspect is shot and arrested by the authorities in a raid on a flat.", None),
])
def test_an_assault_named_a_raid_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# strikes that a vote, a decision or a protest is about
@pytest.mark.parametrize("text", [
    "Parliament approves air strikes against the militia by 300 votes to 40.",
    "The senate votes to authorize air strikes on the group's bases.",
    "The defence minister calls on the allies to join the coalition in bombing the group.",
    "The prime minister endorses the allied air strikes against the militia.",
    "The kingdom announces that it is ending its bombing campaign in the south.",
    "The chancellor defends her refusal to participate in the invasion.",
])
def test_strikes_a_decision_is_about_are_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("The government halts an attack on the capital by hundreds of rebels.", None),
    ("Jets end the truce with air strikes on militia bases.", None),
    ("The offensive, backed by allied air strikes, retakes the town.", None),
    ("Parliament approved the air strike that killed ten civilians.", 10),
])
def test_strikes_done_still_alert(rules, text, killed):
    _alert(rules, text, killed)
