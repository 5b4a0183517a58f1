"""Headlines of the kinds a feed carries every day, each standing for one rule of the taxonomy.

They were written fresh (none is in ../shared/eval), so they check that the rules generalise
beyond the labelled data rather than that it was memorised.
"""

from __future__ import annotations

import pytest

from bot.classify import Classifier

VERBS_THAT_NEED_A_WEAPON = [
    # (headline, types): "pound" and "hit" are strikes only where a weapon, force or target is named
    ("Israeli jets pound Gaza overnight, health ministry says 14 killed", ("strike", "casualty")),
    ("Ukraine says it hit Russian airbase in Crimea with drones", ("strike",)),
    ("Britain pledges 50 million pounds in aid to Ukraine", ()),
    ("The pound fell against the dollar after the vote", ()),
    ("Oil prices hit a two-year high as tensions rise", ()),
]

NATURE_IS_NO_ATTACKER = [
    ("Lightning strike kills farmer in Bihar", ()),
    ("Storm hits coast, killing 4", ()),
    ("Earthquake struck the region, killing 30", ()),
    # a weapon word keeps the military sense, whatever the weather
    ("Missile hits apartment block in Dnipro during storm, killing 4", ("attack", "casualty")),
]

TROOPS_AND_WHAT_IS_EXPECTED = [
    ("Thousands of troops massed near border as tensions rise, satellite images show", ("mobilization",)),
    # an offensive that is only expected has not happened
    ("Russia masses troops near Kharkiv ahead of expected offensive", ("mobilization",)),
    ("Mortar rounds land near US embassy in Baghdad", ("attack",)),
]


@pytest.mark.parametrize(("headline", "types"), VERBS_THAT_NEED_A_WEAPON + NATURE_IS_NO_ATTACKER
                         + TROOPS_AND_WHAT_IS_EXPECTED)
def test_types(classifier: Classifier, headline: str, types: tuple[str, ...]):
    assert classifier.classify(headline).types == types


def test_people_killed_in_an_after_clause_are_news(classifier: Classifier):
    # the after-clause of a non-violent main clause is background ("suspended flights after a jet
    # shot down a helicopter"), unless it reports people killed or wounded
    event = classifier.classify("Hamas says truce talks collapsed after Israeli raid on Jenin killed two")
    assert "attack" in event.types and "casualty" in event.types
    assert event.killed == 2
    background = classifier.classify("Italy suspended air links with Serbia one day after a Serbian jet shot down a helicopter")
    assert background.types == ()


@pytest.mark.parametrize(("headline", "kind", "actor"), [
    ("Israeli strikes kill 20 in Gaza", "strike", "Israel"),
    ("A Russian missile attack on Kyiv killed three", "strike", "Russia"),
])
def test_a_demonym_before_the_act_names_the_state_that_did_it(classifier: Classifier, headline: str, kind: str,
                                                              actor: str):
    event = classifier.classify(headline)
    assert kind in event.types
    assert actor in event.actors


def test_a_demonym_elsewhere_is_no_agent(classifier: Classifier):
    # the officials only report the attack: with no weapon or doer named it stays an attack
    event = classifier.classify("Russian officials said the attack killed three")
    assert event.types == ("attack", "casualty")


@pytest.mark.parametrize(("headline", "types"), [
    # ships and aircraft sent are a mobilization, as troops are
    ("China sends warships and fighter jets around Taiwan in large-scale drills", ("mobilization",)),
    # seizing a ship is an attack on shipping
    ("Iran seizes oil tanker in Strait of Hormuz", ("attack",)),
    # a missile shot down was still fired at someone
    ("Houthi missile intercepted over Red Sea, no damage reported", ("attack",)),
    # a plot is a threat, not an attack
    ("Man arrested over plot to bomb Taylor Swift concert in Vienna", ("threat",)),
    ("Israel releases 90 Palestinian prisoners as hostages freed under Gaza deal", ("deescalation",)),
])
def test_acts_named_by_their_object(classifier: Classifier, headline: str, types: tuple[str, ...]):
    assert classifier.classify(headline).types == types


