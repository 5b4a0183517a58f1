"""No crash and no hang, whatever the feed sends: arbitrary Unicode, control characters, empty and
huge texts. Every evidence span must point at its own text."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.models import EVENT_TYPES, Event

_WORDS = ["killed", "strike", "attack", "no", "not", "two", "1,200", "US", "U.S.", "Iraq", "at least", "were",
          "wounded", "threatened to", "-", ",", ".", "\n", "hunger", "since", "including", "a", "dozen",
          "İ", "ǅ", "\u0000", "\u202e", "ß", "ﬁ", "’s", "toll", "rose to", "shelling", "rebels", "troops"]


def _check(event: Event, text: str) -> None:
    assert isinstance(event, Event)
    assert set(event.types) <= set(EVENT_TYPES)
    assert list(event.types) == [kind for kind in EVENT_TYPES if kind in event.types]
    assert 0 <= event.severity <= 5
    for value in (event.killed, event.injured):
        assert value is None or (isinstance(value, int) and value >= 0)
    for span in event.evidence:
        assert text[span.start:span.end] == span.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.text())
def test_arbitrary_unicode(classifier, title, summary):
    event = classifier.classify(title, summary)
    text = f"{title}\n{summary}" if title and summary else (title or summary)
    _check(event, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=60))
def test_word_salad_of_the_vocabulary(classifier, words):
    text = " ".join(words)
    _check(classifier.classify(text), text)


def test_empty_and_control_characters(classifier):
    assert classifier.classify("").types == ()
    assert classifier.classify("", "").types == ()
    text = "\x00\x01\x1b[31m killed \x7f\u2028 2 \ufeff soldiers"
    _check(classifier.classify(text), text)


def test_one_megabyte_text_is_fast_enough(classifier):
    paragraph = ("Militants attacked a checkpoint, killing 2 soldiers and wounding 3 others; "
                 "the army denied that 40 civilians were hurt. Since 2014, 1,200 people have died. ")
    text = paragraph * (1_000_000 // len(paragraph))
    started = time.perf_counter()
    event = classifier.classify("Huge", text)
    assert time.perf_counter() - started < 30
    _check(event, f"Huge\n{text}")


def test_pathological_repetition(classifier):
    for text in ("," * 100_000, "killed " * 20_000, "1" * 50_000, "a " * 50_000, "U.S." * 20_000):
        _check(classifier.classify(text), text)
