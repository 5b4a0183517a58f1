"""The cheap tests in front of the classifier's slower regexes never change an answer.

Some regexes are skipped when a substring test says they cannot match, and the rules read a
lower-cased ("folded") text in place of re.IGNORECASE. Each guard is checked here against its regex
alone, on generated text that is dense in the characters and words that matter.
"""

from __future__ import annotations

import re
import string
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.classify import counts, lowered

_PIECES = [" ", "  ", "\n", "\n\n", "\t", " -", "- ", "--", "1,200", ",12", "\u2003", ".", "!", "?", ",", ";", ":", "(", ")", "[", "]", "—", "–", "-", " - ",
           "'", "\"", "’", "”", "“", "‘", "A", "B", "a", "z", "1", "200", ",000", "As", "as", "WHILE", "but",
           "after", "Although", "though", "who", "whom", "which", "whereas", "where", "amid", "however",
           "following", "until", "because", "before", "when", "basket", "İ", "ı", "ſ", "K", "é", "U.S.", "Gen.",
           "including", "Among", "most of", "attackers", "Gunmen", "ſince", "since"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_texts)
def test_absent_never_hides_a_match(text):
    for needles, regex in ((counts._INSERTION_NEEDLES, counts._INSERTION_HINT),
                           (counts._PERPETRATOR_NEEDLES, counts.PERPETRATOR_WORDS)):
        if regex.search(text):
            assert not lowered.absent(text, needles)


def test_lowering_keeps_offsets():
    text = "İstanbul: ſome ǅ ﬁre"
    assert len(lowered.lower_in_place(text)) == len(text)
    assert lowered.folded(text) == "istanbul: some ǆ ﬁre"


def test_folding_is_what_ignorecase_sees_for_ascii_letters():
    # Every character, against the class of all ASCII letters and against each letter: the rules'
    # regexes (ASCII letters, lower case) read folded text in place of re.IGNORECASE on the text.
    letters = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = lowered.folded(char)
        assert len(folded) == 1
        if letters.fullmatch(char) or folded in string.ascii_lowercase:
            assert folded in string.ascii_lowercase and re.fullmatch(folded, char, re.IGNORECASE), hex(code)
            others = set(string.ascii_lowercase) - {folded}
            assert not any(re.fullmatch(other, char, re.IGNORECASE) for other in others), hex(code)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["İ", "Σ", "ΑΣ", "σ", "ς", "A", "b", " ", "ǅ", "ﬁ", "ı", "."]), max_size=20).map("".join))
def test_lowering_keeps_one_character_for_one(text):
    one_by_one = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
    expected = text.lower() if len(text.lower()) == len(text) else one_by_one
    assert lowered.lower_in_place(text) == expected


_COUNT_PIECES = _PIECES + ["was", "WAS", "is", "has been", "been", "soldier", "Police officer", "woman", "a", "An",
                           "to", "TO", "or", "between", "Between", "3", "five", "ten", "killed", "-", "\"soldier",
                           "policeman", "(5 police)", "including 2", "all of them", ",", " ,", ", and", "AND", "and", "1,200", ",  and  "]
_count_texts = st.lists(st.sampled_from(_COUNT_PIECES), max_size=30).map(" ".join)


def _span(match):
    return match.span() if match else None


@settings(max_examples=1500, deadline=None)
@given(_count_texts, st.integers(min_value=0, max_value=200))
def test_count_prefilters_keep_the_regex_answers(text, end):
    from bot.classify.matcher import Hit

    end = min(end, len(text))
    assert _span(counts._singular_subject(text, end, 0)) == _span(
        counts._SINGULAR_SUBJECT.search(text, max(0, end - 80), end))
    assert _span(counts._singular_person(text, end, 0)) == _span(
        counts._SINGULAR_PERSON.search(text, max(0, end - 60), end))
    hit = Hit(end, end, "", frozenset({"number"}), (), 1)
    plain_range = bool(counts._RANGE_BEFORE.search(text, max(0, end - 30), end) or counts._RANGE_AFTER.match(text, end))
    assert counts._is_range(text, hit) == plain_range
    for start in range(0, end, 7):
        candidate = Hit(start, start + 1, "", frozenset({"number"}), (), 1)
        window = max(0, start - 80)
        # (the hint is written in lower case and reads the folded text, as the rules do)
        plain = bool(counts._INSERTION_HINT.search(lowered.folded(text), window, end)) and any(
            match.start() < start < match.end() for match in counts._INSERTION.finditer(text, window, end))
        assert counts._inside_insertion(text, candidate, hit, 0) == plain


