"""Recall on wire-style reports (issue 9): tests/classify/data/wire_news.jsonl holds 64 reports of
violence from many conflicts in the words of wire copy (air, drone and missile strikes, shelling,
ambushes, bombings, raids, clashes, attacks on shipping; counts in words, digits and collectives)
and 20 ordinary items in war words, written for these tests and not copied from any set.
`sitrep eval tests/classify/data/wire_news.jsonl` scores them.

The principle tests beside it hold the rules to what the set taught: an armed actor or a weapon, a
destructive verb, a target; who did it decides strike or attack; each principle with a quiet case in
the same words."""

from __future__ import annotations

import pytest

from bot.classify.evaluate import evaluate, read_gold
from bot.paths import PROJECT_ROOT
from tests.classify.verdicts import assert_alerts, assert_quiet

WIRE_NEWS = PROJECT_ROOT / "tests" / "classify" / "data" / "wire_news.jsonl"
#: As reached when the set's misses were fixed (before: F1 0.959, macro recall 0.798, killed 0.850),
#: less about one item each: a regression of two items fails.
FLOORS = {"violent_f1": 0.98, "type_macro_recall": 0.96, "killed_exact": 0.95}


def test_wire_news_recall_and_types_stay_above_their_floors(classifier):
    overall = _scored_above(classifier, WIRE_NEWS, FLOORS)
    assert overall["support"]["strike"] >= 25 and overall["support"]["attack"] >= 30
    assert overall["false_alarm_rate"] == 0.0


def _scored_above(classifier, path, floors: dict[str, float]) -> dict:
    """The overall metrics of a labelled set, each metric of `floors` checked against its floor."""
    overall = evaluate(read_gold([path]), classifier.classify)["overall"]
    for metric, floor in floors.items():
        assert overall[metric] >= floor, (metric, overall[metric])
    return overall


