"""Sentence and clause boundaries, as character offsets (the engine never copies text around)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from bot.classify.lowered import folded

# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and a capital, digit or
# quote, or at a line break (the title/summary boundary). "U.S." and "Maj. Gen." must not end one.
_FULL_STOP: Final = r"[.!?][\"'’”)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])"
END_PATTERN: Final = rf"{_FULL_STOP}|\n+|\s-\s(?=[A-Z])"
# The regex engine scans fast (in C) for a pattern that starts with a character class, and slowly
# for an alternation of other starts. So _END is END_PATTERN written as one class of first
# characters, after which a look-behind picks the alternative that character begins (tests check
# that both find the same ends). A text without a line break or a spaced dash can only end
# sentences at full stops: for it the first alternative alone is enough, and faster still.
# _SPACED_DASH finds the dash first, for the same reason, and looks back for the space.
_END: Final = re.compile(r"[.!?\s](?:(?<=[.!?])[\"'’”)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\n*|(?<=\s)-\s(?=[A-Z]))")
_FULL_STOP_END: Final = re.compile(_FULL_STOP)
# _END without its spaced-dash branch, for a text with line breaks but no spaced dash (a title and
# its summary): its class of first characters then leaves out white space, which is frequent.
_STOP_OR_LINE_END: Final = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'’”)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\n*)")
_SPACED_DASH: Final = re.compile(r"-(?<=\s-)\s(?=[A-Z])")
#: Longer "sentences" are cut into pieces of at most this many characters (real ones are far shorter).
MAX_SENTENCE_CHARS: Final = 600
_ABBREVIATIONS: Final = frozenset(
    "mr mrs ms dr gen maj col lt capt sgt cpl pvt adm brig cmdr st no jan feb mar apr jun jul aug sep sept "
    "oct nov dec jr sr vs etc inc corp co ltd dept gov sen rep rev prof approx fig est".split()
)
#: What _word_before_stop finds, as a regex (the tests compare the two).
_LAST_WORD: Final = re.compile(r"([A-Za-z][A-Za-z.]*)[.!?]?[\"'’”)\]]*$")

#: Inside a sentence, where one clause ends: punctuation, dashes, and subordinating words. Scope
#: cues (negation, modality) do not reach across these.
CLAUSE_BREAK: Final = re.compile(
    r"[;:()\[\]—–]|,(?!\d{3}(?!\d))|\s-\s|-\s|\b(?:as|while|but|after|when|where|whereas|although|though|because|"
    r"before|until|which|who|whom|amid|following|however)\b",
    re.IGNORECASE,
)
# CLAUSE_BREAK is what the rules mean; it is run as two cheaper passes that find the same offsets
# (punctuation and words never overlap): the case-insensitive alternation was an eighth of the
# classifier's time. The word pass runs on lower-cased text, and each branch starts with a plain
# letter, so the regex engine scans for those first letters in C; the look-behind after the letter
# is the word boundary before it. (It reads the folded text: see bot.classify.lowered.)
_PUNCTUATION_BREAK: Final = re.compile(r"[;:()\[\]—–]|,(?!\d{3}(?!\d))|\s-\s|-\s")
# _PUNCTUATION_BREAK in turn is run as a scan for its rare characters (a class: fast) and a few
# tests in Python on each one found (see _punctuation_breaks).
_BREAK_CHARACTER: Final = re.compile(r"[;:()\[\]—–,-]")
_THOUSANDS: Final = re.compile(r"\d{3}(?!\d)")
_WORD_BREAK: Final = re.compile(
    r"(?:a(?<!\w.)(?:fter|lthough|mid|s)|b(?<!\w.)(?:ecause|efore|ut)|f(?<!\w.)ollowing|h(?<!\w.)owever"
    r"|t(?<!\w.)hough|u(?<!\w.)ntil|w(?<!\w.)h(?:ere(?:as)?|ich|ile|om?|en|o))(?!\w)"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, covering it without gaps."""
    if _SPACED_DASH.search(text) is not None:
        ends = _END
    else:
        ends = _STOP_OR_LINE_END if "\n" in text else _FULL_STOP_END
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in ends.finditer(text):
        if match.group()[0] == ".":
            last = _word_before_stop(text, max(start, match.start() - 20), match.start())
            if last:
                word = last.rstrip(".").lower()
                # abbreviations and initials ("U.S.", "J.") do not end a sentence
                if word in _ABBREVIATIONS or "." in word or len(word) == 1:
                    continue
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    if len(text) > MAX_SENTENCE_CHARS and any(end - begin > MAX_SENTENCE_CHARS for begin, end in bounds):
        bounds = [piece for begin, end in bounds for piece in _chunks(text, begin, end)]
    return bounds


