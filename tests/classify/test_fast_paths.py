"""The fast forms of the classifier's scans find exactly what their plain forms find.

For speed some regexes run in a rewritten form (split into passes, a class of first characters, on
lower-cased text) and some are skipped when a cheap substring test says they cannot match. Each
rewrite is checked here against the plain regex it stands for, on generated text that is dense in
the characters and words that matter.
"""

from __future__ import annotations

import re
import string
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.classify import counts, lowered, sentences

_PIECES = [" ", "  ", "\n", "\n\n", "\t", " -", "- ", "--", "1,200", ",12", "\u2003", ".", "!", "?", ",", ";", ":", "(", ")", "[", "]", "—", "–", "-", " - ",
           "'", "\"", "’", "”", "“", "‘", "A", "B", "a", "z", "1", "200", ",000", "As", "as", "WHILE", "but",
           "after", "Although", "though", "who", "whom", "which", "whereas", "where", "amid", "however",
           "following", "until", "because", "before", "when", "basket", "İ", "ı", "ſ", "K", "é", "U.S.", "Gen.",
           "including", "Among", "most of", "attackers", "Gunmen", "ſince", "since"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_texts)
def test_clause_breaks_are_those_of_the_single_pattern(text):
    expected = [match.start() for match in sentences.CLAUSE_BREAK.finditer(text)]
    assert sentences.clause_break_starts(text) == expected


@settings(max_examples=1500, deadline=None)
@given(_texts)
def test_sentence_ends_are_those_of_the_plain_alternation(text):
    plain = re.compile(sentences.END_PATTERN)
    assert [m.span() for m in sentences._END.finditer(text)] == [m.span() for m in plain.finditer(text)]
    if "\n" not in text and not sentences._SPACED_DASH.search(text):
        assert [m.span() for m in sentences._FULL_STOP_END.finditer(text)] == [m.span() for m in plain.finditer(text)]
    if not sentences._SPACED_DASH.search(text):
        assert [m.span() for m in sentences._STOP_OR_LINE_END.finditer(text)] == [m.span() for m in plain.finditer(text)]


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
    assert not lowered.folds_plainly(text)
    assert lowered.folds_plainly("Kyiv, Kelvin K")
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
def test_lowering_in_pieces_is_lowering_one_character_at_a_time(text):
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
    plain_list_end = re.compile(r"[;:()\[\]—–]|-\s|\.(?:\s|$)")
    assert _span(counts._LIST_END.search(text, end)) == _span(plain_list_end.search(text, end))
    hit = Hit(end, end, "", frozenset({"number"}), (), 1)
    plain_range = bool(counts._RANGE_BEFORE.search(text, max(0, end - 30), end) or counts._RANGE_AFTER.match(text, end))
    assert counts._is_range(text, hit) == plain_range
    for start in range(0, end, 7):
        candidate = Hit(start, start + 1, "", frozenset({"number"}), (), 1)
        window = max(0, start - 80)
        plain = bool(counts._INSERTION_HINT.search(text, window, end)) and any(
            match.start() < start < match.end() for match in counts._INSERTION.finditer(text, window, end))
        assert counts._inside_insertion(text, candidate, hit) == plain


@settings(max_examples=3000, deadline=None)
@given(_texts)
def test_punctuation_breaks_are_those_of_the_regex(text):
    expected = [match.start() for match in sentences._PUNCTUATION_BREAK.finditer(text)]
    assert sentences._punctuation_breaks(text) == expected


@settings(max_examples=1500, deadline=None)
@given(_count_texts)
def test_item_separators_are_those_of_the_plain_alternation(text):
    plain = re.compile(r"\s*,(?!\d{3}(?!\d))\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
    assert [m.span() for m in counts._ITEM_SPLIT.finditer(text)] == [m.span() for m in plain.finditer(text)]


_NUMBER_PIECES = ["one", "two", "twenty", "hundred", "and", "a", "dozen", "half", "1,200", "12", "thousand", "-", " ",
                  "seventeen", "ninety", "zero", "million", "x", "٣", "_", ",", "ten", "tens", "someone"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_PIECES), max_size=20).map("".join))
def test_number_pass_finds_what_the_plain_pattern_finds(text):
    from bot.classify.matcher import PhraseMatcher
    from bot.classify.numbers import NUMBER_PATTERN

    plain = re.compile(rf"(?<!\w)(?:{NUMBER_PATTERN})(?!\w)")
    fast = PhraseMatcher({"killed": ["killed"]})._number_regex
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["Iran", "u.s.", "troops", "attack", "5"]), max_size=40).map("".join))
def test_a_gap_said_to_hold_no_clause_break_holds_none(text):
    """Between two hits (a word end, a word start), a gap surely_no_break_between clears holds no
    break of clause_break_starts."""
    breaks = sentences.clause_break_starts(text)
    ends = [at for at in range(1, len(text) + 1)
            if re.match(r"[\w.]", text[at - 1]) and not re.match(r"\w", text[at:at + 1])]
    starts = [match.start() for match in re.finditer(r"(?<!\w)\w", text)]
    for start in ends:
        for end in starts:
            if start < end and sentences.surely_no_break_between(text, start, end):
                assert not any(start <= at < end for at in breaks)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["backed", "-Backed", "‑linked", "BASED", "‐allied", "Iran"]), max_size=20)
       .map("".join))
def test_compound_prefilter_keeps_the_regex_answer(text):
    from bot.classify import gazetteer

    for end in range(len(text) + 1):
        assert gazetteer._compound_after(text, end) == (gazetteer._COMPOUND_AFTER.match(text, end) is not None)


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


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["After", "AFTER", "xafter", "sinces", "Following", "_since"]), max_size=30)
       .map("".join), st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=200))
def test_subordinators_on_lowered_text_are_those_of_the_plain_regex(text, start, width):
    from bot.classify import scope

    end = min(len(text), start + width)
    assert [m.span() for m in scope._SUBORDINATOR_LOWER.finditer(lowered.folded(text), start, end)] == [
        m.span() for m in scope._SUBORDINATOR.finditer(text, start, end)]


@settings(max_examples=1500, deadline=None)
@given(_texts, st.integers(min_value=0, max_value=30))
def test_word_before_a_full_stop_is_what_the_regex_finds(text, back):
    for stop, char in enumerate(text):
        if char == ".":
            lo = max(0, stop - back)
            last = sentences._LAST_WORD.search(text, lo, stop + 1)
            assert sentences._word_before_stop(text, lo, stop) == (last.group(1) if last else ""), (text, lo, stop)


_LOCATIVE_PIECES = [" ", "  ", "\n", "\t", "in", "In", "IN", "İn", "ın", "into", "on", "of", "the", "The", "thé", "ſ", "Outside",
                    "outside", "across", "near", "bin", "_", "x", "(", ".", "-", "Iraq", "at", "from", "ſomething", "around"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_LOCATIVE_PIECES), max_size=12).map("".join), st.integers(0, 14), st.integers(0, 40))
def test_locative_before_is_what_the_regex_finds(text, back, hi):
    from bot.classify import gazetteer

    hi = min(hi, len(text))
    lo = max(0, hi - back)
    expected = gazetteer._LOCATIVE_BEFORE.search(text, lo, hi) is not None
    assert gazetteer.locative_before(text, lo, hi) == expected, (text, lo, hi)
