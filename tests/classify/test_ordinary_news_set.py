"""Ordinary news of a broadcaster's feed (issue 9): tests/classify/data/ordinary_news.jsonl holds 152
headlines with a summary, written for these tests and not copied from any set, 19 in each ordinary
group (sport, business, politics, international, arts, science, health, disaster), dense in words
that sound violent in an ordinary sense, and in ordinary news around wars (talks, sanctions, trials,
anniversaries, books and films about wars). `sitrep eval tests/classify/data/ordinary_news.jsonl`
scores them; the principle tests below hold the rules to what the set taught, each quiet case beside
the violence in the same words that must still alert."""

from __future__ import annotations

import pytest

from bot.classify.evaluate import evaluate, read_gold
from bot.paths import PROJECT_ROOT
from tests.classify.verdicts import ALARMS
from tests.classify.verdicts import assert_alerts as _alert
from tests.classify.verdicts import assert_quiet as _quiet

DATA = PROJECT_ROOT / "tests" / "classify" / "data"

#: Each set with its size and the most false alarms it may raise:
#: - ordinary_news.jsonl: as reached by the fixes it taught (from 10 of 152, 6.6 %); a new false alarm fails.
#: - ordinary_news_fresh.jsonl: a second set of 64 (8 a group), written after the fixes and measured once,
#:   never tuned on: 3 false alarms (a memorial told with its toll, an exchange of soldiers' bodies, drills
#:   condemned as a rehearsal for invasion). Fixing its items would spoil it as a measure of withheld news.
#:   The exchange of bodies went quiet in the second session of December 6th by a principle found on
#:   ordinary_news_fresh9 (the dead handed over are no deaths told): 2 now.
#: - ordinary_news_fresh2.jsonl: a third set of 61 items of a broadcaster's world feed (15 international, 11
#:   politics, 11 disaster, 6 business, 6 sport, 4 arts, 4 science, 4 health), written in the session of
#:   December 6th and measured once before that session's rule changes, never tuned on: 2 false alarms (a
#:   carmaker's "cost battle", a war film "shot in Bosnia"). It stays a measure of withheld news.
#: - ordinary_news_fresh3.jsonl and ordinary_news_fresh4.jsonl: two sets of 100 items of a broadcaster's
#:   general feeds each (15 business, 15 sport, 15 politics, 12 international, 10 arts, 8 science, 8 health,
#:   17 disaster; about 60 % in war words of ordinary senses), written in the session of December 6th (second
#:   one) by a writer who saw no classifier code, scored once before that session's rule changes: 3 and 2
#:   false alarms. The rules were then fixed by principle on fresh3 (a political "attack over", a coalition
#:   of parties "clashing over" a bill, a savings "target" read as an armed verb): 0 now. fresh4 was never
#:   tuned on and keeps its 2 (a hockey "shootout", a "killer production" with a "battle scene"): the
#:   measure of withheld news.
#: - ordinary_news_fresh5.jsonl and ordinary_news_fresh6.jsonl: two more sets of 100 of the other feeds a
#:   bot is given (domestic and local news, tech, markets, sport, entertainment), written and scored the
#:   same way later that session: 1 and 3 false alarms. fresh5 taught cricket's "pace attack" (0 now);
#:   fresh6 was never tuned on and keeps its 3.
#: - ordinary_news_fresh7.jsonl and ordinary_news_fresh8.jsonl: two sets of 80 of the hardest ordinary news,
#:   news about wars and attacks that reports no new act (reactions, trials, remembrance, threats in words,
#:   diplomacy, military accidents, figures of speech), written and scored the same way: 10 and 10 false
#:   alarms (12.5 %). fresh7 taught an event named by its month and year with the relative clause of its
#:   toll, a month and year dating a clause that says who someone is, an attacker's case in the
#:   possessive, a word in single quotes, water-bombing planes: 5 left. fresh8 was never tuned on: 10.
#: - ordinary_news_fresh9.jsonl and ordinary_news_fresh10.jsonl: two more sets of 80 of that kind, written
#:   the same way: 5 and 9 false alarms. fresh9 taught the dead handed over in a repatriation, killings
#:   told as a rate that rises, the dead "of earlier fighting", "rather than": 2 left. fresh10 was never
#:   tuned on: 9.
#: - ordinary_news_fresh11.jsonl and ordinary_news_fresh12.jsonl: two sets of 80 disasters and accidents in
#:   the words of attacks (depot and gas blasts, old bombs, crashes, crushes), written the same way: 5 and 7
#:   false alarms. fresh11 taught an attack ruled out, a bomb of a world war, a likeness to a war zone,
#:   what residents mistook for shelling: 1 left. fresh12 was never tuned on; the same principles took
#:   its 7 to 6.
#: - ordinary_news_fresh13.jsonl and ordinary_news_fresh14.jsonl: two sets of 80 of international relations
#:   and politics with wars as their background, written the same way: 4 and 2 false alarms. fresh13 taught
#:   compound adjectives of harm ("famine-hit areas"), wounds reopened, spans of weeks and decades that count
#:   no one: 2 left. fresh14 was never tuned on: 2.
#: - ordinary_news_fresh15.jsonl and ordinary_news_fresh16.jsonl: two more sets of 80 of news about wars and
#:   attacks reporting no new act, written last in that session; neither was tuned on: 9 and 10 false alarms.
#: - Later: what a later stage of a case is for, told after its verb (found on the read train
#:   alarms, eval/wcep_train_adjudicated.jsonl.gz), took fresh7 to 4 and fresh9 to 1; with the proceedings
#:   themselves ("the trial of", "an inquest into", "the court hears"), held fresh16 went 10 -> 8 (never tuned
#:   on: the principle was found on train); with an event noun that names the case after it ("the market
#:   attack trial"), found on fresh7 and train, held fresh15 went 9 -> 8.
#: - ordinary_news_fresh17.jsonl: 80 more of news about wars and attacks reporting no new act, heavy with
#:   courts and inquiries, written in a later session by a writer who saw no code to measure the principles
#:   that session found on the read train alarms; never tuned on. 22 false alarms at that session's start
#:   (27.5 %, the hardest set so far), 19 at its end.
#: - ordinary_news_fresh18.jsonl: its twin, written to the same brief by another writer, the set the rules
#:   were fixed on: 11 at the session's start, 9 after the principles found on train, 4 after those it
#:   taught (a drill called a rehearsal for an invasion, "the December 2024 car-ramming" named by its date,
#:   acts spread over past years, "to try the commander for murders"). Those principles also took held
#:   ordinary_news_fresh from 2 to 1 (drills condemned as a rehearsal for invasion) and held fresh8 from 9
#:   to 8 (a gang listed as terrorist over shootings in recent years); neither was tuned on.
#: - ordinary_news_fresh19.jsonl: 100 items of general feeds (sport, politics, business, courts, science,
#:   arts, disasters) in the words this session's vocabulary added (retake, recapture, hijack, stab,
#:   counterattack, shootout, trial), written to check that vocabulary on ordinary news: 7 false alarms at
#:   the session's start and 7 with the new vocabulary, so it added none; then tuned on, 2 (a title that
#:   names a game, words or computers lends its sense to a summary that tells no harm or arms; battles and
#:   fights "over" a matter; a stab in the back; ice hockey), and 1 with what cells and germs attack (a
#:   science sense, which also took ordinary_news to 2). Held fresh4 went 2 -> 1 by the first.
#: - The session of December 7th wrote ten sets in twins, each scored once on the code before that session
#:   (3a5e120) and the rules then fixed by principle on one twin of each pair, the other never read:
#:   ordinary_news_fresh20 and fresh21 (80 each of international relations told in the one-line style of
#:   the news portal wcep.jsonl.gz comes from, wars as the background: reactions, sessions, findings,
#:   sanctions; 16 and 14 false alarms), fresh22 and fresh23 (disasters and accidents in that style; 1 and
#:   4), fresh24 and fresh25 (politics, courts and remembrance in that style; 4 and 7), fresh26 and fresh27
#:   (80 each of a broadcaster's world feed, headline and standfirst, news after an earlier act; 17 and 13),
#:   fresh28 (80 more of that kind, tuned: 31) and fresh29 (100 of a general top-stories feed in every
#:   section, never tuned on: 2). The levels below are those reached at that session's end; the tuned twins
#:   (20, 22, 24, 26, 28) fall much further than the held ones (21, 23, 25, 27, 29). The same principles took
#:   the older sets, none of them read that session, from 4, 8, 9, 6, 2, 8, 19 false alarms to 2, 6, 6, 5, 1, 5,
#:   13 (fresh7, fresh8, fresh10, fresh12, fresh13, fresh16, fresh17). ordinary_news_fresh30 (80 of world news
#:   about earlier acts, half in each style, written last that session) was tuned on: 10 -> 0.
#: - The session of December 7th (second) wrote two more twins the same way, scored once on its start
#:   (262c73d): ordinary_news_fresh31 and fresh32 (80 each of disasters and accidents in the words of attacks,
#:   military training accidents among them, both styles: 3 and 1 false alarms) and fresh33 and fresh34 (80
#:   each of international relations and politics after earlier acts: 1 and 6). 31 and 33 were tuned on; 32
#:   and 34 are never read.
#: - The third session of December 7th wrote two more twins, scored once on its start (b5a1f89):
#:   ordinary_news_fresh41 and fresh42 (80 each of disasters and accidents in the portal's one-line style,
#:   old ordnance, arsenals and training accidents among them: 3 and 2 false alarms) and fresh43 and fresh44
#:   (80 each of international relations and politics that recall earlier acts, with their own words and
#:   tolls: 10 and 5). 41 and 43 are tuned on; 42 and 44 are never read. Later that session, on the code after its first
#:   round of rules (2be429e): ordinary_news_fresh47 and fresh48 (80 each of arts, science, health and sport
#:   in that style, with obituaries of veterans, films about massacres, tumours attacked, shoot-outs and
#:   minutes' silence for earlier attacks: 5 and 7). 47 is tuned on; 48 is never read. And on the code after
#:   its second round (566738b): ordinary_news_fresh49 and fresh50 (80 each of international relations and
#:   politics reacting in the days after an act, the act named with its words and toll: condemnations,
#:   sanctions, evacuations, resignations, postponed votes: 12 and 9). 49 is tuned on; 50 is never read. And on the code after its
#:   third round (5854921): ordinary_news_fresh53 and fresh54 (80 each of follow-ups in the days after an act:
#:   victims buried, suspects charged, claims, bans, security stepped up, anniversaries one year on: 8 and
#:   10). 53 is tuned on; 54 is never read. And last, on the code of bd5d6ae: ordinary_news_fresh57 and fresh58
#:   (80 each of disasters and accidents in countries at war and in their forces: tankers, camps, depots set off
#:   by heat, military crashes, weapons cleaned: 2 and 1). 57 is tuned on; 58 is never read.
#: - ordinary_news_fresh61.jsonl: 80 ordinary world-news items in wire style, none reporting new violence (verbal
#:   clashes at the UN, anniversaries, vigils, recall votes, fines, aid for repairs, civil-defence drills), written
#:   for the session of 2026-12-07, tuned on by the session of 2026-12-07: 8 false alarms at its start (an attack
#:   told in words, a bombardment of calls, a campaign cast as a battle, air-raid practice, a grid bombed before
#:   its repair, "12 years on", the dead named at an anniversary, a vigil for a girl told with her age): 0 now.
#:   Its principles also took held ordinary_news_fresh from 1 to 0 and held fresh18 from 4 to 3 (neither read).
#: - ordinary_news_fresh63.jsonl: written on the code of 16be712 (80 items of ordinary world news, half in the
#:   portal's terse style, war words around them: museums, bodies exchanged, shelters, sirens, advisories,
#:   anniversaries, inquests into old shootings: 8 false alarms), tuned on by the session of 2026-12-07: 0.
#: - ordinary_news_fresh65.jsonl: 80 items of international relations and disasters and accidents in the portal's
#:   one-line style, mostly Asia, Africa and Latin America, none reporting new violence, written in the session of
#:   2026-12-07 and tuned on by the session of 2026-12-07: 6 false alarms (a kin killed in a year gone, attacks
#:   that "have driven" people from their homes, a dawn raid on a stock exchange, a case's act in a relative clause
#:   dated by a month, an attack claimed "at the time", a quake's toll told by the Taliban government): 0 now.
#: - ordinary_news_fresh68.jsonl: 80 ordinary items, mostly Africa, South Asia and Latin America (courts and police
#:   after the fact, disasters and accidents with stated causes, anniversaries, memorials and funerals, some politics,
#:   business and sport), none reporting new violence, written in the session of 2026-12-07 and tuned on by the session
#:   of 2026-12-07: 10 false alarms (the clause after "to mark N years since", the dead a remembrance honours, a year
#:   naming an act in a heading, a stretch of a dated war, an act during "a March 2021 protest", deaths over a war
#:   named by its years, "years of attacks", "killing small businesses", the dead "passed off as" rebels): 0 now.
#:   Its principles also took held ordinary_news_fresh15 from 8 to 7 (not read).
#: - ordinary_news_fresh71.jsonl: 80 ordinary items in wire style (40 disasters and accidents, several in countries at
#:   war or with insurgencies, and 40 of international relations days or weeks after violence), none reporting new
#:   violence, written in the session of 2026-12-07 and tuned on by the session of 2026-12-07: 8 false alarms (a link
#:   to the insurgency ruled out, "no other motive", gas tanks read as armour, "poorly kept munitions", an old shell
#:   set off by scrap dealers cutting it open, a quake's toll told by "the Taliban administration's disaster
#:   ministry", tolls in a relative clause of a gone day's act joined by "and", a shooting "off" a coast): 0 now.
#: - ordinary_news_fresh70.jsonl: 80 ordinary items in the portal's terse style (40 disasters and accidents, some in
#:   countries at war; 40 international relations days or weeks after violence), none reporting new violence, written
#:   in the session of 2026-12-07 and tuned on by the session of 2026-12-07: 9 false alarms (condolences sent as a
#:   country mourns bombings, ordnance cleared from rubble, a blast at an ordnance factory with arms in a firm's name,
#:   "a gas leak, not a drone, caused the blast", a militia's spokesman telling a pipeline accident, a summit over
#:   last week's strike with two groups of its dead, people wounded in January's fighting, an attack that "could amount
#:   to" a threat, a missile told in an apology for a 2024 downing): 1 now (the last).
#: - ordinary_news_fresh72.jsonl: 80 ordinary items of an Australian broadcaster's domestic feeds in wire style
#:   (politics, courts and police after the fact, business, sport, weather and accidents, health, culture), none
#:   reporting new violence, written in the session of 2026-12-07 and tuned on by the session of 2026-12-07: 3 false
#:   alarms (a sentence's term between "jailed" and the act it is for, an antibiotic that attacks and kills a
#:   superbug, a law named after a teenager killed in a year gone): 0 now.
#: - ordinary_news_fresh73.jsonl: 80 ordinary items in the portal's terse style (politics, sport, arts, science, health,
#:   anniversaries, memorials, obituaries), none reporting new violence, written in the session of 2026-12-07 and
#:   tuned on by the session of 2026-12-07: 8 false alarms (what an anniversary's sentence says of its act or its
#:   dead, a heading named by its date "September 11 attacks", a side in the relative clause of a remembered act, a
#:   funeral's place before its "of", "the battle" naming the Battle of Stalingrad again, a barrage of body shots):
#:   0 now. Its principles also took held fresh48 from 1 to 0 (not read).
#: - A heading that names a case by its victim ("Death of ..." over a trial) became a topic's name like
#:   "Killing of ...": fresh9 to 0 and fresh10 to 4, neither read.
#: - ordinary_news_fresh62.jsonl, ordinary_news_fresh64.jsonl and ordinary_news_fresh67.jsonl (80 ordinary items each:
#:   a world feed away from the Middle East and Ukraine; the portal's style weighted to international relations and
#:   disasters; international relations and politics), written in the session of 2026-12-07 beside the sets it tuned
#:   on and never read by it or its helpers; scored on its start (f66224e) and its end: 8 -> 7, 9 -> 5 and 4 -> 3.
#: - ordinary_news_fresh74.jsonl to ordinary_news_fresh79.jsonl (80 ordinary items each, by writers who saw only
#:   docs/taxonomy.md and a brief: 74 and 75 the portal's style in international relations and politics, 76 and 77 its
#:   style in disasters, health and science, 78 and 79 a broadcaster's world and top-stories feed), written in the
#:   session of 2026-12-07 (its fifth); 74, 76 and 78 are tuned on by it, 75, 77 and 79 never read by it or its
#:   helpers. Scored on its start (98200ea): 3, 1, 3, 2, 3 and 4 false alarms.
#: - ordinary_news_fresh80.jsonl and ordinary_news_fresh81.jsonl (80 ordinary items each in the portal's style on
#:   relations and politics, in which violence of the last days is the reason for the news but not the news: reactions,
#:   protests, measures, funerals, cases days later), written in the same session; 80 tuned on, 81 never read. Scored
#:   on 98200ea: 4 and 3 false alarms; on ab6e669 (the session's first merged rules): 3 and 3. fresh80 taught a
#:   heading named by what came after an act ("... attack reactions"), a known counted set named by more words, the
#:   dead brought home with their bodies between, a framing of a long object: 0.
#: - ordinary_news_fresh82.jsonl and ordinary_news_fresh83.jsonl (80 ordinary items each from countries at war or in
#:   insurgency, none reporting new violence: politics, prices, aid, reconstruction, returns, sport, culture, courts,
#:   accidents), written in the same session; 82 tuned on, 83 never read. Scored on 98200ea: 3 and 3 false alarms; on
#:   a1a98ca (the session's rules so far, never shaped on them): 1 and 2. 82 at 0 after a clause of "when" dated by a
#:   month and its year was read as history.
#: - ordinary_news_fresh86.jsonl and ordinary_news_fresh87.jsonl (80 ordinary items each of arts, science and history
#:   in the news: obituaries, films, books and exhibitions about wars and crimes, archaeology, museums, research),
#:   written in the same session; 86 tuned on, 87 never read. Scored on 98200ea: 6 and 6 false alarms; on 98ac4c5: 6
#:   and 5. fresh86 taught a named battle's sides, the dead of a remembrance in its rite's later sentence, a death told
#:   "peacefully", the harm old remains show, a bombardment by a game's players: 0 left.
#: - ordinary_news_fresh88.jsonl and ordinary_news_fresh89.jsonl (80 ordinary items each of disasters and accidents in
#:   wire style, some in countries at war: blasts at works, depots and homes, crashes of military aircraft in training,
#:   inquiries and arrests for negligence), written in the same session; 88 tuned on, 89 never read. Scored on 98200ea:
#:   2 and 0 false alarms; on ba567c3 the same. 88 at 0 after a participle after its main clause took a disaster
#:   subject as its doer and a blast's intent denied was read as an act ruled out.
#: - The held sets at the end of the fifth session of 2026-12-07 (never read by it or its helpers; start 98200ea ->
#:   end): ordinary_news_fresh75 1 -> 1, 77 2 -> 2, 79 4 -> 4, 81 3 -> 3, 83 3 -> 2, 87 6 -> 5, 89 0 -> 0 (19 -> 17 of
#:   560); older ones its principles reached: fresh6 3 -> 1, fresh23 3 -> 2, fresh34 4 -> 3, fresh44 5 -> 4, fresh54 7
#:   -> 6. Their levels are held at the end's.
#: - ordinary_news_fresh94.jsonl (60 disasters and accidents in the words of attacks in the portal's style: blasts at
#:   plants, depots and armouries, old bombs and mines, military crashes, arms accidents, fireworks; and 20 real
#:   attacks in the same settings), by a writer who saw no code, written for and tuned on by the helper session h6 of
#:   2026-12-07. Scored once on its start (8e7b474): 2 false alarms of 60, violent F1 0.872 (3 attacks missed); at its
#:   end 0 false alarms, F1 0.974 (a grenade two brothers found, a blast at an armoury whose army only told of an
#:   inquiry; a worker who "opens fire" at a plant and a mob that "sets fire" to houses, told in the present). Left:
#:   rioters who "fire fireworks" at police (the verb "fire" read as a blaze) and the smoke inhalation of an arson's
#:   guards, uncounted.
#: - ordinary_news_fresh95.jsonl (80: 60 international and politics items with wars as their background that report no
#:   new act, 20 new acts told inside such news), written for and tuned on by the session of 2026-12-07 (helper h5) by
#:   a writer who saw no code; scored once on 8e7b474 before any change: 4 false alarms of 60 (6.67 %), violent F1
#:   0.884, killed exact 0.882. It taught a "Deaths in 2025" heading over a life's end with its age, an anniversary's
#:   "the minute the bomb exploded" after a semicolon, an index's yearly toll, a "Use of ..." heading over a finding,
#:   and a long singular subject before "is shot dead": 0 false alarms, F1 0.974, killed exact 0.941 at its end. Its
#:   one miss (protesters who storm an embassy and set fire to it, no one hurt) is a protest by the taxonomy.
#: - The eighth session of 2026-12-07 (start e420b3d) wrote its sets two ways. ordinary_news_fresh96.jsonl (80: 20
#:   disasters and accidents, 20 international, 10 arts and 10 politics items in the portal's style, and 20 new acts
#:   among them), by a writer who saw only docs/taxonomy.md, tuned on: 1 false alarm of 60 at the start (a podcast
#:   about an old murder), 0 at the end. Its twin ordinary_news_fresh97 (never read) is in test_wire_news.py's table.
#:   Then red-team sets: 200 ordinary items each, written in the portal's style by a writer who saw only
#:   docs/taxonomy.md and could run the classifier but not read its code, told to write the hard cases a portal is
#:   full of (war words in other senses, deaths that are no attack, violence as background) naturally, and to keep
#:   every item whatever it scored, so that the share that alarms is honest. Tuned on: ordinary_news_fresh98
#:   (international, politics, arts, science, sport, health: 7 false alarms of 200 at the start, 1 at the end: a
#:   heading "Bombing of ..." or "Assassination of ..." over a trial, a release of records or a remembrance; a plea
#:   "to" its charge; a memoir's or a film's story), ordinary_news_fresh99 (disasters and accidents: 5 -> 1: a hunting
#:   accident in the present, a munitions ship that blew up, people hit by falling trees, bombs dropped on ice jams;
#:   and stray threats, mobilizations and de-escalations 11 -> 5), ordinary_news_fresh100 (politics, arts, health,
#:   science, sport, business: 4 -> 2: what a drug attacks). Held, written the same way by two other writers on the
#:   start's code and never read by the rules' helpers: ordinary_news_fresh101 (disasters and accidents: 4 of 200 at
#:   the start, 4 at the end; stray types 7 -> 3) and ordinary_news_fresh102 (international and the rest: 10 -> 9).
#:   Principles found on one red-team set reached its held twin little, as with the twins before.
HELD_SETS = [
    ("ordinary_news.jsonl", 152, 2),
    ("ordinary_news_fresh.jsonl", 64, 0),
    ("ordinary_news_fresh2.jsonl", 61, 2),
    ("ordinary_news_fresh3.jsonl", 100, 0),
    ("ordinary_news_fresh4.jsonl", 100, 1),
    ("ordinary_news_fresh5.jsonl", 100, 0),
    ("ordinary_news_fresh6.jsonl", 100, 1),
    ("ordinary_news_fresh7.jsonl", 80, 2),
    ("ordinary_news_fresh8.jsonl", 80, 6),
    ("ordinary_news_fresh9.jsonl", 80, 0),
    ("ordinary_news_fresh10.jsonl", 80, 4),
    ("ordinary_news_fresh11.jsonl", 80, 1),
    ("ordinary_news_fresh12.jsonl", 80, 3),
    ("ordinary_news_fresh13.jsonl", 80, 1),
    ("ordinary_news_fresh14.jsonl", 80, 2),
    ("ordinary_news_fresh15.jsonl", 80, 7),
    ("ordinary_news_fresh16.jsonl", 80, 4),
    ("ordinary_news_fresh17.jsonl", 80, 13),
    ("ordinary_news_fresh18.jsonl", 80, 3),
    ("ordinary_news_fresh19.jsonl", 100, 1),
    ("ordinary_news_fresh20.jsonl", 80, 0),
    ("ordinary_news_fresh21.jsonl", 80, 6),
    ("ordinary_news_fresh22.jsonl", 80, 0),
    ("ordinary_news_fresh23.jsonl", 80, 2),
    ("ordinary_news_fresh24.jsonl", 80, 0),
    ("ordinary_news_fresh25.jsonl", 80, 4),
    ("ordinary_news_fresh26.jsonl", 80, 0),
    ("ordinary_news_fresh27.jsonl", 80, 9),
    ("ordinary_news_fresh28.jsonl", 80, 1),
    ("ordinary_news_fresh29.jsonl", 100, 0),
    ("ordinary_news_fresh30.jsonl", 80, 0),
    ("ordinary_news_fresh31.jsonl", 80, 0),
    ("ordinary_news_fresh32.jsonl", 80, 1),
    ("ordinary_news_fresh33.jsonl", 80, 0),
    ("ordinary_news_fresh34.jsonl", 80, 3),
    ("ordinary_news_fresh41.jsonl", 80, 0),
    ("ordinary_news_fresh42.jsonl", 80, 1),
    ("ordinary_news_fresh43.jsonl", 80, 0),
    ("ordinary_news_fresh44.jsonl", 80, 4),
    ("ordinary_news_fresh47.jsonl", 80, 0),
    ("ordinary_news_fresh48.jsonl", 80, 0),  # (2 before the rules mixed_news_fresh69 taught, 1 before fresh73's)
    ("ordinary_news_fresh49.jsonl", 80, 0),
    ("ordinary_news_fresh50.jsonl", 80, 7),
    ("ordinary_news_fresh53.jsonl", 80, 1),
    ("ordinary_news_fresh54.jsonl", 80, 6),
    ("ordinary_news_fresh57.jsonl", 80, 0),
    ("ordinary_news_fresh58.jsonl", 80, 0),
    ("ordinary_news_fresh61.jsonl", 80, 0),
    ("ordinary_news_fresh63.jsonl", 80, 0),
    ("ordinary_news_fresh65.jsonl", 80, 0),
    ("ordinary_news_fresh68.jsonl", 80, 0),
    ("ordinary_news_fresh71.jsonl", 80, 0),
    ("ordinary_news_fresh70.jsonl", 80, 1),
    ("ordinary_news_fresh72.jsonl", 80, 0),
    ("ordinary_news_fresh73.jsonl", 80, 0),
    ("ordinary_news_fresh62.jsonl", 80, 7),
    ("ordinary_news_fresh64.jsonl", 80, 5),
    ("ordinary_news_fresh67.jsonl", 80, 3),
    ("ordinary_news_fresh74.jsonl", 80, 0),
    ("ordinary_news_fresh75.jsonl", 80, 1),
    ("ordinary_news_fresh76.jsonl", 80, 0),  # (3 before the rules it taught)
    ("ordinary_news_fresh77.jsonl", 80, 2),
    ("ordinary_news_fresh78.jsonl", 80, 0),
    ("ordinary_news_fresh79.jsonl", 80, 4),
    ("ordinary_news_fresh80.jsonl", 80, 0),  # (3 before the rules it taught)
    ("ordinary_news_fresh81.jsonl", 80, 3),
    ("ordinary_news_fresh82.jsonl", 80, 0),
    ("ordinary_news_fresh83.jsonl", 80, 2),
    ("ordinary_news_fresh86.jsonl", 80, 0),  # (6 before the rules it taught)
    ("ordinary_news_fresh87.jsonl", 80, 5),
    ("ordinary_news_fresh88.jsonl", 80, 0),  # (2 before the rules it taught)
    ("ordinary_news_fresh89.jsonl", 80, 0),
    ("ordinary_news_fresh94.jsonl", 80, 0),  # (2 before the rules it taught)
    ("ordinary_news_fresh95.jsonl", 80, 0),  # (4 before the rules it taught)
    ("ordinary_news_fresh96.jsonl", 80, 0),  # (1 before the rules it taught)
    ("ordinary_news_fresh98.jsonl", 200, 1),  # (7 before the rules it taught)
    ("ordinary_news_fresh99.jsonl", 200, 1),  # (5 before the rules it taught)
    ("ordinary_news_fresh100.jsonl", 200, 2),  # (4 before the rules it taught)
    ("ordinary_news_fresh101.jsonl", 200, 4),
    ("ordinary_news_fresh102.jsonl", 200, 9),  # (10 at the start of the session that wrote it)
]


