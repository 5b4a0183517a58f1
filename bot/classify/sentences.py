"""Sentence and clause boundaries, as character offsets (the engine never copies text around)."""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from typing import Final

from bot.classify.lowered import folded
from bot.classify.numbers import trie_pattern

# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and a capital, digit or
# quote, or at a line break (the title/summary boundary), or at a spaced dash before a capital.
# "U.S." and "Maj. Gen." must not end one.
# (The regex opens with the one character class of the three ends' first characters, and each end
# checks by a look-behind that it began with its own: the regex engine then skips, in C, the
# characters no end starts with instead of trying three alternatives at each; twice as fast. A
# spaced dash is matched from the dash, the white space before it by a look-behind: the class then
# leaves out the spaces, a fifth of the text, and the pass is twice as fast again. Only where a
# sentence ends is used, and a line break before a dash is an end of its own.)
_END: Final = re.compile(r"[.!?\n-](?:(?<=[.!?])[\"'’”)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\n*|(?<=[^\S\n]-)\s(?=[A-Z]))")
#: Longer "sentences" are cut into pieces of at most this many characters (real ones are far shorter).
MAX_SENTENCE_CHARS: Final = 600
#: How far back from a full stop the word it ends is looked for.
MAX_WORD_BEFORE_STOP: Final = 20
_ABBREVIATIONS: Final = frozenset(
    "mr mrs ms dr gen maj col lt capt sgt cpl pvt adm brig cmdr st no jan feb mar apr jun jul aug sep sept "
    "oct nov dec jr sr vs etc inc corp co ltd dept gov sen rep rev prof approx fig est".split()
)
#: The characters of the word a full stop ends ("U.S.", "Gen."): ASCII letters and dots.
_WORD_CHARACTERS: Final = string.ascii_letters + "."

#: Where a sentence plainly ends, for a rule that reads a word's neighbours without the sentence bounds: a line
#: break (a title's end) or a stop after a lower-case word ("in Lebanon. The EU said"; not "U.S." or "Gen.").
SENTENCE_BREAK: Final = re.compile(r"\n|(?<=[a-z]{2})[.!?][\"”’]?\s")

# Inside a sentence, where one clause ends: punctuation, dashes, and subordinating words. Scope
# cues (negation, modality) do not reach across these. (Lower case: they read the folded text, see
# bot.classify.lowered.) Each regex opens with a character class, so that the regex engine skips in
# C the characters no break starts with: the punctuation's alternatives check by a look-behind
# which character they began with, and a break word is matched with the character before it (the
# folded text is read with a space in front). One regex of both, tried at every character, cost
# a quarter more.
#: Clause punctuation: ; : ( ) [ ] — –, a comma (not the one of "1,200"), a dash before white space.
#: A spaced dash (" - ") breaks where the space before it starts (clause_break_starts moves its
#: start back): the class leaves white space out, which a fifth of the characters are, and the pass
#: is three times as fast.
#: (An en dash between two digits joins a range, "the 2016–17 battle", "pages 4–9": no break.)
CLAUSE_PUNCTUATION: Final = re.compile(r"[;:()\[\]—–,-](?:(?<=[;:()\[\]—])|(?<=,)(?!\d{3}(?!\d))|(?<=-)\s"
                                       r"|(?<=–)(?!\d)|(?<=\D–))")
# "since October 10, 2015, 300 have been killed", "on Sept. 3, 2014 a bomb": the comma between a date's day and its
# year is no clause break; the date reads as one unit, as "10 October 2015" does (the comma after the year still is).
#: The comma of a date in the month-day-year form (folded text): group 1 is the comma.
_DATE_COMMA: Final = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                                r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?"
                                r"(,)\s+(?:1[89]|20)\d\d\b")
#: Subordinating words, after the character before it.
CLAUSE_WORDS: Final = ("as", "while", "but", "after", "when", "where", "whereas", "although", "though", "because", "before",
                       "until", "which", "who", "whom", "amid", "following", "however")
#: A subordinating word, after the character before it (its alternatives as a character trie: the
#: regex engine decides at the first letter instead of trying every word).
CLAUSE_WORD: Final = re.compile(rf"\W(?:{trie_pattern(CLAUSE_WORDS)})\b")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, covering it without gaps."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if match.group()[0] == "-" and _joins_names(text, match.start()):
            continue  # "the joint African Union - United Nations force": one name
        if match.group()[0] == "." and stops_a_short_form(text, match.start(), start):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    if len(text) > MAX_SENTENCE_CHARS and any(end - begin > MAX_SENTENCE_CHARS for begin, end in bounds):
        bounds = [piece for begin, end in bounds for piece in _chunks(text, begin, end)]
    return bounds