def test_forces_hurt_in_an_attack_are_its_target_not_its_doer(classifier: Classifier):
    event = classifier.classify("Three US service members injured in drone attack on base in Syria, Pentagon says")
    assert event.types == ("attack", "casualty")
    assert event.injured == 3


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Two civilians were killed and a child was wounded by regime shelling on the town of Ariha.", 2, 1),
    ("Four police officers were killed and another seriously injured in an IED blast.", 4, 1),
    ("A soldier was injured in a rocket attack.", None, 1),
    # the injured attacker was counted already as a person, not as one more victim
    ("Five people were killed and 12 others wounded in a shooting. The attacker escaped in a taxi and was "
     "injured in an exchange of gunfire.", 5, 12),
])
def test_one_named_person_injured_counts_one(classifier: Classifier, text: str, killed: int | None,
                                             injured: int | None):
    event = classifier.classify(text)
    assert (event.killed, event.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "killed"), [
    ("Up to 5 killed as Ukraine army attacks rebels in flashpoint town", 5),  # a bound, as "at least 5" is
    ("'Up to five' rebels killed in Slavyansk: Ukraine ministry", 5),
    ("Six to nine people were killed in the attack", None),  # a range states no total
    ("Between 5 and 9 people were killed in the attack", None),
    ("Two soldiers and three civilians were killed in the attack", 5),  # a list is summed
])
def test_bounds_ranges_and_lists(classifier: Classifier, text: str, killed: int | None):
    assert classifier.classify(text).killed == killed


@pytest.mark.parametrize("headline", [
    "Government launches attack on rising energy prices",
    "Opposition leader attacks PM over budget cuts",
    "Police raid offices of energy firm in fraud probe",
    "Protesters clash with police in Paris over pension reform",
    "Man jailed for 2019 murder of his neighbour",
    "Police reopen 2019 murder case",
    "Relatives remember 1994 massacre victims",
    "Taylor Swift fans storm ticket site as tour dates announced",
    "Central bank fires warning shot over inflation",
    "Rocket Lab launches satellite into orbit",
    "Five dead after gas explosion at apartment block",
])
def test_everyday_news_is_no_escalation(classifier: Classifier, headline: str):
    assert classifier.classify(headline).types == ()


@pytest.mark.parametrize(("headline", "killed", "injured"), [
    ("Stabbing outside nightclub leaves teenager dead", 1, None),
    ("Candidate shot in leg at campaign rally, suspect detained", None, 1),
    ("2000 killed in week of fighting", 2000, None),  # a number before "killed" is a count, not a year
    ("Security forces fire live ammunition at protesters, killing 5", 5, None),  # arms keep the violence
])
def test_violence_among_everyday_words(classifier: Classifier, headline: str, killed: int | None,
                                       injured: int | None):
    event = classifier.classify(headline)
    assert "casualty" in event.types
    assert (event.killed, event.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # headlines drop the article: one person named is one
    ("DPR says Ukrainian shelling killed civilian in Gorlovka", 1, None),
    ("Drone strike kills commander, US says", 1, None),
    ("Shelling wounds child in Donetsk", None, 1),
    ("Russian shelling killed civilians in Kherson", None, None),  # plural: a number not stated
    # the one killed by the forces who stopped the attack is its perpetrator, not one more victim
    ("A truck was driven into a crowd in Nice, killing 86 people and injuring 458 others. "
     "The driver was shot dead by police.", 86, 458),
    ("Two suspects were shot dead by police after the attack, which killed 5.", 5, None),
])
def test_headline_singulars_and_perpetrators(classifier: Classifier, text: str, killed: int | None,
                                             injured: int | None):
    event = classifier.classify(text)
    assert (event.killed, event.injured) == (killed, injured)


@pytest.mark.parametrize(("title", "summary", "types"), [
    # the interception is part of the strike it stopped, not a second event
    ("Russia launches missiles at Kyiv", "Russian forces fired cruise missiles and drones at the Ukrainian capital "
     "overnight, officials said. Air defences shot down most of them.", ("strike",)),
    # alone, it still tells of the launch
    ("Houthi missile intercepted over Red Sea, no damage reported", "", ("attack",)),
    ("Serbian army jet shot down a helicopter carrying EC monitors", "", ("strike",)),
])
def test_interceptions(classifier: Classifier, title: str, summary: str, types: tuple[str, ...]):
    assert classifier.classify(title, summary).types == types