def _word_before_stop(text: str, lo: int, stop: int) -> str:
    """What group 1 of _LAST_WORD.search(text, lo, stop + 1) is, for a full stop at `stop`: the run of
    ASCII letters and dots that ends with it and starts with a letter at `lo` or after ("" if none).
    (The search tried each start in the window and was a tenth of the sentence splitter's time.)"""
    at = stop
    while at > lo and _is_letter_or_dot(text[at - 1]):
        at -= 1
    while at < stop and text[at] == ".":
        at += 1
    return text[at:stop + 1] if at < stop else ""


def _is_letter_or_dot(char: str) -> bool:
    return "a" <= char <= "z" or "A" <= char <= "Z" or char == "."


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a run-on "sentence" (scraped junk, a megabyte without a full stop) at spaces, so that the
    per-sentence rules, some quadratic in the words of a sentence, stay bounded."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut + 1 if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


# The clause breaks of the text being classified, found once and then looked up by bisection: the
# rules ask "is there a clause break between these two words?" a few dozen times per item. One
# entry, keyed by the text object itself (held, so its identity cannot be reused); a thread that
# finds another text there computes its own, so sharing a Classifier across threads stays correct.
_break_cache: tuple[str, list[int]] = ("", [])


def _punctuation_breaks(text: str) -> list[int]:
    """The starts of the matches of _PUNCTUATION_BREAK.finditer(text), found faster."""
    starts: list[int] = []
    free = 0  # where the regex would resume: a match covers the text before it
    for match in _BREAK_CHARACTER.finditer(text):
        at = match.start()
        if at < free:
            continue
        char = text[at]
        if char == ",":
            if _THOUSANDS.match(text, at + 1):
                continue  # "1,200"
        elif char == "-":
            if not text[at + 1:at + 2].isspace():
                continue
            if at - 1 >= free and text[at - 1].isspace():
                starts.append(at - 1)  # " - ": the break starts at the space
                free = at + 2
                continue
            starts.append(at)  # "- "
            free = at + 2
            continue
        starts.append(at)
        free = at + 1
    return starts


def clause_break_starts(text: str) -> list[int]:
    global _break_cache
    cached = _break_cache
    if cached[0] is text:
        return cached[1]
    starts = _punctuation_breaks(text)
    words = [match.start() for match in _WORD_BREAK.finditer(folded(text))]
    if words:
        starts = sorted(starts + words)
    _break_cache = (text, starts)
    return starts


def surely_no_break_between(text: str, start: int, end: int) -> bool:
    """True only when no clause break of clause_break_starts(text) starts in text[start:end], told
    from that gap alone; False when unsure. For a walk back from a word that asks about a single gap:
    the breaks of the whole text are then looked up only for gaps with a break character in them.

    Exact for a gap that ends where a word starts and starts where a word ends (as between two
    hits): no break can then reach into it from outside, a punctuation break needs one of the
    characters of _BREAK_CHARACTER in the gap (or a space before a dash right after it), and a word
    break is found by _WORD_BREAK starting in the gap (its look-behind sees the text before it)."""
    if text[end:end + 1] == "-" or _BREAK_CHARACTER.search(text, start, end) is not None:
        return False
    return _WORD_BREAK.search(folded(text), start, end) is None


def last_break_before(text: str, offset: int) -> int:
    """Start of the last clause break that starts before `offset`, or -1. A rule that walks back from
    one word asks this once: a break lies between offset `start` (< offset) and the word exactly
    when this value is >= start."""
    starts = clause_break_starts(text)
    index = bisect_left(starts, offset)
    return starts[index - 1] if index else -1


def crosses_clause(text: str, start: int, end: int) -> bool:
    """Whether a clause break starts between offsets start and end of `text`."""
    if end <= start:
        return False
    starts = clause_break_starts(text)
    index = bisect_left(starts, start)
    return index < len(starts) and starts[index] < end
