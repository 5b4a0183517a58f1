"""Scope and sense, from principles, on sentences written for these tests (not from dev.jsonl)."""

from __future__ import annotations

import pytest


def types_of(classifier, text: str) -> tuple[str, ...]:
    return classifier.classify(text).types


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers began a strike over pay at the port of Antwerp.",
        "The senator staged a hunger strike outside parliament.",
        "The former minister died of a heart attack at his home.",
        "A cyberattack took the ministry's website offline for hours.",
        "The two parties struck a deal on the budget late on Friday.",
        "The striker scored twice as the league leaders won the match.",
        "The opposition leader attacked the government's tax plan in a speech.",
        "Ransomware attack disrupts hospital servers across the region.",
        "Teachers' strike closes schools for a third day.",
        "Three people were killed when a storm brought down power lines.",
    ],
)
def test_non_military_senses_are_no_escalation(classifier, text):
    kinds = types_of(classifier, text)
    assert "strike" not in kinds and "attack" not in kinds and "casualty" not in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "The militia threatened to strike the airbase if the convoy moved.",
        "Officials warned that the rebels could attack the capital within days.",
        "The defence minister vowed to retaliate against the drone launch sites.",
        "Police said they foiled a bomb plot against the parade.",
    ],
)
def test_hedged_violence_is_a_threat_not_an_event(classifier, text):
    kinds = types_of(classifier, text)
    assert "threat" in kinds
    assert "strike" not in kinds and "attack" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "The army denied carrying out the strike on the village.",
        "No airstrikes were carried out overnight, the ministry said.",
        "The planned raid was called off at the last minute.",
    ],
)
def test_denied_or_cancelled_violence_is_no_event(classifier, text):
    kinds = types_of(classifier, text)
    assert "strike" not in kinds and "attack" not in kinds


@pytest.mark.parametrize(
    "text",
    ["The regime test-fired two cruise missiles on Sunday.", "The navy fired a ballistic missile into the sea."],
)
def test_weapons_fired_at_no_one_are_a_show_of_force(classifier, text):
    assert types_of(classifier, text) == ("threat",)


def test_casualties_give_no_number_for_either_field(classifier):
    event = classifier.classify("The clinic counted 30 casualties after the shelling.")
    assert "casualty" in event.types and (event.killed, event.injured) == (None, None)


def test_no_casualties_is_not_a_casualty(classifier):
    event = classifier.classify("Rockets hit an empty warehouse near the border; no casualties were reported.")
    assert "attack" in event.types
    assert "casualty" not in event.types


def test_no_one_injured_states_zero(classifier):
    event = classifier.classify("A bomb exploded outside the courthouse but no one was injured.")
    assert "attack" in event.types and "casualty" not in event.types
    assert event.injured == 0
    # nobody hurt is nobody killed either: the dead were hurt too
    assert event.killed == 0
    # but nobody killed says nothing of the wounded
    event = classifier.classify("A rocket hit the depot and no one was killed.")
    assert event.killed == 0 and event.injured is None


def test_negation_does_not_reach_the_next_event(classifier):
    # "no one" governs "injured", not the attack that follows it
    assert "attack" in types_of(classifier, "No one was injured in the grenade attack on the checkpoint.")


