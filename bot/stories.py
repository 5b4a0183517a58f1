"""One event, one alert per channel: the same story carried by several feeds.

A wire story (AP, Reuters, AFP) reaches a channel through every outlet that republishes it, under
a new URL each time, and peer bots post each copy (MonitoRSS users and penguin-overlord#49 ask for
this to stop). Two items are taken for one story only when everything the alert says agrees: the
same types, the same killed and injured counts, a shared place when both name places, and headlines
that share most of their words. Anything less stays two alerts: a missed duplicate costs a channel
one extra message, a wrong merge would cost it an event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from bot.models import Alert, Event

#: Share of headline words (Jaccard over the words that carry meaning) two copies of a story have
#: at least. A republished wire headline shares nearly all ("... | Reuters" adds one word of seven);
#: "Israeli strike kills 3 in Gaza city" and "Israeli strike on Gaza school kills 3" share 5 of 7
#: (0.71), and may be two strikes: they stay two alerts.
SIMILARITY = 0.75
#: Headlines with fewer meaningful words than this are too generic to be matched at all.
MIN_WORDS = 5

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_STOPWORDS = frozenset(
    "a an the of in on at to for from by with and or as after amid over into near says say said "
    "is are was were be been has have had it its this that their his her they he she who which new "
    "report reports reported update live latest breaking video photos watch".split()
)


@dataclass(frozen=True, slots=True)
class Story:
    """What is compared of an alerted item."""

    item_id: int
    title: str
    event: Event


@lru_cache(maxsize=4096)
def headline_words(title: str) -> frozenset[str]:
    """The words of a headline that carry its meaning, case- and plural-folded."""
    words = set()
    for word in _WORD.findall(title.casefold()):
        word = word.replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if word in _STOPWORDS:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]  # "strikes" ~ "strike", "militias" ~ "militia"
        words.add(word)
    return frozenset(words)


def same_story(a: Story, b: Story) -> bool:
    """Whether two alerted items report one event (see the module's rules)."""
    if set(a.event.types) != set(b.event.types):
        return False
    if (a.event.killed, a.event.injured) != (b.event.killed, b.event.injured):
        return False  # a toll that moved is news: "death toll rises to 12"
    if a.event.locations and b.event.locations and not set(a.event.locations) & set(b.event.locations):
        return False
    words_a, words_b = headline_words(a.title), headline_words(b.title)
    if len(words_a) < MIN_WORDS or len(words_b) < MIN_WORDS:
        return False
    if any(character.isdigit() for word in words_a ^ words_b for character in word):
        return False  # a number only one headline has is a fact the other lacks: "sector 4", "sector 7"
    return len(words_a & words_b) / len(words_a | words_b) >= SIMILARITY


def first_copies(alerts: Sequence[Alert], window: timedelta) -> list[Alert]:
    """The alerts (newest first, as `latest` lists them) without the later copies of a story: the
    copy published first stands for it, as it was the one alerted."""
    kept: list[Alert] = []
    for alert in reversed(alerts):
        story = Story(0, alert.title, alert.event)
        if not any(
            abs(alert.published - earlier.published) <= window and same_story(story, Story(0, earlier.title, earlier.event))
            for earlier in kept
        ):
            kept.append(alert)
    return kept[::-1]