DATA = PROJECT_ROOT / "tests" / "classify" / "data"
#: The wire sets written after the fixes, each with its floors, its size (violent items, items with a
#: stated death toll) and the false alarms its ordinary items may raise (None: it has none):
#: - wire_news_fresh.jsonl (42 reports, 11 ordinary items), written after the first fixes, never tuned on.
#:   Two of its tolls were first labelled with the attackers summed in; docs/taxonomy.md now says the toll
#:   is the victims' (the eval data's incident tables count so), and they were relabelled: killed 23/23.
#: - wire_news_fresh2.jsonl (30 reports with stated tolls, 10 ordinary items), written after the count fixes
#:   of its branch and scored once, untuned: F1 1.0, macro recall 0.975, killed 26/28, injured 16/16. Its
#:   one type miss ("Rapid Support Forces fired artillery shells": the artillery read as the army doing
#:   it) went with the principle found on wire_news_fresh4 that arms fired are no doer.
#: - wire_news_fresh3.jsonl (30 reports, 24 with a stated death toll, 15 with a stated number hurt),
#:   written in the session of December 6th before that session's rule changes, scored once: F1 1.0, macro
#:   recall 1.0, killed 23/24, injured 15/15. The one miss was a heading's last word read as the label of
#:   the summary's first number, fixed by principle (tests/classify/test_counts_not_labels.py).
#: - wire_news_fresh4.jsonl (60 reports: 20 strikes, 32 attacks, 8 of either side; 45 with a stated death
#:   toll, 31 with a number hurt), written in the second session of December 6th by a writer who saw no
#:   classifier code, scored once before that session's changes: F1 1.0, macro recall 0.844, killed 44/45,
#:   injured 30/31. Fixed by principle (tests/classify/test_one_act_one_kind.py, an age as a count in
#:   test_counts_not_labels.py): macro recall 0.959, killed 45/45, injured 31/31.
#: - wire_news_fresh5.jsonl (60 reports in the words of regional outlets, live blogs, statements and
#:   breaking alerts), written later that session by a writer who saw no code, scored once before the fixes
#:   it taught: F1 0.983 (recall 58/60), macro recall 0.894, killed 44/45, injured 28/30. After them (a
#:   title's general word takes its summary's kind, attack drones are weapons, guided bombs are dropped
#:   from afar, a name before a place noun says where, an age that ends a heading, a state's act as strong
#:   as its arms for the topic gate): F1 0.992 (59/60; a car driven into a parade crowd stays quiet), macro
#:   recall 0.984, killed 45/45, injured 29/30.
#: - wire_news_fresh6.jsonl (50 reports, 10 of them headlines alone, and 20 quiet items of a conflict feed:
#:   truces, swaps, foiled plots, verdicts, funerals, drills, accidents), written the same way: F1 0.961
#:   (precision 0.942, recall 49/50), macro recall 0.969, killed 37/38, injured 24/25, 3 false alarms of
#:   20. After the fixes it taught (arms got "to use in attacks" and strikes "practised" in drills are no
#:   acts, a toll's source is no victim, "sector" is an economy's only with its kind named, the toll of an
#:   attack dated by its month and year in a relative clause is history): F1 0.98, killed 38/38, injured
#:   25/25, 1 false alarm (a sentence for a festival stabbing); one strike is vetoed by the topic gate
#:   (Israeli warplanes on Natanz, read as news of nuclear scientists). The sentence went quiet later by a
#:   principle found on the read train alarms (what a later stage of a case is for is known before): 0.
#: - wire_news_fresh7.jsonl (50 reports of violence in the words of disasters: a building collapsed after a
#:   missile, a petrol station ablaze after a drone, arson, rammings, sabotage), written the same way:
#:   F1 0.901 (recall 41/50), macro recall 0.683, killed 30/36, injured 21/25. After the fix it taught
#:   (damage a main clause tells is done by the act of its after-clause): F1 0.958, macro recall 0.879,
#:   killed 32/36, injured 21/25. Left: a strike vetoed by the topic gate, a car driven into a parade
#:   crowd, rioters' arson, a bridge blown up with no doer named.
#: - wire_news_fresh8.jsonl (50 reports of new violence wrapped in reactions, justice, markets, funerals),
#:   written the same way and never tuned on: F1 0.958 (recall 46/50), macro recall 0.907, killed 35/38,
#:   injured 21/22.
#: - wire_news_fresh9.jsonl (50 reports of new violence told with courts, trials, suspects, charges, prisons
#:   and inquiries: a judge shot outside a courthouse, a riot in a jail, a witness killed), written in a later
#:   session to measure the principles on later stages of a case that session found on the read train
#:   alarms, and never tuned on. At that session's start: F1 0.958 (recall 46/50), macro recall 0.951,
#:   killed 24/35, injured 22/26. Later that session, by principles found on its twin wire_news_fresh10 (a
#:   case named in the subject frames nothing of the clause's own act; "stabs" is the present of "stabbed"):
#:   F1 0.980 (recall 48/50), macro recall 0.976; with the people of a court or a prison story read as
#:   persons ("inmate kills cellmate"), killed 25/35. Its low killed exact is what it says about counts told
#:   beside a case.
#: - wire_news_fresh10.jsonl (50 more of that kind, the same writer's brief), the twin the rules were fixed on:
#:   F1 0.958 (recall 46/50), macro recall 0.938, killed 30/38, injured 24/27 at the session's start; after
#:   the fixes F1 0.969, macro recall 0.950, killed 33/38.
#: - wire_news_fresh11.jsonl and wire_news_fresh12.jsonl (60 each of new violence in the one-line style of the
#:   news portal, a third of it filed under politics, world news, disasters, sport, arts or health), written
#:   in the session of December 7th and scored on the code before it (3a5e120): F1 0.966 / 0.957, macro
#:   recall 0.917 / 0.903, killed 28/40 / 35/42. The rules were fixed by principle on fresh11 (F1 1.0, killed
#:   40/40); fresh12 was never read: F1 0.974, macro recall 0.953, killed 40/42, injured 22/23 at that
#:   session's end.
#: - wire_news_fresh13.jsonl and wire_news_fresh14.jsonl (60 and 50 agency reports, headline and standfirst,
#:   tolls in tricky forms: victims listed by role, attackers in the toll, tolls revised), written and scored
#:   the same way: killed 41/50 and 36/43 at the start. Fixed on fresh13 (killed 50/50); fresh14, never
#:   read, went to killed 37/43 (F1 0.990, macro recall 0.917: its misses are its own to keep).
#: - wire_news_fresh15.jsonl and wire_news_fresh16.jsonl (60 each of new violence in the shapes closest to
#:   ordinary news: blasts first taken for gas, a strike told with the reaction to it, an attack with an
#:   earlier one as background, ships, pipelines and power plants hit), written in the session of December
#:   7th (second) by writers who saw no code, and scored once on the code before it (262c73d): F1 0.983 /
#:   0.957, macro recall 0.945 / 0.869, killed 43/45 / 40/47, injured 33/34 / 26/30. The rules were fixed by
#:   principle on fresh15; fresh16 is never read.
#: - mixed_news_fresh35.jsonl and mixed_news_fresh36.jsonl (120 each of what a channel subscribed to a
#:   broadcaster's top-stories and world feeds receives: about 90 ordinary items of every section, 24 and 25
#:   reports of new violence, 5 and 6 conflict or crime items that report no new act), written in the same
#:   session by writers asked for a realistic, not adversarial, mix, and scored once on its start (262c73d):
#:   F1 0.980 / 0.943, killed 17/18 / 17/17, false alarms 1 of 96 / 3 of 95 (one of 89 ordinary items in
#:   the second; two trials or threats of the crime section). fresh35 was tuned on; fresh36 is never read.
#: - mixed_news_fresh37.jsonl to mixed_news_fresh40.jsonl (120 each of the same kind of feed, two weighted to
#:   Europe, the Middle East and North America and two to Africa, Asia and Latin America) and
#:   wire_news_fresh17.jsonl and wire_news_fresh18.jsonl (60 each of new violence with tolls in the shapes of
#:   wire copy), written in the third session of December 7th by writers who saw no code, and scored once on its
#:   start (eb89231): false alarms 2/96, 2/96, 0/96, 1/95; F1 0.960, 0.960, 1.0, 0.980 / 1.0, 0.983; killed
#:   15/16, 17/17, 17/19, 21/21 / 53/57, 55/58. The rules were fixed by principle on 37, 39 and 17; 38, 40
#:   and 18 are never read.
#: - wire_news_fresh19.jsonl and wire_news_fresh20.jsonl (60 each of new violence told with what police and
#:   courts do at once: suspects arrested, attackers shot by police, prison riots, murder-suicides), written
#:   later that session and scored once on the code after its first round of rules (2be429e): F1 0.992 /
#:   1.0, killed 51/57 / 54/58, injured 32/44 / 42/45. Fixed on 19; 20 is never read.
#: - mixed_news_fresh45.jsonl and mixed_news_fresh46.jsonl (120 each of national broadcasters' top stories,
#:   the UK, the US, Australia, India and South Africa: about 95 ordinary items, 20 and 21 reports of new
#:   violence), written and scored the same way: false alarms 0/100 and 2/99, F1 0.974 / 0.905, injured
#:   12/16 / 9/12. Fixed on 45; 46 is never read. The sixth session of December 7th's rules took 46 to
#:   F1 0.930, injured 11/12 (never read; its level tightened to that).
#: - mixed_news_fresh51.jsonl (120 of a global agency's world feed, 28 reports of new violence) and
#:   wire_news_fresh21.jsonl (60 reports of new violence, half in the portal's style), written last that
#:   session and never read, scored on its start (eb89231) and its end alike: false alarms 4/92 both times,
#:   killed 20/21 -> 21/21; the wire set the same at both (F1 1.0, killed 45/45, injured 28/29).
#: - mixed_news_fresh55.jsonl and mixed_news_fresh56.jsonl (120 each of such a world feed, wars' news with no
#:   new act among the ordinary items), written at that session's end and scored once on bd5d6ae: no false
#:   alarm of 92 in either, recall 27/28 and 28/28. 55 is for tuning; 56 is never read.
#: - mixed_news_fresh66.jsonl (120 of such a world feed: 28 reports of new violence, 92 ordinary items), written for
#:   and tuned on by the session of 2026-12-07: 4 false alarms of 92 at its start (F1 0.933, killed 21/21, injured
#:   18/18); after the fixes it taught (a measure that explodes by a figure or higher is growth, a bombardment with
#:   a game's balls is no fire, arms "left from" a past war go off by mishap, what a proceeding hears is its matter
#:   with "that" dropped): none of 92 now, F1 1.0, macro recall 0.975 (a Houthi missile on a ship read as a strike too).
#: - wire_news_fresh22.jsonl (60 reports of new violence with tolls in tricky forms: parts of a crew, tellers' rival
#:   figures, later deaths among the wounded, attackers among the dead), written for and tuned on by the session of
#:   2026-12-07: F1 1.0, killed 48/51, injured 42/51 at its start (530485f); F1 1.0, killed 51/51, injured 48/51 now
#:   (tests/classify/test_counts_parts_and_tellers.py). Left: burns named as the wound, the hurt of a stray bullet, a
#:   mob's victims called suspects.
#: - mixed_news_fresh69.jsonl (120 of a national broadcaster's top-stories feed: 28 reports of new violence, domestic
#:   crime and world conflict, 92 ordinary items), written for and tuned on by the session of 2026-12-07: 2 false
#:   alarms of 92 and injured 16/20 at its start (F1 0.966, killed 17/17); after the fixes it taught (a force named
#:   only as a place it holds or as an act's target is no doer, harm a measure counts moving by a share is a
#:   statistic, the hurt told by their state, by burns or cuts suffered or "after being stabbed" are counted): none of
#:   92 now, F1 1.0, injured 20/20, macro recall 0.976 (a projectile from no named side on a ship read as a strike).
#: - wire_news_fresh24.jsonl (60 reports of new violence wrapped in other news: suspects arrested or shot at once,
#:   charges the same day, prison riots, police shootings, blasts first taken for gas, ships and pipelines hit),
#:   written for and tuned on by the session of 2026-12-07: F1 0.992, killed 48/53, injured 45/49 at its start
#:   (976d85e); F1 1.0, killed 52/53, injured 48/49 now (tests/classify/test_counts_ages_and_war_tolls.py: a later
#:   item of a list told by an age, a war's own running toll, burns and stray bullets as wounds, a heading's "gunman
#:   killed", the hurt of whom one died later, a bomb that ruptured a pipeline). Left: a man shot dead by police after
#:   he stabbed two (his own death, and the stabbed as hurt: an active "stabbed two" as injured cost dev tolls).
#: - mixed_news_fresh59.jsonl and mixed_news_fresh60.jsonl (120 each of a world feed, 28 reports of new violence, the
#:   second away from the Middle East) and wire_news_fresh23.jsonl (60 wire reports of new violence with tolls in
#:   tricky forms, half in the portal's style), written at the start of the session of 2026-12-07 and never read by
#:   it or its helpers; scored on its start (f66224e) and its end: false alarms 5/92 -> 4/92 and 6/92 -> 4/92
#:   (violent F1 0.900 -> 0.915 and 0.903 -> 0.933), killed 21/21 and 19/19 both times; wire killed 52/55 both
#:   times, injured 40/46 -> 43/46. Their levels are held at the end's.
#: - wire_news_fresh25.jsonl and wire_news_fresh26.jsonl (60 wire reports each of new violence, a third told beside
#:   numbers that are no toll: an earlier toll, a date, a case, a war's total, a unit, ages), written in the fifth
#:   session of 2026-12-07; 25 tuned on by it, 26 never read by it or its helpers. At its start (98200ea): killed 51/53
#:   and 51/55, injured 51/53 and 41/43, type macro recall 0.951 and 0.930, violent F1 1.0 both. Tuned on 25 by
#:   principle (tests/classify/test_stabbed_and_struck_counts.py: the counted object of a stabbing is hurt, a heading's
#:   "six shot, one fatally", a death among the victims counted hurt, the toll of an act its doers are behind):
#:   killed 53/53, injured 53/53. Left: two strikes also read as attacks (a Houthi missile on a ship; the ambush a
#:   strike's target is behind).
#: - mixed_news_fresh84.jsonl and mixed_news_fresh85.jsonl (120 each of a large broadcaster's world feed across regions,
#:   28 reports of new violence among 92 ordinary items), written in the fifth session of 2026-12-07; 84 tuned on, 85
#:   never read. On 98200ea: false alarms 5/92 and 10/92, violent F1 0.918 and 0.831, killed 21/21 and 20/20, injured
#:   15/15 and 16/17; on a1a98ca the same but 85's injured 17/17. After the fixes 84 taught (a funeral is a rite and
#:   "gather at" one no place of an act, acts by their doers that have driven people out in all, the dead brought
#:   home described by where they came from, "the battle of July 1943"): 84 false alarms 0/92, F1 1.0, killed 21/21.
#:   After the fresh90 principles (h18, 85 still unread): 85 false alarms 9/92.
#: - wire_news_fresh27.jsonl and wire_news_fresh28.jsonl (60 wire reports each of new violence told with the justice
#:   and policing around it: attacks on courts, prisons and police stations, prisoners who kill guards, shootings at
#:   trials, with an older case's toll, sentences, ages and dates beside the new toll), written in the fifth session of
#:   2026-12-07; 27 tuned on, 28 never read. On 98200ea: killed 49/56 and 46/52, injured 41/46 and 46/57; on 42a27c1:
#:   killed the same, injured 42/46 and 47/57. Tuned on 27 (tests/classify/test_counts_beside_cases.py): killed 53/56,
#:   injured 43/46; then (test_cases_heard_and_subjects_acts.py, test_doers_stopped_and_no_one_hurt.py,
#:   test_fires_set_that_hurt.py): F1 1.0, macro recall 1.0, killed 56/56, injured 46/46.
#: - mixed_news_fresh90.jsonl and mixed_news_fresh91.jsonl (120 each of a large broadcaster's feed weighted to the
#:   regions at war, 28 reports of new violence among 92 ordinary items), written in the same session; 90 tuned on, 91
#:   never read. On 98200ea: false alarms 4/92 and 4/92, violent F1 0.933 both; on bc6f4ff: 3/92 and 4/92.
#:   90 tuned (h18): false alarms 0/92, violent F1 1.0, types, killed and injured all exact.
#: - At the end of the fifth session of 2026-12-07 (start 98200ea -> end, never read): mixed_news_fresh85 false alarms
#:   10/92 -> 9/92, injured 16/17 -> 17/17; mixed_news_fresh91 4/92 both; wire_news_fresh26 unchanged (killed 51/55);
#:   wire_news_fresh28 killed 46/52 -> 47/52, injured 46/57 -> 47/57; wire_news_fresh9 injured 24/26 -> 25/26 (killed
#:   25/35 unchanged). Their floors are tightened to the end's.
#: - At the end of the seventh session of 2026-12-07 (start 819b308): the count principles of its branch h3 (the dead
#:   told as a part of a shooting's counted object, a heading's singular subject is one person, a murder-suicide's
#:   title toll) took tuned wire_news_fresh10 killed 34/38 -> 36/38 and held wire_news_fresh9 (never read) 25/35 ->
#:   27/35; their floors are tightened to that.
#: - ordinary_news_fresh92.jsonl and ordinary_news_fresh93.jsonl (80 each: 60 disasters and accidents in the words of
#:   attacks, and 60 international and politics items with wars as their background that report no new act; 20 new
#:   acts in the same settings in each), written in the seventh session of 2026-12-07 by a writer who saw no code, to
#:   measure that session's principles, and never read by it or its helpers. Its writer read docs/taxonomy.md after
#:   the first branch of accident rules had been merged (so fresh92 was written to lines those rules added).
#:   Scored on 819b308 and at that session's end: fresh92 false alarms 5/60 -> 3/60 (violent F1 0.81 -> 0.85;
#:   the change came with that first branch, before the writer started, and none after it); fresh93 4/60 both
#:   times (F1 0.884 both). Their tuned twins are ordinary_news_fresh94 and 95
#:   (tests/classify/test_ordinary_news_set.py, 0 now): what was learned on each twin did
#:   not reach the held set.
#: - The eighth session of 2026-12-07 (start e420b3d) had a writer who saw only docs/taxonomy.md write two twins of 60
#:   agency reports each (50 new acts with tolls told in many forms, 10 ordinary items): wire_news_fresh29, tuned on
#:   by its count helpers (killed 41/44 -> 42/44, injured 33/42 -> 39/42: the hurt told by their wounds or
#:   treatment, "a night watchman was also wounded", a teller after "U.S.", the ramming driver), and
#:   wire_news_fresh30, never read (killed 47/49, injured 34/39 at the start and at the end). Its twin of
#:   ordinary_news_fresh96, ordinary_news_fresh97 (60 disasters, international, arts and politics items and 20 new
#:   acts, never read): 0 false alarms of 60 and F1 1.0 at the start and the end. Held wire_news_fresh9 went killed
#:   27/35 -> 28/35 with that session's count principles.
#: The floors are the scores reached less about one item each.
FRESH_SETS = [
    ("wire_news_fresh.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.94, "killed_exact": 0.95}, 42, 23, 0.0),
    ("wire_news_fresh2.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.94, "killed_exact": 0.89,
                                "injured_exact": 0.93}, 30, 28, 0.0),
    ("wire_news_fresh3.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.94, "killed_exact": 0.91,
                                "injured_exact": 0.93}, 30, 24, None),
    ("wire_news_fresh4.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.94, "killed_exact": 0.97,
                                "injured_exact": 0.96}, 60, 45, None),
    ("wire_news_fresh5.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.96, "killed_exact": 0.97,
                                "injured_exact": 0.93}, 60, 45, None),
    ("wire_news_fresh6.jsonl", {"violent_f1": 0.96, "type_macro_recall": 0.94, "killed_exact": 0.97,
                                "injured_exact": 0.96}, 50, 38, 0.0),
    ("wire_news_fresh7.jsonl", {"violent_f1": 0.94, "type_macro_recall": 0.85, "killed_exact": 0.86,
                                "injured_exact": 0.8}, 50, 36, None),
    ("wire_news_fresh8.jsonl", {"violent_f1": 0.94, "type_macro_recall": 0.88, "killed_exact": 0.89,
                                "injured_exact": 0.9}, 50, 38, None),
    ("wire_news_fresh9.jsonl", {"violent_f1": 0.96, "type_macro_recall": 0.95, "killed_exact": 0.77,
                                "injured_exact": 0.92}, 50, 35, None),
    ("wire_news_fresh10.jsonl", {"violent_f1": 0.95, "type_macro_recall": 0.93, "killed_exact": 0.92,
                                 "injured_exact": 0.92}, 50, 38, None),
    ("wire_news_fresh11.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.97, "killed_exact": 0.97,
                                 "injured_exact": 0.96}, 60, 40, None),
    ("wire_news_fresh12.jsonl", {"violent_f1": 0.96, "type_macro_recall": 0.93, "killed_exact": 0.95,
                                 "injured_exact": 0.91}, 60, 42, None),
    ("wire_news_fresh13.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.97, "killed_exact": 0.98,
                                 "injured_exact": 0.97}, 60, 50, None),
    ("wire_news_fresh14.jsonl", {"violent_f1": 0.99, "type_macro_recall": 0.99, "killed_exact": 0.9,
                                 "injured_exact": 0.94}, 50, 43, None),
    ("wire_news_fresh15.jsonl", {"violent_f1": 0.99, "type_macro_recall": 0.98, "killed_exact": 0.97,
                                 "injured_exact": 0.97}, 60, 45, None),
    ("mixed_news_fresh35.jsonl", {"violent_f1": 0.97, "type_macro_recall": 0.91, "killed_exact": 0.94,
                                  "injured_exact": 0.98}, 24, 18, 0 / 96),
    ("mixed_news_fresh36.jsonl", {"violent_f1": 0.93, "type_macro_recall": 0.92, "killed_exact": 0.98,
                                  "injured_exact": 0.8}, 25, 17, 3 / 95),
    ("wire_news_fresh16.jsonl", {"violent_f1": 0.96, "type_macro_recall": 0.9, "killed_exact": 0.87,
                                 "injured_exact": 0.84}, 60, 47, None),
    ("mixed_news_fresh37.jsonl", {"violent_f1": 0.95, "type_macro_recall": 0.96, "killed_exact": 0.93,
                                  "injured_exact": 1.0}, 24, 16, 0 / 96),
    ("mixed_news_fresh38.jsonl", {"violent_f1": 0.95, "type_macro_recall": 0.89, "killed_exact": 1.0,
                                  "injured_exact": 0.92}, 24, 17, 1 / 96),  # (2 before the rules ordinary_news_fresh70 taught)
    ("mixed_news_fresh39.jsonl", {"violent_f1": 1.0, "type_macro_recall": 0.97, "killed_exact": 0.94,
                                  "injured_exact": 1.0}, 24, 19, 0 / 96),
    ("mixed_news_fresh40.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.97, "killed_exact": 1.0,
                                  "injured_exact": 0.93}, 25, 21, 1 / 95),
    ("wire_news_fresh17.jsonl", {"violent_f1": 1.0, "type_macro_recall": 0.98, "killed_exact": 0.98,
                                 "injured_exact": 1.0}, 60, 57, None),
    ("wire_news_fresh18.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.97, "killed_exact": 0.94,
                                 "injured_exact": 0.84}, 60, 58, None),
    ("wire_news_fresh19.jsonl", {"violent_f1": 0.99, "type_macro_recall": 0.98, "killed_exact": 0.98,
                                 "injured_exact": 0.97}, 60, 57, None),
    ("wire_news_fresh20.jsonl", {"violent_f1": 1.0, "type_macro_recall": 1.0, "killed_exact": 0.94,
                                 "injured_exact": 0.93}, 60, 58, None),
    ("mixed_news_fresh45.jsonl", {"violent_f1": 0.97, "type_macro_recall": 0.97, "killed_exact": 1.0,
                                  "injured_exact": 0.93}, 20, 13, 0 / 100),
    ("mixed_news_fresh46.jsonl", {"violent_f1": 0.93, "type_macro_recall": 0.97, "killed_exact": 1.0,
                                  "injured_exact": 0.91}, 21, 14, 2 / 99),
    ("mixed_news_fresh51.jsonl", {"violent_f1": 0.93, "type_macro_recall": 0.94, "killed_exact": 1.0,
                                  "injured_exact": 1.0}, 28, 21, 4 / 92),
    ("wire_news_fresh21.jsonl", {"violent_f1": 1.0, "type_macro_recall": 0.98, "killed_exact": 1.0,
                                 "injured_exact": 0.96}, 60, 45, None),
    ("mixed_news_fresh55.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.97, "killed_exact": 1.0,
                                  "injured_exact": 1.0}, 28, 19, 0 / 92),
    ("mixed_news_fresh56.jsonl", {"violent_f1": 1.0, "type_macro_recall": 1.0, "killed_exact": 1.0,
                                  "injured_exact": 1.0}, 28, 23, 0 / 92),
    ("mixed_news_fresh66.jsonl", {"violent_f1": 1.0, "type_macro_recall": 0.97, "killed_exact": 1.0,
                                  "injured_exact": 1.0}, 28, 21, 0 / 92),
    ("wire_news_fresh22.jsonl", {"violent_f1": 0.99, "type_macro_recall": 0.98, "killed_exact": 0.98,
                                 "injured_exact": 0.94}, 60, 51, None),
    ("mixed_news_fresh69.jsonl", {"violent_f1": 1.0, "type_macro_recall": 0.97, "killed_exact": 1.0,
                                  "injured_exact": 1.0}, 28, 17, 0 / 92),
    ("wire_news_fresh24.jsonl", {"violent_f1": 0.99, "type_macro_recall": 0.95, "killed_exact": 0.96,
                                 "injured_exact": 0.95}, 60, 53, None),
    ("mixed_news_fresh59.jsonl", {"violent_f1": 0.91, "type_macro_recall": 0.95, "killed_exact": 1.0,
                                  "injured_exact": 0.93}, 28, 21, 4 / 92),
    ("mixed_news_fresh60.jsonl", {"violent_f1": 0.93, "type_macro_recall": 0.93, "killed_exact": 1.0,
                                  "injured_exact": 0.93}, 28, 19, 4 / 92),
    ("wire_news_fresh23.jsonl", {"violent_f1": 1.0, "type_macro_recall": 0.98, "killed_exact": 0.94,
                                 "injured_exact": 0.93}, 60, 55, None),
    ("wire_news_fresh25.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.93, "killed_exact": 0.98,
                                 "injured_exact": 0.98}, 60, 53, None),
    ("wire_news_fresh26.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.91, "killed_exact": 0.9,
                                 "injured_exact": 0.93}, 60, 55, None),
    ("mixed_news_fresh84.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.96, "killed_exact": 0.95,
                                  "injured_exact": 0.93}, 28, 21, 0.0),
    ("mixed_news_fresh85.jsonl", {"violent_f1": 0.81, "type_macro_recall": 0.95, "killed_exact": 0.95,
                                  "injured_exact": 0.94}, 28, 20, 9 / 92),
    ("wire_news_fresh27.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.98, "killed_exact": 0.98,
                                 "injured_exact": 0.97}, 60, 56, None),
    ("wire_news_fresh28.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.96, "killed_exact": 0.88,
                                 "injured_exact": 0.8}, 60, 52, None),
    ("mixed_news_fresh90.jsonl", {"violent_f1": 0.98, "type_macro_recall": 0.96, "killed_exact": 0.94,
                                  "injured_exact": 0.91}, 28, 18, 0.0),
    ("mixed_news_fresh91.jsonl", {"violent_f1": 0.91, "type_macro_recall": 0.95, "killed_exact": 0.89,
                                  "injured_exact": 0.85}, 28, 19, 4 / 92),
    ("ordinary_news_fresh92.jsonl", {"violent_f1": 0.82, "type_macro_recall": 0.87, "killed_exact": 0.71,
                                     "injured_exact": 0.78}, 20, 14, 3 / 60),
    ("ordinary_news_fresh93.jsonl", {"violent_f1": 0.86, "type_macro_recall": 0.86, "killed_exact": 0.76,
                                     "injured_exact": 0.9}, 20, 13, 4 / 60),
    ("ordinary_news_fresh97.jsonl", {"violent_f1": 0.97, "type_macro_recall": 0.88, "killed_exact": 0.92,
                                     "injured_exact": 0.8}, 20, 13, 0.0),
    ("wire_news_fresh29.jsonl", {"violent_f1": 0.95, "type_macro_recall": 0.94, "killed_exact": 0.93,
                                 "injured_exact": 0.9}, 50, 44, 1 / 10),
    ("wire_news_fresh30.jsonl", {"violent_f1": 0.96, "type_macro_recall": 0.92, "killed_exact": 0.94,
                                 "injured_exact": 0.85}, 50, 49, 0.0),
]


