"""The lower-cased text of the item being classified, made once, and a cheap substring test on it.

Two lower-cased texts are kept, both with the offsets of the original:
  - `lowered`: plain lower case, what the phrase matcher reads (there "ı" is no "i");
  - `folded`: what re.IGNORECASE sees for ASCII letters, for the rules. It is `lowered` but for
    "İ", "ı" (which re.IGNORECASE takes for i) and "ſ" (for s): lower-casing alone keeps these
    apart. A regex whose letters are ASCII (all the rules' are), written in lower case, finds in the
    folded text what it finds with re.IGNORECASE in the text.

The rules of one item ask for these, and whether a word (or a regex) occurs in it, many times: the
last text's answers are kept (keyed by the text's value; a thread that finds another text there computes its own).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import Final

from bot.classify.numbers import trie_pattern

#: The characters that re.IGNORECASE takes for an ASCII letter but lower-casing does not make one.
_FOLD_TO_ASCII: Final = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})

_last: tuple[str, str, str, dict[frozenset[str] | re.Pattern[str], bool]] = ("", "", "", {})  # (text, lowered, folded, absent answers)


def lower_in_place(text: str) -> str:
    """`text` lower-cased with every offset kept: the few characters whose lower case is longer
    ("İ") stay as they are (the text is then lower-cased one character at a time)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
    return low


# (Each function below looks at the last text's entry itself before calling _entry: the rules of
# an item ask these some thirty times, and a call less each is a few percent of the classifier.)


def lowered(text: str) -> str:
    """lower_in_place(text)."""
    entry = _last
    return (entry if entry[0] == text else _entry(text))[1]


def folded(text: str) -> str:
    """lowered(text) with "İ" and "ı" as "i" and "ſ" as "s": a regex of ASCII letters, lower case,
    matches in it where the same regex with re.IGNORECASE matches in `text`."""
    entry = _last
    return (entry if entry[0] == text else _entry(text))[2]


def fold(part: str) -> str:
    """A short string folded as folded() folds a whole text (for a substring test on a few words)."""
    # (ASCII has none of the characters the table maps: lower case alone folds it, without the table)
    return part.lower() if part.isascii() else part.translate(_FOLD_TO_ASCII).lower()


def absent(text: str, needles: frozenset[str]) -> bool:
    """True exactly when no needle (lower-case ASCII) occurs anywhere in `text` in any letter case as
    re.IGNORECASE reads it: then a case-insensitive regex that must match one of them cannot match.
    (A frozenset: it keeps its hash, and the answers of a text are kept by it.)"""
    entry = _last
    if entry[0] != text:
        entry = _entry(text)
    answer = entry[3].get(needles)
    if answer is None:
        # (the substring tests mapped in C, not a generator: this runs several times for every item)
        answer = entry[3][needles] = not any(map(entry[2].__contains__, needles))
    return answer


class NeedleSets:
    """Needle sets of absent() that the rules of one item all ask, to be answered together by
    answer_together: one regex pass over the folded text instead of a substring test per needle (an
    item with an event word asks some thirty sets, two hundred needles, each test a scan of the text).
    The pass finds, at each position, the longest needle of them all that starts there (their
    character trie, longest branch first, in a look-ahead so that needles may overlap); a needle
    occurs in the text exactly where the longest needle found at its position starts with it."""

    def __init__(self, needle_sets: Iterable[frozenset[str]]) -> None:
        #: the sets answered
        self.sets = tuple(needle_sets)
        vocabulary = sorted(set().union(*self.sets))
        self.regex = re.compile(f"(?=({trie_pattern(vocabulary)}))")
        #: the longest needle found at a position -> the sets that then occur (one of their needles starts it)
        self.sets_found = _sets_by_longest(vocabulary, self.sets)


def _sets_by_longest(vocabulary: list[str], needle_sets: tuple[frozenset[str], ...]
                     ) -> dict[str, tuple[frozenset[str], ...]]:
    """Each needle of the sorted `vocabulary` -> the sets, in their order, one of whose needles starts it.
    (The needles a needle starts are a run of the sorted vocabulary from its own place: found by bisection,
    where a test of every needle of every set against every needle of the vocabulary cost a tenth of the
    start-up's time outside the regexes.)"""
    found: dict[str, list[frozenset[str]]] = {longest: [] for longest in vocabulary}
    for needles in needle_sets:
        for needle in needles:
            position = bisect_left(vocabulary, needle)
            while position < len(vocabulary) and vocabulary[position].startswith(needle):
                holders = found[vocabulary[position]]
                if not holders or holders[-1] is not needles:  # (two needles of one set may start it)
                    holders.append(needles)
                position += 1
    return {longest: tuple(holders) for longest, holders in found.items()}


def answer_together(text: str, needle_sets: NeedleSets) -> None:
    """Answer absent(text, needles) for every set of `needle_sets` in one pass (kept as absent keeps
    its answers: the rules then ask absent as before)."""
    entry = _last
    if entry[0] != text:
        entry = _entry(text)
    if all(map(entry[3].__contains__, needle_sets.sets)):
        return  # (a text read again, as gate_verdict reads it, has them all already)
    answers = dict.fromkeys(needle_sets.sets, True)
    sets_found = needle_sets.sets_found
    for longest in set(needle_sets.regex.findall(entry[2])):
        for needles in sets_found[longest]:
            answers[needles] = False
    entry[3].update(answers)


def found(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` matches anywhere in folded(text). A rule whose regex needs a rare token (a
    year) asks this before its regex, for a few event words of every item: the answer of a text is
    kept, so the text is searched once."""
    entry = _last
    if entry[0] != text:
        entry = _entry(text)
    answer = entry[3].get(pattern)
    if answer is None:
        answer = entry[3][pattern] = pattern.search(entry[2]) is not None
    return answer


def _entry(text: str) -> tuple[str, str, str, dict[frozenset[str] | re.Pattern[str], bool]]:
    global _last
    last = _last
    if last[0] == text:
        return last
    low = lower_in_place(text)
    plain = "İ" not in text and "ı" not in text and "ſ" not in text
    entry: tuple[str, str, str, dict[frozenset[str] | re.Pattern[str], bool]] = (
        text, low, low if plain else low.translate(_FOLD_TO_ASCII), {})
    _last = entry
    return entry