@pytest.mark.parametrize(("headline", "types"), [
    # a release verb near captives, with words between, is a prisoner release
    ("Russia and Ukraine swap 190 prisoners of war", ("deescalation",)),
    ("190 prisoners of war were swapped on Friday", ("deescalation",)),
    ("Kidnappers release 10 hostages after ransom paid", ("deescalation",)),
    ("Azerbaijan and Armenia agree text of peace treaty", ("deescalation",)),
    # a demand or a refusal is no release; nor is any other freedom
    ("Hamas must free hostages, Biden says", ()),
    ("Israel refused to release prisoners", ()),
    ("Free trade deal signed with Kenya", ()),
])
def test_releases_of_captives(classifier: Classifier, headline: str, types: tuple[str, ...]):
    assert classifier.classify(headline).types == types


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # an insertion with no closing comma ends at the verb, or where another group begins
    ("At least 9 people including two policemen were killed and 30 others wounded in the attack.", 9, 30),
    ("A car bomb killed 6 people including 2 soldiers and another 14 people were wounded.", 6, 14),
    ("Five people, including a child, were killed and 12 others were injured in the blast.", 5, 12),
    # "and a woman" inside the insertion is one of the four, not a fifth
    ("Four people, including two children and a woman, were injured in the shelling.", None, 4),
    ("Four people including two children and a woman were injured in the shelling.", None, 4),
    ("Three police officers and a child were wounded in the blast.", None, 4),
    # a list after a casualty word ends at the next one ("the wounding" is no third person)
    ("The blast resulted in the death of 2 people and the wounding of 5 others.", 2, 5),
    ("Gunmen killed 2 soldiers and wounded 5 civilians near the border.", 2, 5),
])
def test_insertions_and_lists(classifier: Classifier, text: str, killed: int | None, injured: int | None):
    event = classifier.classify(text)
    assert (event.killed, event.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a partitive apposition is part of the number before it, never added to it
    ("Militants killed eleven villagers, four of them children, in an overnight raid.", 11, None),
    ("Five soldiers, three of them officers, were wounded when a mine exploded.", None, 5),
    # an adverb between the auxiliary and the participle keeps the subject singular
    ("A policeman was critically injured in a knife attack near the station.", None, 1),
    # number words do not join across the title-summary line break
    ("Toll from market bombing rises to nine\nThree more victims died in hospital, officials said.", 9, None),
])
def test_partitives_adverbs_and_line_breaks(classifier: Classifier, text: str, killed: int | None,
                                            injured: int | None):
    title, _, summary = text.partition("\n")
    event = classifier.classify(title, summary)
    assert (event.killed, event.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "types"), [
    # peacekeepers are people the violence hit, not a de-escalation
    ("Three peacekeepers were injured when a roadside bomb hit their convoy.", ("attack", "casualty")),
    # headlines drop the article of "strikes a deal"
    ("Airline strikes deal for 40 new jets", ()),
    # an animal is no attacker: the people it hurt are no casualties of violence
    ("A hiker was injured after being attacked by a bear in the national park.", ()),
    # "killed by Russian shelling": the preposition makes the demonym the shelling's doer
    ("Three civilians were killed by Russian shelling in Nikopol.", ("strike", "casualty")),
    ("Two children were wounded in Israeli shelling of the camp.", ("strike", "casualty")),
])
def test_senses_roles_and_passive_agents(classifier: Classifier, text: str, types: tuple[str, ...]):
    assert classifier.classify(text).types == types


@pytest.mark.parametrize(("text", "killed"), [
    # a running total ("have been killed since ...") is background where the item counts its own event
    ("A drone strike on a market killed nine people. More than 3,000 have been killed since the "
     "offensive began, officials say.", 9),
    # and the news where it is the only count
    ("At least 14 people have been killed since Sunday in clashes between rival militias.", 14),
])
def test_running_totals(classifier: Classifier, text: str, killed: int):
    assert classifier.classify(text).killed == killed


@pytest.mark.parametrize(("title", "summary", "types"), [
    # one event, one kind: the firing state did the "attack" its sentence names
    ("Russia fires missiles at Odesa in one of the heaviest attacks this month", "", ("strike",)),
    ("Israel hits Hezbollah's arms depots in wide-ranging attack", "", ("strike",)),
    # an unagented "struck" takes the kind of the item's other mentions of the event
    ("Militia drone attack hits cargo ship", "The vessel was struck by a drone off the coast, its operator said.",
     ("attack",)),
    # forces that came under attack are still its target
    ("US troops came under rocket attack at a base in eastern Syria", "", ("attack",)),
])
def test_one_event_one_kind(classifier: Classifier, title: str, summary: str, types: tuple[str, ...]):
    assert classifier.classify(title, summary).types == types


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # "another" + a person is one more; "another 29" and "another were" are not list items
    ("A drone strike hit a car, killing a local commander and another man.", 2, None),
    ("The blast killed at least 20 people and another 29 were injured.", 20, 29),
    # a collective noun with its size is that many people
    ("An air strike on a house killed a family of seven, civil defence said.", 7, None),
])
def test_another_and_collectives(classifier: Classifier, text: str, killed: int | None, injured: int | None):
    event = classifier.classify(text)
    assert (event.killed, event.injured) == (killed, injured)


def test_a_name_after_targeting_is_the_object(classifier: Classifier):
    event = classifier.classify("An army jet targeting rebels mistakenly struck a market, killing 12 civilians.")
    assert event.types == ("strike", "casualty") and event.killed == 12


@pytest.mark.parametrize(("text", "types"), [
    # a rejected claim denies its that-clause, however far the denial stands from the event word
    ("Delhi rejected as baseless and politically motivated a claim that its drones had struck a mosque.", ()),
    ("Israel denied reports that its jets had struck a hospital in Gaza.", ()),
    # a claim no one denies is how strikes are reported
    ("Russia claims that its missiles struck a Ukrainian airfield.", ("strike",)),
])
def test_denied_claims(classifier: Classifier, text: str, types: tuple[str, ...]):
    assert classifier.classify(text).types == types