def test_a_new_clause_ends_a_cue(classifier):
    event = classifier.classify("Rebels vow new push as artillery fire kills 12 in the city")
    assert "attack" in event.types and event.killed == 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli jets struck Hamas positions in Gaza overnight.", "strike"),
        ("Russian forces launched missiles at Kharkiv.", "strike"),
        ("Militants fired rockets at the base.", "attack"),
        ("Gunmen opened fire on worshippers leaving a mosque.", "attack"),
        ("A suicide bomber struck a crowded market.", "attack"),
        ("Government troops shelled rebel positions near the river.", "strike"),
        ("Insurgents shelled the town overnight.", "attack"),
        ("The army launched 30 drones at targets across the border.", "strike"),
        ("The militia fired dozens of rockets at the airport.", "attack"),
        ("The air force said it killed a senior militia commander in a strike near the border.", "strike"),
    ],
)
def test_strike_or_attack_by_who_did_it(classifier, text, expected):
    kinds = types_of(classifier, text)
    other = "attack" if expected == "strike" else "strike"
    assert expected in kinds and other not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("An ambush killed 2 soldiers and 3 militants.", 5, None),
        ("One fighter was killed and two were injured in the raid.", 1, 2),
        ("Four troops were diagnosed with traumatic brain injury after the rocket attack.", 0, 4),
        ("Twenty-one people were killed in the bombing.", 21, None),
        ("A dozen soldiers were wounded in the ambush.", 0, 12),
        ("The blast killed 1,200 people, officials said.", 1200, None),
        ("At least 5 people were killed in the shooting.", 5, None),
        ("Dozens were killed in the shelling.", None, None),
        ("Since October, militants have killed 151 people in the province.", None, None),
        ("A car bomb killed 9 people, including 4 police officers, and wounded 20 others.", 9, 20),
        ("Six soldiers, 4 civilians and a police officer were killed in the bombing.", 11, None),
        ("The government denied that 40 people were killed in the strike.", None, None),
        ("The death toll from the rocket attack rose to 17.", 17, None),
    ],
)
def test_counts(classifier, text, killed, injured):
    event = classifier.classify(text)
    assert (event.killed, event.injured) == (killed, injured), event


def test_aliases_name_one_actor(classifier):
    for text in ("US forces struck a depot.", "U.S. forces struck a depot.", "American forces struck a depot.",
                 "The United States struck a depot."):
        assert "United States" in classifier.classify(text).actors, text
    assert "United States" not in classifier.classify("Let us strike a balance.").actors


def test_severity_scale(classifier):
    assert classifier.classify("Talks produced a ceasefire between the two sides.").severity == 1
    assert classifier.classify("The navy deployed two warships to the strait.").severity == 2
    assert classifier.classify("Militants attacked a checkpoint overnight.").severity == 3
    assert classifier.classify("Militants attacked a checkpoint, killing 2 soldiers.").severity == 4
    assert classifier.classify("A suicide bombing killed 25 people at a market.").severity == 5


@pytest.mark.parametrize(
    "text",
    [
        "A film about the 2008 Mumbai attacks won the festival's main prize.",
        "The families of the victims sued the city over the 2015 bombing of the hospital.",
        "The court sentenced three men for the 2019 bombing that killed 12 people.",
        "Leaders laid wreaths on the anniversary of the massacre in which 300 people died.",
        "Survivors of the 1992-1995 Sarajevo siege and the 1994 Kigali massacre met in Geneva.",
    ],
)
def test_named_earlier_events_and_their_relative_clauses_are_history(classifier, text):
    event = classifier.classify(text)
    assert not {"strike", "attack", "casualty"} & set(event.types), event.types
    assert event.killed is None


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 4 villagers on Monday in an attack that wounded 6 others.",
        "The 2000 people killed in the floods were buried on Sunday after shelling resumed.",
        "A car bomb exploded near the market, in a blast that killed 7 people.",
    ],
)
def test_fresh_events_with_numbers_and_relative_clauses_stay_news(classifier, text):
    event = classifier.classify(text)
    assert {"strike", "attack"} & set(event.types), event.types


def test_a_threat_word_inside_a_compound_modifier_is_no_threat(classifier):
    event = classifier.classify("Troops began their long-threatened offensive on the northern province at dawn.")
    assert "attack" in event.types
    assert "threat" not in event.types


def test_peacekeepers_block_mobilization_only_in_their_own_clause(classifier):
    assert "mobilization" not in types_of(classifier, "The UN deployed 500 peacekeepers along the border.")
    kinds = types_of(classifier, "Britain mobilized army reservists on Tuesday while UN inspectors asked for more time.")
    assert "mobilization" in kinds


@pytest.mark.parametrize(
    "text",
    [
        "The opposition accused the army of shelling civilian areas during the campaign.",
        "Moscow accuses Kyiv of attacking the power plant.",
        "The lawsuit alleges the contractor supplied bombs used in attacks on villages.",
    ],
)
def test_accusations_and_lawsuits_report_no_event(classifier, text):
    kinds = types_of(classifier, text)
    assert "strike" not in kinds and "attack" not in kinds, kinds


def test_a_report_of_an_attack_stays_one_next_to_an_accusation(classifier):
    event = classifier.classify("Rebels attacked a border post on Monday, killing 3 guards; officials accused Kyiv of arming them.")
    assert "attack" in event.types and event.killed == 3
