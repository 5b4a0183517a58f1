"""Headlines of the kinds a feed carries every day, each standing for one rule of the taxonomy.

They were written fresh (none is in eval/), so they check that the rules generalise
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
    ("A soldier was injured in a rocket attack.", 0, 1),
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
    ("Candidate shot in leg at campaign rally, suspect detained", 0, 1),
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
    ("Shelling wounds child in Donetsk", 0, 1),
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
