"""Numbers as news writes them: "7", "1,200", "twenty-one", "a dozen", "two dozen", "at least 5".

`NUMBER_PATTERN` is the regex source the matcher embeds so a whole number phrase is one hit;
`parse_number` turns such a phrase into an int. Qualifiers ("at least", "more than", "about") keep
the stated number: TAXONOMY.md counts "at least 5" as 5.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

UNITS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES: Final[dict[str, int]] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
QUALIFIERS: Final[tuple[str, ...]] = (
    "at least", "more than", "over", "about", "around", "nearly", "almost", "approximately", "roughly",
    "some", "up to", "an estimated", "a total of", "as many as", "no fewer than", "no less than",
    "fewer than", "less than", "at most", "just over", "just under", "well over",
)

def trie_pattern(words: Iterable[str]) -> str:
    """Alternation of `words` as a character trie: the regex engine then decides at the first letter
    instead of trying every word (the number pass runs over every item with a casualty word, the
    clause words over most items)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(tree)


_number_word: Final = trie_pattern([*UNITS, *TENS, *SCALES, "dozen"])
_digits: Final = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+"
#: Regex source (lower-case text) for one number: digits, words, dozens. Qualifiers ("at least") are
#: left out on purpose: they do not change the stated number, and the pattern stays cheap. A run
#: of number words ("twenty-one", "one hundred and fifty") is one match; parse_number rejects runs
#: that are no number.
NUMBER_PATTERN: Final = (
    # (a scale word after digits is part of their number: "$6 million" is one sum of money, never 1,000,000 people)
    rf"(?:{_digits})(?:[^\S\n]+(?:dozen|hundred|thousand|million))?"
    rf"|(?:half\s+)?a\s+(?:dozen|hundred|thousand)"
    # (number words join on one line: "toll at six\nTwo more died" is two numbers)
    rf"|{_number_word}(?:(?:[^\S\n]|-)+{_number_word}|(?<=hundred)[^\S\n]+and[^\S\n]+{_number_word}"
    rf"|(?<=thousand)[^\S\n]+and[^\S\n]+{_number_word})*"
)
#: How a number (lower case) can start: a digit, "a" and a space ("a dozen"), or the first two letters
#: of a number word. A look-ahead for these lets the regex engine give up at most word starts before
#: trying the alternation (two letters rule out "of", "and", "after", "said", which the first one would not).
NUMBER_FIRST_WORDS: Final[tuple[str, ...]] = (*UNITS, *TENS, *SCALES, "dozen", "half")
NUMBER_START: Final = r"\d|a\s|" + trie_pattern(sorted({word[:2] for word in NUMBER_FIRST_WORDS}))
_qualifier: Final = "|".join(q.replace(" ", r"\s+") for q in sorted(QUALIFIERS, key=len, reverse=True))
#: A number with its qualifier, for callers that want the whole phrase ("at least 5").
QUALIFIED_NUMBER_PATTERN: Final = rf"(?:(?:{_qualifier})\s+)?(?:{NUMBER_PATTERN})"
NUMBER_RE: Final = re.compile(rf"(?<!\w){QUALIFIED_NUMBER_PATTERN}(?!\w)", re.IGNORECASE)

# Numbers that count no one. A date, a year, a time, an age, a measure or calibre, a frequency ("25
# times"), an address or the number of a unit, route, flight or wire update is no toll, however close it stands to "killed": "On 6 May
# 2020, 2 militants were killed" is 2, "82 mm mortars killed 4" is 4. Each is told by the words just
# around the number (months with a capital, so "3 may die" stays a count).
_MONTH: Final = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
                 r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST"
                 r"|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\.?")
