"""The number parser: property tests over digits, digit groups and English number words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.classify.numbers import NUMBER_RE, QUALIFIERS, number_to_words, parse_number


@given(st.integers(min_value=0, max_value=999_999_999))
def test_words_round_trip(value):
    assert parse_number(number_to_words(value)) == value


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_and_digit_groups(value):
    assert parse_number(str(value)) == value
    assert parse_number(f"{value:,}") == value


@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(QUALIFIERS))
def test_qualifiers_keep_the_stated_number(value, qualifier):
    assert parse_number(f"{qualifier} {value}") == value
    assert parse_number(f"{qualifier} {number_to_words(value)}") == value


@given(st.integers(min_value=1, max_value=99))
def test_dozens(value):
    assert parse_number(f"{number_to_words(value)} dozen") == value * 12
    assert parse_number(f"{value} dozen") == value * 12


@given(st.integers(min_value=0, max_value=999_999), st.text(alphabet="abc .,;", max_size=5))
def test_the_matcher_finds_the_whole_number_in_a_sentence(value, tail):
    sentence = f"Officials said {number_to_words(value)} people"
    matches = [m.group() for m in NUMBER_RE.finditer(sentence)]
    assert [parse_number(m) for m in matches] == [value]


@given(st.text(max_size=40))
def test_anything_else_is_none_or_an_int(text):
    value = parse_number(text)
    assert value is None or (isinstance(value, int) and value >= 0)


def test_examples_from_the_taxonomy():
    assert parse_number("twenty-one") == 21
    assert parse_number("a dozen") == 12
    assert parse_number("half a dozen") == 6
    assert parse_number("1,200") == 1200
    assert parse_number("at least 5") == 5
    assert parse_number("one hundred and fifty") == 150
    assert parse_number("dozens") is None
    assert parse_number("several") is None
    assert parse_number("1,20") is None
