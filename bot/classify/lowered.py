"""The lower-cased text of the item being classified, made once, and cheap substring tests on it.

Many rules search a short window with a case-insensitive regex, and most windows hold none of the
words that regex needs; many texts hold none of them anywhere. A `str` substring test on the
lower-cased text (a C loop), made once per text, tells that for a fraction of the cost, and the
rule then skips its regex in every window. Such a test is exact: a regex with
re.IGNORECASE also takes "İ", "ı" and "ſ" for i and s (Unicode case folding) where lower-casing
does not, so for a text holding one of those three characters `absent` never answers True and the
regex always runs.
"""

from __future__ import annotations

# One entry, keyed by the text object itself (held, so its identity cannot be reused): the rules
# of one item ask many times. A thread that finds another text there computes its own.
_cache: tuple[str, str, bool, dict[int, bool]] = ("", "", True, {})


def lower_in_place(text: str) -> str:
    """`text` lower-cased with every offset kept: the few characters whose lower case is longer
    ("İ") stay as they are."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
    return lowered


def lowered(text: str) -> str:
    """lower_in_place(text), computed once per text."""
    return _entry(text)[1]


def folds_plainly(text: str) -> bool:
    """Whether lower-casing `text` finds exactly what re.IGNORECASE would (no "İ", "ı" or "ſ")."""
    return _entry(text)[2]


def absent(text: str, needles: tuple[str, ...]) -> bool:
    """True when no needle (lower case) occurs anywhere in `text` in any letter case, so that a
    case-insensitive regex that must match one of them cannot match in any part of the text.
    False when unsure. Answered once per text and needle tuple (pass a module-level constant)."""
    entry = _entry(text)
    answers = entry[3]
    answer = answers.get(id(needles))
    if answer is None:
        low = entry[1]
        answer = entry[2] and not any(map(low.__contains__, needles))
        answers[id(needles)] = answer
    return answer


def _entry(text: str) -> tuple[str, str, bool, dict[int, bool]]:
    global _cache
    cached = _cache
    if cached[0] is text:
        return cached
    entry = (text, lower_in_place(text), "İ" not in text and "ı" not in text and "ſ" not in text, {})
    _cache = entry
    return entry