_DAY: Final = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR: Final = r"(?:1[89]|20)\d\d"
# (each test looks only at the few characters around one number: only numbers near a casualty
# word are ever tested, and a scan of the whole text for dates cost more than the rest of the pass)
#: Month names as a word before a day or a year is written ("May 6", "Sept. 2020"), with a capital.
_MONTH_WORDS: Final = frozenset(
    "Jan January Feb February Mar March Apr April May Jun June Jul July Aug August Sep Sept September Oct October "
    "Nov November Dec December JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER "
    "DECEMBER".split()
)
#: Before the year of a date: "May 6, 2020", "6 May 2020", "6th of May, 2020".
_DAY_AND_MONTH_BEFORE: Final = re.compile(rf"(?<!\w)(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH}),?\s+$")
_MONTH_AFTER: Final = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\w)")  # 6 May, 6th of May
_YEAR_WORD_BEFORE: Final = re.compile(
    r"\b(?:in|since|from|until|till|during|before|after|early|late|mid|spring|summer|autumn|fall|winter|year"
    r"|fiscal)[\s-]+$")  # in 2020, mid-2014 (lower-cased text)
_YEAR_RANGE_AFTER: Final = re.compile(r"\s*[-–/]\s*(?:\d\d){1,2}(?!\d)")  # 2014-16, 2014–2016
_YEAR_BEFORE_RANGE: Final = re.compile(rf"{_YEAR}\s*[-–/]\s*$")
_DIGIT_DATE_AFTER: Final = re.compile(r"-\d{1,2}-\d|/\d")  # 2020-05-06, 6/5/2020
_DIGIT_DATE_BEFORE: Final = re.compile(r"(?:\d{4}-(?:\d{1,2}-)?|\d/(?:\d{1,2}/)?)$")
_YEAR_NUMBER: Final = re.compile(_YEAR)
#: Words that end the noun phrase a number opens: a preposition, a conjunction, a determiner, a verb of
#: being or a word of harm. Between a count and an event noun stands one of them ("2000 killed in attacks",
#: "2000 civilians in the attacks"); between a year and the event it dates, only the event's modifiers.
_PHRASE_ENDS: Final = (
    "in on at of by for from to with into onto over under near during after before since until amid among against "
    "and or but nor as than that which who whom whose where when while the a an this these those their its his her "
    "is are was were be been being has have had will would could may might said say says "
    "killed killing kill kills dead die died dies dying wounded wounding injured injuring hurt slain people more "
    "others"
).split()
#: A word inside a noun phrase, in lower case (no phrase end): an event noun's modifier ("metro", "train", "car",
#: "suicide", "terror"), a word of a street's name ("main", "baker").
_PHRASE_INNER_WORD: Final = rf"(?!(?:{trie_pattern(_PHRASE_ENDS)})\s)[a-z][\w'’-]*"
#: After a year, the event it dates, maybe after a name or a modifier or two: "the 2019 massacre", "2017 Mosul
#: strike", "the 2008 Mumbai attacks", "the 2005 metro attacks", "a 2015 car bomb" (a count of people is
#: followed by people, or by a phrase end before any event noun: "2000 soldiers", "2000 killed in attacks").
_DATED_EVENT_AFTER: Final = re.compile(
    rf"\s+(?:(?:[A-Z][\w'’.-]*|{_PHRASE_INNER_WORD})\s+){{0,2}}"
    r"(?:massacres?|attacks?|bombings?|shootings?|strikes?|airstrikes?|raids?|wars?|"
    r"uprisings?|riots?|elections?|revolution|coup|invasion|conflict|offensive|siege|crisis|genocide|killings?|"
    r"murders?|stabbings?|blasts?|explosions?|hijackings?|ambush|clashes|unrest|protests?|earthquake|floods?|"
    r"tsunami|hurricane|crash|bombs?|assassinations?|attempt|assault|shelling|rampage|kidnappings?|abductions?|"
    r"insurgency|rebellion|crackdown|incident|plot)\b")


