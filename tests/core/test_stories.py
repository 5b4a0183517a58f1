"""The story rule (bot.stories): which reports tell one event, and why."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.models import Event
from bot.stories import Report, StoryRule, targets

T0 = datetime(2026, 3, 3, 6, 0, tzinfo=UTC)
RULE = StoryRule(broad_places=frozenset({"Ukraine", "Russia", "Israel"}))


def report(title: str, minutes: int = 0, summary: str = "", types: tuple[str, ...] = ("strike", "casualty"),
           killed: int | None = None, places: tuple[str, ...] = ("Kharkiv",), actors: tuple[str, ...] = ("Russia",)) -> Report:
    event = Event(types=types, severity=3, killed=killed, locations=places, actors=actors)
    return Report(title, summary, T0 + timedelta(minutes=minutes), event)


FIRST = report("Russian missile strike on Kharkiv apartment block kills at least 5", killed=5)


def test_a_higher_toll_joins_the_story_it_updates():
    later = report("Death toll from Kharkiv apartment block strike rises to 12", 300, killed=12)
    verdict = RULE.compare(FIRST, later)
    assert verdict.joins, verdict.reason
    assert "Kharkiv" in verdict.shared_places


def test_another_outlet_with_other_words_joins_by_the_same_target():
    later = report("Kharkiv missile strike: 12 dead, dozens injured in apartment building", 360, killed=12)
    verdict = RULE.compare(FIRST, later)
    assert verdict.joins and "same target (block)" in verdict.reason


def test_two_strikes_on_one_city_on_one_day_stay_apart():
    power_plant = report("Russian drones hit Kharkiv power plant, causing blackouts", 120)
    verdict = RULE.compare(FIRST, power_plant)
    assert not verdict.joins
    assert verdict.reason == "different targets (block / plant)"


def test_a_report_of_a_second_blast_is_another_event():
    mosque = report("Kabul mosque bombing kills at least 20", types=("attack", "casualty"), places=("Kabul",), actors=())
    second = report("Second explosion near Kabul mosque wounds 2", 60, types=("attack", "casualty"), places=("Kabul",), actors=())
    verdict = RULE.compare(mosque, second)
    assert not verdict.joins and "another event ('Second explosion')" in verdict.reason


def test_a_flash_joins_the_first_facts_only_soon_after_and_at_the_same_place():
    flash = report("Explosions reported in Kharkiv", types=("attack",), actors=())
    assert RULE.compare(flash, report(FIRST.title, 50, killed=5)).joins
    assert not RULE.compare(flash, report(FIRST.title, 5 * 60, killed=5)).joins
    odesa = report("Russian missile strike on Odesa apartment block kills 5", 50, places=("Odesa",))
    assert RULE.compare(flash, odesa).reason == "different places (Kharkiv / Odesa)"


def test_different_kinds_of_event_and_times_beyond_the_window_stay_apart():
    threat = report("Russia threatens more strikes on Kharkiv apartment blocks", 60, types=("threat",))
    assert "different kinds of event" in RULE.compare(FIRST, threat).reason
    late = report("Death toll from Kharkiv apartment block strike rises to 14", 25 * 60, killed=14)
    assert RULE.compare(FIRST, late).reason == "published 25 h apart (window 24 h)"
    assert StoryRule(window=timedelta(hours=48)).compare(FIRST, late).joins


def test_a_country_alone_is_no_shared_place():
    a = report("Russian missiles hit Ukraine's energy grid overnight", places=("Ukraine",))
    b = report("Russian drones hit Ukraine's ports overnight", 30, places=("Ukraine",))
    verdict = RULE.compare(a, b)
    assert not verdict.joins and "without a shared city" in verdict.reason


def test_targets_come_from_the_headline_before_the_lead():
    school = report("Second blast near Kabul school wounds 2", summary="It came hours after the mosque attack.")
    assert targets(school) == {"school"}
    assert targets(report("Blast in Kabul", summary="A car bomb exploded at a checkpoint.")) == {"checkpoint"}


def test_best_picks_the_joining_member_of_a_story():
    members = [report("Explosions reported in Kharkiv", types=("attack",), actors=()), FIRST]
    later = report("Death toll from Kharkiv apartment block strike rises to 12", 300, killed=12)
    assert RULE.best(later, members).joins
    assert RULE.best(later, []).reason == "no story to join"


def test_a_toll_only_rises_unless_a_report_corrects_it():
    from bot.stories import facts_changed, merge_facts

    facts = FIRST.event
    facts = merge_facts(facts, report("Death toll from Kharkiv apartment block strike rises to 12", 300, killed=12))
    assert facts.killed == 12
    slower = merge_facts(facts, report("Missile strike on Kharkiv apartment block kills 5", 320, killed=5))
    assert slower.killed == 12 and not facts_changed(facts, slower)
    corrected = merge_facts(facts, report("Kharkiv revises apartment strike toll down to 11 after double count", 900, killed=11))
    assert corrected.killed == 11 and facts_changed(facts, corrected)
    grown = merge_facts(facts, report("Kharkiv strike: Ukraine says Russia fired Iskander", 400, types=("attack",), places=("Kharkiv", "Ukraine")))
    assert grown.types == ("strike", "attack", "casualty") and grown.locations == ("Kharkiv", "Ukraine")


ATTACK = ("attack", "casualty")


def test_a_follow_up_that_refers_back_to_the_event_joins_without_sharing_words():
    club = report("", summary="A gunman opens fire in a nightclub in Istanbul, killing at least 39 people.",
                  types=ATTACK, places=("Istanbul",), actors=("Turkey",))
    arrests = report("", 20 * 60, summary="Authorities arrest eight people in connection with yesterday's attack.",
                     types=("attack",), places=(), actors=())
    verdict = RULE.compare(club, arrests)
    assert verdict.joins and "refers back ('with yesterday's attack')" in verdict.reason
    claim = report("", 20 * 60, summary="Islamic State claims responsibility for the shooting at the Istanbul club.",
                   types=("attack",), places=(), actors=("Turkey", "Islamic State"))
    assert RULE.compare(club, claim).joins


def test_a_reference_joins_only_an_event_of_its_kind_and_names():
    bombing = report("", summary="A bomb explodes at a checkpoint near Karbala, killing 12.", types=ATTACK,
                     places=("Karbala", "Iraq"), actors=())
    shooting_claim = report("", 20 * 60, summary="ISIL claims responsibility for yesterday's shooting in Iraq.",
                            types=("attack",), places=("Iraq",), actors=("Islamic State",))
    assert not RULE.compare(bombing, shooting_claim).joins, "a shooting is not the bombing told"
    elsewhere = report("", 20 * 60, summary="Taliban claim responsibility for the bombing, officials in Kabul say.",
                       types=("attack",), places=("Afghanistan",), actors=("Taliban",))
    assert not RULE.compare(bombing, elsewhere).joins, "no place or actor in common"
    series = report("", 20 * 60, summary="Police arrest the main suspect in the recent bombings in Iraq.",
                    types=("attack",), places=("Iraq",), actors=())
    assert not RULE.compare(bombing, series).joins, "a series of events is not one of them"


def test_an_indefinite_reference_needs_the_same_city():
    bombing = report("", summary="A bomb explodes in a voter registration centre in Kabul, killing 30.", types=ATTACK,
                     places=("Kabul",), actors=())
    toll = report("", 20 * 60, summary="The death toll from a suicide bombing in Kabul rises to 57.", types=ATTACK,
                  places=("Kabul", "Afghanistan"), actors=())
    assert RULE.compare(bombing, toll).joins
    unplaced = report("", 20 * 60, summary="The death toll from a suicide bombing rises to 57.", types=ATTACK,
                      places=(), actors=())
    assert not RULE.compare(bombing, unplaced).joins


def test_many_distinguishing_words_in_common_tell_one_event_without_a_place():
    first = report("", summary="Police investigate the overnight shooting death of a protester, James Scurlock, "
                   "by a bar owner in Omaha.", types=ATTACK, places=(), actors=())
    later = report("", 20 * 60, summary="Prosecutors conclude a bar owner who fatally shot a protester James Scurlock "
                   "during protests in Omaha acted in self-defense.", types=ATTACK, places=(), actors=())
    verdict = RULE.compare(first, later)
    assert verdict.joins and "words in common" in verdict.reason


def test_an_indefinite_reference_with_its_day_named_points_at_one_event():
    wedding = report("", summary="63 people are killed in a suicide attack at a wedding party in Kabul, Afghanistan.",
                     types=ATTACK, places=("Kabul", "Afghanistan"), actors=())
    claim = report("", 20 * 60, summary="ISIL claims responsibility for a terrorist attack against a wedding party "
                   "in Afghanistan the day prior.", types=("attack",), places=("Afghanistan",), actors=("Islamic State",))
    rule = StoryRule(broad_places=frozenset({"Afghanistan"}))
    verdict = rule.compare(wedding, claim)
    assert verdict.joins and "refers back ('for a terrorist attack')" in verdict.reason
    undated = report("", 20 * 60, summary="ISIL claims responsibility for a terrorist attack in Afghanistan.",
                     types=("attack",), places=("Afghanistan",), actors=("Islamic State",))
    assert not rule.compare(wedding, undated).joins, "an undated attack in a country could be any"
