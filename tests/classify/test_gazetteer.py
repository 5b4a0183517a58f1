"""The gazetteers name the actors and places of real headlines, and their ambiguous words stay quiet.

Countries are places and state actors under one name; where names overlap the longest wins
("Papua New Guinea" names no Guinea); aliases that are ordinary words were left out or given a
longer form ("Swat Valley", "Afar region"), and some acronyms were left out ("ADF", "PDF", "LeT").
"""

from __future__ import annotations

import pytest

from bot.classify.taxonomy import load_taxonomy
from bot.paths import PROJECT_ROOT

HEADLINES = [
    # (text, actors that must be named, places that must be named)
    ("Al-Shabaab militants storm hotel in Kismayo", {"al-Shabaab"}, {"Kismayo"}),
    ("Knife attack at Sydney shopping centre", set(), {"Sydney"}),
    ("Attack on police station in Dagestan", set(), {"Dagestan"}),
    ("Russia denies strike on Odesa port", {"Russia"}, {"Odesa"}),
    ("Russian missile hits port in Odessa", {"Russia"}, {"Odesa"}),
    ("Israeli raid on Jenin", {"Israel"}, {"Jenin"}),
    ("Israeli strike on Khan Yunis kills 12", {"Israel"}, {"Khan Younis"}),
    ("RSF shells El Fasher as fighting spreads to Kordofan", {"Rapid Support Forces"}, {"El Fasher", "Kordofan"}),
    ("M23 rebels seize Goma in North Kivu", {"M23"}, {"Goma", "North Kivu"}),
    ("JNIM fighters kill 30 soldiers in Burkina Faso", {"al-Qaeda"}, {"Burkina Faso"}),
    ("Fano militia attacks army base in Amhara region", {"Fano"}, {"Amhara"}),
    ("Arakan Army captures town in Rakhine State", {"Arakan Army"}, {"Rakhine"}),
    ("Houthis target tanker near Bab el-Mandeb", {"Houthis"}, {"Bab el-Mandeb"}),
    ("Tanker attacked in the Strait of Hormuz", set(), {"Strait of Hormuz"}),
    ("Chadian troops killed in Boko Haram attack near Lake Chad", {"Chad", "Boko Haram"}, {"Lake Chad"}),
    ("Congolese army and Rwandan troops clash near Goma", {"DR Congo", "Rwanda"}, {"Goma"}),
    ("ADF rebels kill 40 in Ituri", {"Allied Democratic Forces"}, {"Ituri"}),
    ("Islamic State claims attack on Crocus City Hall", {"Islamic State"}, {"Crocus City Hall"}),
    ("Jaish e Mohammed claims Pulwama bombing", {"Jaish-e-Mohammed"}, {"Pulwama"}),
]


@pytest.mark.parametrize(("text", "actors", "places"), HEADLINES)
def test_headlines_name_their_actors_and_places(classifier, text, actors, places):
    event = classifier.classify(text)
    assert actors <= set(event.actors), (text, event.actors)
    assert places <= set(event.locations), (text, event.locations)


def test_a_state_named_by_its_forces_makes_a_strike(classifier):
    """A new state actor takes part in the strike/attack decision like the old ones."""
    assert "strike" in classifier.classify("Ukraine's SBU says its drones hit Engels air base").types


AMBIGUOUS = [
    # (text, names that must not be given)
    ("Earthquake hits Papua New Guinea", {"Guinea"}),
    ("Equatorial Guinea and Guinea-Bissau sign a deal", {"Guinea"}),
    ("Gunmen kill 10 in the Niger Delta", {"Niger"}),
    ("Boko Haram fighters attack island on Lake Chad", {"Chad"}),
    ("Bomb found in Northern Ireland", {"Ireland"}),
    ("Protesters were burning tyres on the road", {"Tyre"}),
    ("A SWAT team arrived for the sake of safety", {"Swat Valley", "Sake"}),
    ("Rebels came from afar", {"Afar region"}),
    ("They walked into the lion's den", {"Lions' Den"}),
    ("Let them go, police said", {"Lashkar-e-Taiba"}),
    ("ADF personnel deployed to Sydney", {"Allied Democratic Forces"}),
    ("The West Papua National Liberation Army claimed the attack", {"ELN"}),
    ("Karen National Liberation Army fighters attack a junta post", {"ELN"}),
    ("She had chin surgery", {"Chin State"}),
]


@pytest.mark.parametrize(("text", "absent"), AMBIGUOUS)
def test_ambiguous_words_name_nothing(classifier, text, absent):
    event = classifier.classify(text)
    assert not absent & (set(event.actors) | set(event.locations)), (text, event.actors, event.locations)


def test_a_palestinian_rocket_attack_names_no_state(classifier):
    """"Palestinian" is left out as a demonym: the attackers are groups, not a state's forces."""
    event = classifier.classify("Palestinian rocket attack hits Sderot")
    assert "Palestine" not in event.actors and event.locations == ("Sderot",)
    assert "attack" in event.types and "strike" not in event.types


def test_every_country_is_a_place_and_a_state():
    taxonomy = load_taxonomy(PROJECT_ROOT / "config")
    places = {place.name for place in taxonomy.places}
    states = {actor.name for actor in taxonomy.actors if actor.kind == "state"}
    for country in ("Chad", "Mali", "DR Congo", "Kosovo", "Palestine", "Somaliland", "Vatican City", "Tuvalu",
                    "Papua New Guinea", "Guinea", "Côte d'Ivoire", "Qatar"):
        assert country in places and country in states, country
    # UN members (193) plus the observer and de facto states listed
    assert len(states & places) >= 193 + 6