@pytest.mark.parametrize(("name", "floors", "violent", "killed", "false_alarms"), FRESH_SETS)
def test_fresh_wire_sets_stay_above_their_floors(classifier, name, floors, violent, killed, false_alarms):
    overall = _scored_above(classifier, DATA / name, floors)
    assert overall["support"]["violent"] == violent and overall["support"]["killed"] == killed
    assert overall["false_alarm_rate"] == false_alarms


@pytest.mark.parametrize(("violent", "quiet"), [
    # armed verbs: an assault where arms are their subject, nothing where they are the weather or a noun
    ("Attackers armed with knives and guns storm a church during mass", "A storm hits the capital, cutting power"),
    ("Drones target an oil refinery near the border", "The campaign targeted young voters in the suburbs"),
    ("Rockets rain down on the border town", "Praise rained down on the winning coach"),
    ("Armed men torch 40 homes in the village", "Runners carry the Olympic torch through the village"),
    ("Naval drones sink a patrol ship off the coast", "Investors sink money into the new port"),
    ("Missiles slammed into the port overnight", "A lorry slammed into the port gates overnight"),
    ("Troops fought house to house with militia fighters", "Lawmakers fought over the budget until dawn"),
    # "bomb" is a verb right after a force, a group or a state's name, else the weapon
    ("The coalition bombs the airport", "Builders find an unexploded bomb from the war on the site"),
    # pounding verbs need arms in their sentence
    ("Missiles pummel the power grid overnight", "Shares pummelled as rate fears grow"),
    # a weapon launched in the passive is fired
    ("Rockets fired from across the border land near a school", "Fireworks set off from the pier light up the bay"),
    # a munition intercepted was fired at someone; an aircraft intercepted was escorted
    ("Air defences intercept a Houthi missile over the capital", "Fighter jets intercept a reconnaissance plane"),
    # fire that crossed a border is fire of arms, a fire in a house is a blaze
    ("Cross-border fire killed a woman in the village", "A house fire killed a woman in the village"),
    ("Insurgents detonate a bomb under a passing truck", "Police defuse a bomb found under a passing truck"),
])
def test_arms_doing_a_destructive_verb_are_violence(rules, violent, quiet):
    assert_alerts(rules, violent)
    assert_quiet(rules, quiet)