def is_date_part(text: str, lowered: str, start: int, end: int, word_before: tuple[int, int] | None = None) -> bool:
    """Whether the number at text[start:end] is a day or a year of a date in a common news form:
    "On 6 May 2020,", "May 6, 2020", "2020-05-06", "6/5/2020", "in 2019", "the 2014-16 war", "the 2019
    massacre".
    `word_before`: _word_span_before(lowered, start), where the caller has it already."""
    if not text[start].isdigit():
        return False  # (dates are written in digits: "11 August. One woman was killed" counts one)
    window = max(0, start - 24)
    # (_DIGIT_DATE_BEFORE ends in "-" or "/" right before the number: tested first, it spares most
    # numbers the search)
    if _DIGIT_DATE_AFTER.match(text, end) or (
        text[start - 1:start] in ("-", "/") and _DIGIT_DATE_BEFORE.search(text, window, start)
    ):
        return True
    before = _word_at(text, word_before or _word_span_before(text, start))
    if before.rstrip(".") in _MONTH_WORDS and before != text[start - len(before):start]:
        return True  # "May 6", "May 2020" (a space between: "May6" is no date)
    if end - start <= 2:
        return _MONTH_AFTER.match(text, end) is not None
    if _YEAR_NUMBER.fullmatch(text, start, end) is None:
        return False
    return bool(_DAY_AND_MONTH_BEFORE.search(text, window, start) or _YEAR_WORD_BEFORE.search(lowered, window, start)
                or _YEAR_RANGE_AFTER.match(text, end) or _YEAR_BEFORE_RANGE.search(text, window, start)
                or _DATED_EVENT_AFTER.match(text, end))


#: Words whose number is a name or a measure, not a count: "Route 66", "Flight 17", "aged 25", "UPDATE 2".
_LABEL_WORDS: Final = frozenset(
    "route highway road flight unit brigade battalion division regiment platoon squadron company no number nos "
    "room gate bus line platform article resolution section chapter block building apartment terminal sector zone "
    "camp level grade class phase category ward district precinct station tower hall pier berth exit lane track "
    "channel version model series type mark page age aged ages flat house plot post checkpoint km kilometre "
    "kilometer mile marker hill height junction update edition vol".split()
)
_CURRENCY_OR_NUMBER_SIGNS: Final = frozenset("#$£€")


def _word_span_before(text: str, start: int) -> tuple[int, int]:
    """Where the word (letters and dots) that ends just before `start`, past spaces, begins
    and ends (begin == end: no word there). The same in a text and in its lower case (which keeps
    every offset, letters and spaces: bot.classify.lowered), so it is found once for both."""
    end = start
    # (not past a line break: the word that ends a heading labels nothing in the summary below it,
    # "Missile hits apartment block / Two people were killed")
    while end > 0 and text[end - 1].isspace() and text[end - 1] != "\n":
        end -= 1
    begin = end
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    return begin, end


def _word_at(text: str, span: tuple[int, int]) -> str:
    """The word of a _word_span_before span; else the one character there ("#", "-"), or "" at the
    start of the text."""
    begin, end = span
    return text[begin:end] if begin < end else text[end - 1:end]


def _has_label_before(lowered: str, start: int, word_before: tuple[int, int] | None = None) -> bool:
    """ "Route 66", "no. 5", "#3", "F-16", "aged 25": a label word, a sign or a lettered model right
    before the number. `word_before`: _word_span_before(lowered, start), where the caller has it."""
    if start >= 2 and lowered[start - 1] == "-" and lowered[start - 2].isalpha():
        return True  # "f-16", "ak-47" (but "hours- 2" has a space after its dash)
    before = _word_at(lowered, word_before or _word_span_before(lowered, start))
    if before.endswith("."):
        return before in ("no.", "nos.")  # (any other word with a full stop ends a sentence)
    return before in _LABEL_WORDS or before in _CURRENCY_OR_NUMBER_SIGNS
