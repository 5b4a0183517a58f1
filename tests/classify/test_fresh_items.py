"""Rules found by three batches of freshly written feed items (420 in all, none from eval/),
each case here written anew for the rule it stands for. An item is "title\\nsummary"."""

from __future__ import annotations

import pytest

from bot.classify import Classifier

COUNTS = [
    # an insertion with no closing comma ends at the verb, or where another group begins
    ("At least 9 people including two policemen were killed and 30 others wounded in the attack.", 9, 30),
    ("A car bomb killed 6 people including 2 soldiers and another 14 people were wounded.", 6, 14),
    ("Five people, including a child, were killed and 12 others were injured in the blast.", 5, 12),
    # "and a woman" inside the insertion is one of the four, not a fifth
    ("Four people, including two children and a woman, were injured in the shelling.", 0, 4),
    ("Four people including two children and a woman were injured in the shelling.", 0, 4),
    ("Three police officers and a child were wounded in the blast.", 0, 4),
    # a list after a casualty word ends at the next one ("the wounding" is no third person)
    ("The blast resulted in the death of 2 people and the wounding of 5 others.", 2, 5),
    ("Gunmen killed 2 soldiers and wounded 5 civilians near the border.", 2, 5),
    # a partitive apposition is part of the number before it, never added to it
    ("Militants killed eleven villagers, four of them children, in an overnight raid.", 11, None),
    ("Five soldiers, three of them officers, were wounded when a mine exploded.", 0, 5),
    ("A rocket attack wounded four contractors, one critically, at the base.", 0, 4),
    ("Two guards, one seriously, were injured when gunmen stormed the hotel.", 0, 2),
    # an adverb between the auxiliary and the participle keeps the subject singular
    ("A policeman was critically injured in a knife attack near the station.", 0, 1),
    # number words do not join across the title-summary line break
    ("Toll from market bombing rises to nine\nThree more victims died in hospital, officials said.", 9, None),
    # a running total ("have been killed since ...") is background where the item counts its own event,
    # and the news where it is the only count
    ("A drone strike on a market killed nine people. More than 3,000 have been killed since the "
     "offensive began, officials say.", 9, None),
    ("At least 14 people have been killed since Sunday in clashes between rival militias.", 14, None),
    # "another" + a person is one more; "another 29" and "another were" are not list items
    ("A drone strike hit a car, killing a local commander and another man.", 2, None),
    ("The blast killed at least 20 people and another 29 were injured.", 20, 29),
    # a collective noun with its size is that many people
    ("An air strike on a house killed a family of seven, civil defence said.", 7, None),
    # a name set off by commas is the person before it; a list may start with a titled name
    ("The bombing killed the provincial governor, Ahmad Karimi, and three of his guards.", 4, None),
    ("A drone strike killed senior militia commander Abu Bakr al-Saadi and four guards.", 5, None),
    # "without causing casualties" states a zero
    ("Three mortar rounds landed near the airport without causing casualties.", 0, 0),
]