@pytest.mark.parametrize(("name", "items", "max_false_alarms"), HELD_SETS)
def test_ordinary_news_false_alarms_stay_at_their_level(classifier, name, items, max_false_alarms):
    overall = evaluate(read_gold([DATA / name]), classifier.classify)["overall"]
    assert overall["items"] == items
    assert overall["false_alarm_rate"] <= max_false_alarms / items + 1e-9, overall["false_alarm_rate"]


# A headline is a few words cut short; its summary says what they are about. A summary that names a
# game, a market, a walkout, words, computers or a protest and nothing of violence, arms, forces or
# harm sets the headline's sense. A summary of a real attack tells of it, and lends nothing.
@pytest.mark.parametrize(("title", "summary"), [
    ("United attack fails to break down Burnley", "The home side were held to a goalless draw as their strikers wasted chances."),
    ("Rivals clash in Madrid", "Real and Atletico meet in the cup semi-final on Wednesday night."),
    ("Hedge fund launches attack on media group", "The activist investor wants two board seats and says the share price has lagged."),
])
def test_a_summary_in_an_ordinary_sense_sets_its_headline_s(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, event.types, event.evidence)


@pytest.mark.parametrize(("title", "summary"), [
    ("Attack on team bus before cup final", "Gunmen opened fire on the coach carrying the players, wounding two."),
    ("Fans attacked outside stadium", "Police said three supporters were stabbed and a man was arrested after the match."),
    ("Attack on convoy near the border", "The team's minibus came under gunfire on the road to the match."),
    ("Militants attack market town", "The league match in the town was called off."),
])
def test_a_summary_that_tells_violence_or_fire_lends_no_ordinary_sense(rules, title, summary):
    event = rules.classify(title, summary)
    assert {"strike", "attack"} & set(event.types), (title, event.types)