#: Units, times and ordinals after a number: "5 years", "82 mm", "10 am", "3rd", "2 miles" (each a whole word,
#: so a measure is written in both its numbers and spellings). A character trie (trie_pattern): the regex
#: engine decides at the first letter instead of trying every word, for every number read.
_LABEL_WORDS_AFTER: Final = (
    "year years yr yrs decade decades century centuries month months week weeks day days hour hours hr hrs minute "
    "minutes min mins second seconds km kms kilometre kilometres kilometer kilometers mile miles metre metres meter "
    "meters yard yards mm cm millimetre millimetres millimeter millimeters centimetre centimetres centimeter "
    "centimeters caliber calibre inch inches kg kilo tonne ton tons lb lbs feet ft foot degree degrees mph am "
    "pm a.m p.m gmt utc percent % y.o storey story floor st nd rd th dollar dollars euro euros pounds billion trillion "
    "times".split()
)
_LABEL_AFTER: Final = (
    rf"[:.]\d|\s*(?:-\s*)?(?:{trie_pattern(_LABEL_WORDS_AFTER)}|per\s+cent|million\s+(?:dollars|euros))\b"
)
_STREET_WORDS: Final = "street st st. road rd rd. avenue ave ave. boulevard blvd blvd. lane drive square place way".split()
#: A street after its number, the words between its name: "5 Main Street", "10 Downing St" (a phrase end between
#: ends the number's phrase first: "20 people in Tahrir Square" are people, counted; and a street word right after
#: the number before a plural names what those people are: "4 road workers", "3 street vendors", "18 street children").
_STREET: Final = (rf"\s+(?:(?:{_PHRASE_INNER_WORD}\s+){{1,3}}?(?:{trie_pattern(_STREET_WORDS)})"
                  rf"|(?:{trie_pattern(_STREET_WORDS)})(?!\s+(?:[a-z][\w'’-]*)?(?:s|men|children|people)\b))(?!\w)")
#: A unit, a time or a street after the number (one regex of both: one call for every number).
_LABEL_OR_STREET_AFTER: Final = re.compile(rf"(?:{_LABEL_AFTER})|(?:{_STREET})")
#: A number of one or two digits in commas right after a word: an age ("John Smith, 25, was killed"),
#: also where the heading or the text ends after it ("Shelling kills man, wounds woman, 77").
_AGE_IN_COMMAS: Final = re.compile(r"[^\W\d_], \d{1,2}(?:,|\s*\n|\s*$)")


#: The ages before a later number of a list of ages: "aged 19 and 23", "aged 19, 20 and 23", "aged between
#: 19 and 23", "ages 5 to 12" (the label word stands before the first number only; lower-cased text).
_AGE_LIST_BEFORE: Final = re.compile(
    r"\bage[ds]?\s+(?:(?:between|from)\s+)?(?:\d{1,3}\s*(?:,\s*|\s+(?:and|or|to)\s+|[-–]\s*))*"
    r"(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|\s+(?:and|or|to)\s+|[-–]\s*)|(?<=between\s)|(?<=from\s))$")
#: After an age of such a list: its end or the next age, no noun ("a man aged 40 and 12 others" counts 12).
_AGE_LIST_AFTER: Final = re.compile(r"\s*(?:[,;.)]|$|(?:and|or|to|years?|respectively|were|are|was|is|have|had)\b)")
#: What a word before a number must be for _AGE_LIST_BEFORE to be asked (cheap test first).
_AGE_LIST_JOINS: Final = frozenset({"and", "or", "to", "between", "from", ",", "-", "–"})


