"""The same story from several feeds: which pairs are one event (bot.stories)."""

from __future__ import annotations

from bot.models import Event
from bot.stories import Story, headline_words, same_story

STRIKE_3 = Event(types=("strike", "casualty"), killed=3, locations=("Gaza",))


def story(title: str, event: Event = STRIKE_3, item_id: int = 1) -> Story:
    return Story(item_id, title, event)


def test_a_republished_wire_headline_is_one_story():
    a = story("Israeli strike on Gaza school kills 3, civil defence says")
    assert same_story(a, story("Israeli strikes on Gaza school kill 3, civil defence says | Reuters", item_id=2))
    assert same_story(a, story("ISRAELI STRIKE ON GAZA SCHOOL KILLS 3, CIVIL DEFENCE SAYS", item_id=2))


def test_similar_headlines_of_possibly_different_events_stay_apart():
    assert not same_story(story("Israeli strike kills 3 in Gaza city"), story("Israeli strike on Gaza school kills 3"))


def test_everything_the_alert_says_must_agree():
    title = "Israeli strike on Gaza school kills 3, civil defence says"
    base = story(title)
    # a toll that moved is news
    assert not same_story(base, story(title, Event(types=("strike", "casualty"), killed=12, locations=("Gaza",))))
    assert not same_story(base, story(title, Event(types=("strike",), locations=("Gaza",))))
    assert not same_story(base, story(title, Event(types=("strike", "casualty"), killed=3, locations=("Lebanon",))))
    # a copy that names no place is not told apart by place
    assert same_story(base, story(title, Event(types=("strike", "casualty"), killed=3)))


def test_a_number_only_one_headline_has_keeps_them_apart():
    assert not same_story(story("Air strikes hit militia depots in sector 4 near the border"),
                          story("Air strikes hit militia depots in sector 7 near the border"))


def test_short_generic_headlines_are_never_merged():
    assert not same_story(story("Gaza strike kills 3"), story("Gaza strike kills 3", item_id=2))


def test_headline_words_fold_case_plurals_possessives_and_filler():
    assert headline_words("Israel's strikes on the militias, reports say") == {"israel", "strike", "militia"}


def test_latest_keeps_the_first_copy_within_the_window_only():
    from datetime import UTC, datetime, timedelta

    from bot.models import Alert
    from bot.stories import first_copies

    def alert(item_id: str, title: str, hours: int) -> Alert:
        return Alert(item_id, title, "", f"https://x.example/{item_id}", "Wire", "https://x.example/rss",
                     datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=hours), STRIKE_3)

    wire = "Israeli strike on Gaza school kills 3, civil defence says"
    newest_first = [alert("late", wire, 30), alert("copy", wire + " | Reuters", 2), alert("first", wire, 0)]
    assert [a.item_id for a in first_copies(newest_first, timedelta(hours=6))] == ["late", "first"]
    assert [a.item_id for a in first_copies(newest_first, timedelta(hours=48))] == ["first"]