TYPES = [
    # peacekeepers are people the violence hit, not a de-escalation
    ("Three peacekeepers were injured when a roadside bomb hit their convoy.", ("attack", "casualty")),
    # headlines drop the article of "strikes a deal"
    ("Airline strikes deal for 40 new jets", ()),
    # an animal or a road accident is no attack, its victims no casualties of violence
    ("A hiker was injured after being attacked by a bear in the national park.", ()),
    ("Crocodile kills fisherman in Zambezi river", ()),
    ("Bus plunges into gorge in Himachal, 12 dead", ()),
    # a death with no violence in an item about a match or an illness is no casualty
    ("Goalkeeper dies after collapsing during training\nThe 27-year-old died of a heart attack in hospital.", ()),
    # "killed by Russian shelling": the preposition makes the demonym the shelling's doer
    ("Three civilians were killed by Russian shelling in Nikopol.", ("strike", "casualty")),
    ("Two children were wounded in Israeli shelling of the camp.", ("strike", "casualty")),
    # a demonym with its weapon after a passive "by" is the doer
    ("Kherson hit by Russian drones; four injured", ("strike", "casualty")),
    # a name right after "targeting" is the act's object, not its doer
    ("An army jet targeting rebels mistakenly struck a market, killing 12 civilians.", ("strike", "casualty")),
    # one event, one kind: the firing state did the "attack" its sentence names
    ("Russia fires missiles at Odesa in one of the heaviest attacks this month", ("strike",)),
    ("Israel hits Hezbollah's arms depots in wide-ranging attack", ("strike",)),
    # a mention whose doer is not named takes the kind of the item's mentions whose doer is
    ("Militia drone attack hits cargo ship\nThe vessel was struck by a drone off the coast, its operator said.",
     ("attack",)),
    ("Russian missile hits Kharkiv rail depot, two killed\nThe missile struck the depot shortly after midnight.",
     ("strike", "casualty")),
    ("Saudi artillery shells border district\nArtillery fire hit a market on Sunday, killing three people.",
     ("strike", "casualty")),
    # a state's weapon that killed, with no act word, is a strike
    ("Russian ballistic missiles kill 20 in Chernihiv", ("strike", "casualty")),
    # forces that came under attack are still its target
    ("US troops came under rocket attack at a base in eastern Syria", ("attack",)),
    # a rejected claim denies its that-clause, however far the denial stands from the event word;
    # a claim no one denies is how strikes are reported
    ("Delhi rejected as baseless and politically motivated a claim that its drones had struck a mosque.", ()),
    ("Israel denied reports that its jets had struck a hospital in Gaza.", ()),
    ("Russia claims that its missiles struck a Ukrainian airfield.", ("strike",)),
    # "foil" in a headline hedges the attack it names
    ("Police foil bomb attack plot, arrest three", ("threat",)),
    # a drone that "was shot down" is intercepted, nobody "was shot"
    ("Drone downed near airbase\nAn explosive-laden drone was shot down near the base. No one was hurt.",
     ("attack",)),
    # naming what force will hit is a threat of it; a strike's own targets are not
    ("Tehran says bases hosting the bombers would be legitimate targets.", ("threat",)),
    ("Pyongyang says new sanctions would mean war", ("threat",)),
    ("Israeli jets hit what the army called legitimate targets in Rafah.", ("strike",)),
    # ending a war is a de-escalation, and its "fighting" is no attack; a truce that collapsed is none
    ("Rivals sign accord aimed at ending fighting in the north", ("deescalation",)),
    ("The army and the rebels agreed to cease hostilities from Friday.", ("deescalation",)),
    ("Rebels refused to end the fighting.", ()),
    ("A week-old truce collapsed when gunmen attacked a checkpoint, killing two.", ("attack", "casualty")),
    # a send verb with state forces shortly after it, past numbers, weapons and names
    ("Kenya sends 400 more police officers and 200 soldiers to Haiti", ("mobilization",)),
    ("Armenia has moved artillery, tanks and several hundred troops to the frontier.", ("mobilization",)),
    ("Pakistan airlifts 3,000 additional paramilitary personnel to Kurram", ("mobilization",)),
    # not a deployment: a refusal, a letter, a company
    ("Japan refused to send troops to the region.", ()),
    ("The minister sent a letter to the army chief.", ()),
    ("The firm moved its headquarters to Dubai.", ()),
]


@pytest.mark.parametrize(("item", "killed", "injured"), COUNTS)
def test_counts(classifier: Classifier, item: str, killed: int | None, injured: int | None):
    title, _, summary = item.partition("\n")
    event = classifier.classify(title, summary)
    assert (event.killed, event.injured) == (killed, injured)


@pytest.mark.parametrize(("item", "types"), TYPES)
def test_types(classifier: Classifier, item: str, types: tuple[str, ...]):
    title, _, summary = item.partition("\n")
    assert classifier.classify(title, summary).types == types