def counts_no_one(text: str, lowered: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is part of a date, a time, an age, a measure, a label
    or an address."""
    if start > 0 and lowered[start - 1] in ":.":
        return True  # "14:40", "3.5"
    if _LABEL_OR_STREET_AFTER.match(lowered, end):
        return True
    word_before = _word_span_before(lowered, start)
    if _has_label_before(lowered, start, word_before) or is_date_part(text, lowered, start, end, word_before):
        return True
    if _number_of_a_name(text, lowered, start, word_before):
        return True
    if _word_at(lowered, word_before) in _AGE_LIST_JOINS and "age" in lowered[max(0, start - 40):start] and (
            _AGE_LIST_BEFORE.search(lowered, max(0, start - 40), start)) and _AGE_LIST_AFTER.match(lowered, end):
        return True  # "two men, aged 19 and 23, were killed": the 23 is an age, as the 19 is
    # (the regex needs ", " right before the number: looked at first)
    return start >= 3 and text.startswith(", ", start - 2) and _AGE_IN_COMMAS.match(text, start - 3) is not None


#: A name word inside a noun phrase that a count or an article opens, right before a number in digits: the number is
#: the name's ("fourteen Barrio 18 members", "the Apollo 11 crew", "two Boeing 737 jets"; lower-cased text, and the
#: name word's capital is asked of the text itself). A count stands before the name, never inside it.
_COUNT_OR_ARTICLE_BEFORE_A_NAME: Final = re.compile(rf"(?<![\w'’-])(?:the|a|an|{NUMBER_PATTERN})[^\S\n]+$")
#: Words with a capital that are no name: the articles and the number words themselves ("Four Of The 18").
_NO_NAME_WORDS: Final = frozenset({"the", "a", "an", "of", *UNITS, *TENS, *SCALES, "dozen"})


def _number_of_a_name(text: str, lowered: str, start: int, word_before: tuple[int, int]) -> bool:
    """Whether the number in digits at `start` follows a name word (a capital, no article or number word) that
    follows a count or an article: the number names ("Fourteen Barrio 18 members were killed" counts 14; "the
    Apollo 11 crew"), where an address is a number before its street word ("5 Main Street") and a count stands
    before the name it counts. The word after the number is in lower case: in a title in capitals every word has one."""
    begin, end = word_before
    if not text[start].isdigit() or begin >= end or not text[begin].isupper() or text[end:start] != " " or (
            lowered[begin:end] in _NO_NAME_WORDS) or text[end - 1] == ".":
        return False  # (a word with a full stop ends a sentence: "in the Congo. 25 people have died")
    after = start
    while after < len(text) and text[after].isdigit():
        after += 1
    if not text[after:after + 2].startswith(" ") or not text[after + 1:after + 2].islower():
        return False  # (the name is told by its capital among words in lower case: "Barrio 18 members")
    return _COUNT_OR_ARTICLE_BEFORE_A_NAME.search(lowered, max(0, begin - 40), begin) is not None


_qualifier_re: Final = re.compile(rf"^(?:{_qualifier})\s+", re.IGNORECASE)
_token_re: Final = re.compile(r"[a-z]+|\d[\d,]*", re.IGNORECASE)


@lru_cache(maxsize=8192)  # the same few phrases ("two", "at least 5") recur in every feed
def parse_number(text: str) -> int | None:
    """The value of one number phrase, or None when `text` is not one.

    >>> parse_number("twenty-one"), parse_number("1,200"), parse_number("at least 5"), parse_number("a dozen")
    (21, 1200, 5, 12)
    """
    if text.isdecimal():
        return int(text)
    phrase = _qualifier_re.sub("", text.strip().lower(), count=1)
    phrase = phrase.replace("half a dozen", "6").replace("a dozen", "12")
    total = 0  # finished scale groups ("two thousand")
    current = 0  # the group being built ("three hundred and five")
    seen_any = False
    for token in _token_re.findall(phrase):
        if token[0].isdecimal():
            if "," in token and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", token):
                return None
            current += int(token.replace(",", ""))
        elif token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "dozen":
            current = (current or 1) * 12
        elif token in SCALES:
            scale = SCALES[token]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0
        elif token in ("a", "and"):
            if token == "a":
                current += 1
            continue
        else:
            return None
        seen_any = True
    if not seen_any:
        return None
    return total + current


def number_to_words(value: int) -> str:
    """English words for 0 <= value < 1,000,000,000 ("twenty-one", "one thousand two hundred");
    the inverse of parse_number, used by its property tests."""
    if value < 0 or value >= 1_000_000_000:
        raise ValueError("out of range")
    if value < 20:
        return next(word for word, number in UNITS.items() if number == value)
    if value < 100:
        tens_word = next(word for word, number in TENS.items() if number == value - value % 10)
        return tens_word if value % 10 == 0 else f"{tens_word}-{number_to_words(value % 10)}"
    if value < 1000:
        head = f"{number_to_words(value // 100)} hundred"
        return head if value % 100 == 0 else f"{head} and {number_to_words(value % 100)}"
    for scale_word, scale in (("million", 1_000_000), ("thousand", 1000)):
        if value >= scale:
            head = f"{number_to_words(value // scale)} {scale_word}"
            return head if value % scale == 0 else f"{head} {number_to_words(value % scale)}"
    raise AssertionError("unreachable")