def stops_a_short_form(text: str, stop: int, start: int = 0) -> bool:
    """Whether the full stop at `stop` ends an abbreviation or an initial ("U.S.", "J.", "Gen."), which ends no
    sentence, and so no clause or list inside one ("wounding two contractors and a soldier, a U.S. official said")."""
    # the word the full stop ends: the run of letters and dots before it, from its first letter
    before = text[max(start, stop - MAX_WORD_BEFORE_STOP):stop + 1]
    word = before[len(before.rstrip(_WORD_CHARACTERS)):].strip(".").lower()
    return bool(word) and (word in _ABBREVIATIONS or "." in word or len(word) == 1)


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
# rules ask "is there a clause break between these two words?" a few dozen times per item. The last
# text's breaks are kept, keyed by its value (a thread that finds another text there computes its own).
_last_breaks: tuple[str, list[int]] = ("", [])


# "two kidnapped peacekeepers from the joint African Union - United Nations force are released", "a United States–North
# Korea summit": a dash between two names of two capitalized words or more, inside a clause in lower case (a word in
# lower case before the first name and after the second), joins them into one name (a joint body, a pair of sides): it
# ends no sentence and breaks no clause. A hyphen must stand apart, " - ", as a dash may. ("Kabul - Taliban fighters
# attack" keeps its break, one word a side; so do "attacks- death" and a heading in capitals, "Aid Workers Freed In
# Burkina Faso - Gunmen Attack Convoy".)
_NAME_BEFORE_DASH: Final = re.compile(r"\b[a-z][\w'’-]*\s+(?:[A-Z][a-z][\w.'’]*\s+){1,3}?[A-Z][a-z][\w.'’]*(\s?)$")
_NAME_AFTER_DASH: Final = re.compile(r"(\s?)(?:[A-Z][a-z][\w.'’]*\s+){2,4}?[a-z]")


def _joins_names(text: str, dash: int) -> bool:
    """Whether the dash at offset `dash` of `text` stands between two names of two capitalized words or more."""
    after = _NAME_AFTER_DASH.match(text, dash + 1)
    if after is None:
        return False
    before = _NAME_BEFORE_DASH.search(text, max(0, dash - 60), dash)
    return before is not None and (text[dash] != "-" or bool(before.group(1) and after.group(1)))


def clause_break_starts(text: str) -> list[int]:
    """Where the clause breaks of `text` start, in order."""
    global _last_breaks
    last = _last_breaks
    if last[0] == text:
        return last[1]
    low = folded(text)
    starts = []
    last_end = 0
    dates = {match.start(1) for match in _DATE_COMMA.finditer(low)} if ", 1" in low or ", 2" in low else ()
    for match in CLAUSE_PUNCTUATION.finditer(low):
        start = match.start()
        if start in dates or (low[start] in "-–" and _joins_names(text, start)):
            continue
        if low[start] == "-" and start > last_end and low[start - 1].isspace():
            start -= 1  # " - ": the break starts at the space (unless the break before took it: "- - ")
        starts.append(start)
        last_end = match.end()
    # (in " " + low, a word's match starts one before the word: at the word's offset in low)
    words = [match.start() for match in CLAUSE_WORD.finditer(" " + low)]
    if words:
        starts = sorted(starts + words)
    _last_breaks = (text, starts)
    return starts


def last_break_before(text: str, offset: int) -> int:
    """Start of the last clause break that starts before `offset`, or -1. A rule that walks back from
    one word asks this once: a break lies between offset `start` (< offset) and the word exactly
    when this value is >= start."""
    last = _last_breaks  # (the last text's breaks looked at here: a call less, for every event word)
    starts = last[1] if last[0] == text else clause_break_starts(text)
    index = bisect_left(starts, offset)
    return starts[index - 1] if index else -1


def crosses_clause(text: str, start: int, end: int) -> bool:
    """Whether a clause break starts between offsets start and end of `text`."""
    if end <= start:
        return False
    last = _last_breaks
    starts = last[1] if last[0] == text else clause_break_starts(text)
    index = bisect_left(starts, start)
    return index < len(starts) and starts[index] < end
