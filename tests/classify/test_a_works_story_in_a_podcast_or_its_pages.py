"""What a work tells is its story, no news (docs/taxonomy.md, `attack`, "it is not": the story a work tells): a
podcast's story "about" an act as a film's or a book's, and what a work's author writes in it after "in which",
after the work's title too, and what it shows or depicts in its clause of "which" or "that", after its title between
commas as well ("the documentary Last Days in Aleppo, which shows the siege"); and what a memoir, a novel or a life's
story says, writes or recounts as the subject of its verb of telling (a report that says so tells news). An act at a place named by a word like a work's ("a book fair in which gunmen killed
two"), or an act done to a work's people, is news. Every quiet case sits beside a violent twin. The sentences are
written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import assert_alerts, assert_quiet


@pytest.mark.parametrize("text", [
    "A true-crime podcast about an unsolved 1990s murder in Leeds tops the charts in Britain.",
    "A new podcast about the bombing of the ferry wins a national radio award.",
    "The general's memoir, in which he writes that his unit killed 40 insurgents in one night, sells 200,000 copies.",
    "Her memoir Burning Fields, in which she recounts how soldiers shot her brother, wins the national book prize.",
    "A film in which a sniper kills 160 insurgents tops the box office for a third week.",
    "The documentary Last Days in Aleppo, which shows the shelling of a children's hospital, wins a BAFTA.",
    "The general's autobiography says he shot dead two deserters during the retreat of 1942.",
    "Her memoir reveals that she killed her abusive husband in self-defence, a crime she was never charged with.",
    "The film Black Rain, about the bomb that levelled Nagasaki and killed 70,000 people, wins four awards in Venice.",
])
def test_a_works_story_is_quiet(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "The host of a true-crime podcast is shot dead outside his studio in Leeds.",
    "Gunmen storm the offices of a podcast in the capital, killing two producers.",
    "A book fair in which gunmen killed two people reopens under heavy guard.",
    "The general, who wrote a memoir, is killed when a roadside bomb strikes his convoy.",
    "Soldiers shoot dead three protesters outside a cinema showing a film about the war.",
    "A new report says soldiers killed 30 villagers in a raid on Sunday.",
    "The novelist, whose memoir says he fought in the war, is shot dead outside his home.",
    "The book Night Raid, about the war, is launched as rebels shell the city, killing four.",
    "Gunmen attack a screening of the documentary Last Days in Aleppo, which shows the siege, killing three viewers.",
])
def test_an_act_beside_a_work_still_alerts(rules, text):
    assert_alerts(rules, text)