_NUMBER_PIECES = ["one", "two", "twenty", "hundred", "and", "a", "dozen", "half", "1,200", "12", "thousand", "-", " ",
                  "seventeen", "ninety", "zero", "million", "x", "٣", "_", ",", "ten", "tens", "someone"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_PIECES), max_size=20).map("".join))
def test_number_pass_finds_what_the_plain_pattern_finds(text):
    from bot.classify.matcher import PhraseMatcher
    from bot.classify.numbers import NUMBER_PATTERN

    plain = re.compile(rf"(?<!\w)(?:{NUMBER_PATTERN})(?!\w)")
    fast = PhraseMatcher({"killed": ["killed"]})._number_regex  # (reads the text with a space in front)
    assert [(m.start(1) - 1, m.end(1) - 1) for m in fast.finditer(" " + text)] == [
        m.span() for m in plain.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(_count_texts)
def test_object_list_prefilter_keeps_the_answers(text):
    from unittest import mock

    for start in range(0, len(text) + 1, 3):
        fast = counts._object_count(text, start, len(text))
        with mock.patch.object(counts, "_may_start_list", lambda *args: True):
            assert counts._object_count(text, start, len(text)) == fast


@settings(max_examples=1500, deadline=None)
@given(_count_texts, st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=60))
def test_perpetrator_prefilter_never_hides_a_match(text, start, width):
    end = min(len(text), start + width)
    if counts.PERPETRATOR_WORDS.search(text, start, end):
        assert counts._may_name_perpetrators(lowered.folded(text)[start:end])
    if counts.PERPETRATOR_WORDS.search(text[start:end]):
        assert counts._may_name_perpetrators(lowered.fold(text[start:end]))


def test_a_phrase_that_starts_with_a_sign_is_found_right_after_another_phrase():
    # (the phrase regex matches a phrase with the character before it; one that starts with a sign
    # has its own branch, so that "U.S.-backed" is both phrases, and "Ndrangheta-backed" only "backed")
    from bot.classify.matcher import PhraseMatcher

    matcher = PhraseMatcher({"state_force": ["U.S.", "-backed", "backed"], "armed_group": ["'Ndrangheta"]})
    hits = matcher.find("U.S.-backed and 'Ndrangheta-backed forces")
    assert [(hit.text, hit.start) for hit in hits] == [("U.S.", 0), ("-backed", 4), ("'Ndrangheta", 16), ("backed", 28)]


# Needles that overlap, start one another and hold spaces, as the rules' sets do ("stor" in "history").
_OVERLAPPING_NEEDLES = (frozenset({"stor", "story", "history"}), frozenset({"his", "try "}), frozenset({"may "}),
                        frozenset({"ist", "sto"}), frozenset({"istanbul"}))
_needle_texts = st.lists(st.sampled_from(["hi", "s", "tory", "story", "try", " ", "may", "İ", "ı", "ſ", "stan",
                                          "bul", "HISTORY", "x"]), max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_needle_texts)
def test_needle_sets_answered_together_as_one_by_one(text):
    expected = [not any(needle in lowered.folded(text) for needle in needles) for needles in _OVERLAPPING_NEEDLES]
    lowered._entry("")  # (another text first: the answers below are those of the pass alone)
    lowered.answer_together(text, lowered.NeedleSets(_OVERLAPPING_NEEDLES))
    assert [lowered.absent(text, needles) for needles in _OVERLAPPING_NEEDLES] == expected


def test_the_text_cue_needles_are_answered_together():
    from bot.classify import scope
    text = "The film tells the story of a court case after the attack."
    lowered._entry("")
    scope.text_cues(text)
    for needles in scope.TEXT_NEEDLES.sets:
        assert lowered._last[3][needles] == (not any(needle in lowered.folded(text) for needle in needles))
