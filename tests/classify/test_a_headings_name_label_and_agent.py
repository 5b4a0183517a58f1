"""A heading that is a noun phrase names a topic (docs/taxonomy.md, `attack`, "it is not": a war named by a story's
label); three parts of a name, and one of the summary under it, that made such a heading read as a report:
1. A number after a name's noun ("Flight 512") is the name's label, no count: a count stands before its noun. A
   number after a title-case verb in -s ("Claims 12 Lives") stays a count.
2. An abbreviation's full stop ("Jr.") ends no heading as a sentence.
3. A side named in the summary only as the doer after "by" of an act the summary tells is named by that act; the
   act's own reading (a remembrance, a release, a case) says whether it is news. A side that acts in its own clause
   keeps the heading's act news.
4. A side named as what a person leads or speaks for, before the person's role ("Hezbollah political leader"), says
   who the person is, not that the side fights.
Every quiet case sits beside a violent twin. The sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from tests.classify.verdicts import ALARMS


@pytest.mark.parametrize(("title", "summary"), [
    ("Bombing of Air Lanka Flight 512",
     "The man accused of planting the bomb on the airliner in 1986 pleads not guilty in a court in Colombo."),
    ("Bombing of Air Lanka Flight 512",
     "Investigators release a final report on the 1986 blast, which they blame on a faulty cargo hold."),
    ("Assassination of Medgar Evers Jr.", "The state releases 4,000 pages of police files on the 1963 killing."),
    ("Assassination of the mayor of Gdansk",
     "Crowds gather to mark ten years since the mayor was stabbed by a far-right extremist on stage."),
    ("Kidnapping of the Chibok schoolgirls", "Twenty girls abducted by Boko Haram militants in 2014 are freed after talks."),
    ("Assassination of Ali Hamdan",
     "Lebanon vows a response over the killing of Hezbollah political leader Ali Hamdan at a villa in Beirut."),
    ("Killing of Abdul Rahim",
     "Pakistan summons the Afghan envoy over the killing of Taliban spokesman Abdul Rahim in a border town."),
])
def test_a_heading_that_names_a_topic_over_news_of_no_act_is_quiet(rules, title, summary):
    event = rules.classify(title, summary)
    assert not ALARMS & set(event.types), (title, event.types, event.evidence)


@pytest.mark.parametrize(("title", "summary"), [
    # (the summary's own act, under the same names)
    ("Bombing of Air Lanka Flight 512", "Separatist rebels fire on the rescue teams at the crash site."),
    ("Assassination of Medgar Evers Jr.", "Gunmen open fire on mourners at the family's home in Jackson, killing two."),
    ("Assassination of the mayor of Gdansk",
     "The mayor is stabbed to death by a far-right extremist on stage at a charity concert."),
    ("Assassination of the mayor of Gdansk", "Far-right extremists attack the memorial with clubs, injuring three mourners."),
    ("Kidnapping of the Chibok schoolgirls", "Boko Haram militants abduct twenty more girls from a school in the town."),
    ("Kidnapping of the Chibok schoolgirls", "Boko Haram militants shoot dead two guards at the school."),
    ("Assassination of Ali Hamdan", "Hezbollah fighters fire rockets at a northern town in response."),
    ("Assassination of Ali Hamdan", "Hezbollah political leader Ali Hamdan is shot dead by gunmen at a villa in Beirut."),
    ("Killing of Abdul Rahim", "Taliban fighters storm a border post, killing four guards."),
    # (a number after a title-case verb is a count: the heading is a report)
    ("Market Bombing Claims 12 Lives", "Police say an investigation is under way."),
    ("Suicide Bombing Leaves 30 Wounded", "Police say an investigation is under way."),
])
def test_an_act_told_under_such_a_heading_still_alerts(rules, title, summary):
    event = rules.classify(title, summary)
    assert ALARMS & set(event.types), (title, event.types)
