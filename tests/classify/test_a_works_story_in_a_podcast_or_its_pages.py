"""What a work tells is its story, no news (docs/taxonomy.md, `attack`, "it is not": the story a work tells): a
podcast's story "about" an act as a film's or a book's, and what a work's author writes in it after "in which",
after the work's title too. An act at a place named by a word like a work's ("a book fair in which gunmen killed
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
])
def test_a_works_story_is_quiet(rules, text):
    assert_quiet(rules, text)


@pytest.mark.parametrize("text", [
    "The host of a true-crime podcast is shot dead outside his studio in Leeds.",
    "Gunmen storm the offices of a podcast in the capital, killing two producers.",
    "A book fair in which gunmen killed two people reopens under heavy guard.",
    "The general, who wrote a memoir, is killed when a roadside bomb strikes his convoy.",
    "Soldiers shoot dead three protesters outside a cinema showing a film about the war.",
])
def test_an_act_beside_a_work_still_alerts(rules, text):
    assert_alerts(rules, text)
