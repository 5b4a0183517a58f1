"""A later stage of a case (a charge, a trial, a verdict, a sentence, a dismissal from office) comes days
or more after the act it is about: the act, told as what the case follows or in a relative clause on the
case's subject, was known before, and the case is the news (issue 9). An arrest may come within the
hour and leaves the act news; so does a relative clause under a violent main clause, or a case word in
another sense ("troops cleared the area", "police tried to"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet


# the act in a relative clause on the subject of a later stage of the case
@pytest.mark.parametrize("text", [
    "The army officer who struck a foreign activist in the face with his rifle is dismissed from his command.",
    "The soldier who shot dead two protesters was sentenced to ten years in prison.",
    "A border guard who opened fire on a fishing boat has been charged by military prosecutors.",
    "The police commander who ordered the raid on the newspaper was later acquitted by a city court.",
])
def test_an_act_told_of_a_case_subject_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # an arrest may follow within the hour: the act stays news
    ("The soldier who shot dead two protesters on Monday was arrested.", 2),
    # the main clause tells violence of its own
    ("Gunmen who stormed a hotel in the capital killed 12 guests.", 12),
    ("The soldier who shot dead two protesters was killed in a clash with militants.", None),
    # no case follows: the relative clause tells the news
    ("The gunmen who attacked the checkpoint fled into the hills, the army said.", None),
])
def test_an_act_told_in_a_relative_clause_without_a_case_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# the act a later stage of a case follows
@pytest.mark.parametrize("text", [
    "A former guard, charged with murder after shooting dead two neighbours in a dispute, is freed on bail.",
    "Two men are sentenced to life in prison after a shooting at a bar killed four people.",
    "A former rebel commander is extradited to the capital after his fighters attacked a convoy.",
])
def test_an_act_a_case_follows_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # an arrest, and words of a case in other senses, leave the act news
    ("Police arrest a man after he shot dead two guards outside the embassy.", 2),
    ("Troops cleared the area after a bomb killed five people at the market.", 5),
    ("Police tried to disperse the crowd after gunmen shot dead two protesters.", 2),
    ("Riot police charged the crowd after gunmen shot dead two protesters.", 2),
    # a word of a case as an adjective tells no stage of one
    ("A convicted spy dies after being attacked by fellow inmates in a prison in the capital.", None),
])
def test_an_act_after_an_arrest_or_another_sense_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# what a later stage of a case is for, told after its verb (found on the train alarms the project read,
# eval/wcep_train_adjudicated.jsonl.gz; these sentences are written for the tests)
@pytest.mark.parametrize("text", [
    "A former militia leader is sentenced to 30 years in a high-security prison in the capital for ordering an attack on a "
    "village that killed 40 people.",
    "The gunman pleads guilty to killing six worshippers at a mosque in March.",
    "A jury finds the former soldier guilty of murder over a shooting at a checkpoint which left two men dead.",
    "A court in the capital sentences three men to life for the bombing of a railway station that killed 11.",
    "Two officers are acquitted of manslaughter in the beating death of a student during the protests.",
    "The driver of the van is convicted of terrorism offences for the attack on pedestrians on the bridge.",
    "Prosecutors charge a former police chief with two counts of murder over the shooting of protesters in the square.",
    "The teenager faces three counts of attempted murder after a knife attack at a shopping centre that wounded three.",
    "The judges order two rebel commanders to stand trial for an assault on a peacekeepers' base that killed 12.",
    "The bomber's brother is given a whole life sentence for the arena bombing which killed 22 people.",
    "A court on Monday sentenced the former officer, 54, to life in prison for the shooting of four protesters.",
    # a fine is a stage of a case too
    "Two men are fined by a court in the port city for seizing a tanker and holding its crew hostage last spring.",
    # the proceedings, and what they hear
    "The trial of the former commander, accused over the shelling of a market that killed 30, begins in The Hague.",
    "An inquiry into the 1998 ambush finds that officers colluded in the shooting of three soldiers at the border.",
    "The inquest hears that two of the hostages were killed by police bullets during the siege.",
    "An army investigation concludes that the shelling of the school was a justified response to fire.",
    # an event noun that names the case, the suspect or the proceeding after it
    "The stadium bombing trial hears from a doctor who treated the wounded.",
    "The synagogue shooting suspect appears in court for the first time.",
    "Lawyers for the hotel attack defendants ask for the case to be moved to another city.",
])
def test_what_a_case_is_for_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    # a case word as an adjective, or in a relative clause: the main clause's act is news
    ("A colonel convicted of killing a prisoner in 2001 is shot dead outside his home in the capital.", None),
    ("A man who was fined for speeding opened fire at a bar, killing three people.", 3),
    ("A man who was convicted of arson in 2015 opened fire at a bar, killing three people.", 3),
    # the violence comes first in the sentence: the case is its cause, not its topic
    ("Gunmen shot dead two judges hours after the court sentenced a rebel leader to death.", 2),
    # a clause of its own after the case
    ("Two men are sentenced for a plot to bomb a stadium, as a car bomb kills four soldiers in the north.", 4),
    # a case in one sentence, a new act in the next
    ("A man is sentenced to life for a stabbing last year. On Friday a gunman killed five people at a school.", 5),
    # a charge in another sense of the word
    ("Riot police charge protesters with batons in the square, and gunmen shoot dead two people.", 2),
    ("The court sentenced a rebel leader to death; hours later gunmen killed two judges in the capital.", 2),
    # a suspect killed in a new act of its own
    ("Police shot dead the market bombing suspect in a raid on his hideout on Tuesday.", None),
    ("Troops killed suspects in a raid on a village near the border.", None),
    # a court as the place or the target of a new act
    ("Gunmen attack a court in the north during a hearing, killing four guards.", 4),
    ("A suicide bomber blew himself up outside the court where the trial of a militant leader began, killing 11.", 11),
])
def test_an_act_beside_a_case_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A case named in the subject frames nothing of the clause's own act, nor does a case word that describes
# the person after it; and an act told hours before an arrest is news (found on wire_news_fresh10, a set of
# new violence told with courts that the rules were fixed on; these sentences are written for the tests).
@pytest.mark.parametrize(("text", "killed"), [
    ("A car bomb outside the courthouse during a corruption trial kills three guards.", 3),
    ("Prosecutor in drug cartel trial shot dead outside his office", None),
    ("Supporters of a jailed opposition leader attack a police post with machetes, killing two officers.", 2),
    ("Police detain two men hours after a shooting that killed four people at a nightclub.", 4),
])
def test_a_case_in_the_subject_leaves_the_act_news(rules, text, killed):
    _alert(rules, text, killed)


@pytest.mark.parametrize("text", [
    # the case word's frame still holds where its charge follows the object
    "The government has accused the rebels of shelling the town in violation of the truce.",
    "A jailed militant is sentenced again for the bombing of a bus station in 2016.",
])
def test_a_case_words_frame_still_holds(rules, text):
    _quiet(rules, text)