@pytest.mark.parametrize(("text", "types"), [
    # ending a war is a de-escalation, and its "fighting" is no attack
    ("Rivals sign accord aimed at ending fighting in the north", ("deescalation",)),
    ("The army and the rebels agreed to cease hostilities from Friday.", ("deescalation",)),
    ("Rebels refused to end the fighting.", ()),
    # a truce that collapsed is no de-escalation
    ("A week-old truce collapsed when gunmen attacked a checkpoint, killing two.", ("attack", "casualty")),
])
def test_ending_and_failed_truces(classifier: Classifier, text: str, types: tuple[str, ...]):
    assert classifier.classify(text).types == types


@pytest.mark.parametrize(("title", "summary", "types"), [
    # a mention whose doer is not named takes the kind of the item's mentions whose doer is
    ("Russian missile hits Kharkiv rail depot, two killed", "The missile struck the depot shortly after midnight.",
     ("strike", "casualty")),
    ("Saudi artillery shells border district", "Artillery fire hit a market on Sunday, killing three people.",
     ("strike", "casualty")),
    # a demonym with its weapon after a passive "by" is the doer
    ("Kherson hit by Russian drones; four injured", "", ("strike", "casualty")),
    # a state's weapon that killed, with no act word, is a strike
    ("Russian ballistic missiles kill 20 in Chernihiv", "", ("strike", "casualty")),
    # an animal or a road accident is no attack
    ("Crocodile kills fisherman in Zambezi river", "", ()),
    ("Bus plunges into gorge in Himachal, 12 dead", "", ()),
])
def test_unnamed_doers_weapons_and_accidents(classifier: Classifier, title: str, summary: str,
                                             types: tuple[str, ...]):
    assert classifier.classify(title, summary).types == types


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # "one critically" is one of the three, not a fourth
    ("A rocket attack wounded four contractors, one critically, at the base.", None, 4),
    ("Two guards, one seriously, were injured when gunmen stormed the hotel.", None, 2),
    # a name set off by commas is the person before it
    ("The bombing killed the provincial governor, Ahmad Karimi, and three of his guards.", 4, None),
    # "without causing casualties" states a zero
    ("Three mortar rounds landed near the airport without causing casualties.", 0, 0),
])
def test_apposition_and_stated_zeros(classifier: Classifier, text: str, killed: int | None, injured: int | None):
    event = classifier.classify(text)
    assert (event.killed, event.injured) == (killed, injured)


@pytest.mark.parametrize(("title", "summary", "types"), [
    # "foil" in a headline hedges the attack it names
    ("Police foil bomb attack plot, arrest three", "", ("threat",)),
    # a drone that "was shot down" is intercepted, nobody "was shot"
    ("Drone downed near airbase", "An explosive-laden drone was shot down near the base. No one was hurt.", ("attack",)),
    # a death with no violence in an item about a match or an illness is no casualty
    ("Goalkeeper dies after collapsing during training", "The 27-year-old died of a heart attack in hospital.", ()),
])
def test_foiled_downed_and_natural_deaths(classifier: Classifier, title: str, summary: str, types: tuple[str, ...]):
    assert classifier.classify(title, summary).types == types


@pytest.mark.parametrize(("text", "types"), [
    # naming what force will hit is a threat of it; a strike's own targets are not
    ("Tehran says bases hosting the bombers would be legitimate targets.", ("threat",)),
    ("Pyongyang says new sanctions would mean war", ("threat",)),
    ("Israeli jets hit what the army called legitimate targets in Rafah.", ("strike",)),
])
def test_threats_named_by_their_targets(classifier: Classifier, text: str, types: tuple[str, ...]):
    assert classifier.classify(text).types == types


@pytest.mark.parametrize(("text", "types"), [
    # a send verb with state forces shortly after it, past numbers, weapons and names
    ("Kenya sends 400 more police officers and 200 soldiers to Haiti", ("mobilization",)),
    ("Armenia has moved artillery, tanks and several hundred troops to the frontier.", ("mobilization",)),
    ("Pakistan airlifts 3,000 additional paramilitary personnel to Kurram", ("mobilization",)),
    # not a deployment: a refusal, a letter, a company
    ("Japan refused to send troops to the region.", ()),
    ("The minister sent a letter to the army chief.", ()),
    ("The firm moved its headquarters to Dubai.", ()),
])
def test_forces_sent(classifier: Classifier, text: str, types: tuple[str, ...]):
    assert classifier.classify(text).types == types


def test_a_titled_name_starts_a_list(classifier: Classifier):
    event = classifier.classify("A drone strike killed senior militia commander Abu Bakr al-Saadi and four guards.")
    assert event.killed == 5