@pytest.mark.parametrize("text", [
    "Artillery fire from army positions kills four civilians",  # fire comes from its doer
    "French forces kill 20 militants in an air operation",  # a count keeps the militants the object
    "Russian bombers unleash cruise missiles on the west of the country",  # a demonym before its arms
    "Israeli jets carried out a wave of raids on the airport",  # "a wave of" is no victim
    "Russia launched more than 40 cruise and ballistic missiles at the capital",  # a counted salvo
    "The navy strikes radar sites after attacks on shipping",  # the attacks it answers are background
    "The military bombs a rebel camp in the hills",  # a state's force with "bomb" as its verb
    "Israel bombs a Beirut suburb",  # a state by its name
    "Israel hit targets in Iran overnight, and media reported explosions near an air base",  # no side named
    "India strikes terror camps across the border",  # camps of fighters are military targets
])
def test_a_states_forces_firing_from_afar_is_a_strike(rules, text):
    types = set(rules.classify(text).types)
    assert "strike" in types and "attack" not in types, (text, types)


def test_a_launch_with_no_count_before_its_rocket_is_no_salvo(rules):
    assert_quiet(rules, "The agency launched its long-range rocket carrying a weather satellite")


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Strike on a home kills family of seven", 7, None),
    ("Rebels shoot down a helicopter, killing its crew of four", 4, None),
    ("Magnetic bomb kills police officer in the capital", 1, None),
    ("A gunman killed an envoy and 3 bystanders were also injured", 1, 3),
    ("Jihadists behead 11 villagers in the north", 11, None),
    ("The strike killed a senior commander and his three bodyguards", 4, None),
    ("Assailants hacked to death five members of a family", 5, None),
    ("A suicide bomber killed himself and 17 others at a funeral", 17, None),
])
def test_counts_in_headline_words(rules, text, killed, injured):
    event = rules.classify(text)
    assert (event.killed, event.injured) == (killed, injured), (text, event.killed, event.injured)