# "Shells" counted, made or traded are ammunition, no shelling: after a number or an amount, "of",
# "for", "with", "and" or a verb of making, buying or giving, with at most its kind between. Shells
# fired, or after their doer, are shelling.
@pytest.mark.parametrize("text", [
    "The EU pledges one million artillery shells to Ukraine",
    "The maker of armoured vehicles and artillery shells reports record orders",
    "Germany orders 155mm shells from a Swedish firm",
    "The plant produces tank shells around the clock",
])
def test_ammunition_counted_or_traded_is_no_shelling(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Russian artillery shells Kharkiv overnight",
    "Israeli tanks fired four shells at the village",
    "Rebels shell the town with mortars",
])
def test_shells_fired_or_after_their_doer_are_still_shelling(rules, text):
    _alert(rules, text)


# A work about an event (a book recounts it, a film depicts it) or its remembrance has the violence
# for its subject, told before; the violence a witness recounts in a clause of its own is news.
@pytest.mark.parametrize("text", [
    "A new book recounts the bombing of Dresden through survivors' eyes",
    "The film depicts the massacre of villagers by soldiers in 1968",
    "The town commemorates the air raid that destroyed its cathedral",
])
def test_a_work_or_a_remembrance_of_violence_is_no_report(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("A survivor recounts how gunmen stormed the school on Monday, killing nine", 9),
    ("Militants attack a village on the anniversary of the massacre, killing 12", 12),
])
def test_violence_a_witness_recounts_is_still_news(rules, text, killed):
    _alert(rules, text, killed)


