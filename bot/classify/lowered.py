"""The lower-cased text of the item being classified, made once, and cheap substring tests on it.

Many rules search a short window with a case-insensitive regex, and most windows hold none of the
words that regex needs; many texts hold none of them anywhere. A `str` substring test on the
lower-cased text (a C loop), made once per text, tells that for a fraction of the cost, and the
rule then skips its regex in every window.

Two lower-cased texts are kept, both with the offsets of the original:
  - `lowered`: plain lower case, what the phrase matcher reads (there "ı" is no "i");
  - `folded`: what re.IGNORECASE sees for ASCII letters, for the rules. It is `lowered` but for
    "İ", "ı" (which re.IGNORECASE takes for i) and "ſ" (for s): lower-casing alone keeps these
    apart. A regex whose letters are ASCII (all the rules' are) finds the same spans with
    re.IGNORECASE in a text as without it, written in lower case, in its folded text (the tests
    check this for every character), so texts with those characters take the fast paths too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

#: str.lower as Python runs it. Called as an object, so that mypyc (which compiles this module) keeps
#: it: mypyc's own str.lower lower-cases each character alone, and a capital sigma at the end of a
#: word became "σ" where Python gives "ς".
str_lower: Final[Callable[[str], str]] = str.lower

#: The characters that re.IGNORECASE takes for an ASCII letter but lower-casing does not make one.
_FOLD_TO_ASCII: Final = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})

# One entry, keyed by the text object itself (held, so its identity cannot be reused): the rules
# of one item ask many times. A thread that finds another text there computes its own.
_cache: tuple[str, str, str, bool, dict[int, bool]] = ("", "", "", True, {})


def lower_in_place(text: str) -> str:
    """`text` lower-cased with every offset kept: the few characters whose lower case is longer
    ("İ") stay as they are."""
    lowered = str_lower(text)
    if len(lowered) != len(text):
        if "Σ" in text:
            # (lower-cased one by one, a capital sigma at the end of a word stays "σ": str.lower
            # alone gives the final "ς", and the pieces below would give it before each "İ")
            lowered = "".join(char if len(str_lower(char)) != 1 else str_lower(char) for char in text)
        else:
            # "İ" is the only character whose lower case is longer: the text between them is
            # lower-cased in C (one character at a time in Python took a tenth of such an item)
            lowered = "İ".join([str_lower(piece) for piece in text.split("İ")])
    return lowered


def lowered(text: str) -> str:
    """lower_in_place(text), computed once per text."""
    return _entry(text)[1]


def folded(text: str) -> str:
    """lowered(text) with "İ" and "ı" as "i" and "ſ" as "s": a regex of ASCII letters, lower case,
    matches in it where the same regex with re.IGNORECASE matches in `text`. Computed once per text."""
    return _entry(text)[2]


def fold(part: str) -> str:
    """A short string folded as folded() folds a whole text (for a substring test on a few words)."""
    return str_lower(part.translate(_FOLD_TO_ASCII))


def folds_plainly(text: str) -> bool:
    """Whether lower-casing `text` finds exactly what re.IGNORECASE would (no "İ", "ı" or "ſ"),
    so that lowered(text) is folded(text)."""
    return _entry(text)[3]


def absent(text: str, needles: tuple[str, ...]) -> bool:
    """True exactly when no needle (lower-case ASCII) occurs anywhere in `text` in any letter case as
    re.IGNORECASE reads it, so that a case-insensitive regex that must match one of them cannot
    match in any part of the text. Answered once per text and needle tuple (pass a module-level
    constant)."""
    entry = _entry(text)
    answers = entry[4]
    answer = answers.get(id(needles))
    if answer is None:
        answer = True
        haystack = entry[2]
        for needle in needles:  # (a plain loop: compiled, each test is one C call)
            if needle in haystack:
                answer = False
                break
        answers[id(needles)] = answer
    return answer


def _entry(text: str) -> tuple[str, str, str, bool, dict[int, bool]]:
    global _cache
    cached = _cache
    if cached[0] is text:
        return cached
    low = lower_in_place(text)
    plain = "İ" not in text and "ı" not in text and "ſ" not in text
    entry: tuple[str, str, str, bool, dict[int, bool]] = (
        text, low, low if plain else low.translate(_FOLD_TO_ASCII), plain, {})
    _cache = entry
    return entry