# Figures of ordinary life in words of war: a contest for a company's board, "war" naming a person's
# past or a work, a stream shot in jets, a place ranked by harm, a proposal shot down, a star's
# explosion, and the words of particular games.
@pytest.mark.parametrize("text", [
    "A hedge fund takes aim at the board in a proxy battle",
    "The war veteran who landed in Normandy dies at his home in Ontario",
    "A black hole is seen shooting jets of plasma",
    "Troops help clear debris in the worst-hit towns",
    "The senator shot down the proposal in committee",
    "Astronomers watch the explosion of a star in real time",
    "The Red Sox blast three home runs to sink the Yankees",
])
def test_figures_of_ordinary_life_in_words_of_war_are_quiet(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize("text", [
    "Rebels and troops battle for control of the board of the port",
    "A war veteran was shot dead in his home",
    "Israeli jets are shooting at targets in Gaza",
    "Shelling hit the town's worst-hit districts again, killing three",
    "Rebels shot down an army helicopter over the valley",
    "A car bomb explosion killed four in the capital",
    "Gunmen blast the police station with rockets",
])
def test_the_same_words_of_war_still_alert(rules, text):
    _alert(rules, text)


# A death told with the age it came at ("dies at 88", "dies aged 101") is a life's end, an obituary,
# whatever wars the life saw; a cause told after it in its sentence keeps it a casualty.
@pytest.mark.parametrize(("title", "summary"), [
    ("Actor who played a war hero dies at 88", "He was best known as a tank commander in a film about the desert war."),
    ("Resistance fighter who fought in the Warsaw uprising dies at 97", ""),
    ("Veteran war correspondent dies aged 80", "She covered conflicts from Vietnam to Iraq."),
])
def test_a_death_told_with_its_age_is_an_obituary(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, event.types, event.evidence)


@pytest.mark.parametrize(("text", "killed"), [
    ("A soldier aged 19 died when militants attacked the post", 1),
    ("Three people died at a checkpoint after troops opened fire", 3),
    ("Two soldiers die at the border in clashes with rebels", 2),
])
def test_a_death_with_its_cause_told_is_still_a_casualty(rules, text, killed):
    _alert(rules, text, killed)


# A raid by the police or other agents of the law on homes and offices is a search; the fighting,
# shots or harm of one are told in their own words and still alert, as does a raid by an armed side.
@pytest.mark.parametrize("text", [
    "Police raid offices of opposition party in Istanbul",
    "FBI raids home of former national security adviser",
    "Tax officials raided the bank's headquarters on Tuesday",
])
def test_a_raid_by_agents_of_the_law_is_a_search(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Police raid on militant hideout sparks gunfight", None),
    ("Police raided the compound and exchanged fire with gang members", None),
    ("Gunmen raid police station, killing four officers", 4),
    ("Israeli forces raid Jenin refugee camp", None),
])
def test_a_raid_with_fighting_or_by_an_armed_side_still_alerts(rules, text, killed):
    _alert(rules, text, killed)


# A relative clause after an event told before (in a trial, an arrest, history) tells of that event,
# also where the event's target or place stands between: "accused of the attacks on the airport and
# metro that killed 32". After an event told as news, the same clause is news too.
@pytest.mark.parametrize("text", [
    "Ten men are accused of involvement in the 2016 attacks on the airport and metro that killed 32 people",
    "The court convicts him over the 1996 bombing at the station that killed 18 people",
])
def test_a_relative_clause_after_the_target_of_an_event_told_before_is_its(rules, text):
    _quiet(rules, text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen attacked the airport and metro on Tuesday, which killed 32 people", 32),
    ("Militants stormed a hotel in the capital, where they killed 12 guests", 12),
])
def test_the_same_clause_after_an_event_told_as_news_is_news(rules, text, killed):
    _alert(rules, text, killed)


# A person shot and hurt was hit by gunfire, at a rally or a protest as anywhere: the protest's sense
# (scuffles, "clash") does not reach it. A rally with no one shot stays quiet.
@pytest.mark.parametrize(("text", "injured"), [
    ("Opposition leader shot and wounded at rally in the capital", None),
    ("Former president shot in the ear at campaign rally", None),
    ("Two policemen shot and wounded during protest in the capital", 2),
    ("Gunmen shot and wounded three soldiers near the border", 3),
])
def test_a_person_shot_at_a_rally_is_shot(rules, text, injured):
    event = rules.classify(text)
    assert {"attack", "casualty"} <= set(event.types), (text, event.types)
    if injured is not None:
        assert event.injured == injured, (text, event.injured)


@pytest.mark.parametrize("text", [
    "Protesters and police clash at rally in the capital",
    "The documentary was shot in Jordan over two summers",
])
def test_a_rally_or_a_film_with_no_one_shot_is_quiet(rules, text):
    _quiet(rules, text)


# A toll told as a whole war's, with the war as the doer of the killing or counted from the war's
# start, a month or a year, is the running total behind news of talks and visits; a sentence that
# names the act, or a count of the war's dead with a subject of its own, is news.
@pytest.mark.parametrize(("title", "summary"), [
    ("Peace talks open in Jeddah", "The war between the army and the RSF has killed tens of thousands of people since April 2023."),
    ("Secretary of state meets prime minister", "More than 40,000 people have been killed in Gaza since the war began, the ministry says."),
    ("Grain deal extended", "The war has killed hundreds of thousands of soldiers on both sides."),
    ("Government and rebels sign peace deal", "The two-year war killed an estimated 600,000 people."),
])
def test_a_war_s_running_toll_behind_other_news_is_no_casualty(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, event.types, event.evidence)


@pytest.mark.parametrize(("text", "killed"), [
    ("Two soldiers have been killed in the war in the east, the ministry said", 2),
    ("War planes killed 12 people in the market", 12),
    ("In the war, two soldiers were killed on Monday", 2),
    ("Twelve people were killed in Gaza on Tuesday, the ministry said. More than 40,000 have been killed since the war began.", 12),
])
def test_deaths_of_the_day_in_a_war_are_still_news(rules, text, killed):
    event = rules.classify(text)
    assert "casualty" in event.types and event.killed == killed, (text, event.types, event.killed)


# Allegations, in the plural as in the singular, put the act they tell in an accusation.
@pytest.mark.parametrize("text", [
    "The inquiry examined allegations that special forces killed 80 civilians",
    "The inquiry examined allegations that soldiers shot dead 14 protesters",
])
def test_an_act_in_allegations_is_an_accusation(rules, text):
    _quiet(rules, text)


def test_the_same_act_told_as_news_alerts(rules):
    _alert(rules, "Soldiers shot dead 14 protesters on Sunday, witnesses said", 14)


# Acts tallied over months or years (a perfect, an amount, a span from a war's start, a month or a
# year) are the background of the news they stand in, not an event; a span of hours or days, a
# comparison with the span, or an act told outside the perfect's clause is news.
@pytest.mark.parametrize(("title", "summary"), [
    ("President meets allies to seek air defence", "Russia has launched thousands of drones at Ukrainian cities this year."),
    ("Shipping lines return to the Red Sea", "The rebels have attacked more than 100 ships since November 2023."),
    ("Army publishes its annual report", "It has carried out hundreds of strikes in Syria since 2011, the report says."),
])
def test_acts_tallied_over_months_or_years_are_background(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, event.types, event.evidence)


@pytest.mark.parametrize("text", [
    "Russia launched 500 drones at Ukraine overnight, the air force said",
    "Hamas has fired 3,000 rockets at Israel since Saturday",
    "Russia has launched more than 100 drones at Ukraine, the largest attack this year",
    "Bombs explode across the city, killing 70, after a month of attacks bloodier than any it has seen since 2008",
])
def test_acts_of_hours_or_days_or_compared_with_the_span_are_news(rules, text):
    _alert(rules, text)
